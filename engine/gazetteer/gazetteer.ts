/**
 * A bilingual name matcher: finds every alias of a list of entries in a text, leftmost-longest and
 * non-overlapping, with offsets into the original text.
 *
 * How: aliases go into one character trie keyed on a *folded* form (lower case, full-width Latin to
 * half-width, curly apostrophes and odd spaces to ASCII). Folding maps each UTF-16 unit to exactly
 * one unit, so positions in the folded copy are positions in the original (STYLE.md rule 4).
 * Scanning walks the trie from each candidate start; a Latin alias must sit on word boundaries that
 * are computed by hand, because `\b` treats CJK characters as non-word and full-width punctuation
 * unpredictably. CJK aliases match anywhere. Short all-caps acronyms (NCSC, FBI, ICO, AFP) match
 * only in their exact case, so "ico" and "afp" inside ordinary words or URLs are not hits.
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

interface Candidate {
  entry: GazetteerEntry;
  alias: string;
  /** Folded-but-not-lower-cased alias, compared against the text when case-sensitive. */
  exact: string | null;
  /** Alias starts / ends with a Latin word character and so needs a boundary there. */
  wordStart: boolean;
  wordEnd: boolean;
}

/**
 * The alias trie over folded UTF-16 units, flat: node ids are integers, and `done[node]` lists the
 * aliases ending there (more than one only when they differ in case or boundary needs). The
 * root's children sit in a Map keyed by unit (the
 * root fans out to hundreds of first letters and characters); every other node keeps its children
 * as a sibling list in parallel arrays, since below the root a node has only a few. Node ids and
 * units are small integers, so lookups never hash a heap number (a single Map keyed
 * `node * 0x10000 + unit` did, for the ~100,000 nodes of the malware list).
 */
interface Trie {
  rootEdges: Map<number, number>;
  /** First child of each node, or NONE. */
  firstChild: number[];
  /** Next sibling of each node, or NONE. */
  nextSibling: number[];
  /** The unit on the edge into each node. */
  unit: number[];
  done: (Candidate[] | null)[];
}

const ROOT = 0;
const NONE = -1;

/** The child of `node` along `unit`, or undefined. */
function childOf(trie: Trie, node: number, unit: number): number | undefined {
  if (node === ROOT) return trie.rootEdges.get(unit);
  for (let k = trie.firstChild[node]; k !== NONE; k = trie.nextSibling[k]) if (trie.unit[k] === unit) return k;
  return undefined;
}

/** Adds a child of `node` along `unit` (absent so far) and returns it. */
function addChild(trie: Trie, node: number, unit: number): number {
  const child = trie.done.length;
  trie.done.push(null);
  trie.firstChild.push(NONE);
  trie.unit.push(unit);
  if (node === ROOT) {
    trie.rootEdges.set(unit, child);
    trie.nextSibling.push(NONE);
  } else {
    trie.nextSibling.push(trie.firstChild[node]);
    trie.firstChild[node] = child;
  }
  return child;
}

const SPACE = 0x20;

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

/** Builds a matcher over `entries`; cheap enough to run at extension start-up. */
export function buildGazetteer(entries: readonly GazetteerEntry[], options: GazetteerOptions = {}): Gazetteer {
  const caseSensitive = options.caseSensitive ?? isAcronym;
  const trie: Trie = { rootEdges: new Map(), firstChild: [NONE], nextSibling: [NONE], unit: [NONE], done: [null] };
  const seen = new Set<string>();

  for (const entry of entries) {
    for (const alias of [...entry.en, ...entry.zh]) {
      const trimmed = alias.trim();
      if (trimmed.length === 0) continue;
      const folded = foldAlias(trimmed);
      // The same alias in en and zh (Latin names Chinese text also uses) is inserted once.
      const dedupe = `${entry.id}\u0000${folded}\u0000${trimmed}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      let node = ROOT;
      for (let i = 0; i < folded.length; i++) {
        const unit = folded.charCodeAt(i);
        node = childOf(trie, node, unit) ?? addChild(trie, node, unit);
      }
      const candidate: Candidate = {
        entry,
        alias,
        exact: caseSensitive(trimmed) ? collapseSpaces(foldKeepCase(trimmed)) : null,
        wordStart: isLatinWordUnit(folded.charCodeAt(0)),
        wordEnd: isLatinWordUnit(folded.charCodeAt(folded.length - 1)),
      };
      (trie.done[node] ??= []).push(candidate);
    }
  }

  return {
    findAll(text: string): GazetteerHit[] {
      const n = text.length;
      // Folded copies as code arrays (same length as the text): `lower` drives the trie walk,
      // `kept` (case kept) checks case-sensitive aliases and boundaries.
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
        // A match starting inside a Latin word could only be a CJK-initial alias, and those
        // never start with a Latin letter: skip such positions cheaply.
        const startsWord = !(isLatinWordUnit(first) && i > 0 && isLatinWordUnit(lower[i - 1]));
        let node: number | undefined =
          (startsWord || !isLatinWordUnit(first)) && first !== SPACE ? trie.rootEdges.get(first) : undefined;
        let bestCandidate: Candidate | null = null;
        let bestEnd = -1;
        let j = i + 1;
        while (node !== undefined) {
          const done = trie.done[node];
          if (done) {
            const candidate = pickCandidate(done, kept, i, j, startsWord);
            if (candidate) {
              bestCandidate = candidate;
              bestEnd = j;
            }
          }
          if (j >= n) break;
          const c = lower[j];
          node = childOf(trie, node, c);
          j++;
          // One space in an alias matches a run of spaces in the text.
          if (c === SPACE) while (j < n && lower[j] === SPACE) j++;
        }
        if (bestCandidate) {
          hits.push({ entry: bestCandidate.entry, alias: bestCandidate.alias, start: i, end: bestEnd });
          i = bestEnd;
        } else {
          i++;
        }
      }
      return hits;
    },
  };
}

/** The first candidate ending at [start, end) whose boundary and case conditions hold. */
function pickCandidate(
  candidates: readonly Candidate[],
  kept: Uint16Array,
  start: number,
  end: number,
  startsWord: boolean,
): Candidate | null {
  for (const candidate of candidates) {
    if (candidate.wordStart && !startsWord) continue;
    if (candidate.wordEnd && end < kept.length && isLatinWordUnit(kept[end])) continue;
    if (candidate.exact !== null && !sameExact(kept, start, end, candidate.exact)) continue;
    return candidate;
  }
  return null;
}

/** Whether kept[start, end) equals `exact`, a run of spaces in the text counting as one. */
function sameExact(kept: Uint16Array, start: number, end: number, exact: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    if (k >= exact.length || kept[i] !== exact.charCodeAt(k)) return false;
    k++;
    if (kept[i] === SPACE) while (i + 1 < end && kept[i + 1] === SPACE) i++;
  }
  return k === exact.length;
}
