/**
 * Incidents: one incident across many clippings and languages (issue 16). An incident is what the
 * library groups clippings into; its victims, kinds and date window are derived from its clippings'
 * facts, so they follow every edit. How a clipping joins one: storage/incident-matcher.ts proposes,
 * storage/incident-repository.ts links (as "proposed" until the user accepts, always undoable).
 */
import { organizations } from '../engine/data/organizations';
import type { Clipping, ClippingId } from './clipping';

/** An incident's id (a UUID). */
export type IncidentId = string & { readonly __brand: 'IncidentId' };

/** One victim organisation of an incident, with its names in both languages. */
export interface IncidentVictim {
  /** Matching key: the engine's entity id ("org:royal-mail"), else "name:" + the folded English (or only) name. */
  key: string;
  /** The engine's entity id, when it knows the organisation. */
  id: string | null;
  /** Canonical English name (the facts' `value`), or the only name the articles give. */
  en: string;
  /** Chinese name: the gazetteer's, else the first Chinese form an article used; null when none. */
  zh: string | null;
  /** Every surface form the clippings used (fact texts), for display and matching. */
  forms: string[];
}

/** Why a clipping belongs where it is: what the matcher found when it was saved. */
export interface IncidentMatch {
  incidentId: IncidentId;
  /** In [0, 1]; 1 for a link the user made. */
  score: number;
  /** Human-readable reasons ("same victim: Royal Mail (org:royal-mail)", "dates 2 days apart", …). */
  reasons: string[];
}

/**
 * A clipping's link to its incident (schema v3, on the clipping as `incidentLink`).
 * `proposed`: the library put it there on save and waits for the user; `accepted`: the user
 * accepted it, chose that incident, merged or split it.
 */
export interface IncidentLink {
  status: 'proposed' | 'accepted';
  /** True when the proposal was a new incident (nothing in the library matched). */
  isNew: boolean;
  /** The matcher's score and reasons for this incident (for a new one: why none matched). */
  score: number;
  reasons: string[];
  /** Other incidents the matcher considered (same victim), best first, for "choose another". */
  alternatives: IncidentMatch[];
  /** When the link was made (ms). */
  linkedAt: number;
}

/** An incident as stored (schema v3 `incidents` table). */
export interface Incident {
  id: IncidentId;
  /** Derived "Royal Mail: ransomware, outage (Jan 2023)" unless the user renamed it (`titleByUser`). */
  title: string;
  titleByUser: boolean;
  victims: IncidentVictim[];
  /** Union of the clippings' incident kinds, most frequent first. */
  kinds: string[];
  /** Date window: earliest and latest incident date of its clippings (ISO, as `Clipping.incidentDate`). */
  firstDate: string | null;
  lastDate: string | null;
  /** Its clippings, oldest incident date first. */
  clippingIds: ClippingId[];
  /** Incidents merged into this one (their ids live on for exports: STIX `duplicate-of`). */
  mergedIds: IncidentId[];
  /** Incidents the user marked as related (STIX `related-to`), e.g. an earlier outage at the same company. */
  relatedIds: IncidentId[];
  createdAt: number;
  updatedAt: number;
  /** Index field: the victims' keys plus their folded names, for candidate lookup. */
  victimKeys: string[];
  /** Distinctive words of its clippings' titles (see {@link titleWordsOf}), for matching stories whose victim the engine missed. */
  titleWords: string[];
}

