import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../engine/analyze-article';
import { FACT_CATEGORIES } from '../../../engine/types';
import { WARM_UP_ARTICLES, warmUpEngine } from '../../../entrypoints/background/analysis-service';

const NOW = new Date('2025-03-05T00:00:00Z');

describe('engine warm-up at worker start', () => {
  test('is deferred to tasks of its own, one per sample, so listener registration is not delayed', () => {
    const tasks: (() => void)[] = [];
    warmUpEngine((task) => tasks.push(task));
    expect(tasks).toHaveLength(WARM_UP_ARTICLES.length);
    for (const task of tasks) expect(() => task()).not.toThrow();
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
