import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../engine/analyze-article';
import { FACT_CATEGORIES } from '../../../engine/types';
import { WARM_UP_ARTICLES, createAnalysisService, warmUpEngine } from '../../../entrypoints/background/analysis-service';

const NOW = new Date('2025-03-05T00:00:00Z');

describe('engine warm-up at browser or extension start', () => {
  test('is deferred to tasks of its own, one per sample, each scheduled when the one before is done', () => {
    const tasks: (() => void)[] = [];
    warmUpEngine((task) => tasks.push(task));
    // Nothing runs at start, so listener registration is not delayed; one sample is queued.
    expect(tasks).toHaveLength(1);
    for (let i = 0; i < tasks.length; i++) expect(() => tasks[i]()).not.toThrow();
    expect(tasks).toHaveLength(WARM_UP_ARTICLES.length);
  });

  // Each sample must reach every extractor, or that extractor's matchers stay cold until the
  // first real page.
  test.each(WARM_UP_ARTICLES.map((article) => ({ lang: article.declaredLang, article })))(
    '$lang sample yields a fact of every category',
    ({ article }) => {
      const analysis = analyzeArticle(article, { now: NOW });
      expect(analysis.incident.isIncident).toBe(true);
      expect(new Set(analysis.facts.map((f) => f.category))).toEqual(new Set(FACT_CATEGORIES));
    },
  );

  test('samples cover English and Chinese', () => {
    const languages = WARM_UP_ARTICLES.map((article) => analyzeArticle(article, { now: NOW }).language);
    expect(languages.some((l) => l.startsWith('en'))).toBe(true);
    expect(languages.some((l) => l.startsWith('zh'))).toBe(true);
  });
});

describe('a reader keeping the worker running (stayWarm)', () => {
  const article = WARM_UP_ARTICLES[0];

  test.each([
    { name: 'a worker woken by the reader warms once, however many pings follow', calls: ['stayWarm', 'stayWarm', 'stayWarm'], warmUps: 1 },
    { name: 'a worker that has analysed an article is warm already', calls: ['analyzeArticle', 'stayWarm'], warmUps: 0 },
    { name: 'the browser start warms, and a later ping does not again', calls: ['warmUp', 'stayWarm'], warmUps: 1 },
    { name: 'a ping after the browser start warmed nothing twice', calls: ['stayWarm', 'warmUp'], warmUps: 1 },
    { name: 'no call, no warm-up', calls: [], warmUps: 0 },
  ] as const)('$name', ({ calls, warmUps }) => {
    let warmed = 0;
    const service = createAnalysisService(() => NOW, () => warmed++);
    for (const call of calls) {
      if (call === 'analyzeArticle') service.analyzeArticle({ article });
      else service[call]();
    }
    expect(warmed).toBe(warmUps);
  });
});
