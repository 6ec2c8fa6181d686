/**
 * The compact shape of the generated threat-actor and malware data (scripts/build-threat-data.ts)
 * and of their hand-written supplements, and how they become gazetteer entries.
 */
import type { GazetteerEntry } from './gazetteer';

/** One generated entry, kept small because the extension ships it. */
export interface CompactThreatEntry {
  /** Id without its "actor:" / "malware:" prefix. */
  i: string;
  /** English names; `en[0]` is canonical. */
  en: string[];
  /** Chinese names, when sources give any. */
  zh?: string[];
  /** Indices into `en` of proper names made of ordinary words ("Fancy Bear"): capitals required. */
  cs?: number[];
  /** Indices into `en` (1: all of them) of names reported only next to "ransomware", "gang" …. */
  cx?: number[] | 1;
}

/** Hand-written additions: Chinese names, extra aliases, and names that need context. */
export interface ThreatSupplement {
  /** Full id ("actor:apt32"); a new entry when the generated data has none. */
  id: string;
  /** English names to add; for a new entry the first is canonical. */
  en?: string[];
  /** Chinese names Chinese vendors and media use. */
  zh?: string[];
  /** Names (in `en` or already generated) that must be capitalised in the text. */
  proper?: string[];
  /**
   * Names that are ordinary words or places (Hive, Play, Cuba): reported only next to a word that
   * says what they are (ransomware, gang, 勒索软件, 团伙).
   */
  context?: string[];
}

/** Attribute keys on the resulting entries; values are names joined by ATTR_SEPARATOR. */
export const PROPER_ATTR = 'proper';
export const CONTEXT_ATTR = 'context';
export const ATTR_SEPARATOR = '|';

/** An entry being assembled; arrays are the generated data's own until the supplement adds to them. */
interface Draft {
  id: string;
  en: readonly string[];
  zh: readonly string[];
  proper: readonly string[];
  context: readonly string[];
}

const NONE: readonly string[] = [];

/** `list` with `names` not yet in it appended (a new array only when something is added). */
function withNames(list: readonly string[], names: readonly string[] | undefined): readonly string[] {
  if (!names?.length) return list;
  const added = names.filter((n, i) => !list.includes(n) && names.indexOf(n) === i);
  return added.length ? [...list, ...added] : list;
}

/** Names joined for an attribute, each once. */
function joinNames(names: readonly string[]): string {
  return (names.length > 1 ? withNames(NONE, names) : names).join(ATTR_SEPARATOR);
}

/**
 * Expands generated entries and merges the supplement into them. An entry without a Chinese name
 * gets its canonical English name as `zh`: Chinese media write malware and most group names in
 * Latin letters ("LockBit勒索软件"), so that is the name a Chinese reader sees.
 *
 * Runs when the worker loads (6,000 entries), so it copies nothing it does not change: a Set per
 * entry for its proper and context names made this ~12 ms of every worker start.
 */
export function buildThreatEntries(
  prefix: 'actor' | 'malware',
  generated: readonly CompactThreatEntry[],
  supplement: readonly ThreatSupplement[],
): GazetteerEntry[] {
  const drafts: Draft[] = [];
  const byId = new Map<string, Draft>();
  for (const g of generated) {
    const draft: Draft = {
      id: `${prefix}:${g.i}`,
      en: g.en,
      zh: g.zh ?? NONE,
      proper: g.cs ? g.cs.map((i) => g.en[i]) : NONE,
      context: g.cx === 1 ? g.en : g.cx ? g.cx.map((i) => g.en[i]) : NONE,
    };
    drafts.push(draft);
    byId.set(draft.id, draft);
  }
  for (const s of supplement) {
    let draft = byId.get(s.id);
    if (!draft) {
      draft = { id: s.id, en: NONE, zh: NONE, proper: NONE, context: NONE };
      drafts.push(draft);
      byId.set(s.id, draft);
    }
    draft.en = withNames(draft.en, s.en);
    draft.zh = withNames(draft.zh, s.zh);
    draft.proper = withNames(draft.proper, s.proper);
    draft.context = withNames(draft.context, s.context);
  }
  return drafts.map((d) => {
    const entry: GazetteerEntry = { id: d.id, en: d.en as string[], zh: (d.zh.length ? d.zh : [d.en[0]]) as string[] };
    if (d.proper.length || d.context.length) {
      const attrs: Record<string, string> = {};
      if (d.proper.length) attrs[PROPER_ATTR] = joinNames(d.proper);
      if (d.context.length) attrs[CONTEXT_ATTR] = joinNames(d.context);
      entry.attrs = attrs;
    }
    return entry;
  });
}

/** The names of an entry listed under `attr` (PROPER_ATTR or CONTEXT_ATTR). */
export function namesIn(entry: GazetteerEntry, attr: string): string[] {
  const v = entry.attrs?.[attr];
  return v ? v.split(ATTR_SEPARATOR) : [];
}
