/**
 * Refiner: keeps one fact where facts overlap. Extractors run independently, so the same words can
 * be claimed twice (an agency inside an organisation-looking name, a date inside a product name).
 *
 * Precedence, strongest first:
 * 1. the category tier: exact syntax (vulnerability ids, indicators) over named entities from the
 *    gazetteers (agency, actor, malware, which carry stable ids) over open-ended spans
 *    (organization, service, date), which are guesses from context. So the agency
 *    "Computer Emergency Response Team" beats the organisation "Estonia's Computer Emergency
 *    Response Team";
 * 2. within a tier, the longer span: "LockBit 3.0" (malware) beats "LockBit" (actor),
 *    "Windows 2000" (service) beats "2000" (date) — except that a date beats an organisation or
 *    service span that merely contains it. Dates are exact syntax, names are guesses from
 *    context, and a name span running over a date ("Yandex前员工2022年7月从公司窃取",
 *    "2015年网站", "自2023年1月30日以来") has overrun its name. Only a bare year closing the name
 *    is the name's own ("Windows 2000", "Exchange Server 2019": a product's version);
 *    An organisation chosen as a victim by its sentence role ("broke into Vantor Orbit") is ranked
 *    with the gazetteers when a malware or actor name covers only part of it ("Orbit"): a
 *    capitalised word more makes it another name, and the longer span wins as in rule 2; so is a
 *    victim whose name holds an agency's name as a modifier, its possessive or its members after it
 *    ("Pennsylvania Senate Democrats", "the CIA’s Center for Cyber Intelligence": a body of the
 *    agency or of its members, not the agency), while a name that ends in the agency's name stays
 *    the agency ("Estonia's Computer Emergency Response Team"). A victim the text calls a business ("PhineasFisher
 *    targeted Italian company Hacking Team") ranks above the gazetteers, so it keeps words a threat list also holds;
 * 3. the registry order (`extractors.ts`) breaks ties of length;
 * 4. the earlier start, for a stable result.
 */
import type { Fact, FactCategory } from '../../types';
import { CALLED_A_BUSINESS } from '../victims/victim-evidence';

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

/**
 * The facts that survive overlap removal, in precedence order. Facts must be non-empty
 * (`start < end`, as `isValidFact` guarantees). O(n log n): articles of 1 MB carry ~20,000
 * candidates, so the overrun test and the greedy pass query sorted indexes, not every other fact.
 */
export function removeOverlaps<T extends RankedFact>(ranked: readonly T[]): T[] {
  const overrun = overrunTest(ranked.filter(({ fact }) => fact.category === 'date').map(({ fact }) => fact));
  const promoted = victimNamesAroundThreats(ranked.map(({ fact }) => fact));
  for (const fact of victimNamesAroundAgencies(ranked.map(({ fact }) => fact))) promoted.add(fact);
  const businesses = victimBusinessesNamedAsThreats(ranked.map(({ fact }) => fact));
  const tier = (fact: Fact): number => (businesses.has(fact) ? BUSINESS_TIER : promoted.has(fact) ? TIER.malware : TIER[fact.category]);
  const ordered = ranked.filter((item) => !(NAME_CATEGORIES.has(item.fact.category) && overrun(item.fact))).sort(
    (a, b) =>
      tier(a.fact) - tier(b.fact) ||
      b.fact.end - b.fact.start - (a.fact.end - a.fact.start) ||
      a.rank - b.rank ||
      a.fact.start - b.fact.start,
  );
  // Greedy in precedence order: a candidate is kept when no kept fact overlaps it.
  const kept: T[] = [];
  const covered = new CoverIndex(ordered.flatMap(({ fact }) => [fact.start, fact.end]));
  for (const candidate of ordered) {
    const { start, end } = candidate.fact;
    if (covered.any(start, end)) continue;
    covered.cover(start, end);
    kept.push(candidate);
  }
  return kept;
}

/** Between the exact-syntax tier and the gazetteers': a victim the text calls a business wins the tie with a threat list's span. */
const BUSINESS_TIER = 0.5;

/**
 * Organisations that beat a malware or actor match of the same words (rule 1's second exception): a victim (its evidence
 * names a victim cue or role) that the text calls a business ("PhineasFisher targeted Italian company Hacking Team",
 * "Retina-X and FlexiSpy, another spyware maker, were attacked"), whose span holds every threat match overlapping it,
 * and that no agency overlaps. A vendor listed as an actor, or a product listed as a malware, is here the one hit.
 */
