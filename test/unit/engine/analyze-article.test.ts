import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeArticle, createArticleAnalyzer, type AnalyzerParts } from '../../../engine/analyze-article';
import type { ExtractContext, FactExtractor } from '../../../engine/facts/extractor';
import { extractors } from '../../../engine/facts/extractors';
import type { ArticleText, Fact, FactCategory } from '../../../engine/types';

const NOW = new Date('2024-06-01T12:00:00Z');

function article(text: string, extra: Partial<ArticleText> = {}): ArticleText {
  return { text, title: null, site: null, published: null, declaredLang: null, url: null, canonicalUrl: null, ...extra };
}

/** An extractor that reports every occurrence of fixed words (our test double for the registry). */
function wordExtractor(name: string, category: FactCategory, words: string[]): FactExtractor {
  return {
    name,
    categories: [category],
    extract: ({ text }: ExtractContext) =>
      words.flatMap((word) => {
        const facts: Fact[] = [];
        for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
          facts.push({ category, text: word, start: i, end: i + word.length, value: word });
        }
        return facts;
      }),
  };
}

const INCIDENT_ZH = '某物流公司遭勒索软件攻击，国际寄件服务中断\n该公司于3月2日确认遭到勒索软件攻击，国际寄件服务中断，国家犯罪局正在调查。\n原文链接：example.com/a';
const ADVISORY_EN = 'Vendor patches critical flaw in router firmware\nAcme released security updates fixing a vulnerability in its router firmware; the cloud portal service was not affected.';

