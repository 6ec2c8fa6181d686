/**
 * A bilingual name matcher: finds every alias of a list of entries in a text, leftmost-longest and
 * non-overlapping, with offsets into the original text.
 *
 * How: aliases are indexed under a *folded* form (lower case, full-width Latin to half-width,
 * curly apostrophes and odd spaces to ASCII). Folding maps each UTF-16 unit to exactly one unit,
 * so positions in the folded copy are positions in the original (STYLE.md rule 4). A Latin alias is
 * filed under a hash of its first word and looked up only where a word starts in the text; any
 * other alias (CJK) is filed under its first unit and looked up everywhere. The few aliases filed
 * together are compared unit by unit, longest first. A Latin alias must sit on word boundaries that
 * are computed by hand, because `\b` treats CJK characters as non-word and full-width punctuation
 * unpredictably. Short all-caps acronyms (NCSC, FBI, ICO, AFP) match only in their exact case, so
 * "ico" and "afp" inside ordinary words or URLs are not hits.
 *
 * Why an index and not a trie: the worker builds the actor and malware matchers (15,000 aliases)
 * on its first article after every start, and Chromium stops an idle worker after 30 s. A character
 * trie of those aliases had ~140,000 nodes and took ~30 ms to build plus its garbage; filing each
 * alias once costs a fraction of that, and matching touches one map per word instead of one per unit.
 */

/** One named thing with its names in both languages. */
export interface GazetteerEntry {
  /** Stable id, e.g. "agency:gb-ncsc". */
  id: string;
  /** English names and aliases; `en[0]` is the canonical name. */
  en: string[];
  /** Chinese names and aliases; `zh[0]` is the canonical Chinese name. */
  zh: string[];
  /** Extra attributes, e.g. { country: 'GB' }. */
  attrs?: Record<string, string>;
}

/** One match of an alias in a text. */
export interface GazetteerHit {
  entry: GazetteerEntry;
  /** The alias (as written in the entry) that matched. */
  alias: string;
  /** UTF-16 offsets into the scanned text: `text.slice(start, end)` is the mention. */
  start: number;
  end: number;
}

/** A built matcher. */
export interface Gazetteer {
  /** Every alias mention, leftmost-longest, non-overlapping, in text order. */
  findAll(text: string): GazetteerHit[];
}

/** Options of `buildGazetteer`. */
export interface GazetteerOptions {
  /** Whether an alias must match in its exact case; default: `isAcronym`. */
  caseSensitive?: (alias: string) => boolean;
}

/** One alias as filed in the index. */
export interface Candidate {
  entry: GazetteerEntry;
  alias: string;
  /** The key the alias is matched under (`foldAlias`). */
  folded: string;
  /** Folded-but-not-lower-cased alias, compared against the text when case-sensitive. */
  exact: string | null;
  /** Alias ends with a Latin word character and so needs a boundary there. */
  wordEnd: boolean;
}

/**
 * Where candidates are filed. Each list is ordered longest alias first (ties in insertion order),
 * so the first candidate that fits at a position is the leftmost-longest hit there. Keys are small
 * integers, so lookups never hash a heap number.
 */
export interface AliasIndex {
  /** Latin-initial aliases, by `wordHash` of their first word. */
  byFirstWord: Map<number, Candidate[]>;
  /** Every other alias, by its first folded unit. */
  byFirstUnit: Map<number, Candidate[]>;
}

/** Hash of units [start, end) of a word, kept within small-integer range. Always given a Uint16Array, so it stays monomorphic. */
export function wordHash(units: Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5 & 0x3fffffff;
  for (let k = start; k < end; k++) h = Math.imul(h ^ units[k], 0x01000193) & 0x3fffffff;
  return h;
}

/** Files `candidate` under `key`, after every candidate at least as long. */
function file(index: Map<number, Candidate[]>, key: number, candidate: Candidate): void {
  const list = index.get(key);
  if (!list) {
    index.set(key, [candidate]);
    return;
  }
  let at = list.length;
  while (at > 0 && list[at - 1].folded.length < candidate.folded.length) at--;
  list.splice(at, 0, candidate);
}

/** The folded space (every odd space folds to it). */
export const SPACE = 0x20;

/** Unit ranges without case: CJK radicals to Vai (U+2E80–U+A63F), Hangul syllables (U+AC00–U+D7A3). */
export const CASELESS_CJK = { from: 0x2e80, to: 0xa63f } as const;
export const CASELESS_HANGUL = { from: 0xac00, to: 0xd7a3 } as const;