function victimBusinessesNamedAsThreats(facts: readonly Fact[]): Set<Fact> {
  const promoted = new Set<Fact>();
  const threats = facts.filter((f) => f.category === 'malware' || f.category === 'actor' || f.category === 'agency');
  if (threats.length === 0) return promoted;
  for (const org of facts) {
    const evidence = String(org.attrs?.evidence ?? '');
    if (org.category !== 'organization' || !evidence.includes(CALLED_A_BUSINESS) || !/\bvictim (?:cue|role)/u.test(evidence)) continue;
    const overlapping = threats.filter((t) => t.start < org.end && t.end > org.start);
    if (overlapping.length > 0 && overlapping.every((t) => t.category !== 'agency' && t.start >= org.start && t.end <= org.end)) promoted.add(org);
  }
  return promoted;
}

/** Words that make a phrase a gang or a malware ("Kelp Orbit Group"), not another organisation's name. */
const THREAT_HEADS = /^(?:group|team|gang|crew|ransomware|malware|botnet|trojan|hackers?|apt)$/iu;

/**
 * Organisations ranked with the gazetteers (rule 1's exception): a victim by sentence role whose span
 * holds a malware or actor match and, beside it, a capitalised word ("Net" in "Net Orbit"), with no
 * word of a gang or malware (`THREAT_HEADS`), and that no agency overlaps. Linear in the facts after sorting the threats.
 */
function victimNamesAroundThreats(facts: readonly Fact[]): Set<Fact> {
  const promoted = new Set<Fact>();
  const threats = facts.filter((f) => f.category === 'malware' || f.category === 'actor').sort((a, b) => a.start - b.start);
  const agencies = facts.filter((f) => f.category === 'agency').sort((a, b) => a.start - b.start);
  if (threats.length === 0) return promoted;
  const threatStarts = threats.map((f) => f.start);
  const agencyStarts = agencies.map((f) => f.start);
  const maxAgencyLength = agencies.reduce((max, f) => Math.max(max, f.end - f.start), 0);
  const maxThreatLength = threats.reduce((max, f) => Math.max(max, f.end - f.start), 0);
  for (const org of facts) {
    if (org.category !== 'organization' || !String(org.attrs?.evidence ?? '').includes('victim role')) continue;
    // Agencies starting before the organisation's end and ending after its start.
    const firstAgency = countBelow(agencyStarts, org.start - maxAgencyLength);
    if (agencies.slice(firstAgency, countBelow(agencyStarts, org.end)).some((a) => a.end > org.start)) continue;
    const inner = threats
      .slice(countBelow(threatStarts, org.start - maxThreatLength), countBelow(threatStarts, org.end))
      .filter((t) => t.end > org.start);
    const inside = inner.filter((t) => t.start >= org.start && t.end <= org.end && t.end - t.start < org.end - org.start);
    if (inside.length === 0 || inside.length !== inner.length) continue;
    const rest = inside.reduce(
      (words, t) => words.slice(0, t.start - org.start) + ' '.repeat(t.end - t.start) + words.slice(t.end - org.start),
      org.text,
    );
    if (!rest.split(/\s+/u).some((w) => /^\p{Lu}/u.test(w))) continue;
    if (!org.text.split(/\s+/u).some((w) => THREAT_HEADS.test(w))) promoted.add(org);
  }
  return promoted;
}

/**
 * After an agency's name inside a longer name, what makes the whole another body: the agency's possessive before a name
 * ("CIA’s Center for Cyber Intelligence") or a party's members in a chamber ("Senate Democrats"). Not another head
 * ("Bangladesh Bank Central Bank", the agency named twice) nor what it issues ("IRS W-2 Forms").
 */
