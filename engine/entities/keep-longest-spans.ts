/**
 * Resolves overlapping candidate spans: the longest wins, ties go to the earlier one, and spans
 * overlapping a blocked span are dropped. Uses an occupancy map of the text, so it stays linear in
 * the total candidate length instead of comparing every pair.
 */
import type { Span } from '../types';

/** The non-overlapping subset of `spans` (longest first), in text order. */
export function keepLongestSpans<T extends Span>(spans: readonly T[], textLength: number, blocked: readonly Span[] = []): T[] {
  const taken = new Uint8Array(textLength + 1);
  const mark = (s: Span): void => {
    taken.fill(1, Math.max(0, s.start), Math.min(textLength, s.end));
  };
  const isFree = (s: Span): boolean => {
    for (let i = Math.max(0, s.start); i < Math.min(textLength, s.end); i++) if (taken[i]) return false;
    return true;
  };
  for (const b of blocked) mark(b);
  const ordered = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of ordered) {
    if (s.end <= s.start || !isFree(s)) continue;
    mark(s);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
