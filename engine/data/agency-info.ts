/**
 * What a reader needs to know about an agency fact, looked up by its stable id in the agency
 * gazetteer (agencies.ts): its canonical names in both languages, its country, and what kind of
 * body it is. The kind is read from the canonical English name by general words ("Police",
 * "Commission", "CERT", "Intelligence"), so new gazetteer entries get one without a list here.
 */
import type { GazetteerEntry } from '../gazetteer/gazetteer';
import { AGENCIES } from './agencies';

/** What kind of body an agency is. */
export type AgencyKind = 'cyber' | 'law-enforcement' | 'intelligence' | 'regulator' | 'legislature' | 'court' | 'government' | 'international';

/** The facts a reader sees about one agency. */
export interface AgencyInfo {
  id: string;
  en: string;
  zh: string;
  /** ISO 3166 code, "EU", "UN" or "INT". */
  country: string | null;
  kind: AgencyKind | null;
}

/**
 * Kinds by the words of the English name, first match wins: a "Cyber Police" is law enforcement
 * before it is cyber, a "Cyber Security Agency" is cyber before it is an agency of government.
 */
const KIND_RULES: ReadonlyArray<readonly [AgencyKind, RegExp]> = [
  ['law-enforcement', /\b(?:police|gendarmerie|carabinieri|guardia civil|garda|europol|interpol|crime|criminal|prosecut\w*|investigation|investigations|marshals|secret service|fraud|enforcement|public security|attorney|procurator\w*|eurojust)\b/i],
  ['cyber', /\b(?:cert|csirt|cyber\w*|information security|computer emergency|incident|vulnerability|signals|internet)\b|CERT\b|CERT[-./]/i],
  ['intelligence', /\b(?:MI5|MI6|communications headquarters|communications security|intelligence|security service|security agency|state security|constitution|reconnaissance|GRU|security authority)\b/i],
  ['court', /\b(?:court|justice of the)\b/i],
  ['legislature', /\b(?:parliament|congress|senate|house of representatives|sergeant at arms|chief administrative officer)\b/i],
  ['regulator', /\b(?:commission\w*|commissioner|regulat\w*|supervisor|data protection|privacy|authority|conduct|reserve|bank|monetary|ofcom|roskomnadzor|protection bureau|civil rights)\b/i],
  ['international', /\b(?:United Nations|UN|International)\b/],
  ['government', /\b(?:ministry|department|office|government|council|white house|kremlin|administration|agency|bureau|service|centre|center|institute|directorate|commission|cabinet|state)\b/i],
];

/** The kind of an agency from its canonical English name, or null when no word tells. */
export function agencyKindOf(englishName: string): AgencyKind | null {
  for (const [kind, pattern] of KIND_RULES) if (pattern.test(englishName)) return kind;
  return null;
}

let entriesById: Map<string, GazetteerEntry> | null = null;
let idsByName: Map<string, string> | null = null;
const infos = new Map<string, AgencyInfo>();

/**
 * The gazetteer's entries by id. An entry's info (its kind: up to eight case-insensitive patterns
 * over its name) is made when it is first asked for, not for all ~950 entries at once: the first
 * analysis after the worker starts pays for the few agencies the article names, not the whole list.
 */
function entries(): Map<string, GazetteerEntry> {
  entriesById ??= new Map(AGENCIES.map((entry) => [entry.id, entry]));
  return entriesById;
}

function infoOf(entry: GazetteerEntry): AgencyInfo {
  let info = infos.get(entry.id);
  if (!info) {
    info = { id: entry.id, en: entry.en[0], zh: entry.zh[0] ?? entry.en[0], country: entry.attrs?.country ?? null, kind: agencyKindOf(entry.en[0]) };
    infos.set(entry.id, info);
  }
  return info;
}

/** The agency with stable id `id` ("agency:gb-ncsc"), or null when the gazetteer has no such entry. */
export function agencyInfo(id: string): AgencyInfo | null {
  const entry = entries().get(id);
  return entry ? infoOf(entry) : null;
}

/**
 * The agency whose canonical English name is `name` (a fact's normalised value), or null. For
 * stored values without their id, as the library's filters and charts count them.
 */
export function agencyInfoByName(name: string): AgencyInfo | null {
  idsByName ??= new Map([...entries().values()].map((entry) => [entry.en[0], entry.id]));
  const id = idsByName.get(name);
  return id === undefined ? null : agencyInfo(id);
}