const NAME_GOES_ON = /^(?:['’]s\s+\p{Lu}|\s+(?:Democrats|Republicans|Conservatives|Liberals|Caucus)\b)/u;

/**
 * Organisations ranked with the gazetteers when an agency's name is only a modifier inside them: a victim
 * (its evidence names a victim cue or role) whose span holds every agency that overlaps it, and goes on after
 * the last one as `NAME_GOES_ON` says. Linear in the facts after sorting the agencies.
 */
function victimNamesAroundAgencies(facts: readonly Fact[]): Fact[] {
  const agencies = facts.filter((f) => f.category === 'agency').sort((a, b) => a.start - b.start);
  if (agencies.length === 0) return [];
  const agencyStarts = agencies.map((f) => f.start);
  const maxAgencyLength = agencies.reduce((max, f) => Math.max(max, f.end - f.start), 0);
  const promoted: Fact[] = [];
  for (const org of facts) {
    if (org.category !== 'organization' || !/\bvictim (?:cue|role)/u.test(String(org.attrs?.evidence ?? ''))) continue;
    const overlapping = agencies
      .slice(countBelow(agencyStarts, org.start - maxAgencyLength), countBelow(agencyStarts, org.end))
      .filter((a) => a.end > org.start);
    if (overlapping.length === 0 || !overlapping.every((a) => a.start >= org.start && a.end < org.end)) continue;
    const last = overlapping.reduce((a, b) => (b.end > a.end ? b : a));
    if (NAME_GOES_ON.test(org.text.slice(last.end - org.start))) promoted.push(org);
  }
  return promoted;
}

/**
 * Builds the test "does a date beat this name?" (rule 2 of the header, for some overlapping date), by
 * counting instead of scanning: the dates overlapping [start, end) are those starting before `end`
 * minus those ending by `start`; the name keeps its span when every one of them is an exception
 * (a bare year ending where the name ends and starting inside it).
 */
function overrunTest(dates: readonly Fact[]): (name: Fact) => boolean {
  const starts = dates.map((d) => d.start).sort((a, b) => a - b);
  const ends = dates.map((d) => d.end).sort((a, b) => a - b);
  const bareYearStartsByEnd = new Map<number, number[]>();
  for (const d of dates) {
    if (!BARE_YEAR.test(d.text)) continue;
    const list = bareYearStartsByEnd.get(d.end) ?? [];
    list.push(d.start);
    bareYearStartsByEnd.set(d.end, list);
  }
  for (const list of bareYearStartsByEnd.values()) list.sort((a, b) => a - b);
  return (name) => {
    const overlapping = countBelow(starts, name.end) - countBelow(ends, name.start + 1);
    if (overlapping === 0) return false;
    const years = bareYearStartsByEnd.get(name.end);
    const exceptions = years ? years.length - countBelow(years, name.start + 1) : 0;
    return overlapping > exceptions;
  };
}

/** How many values of the ascending `sorted` are below `limit` (binary search). */
function countBelow(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text covered by kept facts, over the gaps between the facts' own offsets: a segment tree
 * whose nodes record "some gap below is covered" and "every gap below is covered". Coverage only
 * grows, so neither flag is ever pushed down or cleared. Covering and asking are O(log n).
 */
class CoverIndex {
  private readonly points: number[];
  private readonly size: number;
  private readonly some: Uint8Array;
  private readonly all: Uint8Array;

  constructor(offsets: readonly number[]) {
    this.points = [...new Set(offsets)].sort((a, b) => a - b);
    // Gap i is [points[i], points[i + 1]).
    this.size = Math.max(1, this.points.length - 1);
    this.some = new Uint8Array(4 * this.size);
    this.all = new Uint8Array(4 * this.size);
  }

  /** Whether any covered gap lies in [start, end). */
  any(start: number, end: number): boolean {
    return this.query(1, 0, this.size - 1, this.gap(start), this.gap(end) - 1);
  }

  /** Marks [start, end) covered. */
  cover(start: number, end: number): void {
    this.mark(1, 0, this.size - 1, this.gap(start), this.gap(end) - 1);
  }

  /** Index of the gap starting at `offset` (an offset the index was built with). */
  private gap(offset: number): number {
    return countBelow(this.points, offset);
  }

  private query(node: number, lo: number, hi: number, from: number, to: number): boolean {
    if (to < lo || hi < from || this.some[node] === 0) return false;
    if (this.all[node] === 1 || (from <= lo && hi <= to)) return true;
    const mid = (lo + hi) >>> 1;
    return this.query(2 * node, lo, mid, from, to) || this.query(2 * node + 1, mid + 1, hi, from, to);
  }

  private mark(node: number, lo: number, hi: number, from: number, to: number): void {
    if (to < lo || hi < from || this.all[node] === 1) return;
    this.some[node] = 1;
    if (from <= lo && hi <= to) {
      this.all[node] = 1;
      return;
    }
    const mid = (lo + hi) >>> 1;
    this.mark(2 * node, lo, mid, from, to);
    this.mark(2 * node + 1, mid + 1, hi, from, to);
  }
}