/**
 * Default case rule: an alias of 2–6 characters with no lower-case letter and at least one capital
 * (FBI, NCSC, ICO, AFP, DHS, CERT-LV is longer and needs no rule).
 */
export function isAcronym(alias: string): boolean {
  return alias.length <= 6 && /[A-Z]/.test(alias) && !/[a-z]/.test(alias);
}

/** Folds one UTF-16 unit to one unit, keeping case (full-width → half-width, odd spaces/quotes). */
function foldUnitKeepCase(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII
  if (c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x202f) return SPACE;
  if (c === 0x09) return SPACE;
  if (c === 0x2019 || c === 0x2018 || c === 0x2032) return 0x27; // ’ ‘ ′ → '
  if (c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013) return 0x2d; // hyphens/en dash → -
  return c;
}

/** Lower-cases one unit only when that keeps it one unit (İ → i̇ would grow the string). */
function lowerUnit(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c < 0xc0) return c;
  // CJK, kana, Yi and Hangul have no case: most units of a Chinese article, which would otherwise
  // each cost a one-character string and a toLowerCase (a test checks these ranges exhaustively).
  if ((c >= CASELESS_CJK.from && c <= CASELESS_CJK.to) || (c >= CASELESS_HANGUL.from && c <= CASELESS_HANGUL.to)) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Printable ASCII only: nothing to fold but case (most aliases, most of an English article). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The case-keeping fold of a whole string (same length). */
export function foldKeepCase(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnitKeepCase(text.charCodeAt(i)));
  return out;
}

/** The full fold (case too) of a whole string (same length). */
export function foldText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(lowerUnit(foldUnitKeepCase(text.charCodeAt(i))));
  return out;
}

/** Runs of spaces as one; the regex only runs when there is a run (rare in names, thousands of which fold at worker start). */
function collapseSpaces(text: string): string {
  return text.includes('  ') ? text.replace(/ +/g, ' ') : text;
}

/** The key an alias is matched under: trimmed, fully folded, runs of spaces as one. */
export function foldAlias(alias: string): string {
  return collapseSpaces(foldText(alias.trim()));
}

/** A Latin word character: ASCII letters and digits, Latin-1 and Latin Extended letters. */
export function isLatinWordUnit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/**
 * The alias index of `entries`: every alias folded, filed under its key, each list longest first.
 * `buildGazetteer` matches with it; `packGazetteer` (packed-gazetteer.ts) writes it out at build time.
 */
