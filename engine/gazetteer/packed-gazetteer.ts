/**
 * A gazetteer's alias index packed into strings at build time, so that the worker matches with it
 * as soon as its bundle is evaluated instead of rebuilding it.
 *
 * Why: Chromium stops an idle extension worker after 30 s, and every start rebuilt the actor,
 * malware and agency indexes (~21,000 aliases folded, deduplicated, sorted and filed; with the
 * entry objects they came from, most of the engine's cold start). A packed index is a handful of
 * string literals: loading it allocates nothing, a lookup is a binary search over its key table,
 * and an entry object is parsed from its JSON only when one of its aliases is found.
 *
 * The index is the one `indexAliases` builds (same keys, same order within a key), written out by
 * `packGazetteer` (scripts/build-gazetteer-indexes.ts) and scanned by the same `findAliases`, so a
 * packed gazetteer finds exactly what `buildGazetteer` finds over the same entries (tested).
 *
 * Layout. Numbers are stored as UTF-16 units: small ones as one unit plus BIAS (which keeps them
 * out of the control characters a source file would have to escape), larger ones as two 15-bit
 * halves plus BIAS.
 * - `words`: one row of 5 units per Latin first word, ordered by its hash: hash (2 units),
 *   offset of its group in `aliases` (2), number of aliases in the group (1).
 * - `units`: one row of 4 units per other first unit, ordered by it: the unit itself, offset (2),
 *   count (1).
 * - `aliases`: the groups, each alias as [length, entry (2 units), alias number · 4 + flags], its
 *   folded form, then its case-kept form when it matches in its exact case (flag 2); flag 1: it
 *   ends with a Latin word character and so needs a word boundary after it.
 * - `entries`: every entry as text (`id`, then its English names, its Chinese names and its attrs
 *   as key and value, each field after a FIELD mark and the names of a field separated by ITEM marks;
 *   SAME_AS_EN for Chinese names that are just the canonical English name), one after another;
 *   `entryStarts`: where each starts (2 units), then where the last ends. Both are empty when the
 *   entries are given at load time instead (lists the engine holds anyway, such as the agencies).
 */
import {
  findAliases,
  indexAliases,
  isLatinWordUnit,
  matchEnd,
  sameExact,
  type AliasLookup,
  type Candidate,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerHit,
  type GazetteerOptions,
} from './gazetteer';

/** A packed alias index (see the header for its layout). */
export interface PackedGazetteer {
  words: string;
  units: string;
  aliases: string;
  entries: string;
  entryStarts: string;
}

const BIAS = 0x20;
const HALF = 0x8000;
const WORD_ROW = 5;
const UNIT_ROW = 4;
const ALIAS_HEAD = 4;
const FLAG_WORD_END = 1;
const FLAG_EXACT = 2;
/** A group is handed from lookup to match as one number: offset · GROUP + count. */
const GROUP = 0x10000;

/** Two units for a number below 2^30. */
function wide(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= HALF * HALF) throw new RangeError(`cannot pack ${value}`);
  return String.fromCharCode(Math.floor(value / HALF) + BIAS, (value % HALF) + BIAS);
}

/** One unit for a number below 0x7fe0. */
function narrow(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= HALF - BIAS) throw new RangeError(`cannot pack ${value}`);
  return String.fromCharCode(value + BIAS);
}

function readWide(s: string, at: number): number {
  return (s.charCodeAt(at) - BIAS) * HALF + (s.charCodeAt(at + 1) - BIAS);
}

/** Private-use characters, which no name contains, mark an entry's fields (see the header). */
const FIELD = '\ue000';
const ITEM = '\ue001';
const SAME_AS_EN = '\ue002';

/** One entry as packed text. */
function entryText(entry: GazetteerEntry): string {
  const zh = entry.zh.length === 1 && entry.zh[0] === entry.en[0] ? SAME_AS_EN : entry.zh.join(ITEM);
  const attrs = Object.entries(entry.attrs ?? {}).flat().join(ITEM);
  const text = [entry.id, entry.en.join(ITEM), zh, ...(entry.attrs ? [attrs] : [])].join(FIELD);
  if (/[\ue000-\ue002]/.test(JSON.stringify(entry))) throw new Error(`entry ${entry.id} holds a private-use mark`);
  return text;
}

/** The entry packed by `entryText`. */
function parseEntry(text: string): GazetteerEntry {
  const [id, en, zh, attrs] = text.split(FIELD);
  const names = (field: string) => (field === '' ? [] : field.split(ITEM));
  const entry: GazetteerEntry = { id, en: names(en), zh: zh === SAME_AS_EN ? [en.split(ITEM)[0]] : names(zh) };
  if (attrs !== undefined) {
    const pairs = names(attrs);
    entry.attrs = {};
    for (let i = 0; i < pairs.length; i += 2) entry.attrs[pairs[i]] = pairs[i + 1];
  }
  return entry;
}

