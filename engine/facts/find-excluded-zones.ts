/**
 * Zones of an article's text that are not article content: reference and source lines (参考资料,
 * 原文链接, "Source:"), the reference or "read next" lists that follow their headers, contact,
 * submission and copyright lines, and share / QR-code / follow text. The pipeline drops every fact
 * inside them: a domain on a "参考资料：bleepingcomputer.com" line is a reference, not an indicator,
 * and the email on a "投稿联系方式" line is the publisher's, not an attacker's.
 *
 * Zones are whole lines, found by markers at the start of a line (after bullets, quotes and
 * numbering). A few markers that writers glue to the end of an article sentence ("…联系。联系方式:
 * x@y", "Found this article interesting? Follow us …") also open a zone mid-line, from the start of
 * their own sentence to the end of the line. Markers need their colon or a line of their own, so
 * prose that merely mentions a source ("the source code", "消息来源于…") is never swallowed.
 */
import { splitLines } from '../text-spans';
import type { Span } from '../types';

/** Headers of reference lists: the header line and the reference items after it are zones. */
const REFERENCE_HEADERS = [
  '参考资料', '参考链接', '参考来源', '参考资源', '参考文献', '参考及来源', '参考原文', '参考文章', '参考',
  '相关链接', '原文链接', '原文地址', '原文网址', '资料来源', '信息来源',
  'References', 'Reference', 'Sources', 'Source', 'Further reading', 'Read more', 'Related links',
];

/** Headers of "read next" lists (related posts, trending news): header and titles after it. */
const READ_NEXT_HEADERS = [
  '推荐阅读', '阅读推荐', '往期推荐', '往期回顾', '往期精选', '相关推荐', '相关阅读', '相关文章', '延伸阅读',
  '精彩推荐', '热门推荐', '热文推荐', '热门文章', '猜你喜欢',
  'Trending News', 'Trending', 'Related Articles', 'Related Posts', 'Related Stories', 'Related',
  'Recommended for you', 'Recommended', 'You may also like', 'You might also like', 'Most read',
  'Most popular', 'Popular posts', 'Latest news', 'More news',
];

/** Line markers that need a colon after them (or nothing else on the line) to count. */
const LABEL_MARKERS = [
  // Chinese source, translation, author and contact labels.
  '原文来源', '文章来源', '消息来源', '新闻来源', '来源', '出处', '编译', '编辑', '责编', '责任编辑', '作者',
  '本文作者', '译者', '审校', '投稿联系方式', '投稿邮箱', '投稿', '联系方式', '联系电话', '联系邮箱', '联系我们',
  '商务合作', '合作联系', '免责声明', '声明', '版权声明', '题图', '图片来源', '图源', '封面图', '举报电话', '举报邮箱',
  '关注我们', '征订热线', '邮发代号', '本文来源', '原标题', '转自',
  // English equivalents.
  'Via', 'Credit', 'Credits', 'Image credit', 'Photo credit', 'Image', 'Photo', 'Illustration', 'Contact',
  'Contact us', 'Email', 'Tags', 'Subscribe', 'Disclaimer', 'Editor', 'Editing by', 'Reporting by', 'Translated by',
];

/**
 * Line markers that open a zone whatever follows them (share, follow, QR-code and copyright text;
 * submission notes). English ones match case-insensitively.
 */
const OPENING_MARKERS = [
  '原文来源：安全内参', '以下文章来源于', '投稿联系方式', '转载请注明', '转载自', '转载', '本文由', '声明：本文', '免责声明',
  '微信扫一扫', '关注该公众号', '长按二维码', '长按识别', '扫描二维码', '扫码关注', '扫码添加', '扫码加入', '扫码进群',
  '扫码订阅', '←扫码',
  '点击“阅读原文”', '点击"阅读原文"', '点击阅读原文', '阅读原文', '点击下方卡片', '点击上方', '点个“在看”',
  '觉得不错，就点个', '好看你就分享', '版权所有', '©', 'All rights reserved',
  'Share this article', 'Share this story', 'Share on', 'Subscribe to our newsletter', 'Sign up for our',
  'Follow us', 'Email us at', 'Found this article interesting', 'Read more:', 'Related:',
  'This article originally appeared', 'This story originally appeared', 'This article was originally published',
  'Originally published', 'Scan to Follow',
  // WeChat page chrome that readers may pick up around the article body.
  '预览时标签不可点', '继续滑动看下一个', '向上滑动看下一个', '轻触阅读原文', '喜欢此内容的人还喜欢', '分享收藏', '本文转载自',
];

