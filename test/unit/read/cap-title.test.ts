import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { capTitle, MAX_TITLE_LENGTH } from '../../../engine/read/cap-title';
import { readArticle } from '../../../engine/read/read-article';
import { draftFor } from '../../../storage/clipping';
import type { Analysis } from '../../../engine/types';

describe('capTitle', () => {
  test('keeps titles up to the limit as they are', () => {
    expect(capTitle(null)).toBeNull();
    const title = 'x'.repeat(MAX_TITLE_LENGTH);
    expect(capTitle(title)).toBe(title);
  });

  test('cuts a long title at a word boundary, with an ellipsis', () => {
    const capped = capTitle('ransomware attack '.repeat(100))!;
    expect(capped.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(capped).toMatch(/ (ransomware|attack)…$/);
  });

  test('cuts a title without spaces, never in the middle of a surrogate pair', () => {
    for (const title of ['勒'.repeat(5_000), '😀'.repeat(5_000), `a${'😀'.repeat(5_000)}`]) {
      const capped = capTitle(title)!;
      expect(capped.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
      expect(capped.endsWith('…')).toBe(true);
      expect(capped).not.toMatch(/[\uD800-\uDBFF]…$/);
    }
  });
});

describe('a page title of any length', () => {
  const long = `Council ransomware attack ${'and more words '.repeat(2_000)}`;
  const window = new Window({ url: 'https://news.example.test/a', settings: { disableJavaScriptEvaluation: true } });
  window.document.write(`<!doctype html><html><head><title>${long}</title><meta property="og:title" content="${long}"></head>
    <body><article><h1>${long}</h1><p>The council said a ransomware attack took its payment portal offline on Monday.</p>
    <p>Residents were told to pay by phone while the portal stays offline.</p></article></body></html>`);
  const read = readArticle(window.document as unknown as Document, 'https://news.example.test/a')!;

  test('is read capped', () => {
    expect(read.article.title!.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(read.article.title!.startsWith('Council ransomware attack')).toBe(true);
  });

  test('is capped in a draft built from an uncapped article', () => {
    const analysis = { language: 'en', incident: { isIncident: true, score: 1, kinds: [], reasons: [] }, facts: [] } as unknown as Analysis;
    const draft = draftFor({ ...read.article, title: long }, analysis);
    expect(draft.title!.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});
