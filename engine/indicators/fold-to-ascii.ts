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

/**
 * `text` with full-width forms folded to ASCII; same length as `text`. The ideographic full stop
 * (。) becomes "." only between two ASCII letters or digits ("evil。com"), where it cannot end a
 * Chinese sentence; "（" and "）" become "(" and ")" everywhere.
 */
export function foldToAscii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
    } else if (code === 0x3000) {
      out += ' ';
    } else if (ch === '\u3002' || ch === '\uFF61') {
      out += isAsciiAlnum(text[i - 1]) && isAsciiAlnum(text[i + 1]) ? '.' : ch;
    } else if (DASHES.has(ch)) {
      out += '-';
    } else {
      out += BRACKETS[ch] ?? ch;
    }
  }
  return out;
}