export function indexAliases(entries: readonly GazetteerEntry[], options: GazetteerOptions = {}): AliasIndex {
  const caseSensitive = options.caseSensitive ?? isAcronym;
  const index: AliasIndex = { byFirstWord: new Map(), byFirstUnit: new Map() };
  const seen = new Set<string>();
  // The first word of an alias, hashed from the same kind of array as the text's words.
  let units = new Uint16Array(64);

  for (const entry of entries) {
    for (const alias of [...entry.en, ...entry.zh]) {
      const trimmed = alias.trim();
      if (trimmed.length === 0) continue;
      const folded = foldAlias(trimmed);
      // The same alias in en and zh (Latin names Chinese text also uses) is filed once.
      const dedupe = `${entry.id}\u0000${folded}\u0000${trimmed}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const candidate: Candidate = {
        entry,
        alias,
        folded,
        exact: caseSensitive(trimmed) ? collapseSpaces(foldKeepCase(trimmed)) : null,
        wordEnd: isLatinWordUnit(folded.charCodeAt(folded.length - 1)),
      };
      const first = folded.charCodeAt(0);
      if (!isLatinWordUnit(first)) {
        file(index.byFirstUnit, first, candidate);
        continue;
      }
      if (units.length < folded.length) units = new Uint16Array(folded.length);
      let wordEnd = 0;
      while (wordEnd < folded.length && isLatinWordUnit(folded.charCodeAt(wordEnd))) units[wordEnd] = folded.charCodeAt(wordEnd++);
      file(index.byFirstWord, wordHash(units, 0, wordEnd), candidate);
    }
  }
  return index;
}

/**
 * Where a matcher looks aliases up: the group of aliases filed under a first word's hash or under a
 * first unit, and the hit (if any) of the group's first alias that fits at a position.
 */
export interface AliasLookup<G> {
  byFirstWord(hash: number): G | undefined;
  byFirstUnit(unit: number): G | undefined;
  hitAt(group: G, lower: Uint16Array, kept: Uint16Array, start: number): GazetteerHit | null;
}

/**
 * Every alias mention in `text`, leftmost-longest, non-overlapping, in text order: the scan that
 * every matcher shares, whatever form its index has (built at start-up or packed at build time).
 */
export function findAliases<G>(text: string, lookup: AliasLookup<G>): GazetteerHit[] {
  const n = text.length;
  // Folded copies as code arrays (same length as the text): `lower` is what aliases are
  // compared with, `kept` (case kept) checks case-sensitive aliases and boundaries.
  const kept = new Uint16Array(n);
  const lower = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = foldUnitKeepCase(text.charCodeAt(k));
    kept[k] = c;
    lower[k] = lowerUnit(c);
  }
  const hits: GazetteerHit[] = [];
  let i = 0;
  while (i < n) {
    const first = lower[i];
    let group: G | undefined;
    if (isLatinWordUnit(first)) {
      // A Latin alias starts a word: inside a word nothing can start (CJK aliases never start
      // with a Latin letter), so such positions are skipped cheaply.
      if (i === 0 || !isLatinWordUnit(lower[i - 1])) {
        let wordEnd = i + 1;
        while (wordEnd < n && isLatinWordUnit(lower[wordEnd])) wordEnd++;
        group = lookup.byFirstWord(wordHash(lower, i, wordEnd));
      }
    } else if (first !== SPACE) {
      group = lookup.byFirstUnit(first);
    }
    const hit = group === undefined ? null : lookup.hitAt(group, lower, kept, i);
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  return hits;
}

/** Builds a matcher over `entries` (when no packed index of them exists: see packed-gazetteer.ts). */
export function buildGazetteer(entries: readonly GazetteerEntry[], options: GazetteerOptions = {}): Gazetteer {
  const index = indexAliases(entries, options);
  const lookup: AliasLookup<Candidate[]> = {
    byFirstWord: (hash) => index.byFirstWord.get(hash),
    byFirstUnit: (unit) => index.byFirstUnit.get(unit),
    hitAt(candidates, lower, kept, start) {
      const fit = firstFit(candidates, lower, kept, start);
      return fit && { entry: fit.candidate.entry, alias: fit.candidate.alias, start, end: fit.end };
    },
  };
  return { findAll: (text) => findAliases(text, lookup) };
}

/** The first (longest) candidate that fits at `start`, with the end of its mention. */
function firstFit(
  candidates: readonly Candidate[],
  lower: Uint16Array,
  kept: Uint16Array,
  start: number,
): { candidate: Candidate; end: number } | null {
  for (const candidate of candidates) {
    const end = matchEnd(candidate.folded, lower, start);
    if (end < 0) continue;
    if (candidate.wordEnd && end < kept.length && isLatinWordUnit(kept[end])) continue;
    if (candidate.exact !== null && !sameExact(kept, start, end, candidate.exact)) continue;
    return { candidate, end };
  }
  return null;
}

/**
 * Where `folded` ends when it matches `lower` at `start` (-1 if not); a space matches a run of
 * spaces. The alias is `folded` or, in a packed index, its `length` units from `from`.
 */
export function matchEnd(folded: string, lower: Uint16Array, start: number, from = 0, length = folded.length): number {
  const n = lower.length;
  let j = start;
  for (let k = from; k < from + length; k++) {
    const c = folded.charCodeAt(k);
    if (j >= n || lower[j] !== c) return -1;
    j++;
    if (c === SPACE) while (j < n && lower[j] === SPACE) j++;
  }
  return j;
}

/**
 * Whether kept[start, end) equals `exact`, a run of spaces in the text counting as one. The form is
 * `exact` or, in a packed index, its `length` units from `from`.
 */
export function sameExact(kept: Uint16Array, start: number, end: number, exact: string, from = 0, length = exact.length): boolean {
  let k = from;
  const stop = from + length;
  for (let i = start; i < end; i++) {
    if (k >= stop || kept[i] !== exact.charCodeAt(k)) return false;
    k++;
    if (kept[i] === SPACE) while (i + 1 < end && kept[i + 1] === SPACE) i++;
  }
  return k === stop;
}
