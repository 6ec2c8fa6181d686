/**
 * Indicators of compromise (IPs, domains, URLs, emails, file hashes) *presented as such*
 * (corpus/GUIDELINES.md). Articles are full of harmless domains (the publisher, a victim's own
 * website, a vendor's advisory page), so syntax alone is not enough:
 *
 * - a defanged form (evil[.]com, hxxp://, user[at]evil.com) or a .onion address is always one:
 *   nobody defangs a benign name;
 * - a plain form counts only in an IOC context: its sentence or the one before carries an IOC cue
 *   (`ioc-cues.ts`: "C2", "malicious domain", "恶意域名", "受攻击者控制的域名", …), or it stands in a
 *   list of indicator-only lines whose header carries a cue or whose items include a defanged one;
 * - hashes also accept hash cues (MD5, SHA256, 样本) and reject git commits;
 * - nothing inside an excluded zone (reference, contact, share lines) counts.
 *
 * Cues are looked up in a copy of the text with every candidate blanked out, so "c2.example.com"
 * does not vouch for itself.
 */
import { findIndicatorCandidates, type IndicatorCandidate } from '../indicators/find-indicator-candidates';
import { foldToAscii } from '../indicators/fold-to-ascii';
import {
  EMAIL_CUES,
  HASH_CUES,
  INDICATOR_COLUMN_NAMES,
  IOC_CUES,
  NOT_HASH_CUES,
  NOT_INDICATOR_COLUMN_NAMES,
  TABLE_CAPTION_CUES,
} from '../indicators/ioc-cues';
import { overlapsAnySpan, splitLines, type TextLine as Line } from '../text-spans';
import type { Fact, Span } from '../types';
import type { ExtractContext, FactExtractor } from './extractor';

