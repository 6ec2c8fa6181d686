import type { Span } from '../types';

/**
 * Whether [start, end) overlaps any of `spans`. Extractors use it to skip matches inside
 * excluded zones (reference, contact and share lines), which are not article content.
 */
export function overlapsAnySpan(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}