/** Corporate suffixes that do not tell two organisations apart. */
const SUFFIXES = /\s*(?:,?\s*(?:inc|incorporated|ltd|limited|plc|llc|corp|corporation|co|company|group|gmbh|ag|sa|s\.a|bhd|holdings?)\.?)+$/i;
const ZH_SUFFIXES = /(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$/u;
const HAN = /\p{Script=Han}/u;

/** A name folded for matching: NFKC, lower case, no leading "the", corporate suffixes and punctuation dropped. */
export function foldOrganizationName(name: string): string {
  let folded = name.normalize('NFKC').trim().toLowerCase();
  folded = folded.replace(/^the\s+/, '').replace(/[’']/g, '');
  for (let previous = ''; previous !== folded; ) {
    previous = folded;
    folded = folded.replace(SUFFIXES, '').replace(ZH_SUFFIXES, '').trim();
  }
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const ZH_BY_ID = new Map(organizations.map((entry) => [entry.id, entry.zh[0] ?? null]));

/**
 * How strongly the engine's evidence (an organisation fact's `attrs.evidence`, scored by
 * engine/facts/victims/score-victim-group.ts) says the organisation was hit: victim cues and
 * victim roles count 1 each, a headline that gives it a victim role 2, being named in the headline,
 * speaking about the incident or leading the article ½, source evidence against. A fact without
 * evidence (added by the user, or from an older engine) counts as 2, as much as a headline victim role.
 */
export function victimEvidenceStrength(evidence: string | undefined): number {
  if (evidence === undefined) return 2;
  let strength = 0;
  for (const reason of evidence.split('; ')) {
    const count = Number(/×(\d+)/.exec(reason)?.[1] ?? 1);
    if (reason.startsWith('victim cue')) strength += count;
    else if (reason.startsWith('victim role:')) strength += reason.slice('victim role:'.length).split(',').length;
    else if (reason === 'headline: victim role') strength += 2;
    else if (reason === 'named in headline' || reason === 'speaks about the incident' || reason === 'main organisation of the lead') strength += 0.5;
    else if (reason.startsWith('source evidence')) strength -= count;
  }
  return strength;
}

/** Words before a name in a headline that make it the channel of an attack, not its target ("… in Google Play", "spread through Dropbox"). */
const VECTOR_BEFORE = /(?:^|\s)(?:in|on|via|through|using|over|across|fake|bogus|spoofed|fraudulent|impersonating)\s+$/iu;
/** Words after a name in a headline that make it what an attack imitates or rides on ("WhatsApp subscription messages", "Dropbox-themed phishing"). */
const VECTOR_AFTER = /^(?:[-\s]+themed|\s+(?:phishing|scam|scams|spoof|lure|lures|messages?|emails?|apps?|subscription|users|accounts?|login|logins|sign-in|page|pages|notification|notifications|update|updates))\b/iu;

/**
 * Whether an organisation is named as the vector of the attack rather than its victim: the
 * headline puts one of its names after a channel preposition or before what an attack imitates
 * ("Fake Minecraft Mods in Google Play", "Beware these bogus WhatsApp subscription messages",
 * "Dropbox-Themed Phishing"), and the engine found no victim role for it (a headline role such as
 * "WhatsApp hacked", or a sentence role such as "the attack on WhatsApp"), which would say the
 * platform itself was hit. General headline grammar only; no list of platforms.
 */
export function isVectorVictim(victim: IncidentVictim, evidence: string | undefined, title: string | null): boolean {
  if (!title || (evidence !== undefined && /victim role/u.test(evidence))) return false;
  const lower = title.toLowerCase();
  for (const form of new Set([victim.en, ...victim.forms])) {
    const name = form.toLowerCase();
    if (name.length < 2) continue;
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      if (VECTOR_BEFORE.test(lower.slice(0, at)) || VECTOR_AFTER.test(lower.slice(at + name.length))) return true;
    }
  }
  return false;
}

/** The victims a clipping names: its organisation facts, one per entity (id, else folded value), strongest evidence first. */
export function victimsOfClipping(clipping: Pick<Clipping, 'facts'>): IncidentVictim[] {
  return rankedVictimsOf(clipping).map(({ victim }) => victim);
}

/**
 * The victim a clipping is mainly about, for matching (matcher rule 1): its victim with the
 * strongest evidence (then the most mentioned) that its headline does not name as the vector of the
 * attack ({@link isVectorVictim}): a platform only named as the channel must not join unrelated
 * stories that used the same platform.
 */
export function mainVictimsOf(clipping: Pick<Clipping, 'facts' | 'title'>): IncidentVictim[] {
  const main = rankedVictimsOf(clipping).find(({ victim, evidence }) => !isVectorVictim(victim, evidence, clipping.title));
  return main ? [main.victim] : [];
}

/** The victims of a clipping with their evidence strength, strongest first, then most mentioned, then first mentioned. */
function rankedVictimsOf(clipping: Pick<Clipping, 'facts'>): Array<{ victim: IncidentVictim; strength: number; evidence: string | undefined }> {
  const byKey = new Map<string, IncidentVictim>();
  const mentions = new Map<string, number>();
  const strengths = new Map<string, number>();
  const evidences = new Map<string, string | undefined>();
  for (const fact of [...clipping.facts].sort((a, b) => a.start - b.start)) {
    if (fact.category !== 'organization') continue;
    const id = fact.id ?? null;
    const key = id ?? `name:${foldOrganizationName(fact.value)}`;
    if (key === 'name:') continue;
    let victim = byKey.get(key);
    if (!victim) {
      const valueIsZh = HAN.test(fact.value);
      victim = { key, id, en: fact.value, zh: (id ? ZH_BY_ID.get(id) : null) ?? (valueIsZh ? fact.value : null), forms: [] };
      byKey.set(key, victim);
    }
    if (!victim.forms.includes(fact.text)) victim.forms.push(fact.text);
    if (!victim.zh && HAN.test(fact.text)) victim.zh = fact.text;
    // A Chinese-only value ("星辰物流") takes the English form the article gave beside it.
    if (HAN.test(victim.en) && !HAN.test(fact.text) && /\p{L}/u.test(fact.text)) victim.en = fact.text;
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
    // The engine reports one evidence for all mentions of a group; two groups folding to one key keep the stronger.
    const strength = victimEvidenceStrength(fact.attrs?.evidence);
    if (strength > (strengths.get(key) ?? -Infinity)) {
      strengths.set(key, strength);
      evidences.set(key, fact.attrs?.evidence);
    }
  }
  return [...byKey.values()]
    .map((victim) => ({ victim, strength: strengths.get(victim.key)!, evidence: evidences.get(victim.key) }))
    .sort((a, b) => b.strength - a.strength || mentions.get(b.victim.key)! - mentions.get(a.victim.key)!);
}

/** Every key a victim can be found under: its key, its folded names and forms. */
export function victimLookupKeys(victim: IncidentVictim): string[] {
  const keys = new Set([victim.key]);
  for (const name of [victim.en, victim.zh, ...victim.forms]) {
    if (!name) continue;
    const folded = foldOrganizationName(name);
    if (folded.length >= 2) keys.add(`name:${folded}`);
  }
  return [...keys];
}

/** Victims of several clippings as one list: same key merged, forms united, first English and Chinese names kept. */
export function mergeVictims(lists: readonly IncidentVictim[][]): IncidentVictim[] {
  const merged: IncidentVictim[] = [];
  const byLookup = new Map<string, IncidentVictim>();
  for (const list of lists) {
    for (const victim of list) {
      const keys = victimLookupKeys(victim);
      const into = keys.map((key) => byLookup.get(key)).find(Boolean);
      if (!into) {
        const copy = { ...victim, forms: [...victim.forms] };
        merged.push(copy);
        for (const key of keys) byLookup.set(key, copy);
        continue;
      }
      if (!into.id && victim.id) {
        into.id = victim.id;
        into.key = victim.key;
        into.en = victim.en;
      }
      into.zh ??= victim.zh;
      if (HAN.test(into.en) && !HAN.test(victim.en)) into.en = victim.en;
      for (const form of victim.forms) if (!into.forms.includes(form)) into.forms.push(form);
      for (const key of victimLookupKeys(into)) byLookup.set(key, into);
    }
  }
  return merged;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 2023" for an ISO date, "2023" for a year. */
function monthLabel(date: string | null): string | null {
  if (!date) return null;
  const [year, month] = date.split('-');
  return month ? `${MONTHS[Number(month) - 1]} ${year}` : year;
}

/** The derived title: "Royal Mail: ransomware, outage (Jan 2023)". */
export function incidentTitleOf(summary: Pick<Incident, 'victims' | 'kinds' | 'firstDate'>, fallback: string | null): string {
  const who = summary.victims.map((victim) => victim.en).slice(0, 2).join(', ') || fallback || 'Unnamed incident';
  const what = summary.kinds.slice(0, 3).join(', ');
  const when = monthLabel(summary.firstDate);
  return `${who}${what ? `: ${what}` : ''}${when ? ` (${when})` : ''}`;
}

/**
 * Words every incident report uses, and English function words: they say nothing about which
 * story a title tells. General vocabulary only (no names).
 */
const GENERIC_TITLE_WORDS = new Set(
  (
    'a an the and or but of in on at to for from by with without into over under after before as is are was were be been has have had will would can could may might ' +
    'it its this that these those their they them he she his her we our you your who what which when where why how not no new more most than up out about says said say ' +
    'hack hacked hacker hackers hacking attack attacks attacked attacker attackers cyber cyberattack cybersecurity security breach breaches data ransomware malware ' +
    'incident incidents hit hits leak leaked leaks stolen steal steals exposed expose exposes report reports reported warn warns news online update updates ' +
    'million billion thousands users customers company firm firms group holding holdings victim victims claim claims just now week today ' +
    'outage outages ddos phishing scam scams fraud espionage intrusion defacement supply chain'
  ).split(' '),
);

/** A crude English stem: plural and verb endings off, so "libraries" and "library" meet. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ed|es)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The distinctive words of a clipping's title: its site's suffix ("… | Threatpost", "… - BBC News")
 * cut, lower-cased and stemmed, generic incident vocabulary dropped; Chinese titles give their
 * Latin words only (names such as "Royal Mail" in a Chinese title still count).
 */
export function titleWordsOf(clipping: Pick<Clipping, 'title' | 'site'>): string[] {
  let title = clipping.title ?? '';
  title = title.split(/\s[|•«]\s/u)[0];
  title = title.replace(/\s[-–—]\s[^-–—]{1,40}$/u, '');
  const site = new Set((clipping.site ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u));
  // "$55,000" is one number, not "55" and a "000" every figure in the thousands shares.
  title = title.normalize('NFKC').replace(/(?<=\p{N})[,.](?=\p{N})/gu, '');
  const words = title.toLowerCase().match(/[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’]*/gu) ?? [];
  return [...new Set(words.map((word) => word.replace(/['’]s?$/u, '')).filter((word) => word.length >= 3 && !GENERIC_TITLE_WORDS.has(word) && !site.has(word)).map(stem))];
}

/** What an incident derives from its clippings: victims, kinds, date window, order, index keys, title words. */
export function summarizeIncident(clippings: readonly Clipping[]): Pick<Incident, 'victims' | 'kinds' | 'firstDate' | 'lastDate' | 'clippingIds' | 'victimKeys' | 'titleWords'> {
  const ordered = [...clippings].sort((a, b) => (a.incidentDate ?? '9999').localeCompare(b.incidentDate ?? '9999') || a.savedAt - b.savedAt);
  const victims = mergeVictims(ordered.map(victimsOfClipping));
  const kindCounts = new Map<string, number>();
  for (const clipping of ordered) for (const kind of new Set(clipping.kinds)) kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
  const kinds = [...kindCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind]) => kind);
  const dates = ordered.map((clipping) => clipping.incidentDate).filter((date): date is string => Boolean(date)).sort();
  return {
    victims,
    kinds,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    clippingIds: ordered.map((clipping) => clipping.id),
    victimKeys: [...new Set(victims.flatMap(victimLookupKeys))],
    titleWords: [...new Set(ordered.flatMap(titleWordsOf))],
  };
}

/** What of an incident is not derived from its clippings: what files carry (the rest is derived again on import). */
export type IncidentRecord = Pick<Incident, 'id' | 'title' | 'titleByUser' | 'mergedIds' | 'relatedIds' | 'createdAt' | 'updatedAt'>;

/**
 * The incidents of `clippings`, complete: each record's derived fields computed from those of
 * `clippings` linked to it (an export of some clippings describes their incidents by them).
 * Records no clipping links to are left out; order: first created first, then by id.
 */
export function completeIncidents(records: readonly IncidentRecord[], clippings: readonly Clipping[]): Incident[] {
  const members = new Map<string, Clipping[]>();
  for (const clipping of clippings) {
    if (!clipping.incidentId) continue;
    const list = members.get(clipping.incidentId) ?? [];
    list.push(clipping);
    members.set(clipping.incidentId, list);
  }
  return [...records]
    .filter((record) => members.has(record.id))
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((record) => {
      const own = members.get(record.id)!;
      const summary = summarizeIncident(own);
      const incident: Incident = { ...record, mergedIds: [...record.mergedIds], relatedIds: [...record.relatedIds], ...summary };
      if (!record.titleByUser) incident.title = incidentTitleOf(incident, own[0].title);
      return incident;
    });
}
