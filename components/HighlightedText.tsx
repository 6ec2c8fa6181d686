import type { ComponentChildren } from 'preact';
import { anchorFact, type ClippingFact } from '../storage/clipping';
import { t } from './i18n';

/** Props of {@link HighlightedText}. */
export type HighlightedTextProps = {
  /** The stored article text. */
  text: string;
  /** Facts to mark, by their stored offsets (re-anchored by their quote when the offsets drifted). */
  facts: ClippingFact[];
};

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
  const parts: ComponentChildren[] = [];
  let cursor = 0;
  for (const { fact, at } of spans) {
    if (at.start < cursor) continue;
    if (at.start > cursor) parts.push(text.slice(cursor, at.start));
    parts.push(
      <mark
        key={`${at.start}:${fact.category}`}
        data-incident-lens={fact.category}
        title={`${t(`category_${fact.category}`)}: ${fact.value}`}
        style={{ background: `var(--il-${fact.category}-bg)`, color: `var(--il-${fact.category}-fg)` }}
      >
        {text.slice(at.start, at.end)}
      </mark>,
    );
    cursor = at.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <div class="clipping-text">{parts}</div>;
}
