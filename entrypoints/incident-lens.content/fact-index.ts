/**
 * Finding facts by position, for the hover card: from a DOM point (what caretPositionFromPoint
 * gives) to an article offset, and from an offset to the painted facts around it. Both are binary
 * searches over data built once per paint (plus a walk from the node up to its block), so a
 * pointermove costs microseconds, not a walk of the article.
 */
import type { Fact } from '../../engine/types';

// From a DOM point to an article offset: through the map's anchors (the map holds no text node).
export { indexSegments, offsetInSegments as articleOffsetOf, type SegmentIndex } from '../../engine/read/text-map';

/** Facts sorted by start (then end), with the running maximum end for overlap-safe lookups. */
export interface FactIndex<T extends Pick<Fact, 'start' | 'end'>> {
  items: T[];
  /** maxEnd[i] = max end of items[0..i]. */
  maxEnd: number[];
}

/** Builds the index; `items` is copied and sorted. */
export function indexFacts<T extends Pick<Fact, 'start' | 'end'>>(items: readonly T[]): FactIndex<T> {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  const maxEnd: number[] = [];
  let max = -1;
  for (const item of sorted) {
    max = Math.max(max, item.end);
    maxEnd.push(max);
  }
  return { items: sorted, maxEnd };
}

/**
 * The facts whose span touches `offset` (start <= offset <= end), innermost first. A caret offset
 * sits between characters, so the character after or before it may be the one under the pointer.
 */
export function factsAt<T extends Pick<Fact, 'start' | 'end'>>(index: FactIndex<T>, offset: number): T[] {
  const { items, maxEnd } = index;
  // Last item with start <= offset.
  let lo = 0;
  let hi = items.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      last = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const found: T[] = [];
  for (let i = last; i >= 0 && maxEnd[i] >= offset; i--) {
    if (items[i].end >= offset) found.push(items[i]);
  }
  return found.sort((a, b) => a.end - a.start - (b.end - b.start));
}
