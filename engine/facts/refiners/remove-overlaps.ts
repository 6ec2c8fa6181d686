/**
 * Refiner: keeps one fact where facts overlap. Extractors run independently, so the same words can
 * be claimed twice (an agency inside an organisation-looking name, a date inside a product name).
 *
 * Precedence, strongest first:
 * 1. the category tier: exact syntax (vulnerability ids, indicators) over named entities from the
 *    gazetteers (agency, actor, malware, which carry stable ids) over open-ended spans
 *    (organization, service, date), which are guesses from context. So the agency
 *    "Computer Emergency Readiness Team" beats the organisation "Latvia's Computer Emergency
 *    Readiness Team";
 * 2. within a tier, the longer span: "LockBit 3.0" (malware) beats "LockBit" (actor),
 *    "Windows 2000" (service) beats "2000" (date) — except that a date beats an organisation or
 *    service span that merely contains it. Dates are exact syntax, names are guesses from
 *    context, and a name span running over a date ("Yandex前员工2022年7月从公司窃取",
 *    "2015年网站", "自2023年1月30日以来") has overrun its name. Only a bare year closing the name
 *    is the name's own ("Windows 2000", "Exchange Server 2019": a product's version);
 * 3. the registry order (`extractors.ts`) breaks ties of length;
 * 4. the earlier start, for a stable result.
 */
import type { Fact, FactCategory } from '../../types';

/** Lower tiers win every overlap with higher tiers. */
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

/** A fact with the position of its extractor in the registry. */
export interface RankedFact {
  fact: Fact;
  /** Index of the extractor in the registry: lower wins ties. */
  rank: number;
}

/** Open-ended name categories that a date inside them beats. */
const NAME_CATEGORIES: ReadonlySet<FactCategory> = new Set(['organization', 'service']);

/** A four-digit year written alone at the end of a name: the version of a product, not a date. */
const BARE_YEAR = /^\d{4}$/;

/** Whether `date` inside the overlapping `name` is a date the name has overrun (see the header). */
function dateBeatsName(date: Fact, name: Fact): boolean {
  return !(BARE_YEAR.test(date.text) && date.end === name.end && date.start > name.start);
}

/** The facts that survive overlap removal, in no particular order. */
export function removeOverlaps<T extends RankedFact>(ranked: readonly T[]): T[] {
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
