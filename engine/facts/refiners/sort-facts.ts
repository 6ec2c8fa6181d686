/** Refiner: orders facts by position in the text, the order the UI lists and paints them. */
import type { Fact } from '../../types';

/** A copy of `facts` sorted by start, then end, then category. */
export function sortFacts(facts: readonly Fact[]): Fact[] {
  return [...facts].sort((a, b) => a.start - b.start || a.end - b.end || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
}
