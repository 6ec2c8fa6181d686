/**
 * Cue anchors (engine/classify/cue-anchor.ts): the literal every match of a cue contains. The
 * classifier skips a cue whose anchor is not in the text, so an anchor that a match can lack
 * would lose real cues: the soundness tests run every cue over our own sentences and, when it is
 * there, the corpus, and check each match holds its anchor.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cueRequirementsFile } from '../../../scripts/build-cue-requirements';
import { allCueSources, decodeRequirements, encodeRequirements, incidentCues, requirementsOfFile, totalLength } from '../../../engine/classify/incident-cues';
import { cueAnchor, cueRequirements } from '../../../engine/classify/cue-anchor';
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

describe('cueRequirements', () => {
  test.each([
    { source: String.raw`\bransomware\b`, requirements: [['ransomware']] },
    { source: String.raw`\b(?:was|were|been) (?:\w+ )?(?:hit|hacked)\b`, requirements: [['was', 'were', 'been'], ['hit', 'hacked']] },
    { source: String.raw`\bdata (?:was|were) (?:stolen|leaked)`, requirements: [['data '], ['was', 'were'], ['stolen', 'leaked']] },
    { source: String.raw`\bleak|\bstolen data`, requirements: [['leak', 'stolen data']] },
    { source: '被(?:黑|入侵|攻击)', requirements: [] },
    { source: '(?:研究人员|研究员)(?:发现|披露)', requirements: [['研究人员', '研究员'], ['发现', '披露']] },
    // Optional groups, lookarounds and groups with a branch lacking a literal require nothing.
    { source: String.raw`\b(?:security |network )?breach\b`, requirements: [['breach']] },
    { source: String.raw`(?<!lead to )\bdenial of service\b`, requirements: [['denial of service']] },
    { source: String.raw`\b(?:over|at least) [\d,.]+ (?:victims|firms|\w+s)\b`, requirements: [['over', 'at least']] },
  ])('$source', ({ source, requirements }) => {
    expect(cueRequirements(source)).toEqual(requirements);
  });
});

/** Matches of a cue in `text` that lack one of its requirements (should be none). */
function matchesWithoutAnchor(source: string, text: string): string[] {
  const requirements = cueRequirements(source);
  return [...text.matchAll(new RegExp(source, 'gi'))]
    .map((m) => m[0])
    .filter((m) => !requirements.every((set) => set.some((literal) => m.toLowerCase().includes(literal))));
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

  test('most cues have an anchor, and all but a few have a requirement', () => {
    // Cues read over the body scan the whole article: most of them hold one literal. Cues read
    // only in the headline or the lead ("hundreds of sites", "a school district") run on a short
    // string and are gated by their requirement sets (below) even without a single anchor.
    const body = [cuesEn, cuesZh].flatMap((f) => [...f.kinds.flatMap((k) => k.patterns), ...f.events.patterns, ...f.nearMiss.flatMap((n) => n.patterns), ...f.security]);
    const anchored = body.filter((s) => cueAnchor(s) !== null).length;
    expect(anchored / body.length).toBeGreaterThan(0.85);
    // A few title-only cues (a quarter label, "2024 Q4") hold no literal worth a scan; they run on
    // the headline alone, which costs nothing.
    expect(sources.filter((s) => cueRequirements(s).length === 0).length).toBeLessThan(17);
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

describe('cue-requirements.generated.json', () => {
  test('is up to date with the lexicons (else: npx tsx scripts/build-cue-requirements.ts)', () => {
    const onDisk = readFileSync(resolve(import.meta.dirname, '../../../engine/classify/cue-requirements.generated.json'), 'utf8');
    expect(onDisk).toBe(cueRequirementsFile());
  });

  test('a file written for other sources gives no requirements, so every cue runs', () => {
    const sources = ['\\bransomware\\b', '\\bdata breach\\b'];
    const file = { sourceChars: totalLength(sources), requirements: ['ransomware', 'data breach'] };
    expect(requirementsOfFile(sources, file).get('\\bdata breach\\b')).toEqual([['data breach']]);
    expect(requirementsOfFile(['\\bransomware\\b', '\\bdata leaks\\b'], file).size).toBe(0);
    expect(requirementsOfFile(['\\bransomware\\b'], file).size).toBe(0);
    expect(requirementsOfFile(sources, { ...file, requirements: file.requirements.slice(1) }).size).toBe(0);
  });

  test('requirements encode as one string and decode to the same sets', () => {
    for (const requirements of [[], [['ransomware']], [['ransom '], ['note', 'payment']], [['遭'], ['攻击', '入侵']]]) {
      expect(decodeRequirements(encodeRequirements(requirements))).toEqual(requirements);
    }
    expect(encodeRequirements([['ransom '], ['note', 'payment']])).toBe('ransom &note|payment');
    expect(() => encodeRequirements([['a|b']])).toThrow();
    expect(() => encodeRequirements([['R&D']])).toThrow();
  });

  test('the compiled cues carry the generated requirements', () => {
    const compiled = [...incidentCues().kinds, ...incidentCues().nearMiss].flatMap((g) => g.patterns);
    for (const cue of compiled) expect(cue.requirements, cue.regex.source).toEqual(cueRequirements(cue.regex.source));
  });
});
