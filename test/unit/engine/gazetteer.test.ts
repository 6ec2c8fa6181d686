import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildGazetteer, CASELESS_CJK, CASELESS_HANGUL, foldAlias, foldKeepCase, foldText, isAcronym, isLatinWordUnit, type GazetteerEntry } from '../../../engine/gazetteer/gazetteer';

const entries: GazetteerEntry[] = [
  { id: 'agency:gb-ncsc', en: ['National Cyber Security Centre', 'NCSC'], zh: ['英国国家网络安全中心', '国家网络安全中心'] },
  { id: 'agency:gb-nca', en: ['National Crime Agency', 'NCA'], zh: ['国家犯罪局', '英国国家犯罪局'] },
  { id: 'agency:gb-ico', en: ["Information Commissioner's Office", 'ICO'], zh: ['英国信息专员办公室'] },
  { id: 'agency:au-afp', en: ['Australian Federal Police', 'AFP'], zh: ['澳大利亚联邦警察'] },
  { id: 'agency:us-fbi', en: ['Federal Bureau of Investigation', 'FBI'], zh: ['美国联邦调查局', '联邦调查局'] },
  { id: 'actor:lockbit', en: ['LockBit'], zh: ['LockBit'] },
  { id: 'malware:lockbit-3', en: ['LockBit 3.0'], zh: ['LockBit 3.0'] },
];
const gazetteer = buildGazetteer(entries);

/** [text, expected mentions as [text, id]] */
const cases: [string, [string, string][]][] = [
  // leftmost-longest
  ['英国国家网络安全中心发布公告', [['英国国家网络安全中心', 'agency:gb-ncsc']]],
  ['据英国国家犯罪局称', [['英国国家犯罪局', 'agency:gb-nca']]],
  ['The LockBit 3.0 builder leaked', [['LockBit 3.0', 'malware:lockbit-3']]],
  ['The LockBit gang', [['LockBit', 'actor:lockbit']]],
  ['美国联邦调查局（FBI）和联邦调查局', [['美国联邦调查局', 'agency:us-fbi'], ['FBI', 'agency:us-fbi'], ['联邦调查局', 'agency:us-fbi']]],
  // Latin aliases next to CJK characters and full-width punctuation
  ['英国国家网络安全中心（NCSC）称', [['英国国家网络安全中心', 'agency:gb-ncsc'], ['NCSC', 'agency:gb-ncsc']]],
  ['据NCSC称，“FBI”已介入。', [['NCSC', 'agency:gb-ncsc'], ['FBI', 'agency:us-fbi']]],
  ['遭LockBit攻击了', [['LockBit', 'actor:lockbit']]],
  // word boundaries for Latin aliases
  ['the NCSCs and XNCSC and NCSC2 are not it', []],
  ['LockBits are not LockBit', [['LockBit', 'actor:lockbit']]],
  // case: acronyms exact, names any case; curly apostrophes; full-width Latin; runs of spaces
  ['an icon, an afp file, the ico format', []],
  ['the ICO and the AFP', [['ICO', 'agency:gb-ico'], ['AFP', 'agency:au-afp']]],
  ['the Information Commissioner’s Office said', [['Information Commissioner’s Office', 'agency:gb-ico']]],
  ['the federal bureau of investigation', [['federal bureau of investigation', 'agency:us-fbi']]],
  ['据ＦＢＩ称', [['ＦＢＩ', 'agency:us-fbi']]],
  ['the Australian  Federal\u00a0Police', [['Australian  Federal\u00a0Police', 'agency:au-afp']]],
  // negatives in both languages
  ['国家安全和网络犯罪问题', []],
  ['No agency is named here.', []],
];

describe('buildGazetteer().findAll', () => {
  test.each(cases)('%s', (text, expected) => {
    const hits = gazetteer.findAll(text);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.entry.id])).toEqual(expected);
  });

  test('offsets index the original text and hits do not overlap', () => {
    const text = '英国国家网络安全中心（NCSC）与国家犯罪局（NCA）及 FBI 合作';
    const hits = gazetteer.findAll(text);
    expect(hits.map((h) => h.start)).toEqual([0, 11, 17, 23, 29]);
    for (let k = 1; k < hits.length; k++) expect(hits[k].start).toBeGreaterThanOrEqual(hits[k - 1].end);
  });

  test('reports the alias that matched', () => {
    expect(gazetteer.findAll('据英国国家犯罪局称')[0].alias).toBe('英国国家犯罪局');
  });

  test('the caseSensitive option decides which aliases need their exact case', () => {
    const strict = buildGazetteer([{ id: 'x:hive', en: ['Hive'], zh: ['Hive'] }], { caseSensitive: (a) => a === 'Hive' });
    expect(strict.findAll('a hive of bees').length).toBe(0);
    expect(strict.findAll('the Hive gang').length).toBe(1);
    const loose = buildGazetteer([{ id: 'x:hive', en: ['Hive'], zh: ['Hive'] }], { caseSensitive: () => false });
    expect(loose.findAll('a hive of bees').length).toBe(1);
  });
});

/**
 * The matcher's rules written the slow, obvious way: at each position try every alias; a space in
 * an alias matches a run of spaces; a Latin alias needs word boundaries; acronyms need their case;
 * the longest alias wins, ties in entry order; hits do not overlap.
 */
