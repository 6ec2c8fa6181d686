/**
 * Refiner: removes exact duplicates (same category and span), which arise when two extractors
 * report the same mention or one extractor reports it twice. The first occurrence wins, so run it
 * on facts in registry order.
 */
import type { Fact } from '../../types';

/** The items without repeats of an earlier fact with the same (category, start, end). */
export function dedupeFacts<T extends { fact: Fact }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter(({ fact }) => {
    const key = `${fact.category}:${fact.start}:${fact.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
