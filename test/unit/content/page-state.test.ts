import { describe, expect, test } from 'vitest';
import type { FactCategory } from '../../../engine/types';
import { countByCategory, countUnaffected, stepFact } from '../../../entrypoints/incident-lens.content/legend-counts';
import { createHighlighter } from '../../../entrypoints/incident-lens.content/highlighter';
import { isSameArticle, mapIsAttached, snapshotOf, textAfterHeadline } from '../../../entrypoints/incident-lens.content/page-state';
import { fixtureFacts, loadPage } from './page-fixture';

const items = (['date', 'agency', 'date', 'malware', 'agency'] as FactCategory[]).map((category, k) => ({
  fact: { category, value: category === 'agency' ? 'FBI' : `${category}-${k}` },
}));

describe('legend navigation', () => {
  test.each([
    { current: -1, direction: 1, off: [], next: 0 },
    { current: -1, direction: -1, off: [], next: 4 },
    { current: 0, direction: 1, off: [], next: 1 },
    { current: 4, direction: 1, off: [], next: 0 },
    { current: 0, direction: -1, off: [], next: 4 },
    { current: 0, direction: 1, off: ['agency'], next: 2 },
    { current: 3, direction: 1, off: ['agency'], next: 0 },
    { current: 2, direction: -1, off: ['agency', 'date'], next: 3 },
    { current: 1, direction: 1, off: ['agency', 'date', 'malware'], next: -1 },
  ] as { current: number; direction: 1 | -1; off: FactCategory[]; next: number }[])('from $current by $direction with $off off → $next', ({ current, direction, off, next }) => {
    expect(stepFact(items, new Set(off), current, direction)).toBe(next);
  });

  test('counts per category: distinct values and mentions, as the popup counts them', () => {
    expect([...countByCategory(items)]).toEqual([
      ['date', { values: 2, mentions: 2 }],
      ['agency', { values: 1, mentions: 2 }],
      ['malware', { values: 1, mentions: 1 }],
    ]);
  });

  test.each([
    { statuses: [], expected: 0 },
    { statuses: [['portal', 'affected']], expected: 0 },
    { statuses: [['hotline', 'unaffected'], ['hotline', 'unaffected'], ['app', 'unaffected'], ['portal', 'affected']], expected: 2 },
  ])('distinct unaffected services: $expected', ({ statuses, expected }) => {
    const facts = statuses.map(([value, status]) => ({ fact: { category: 'service' as const, value, attrs: { status } } }));
    expect(countUnaffected([...facts, { fact: { category: 'organization', value: 'x', attrs: { status: 'unaffected' } } }])).toBe(expected);
  });
});

describe('article identity', () => {
  test.each([
    ['the same text and address', { text: 'A', url: 'https://a.example/1' }, true],
    ['an equal text built anew', { text: ['', 'A'].join(''), url: 'https://a.example/1' }, true],
    ['one more character', { text: 'A ', url: 'https://a.example/1' }, false],
    ['another address', { text: 'A', url: 'https://a.example/1&x=1' }, false],
  ])('same article as before: %s → %s', (_name, next, same) => {
    expect(isSameArticle({ text: 'A', url: 'https://a.example/1' }, next)).toBe(same);
  });

  test('nothing read before: never the same article', () => {
    expect(isSameArticle(null, { text: '', url: 'https://a.example/' })).toBe(false);
  });
});

describe('snapshot for the popup', () => {
  test('no article or no analysis → noArticle; otherwise article, excerpt and analysis', () => {
    const { read } = loadPage();
    expect(snapshotOf({ read: null, analysis: null })).toEqual({ noArticle: true });
    expect(snapshotOf({ read, analysis: null })).toEqual({ noArticle: true });
    const analysis = { url: null, title: null, site: null, published: null, language: 'en', textLength: read.article.text.length, incident: { isIncident: true, score: 1, kinds: [], reasons: [] }, facts: [] };
    const snapshot = snapshotOf({ read, analysis });
    expect(snapshot).toMatchObject({ article: read.article, analysis });
    // The title is shown above the excerpt, so a headline line equal to it is not repeated.
    expect(read.article.text.startsWith('Water utility hit by ransomware\n')).toBe(true);
    expect('excerpt' in snapshot && snapshot.excerpt.startsWith('Northbridge Water said on Monday')).toBe(true);
  });
});

describe('the excerpt starts after the headline', () => {
  test.each([
    { name: 'a first line equal to the title is left out', text: 'Acme hit by ransomware\nAcme said on Monday …', title: 'Acme hit by ransomware', expected: 'Acme said on Monday …' },
    { name: 'surrounding spaces do not matter', text: ' 某公司遭攻击 \n某公司表示…', title: '某公司遭攻击', expected: '某公司表示…' },
    { name: 'a first line that differs stays', text: 'Acme said on Monday\nmore', title: 'Acme hit by ransomware', expected: 'Acme said on Monday\nmore' },
    { name: 'one line only stays', text: 'Acme hit by ransomware', title: 'Acme hit by ransomware', expected: 'Acme hit by ransomware' },
    { name: 'no title', text: 'A\nB', title: null, expected: 'A\nB' },
  ])('$name', ({ text, title, expected }) => {
    expect(textAfterHeadline(text, title)).toBe(expected);
  });
});

describe('is the article as read and painted still in the page', () => {
  /** The fixture page painted in a world without the Highlight API's registry: ranges on the page's nodes. */
  async function painted() {
    const page = loadPage();
    const highlighter = createHighlighter(
      {
        doc: page.document,
        registry: new Map(),
        createHighlight: () => ({ add: () => undefined }),
        createRange: (init) => ({ ...init, collapsed: false }) as unknown as AbstractRange,
      },
      page.read.map,
    );
    await highlighter.paint(fixtureFacts(page.read), { yieldToLoop: () => Promise.resolve() });
    return { ...page, items: highlighter.painted() };
  }

  test('untouched: attached', async () => {
    const { read, items } = await painted();
    expect(items.length).toBeGreaterThan(0);
    expect(mapIsAttached(read.map, items)).toBe(true);
  });

  test('a paragraph re-rendered into a copy: its block is gone, not attached', async () => {
    const { document, read, items } = await painted();
    const p = document.querySelectorAll('article p')[1];
    p.replaceWith(p.cloneNode(true));
    expect(mapIsAttached(read.map, items)).toBe(false);
  });

  test('a block kept and its children re-rendered: the painted nodes are gone, not attached', async () => {
    const { document, read, items } = await painted();
    const p = document.querySelector('article p')!;
    // Like a framework re-rendering a paragraph's children in place.
    p.replaceChildren(...[...p.childNodes].map((node) => node.cloneNode(true)));
    expect(mapIsAttached(read.map)).toBe(true);
    expect(mapIsAttached(read.map, items)).toBe(false);
  });
});
