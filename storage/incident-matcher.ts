/**
 * The incident matcher: which existing incident a clipping belongs to, if any. Pure (no database,
 * no DOM); the repository hands it the candidate incidents that share a victim key.
 *
 * Rules, in order:
 * 1. Same victim, or no match: an organisation by the engine's entity id, else by folded name or
 *    any form the articles used (the engine gives 皇家邮政 the id org:royal-mail and the value
 *    "Royal Mail"; a Chinese article that names "星辰物流（Star Logistics）" gives both forms).
 *    Only main victims count: a clipping's victim with the strongest evidence (then the most
 *    mentioned), and an incident's clippings' main victims. A round-up that lists many victims,
 *    or an article that names another company in passing, must not pull stories about those
 *    companies into one incident. A platform or vendor the headline names as the vector of an
 *    attack on others (the store fake apps were posted on, the brand a phishing message imitates)
 *    is no main victim unless the engine found a victim role for it (isVectorVictim).
 * 2'. An incident's date window may not grow past {@link MAX_SPAN_DAYS}: linking stops chaining
 *    there (a company in the news every few weeks is not one incident for a year).
 * 2. Dates within the window: the clipping's incident date no more than {@link DATE_WINDOW_DAYS}
 *    days from the incident's date window. A company hit twice months apart (Royal Mail's
 *    November 2022 tracking outage, its January 2023 ransomware attack) is two incidents; a
 *    follow-up weeks later (the February 2023 ransom negotiations) is the same one.
 * 3. Kinds agree: incident kinds that share none and are not related (an outage is what a
 *    ransomware attack or a DDoS causes) count against the match.
 * Actors, malware and services both sides name add to the score; two different named actors
 * count against it.
 * 4. Same story, victim unknown: when the engine found no victim in common (it missed the victim
 *    on one side, or named a bystander), a clipping still joins an incident whose dates lie within
 *    {@link STORY_WINDOW_DAYS} days and whose titles share at least {@link STORY_TITLE_WORDS}
 *    distinctive words ("St. Louis Public Library …" and "… Public Libraries … Saint Louis"),
 *    with kinds that do not disagree. Titles are the most distinctive text two reports of one
 *    story share; generic incident vocabulary and site names do not count (titleWordsOf), and each
 *    shared word counts by its distinctiveness in the library (titleWordWeights: a word many
 *    incidents' titles share, "patch" or "credit card", says little); together they must weigh
 *    {@link STORY_TITLE_WEIGHT}. Only articles the engine judged to report an incident are linked
 *    so, on both sides: two vulnerability advisories of one week are not one incident.
 */
import type { Clipping } from './clipping';
import { foldOrganizationName, mainVictimsOf, mergeVictims, titleWordsOf, victimLookupKeys, type Incident, type IncidentMatch, type IncidentVictim } from './incident';

/** How far (days) a clipping's incident date may lie outside an incident's date window. */
export const DATE_WINDOW_DAYS = 45;

/** Longest date window an incident may reach by taking a clipping. */
export const MAX_SPAN_DAYS = 120;

/** Days within which two reports whose victims the engine could not match may still tell one story. */
export const STORY_WINDOW_DAYS = 7;

/** Distinctive title words two reports of one story must share when their victims do not match. */
export const STORY_TITLE_WORDS = 2;

/**
 * The summed distinctiveness (titleWordWeights) of the title words two reports of one story must
 * share when their victims do not match: two words no other incident uses, or three that a few use.
 */
export const STORY_TITLE_WEIGHT = 1.6;

/**
 * Libraries smaller than this count as this large when weighing title words: in a library of ten
 * incidents every word is rare, and a word two of them share is not yet shown to be common.
 */
const WEIGHT_FLOOR_INCIDENTS = 50;

/**
 * How distinctive each title word is in a library, from how many of its incidents' titles use it
 * (`counts`, word → incidents) out of `total`: an IDF scaled to [0, 1], 1 for a word one incident
 * uses, 0 for a word all use. A word no incident uses yet counts as one that one does.
 */
