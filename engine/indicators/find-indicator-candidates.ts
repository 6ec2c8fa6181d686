/**
 * The syntax half of indicator extraction: every string in a text that is shaped like an IP
 * address, domain, URL, email address or file hash, in plain or defanged form (hxxp://,
 * evil[.]com, evil(.)com, evil{.}com, evil[dot]com, user[at]evil.com, 1.2.3[.]4, hxxps[://]),
 * with its refanged value. Whether a candidate is an indicator *presented as such* is decided by
 * the extractor (`indicator-extractor.ts`), which looks at its context.
 *
 * Matching runs on `foldToAscii(text)` (full-width ［.］ and "evil。com" become ASCII, one unit for
 * one), so offsets are offsets into the original text.
 */
import { foldToAscii } from './fold-to-ascii';
import { FILE_EXTENSIONS, TLDS } from './tlds';

/** Indicator types, as reported in `attrs.type`. */
export type IndicatorType = 'ipv4' | 'ipv6' | 'domain' | 'url' | 'md5' | 'sha1' | 'sha256' | 'sha512' | 'email';

/** One indicator-shaped string. */
export interface IndicatorCandidate {
  type: IndicatorType;
  start: number;
  end: number;
  /** Refanged, normalised form: lower-case host, http(s) scheme, lower-case hash. */
  value: string;
  /** Written in a defanged form, which only indicators are. */
  defanged: boolean;
  /** Host of a URL or email, the domain itself for a domain (for the file-name check). */
  host: string | null;
}

// Defanged separators, as writers and threat-intel tools print them.
// "evil[.] com": editors put a space after a bracketed dot; only a defanged dot may carry it.
const DOT = String.raw`(?:\[\s?(?:\.|dot)\s?\] ?|\((?:\.|dot)\)|\{(?:\.|dot)\}|\.)`;
const AT = String.raw`(?:\s?\[(?:@|at)\]\s?|\s?\((?:@|at)\)\s?|\s?\{(?:@|at)\}\s?|@)`;
const SCHEME = String.raw`(?:h(?:tt|xx|\*\*)ps?|fxp|ftps?|sftp)`;
const SCHEME_SEP = String.raw`(?:\[:\]\/\/|\[:\/\/\]|\[:\]\[\/\/\]|:\/\/)`;
// A DNS label; "lk-nalog- gov" (a space after a hyphen) is kept together and judged later.
const LABEL = String.raw`[a-z0-9](?:[a-z0-9_-]|-\s(?=[a-z0-9])){0,62}`;
const TLD = String.raw`(?:[a-z]{2,24}|xn--[a-z0-9-]{2,59})`;
// At most 12 labels: bounds the work per start position on pathological input ("x[.]y(.)" × 5000).
const HOST = String.raw`(?:${LABEL}${DOT}){1,12}${TLD}`;
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const IPV4 = String.raw`${OCTET}(?:${DOT}${OCTET}){3}`;
// Permissive here, validated in `isClearIpv6`.
const IPV6 = String.raw`(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}`;
// Path, query and fragment: stop at whitespace, quotes, angle brackets and CJK text, which
// follows URLs without a space in Chinese prose ("…/api获取指令"). Full-width punctuation is folded
// to ASCII by then; `cutAtFullWidth` ends the path where the original has it.
const PATH = String.raw`(?:[/?#][^\s"'<>“”‘’\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f]*)?`;
const PORT = String.raw`(?::\d{1,5})?`;

/** One pass over the folded text; alternatives in priority order at each position. */
const CANDIDATE = new RegExp(
  [
    String.raw`(?<url>${SCHEME}${SCHEME_SEP}(?:${HOST}|${IPV4}|\[[0-9a-f:]+\])${PORT}${PATH})`,
    String.raw`(?<email>(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}${AT}${HOST}(?![a-z0-9-]))`,
    String.raw`(?<ipv4>(?<![a-z0-9.\-_/\\])${IPV4}(?![0-9]|${DOT}\d))`,
    String.raw`(?<hash>(?<![a-z0-9.])[0-9a-f]{32,128}(?![a-z0-9]|${DOT}[a-z0-9]))`,
    String.raw`(?<ipv6>(?<![a-z0-9:])${IPV6}(?![a-z0-9:]))`,
    String.raw`(?<domain>(?<![a-z0-9._%+@/\\-])${HOST}(?![a-z0-9_-]|${DOT}[a-z0-9])${PORT}${PATH})`,
  ].join('|'),
  'giu',
);

const DEFANG_TOKEN = /\[\s?(?:\.|dot)\s?\]|\((?:\.|dot)\)|\{(?:\.|dot)\}|\[(?:@|at)\]|\((?:@|at)\)|\{(?:@|at)\}|\[:\]|\[:\/\/\]|\[\/\/\]|^h(?:xx|\*\*)p|^fxp/i;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"*>]+$/u;
const HASH_TYPES: Readonly<Record<number, IndicatorType>> = { 32: 'md5', 40: 'sha1', 64: 'sha256', 128: 'sha512' };

/** The refanged form of a defanged string (no case change). */
export function refang(s: string): string {
  return s
    .replace(/\[\s?(?:\.|dot)\s?\] ?|\((?:\.|dot)\)|\{(?:\.|dot)\}/gi, '.')
    .replace(/\s?[[({](?:@|at)[\])}]\s?/gi, '@')
    .replace(/\[:\]\[\/\/\]|\[:\/\/\]|\[:\]\/\/|\[:\]/gu, (m) => (m === '[:]' ? ':' : '://'))
    .replace(/^h(?:xx|\*\*)p/i, 'http')
    .replace(/^fxp/i, 'ftp')
    .replace(/-\s/gu, '-');
}