interface CueList {
  en: readonly string[];
  zh: readonly string[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** One regex per cue list: English on ASCII word boundaries, Chinese anywhere. */
function compileCues(cues: CueList): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${longestFirst(cues.en)})(?![a-z0-9])|${longestFirst(cues.zh)}`, 'i');
}

const IOC = compileCues(IOC_CUES);
const HASH = compileCues(HASH_CUES);
const EMAIL = compileCues(EMAIL_CUES);
const NOT_HASH = compileCues(NOT_HASH_CUES);
const CAPTION = compileCues(TABLE_CAPTION_CUES);
const COLUMN = compileCues(INDICATOR_COLUMN_NAMES);
const NOT_COLUMN = compileCues(NOT_INDICATOR_COLUMN_NAMES);

/** Sentence ends: CJK and ASCII terminators; a "." only before whitespace (not inside a domain). */
const SENTENCE_END = /[。！？!?；;]|\.(?=\s|$)/gu;
/** What may surround indicators on an indicator-only line: bullets, numbering, separators, "and". */
const LIST_FILLER = /[\s,;，；、|/\\*•·()（）[\]"'“”‘’:：-]|\d{1,3}[.、)）]|\b(?:and|or)\b|以及|和|及|或/gi;


/** Index of the line holding `offset` (binary search over line starts). */
function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text of the sentence around `at` on its line, plus the sentence before it (maybe on the line above). */
function sentenceContext(masked: string, lines: readonly Line[], at: number): string {
  const li = lineIndexAt(lines, at);
  const line = lines[li];
  const body = masked.slice(line.start, line.end);
  const ends = [...body.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  const rel = at - line.start;
  const before = ends.filter((e) => e <= rel);
  const sentenceStart = before.length > 0 ? before[before.length - 1] : 0;
  const after = ends.find((e) => e > rel);
  const sentence = body.slice(sentenceStart, after ?? body.length);
  if (before.length >= 2) return body.slice(before[before.length - 2], sentenceStart) + sentence;
  if (before.length === 1) return body.slice(0, sentenceStart) + sentence;
  // First sentence of its line: the context reaches back to the last sentence of the previous line.
  for (let k = li - 1; k >= 0 && k >= li - 2; k--) {
    const prev = masked.slice(lines[k].start, lines[k].end).trim();
    if (prev.length === 0) continue;
    const prevEnds = [...prev.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length).filter((e) => e < prev.length);
    return prev.slice(prevEnds.length > 0 ? prevEnds[prevEnds.length - 1] : 0) + '\n' + sentence;
  }
  return sentence;
}

/**
 * Lines made only of indicator candidates (plus bullets and separators), grouped into blocks of
 * consecutive such lines; each block carries the header line above it.
 */
interface ListBlock {
  lines: number[];
  header: string;
  hasDefanged: boolean;
}

function findListBlocks(masked: string, lines: readonly Line[], candidates: readonly IndicatorCandidate[]): Map<number, ListBlock> {
  const perLine = new Map<number, IndicatorCandidate[]>();
  for (const c of candidates) {
    const li = lineIndexAt(lines, c.start);
    const onLine = perLine.get(li);
    if (onLine) onLine.push(c);
    else perLine.set(li, [c]);
  }
  const isListLine = (li: number): boolean =>
    perLine.has(li) && masked.slice(lines[li].start, lines[li].end).replace(LIST_FILLER, '').length === 0;
  const blocks = new Map<number, ListBlock>();
  for (let li = 0; li < lines.length; li++) {
    if (!isListLine(li) || blocks.has(li)) continue;
    const block: ListBlock = { lines: [], header: '', hasDefanged: false };
    let k = li;
    while (k < lines.length && (isListLine(k) || (masked.slice(lines[k].start, lines[k].end).trim() === '' && isListLine(k + 1)))) {
      if (perLine.has(k)) {
        block.lines.push(k);
        block.hasDefanged ||= perLine.get(k)!.some((c) => c.defanged);
        blocks.set(k, block);
      }
      k++;
    }
    // The header: the nearest non-empty line above the block, and the line above that when the
    // nearest one ends in a colon ("解密出的 C2 如下:" / "从云盘获取文件并解密：" / the URLs).
    for (let h = li - 1; h >= 0 && h >= li - 3; h--) {
      const text = masked.slice(lines[h].start, lines[h].end).trim();
      if (text.length === 0) continue;
      block.header = text;
      if (/[:：]$/u.test(text)) {
        for (let g = h - 1; g >= 0 && g >= h - 2; g--) {
          const above = masked.slice(lines[g].start, lines[g].end).trim();
          if (above.length === 0) continue;
          block.header = `${above}\n${text}`;
          break;
        }
      }
      break;
    }
  }
  return blocks;
}

/**
 * Lines of IOC sections: a short header with a cue ("Indicators of compromise", "C2 servers:",
 * "样本哈希：", or a sentence ending in a colon such as "…连接到如下受攻击者控制的域名："), then
 * the lines under it while they are rows of candidates with little else ("185.220.101.1  C2  Cobalt Strike")
 * or are short sub-headers ("SHA256:"), up to the first prose line.
 */
function findIocSectionLines(
  masked: string,
  lines: readonly Line[],
  candidateLines: ReadonlySet<number>,
): Map<number, 'ioc' | 'hash'> {
  const out = new Map<number, 'ioc' | 'hash'>();
  const textOf = (li: number) => masked.slice(lines[li].start, lines[li].end).trim();
  for (let li = 0; li < lines.length; li++) {
    const header = textOf(li);
    const endsWithColon = /[:：]$/u.test(header);
    const isHeader = (header.length <= 60 && !/[。.!?！？]$/u.test(header)) || (endsWithColon && header.length <= 200);
    if (!isHeader || header.length === 0) continue;
    const kind = IOC.test(header) ? 'ioc' : HASH.test(header) ? 'hash' : null;
    if (!kind) continue;
    let blanks = 0;
    for (let k = li + 1; k < lines.length; k++) {
      const body = textOf(k);
      // A line of candidates only is blank once they are blanked out: it is a row, not a gap.
      if (body.length === 0 && candidateLines.has(k)) {
        out.set(k, kind);
        blanks = 0;
        li = k;
        continue;
      }
      if (body.length === 0) {
        if (++blanks > 2) break;
        continue;
      }
      blanks = 0;
      // A table row is mostly indicators: little prose is left once they are blanked out.
      const isRow = candidateLines.has(k) && body.replace(/\s+/gu, ' ').length <= 60;
      const isSubHeader = !candidateLines.has(k) && body.length <= 40 && !/[。.!?！？]$/u.test(body);
      if (!isRow && !isSubHeader) break;
      if (isRow) out.set(k, kind);
      li = k;
    }
  }
  return out;
}

/** Role mailboxes of vendors and publishers (a plain one is a contact; a defanged one is still an indicator). */
const CONTACT_MAILBOX = /^(?:security|secure|psirt|cert|csirt|abuse|support|help|contact|info|press|media|editor|service|vulnerability|vuln|bugbounty|report|privacy|noreply|no-reply)@/i;

/** What a table column holds, by its name: file hashes, network indicators, something else, or unknown. */
type ColumnRole = 'hash' | 'net' | 'not' | null;

function columnRole(name: string): ColumnRole {
  if (NOT_COLUMN.test(name)) return 'not';
  if (HASH.test(name)) return 'hash';
  return COLUMN.test(name) ? 'net' : null;
}

/**
 * Rows of tables written one cell a line (as WeChat tables read): a run of short header cells, one of
 * them an indicator column ("域名", "IP地址", "MD5"), then the body, whose cells fall to the columns in
 * turn, up to the first prose line. A hash column's cells are hashes; a domain, address or link column's
 * cells are indicators when the caption above the table (or the column's own name) says whose they
 * are ("以下恶意程序下载网站", "恶意域名"). A column of hosting platforms or sources is never one; where the
 * cells no longer line up with the columns (a cell left out), a row counts only if the table has no
 * such column.
 */
function findTableLines(masked: string, lines: readonly Line[], candidateLines: ReadonlySet<number>): Map<number, 'ioc' | 'hash'> {
  const out = new Map<number, 'ioc' | 'hash'>();
  const textOf = (li: number) => masked.slice(lines[li].start, lines[li].end).trim();
  const isHeaderCell = (li: number) => {
    const t = textOf(li);
    // Numbers and dates are body cells (a row's 序号), never a column's name.
    return t.length > 0 && t.length <= 20 && !candidateLines.has(li) && !/[。！？!?；;，,：:]$/u.test(t) && !/^[\d\s./:：、-]+$/u.test(t);
  };
  for (let li = 0; li < lines.length; li++) {
    if (!isHeaderCell(li)) continue;
    const header: string[] = [];
    let k = li;
    for (; k < lines.length && header.length < 10; k++) {
      if (textOf(k) === '' && !candidateLines.has(k)) continue;
      if (!isHeaderCell(k)) break;
      header.push(textOf(k));
    }
    const roles = header.map(columnRole);
    if (header.length < 2 || !rowFollows(k, header.length) || !roles.some((r) => r === 'hash' || r === 'net')) continue;
    const caption: string[] = [];
    for (let h = li - 1; h >= 0 && h >= li - 4 && caption.length < 2; h--) if (textOf(h) !== '') caption.push(textOf(h));
    const cued = IOC.test(caption.join('\n')) || CAPTION.test(caption.join('\n'));
    const netKind = (name: string) => (cued || IOC.test(name) ? 'ioc' : null);
    const hasNot = roles.includes('not');
    const fallback = roles.includes('net') && !hasNot && roles.some((r, i) => r === 'net' && netKind(header[i])) ? 'ioc' : roles.includes('hash') && !hasNot ? 'hash' : null;
    let cell = 0;
    let blanks = 0;
    let m = k;
    for (; m < lines.length; m++) {
      const t = textOf(m);
      const hasCandidate = candidateLines.has(m);
      if (t === '' && !hasCandidate) {
        if (++blanks > 2) break;
        continue;
      }
      blanks = 0;
      if (t.length > (hasCandidate ? 60 : 40) || /[。！？!?]$/u.test(t)) break;
      const col = cell++ % header.length;
      if (!hasCandidate) continue;
      const role = roles[col];
      const kind = role === 'hash' ? 'hash' : role === 'net' ? netKind(header[col]) : role === 'not' ? null : fallback;
      if (kind) out.set(m, kind);
    }
    li = m - 1;
  }
  return out;

  /** Whether the first row under a header of `width` cells holds a candidate. */
  function rowFollows(from: number, width: number): boolean {
    let cells = 0;
    for (let i = from; i < lines.length && cells < width; i++) {
      if (candidateLines.has(i)) return true;
      if (textOf(i) !== '') cells++;
    }
    return false;
  }
}

/**
 * Attribution right before a candidate ("according to https://…", "据…报道", "来源：", "官方下载链接："):
 * a reference or an official link, not an indicator, even in a sentence about C2 servers.
 */
const ATTRIBUTION_BEFORE =
  /(?:(?<![a-z])(?:according to|reported by|report(?:ed)? on|published (?:on|by)|via|sources?|see|blog post)|官网|官方|下载链接|原文链接|报道链接|来源|参考|详见|报道|援引|(?<![数证])据)\s*[:：(（]?\s*$/i;

/** Whether a candidate, judged by its own form and its context, is an indicator presented as such. */
function isPresentedAsIndicator(
  c: IndicatorCandidate,
  context: string,
  block: ListBlock | undefined,
  section: 'ioc' | 'hash' | undefined,
): boolean {
  if (c.defanged || c.host?.endsWith('.onion')) return true;
  const inCuedList = section === 'ioc' || (block !== undefined && (block.hasDefanged || IOC.test(block.header)));
  switch (c.type) {
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512':
      if (NOT_HASH.test(context)) return false;
      return IOC.test(context) || HASH.test(context) || inCuedList || section === 'hash' || (block !== undefined && HASH.test(block.header));
    case 'email':
      // security@, psirt@, abuse@ …: the address where one reports to a vendor, not the attackers'.
      if (CONTACT_MAILBOX.test(c.value)) return false;
      return IOC.test(context) || EMAIL.test(context) || inCuedList;
    default:
      return IOC.test(context) || inCuedList;
  }
}

/** Every indicator presented as such in `text`, outside `excluded`, in text order. */
export function findIndicators(text: string, excluded: readonly Span[] = []): Fact[] {
  const all = findIndicatorCandidates(text);
  if (all.length === 0) return [];
  // Cues are read on a folded copy with every candidate blanked out (same length, same offsets).
  const masked = blankOut(foldToAscii(text), all);
  const lines = splitLines(text);
  const candidates = all.filter((c) => !overlapsAnySpan(excluded, c));
  const blocks = findListBlocks(masked, lines, candidates);
  const candidateLines = new Set(candidates.map((c) => lineIndexAt(lines, c.start)));
  const sections = findIocSectionLines(masked, lines, candidateLines);
  // A table row counts where no IOC section already vouches for its line.
  for (const [li, kind] of findTableLines(masked, lines, candidateLines)) if (!sections.has(li)) sections.set(li, kind);
  const facts: Fact[] = [];
  for (const c of candidates) {
    const li = lineIndexAt(lines, c.start);
    if (!c.defanged && ATTRIBUTION_BEFORE.test(masked.slice(Math.max(lines[li].start, c.start - 30), c.start))) continue;
    const context = sentenceContext(masked, lines, c.start);
    if (!isPresentedAsIndicator(c, context, blocks.get(li), sections.get(li))) continue;
    facts.push({
      category: 'indicator',
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      value: c.value,
      attrs: { type: c.type },
    });
  }
  return facts;
}

/**
 * `text` with every span replaced by spaces, same length. Built from slices: an array of one
 * string per character costs hundreds of ms on a 1 MB article.
 */
function blankOut(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), ' '.repeat(end - from));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Finds indicators of compromise (IPs, domains, URLs, emails, hashes), plain or defanged. */
export const indicatorExtractor: FactExtractor = {
  name: 'indicator-extractor',
  categories: ['indicator'],
  extract: (ctx: ExtractContext) => findIndicators(ctx.text, ctx.excluded),
};
