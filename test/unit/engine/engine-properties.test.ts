import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../engine/analyze-article';
import { FACT_CATEGORIES, type ArticleText } from '../../../engine/types';

const NOW = new Date('2024-06-01T12:00:00Z');

/** Words that make extractors fire, mixed with arbitrary text, CJK and emoji. */
const SEEDS = [
  'CVE-2021-22048', '185.220.101[.]1', 'hxxp://evil[.]example/x', 'LockBit 3.0', 'APT29', '皇家邮政', 'Royal Mail',
  '英国国家网络安全中心（NCSC）', '国家犯罪局', 'FBI', '1月12日', '昨天', '2022年11月', 'last Tuesday', 'January 12, 2023',
  '遭勒索软件攻击', 'was hit by ransomware', '原文链接：', 'Source:', '\n', '。', '🙂', '👨‍👩‍👧', '\uD800', '\u0000',
];
const piece = fc.oneof(fc.constantFrom(...SEEDS), fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)) }));
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

const articleArb = fc.record<ArticleText>({
  text,
  title: fc.option(text, { nil: null }),
  site: fc.option(fc.string(), { nil: null }),
  published: fc.option(fc.oneof(fc.constant('2023-01-14'), fc.constant('2023-02-30'), fc.string()), { nil: null }),
  declaredLang: fc.option(fc.constantFrom('en', 'zh-CN', 'zh', '', 'xx'), { nil: null }),
  url: fc.option(fc.constantFrom('https://mp.weixin.qq.com/s?x', 'https://news.example.com/a'), { nil: null }),
  canonicalUrl: fc.constant(null),
});

describe('analyzeArticle properties', () => {
  test('never throws; every fact is the text at its offsets; facts sorted and non-overlapping', () => {
    fc.assert(
      fc.property(articleArb, (article) => {
        const analysis = analyzeArticle(article, { now: NOW });
        expect(analysis.textLength).toBe(article.text.length);
        expect(analysis.incident.score).toBeGreaterThanOrEqual(0);
        expect(analysis.incident.score).toBeLessThanOrEqual(1);
        let lastEnd = 0;
        for (const fact of analysis.facts) {
          expect(FACT_CATEGORIES).toContain(fact.category);
          expect(article.text.slice(fact.start, fact.end)).toBe(fact.text);
          expect(fact.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = fact.end;
        }
        if (!analysis.incident.isIncident) {
          expect(analysis.facts.some((f) => f.category === 'organization' || f.category === 'service')).toBe(false);
        }
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  test('total on a long mixed page', () => {
    const long = SEEDS.join(' ').repeat(200);
    expect(() => analyzeArticle({ text: long, title: long.slice(0, 80), site: null, published: null, declaredLang: null, url: null, canonicalUrl: null }, { now: NOW })).not.toThrow();
  });
});
