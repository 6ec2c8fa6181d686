import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldToAscii } from '../../../engine/indicators/fold-to-ascii';

/** The character-by-character implementation `foldToAscii` replaced, kept as the reference. */
function referenceFoldToAscii(text: string): string {
  const dashes = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63']);
  const brackets: Record<string, string> = { '\u3010': '[', '\u3011': ']', '\u3014': '[', '\u3015': ']' };
  const isAsciiAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (ch === '\u3002' || ch === '\uFF61') out += isAsciiAlnum(text[i - 1]) && isAsciiAlnum(text[i + 1]) ? '.' : ch;
    else if (dashes.has(ch)) out += '-';
    else out += brackets[ch] ?? ch;
  }
  return out;
}

/** Characters around every boundary of the folding rules, mixed with ASCII, CJK and surrogates. */
const PIECES = [
  'a', 'Z', '0', '9', ' ', '.', '-', 'evil', 'CVE', '漏洞', '。', '｡', '\u3000', '！', '～', '\uFF00', '\uFF5F', 'ＣＶＥ－２０２１',
  '\u2010', '\u2014', '\u2015', '\u2212', '\uFE63', '【', '】', '〔', '〕', '（', '）', '［', '］', '\uD83D\uDE00', '\uD800',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string()), { maxLength: 40 }).map((parts) => parts.join(''));

describe('foldToAscii agrees with the character-by-character reference', () => {
  test('same output on random mixed text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(foldToAscii(t)).toBe(referenceFoldToAscii(t));
      }),
      { numRuns: 3000, seed: 20261129 },
    );
  });

  test.each([
    { name: 'en: full-width CVE id', input: 'ＣＶＥ－２０２１－４４２２８ was exploited', folded: 'CVE-2021-44228 was exploited' },
    { name: 'en: ideographic stop between letters is a dot', input: 'evil。com', folded: 'evil.com' },
    { name: 'zh: sentence-final stop stays', input: '攻击者控制了服务器。随后', folded: '攻击者控制了服务器。随后' },
    { name: 'zh: brackets and ideographic space', input: '【漏洞】\u3000CVE\u20142024', folded: '[漏洞] CVE-2024' },
  ])('$name', ({ input, folded }) => {
    expect(foldToAscii(input)).toBe(folded);
    expect(foldToAscii(input)).toBe(referenceFoldToAscii(input));
  });
});
