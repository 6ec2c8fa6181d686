/**
 * What the legend shows of a paint: facts counted per category the way the popup counts them, the
 * unaffected services, and the next visible fact for next/previous.
 */
import type { Fact, FactCategory } from '../../engine/types';
import type { CategoryCount } from './overlay';

/**
 * Counts of painted facts per category: distinct values (what the popup lists, one row each) and
 * mentions (what is painted), so the legend and the popup say the same thing.
 */
export function countByCategory(items: readonly { fact: Pick<Fact, 'category' | 'value'> }[]): Map<FactCategory, CategoryCount> {
  const values = new Map<FactCategory, Set<string>>();
  const counts = new Map<FactCategory, CategoryCount>();
  // One count object per category, updated in place: a huge page has 20,000 facts.
  for (const { fact } of items) {
    let seen = values.get(fact.category);
    if (!seen) values.set(fact.category, (seen = new Set<string>()));
    seen.add(fact.value);
    const count = counts.get(fact.category);
    if (count) {
      count.values = seen.size;
      count.mentions += 1;
    } else counts.set(fact.category, { values: seen.size, mentions: 1 });
  }
  return counts;
}

/** Distinct services the article says were not affected. */
export function countUnaffected(items: readonly { fact: Pick<Fact, 'category' | 'value' | 'attrs'> }[]): number {
  return new Set(items.filter(({ fact }) => fact.category === 'service' && fact.attrs?.status === 'unaffected').map(({ fact }) => fact.value)).size;
}

/** The next visible fact from `current` in `direction`, wrapping round; -1 when none is visible. */
export function stepFact(items: readonly { fact: Pick<Fact, 'category'> }[], off: ReadonlySet<FactCategory>, current: number, direction: 1 | -1): number {
  const n = items.length;
  // With no current fact, "next" starts at the first and "previous" at the last.
  const from = current >= 0 ? current : direction === 1 ? -1 : n;
  for (let k = 1; k <= n; k++) {
    const i = (((from + direction * k) % n) + n) % n;
    if (!off.has(items[i].fact.category)) return i;
  }
  return -1;
}