function referenceFindAll(list: readonly GazetteerEntry[], text: string): [number, number, string, string][] {
  const lower = foldText(text);
  const kept = foldKeepCase(text);
  const isWord = (s: string, i: number) => i >= 0 && i < s.length && isLatinWordUnit(s.charCodeAt(i));
  const endAt = (key: string, from: string, i: number): number => {
    let j = i;
    for (const c of key) {
      if (from[j] !== c) return -1;
      j++;
      if (c === ' ') while (from[j] === ' ') j++;
    }
    return j;
  };
  const hits: [number, number, string, string][] = [];
  for (let i = 0; i < text.length; ) {
    let best: [number, number, string, string] | null = null;
    for (const entry of list) {
      for (const alias of [...entry.en, ...entry.zh]) {
        const key = foldAlias(alias);
        if (!key) continue;
        const end = endAt(key, lower, i);
        if (end < 0) continue;
        if (isLatinWordUnit(key.charCodeAt(0)) && isWord(lower, i - 1)) continue;
        if (isLatinWordUnit(key.charCodeAt(key.length - 1)) && isWord(kept, end)) continue;
        if (isAcronym(alias.trim()) && endAt(foldKeepCase(alias.trim()).replace(/ +/g, ' '), kept, i) !== end) continue;
        if (!best || end > best[1]) best = [i, end, entry.id, alias];
      }
    }
    if (best) hits.push(best);
    i = best ? best[1] : i + 1;
  }
  return hits;
}

describe('buildGazetteer agrees with the obvious matcher', () => {
  // Names that share first words and first characters, as actor names do (Storm-0558, Storm-1152).
  const similar: GazetteerEntry[] = [
    { id: 'a:storm', en: ['Storm'], zh: ['风暴'] },
    { id: 'a:storm-0558', en: ['Storm-0558', 'Storm 0558'], zh: ['风暴-0558'] },
    { id: 'a:storm-1152', en: ['Storm-1152'], zh: ['风暴组织'] },
    { id: 'a:apt', en: ['APT', 'APT 28'], zh: ['APT28组织'] },
    { id: 'a:lock', en: ['Lock Bit Black', 'LockBit'], zh: ['洛克比特'] },
    ...entries,
  ];
  const pieces = ['Storm', 'storm', '-0558', ' 0558', '-1152', ' ', '  ', 'APT', 'apt', ' 28', '28', '组织', '风暴', '-', 'Lock', ' Bit', ' Black', 'Bit', 'x', 'LockBit', 'NCSC', '国家犯罪局', '英国', '，', '（', 'ＡＰＴ'];
  test('on texts made of names, their pieces and noise', () => {
    const matcher = buildGazetteer(similar);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const ours = matcher.findAll(text).map((h) => [h.start, h.end, h.entry.id, h.alias]);
        expect(ours).toEqual(referenceFindAll(similar, text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldText', () => {
  test.each([['ＡＢＣ１２３'], ['İstanbul'], ['Ünïcödé ＮＣＳＣ'], ['国家\u3000犯罪局']])('keeps the length of %s', (s) => {
    expect(foldText(s).length).toBe(s.length);
  });
});

describe('speed', () => {
  const many: GazetteerEntry[] = Array.from({ length: 2000 }, (_, k) => ({
    id: `t:${k}`,
    en: [`Agency Number ${k} Of Somewhere`, `AN${k}X`],
    zh: [`第${k}号机构`],
  }));
  const article = ('The Agency Number 17 Of Somewhere and 第42号机构 worked with the police. ' + '据报道，该机构称。').repeat(250);

  // Speed is measured by `npm run bench`; here: a large table is built and scans find exactly the
  // mentions, whether the article is short or 20 KB long (the scan does not lose or repeat hits).
  test('builds ~2,000 entries and finds every mention in a 20 KB article', () => {
    const g = buildGazetteer(many);
    const hits = g.findAll(article);
    expect(hits.length).toBe(500);
    expect(new Set(hits.map((h) => h.entry.id))).toEqual(new Set(['t:17', 't:42']));
    const unit = article.slice(0, article.length / 250);
    expect(g.findAll(unit).length).toBe(2);
    for (const hit of hits) expect(hit.end).toBeGreaterThan(hit.start);
  });
});

describe('caseless ranges', () => {
  test('no unit in them changes under toLowerCase (the fold skips them)', () => {
    const changed: number[] = [];
    for (const { from, to } of [CASELESS_CJK, CASELESS_HANGUL]) {
      for (let c = from; c <= to; c++) if (String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c)) changed.push(c);
    }
    expect(changed).toEqual([]);
  });
});

describe('foldText fast paths', () => {
  /** The fold unit by unit, without the fast paths: the reference the fast paths must equal. */
  const reference = (text: string, keepCase: boolean) =>
    [...Array(text.length).keys()]
      .map((i) => {
        let c = text.charCodeAt(i);
        if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
        else if ([0x3000, 0xa0, 0x2002, 0x2003, 0x2009, 0x202f, 0x09].includes(c)) c = 0x20;
        else if ([0x2019, 0x2018, 0x2032].includes(c)) c = 0x27;
        else if ([0x2010, 0x2011, 0x2012, 0x2013].includes(c)) c = 0x2d;
        const unit = String.fromCharCode(c);
        const lower = unit.toLowerCase();
        return keepCase || lower.length !== 1 ? unit : lower;
      })
      .join('');

  test('equal the unit-by-unit fold on any text', () => {
    const units = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'LockBit 皇家邮政 ＡＢＣ\t’–İ 한국어 Ünïcode'.split('')) }),
    );
    fc.assert(
      fc.property(units, (text) => foldText(text) === reference(text, false) && foldKeepCase(text) === reference(text, true)),
      { numRuns: 500 },
    );
  });
});
