import { describe, expect, test } from 'vitest';
import { buildThreatEntries, CONTEXT_ATTR, namesIn, PROPER_ATTR, type CompactThreatEntry, type ThreatSupplement } from '../../../engine/gazetteer/threat-entry';

const generated: CompactThreatEntry[] = [
  { i: 'lockbit', en: ['LockBit', 'LockBit Black'], zh: ['LockBit勒索软件'] },
  { i: 'hive', en: ['Hive', 'Hive ransomware'], cx: [0] },
  { i: 'play', en: ['Play', 'PlayCrypt'], cx: 1 },
  { i: 'fancy-bear', en: ['Fancy Bear', 'Sofacy', 'Fancy Bear'], cs: [0, 2] },
];
const supplement: ThreatSupplement[] = [
  { id: 'malware:lockbit', en: ['LockBit 3.0', 'LockBit', 'LockBit 3.0'], zh: ['洛克比特'] },
  { id: 'malware:hive', context: ['Hive', 'Hive ransomware'], proper: ['Hive'] },
  { id: 'malware:new-one', en: ['NewOne'], context: ['NewOne'] },
];

describe('buildThreatEntries', () => {
  const entries = buildThreatEntries('malware', generated, supplement);
  const byId = new Map(entries.map((e) => [e.id, e]));

  test('keeps generated order and appends new supplement entries', () => {
    expect(entries.map((e) => e.id)).toEqual(['malware:lockbit', 'malware:hive', 'malware:play', 'malware:fancy-bear', 'malware:new-one']);
  });

  test.each([
    ['malware:lockbit', ['LockBit', 'LockBit Black', 'LockBit 3.0'], ['LockBit勒索软件', '洛克比特']],
    ['malware:hive', ['Hive', 'Hive ransomware'], ['Hive']],
    ['malware:new-one', ['NewOne'], ['NewOne']],
  ])('%s: names merged once each; canonical English name as zh when none', (id, en, zh) => {
    expect(byId.get(id)?.en).toEqual(en);
    expect(byId.get(id)?.zh).toEqual(zh);
  });

  test.each([
    ['malware:lockbit', [], []],
    ['malware:hive', ['Hive'], ['Hive', 'Hive ransomware']],
    ['malware:play', [], ['Play', 'PlayCrypt']],
    ['malware:fancy-bear', ['Fancy Bear'], []],
    ['malware:new-one', [], ['NewOne']],
  ])('%s: proper and context names, each once', (id, proper, context) => {
    const entry = byId.get(id)!;
    expect(namesIn(entry, PROPER_ATTR)).toEqual(proper);
    expect(namesIn(entry, CONTEXT_ATTR)).toEqual(context);
    if (!proper.length && !context.length) expect(entry.attrs).toBeUndefined();
  });

  test('leaves the generated data as it was', () => {
    expect(generated[0].en).toEqual(['LockBit', 'LockBit Black']);
    expect(generated[0].zh).toEqual(['LockBit勒索软件']);
  });
});
