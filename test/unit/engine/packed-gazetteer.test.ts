import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildGazetteer, type GazetteerEntry, type GazetteerOptions } from '../../../engine/gazetteer/gazetteer';
import { loadPackedGazetteer, packGazetteer, type PackedGazetteer } from '../../../engine/gazetteer/packed-gazetteer';
import { buildThreatMatcher, loadPackedThreatMatcher, packThreatMatcher } from '../../../engine/gazetteer/threat-matcher';
import { MALWARE } from '../../../engine/data/malware';
import { THREAT_ACTORS } from '../../../engine/data/threat-actors';
import { WARM_UP_ARTICLES } from '../../../entrypoints/background/analysis-service';
import { GAZETTEER_INDEXES, INDEX_DIR, gazetteerIndexFile } from '../../../scripts/build-gazetteer-indexes';

/** Packs, writes and reads back as the generated file does (JSON), then loads. */
function roundTrip(entries: readonly GazetteerEntry[], options?: GazetteerOptions) {
  const packed = JSON.parse(JSON.stringify(packGazetteer(entries, options))) as PackedGazetteer;
  return loadPackedGazetteer(packed);
}

const ENTRIES: GazetteerEntry[] = [
  { id: 'agency:gb-ncsc', en: ['National Cyber Security Centre', 'NCSC'], zh: ['英国国家网络安全中心', 'NCSC'], attrs: { country: 'GB' } },
  { id: 'agency:us-fbi', en: ['Federal Bureau of Investigation', 'FBI'], zh: ['美国联邦调查局', '联邦调查局'] },
  { id: 'org:royal-mail', en: ['Royal Mail', 'Royal  Mail Group'], zh: ['皇家邮政'] },
  { id: 'org:afp', en: ['AFP'], zh: [] },
  { id: 'org:o-brien', en: ['O’Brien Ltd', ' Ｆｕｌｌ Width Co '], zh: ['全宽'] },
  { id: 'org:short', en: ['Royal'], zh: ['皇家'] },
];

const TEXTS = [
  'The NCSC and the FBI said Royal Mail was hit; ncsc.gov.uk and "afp" are not hits, AFP is.',
  'Royal   Mail Group and ROYAL MAIL, royal mail; RoyalMail; Royal Mails.',
  '英国国家网络安全中心（NCSC）与美国联邦调查局称，皇家邮政遭攻击；联邦调查局和皇家。',
  "O'Brien Ltd and O’Brien Ltd, full width co and Ｆｕｌｌ　Width Co.",
  '',
  'NCSC',
];

describe('packed gazetteer', () => {
  test('finds exactly what the plain build finds (hits, entries, aliases, offsets)', () => {
    const plain = buildGazetteer(ENTRIES);
    const packed = roundTrip(ENTRIES);
    for (const text of TEXTS) expect(packed.findAll(text), text).toEqual(plain.findAll(text));
    expect(packed.findAll(TEXTS[0]).map((h) => h.alias)).toEqual(['NCSC', 'FBI', 'Royal Mail', 'AFP']);
  });

  test('packed without its entries, finds the same with the list given at load', () => {
    const packed = JSON.parse(JSON.stringify(packGazetteer(ENTRIES, { entriesGivenAtLoad: true }))) as PackedGazetteer;
    expect(packed.entries).toBe('');
    const plain = buildGazetteer(ENTRIES);
    const loaded = loadPackedGazetteer(packed, () => ENTRIES);
    for (const text of TEXTS) expect(loaded.findAll(text), text).toEqual(plain.findAll(text));
    expect(() => loadPackedGazetteer(packed)).toThrow();
  });

  test('keeps the case rule it was packed with', () => {
    const options: GazetteerOptions = { caseSensitive: (alias) => alias === 'Royal' };
    const plain = buildGazetteer(ENTRIES, options);
    const packed = roundTrip(ENTRIES, options);
    for (const text of [...TEXTS, 'royal and Royal; ncsc and fbi']) expect(packed.findAll(text), text).toEqual(plain.findAll(text));
  });

  test('matches the plain build on random entries and texts', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9皇家邮政英国 ’'-]{1,8}$/);
    const entry = fc.record({ en: fc.array(word, { maxLength: 3 }), zh: fc.array(word, { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', '，', 'x')), { maxLength: 20 }), (raw, parts) => {
        const entries = raw.map((e, i) => ({ id: `e:${i}`, ...e }));
        const text = parts.join('') + entries.flatMap((e) => e.en).join(' ');
        expect(roundTrip(entries).findAll(text)).toEqual(buildGazetteer(entries).findAll(text));
      }),
      { numRuns: 200 },
    );
  });

  test('a threat matcher packs its gazetteer and its name sets', () => {
    const plain = buildThreatMatcher(THREAT_ACTORS, MALWARE);
    const packed = loadPackedThreatMatcher(JSON.parse(JSON.stringify(packThreatMatcher(THREAT_ACTORS, MALWARE))));
    expect(packed.shared).toEqual(plain.shared);
    expect(packed.proper).toEqual(plain.proper);
    expect(packed.needsContext).toEqual(plain.needsContext);
    const text = `${WARM_UP_ARTICLES.map((a) => a.text).join('\n')}\n${THREAT_ACTORS.slice(0, 400).flatMap((e) => [...e.en, ...e.zh]).join(', ')}`;
    expect(packed.gazetteer.findAll(text)).toEqual(plain.gazetteer.findAll(text));
  });
});

describe('engine/gazetteer/indexes/*.generated.ts', () => {
  test.each(GAZETTEER_INDEXES.map((source) => [source.file, source]))('%s is up to date with its data (else: npm run build-gazetteer-indexes)', (_file, source) => {
    const onDisk = readFileSync(resolve(INDEX_DIR, `${source.file}.generated.ts`), 'utf8');
    expect(onDisk === gazetteerIndexFile(source)).toBe(true);
  });
});
