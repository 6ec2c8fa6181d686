/**
 * Same-length folding for exact-syntax matching (STYLE.md rule 4): full-width ASCII (ＣＶＥ－２０２１,
 * ［.］), ideographic punctuation that stands for ASCII inside indicators, and typographic dashes
 * become plain ASCII, one UTF-16 unit for one, so a match on the folded copy has the same offsets
 * in the original text.
 */

/** Typographic dashes and minus signs that writers (and word processors) put inside CVE ids. */
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63']);

/** Full-width and ideographic brackets, mapped one for one. */
const BRACKETS: Readonly<Record<string, string>> = {
  '\u3010': '[', // 【
  '\u3011': ']', // 】
  '\u3014': '[', // 〔
  '\u3015': ']', // 〕
};

const isAsciiAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);

/** Every character `foldToAscii` may change; the rest of the text is copied as is. */
const FOLDABLE = /[\uFF01-\uFF5E\u3000\u3002\uFF61\u2010-\u2014\u2212\uFE63\u3010\u3011\u3014\u3015]/g;

/** The last text folded and its result: the indicator and vulnerability extractors fold the same article. */
let last: { text: string; folded: string } | null = null;

/**
 * `text` with full-width forms folded to ASCII; same length as `text`. The ideographic full stop
 * (。) becomes "." only between two ASCII letters or digits ("evil。com"), where it cannot end a
 * Chinese sentence; "（" and "）" become "(" and ")" everywhere.
 */
export function foldToAscii(text: string): string {
  if (last?.text === text) return last.folded;
  // One regex replace visits only the foldable characters: a character-by-character copy of a
  // 1 MB article spent most of its time building and collecting strings.
  const folded = text.replace(FOLDABLE, (ch: string, at: number) => foldChar(ch, text[at - 1], text[at + 1]));
  last = { text, folded };
  return folded;
}

/** The ASCII form of one foldable character, given its neighbours. */
function foldChar(ch: string, before: string | undefined, after: string | undefined): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  if (ch === '\u3002' || ch === '\uFF61') return isAsciiAlnum(before) && isAsciiAlnum(after) ? '.' : ch;
  if (DASHES.has(ch)) return '-';
  return BRACKETS[ch] ?? ch;
}
