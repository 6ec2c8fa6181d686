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

/**
 * Expands generated entries and merges the supplement into them. An entry without a Chinese name
 * gets its canonical English name as `zh`: Chinese media write malware and most group names in
 * Latin letters ("LockBit勒索软件"), so that is the name a Chinese reader sees.
 */
export function buildThreatEntries(
  prefix: 'actor' | 'malware',
  generated: readonly CompactThreatEntry[],
  supplement: readonly ThreatSupplement[],
): GazetteerEntry[] {
  const byId = new Map<string, { en: string[]; zh: string[]; proper: Set<string>; context: Set<string> }>();
  for (const g of generated) {
    byId.set(`${prefix}:${g.i}`, {
      en: [...g.en],
      zh: [...(g.zh ?? [])],
      proper: new Set((g.cs ?? []).map((i) => g.en[i])),
      context: new Set(g.cx === 1 ? g.en : (g.cx ?? []).map((i) => g.en[i])),
    });
  }
  for (const s of supplement) {
    let e = byId.get(s.id);
    if (!e) {
      e = { en: [], zh: [], proper: new Set(), context: new Set() };
      byId.set(s.id, e);
    }
    for (const n of s.en ?? []) if (!e.en.includes(n)) e.en.push(n);
    for (const n of s.zh ?? []) if (!e.zh.includes(n)) e.zh.push(n);
    for (const n of s.proper ?? []) e.proper.add(n);
    for (const n of s.context ?? []) e.context.add(n);
  }
  return [...byId].map(([id, e]) => {
    const attrs: Record<string, string> = {};
    if (e.proper.size) attrs[PROPER_ATTR] = [...e.proper].join(ATTR_SEPARATOR);
    if (e.context.size) attrs[CONTEXT_ATTR] = [...e.context].join(ATTR_SEPARATOR);
    return { id, en: e.en, zh: e.zh.length ? e.zh : [e.en[0]], ...(e.proper.size || e.context.size ? { attrs } : {}) };
  });
}

/** The names of an entry listed under `attr` (PROPER_ATTR or CONTEXT_ATTR). */
export function namesIn(entry: GazetteerEntry, attr: string): string[] {
  const v = entry.attrs?.[attr];
  return v ? v.split(ATTR_SEPARATOR) : [];
}
