import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { anchorFact, type ClippingFact } from '../storage/clipping';
import { factName } from './fact-names';
import { t } from './i18n';

/** A span of the stored text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Props of {@link HighlightedText}. */
export type HighlightedTextProps = {
  /** The stored article text. */
  text: string;
  /** Facts to mark, by their stored offsets (re-anchored by their quote when the offsets drifted). */
  facts: ClippingFact[];
  /**
   * A passage to show (the sentence an incident's fact came from): outlined and scrolled into view
   * when the text is shown or the passage changes.
   */
  passage?: TextSpan | null;
};

/** A mark's tooltip: the category, and the fact's name in the UI language with the other beside it. */
function markTitle(fact: ClippingFact): string {
  const { shown, other } = factName(fact);
  return `${t(`fact_${fact.category}`)}: ${shown}${other ? ` (${other})` : ''}`;
}

/** One run of a line: plain text or a fact's mark, and whether it lies in the passage. */
interface Piece {
  from: number;
  to: number;
  fact: ClippingFact | null;
  inPassage: boolean;
}

/** Cuts `pieces` at `at` (a piece crossing it becomes two). */
function cutAt(pieces: Piece[], at: number): Piece[] {
  return pieces.flatMap((piece) => (piece.from < at && at < piece.to ? [{ ...piece, to: at }, { ...piece, from: at }] : [piece]));
}

/**
 * The article text with its facts in <mark data-incident-lens="category"> elements coloured like
 * the page highlights. Built as Preact elements over text slices — never as an HTML string.
 * Overlapping facts: the earlier (then longer) one is marked. A passage, when given, is wrapped in
 * <span class="passage"> (a fact crossing its edge is marked in two parts).
 */
export default function HighlightedText({ text, facts, passage = null }: HighlightedTextProps) {
  const root = useRef<HTMLDivElement>(null);
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
  const shownPassage = passage && passage.end > passage.start && passage.start >= 0 && passage.end <= text.length ? passage : null;

  useEffect(() => {
    if (!shownPassage) return;
    root.current?.querySelector('.passage')?.scrollIntoView?.({ block: 'center' });
  }, [shownPassage?.start, shownPassage?.end]);

  // One <p> per line of the stored text, as a reader view sets it; a mark crossing a line break
  // is marked on both lines.
  const paragraphs: ComponentChildren[] = [];
  let next = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    let pieces: Piece[] = [];
    let at = lineStart;
    while (next < kept.length && kept[next].at.end <= lineStart) next++;
    for (let k = next; k < kept.length && kept[k].at.start < lineEnd; k++) {
      const { fact, at: span } = kept[k];
      const from = Math.max(span.start, lineStart);
      const to = Math.min(span.end, lineEnd);
      if (from > at) pieces.push({ from: at, to: from, fact: null, inPassage: false });
      pieces.push({ from, to, fact, inPassage: false });
      at = to;
    }
    if (at < lineEnd) pieces.push({ from: at, to: lineEnd, fact: null, inPassage: false });
    if (shownPassage && shownPassage.start < lineEnd && shownPassage.end > lineStart) {
      pieces = cutAt(cutAt(pieces, shownPassage.start), shownPassage.end).map((piece) => ({
        ...piece,
        inPassage: piece.from >= shownPassage.start && piece.to <= shownPassage.end,
      }));
    }
    const rendered = (piece: Piece): ComponentChildren =>
      piece.fact ? (
        <mark
          key={`${piece.from}:${piece.fact.category}`}
          data-incident-lens={piece.fact.category}
          title={markTitle(piece.fact)}
          style={{ background: `var(--il-${piece.fact.category}-bg)`, color: `var(--il-${piece.fact.category}-fg)` }}
        >
          {text.slice(piece.from, piece.to)}
        </mark>
      ) : (
        text.slice(piece.from, piece.to)
      );
    const parts: ComponentChildren[] = [];
    for (let k = 0; k < pieces.length; k++) {
      if (!pieces[k].inPassage) {
        parts.push(rendered(pieces[k]));
        continue;
      }
      const group: ComponentChildren[] = [];
      const first = pieces[k].from;
      for (; k < pieces.length && pieces[k].inPassage; k++) group.push(rendered(pieces[k]));
      k--;
      parts.push(
        <span key={`passage:${first}`} class="passage" data-passage={`${shownPassage!.start}-${shownPassage!.end}`}>
          {group}
        </span>,
      );
    }
    if (line.trim() !== '') paragraphs.push(<p key={lineStart}>{parts}</p>);
    lineStart = lineEnd + 1;
  }
  return (
    <div class="clipping-text" ref={root}>
      {paragraphs}
    </div>
  );
}
