/**
 * Span arithmetic shared by the extractors and refiners: overlap tests and the article's lines
 * with their offsets. One copy, so "overlaps an excluded zone" means the same everywhere.
 */
import type { Span } from './types';

/** Whether two half-open spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `span` overlaps any of `spans` (e.g. an excluded zone: reference, contact, share lines). */
export function overlapsAnySpan(spans: readonly Span[], span: Span): boolean {
  return spans.some((s) => spansOverlap(s, span));
}

/** How many of `sorted` (spans sorted by start) start before `offset`: a binary search. */
export function countStartingBefore(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One line of the article text ("\n"-separated) with its offsets, [start, end) without the newline. */
export interface TextLine extends Span {
  text: string;
}

/** The lines of `text` with their offsets. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}
