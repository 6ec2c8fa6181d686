/**
 * Coreference of organisation names within one article, so every mention of one organisation
 * counts (and is highlighted) together: an acronym and the name it abbreviates ("CPS" = "Chicago
 * Public Schools"), a name and its longer form ("Corvane" = "Corvane Health", "Marlow’s" =
 * "Marlow’s Alehouse", "Aunt Dora" = "Aunt Dora’s Marketplace"), a place and its local government
 * ("Nashotah" = "Village of Nashotah"), and a Chinese name with a place before it or a generic head after it
 * (皇家邮政 = 英国皇家邮政集团). Works on distinct names through maps, so it stays linear.
 */

/** One distinct organisation name of the article: its grouping key, its text, its gazetteer id if known. */
export interface NameForm {
  key: string;
  value: string;
  id?: string;
  /** How many times the article names it. */
  count: number;
}

/** Two names found to be one organisation: `from`'s mentions join `to`'s group. */
export interface CoreferenceLink {
  from: string;
  to: string;
  reason: 'acronym' | 'short form' | 'place or head';
}

/** Options: what a place is (for 英国皇家邮政) and which trailing words are organisation heads. */
export interface CoreferenceOptions {
  isPlace: (name: string) => boolean;
  isHead: (word: string) => boolean;
  /** A lower-case noun for a kind of organisation ("marketplace", "bank"); heads only when not given. */
  isKind?: (word: string) => boolean;
}

/** A local government named by its kind: "Village of Nashotah", "CITY OF ATLANTA" (folded). */
const LOCAL_GOVERNMENT_OF = /^(?:city|town|village|county|borough|township|municipality|parish) of (.+)$/u;
/** An owner's possessive before the rest of a name: "Aunt Dora’s Marketplace". */
const OWNER_BEFORE = /^(.+?)['’]s\s(.+)$/u;

const LINK_WORDS = new Set(['of', 'the', 'and', '&', 'for', 'de', 'du', 'der', 'la', 'van', 'von']);
const GENERIC_HEAD_ZH = /(?:股份有限公司|有限公司|公司|集团)$/u;
const HAN = /^\p{Script=Han}+$/u;

function words(value: string): string[] {
  return value.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
}

function fold(value: string): string {
  return words(value).join(' ').toLowerCase();
}

/** Which name of a pair gives the group its value: a known one, else the more frequent, else the longer. */
function pick(a: NameForm, b: NameForm): [keep: NameForm, drop: NameForm] {
  if (a.id && !b.id) return [a, b];
  if (b.id && !a.id) return [b, a];
  if (a.count !== b.count) return a.count > b.count ? [a, b] : [b, a];
  return a.value.length >= b.value.length ? [a, b] : [b, a];
}

/** The Chinese core of a name: without a leading place and a trailing generic head (英国皇家邮政集团 → 皇家邮政). */
function hanCore(value: string, isPlace: (name: string) => boolean): string {
  let core = value.replace(GENERIC_HEAD_ZH, '');
  for (let n = Math.min(5, core.length - 2); n >= 2; n--) {
    if (isPlace(core.slice(0, n))) {
      core = core.slice(n);
      break;
    }
  }
  return core;
}

/** Links between the names of one article that name one organisation. */
export function findCoreferentNames(names: readonly NameForm[], { isPlace, isHead, isKind = () => false }: CoreferenceOptions): CoreferenceLink[] {
  const links: CoreferenceLink[] = [];
  const byFold = new Map<string, NameForm>();
  const byCore = new Map<string, NameForm>();
  for (const n of names) {
    if (!byFold.has(fold(n.value))) byFold.set(fold(n.value), n);
  }
  const link = (a: NameForm, b: NameForm, reason: CoreferenceLink['reason']): void => {
    if (a.key === b.key) return;
    // A known organisation and a longer unknown name without a head stay apart: "Google" is not "Google Cloud".
    const [keep, drop] = pick(a, b);
    links.push({ from: drop.key, to: keep.key, reason });
  };
  // A short form continued in two ways ("Linus" of "Linus Tech Tips" and "Linus Media Group") is
  // ambiguous; "Cathay" of "Cathay Pacific" and "Cathay Pacific Airways" is not.
  const continuations = new Map<string, Set<string>>();
  for (const long of names) {
    const parts = words(long.value);
    for (let k = parts.length - 1; k >= 1; k--) {
      const short = parts.slice(0, k).join(' ').toLowerCase();
      const next = continuations.get(short) ?? new Set<string>();
      next.add(parts[k].toLowerCase());
      continuations.set(short, next);
    }
  }
  for (const long of names) {
    const parts = words(long.value);
    if (parts.length >= 2) {
      // Acronym: initials of the capitalised words ("Chicago Public Schools" → CPS).
      const initials = parts.filter((w) => !LINK_WORDS.has(w.toLowerCase())).map((w) => w[0]).join('');
      const acronym = initials.length >= 2 && /^\p{Lu}+$/u.test(initials) ? byFold.get(initials.toLowerCase()) : undefined;
      if (acronym && acronym.value === acronym.value.toUpperCase()) link(long, acronym, 'acronym');
      // Short form: the leading words of a longer name ("Medibank" of "Medibank Private").
      // A product or version is not its maker ("Microsoft 365 Admin Center").
      // Nor is what a name owns ("Nedap’s Carenzorgt.nl").
      const numbered = parts.some((w) => /\d/.test(w)) || /['’]s\s/.test(long.value);
      for (let k = parts.length - 1; k >= 1 && !numbered; k--) {
        const shortName = parts.slice(0, k).join(' ').toLowerCase();
        const short = byFold.get(shortName);
        // "PGA" beside "PGA of America" and "PGA Championship": the body named after where it is ("X of <place>") is the
        // one an acronym names alone; the other continuation is its event or product.
        if (!short || short === long) continue;
        const ofPlace = parts[k].toLowerCase() === 'of' && isPlace(parts.slice(k + 1).join(' ')) && /^\p{Lu}{2,}$/u.test(short.value);
        if ((continuations.get(shortName)?.size ?? 0) > 1 && !ofPlace) continue;
        // A known name and a longer one stay apart unless only heads were added: "Cathay Pacific
        // Airways" is Cathay Pacific, "Google Cloud" is a product of Google.
        if (short.id && !long.id && !parts.slice(k).every(isHead)) break;
        link(long, short, 'short form');
        break;
      }
      // "Village of Nashotah" and "Nashotah": the place's government, named by its kind or by the place alone.
      const government = LOCAL_GOVERNMENT_OF.exec(fold(long.value));
      const place = government ? byFold.get(government[1]) : undefined;
      if (place && place !== long) link(long, place, 'short form');
      // "Aunt Dora’s Marketplace" and "Aunt Dora": an owner's possessive before words that only say what kind of
      // organisation it is names the owner's business ("Nedap’s Carenzorgt.nl", a product, stays apart).
      const owned = OWNER_BEFORE.exec(long.value);
      const owner = owned && owned[2].split(/\s+/u).every((w) => isHead(w) || isKind(w.toLowerCase())) ? byFold.get(fold(owned[1])) : undefined;
      if (owner && owner !== long && !owner.id) link(long, owner, 'short form');
    }
    if (HAN.test(long.value)) {
      const core = hanCore(long.value, isPlace);
      if (core.length < 2) continue;
      const other = byCore.get(core);
      if (other) link(long, other, 'place or head');
      else byCore.set(core, long);
    }
  }
  return links;
}
