import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { removeOverlaps, type RankedFact } from '../../../engine/facts/refiners/remove-overlaps';
import { FACT_CATEGORIES, type Fact, type FactCategory } from '../../../engine/types';

/**
 * The quadratic implementation `removeOverlaps` replaced (it scanned every kept fact per candidate
 * and every date per name), kept verbatim as the reference the O(n log n) version must agree with.
 */
function referenceRemoveOverlaps<T extends RankedFact>(ranked: readonly T[]): T[] {
  const TIER: Record<FactCategory, number> = {
    vulnerability: 0,
    indicator: 0,
    agency: 1,
    actor: 1,
    malware: 1,
    organization: 2,
    service: 2,
    date: 2,
  };
  const NAME_CATEGORIES: ReadonlySet<FactCategory> = new Set(['organization', 'service']);
  const BARE_YEAR = /^\d{4}$/;
  const dateBeatsName = (date: Fact, name: Fact): boolean =>
    !(BARE_YEAR.test(date.text) && date.end === name.end && date.start > name.start);
  const dates = ranked.filter(({ fact }) => fact.category === 'date');
  const overrun = (item: T): boolean =>
    NAME_CATEGORIES.has(item.fact.category) &&
    dates.some(({ fact }) => fact.start < item.fact.end && item.fact.start < fact.end && dateBeatsName(fact, item.fact));
  const ordered = ranked.filter((item) => !overrun(item)).sort(
    (a, b) =>
      TIER[a.fact.category] - TIER[b.fact.category] ||
      b.fact.end - b.fact.start - (a.fact.end - a.fact.start) ||
      a.rank - b.rank ||
      a.fact.start - b.fact.start,
  );
  const kept: T[] = [];
  for (const candidate of ordered) {
    const { start, end } = candidate.fact;
    if (kept.some(({ fact }) => start < fact.end && fact.start < end)) continue;
    kept.push(candidate);
  }
  return kept;
}

/**
 * Non-empty facts (as `isValidFact` guarantees) crowded into a short stretch so that overlaps,
 * shared ends, nesting and duplicates are common. Text is either a bare year (the one text the
 * refiner looks at) or a word; it need not match any article, the refiner reads offsets only.
 */
const rankedFact = fc
  .record({
    category: fc.constantFrom(...FACT_CATEGORIES),
    start: fc.nat({ max: 60 }),
    length: fc.integer({ min: 1, max: 12 }),
    text: fc.constantFrom('2000', '2022年7月', 'Acme', '19', 'Windows 2019'),
    rank: fc.nat({ max: 7 }),
  })
  .map(({ category, start, length, text, rank }) => ({
    fact: { category, text, start, end: start + length, value: text },
    rank,
  }));

describe('removeOverlaps agrees with the quadratic reference', () => {
  test('same facts kept, in the same order, on random overlapping facts', () => {
    fc.assert(
      fc.property(fc.array(rankedFact, { maxLength: 40 }), (ranked) => {
        expect(removeOverlaps(ranked)).toEqual(referenceRemoveOverlaps(ranked));
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });

  test.each([
    { name: 'en: a bare year closing a service name is its version', text: 'Windows 2000 servers', nameSpan: [0, 12], dateSpan: [8, 12] },
    { name: 'en: a month-year inside an organisation name overruns it', text: 'since March 2022 outage', nameSpan: [0, 16], dateSpan: [6, 16] },
    { name: 'zh: a date inside an organisation span overruns it', text: '前员工2022年7月从公司窃取', nameSpan: [0, 15], dateSpan: [3, 10] },
    { name: 'zh: a bare year opening a name is a date', text: '2015年网站暂停使用', nameSpan: [0, 7], dateSpan: [0, 4] },
  ])('$name', ({ text, nameSpan, dateSpan }) => {
    const fact = (category: FactCategory, [start, end]: number[]): Fact => ({
      category,
      text: text.slice(start, end),
      start,
      end,
      value: text.slice(start, end),
    });
    const ranked = [
      { fact: fact('organization', nameSpan), rank: 5 },
      { fact: fact('service', nameSpan), rank: 6 },
      { fact: fact('date', dateSpan), rank: 7 },
    ];
    const expected = referenceRemoveOverlaps(ranked);
    expect(expected.length).toBeGreaterThan(0);
    expect(removeOverlaps(ranked)).toEqual(expected);
  });
});
