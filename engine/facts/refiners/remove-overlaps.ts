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
 *    "Windows 2000" (service) beats "2000" (date);
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

/** The facts that survive overlap removal, in no particular order. */
export function removeOverlaps<T extends RankedFact>(ranked: readonly T[]): T[] {
  const ordered = [...ranked].sort(
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
