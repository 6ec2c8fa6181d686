/**
 * The schemas refuse what no real caller sends, and nothing a real caller does send: every article
 * the readers take from our fixture pages and (when present) the labelled corpus, its analysis and
 * the clipping draft the popup builds from it pass, as does a fact the user selected across a
 * whole paragraph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../engine/analyze-article';
import type { ArticleText } from '../../../engine/types';
import { CONTENT_TO_BACKGROUND_INPUTS, UI_TO_BACKGROUND_INPUTS } from '../../../messaging/schemas';
import { draftFor, quoteSelector } from '../../../storage/clipping';
import { readPageArticle } from '../../../scripts/analyze-page';
import { hasCorpus, readCorpusPage, readLabels } from '../corpus';

const NOW = new Date(Date.UTC(2024, 5, 1));
const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
const FIXTURE_PAGES = [
  { file: 'incident-en.html', url: 'https://news.example.com/2024/03/harbour-authority-ransomware' },
  { file: 'news-council-breach.html', url: 'https://www.bleepingcomputer.com/news/security/northbridge-council-ransomware/' },
  { file: 'wechat-hospital-ransomware.html', url: 'https://mp.weixin.qq.com/s?__biz=TESTBIZ001==&mid=1000000001&idx=1&sn=fixture0001' },
];

function expectAccepted(article: ArticleText): void {
  expect(v.safeParse(CONTENT_TO_BACKGROUND_INPUTS.analyzeArticle, { article }).issues).toBeUndefined();
  const analysis = analyzeArticle(article, { now: NOW });
  const report = { isArticle: true, isIncident: analysis.incident.isIncident, factCount: analysis.facts.length };
  expect(v.safeParse(CONTENT_TO_BACKGROUND_INPUTS.reportPage, report).issues).toBeUndefined();
  const draft = draftFor(article, analysis, { facts: draftFor(article, analysis).facts, note: '备注 note', tags: ['t'] });
  const parsed = v.safeParse(UI_TO_BACKGROUND_INPUTS.saveClipping, { draft, base: null });
  expect(parsed.issues).toBeUndefined();
  expect((parsed.output as { draft: { facts: unknown } } | undefined)?.draft.facts).toEqual(draft.facts);
}

describe('fixture pages', () => {
  test.each(FIXTURE_PAGES)('$file', async ({ file, url }) => {
    const article = await readPageArticle(readFileSync(join(FIXTURES, file), 'utf8'), url);
    expect(article).not.toBeNull();
    expectAccepted(article!);
  });

  test('a fact the user selected across a long paragraph', async () => {
    const article = (await readPageArticle(readFileSync(join(FIXTURES, FIXTURE_PAGES[1].file), 'utf8'), FIXTURE_PAGES[1].url))!;
    const text = `${article.text}\n${'A very long quoted paragraph. '.repeat(400)}`;
    const long = { ...article, text };
    const analysis = analyzeArticle(long, { now: NOW });
    const start = article.text.length + 1;
    const fact = { category: 'service' as const, text: text.slice(start), start, end: text.length, value: text.slice(start), selector: quoteSelector(text, start, text.length), origin: 'user' as const };
    const draft = draftFor(long, analysis, { facts: [fact], note: '', tags: [] });
    expect(fact.text.length).toBeGreaterThan(10_000);
    expect(v.safeParse(UI_TO_BACKGROUND_INPUTS.saveClipping, { draft }).issues).toBeUndefined();
  });
});

describe.skipIf(!hasCorpus)('corpus pages', () => {
  const labels = hasCorpus ? readLabels() : [];
  test.each(labels.map((label) => ({ id: label.id, label })))('$id', ({ label }) => {
    const article = readCorpusPage(label);
    if (article) expectAccepted(article);
  });
});
