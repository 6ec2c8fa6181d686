/**
 * Site chrome told by its words: lines a site puts inside the article container that are not the
 * story — slogans ("#1 Trusted … Platform"), audience counters ("Followed by 5.20+ million",
 * "12K views", "阅读 3万"), follow and subscribe prompts ("点击上方蓝字关注我们"), reading-time
 * badges. Read as text they become facts (a slogan's "Platform" an affected service), so both
 * readers leave them out before the text reaches the engine.
 *
 * Only short blocks whose children are all inline are tested, and each pattern must cover the whole
 * line: a sentence that merely mentions followers or a number is story text and stays.
 */

/** Block-level tags a chrome line comes in. */
const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'STRONG', 'EM', 'B', 'SMALL']);

/** Tags whose presence as a child means the element is a container, not a line. */
const BLOCK_CHILD_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'DL', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'UL',
]);

/** Longest line (characters, whitespace collapsed) that can be chrome; slogans and counters are short. */
const MAX_CHROME_LINE = 90;

/** A count as sites print it: "5.20+ million", "12K", "3,400", "1.2万", "10万+". */
const COUNT = String.raw`[\d][\d.,]*\s*(?:[kmb]|thousand|million|billion|万|亿|千)?\s*\+?\s*(?:[kmb]|thousand|million|billion)?`;

/** Whole-line patterns of chrome, English and Chinese. */
const CHROME_LINE_PATTERNS: readonly RegExp[] = [
  // Rank slogans: "#1 Trusted Cybersecurity News Platform", "#1 source for security news".
  /^#\s?\d{1,2}\s+[^.!?。！？]{3,80}$/i,
  // Audience: "Followed by 5.20+ million", "Trusted by 50,000 professionals", "Join 120K subscribers".
  new RegExp(String.raw`^(?:followed|trusted|read|loved|used)\s+by\s+(?:over\s+|more\s+than\s+)?${COUNT}(?:\s+[a-z]+){0,3}$`, 'i'),
  new RegExp(String.raw`^join\s+(?:over\s+|more\s+than\s+)?${COUNT}\s+(?:[a-z]+\s+){0,2}(?:subscribers|readers|followers|professionals|members)\b[^.!?]*$`, 'i'),
  // Counters: "12K views", "Views: 3,400", "5 comments", "4 min read".
  new RegExp(String.raw`^${COUNT}\s*(?:views?|reads?|shares?|comments?|likes?|followers?|subscribers?|reactions?)$`, 'i'),
  new RegExp(String.raw`^(?:views?|reads?|shares?|comments?|likes?)\s*[:：]?\s*${COUNT}$`, 'i'),
  /^\d{1,3}\s*(?:-|\s)?min(?:ute)?s?\s+read$/i,
  // Follow and subscribe prompts: "Follow us on social media", "Subscribe to our newsletter".
  /^(?:follow\s+us|find\s+us|connect\s+with\s+us)\b[^.!?]{0,60}$/i,
  /^(?:subscribe|sign\s+up)\b[^.!?]{0,40}\b(?:newsletter|updates|news|alerts)$/i,
  // WeChat counters and prompts: "阅读 3万", "1.2万人在看", "点击上方蓝字关注我们", "长按识别二维码".
  new RegExp(String.raw`^(?:阅读量?|在看|点赞|分享|收藏|评论|浏览量?)\s*[:：]?\s*${COUNT}$`),
  new RegExp(String.raw`^${COUNT}\s*人?(?:阅读|在看|点赞|关注|收藏|浏览)$`),
  /^(?:点击|点)(?:上方|下方|左上角|右上角)?[^。！？]{0,8}(?:关注|星标|置顶)[^。！？]{0,12}$/,
  /^(?:欢迎|一键)?关注(?:我们|本号|公众号)[^。！？]{0,12}$/,
  /^(?:长按|扫描|扫码|识别)[^。！？]{0,6}(?:二维码|关注)[^。！？]{0,10}$/,
];

/** Whether a line of text (whitespace already collapsed) is site chrome as a whole. */
export function isChromeLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_CHROME_LINE) return false;
  return CHROME_LINE_PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * Whether `el` is one short line of site chrome: a block or inline element whose children are all
 * inline and whose text, as a whole, is a chrome line. Containers are never judged here, so the
 * walk reads each small line once instead of every ancestor's whole text.
 */
export function isChromeBlock(el: Element): boolean {
  if (!LINE_TAGS.has(el.tagName.toUpperCase())) return false;
  if (el.childElementCount > 6) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_CHILD_TAGS.has(child.tagName.toUpperCase())) return false;
  }
  const raw = el.textContent ?? '';
  if (raw.length > MAX_CHROME_LINE * 3) return false;
  // Icon fonts put private-use glyphs (U+E000–U+F8FF) beside counters and follow links.
  return isChromeLine(raw.replace(/[\uE000-\uF8FF]/g, '').replace(/\s+/g, ' '));
}
