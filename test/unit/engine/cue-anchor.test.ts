/**
 * Cue anchors (engine/classify/cue-anchor.ts): the literal every match of a cue contains. The
 * classifier skips a cue whose anchor is not in the text, so an anchor that a match can lack
 * would lose real cues: the soundness tests run every cue over our own sentences and, when it is
 * there, the corpus, and check each match holds its anchor.
 */
import { describe, expect, test } from 'vitest';
import { cueAnchor } from '../../../engine/classify/cue-anchor';
import cuesEn from '../../../engine/classify/cues-en.json';
import cuesZh from '../../../engine/classify/cues-zh.json';
import { hasCorpus, readCorpusPage, readLabels } from '../corpus';

describe('cueAnchor', () => {
  test.each([
    { source: String.raw`\bransomware\b`, anchor: 'ransomware' },
    { source: String.raw`\bransom (?:note|payment)s?\b`, anchor: 'ransom ' },
    { source: String.raw`\bhackers?\b`, anchor: 'hacker' },
    { source: String.raw`\bstole(?:n)?\b`, anchor: 'stole' },
    { source: String.raw`\bper ?cent\b`, anchor: 'cent' },
    { source: String.raw`\bexfiltrat\w+`, anchor: 'exfiltrat' },
    { source: String.raw`(?<!(?:lead|led) (?:to )?)\bdenial[- ]of[- ]service attack\b`, anchor: 'service attack' },
    { source: String.raw`\bDDoS\b`, anchor: 'ddos' },
    { source: String.raw`\bproof\.of\-concept`, anchor: 'proof.of-concept' },
    { source: String.raw`\bwin\u00a0dows`, anchor: 'dows' },
    { source: '暗网(?:上)?(?:兜售|出售)', anchor: '暗网' },
    { source: '需要(?:考虑|确保)', anchor: '需要' },
    { source: 'ab+c', anchor: null },
    { source: 'attack+s', anchor: 'attack' },
    // No single literal is required: a top-level alternation, only a group, or only short literals.
    { source: String.raw`\bleak|\bstole`, anchor: null },
    { source: String.raw`\b(?:was|were) (?:hit|hacked)\b`, anchor: null },
    { source: '遭(?:到|受)?', anchor: null },
    { source: String.raw`\bin (?:19|20)\d\d\b`, anchor: null },
    { source: String.raw`\?$`, anchor: null },
  ])('$source → $anchor', ({ source, anchor }) => {
    expect(cueAnchor(source)).toBe(anchor);
  });
});

/** Every cue source of both lexicons. */
function allCueSources(): string[] {
  return [cuesEn, cuesZh].flatMap((file) => [
    ...file.kinds.flatMap((k) => k.patterns),
    ...file.events.patterns,
    ...file.nearMiss.flatMap((n) => n.patterns),
    ...file.titleNearMiss.flatMap((n) => n.patterns),
    ...file.security,
  ]);
}

/** Matches of a cue in `text` whose lower-cased text lacks the cue's anchor (should be none). */
function matchesWithoutAnchor(source: string, text: string): string[] {
  const anchor = cueAnchor(source);
  if (anchor === null) return [];
  return [...text.matchAll(new RegExp(source, 'gi'))].map((m) => m[0]).filter((m) => !m.toLowerCase().includes(anchor));
}

/** Our own sentences, dense with cue words in both languages and in mixed case. */
const OWN_SENTENCES = [
  'RANSOMWARE gang LockBit Stole data; the Ransom Note demanded payment after a Data Breach at the council.',
  'Hackers exfiltrated records and leaked them; unauthorised access was confirmed, the outage lasted a day.',
  'A distributed Denial-of-Service attack knocked the portal offline; a proof-of-concept exploit was published.',
  'The vendor released a patch and a security advisory; researchers found a flaw, per cent of firms were affected.',
  'Police said investigators are looking into the cyberattack; the company disclosed that systems were encrypted.',
  '某医院遭勒索软件攻击，黑客窃取患者数据并在暗网上兜售，系统瘫痪，服务中断。',
  '厂商发布安全公告和补丁，研究人员发现漏洞，专家提醒用户需要确保及时更新。',
  '国家网络安全中心通报：该公司被黑，数据泄露事件已报警，官方承认服务停运。',
];

describe('anchors are in every match', () => {
  const sources = allCueSources();

  test('most cues have an anchor', () => {
    const anchored = sources.filter((s) => cueAnchor(s) !== null).length;
    expect(anchored / sources.length).toBeGreaterThan(0.85);
  });

  test('on our own sentences', () => {
    for (const source of sources) {
      for (const sentence of OWN_SENTENCES) expect(matchesWithoutAnchor(source, sentence), source).toEqual([]);
    }
  });

  test.skipIf(!hasCorpus)('on every corpus article', () => {
    const texts = readLabels()
      .map((label) => readCorpusPage(label))
      .flatMap((article) => (article ? [`${article.title ?? ''}\n${article.text}`] : []));
    expect(texts.length).toBeGreaterThan(50);
    const lacking = sources.flatMap((source) => texts.flatMap((text) => matchesWithoutAnchor(source, text).map((m) => `${source}: ${m}`)));
    expect(lacking).toEqual([]);
  });
});
