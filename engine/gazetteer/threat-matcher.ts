/**
 * Shared matching for the actor and malware extractors: the gazetteer plus the rules that the data
 * attaches to names (proper names must be capitalised, word-like names need context) and the
 * per-mention split of names that are both a gang and its ransomware.
 */
import type { Fact } from '../types';
import type { ExtractContext } from '../facts/extractor';
import { buildGazetteer, foldAlias, type Gazetteer, type GazetteerEntry, type GazetteerHit } from './gazetteer';
import { loadPackedGazetteer, packGazetteer, type PackedGazetteer } from './packed-gazetteer';
import { classifyThreatMention, roleFromContext, type ThreatRole } from './group-or-malware';
import { overlapsAnySpan } from '../text-spans';
import { CONTEXT_ATTR, PROPER_ATTR, namesIn } from './threat-entry';

/** A prepared matcher for one category. */
export interface ThreatMatcher {
  gazetteer: Gazetteer;
  /** The hits of the last text scanned (the actor and malware extractors both ask both matchers). */
  last?: { text: string; hits: readonly GazetteerHit[] };
  /** Folded aliases that also name an entry of the other category (gang and ransomware). */
  shared: ReadonlySet<string>;
  /** Folded aliases that must be capitalised in the text. */
  proper: ReadonlySet<string>;
  /** Folded aliases that need a group or malware word next to them. */
  needsContext: ReadonlySet<string>;
}

/** A threat matcher packed at build time: its gazetteer, and its name sets joined by NUL. */
export interface PackedThreatMatcher {
  gazetteer: PackedGazetteer;
  shared: string;
  proper: string;
  needsContext: string;
}

const SET_SEPARATOR = '\u0000';

/** Packs the matcher `buildThreatMatcher(own, other)` would build. Build time only. */
export function packThreatMatcher(own: readonly GazetteerEntry[], other: readonly GazetteerEntry[]): PackedThreatMatcher {
  const { shared, proper, needsContext } = nameSets(own, other);
  const join = (set: ReadonlySet<string>) => [...set].join(SET_SEPARATOR);
  return { gazetteer: packGazetteer(own), shared: join(shared), proper: join(proper), needsContext: join(needsContext) };
}

/** The matcher of a packed one: nothing is rebuilt but three small sets. */
export function loadPackedThreatMatcher(packed: PackedThreatMatcher): ThreatMatcher {
  const set = (joined: string) => new Set(joined ? joined.split(SET_SEPARATOR) : []);
  return { gazetteer: loadPackedGazetteer(packed.gazetteer), shared: set(packed.shared), proper: set(packed.proper), needsContext: set(packed.needsContext) };
}

/** Builds the matcher of `own` entries, knowing the `other` category's names. */
export function buildThreatMatcher(own: readonly GazetteerEntry[], other: readonly GazetteerEntry[]): ThreatMatcher {
  return { gazetteer: buildGazetteer(own), ...nameSets(own, other) };
}

/** The folded names of `own` that are shared with `other`, must be capitalised, or need context. */
function nameSets(own: readonly GazetteerEntry[], other: readonly GazetteerEntry[]): Omit<ThreatMatcher, 'gazetteer'> {
  const otherAliases = new Set<string>();
  for (const e of other) for (const a of e.en) otherAliases.add(foldAlias(a));
  const shared = new Set<string>();
  const proper = new Set<string>();
  const needsContext = new Set<string>();
  for (const e of own) {
    for (const a of e.en) {
      const folded = foldAlias(a);
      if (otherAliases.has(folded)) shared.add(folded);
    }
    for (const a of namesIn(e, PROPER_ATTR)) proper.add(foldAlias(a));
    for (const a of namesIn(e, CONTEXT_ATTR)) needsContext.add(foldAlias(a));
  }
  return { shared, proper, needsContext };
}

/** Every word starts with a capital letter or a digit ("Fancy Bear", "FANCY BEAR", not "fancy bear"). */
function isCapitalised(text: string): boolean {
  return text.split(/[\s-]+/).every((w) => w.length === 0 || /^[\p{Lu}\p{N}]/u.test(w));
}

/** " 3.0", " v2", "-2.0" right after a malware name. */
const VERSION_AFTER = /^[ -]?(?<version>v?\d+(?:\.\d+)+|v\d+)(?![\p{L}\p{N}.])/u;
/** " RAT", " Stealer" right after a malware name: capitalised, part of the family's name ("Remcos RAT"). */
const HEAD_IN_NAME_AFTER = /^ (?:RAT|Stealer|Infostealer|Loader|Botnet|Backdoor|Wiper)(?![\p{L}\p{N}-])/u;

/** The gazetteer hits of `matcher` in `text`, all of them (rules not applied); the last text's are kept. */
export function findThreatHits(matcher: ThreatMatcher, text: string): readonly GazetteerHit[] {
  if (matcher.last?.text !== text) matcher.last = { text, hits: matcher.gazetteer.findAll(text) };
  return matcher.last.hits;
}

/** Characters that can belong to a URL, path, domain or e-mail token. */
const URL_CHAR = /[A-Za-z0-9._~:/?#@!$&'*+,;=%-]/;

/**
 * Whether [start, end) lies inside a URL, domain or file path ("…/2025/09/china-linked-plugx-and-…",
 * "codesafe.qianxin.com"): names in links are not mentions.
 */
export function isInsideUrl(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && URL_CHAR.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && URL_CHAR.test(text[b])) b++;
  const token = text.slice(a, b);
  return /:\/\/|^www\.|\.(?:com|org|net|io|cn|gov|edu|html?|php|aspx?)(?:$|[/?#:])|\/[\w.-]+\//i.test(token);
}

/** Finds the mentions that belong to `role` and turns them into facts. */
export function extractThreatFacts(ctx: ExtractContext, matcher: ThreatMatcher, role: ThreatRole): Fact[] {
  const facts: Fact[] = [];
  for (const hit of findThreatHits(matcher, ctx.text)) {
    const text = ctx.text.slice(hit.start, hit.end);
    const key = foldAlias(hit.alias);
    if (matcher.proper.has(key) && !isCapitalised(text)) continue;
    if (matcher.needsContext.has(key)) {
      if (!isCapitalised(text)) continue;
      if (roleFromContext(ctx.text, hit.start, hit.end) !== role) continue;
    } else if (matcher.shared.has(key) && classifyThreatMention(ctx.text, hit.start, hit.end) !== role) {
      continue;
    }
    if (overlapsAnySpan(ctx.excluded, hit) || isInsideUrl(ctx.text, hit.start, hit.end)) continue;
    // A version belongs to the malware mention ("LockBit 3.0", GUIDELINES.md); the value stays
    // the family's canonical name and the version goes to attrs.
    const version = role === 'malware' ? VERSION_AFTER.exec(ctx.text.slice(hit.end, hit.end + 12)) : null;
    let end = hit.end + (version ? version[0].length : 0);
    if (role === 'malware') end += HEAD_IN_NAME_AFTER.exec(ctx.text.slice(end, end + 14))?.[0].length ?? 0;
    facts.push({
      category: role,
      text: ctx.text.slice(hit.start, end),
      start: hit.start,
      end,
      value: hit.entry.en[0],
      id: hit.entry.id,
      attrs: version ? { zh: hit.entry.zh[0], version: version.groups!.version } : { zh: hit.entry.zh[0] },
    });
  }
  return facts;
}