export function titleWordWeights(counts: ReadonlyMap<string, number>, total: number): (word: string) => number {
  const size = Math.max(total, WEIGHT_FLOOR_INCIDENTS);
  return (word) => {
    const used = Math.min(Math.max(counts.get(word) ?? 0, 1), size);
    return Math.log(size / used) / Math.log(size);
  };
}

/** Every title word weighs 1 (no library to learn from). */
const EVERY_WORD_COUNTS = () => 1;

/** The lowest score a proposal to join an existing incident needs. */
export const MATCH_THRESHOLD = 0.6;

/** Kinds that one incident commonly reports together: an outage or breach is what the others cause. */
const RELATED_KINDS: Readonly<Record<string, readonly string[]>> = {
  outage: ['ransomware', 'ddos', 'intrusion', 'malware', 'supply-chain', 'defacement'],
  breach: ['ransomware', 'intrusion', 'phishing', 'espionage', 'malware', 'supply-chain'],
  intrusion: ['ransomware', 'breach', 'espionage', 'malware', 'outage', 'defacement', 'supply-chain', 'phishing'],
  phishing: ['intrusion', 'breach', 'espionage', 'fraud'],
  ransomware: ['outage', 'breach', 'intrusion', 'malware'],
  malware: ['ransomware', 'intrusion', 'supply-chain', 'outage', 'breach'],
};

function kindsRelated(a: string, b: string): boolean {
  return a === b || Boolean(RELATED_KINDS[a]?.includes(b) || RELATED_KINDS[b]?.includes(a));
}

/** What the matcher reads of a clipping or an incident. */
export interface MatchFeatures {
  victims: IncidentVictim[];
  kinds: string[];
  firstDate: string | null;
  lastDate: string | null;
  /** Folded actor and malware values. */
  threats: string[];
  /** Folded names of affected services. */
  services: string[];
  /** Distinctive title words (titleWordsOf). */
  titleWords: string[];
  /** Whether the engine judged the article (for an incident: any of its articles) to report an incident. */
  isIncident: boolean;
}

function threatValues(clipping: Pick<Clipping, 'facts'>): string[] {
  return [...new Set(clipping.facts.filter((fact) => fact.category === 'actor' || fact.category === 'malware').map((fact) => fact.id ?? foldOrganizationName(fact.value)))];
}

function serviceValues(clipping: Pick<Clipping, 'facts'>): string[] {
  return [
    ...new Set(
      clipping.facts
        .filter((fact) => fact.category === 'service' && fact.attrs?.status !== 'unaffected')
        .map((fact) => foldOrganizationName(fact.value))
        .filter((value) => value.length >= 3),
    ),
  ];
}

/** A clipping's match features. */
export function clippingFeatures(clipping: Pick<Clipping, 'facts' | 'kinds' | 'incidentDate' | 'title' | 'site' | 'isIncident'>): MatchFeatures {
  return {
    victims: mainVictimsOf(clipping),
    kinds: clipping.kinds,
    firstDate: clipping.incidentDate,
    lastDate: clipping.incidentDate,
    threats: threatValues(clipping),
    services: serviceValues(clipping),
    titleWords: titleWordsOf(clipping),
    isIncident: clipping.isIncident === 1,
  };
}

/** An incident's match features, from the incident and its clippings. */
export function incidentFeatures(incident: Pick<Incident, 'kinds' | 'firstDate' | 'lastDate' | 'titleWords'>, clippings: ReadonlyArray<Pick<Clipping, 'facts' | 'isIncident' | 'title'>>): MatchFeatures {
  return {
    victims: mergeVictims(clippings.map(mainVictimsOf)),
    kinds: incident.kinds,
    firstDate: incident.firstDate,
    lastDate: incident.lastDate,
    threats: [...new Set(clippings.flatMap(threatValues))],
    services: [...new Set(clippings.flatMap(serviceValues))],
    titleWords: incident.titleWords,
    isIncident: clippings.some((clipping) => clipping.isIncident === 1),
  };
}

