import { describe, expect, test } from 'vitest';
import { actorExtractor } from '../../../engine/facts/actor-extractor';
import { hasCorpus, loadCorpus, scoreCategory } from './corpus-facts';

const refDate = new Date(Date.UTC(2024, 0, 15));

function extract(text: string, lang = 'en') {
  return actorExtractor.extract({ text, lang, published: null, refDate, excluded: [] });
}

/** [sentence, lang, expected [text, value, id]] — own sentences. */
const positives: [string, string, [string, string, string][]][] = [
  ['Researchers tied the intrusion to APT29 and Fancy Bear.', 'en', [['APT29', 'APT29', 'actor:apt29'], ['Fancy Bear', 'APT28', 'actor:apt28']]],
  ['The Lazarus Group stole the funds.', 'en', [['Lazarus Group', 'Lazarus Group', 'actor:lazarus-group']]],
  ['The LockBit gang claimed the attack.', 'en', [['LockBit', 'LockBit', 'actor:lockbit']]],
  ['LockBit affiliates breached the hospital.', 'en', [['LockBit', 'LockBit', 'actor:lockbit']]],
  ['The Hive ransomware group listed the victim.', 'en', [['Hive', 'Hive', 'actor:hive']]],
  ['Killnet and Anonymous Sudan launched DDoS attacks.', 'en', [['Killnet', 'Killnet', 'actor:killnet'], ['Anonymous Sudan', 'Anonymous Sudan', 'actor:anonymous-sudan']]],
  ['海莲花组织近期针对我国发起攻击', 'zh', [['海莲花组织', 'APT32', 'actor:apt32']]],
  ['摩诃草和响尾蛇组织均被发现', 'zh', [['摩诃草', 'VICEROY TIGER', 'actor:viceroy-tiger'], ['响尾蛇', 'SideWinder', 'actor:sidewinder']]],
  ['LockBit勒索软件团伙声称对此负责', 'zh', [['LockBit', 'LockBit', 'actor:lockbit']]],
  ['Vice Society勒索软件团伙声称攻击了该学区', 'zh', [['Vice Society', 'Vanilla Tempest', 'actor:vanilla-tempest']]],
  // Digits in brackets after the name are part of it (MISP's "NoName057(16)").
  ['NoName057(16) claimed the DDoS attacks.', 'en', [['NoName057(16)', 'NoName057(16)', 'actor:noname057-16']]],
  ['亲俄黑客组织NoName057(16)宣布发起攻击', 'zh', [['NoName057(16)', 'NoName057(16)', 'actor:noname057-16']]],
  ['三大勒索软件团伙分别是LockBit、BlackCat和Conti。', 'zh', [['LockBit', 'LockBit', 'actor:lockbit'], ['BlackCat', 'BlackCat', 'actor:blackcat'], ['Conti', 'Conti', 'actor:conti']]],
];

const negatives: [string, string][] = [
  ['The LockBit ransomware encrypted the servers.', 'en'],
  ['A new LockBit 3.0 sample was found.', 'en'],
  ['The bees left the hive in spring.', 'en'],
  ['They play football and visit Cuba.', 'en'],
  ['A fancy bear costume and a cold river.', 'en'],
  ['See https://example.com/apt29-report.html for details.', 'en'],
  ['LockBit勒索软件加密了服务器', 'zh'],
  ['黑客组织发起了攻击，目前尚未归因。', 'zh'],
];

describe('actorExtractor', () => {
  test.each(positives)('%s', (text, lang, expected) => {
    const facts = extract(text, lang);
    expect(facts.map((f) => [f.text, f.value, f.id])).toEqual(expected);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  test.each(negatives)('no actor in: %s', (text, lang) => {
    expect(extract(text, lang).map((f) => f.text)).toEqual([]);
  });

  test('facts carry the canonical Chinese name', () => {
    expect(extract('APT32 struck again.')[0].attrs).toEqual({ zh: '海莲花' });
  });
});

describe.skipIf(!hasCorpus)('actorExtractor on the labelled corpus', () => {
  test('recall per language', () => {
    const scores = scoreCategory(actorExtractor, 'actor', loadCorpus());
    for (const s of scores) {
      console.log(
        `actor ${s.lang}: recall ${s.found}/${s.expected} = ${s.recall.toFixed(3)}, precision ${s.correct}/${s.predicted} = ${s.precision.toFixed(3)}; misses: ${s.misses.join('; ')}`,
      );
    }
    for (const s of scores) {
      expect(s.notHits, `${s.lang} not-list hits`).toEqual([]);
      // Floors below the current figures: the misses are names no list holds (one-off gangs,
      // forums, a misspelling, a suspect's name).
      expect(s.recall, `${s.lang} recall`).toBeGreaterThanOrEqual(0.7);
    }
  });
});
