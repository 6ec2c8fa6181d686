/**
 * Finds Chinese noun phrases that end in a head word ("皇家邮政", "国际寄件服务", "Elasticsearch 服务器"):
 * from each head occurrence the phrase extends left over Han characters, Latin words and digits up
 * to a length limit, then starts after the last boundary: punctuation, a function character
 * (的, 在, 遭, 对, …) or a function word (表示, 宣布, 导致, …). Chinese has no spaces, so this is
 * the only cheap way to find where a name starts; country prefixes (英国皇家邮政) stay in.
 */
import type { Span } from '../types';

// Characters that end the previous word and rarely start a name.
export const BOUNDARY_CHARS: ReadonlySet<string> = new Set(
  [...'的在是对遭被与和及向由据称了将为该从把让给于其这那此即或并但而也都还又就已曾等到自以使令因受所个起次位名项着过要如若则且之每各']
);
// Words that contain a boundary character but belong inside names: "人道主义对话中心", "和平基金会".
const INNER_WORDS = ['对话', '和平', '在线', '自由', '自然', '自动', '以色列', '使馆', '家居', '家电', '能源', '会员', '国家', '专家', '家庭', '家族', '商家', '社会', '过程', '所有权', '研究所', '对冲', '调查局', '调查委员会', '调查中心',
  // Places and polities whose names hold a boundary character: "成都轨道交通集团", "埃及航空", "土耳其航空".
  '成都', '京都', '首都', '都柏林', '都市', '埃及', '土耳其', '也门', '共和国', '共和党', '自治区', '自治州', '自治县', '名古屋', '那不勒斯', '和歌山', '将军澳', '所罗门',
  // Words of services and systems that open with one: "即时通讯服务", "自助终端", "以太坊钱包", "自助终端".
  '即时', '以太坊', '以太网', '自助', '自营', '自主',
  // Utilities' trades that open with one: "自来水公司", "自来水厂".
  '自来水',
  // Factors and objects: "多因素认证", "对象存储" (因 and 对 open "because" and "towards" elsewhere).
  '因素', '对象'];
// Multi-character function words that precede names.
export const BOUNDARY_WORDS: readonly string[] = [
  '可能', '能够', '可以', '将会', '不会', '会对', '之间', '这家', '那家', '该家', '多家', '两家', '几家', '每家', '其他', '其它', '自己', '一些', '这些', '那些', '某些', '有些', '任何', '表示', '宣布', '消息', '报道', '旗下', '运营商', '巨头', '导致', '致使', '包括', '以及', '目前', '随后',
  '此前', '近日', '日前', '今天', '昨天', '确认', '证实', '披露', '发现', '攻击', '入侵', '中断', '暂停',
  '影响', '瘫痪', '声称', '透露', '提供', '通过', '使用', '访问', '恢复', '无法', '停止', '关闭', '针对',
  '遭到', '遭受', '遭遇', '受到', '造成', '出现', '发生', '位于', '隶属', '知名', '最大', '著名', '一家',
  '一个', '多个', '部分', '所有', '全部', '主要', '其他', '其它', '相关', '这些', '那些', '整个',
  // "受害企业之一X": "one of" ends the words before a name.
  '之一',
  // Quantities describe what follows them ("全美大量药房", "众多医院"): no name holds one.
  '大量', '大批', '众多', '诸多', '不少',
  // Verbs of paperwork take a service or a product as object ("无法处理保险理赔", "办理银行业务").
  '处理', '办理', '申请', '提交', '购买', '缴纳',
];

/** Longest phrase including Latin words, in UTF-16 units. */
const LATIN_LIMIT = 48;

function isHan(c: string): boolean {
  return /\p{Script=Han}/u.test(c);
}

function isPhraseChar(c: string): boolean {
  return isHan(c) || /[A-Za-z0-9\-.&+]/.test(c);
}

/** Options of `findHanPhrases`. */
export interface HanPhraseOptions {
  /** Longest phrase, head included, in UTF-16 units. */
  maxLength: number;
  /** Words that may not make up the whole part before the head ("该", "这家", "安全"). */
  emptyModifiers?: ReadonlySet<string>;
  /**
   * Keep a phrase's "X的" prefix when what follows 的 is shorter than this (欧盟议会的网站):
   * a bare short head alone says too little.
   */
  keepPossessiveBelow?: number;
  /** More function words that end the previous word for this kind of phrase (公司 before a service). */
  extraBoundaryWords?: readonly string[];
  /** Owners never kept before 的: an organisation ("某连锁品牌公司的收银系统" → "收银系统"). */
  ownerHeads?: readonly string[];
  /** Start after a head inside the modifier when 3+ characters follow it ("…APP远程控制功能"). */
  splitInnerHeads?: boolean;
  /** Keep "A和B" together when both sides are short ("船载功能和离线功能"). */
  joinCoordination?: boolean;
}

/** Whether `phrase` ends in one of the head words of `head`. */
function endsWithHead(phrase: string, head: RegExp): boolean {
  return new RegExp(`(?:${head.source})$`, 'u').test(phrase);
}

/** The offset just after the last head word inside `modifier`, or 0. */
function lastInnerHead(modifier: string, head: RegExp): number {
  const global = new RegExp(head.source, 'gu');
  let after = 0;
  for (let m = global.exec(modifier); m; m = global.exec(modifier)) after = m.index + m[0].length;
  return after < modifier.length ? after : 0;
}

/** Characters that join two modifiers of one phrase. */
const COORDINATORS = new Set(['和', '与', '及']);

/**
 * Where a phrase over [start, end) really starts: after the last boundary word or character.
 * Words are checked first, so "其他系统" cuts after 其他, not inside it at 其. `possessive` is the
 * offset of a 的 that made the last cut, or -1.
 */