function dayNumber(isoDate: string): number {
  const [year, month = 1, day = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Days between a date window and another (0 when they overlap); null when either has no date. */
export function daysApart(a: Pick<MatchFeatures, 'firstDate' | 'lastDate'>, b: Pick<MatchFeatures, 'firstDate' | 'lastDate'>): number | null {
  if (!a.firstDate || !b.firstDate) return null;
  const [aFirst, aLast] = [dayNumber(a.firstDate), dayNumber(a.lastDate ?? a.firstDate)];
  const [bFirst, bLast] = [dayNumber(b.firstDate), dayNumber(b.lastDate ?? b.firstDate)];
  if (aLast < bFirst) return bFirst - aLast;
  if (bLast < aFirst) return aFirst - bLast;
  return 0;
}

/** Days from the earliest to the latest date of both windows; null when either has no date. */
function spanWith(a: Pick<MatchFeatures, 'firstDate' | 'lastDate'>, b: Pick<MatchFeatures, 'firstDate' | 'lastDate'>): number | null {
  if (!a.firstDate || !b.firstDate) return null;
  const days = [a.firstDate, a.lastDate ?? a.firstDate, b.firstDate, b.lastDate ?? b.firstDate].map(dayNumber);
  return Math.max(...days) - Math.min(...days);
}

/** The victims both name (by any lookup key), as the first side's. */
export function sharedVictims(a: readonly IncidentVictim[], b: readonly IncidentVictim[]): IncidentVictim[] {
  const keys = new Set(b.flatMap(victimLookupKeys));
  return a.filter((victim) => victimLookupKeys(victim).some((key) => keys.has(key)));
}

/**
 * How well a clipping's features fit an incident's: score in [0, 1] and reasons; score 0 when a
 * rule fails. `wordWeight`: each title word's distinctiveness in the library (titleWordWeights).
 */
export function scoreMatch(clipping: MatchFeatures, incident: MatchFeatures, wordWeight: (word: string) => number = EVERY_WORD_COUNTS): { score: number; reasons: string[] } {
  const shared = sharedVictims(clipping.victims, incident.victims);
  if (shared.length === 0) return sameStory(clipping, incident, wordWeight);
  const reasons = [`same victim: ${shared.map((victim) => victim.en + (victim.zh && victim.zh !== victim.en ? ` (${victim.zh})` : '')).join(', ')}`];
  let score = 0.5;

  const gap = daysApart(clipping, incident);
  const span = spanWith(clipping, incident);
  if (span !== null && span > MAX_SPAN_DAYS) return { score: 0, reasons: [...reasons, `the incident would span ${span} days (more than ${MAX_SPAN_DAYS})`] };
  if (gap === null) {
    score += 0.1;
    reasons.push('no date to compare');
  } else if (gap > DATE_WINDOW_DAYS) {
    return { score: 0, reasons: [...reasons, `dates ${gap} days apart (more than ${DATE_WINDOW_DAYS}): another incident`] };
  } else {
    score += 0.3 * (1 - gap / DATE_WINDOW_DAYS);
    reasons.push(gap === 0 ? 'dates overlap' : `dates ${gap} day${gap === 1 ? '' : 's'} apart`);
  }

  if (clipping.kinds.length > 0 && incident.kinds.length > 0) {
    const same = clipping.kinds.filter((kind) => incident.kinds.includes(kind));
    if (same.length > 0) {
      score += 0.1;
      reasons.push(`same kind: ${same.join(', ')}`);
    } else if (clipping.kinds.some((a) => incident.kinds.some((b) => kindsRelated(a, b)))) {
      score += 0.05;
      reasons.push('related kinds');
    } else {
      score -= 0.2;
      reasons.push(`kinds disagree: ${clipping.kinds.join(', ')} vs ${incident.kinds.join(', ')}`);
    }
  }

  const threats = clipping.threats.filter((threat) => incident.threats.includes(threat));
  if (threats.length > 0) {
    score += 0.1;
    reasons.push(`same actor or malware: ${threats.join(', ')}`);
  } else if (clipping.threats.length > 0 && incident.threats.length > 0) {
    score -= 0.15;
    reasons.push('different actors or malware');
  }

  const services = clipping.services.filter((service) => incident.services.includes(service));
  if (services.length > 0) {
    score += 0.05;
    reasons.push(`same affected service: ${services.slice(0, 3).join(', ')}`);
  }
  return { score: Math.max(0, Math.min(1, Number(score.toFixed(3)))), reasons };
}

/** Whether two kind lists agree or are related (either empty: nothing against). */
function kindsCompatible(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.some((y) => kindsRelated(x, y)));
}

/** Rule 4: the same story told without a victim the engine could match. */
function sameStory(clipping: MatchFeatures, incident: MatchFeatures, wordWeight: (word: string) => number): { score: number; reasons: string[] } {
  if (!clipping.isIncident || !incident.isIncident) return { score: 0, reasons: ['no victim in common'] };
  const gap = daysApart(clipping, incident);
  const words = clipping.titleWords.filter((word) => incident.titleWords.includes(word));
  const weight = words.reduce((sum, word) => sum + wordWeight(word), 0);
  const span = spanWith(clipping, incident);
  if (gap === null || gap > STORY_WINDOW_DAYS || (span ?? 0) > MAX_SPAN_DAYS || words.length < STORY_TITLE_WORDS || weight < STORY_TITLE_WEIGHT || !kindsCompatible(clipping.kinds, incident.kinds)) {
    return { score: 0, reasons: ['no victim in common'] };
  }
  const score = Math.min(0.75, Number((MATCH_THRESHOLD + 0.05 * (weight - STORY_TITLE_WEIGHT)).toFixed(3)));
  return { score, reasons: ['no victim in common', `same story: titles share ${words.join(', ')}`, gap === 0 ? 'dates overlap' : `dates ${gap} day${gap === 1 ? '' : 's'} apart`] };
}

/** A candidate incident with the features the matcher compares. */
export interface MatchCandidate {
  incident: Pick<Incident, 'id'>;
  features: MatchFeatures;
}

/** What the matcher proposes for a clipping. */
export type IncidentProposal =
  | { kind: 'existing'; match: IncidentMatch; alternatives: IncidentMatch[] }
  | { kind: 'new'; reasons: string[]; alternatives: IncidentMatch[] };

/**
 * The proposal for a clipping among candidate incidents: the best-scoring one at or above
 * {@link MATCH_THRESHOLD}, else a new incident. Alternatives: the other candidates sharing a victim,
 * best first (what "choose another" offers first). Ties go to the candidate listed first.
 */
export function proposeIncidentFor(clipping: MatchFeatures, candidates: readonly MatchCandidate[], wordWeight: (word: string) => number = EVERY_WORD_COUNTS): IncidentProposal {
  const scored = candidates
    .map(({ incident, features }) => ({ incidentId: incident.id, ...scoreMatch(clipping, features, wordWeight) }))
    .filter((match) => match.score > 0 || !match.reasons.includes('no victim in common'))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (best && best.score >= MATCH_THRESHOLD) return { kind: 'existing', match: best, alternatives: scored.slice(1) };
  const reasons =
    clipping.victims.length === 0
      ? ['the article names no victim organisation']
      : best
        ? [`closest incident scored ${best.score} (below ${MATCH_THRESHOLD}): ${best.reasons.join('; ')}`]
        : ['no incident in the library has this victim'];
  return { kind: 'new', reasons, alternatives: scored };
}