/**
 * Markers that also open a zone in the middle of a line, from the start of their sentence:
 * publishers glue contact and copyright notes to the last sentence of the body. Labels count only
 * with their colon ("联系方式: x@y", not "招聘联系方式，请关注…"); phrases count as they are.
 */
const MID_LINE_LABELS = ['投稿联系方式', '联系方式', '原文链接', '文章来源', '举报电话', '举报邮箱'];
const MID_LINE_PHRASES = ['转载请注明', '版权所有', 'Follow us on', 'Email us at', 'Copyright ©', 'All rights reserved'];

/** Footers with a registration number: 京ICP备15039648号, 沪公网安备…; never "ICP注销备案方法". */
const REGISTRATION_LINE = /(?:ICP[备证]|公网安备|公安网备|备案号)[：:\s]*\d/u;

/** Numbering and decoration before a line's first word: "1、", "[1]", "“", "**", "• ", "(". */
const LEADING_DECORATION = /^[\s"'“”‘’「」『』【】\[\]()（）*#>•·\-–—|]*(?:\d{1,3}\s*[、.)）\]]\s*)?[\s"'“”‘’「」『』*]*/u;

/** Sentence ends inside a line: a mid-line marker's zone starts after the last one before it. */
const SENTENCE_END = /[。！？!?；;]|\.\s/gu;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthDesc = (list: readonly string[]): string[] => [...list].sort((a, b) => b.length - a.length);
const alternation = (list: readonly string[]): string => byLengthDesc(list).map(escapeRegExp).join('|');

// "Header" and "label" markers end at a colon, at the end of the line, or (for a header) before a
// link: "参考资料：x", "参考资料", "原文链接 https://…". Case-insensitive for the English ones.
const COLON = String.raw`\s*[:：]`;
const HEADER = new RegExp(
  `^(?:${alternation([...REFERENCE_HEADERS, ...READ_NEXT_HEADERS])})(?=${COLON}|\\s*$|\\s*(?:https?://|www\\.))|^前情回顾`,
  'i',
);
const READ_NEXT = new RegExp(`^(?:${alternation(READ_NEXT_HEADERS)}|前情回顾)`, 'i');
const LABEL = new RegExp(`^(?:${alternation(LABEL_MARKERS)})(?=${COLON}|\\s*$)`, 'i');
const OPENING = new RegExp(`^(?:${alternation(OPENING_MARKERS)})`, 'i');
const MID_LINE = new RegExp(
  `(?:${alternation(MID_LINE_LABELS)})(?=${COLON})|${alternation(MID_LINE_PHRASES)}|版权属于[^。]{0,40}所有`,
  'giu',
);
/** Copyright lines: "Copyright © 2025 …", "Copyright 2023 …", not "Copyright lawsuits …". */
const COPYRIGHT = /^Copyright\s*(?:©|\(c\)|\d{4})/i;
/** "SHARE", "Share", "分享" alone on a line (share-button labels). */
const SHARE_ONLY = /^(?:share|tweet|分享|分享到|转发)\s*[:：]?$/i;
/** The "END" mark WeChat accounts put under the body ("END", "- END -", "—END—"). */
const END_MARK = /^[-—–\s]*END[-—–\s]*$/u;

/** A line that is a link, a bare domain or a numbered reference ("1、https://…", "[1]https://…"). */
const LINK_LINE = /^(?:\S*https?:\/\/|www\.|[\w-]+(?:\.[\w-]+)+(?:\/\S*)?\s*$|\[?$|\]\(|.*\]\(https?:)/i;


/** The line without leading numbering, bullets and quotes. */
const stripDecoration = (line: string): string => line.replace(LEADING_DECORATION, '');

/** An ordinary paragraph ends a reference or read-next list. */
function isParagraph(line: string): boolean {
  if (/[。！？]\s*["”’」』]?\s*$/u.test(line) && line.length > 30) return true;
  const words = line.trim().split(/\s+/u).length;
  return line.length > 120 || (/[.!?]["”’]?\s*$/u.test(line) && words >= 12);
}

/** Whether `line` continues the list opened by a header of the given kind. */
function continuesList(line: string, kind: 'reference' | 'read-next'): boolean {
  if (line.trim().length === 0) return false;
  const body = stripDecoration(line).trim();
  // Markdown link openers ("[", "[![") strip to nothing: they belong to the list.
  if (body.length === 0) return true;
  if (LINK_LINE.test(body)) return true;
  if (isParagraph(body)) return false;
  // Reference lists hold link lines and short publication names (纽约时报, therecord.media);
  // read-next lists hold article titles, which are longer but still not paragraphs.
  return kind === 'reference' ? body.length <= 40 && !/[。！？]/u.test(body) : body.length <= 100 && !/(?:。|(?<!\.)\.)\s*$/u.test(body);
}

/** Longest run of list items a header may claim, so a header never swallows the article. */
const MAX_LIST_ITEMS = 20;

/**
 * The excluded zones of an article text (lines separated by "\n"), sorted and non-overlapping.
 * Pure and cheap: one pass over the lines.
 */
export function findExcludedZones(text: string): Span[] {
  const lines = splitLines(text);
  const zones: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const body = stripDecoration(line.text);
    if (body.trim().length === 0) continue;
    if (HEADER.test(body)) {
      zones.push({ start: line.start, end: line.end });
      const kind = READ_NEXT.test(body) ? 'read-next' : 'reference';
      // A header with its item on the same line ("参考资料：therecord.media", "Related: …") takes only
      // links after it; "前情回顾·专题" is a titled read-next header, not an inline item.
      const afterHeader = body.replace(HEADER, '');
      const item = afterHeader.replace(/^\s*[:：]?\s*/u, '');
      const inline = item.length > 0 && (kind === 'reference' || /^\s*[:：]/u.test(afterHeader));
      let items = 0;
      while (i + 1 < lines.length && items < MAX_LIST_ITEMS) {
        const next = lines[i + 1].text;
        const ok = inline ? LINK_LINE.test(stripDecoration(next).trim()) && next.trim() !== '' : continuesList(next, kind);
        if (!ok) break;
        i++;
        items++;
        zones.push({ start: lines[i].start, end: lines[i].end });
      }
      continue;
    }
    const isZoneLine =
      LABEL.test(body) || OPENING.test(body) || COPYRIGHT.test(body) || SHARE_ONLY.test(body.trim()) ||
      END_MARK.test(body) || REGISTRATION_LINE.test(body);
    if (isZoneLine) {
      zones.push({ start: line.start, end: line.end });
      continue;
    }
    const mid = findMidLineZoneStart(line.text);
    if (mid !== null) zones.push({ start: line.start + mid, end: line.end });
  }
  return mergeSpans(zones);
}

/** Offset (within the line) where a mid-line marker's sentence starts, or null. */
function findMidLineZoneStart(line: string): number | null {
  MID_LINE.lastIndex = 0;
  const m = MID_LINE.exec(line);
  if (!m) return null;
  let start = 0;
  for (const end of line.slice(0, m.index).matchAll(SENTENCE_END)) start = end.index + end[0].length;
  while (start < m.index && /\s/u.test(line[start])) start++;
  return start;
}

/** Sorted, merged spans (adjacent lines of one block become one span). */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