/** "Clearly an address": 8 groups, or "::" with at least two groups, one of them 3+ digits long. */
function isClearIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => g.length === 0 || g.length > 4)) return false;
  if (halves.length === 1) return groups.length === 8;
  return groups.length >= 2 && groups.length <= 7 && groups.some((g) => g.length >= 3);
}

/** Whether `host` ends in a known TLD and has at least one label before it. */
function hasKnownTld(host: string): boolean {
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => l.length > 0 && !l.endsWith('-')) && TLDS.has(labels[labels.length - 1]);
}

/** Lower-cases the host part of a refanged URL ("HTTPS://Evil.COM/Path" → "https://evil.com/Path"). */
function normaliseUrl(url: string): { value: string; host: string } {
  const m = /^(?:(?<scheme>[a-z]+):\/\/)?(?<host>[^/?#:]+)(?<rest>.*)$/is.exec(url);
  if (!m?.groups) return { value: url, host: '' };
  const host = m.groups.host.toLowerCase();
  const scheme = m.groups.scheme ? `${m.groups.scheme.toLowerCase()}://` : '';
  return { value: `${scheme}${host}${m.groups.rest}`, host };
}

/**
 * `raw` (folded) ended before the first full-width punctuation of the original in its path part:
 * "gate.php，已被封堵" folds to "gate.php,已被封堵", but the full-width comma ends the URL. The host
 * part keeps its full-width defanging ("evil［.］com").
 */
function cutAtFullWidth(raw: string, original: string): string {
  const afterScheme = raw.indexOf('//') >= 0 ? raw.indexOf('//') + 2 : 0;
  const pathStart = raw.slice(afterScheme).search(/[/?#]/u);
  if (pathStart < 0) return raw;
  const from = afterScheme + pathStart;
  const cut = original.slice(from).search(/[\u3000-\u303f\uff00-\uffef]/u);
  return cut < 0 ? raw : raw.slice(0, from + cut);
}

/** Every indicator-shaped string in `text`, in text order, non-overlapping. */
export function findIndicatorCandidates(text: string): IndicatorCandidate[] {
  const folded = foldToAscii(text);
  const out: IndicatorCandidate[] = [];
  for (const m of folded.matchAll(CANDIDATE)) {
    const g = m.groups ?? {};
    let raw = m[0];
    let start = m.index;
    if (g.url !== undefined || g.domain !== undefined) {
      raw = cutAtFullWidth(raw, text.slice(start, start + raw.length)).replace(TRAILING_PUNCTUATION, '');
    }
    const defanged = DEFANG_TOKEN.test(raw);
    // "version 1.2.3.4", "v1.2.3.4": a version number, not an address.
    if (g.ipv4 !== undefined && /(?<![a-z])(?:version|ver\.?|v)\s*$/i.test(folded.slice(Math.max(0, start - 8), start))) continue;
    // "well- known.com" in prose: only a defanged indicator may carry a space after a hyphen.
    if (/\s/u.test(raw) && !defanged && g.email === undefined) {
      const cut = raw.search(/\S+$/u);
      start += cut;
      raw = raw.slice(cut);
    }
    const end = start + raw.length;
    const candidate = classify(g, raw, defanged);
    if (candidate) out.push({ ...candidate, start, end });
  }
  return out;
}

function classify(
  g: Record<string, string | undefined>,
  raw: string,
  defanged: boolean,
): Omit<IndicatorCandidate, 'start' | 'end'> | null {
  const plain = refang(raw);
  if (g.url !== undefined) {
    const { value, host } = normaliseUrl(plain);
    return { type: 'url', value, defanged, host };
  }
  if (g.email !== undefined) {
    const at = plain.lastIndexOf('@');
    const host = plain.slice(at + 1).toLowerCase();
    if (!hasKnownTld(host)) return null;
    return { type: 'email', value: `${plain.slice(0, at)}@${host}`, defanged, host };
  }
  if (g.ipv4 !== undefined) return { type: 'ipv4', value: plain, defanged, host: null };
  if (g.hash !== undefined) {
    const type = HASH_TYPES[raw.length];
    // Both digits and letters: a run of decimal digits is a number, not a hash.
    if (!type || !/\d/u.test(raw) || !/[a-f]/i.test(raw)) return null;
    return { type, value: raw.toLowerCase(), defanged: false, host: null };
  }
  if (g.ipv6 !== undefined) {
    return isClearIpv6(raw) ? { type: 'ipv6', value: raw.toLowerCase(), defanged: false, host: null } : null;
  }
  if (g.domain !== undefined) {
    const { value, host } = normaliseUrl(plain);
    // "194.xxx.xxx.xxx": a masked address (.xxx is a real TLD), not a domain.
    if (!hasKnownTld(host) || /^\d{1,3}(?:\.(?:\d{1,3}|x{1,3})){3}$/i.test(host)) return null;
    const tld = host.slice(host.lastIndexOf('.') + 1);
    // "setup.exe", "loader.zip", "run.sh": file names, unless written defanged.
    if (FILE_EXTENSIONS.has(tld) && !defanged) return null;
    const isUrl = value.length > host.length + 1 || /[?#]/u.test(value.slice(host.length));
    // "SEKOIA.IO", "Hackread.com": a company written as its domain; listed indicators are lower case.
    if (!isUrl && !defanged && /[A-Z]/u.test(raw)) return null;
    return { type: isUrl ? 'url' : 'domain', value: isUrl ? value : host, defanged, host };
  }
  return null;
}
