import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../engine/analyze-article';
import { FACT_CATEGORIES } from '../../../engine/types';
import { WARM_UP_ARTICLES, warmUpEngine } from '../../../entrypoints/background/analysis-service';

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
