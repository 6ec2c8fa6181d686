/**
 * Splits article text into sentences and clauses for the context windows of the extractors.
 * English sentences end at . ! ? followed by a space or line end (a period before a lower-case word is an
 * abbreviation's: "Inc. revealed"); Chinese ones at 。！？ and lines.
 * Clauses further split a sentence at ; ； and contrast words (however, but, 但, 而), because one
 * sentence often says what was hit and what was not ("X remains operational; however Y was affected").
 */
import type { Span } from '../types';

// A period before a lower-case word ends an abbreviation, not a sentence: "Acme Inc. revealed that …".
// Nor does the period of a title or a place word before a name: "St. Louis", "Mt. Sinai", "Dr. Roe".
const SENTENCE_END = /[。！？!?\n]+\s*|;(?:\s+|$)|(?<![^A-Za-z](?:St|Mt|Ft|Mr|Mrs|Ms|Dr|Prof|Sen|Gov|Rep|Gen|Lt|Col|Capt|Sgt))\.(?:\s+(?![\sa-z])|$)|；/g;
const CLAUSE_BREAK = /[;；:：]|,?\s+(?:however|but|while|whereas|although)\s+|，?(?:但是|但|而|不过|然而|同时)/gi;

function splitAt(text: string, span: Span, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  let start = span.start;
  const slice = text.slice(span.start, span.end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const end = span.start + m.index;
    if (end > start) spans.push({ start, end });
    start = end + m[0].length;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  if (span.end > start) spans.push({ start, end: span.end });
  return spans;
}

/** Sentence spans of `text`, in order, covering every non-separator character. */
export function splitSentences(text: string): Span[] {
  return splitAt(text, { start: 0, end: text.length }, SENTENCE_END);
}

/** Clause spans of one sentence span. */
export function splitClauses(text: string, sentence: Span): Span[] {
  return splitAt(text, sentence, CLAUSE_BREAK);
}

/** The index of the span that contains `offset` (binary search over sorted spans), or -1. */
export function findSpanIndex(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