function parts(overrides: Partial<AnalyzerParts> = {}): AnalyzerParts {
  return {
    extractors: [
      wordExtractor('agency', 'agency', ['国家犯罪局']),
      wordExtractor('organization', 'organization', ['某物流公司', 'Acme']),
      wordExtractor('service', 'service', ['国际寄件服务', 'cloud portal']),
      wordExtractor('date', 'date', ['3月2日']),
      wordExtractor('indicator', 'indicator', ['example.com']),
    ],
    detectLanguage: (text) => (/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en'),
    findExcludedZones: (text) => {
      const i = text.indexOf('原文链接');
      return i < 0 ? [] : [{ start: i, end: text.length }];
    },
    ...overrides,
  };
}

describe('the analysis pipeline (test extractors)', () => {
  test('zh incident: victims and services reported, excluded zone dropped, sorted, shape of DESIGN.md', () => {
    const analysis = createArticleAnalyzer(parts())(
      article(INCIDENT_ZH, { title: '某物流公司遭勒索软件攻击，国际寄件服务中断', published: '2024-03-03T08:00:00+08:00', url: 'https://mp.weixin.qq.com/s?x=1', site: '示例号' }),
      { now: NOW },
    );
    expect(Object.keys(analysis).sort()).toEqual(['facts', 'incident', 'language', 'published', 'site', 'textLength', 'title', 'url']);
    expect(analysis).toMatchObject({ url: 'https://mp.weixin.qq.com/s?x=1', site: '示例号', published: '2024-03-03', language: 'zh', textLength: INCIDENT_ZH.length });
    expect(analysis.incident.isIncident).toBe(true);
    const categories = new Set(analysis.facts.map((f) => f.category));
    expect(categories).toEqual(new Set(['organization', 'service', 'date', 'agency']));
    expect(analysis.facts.map((f) => f.start)).toEqual([...analysis.facts.map((f) => f.start)].sort((a, b) => a - b));
    expect(analysis.facts.some((f) => f.text === 'example.com')).toBe(false);
  });

  test('en near miss: organisations and services are not reported', () => {
    const analysis = createArticleAnalyzer(parts())(article(ADVISORY_EN, { title: 'Vendor patches critical flaw in router firmware' }), { now: NOW });
    expect(analysis.incident.isIncident).toBe(false);
    expect(analysis.facts.filter((f) => f.category === 'organization' || f.category === 'service')).toEqual([]);
  });

  test('refDate is the publication date at midnight UTC, else now', () => {
    const seen: Date[] = [];
    const spy: FactExtractor = { name: 'spy', categories: [], extract: (ctx) => (seen.push(ctx.refDate), []) };
    const analyze = createArticleAnalyzer(parts({ extractors: [spy] }));
    analyze(article('text', { published: '2023-01-14 10:00' }), { now: NOW });
    analyze(article('text', { published: 'not a date' }), { now: NOW });
    analyze(article('text', { published: '2023-02-30' }), { now: NOW });
    expect(seen.map((d) => d.toISOString())).toEqual(['2023-01-14T00:00:00.000Z', NOW.toISOString(), NOW.toISOString()]);
  });

  test('a throwing extractor loses only its own facts; malformed facts are dropped', () => {
    const throwing: FactExtractor = { name: 'boom', categories: ['actor'], extract: () => { throw new Error('boom'); } };
    const lying: FactExtractor = {
      name: 'liar',
      categories: ['malware'],
      extract: () => [{ category: 'malware', text: 'LockBit', start: 0, end: 7, value: 'LockBit' }],
    };
    const p = parts();
    const analysis = createArticleAnalyzer({ ...p, extractors: [throwing, lying, ...p.extractors] })(article(INCIDENT_ZH, { title: '某物流公司遭勒索软件攻击' }), { now: NOW });
    expect(analysis.facts.some((f) => f.category === 'agency')).toBe(true);
    expect(analysis.facts.some((f) => f.category === 'malware')).toBe(false);
  });

  test('failing language detection and zone finding fall back instead of throwing', () => {
    const analysis = createArticleAnalyzer(
      parts({ detectLanguage: () => { throw new Error('x'); }, findExcludedZones: () => { throw new Error('y'); } }),
    )(article(ADVISORY_EN), { now: NOW });
    expect(analysis.language).toBe('und');
    expect(analysis.facts.some((f) => f.text === 'example.com')).toBe(false);
  });
});

describe('analyzeArticle (real registry)', () => {
  test.each([
    { lang: 'en', text: ADVISORY_EN, title: 'Vendor patches critical flaw in router firmware', incident: false },
    { lang: 'zh', text: INCIDENT_ZH, title: '某物流公司遭勒索软件攻击，国际寄件服务中断', incident: true },
  ])('$lang: language, verdict, exact offsets', ({ lang, text, title, incident }) => {
    const analysis = analyzeArticle(article(text, { title, published: '2024-03-03' }), { now: NOW });
    expect(analysis.language).toBe(lang);
    expect(analysis.incident.isIncident).toBe(incident);
    for (const f of analysis.facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  test('same input, same output (no hidden clock)', () => {
    const a = article(INCIDENT_ZH, { title: '某物流公司遭勒索软件攻击' });
    expect(analyzeArticle(a, { now: NOW })).toEqual(analyzeArticle(a, { now: NOW }));
  });
});

describe('extractor registry (architecture)', () => {
  const factsDir = resolve(__dirname, '../../../engine/facts');
  const files = readdirSync(factsDir).filter((f) => f.endsWith('-extractor.ts')).map((f) => f.replace(/\.ts$/, ''));

  test('every *-extractor.ts file is registered exactly once, and nothing else is', () => {
    // Extractor names are their file names; some omit the "-extractor" suffix.
    const registered = extractors.map((e) => (e.name.endsWith('-extractor') ? e.name : `${e.name}-extractor`));
    expect([...registered].sort()).toEqual([...files].sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  test('exact-syntax extractors come first and dates before open-ended names', () => {
    const order = extractors.flatMap((e) => e.categories);
    expect(order.indexOf('vulnerability')).toBeLessThan(order.indexOf('agency'));
    expect(order.indexOf('indicator')).toBeLessThan(order.indexOf('agency'));
    expect(order.indexOf('date')).toBeLessThan(order.indexOf('organization'));
  });
});