function findCut(text: string, start: number, end: number, words: readonly string[]): { cut: number; possessive: number } {
  let cut = start;
  let possessive = -1;
  for (let i = start; i < end; i++) {
    const inner = INNER_WORDS.find((w) => i + w.length <= end && text.startsWith(w, i));
    if (inner) {
      i += inner.length - 1;
      continue;
    }
    const word = words.find((w) => i + w.length <= end && text.startsWith(w, i));
    if (word) {
      cut = i + word.length;
      possessive = -1;
      i += word.length - 1;
      continue;
    }
    const c = text[i];
    if (BOUNDARY_CHARS.has(c)) {
      possessive = c === '的' ? i : -1;
      cut = i + 1;
    }
  }
  return { cut, possessive };
}

/**
 * The Chinese phrase that ends at `end` (no head required), with the same left boundary rules:
 * "皇家邮政" in "英国邮件递送服务巨头皇家邮政（Royal Mail）". Null when no Han text ends there.
 */
export function findHanPhraseEndingAt(text: string, end: number, maxLength: number): Span | null {
  let start = end;
  while (start > 0 && end - start < maxLength && isHan(text[start - 1])) start--;
  const { cut } = findCut(text, start, end, BOUNDARY_WORDS);
  return end - cut >= 2 ? { start: cut, end } : null;
}

/**
 * Phrase spans ending at each match of `head` (a global regex of head words). A phrase consisting
 * of the head alone is returned too; callers decide whether a bare head is enough.
 */
export function findHanPhrases(text: string, head: RegExp, options: HanPhraseOptions): Span[] {
  const { maxLength, emptyModifiers, keepPossessiveBelow = 0, extraBoundaryWords, joinCoordination = false, ownerHeads, splitInnerHeads = false } = options;
  const spans: Span[] = [];
  head.lastIndex = 0;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const headStart = m.index;
    const end = m.index + m[0].length;
    if (m[0].length === 0) {
      head.lastIndex++;
      continue;
    }
    // Walk left over phrase characters; a single space is allowed only between Latin runs
    // ("Elasticsearch 服务器", "Yandex Maps").
    // Han characters count against maxLength; a Latin name inside ("Track and Trace网站") is taken
    // whole, up to LATIN_LIMIT units.
    let start = headStart;
    let han = end - headStart;
    while (start > 0 && end - start < LATIN_LIMIT) {
      const c = text[start - 1];
      if (isHan(c)) {
        if (han >= maxLength) break;
        han++;
        start--;
      } else if (isPhraseChar(c)) start--;
      else if (c === ' ' && start >= 2 && /[A-Za-z0-9&]/.test(text[start - 2])) start--;
      else if ((c === '）' || c === ')') && start === headStart) {
        // "Parcelforce Worldwide（全球包裹力量）服务": the name sits before a bracketed gloss.
        // Only a Latin name is taken over the gloss; callers may report the name alone.
        const open = Math.max(text.lastIndexOf('（', start - 1), text.lastIndexOf('(', start - 1));
        if (open <= 0 || start - open > 24 || !/[A-Za-z0-9]/.test(text[open - 1])) break;
        start = open;
      } else break;
    }
    if (text[start] === ' ') start++;
    // Stopped by the length limit inside a run of Han text: the word at `start` may be cut in half,
    // so an owner or coordinated modifier that would begin there is not known to begin there.
    const limited = start > 0 && isHan(text[start - 1]) && isHan(text[start]);
    // Never cut a Latin word in half at the length limit.
    while (start < headStart && /[A-Za-z0-9]/.test(text[start]) && start > 0 && /[A-Za-z0-9]/.test(text[start - 1])) start++;
    const boundaryWords = extraBoundaryWords ? [...extraBoundaryWords, ...BOUNDARY_WORDS] : BOUNDARY_WORDS;
    const found = findCut(text, start, headStart, boundaryWords);
    let cut = found.cut;
    const possessive = found.possessive;
    // "欧盟议会的网站": keep the owner when the head alone would be all that is left.
    if (
      possessive >= 0 &&
      possessive + 1 === cut &&
      end - cut < keepPossessiveBelow &&
      !ownerHeads?.some((h) => text.slice(0, possessive).endsWith(h))
    ) {
      // The owner starts where the phrase would have started without this 的.
      const ownerStart = findCut(text, start, possessive, boundaryWords).cut;
      if (ownerStart < possessive && !(limited && ownerStart === start)) cut = ownerStart;
    }
    // "内部临床和业务系统", "IT网络和系统": a coordinated modifier joins the phrase.
    // Two full phrases ("Dish电视和客户服务") stay apart; a bare head on the right ("IT网络和系统") or
    // a left side that is no phrase of its own ("内部临床和业务系统") joins.
    if (
      joinCoordination &&
      cut > start &&
      COORDINATORS.has(text[cut - 1]) &&
      (cut === headStart || !endsWithHead(text.slice(start, cut - 1), head))
    ) {
      const left = findCut(text, start, cut - 1, boundaryWords).cut;
      if (cut - 1 - left >= 2 && cut - 1 - left <= 6 && !(limited && left === start)) cut = left;
    }
    // "威马智行APP远程控制功能": a head inside the modifier followed by a long modifier of its own
    // ends an earlier phrase; this one starts after it.
    if (splitInnerHeads) {
      const inner = lastInnerHead(text.slice(cut, headStart), head);
      if (inner > 0 && headStart - (cut + inner) >= 3) cut += inner;
    }
    const modifier = text.slice(cut, headStart).trim();
    if (emptyModifiers?.has(modifier)) continue;
    spans.push({ start: cut, end });
  }
  return spans;
}
