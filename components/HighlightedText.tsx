import type { ComponentChildren } from 'preact';
import { anchorFact, type ClippingFact } from '../storage/clipping';
import { factName } from './fact-names';
import { t } from './i18n';

/** Props of {@link HighlightedText}. */
export type HighlightedTextProps = {
  /** The stored article text. */
  text: string;
  /** Facts to mark, by their stored offsets (re-anchored by their quote when the offsets drifted). */
  facts: ClippingFact[];
};

/** A mark's tooltip: the category, and the fact's name in the UI language with the other beside it. */
function markTitle(fact: ClippingFact): string {
  const { shown, other } = factName(fact);
  return `${t(`fact_${fact.category}`)}: ${shown}${other ? ` (${other})` : ''}`;
}

/**
 * The article text with its facts in <mark data-incident-lens="category"> elements coloured like
 * the page highlights. Built as Preact elements over text slices — never as an HTML string.
 * Overlapping facts: the earlier (then longer) one is marked.
 */
export default function HighlightedText({ text, facts }: HighlightedTextProps) {
  const spans = facts
    .map((fact) => ({ fact, at: anchorFact(text, fact) }))
    .filter((entry): entry is { fact: ClippingFact; at: { start: number; end: number } } => entry.at !== null)
    .sort((a, b) => a.at.start - b.at.start || b.at.end - a.at.end);
  const kept: typeof spans = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.at.start < cursor) continue;
    kept.push(span);
    cursor = span.at.end;
  }
  // One <p> per line of the stored text, as a reader view sets it; a mark crossing a line break
  // is marked on both lines.
  const paragraphs: ComponentChildren[] = [];
  let next = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const parts: ComponentChildren[] = [];
    let at = lineStart;
    while (next < kept.length && kept[next].at.end <= lineStart) next++;
    for (let k = next; k < kept.length && kept[k].at.start < lineEnd; k++) {
      const { fact, at: span } = kept[k];
      const from = Math.max(span.start, lineStart);
      const to = Math.min(span.end, lineEnd);
      if (from > at) parts.push(text.slice(at, from));
      parts.push(
        <mark
          key={`${from}:${fact.category}`}
          data-incident-lens={fact.category}
          title={markTitle(fact)}
          style={{ background: `var(--il-${fact.category}-bg)`, color: `var(--il-${fact.category}-fg)` }}
        >
          {text.slice(from, to)}
        </mark>,
      );
      at = to;
    }
    if (at < lineEnd) parts.push(text.slice(at, lineEnd));
    if (line.trim() !== '') paragraphs.push(<p key={lineStart}>{parts}</p>);
    lineStart = lineEnd + 1;
  }
  return <div class="clipping-text">{paragraphs}</div>;
}