/** Options of `packGazetteer`. */
export interface PackOptions extends GazetteerOptions {
  /** Leave the entries out: the loader is given the same list (default: pack them). */
  entriesGivenAtLoad?: boolean;
}

/** Packs the index `buildGazetteer(entries, options)` would build. Build time only. */
export function packGazetteer(entries: readonly GazetteerEntry[], options: PackOptions = {}): PackedGazetteer {
  const index = indexAliases(entries, options);
  const entryNumber = new Map(entries.map((entry, i) => [entry, i]));
  let aliases = '';
  const group = (candidates: readonly Candidate[]) => {
    const at = aliases.length;
    for (const c of candidates) {
      const aliasNumber = [...c.entry.en, ...c.entry.zh].indexOf(c.alias);
      const flags = (c.wordEnd ? FLAG_WORD_END : 0) | (c.exact !== null ? FLAG_EXACT : 0);
      aliases += narrow(c.folded.length) + wide(entryNumber.get(c.entry)!) + narrow(aliasNumber * 4 + flags) + c.folded + (c.exact ?? '');
    }
    return wide(at) + narrow(candidates.length);
  };
  const byKey = <T>(map: Map<number, T>) => [...map].sort((a, b) => a[0] - b[0]);
  let words = '';
  for (const [hash, candidates] of byKey(index.byFirstWord)) words += wide(hash) + group(candidates);
  let units = '';
  for (const [unit, candidates] of byKey(index.byFirstUnit)) units += String.fromCharCode(unit) + group(candidates);
  let packedEntries = '';
  let entryStarts = '';
  if (!options.entriesGivenAtLoad) {
    for (const entry of entries) {
      entryStarts += wide(packedEntries.length);
      packedEntries += entryText(entry);
    }
    entryStarts += wide(packedEntries.length);
  }
  return { words, units, aliases, entries: packedEntries, entryStarts };
}

/** Binary search of a key table; the group under `key` or undefined. */
function findGroup(table: string, rowLength: number, key: number, keyAt: (table: string, row: number) => number): number | undefined {
  let lo = 0;
  let hi = table.length / rowLength - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = keyAt(table, mid * rowLength);
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else {
      const at = mid * rowLength + rowLength - 3;
      return readWide(table, at) * GROUP + (table.charCodeAt(at + 2) - BIAS);
    }
  }
  return undefined;
}

/**
 * A matcher over a packed index. Its entries are read on their first hit, from the index or, when
 * it was packed without them, from `given` (called once, on the first hit): the same list, in the
 * same order, as was packed.
 */
export function loadPackedGazetteer(packed: PackedGazetteer, given?: () => readonly GazetteerEntry[]): Gazetteer {
  if (!packed.entryStarts && !given && packed.aliases) throw new Error('a packed gazetteer without its entries needs them at load');
  const parsed: (GazetteerEntry | undefined)[] = [];
  let list: readonly GazetteerEntry[] | null = null;
  const entryAt = (n: number): GazetteerEntry =>
    packed.entryStarts
      ? (parsed[n] ??= parseEntry(packed.entries.slice(readWide(packed.entryStarts, 2 * n), readWide(packed.entryStarts, 2 * n + 2))))
      : (list ??= given!())[n];
  const s = packed.aliases;
  const lookup: AliasLookup<number> = {
    byFirstWord: (hash) => findGroup(packed.words, WORD_ROW, hash, readWide),
    byFirstUnit: (unit) => findGroup(packed.units, UNIT_ROW, unit, (table, at) => table.charCodeAt(at)),
    hitAt(group, lower, kept, start): GazetteerHit | null {
      let at = Math.floor(group / GROUP);
      for (let count = group % GROUP; count > 0; count--) {
        const length = s.charCodeAt(at) - BIAS;
        const entry = readWide(s, at + 1);
        const mark = s.charCodeAt(at + 3) - BIAS;
        const folded = at + ALIAS_HEAD;
        const exact = mark & FLAG_EXACT ? folded + length : -1;
        at = folded + (exact < 0 ? length : 2 * length);
        const end = matchEnd(s, lower, start, folded, length);
        if (end < 0) continue;
        if (mark & FLAG_WORD_END && end < kept.length && isLatinWordUnit(kept[end])) continue;
        if (exact >= 0 && !sameExact(kept, start, end, s, exact, length)) continue;
        const e = entryAt(entry);
        const aliasNumber = mark >> 2;
        return { entry: e, alias: aliasNumber < e.en.length ? e.en[aliasNumber] : e.zh[aliasNumber - e.en.length], start, end };
      }
      return null;
    },
  };
  return { findAll: (text) => findAliases(text, lookup) };
}
