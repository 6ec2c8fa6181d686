import { describe, expect, test } from 'vitest';
import { ClippingIndex, clippingDate, matchesFilters, queryTerms, searchableText, type ClippingFilters } from '../../../storage/clipping-search';
import { sampleClippings } from './clipping-fixtures';

const clippings = sampleClippings();
const [royalMail, council, advice] = clippings;
const index = new ClippingIndex(clippings);
const titles = (filters: ClippingFilters) => index.search(filters).map((c) => c.title);

describe('full-text search', () => {
  test.each([
    { name: 'Chinese word in the text', query: '皇家邮政', expected: [royalMail.title] },
    { name: 'Chinese two characters', query: '邮政', expected: [royalMail.title] },
    { name: 'Chinese in the note', query: '出口服务', expected: [royalMail.title] },
    { name: 'Chinese fact in both languages via its English value', query: 'royal mail', expected: [royalMail.title] },
    { name: 'English, any case', query: 'RANSOMWARE', expected: [council.title] },
    { name: 'English word prefix', query: 'ransom', expected: [council.title] },
    { name: 'a fact value shared by both articles', query: 'national cyber security centre', expected: [royalMail.title, council.title] },
    { name: 'a tag', query: 'local-gov', expected: [council.title] },
    { name: 'mixed-language terms must all match', query: 'uk 邮政', expected: [royalMail.title] },
    { name: 'title only', query: 'password', expected: [advice.title] },
    { name: 'English negative', query: 'hospital', expected: [] },
    { name: 'Chinese negative', query: '医院', expected: [] },
    { name: 'Chinese characters that are apart in the text', query: '皇家网络', expected: [] },
    { name: 'one term matches, the other does not', query: 'council 邮政', expected: [] },
    { name: 'empty query lists everything, newest first', query: '  ', expected: clippings.map((c) => c.title) },
  ])('$name: "$query"', ({ query, expected }) => {
    expect(titles({ query })).toEqual(expected);
  });

  test('query terms are split on whitespace and lower-cased', () => {
    expect(queryTerms(' Royal  MAIL 邮政 ')).toEqual(['royal', 'mail', '邮政']);
  });

  test('searchable text holds title, site, note, tags, facts and text', () => {
    const text = searchableText(royalMail);
    for (const part of ['网络攻击致使', '安全应急响应中心', '出口服务受影响', 'uk', 'royal mail', '1月10日']) expect(text).toContain(part);
  });
});

describe('filters', () => {
  test.each([
    { name: 'agency value', filters: { factValue: 'agency:National Cyber Security Centre' }, expected: [royalMail.title, council.title] },
    { name: 'organisation value', filters: { factValue: 'organization:Royal Mail' }, expected: [royalMail.title] },
    { name: 'organisation not present', filters: { factValue: 'organization:Acme' }, expected: [] },
    { name: 'kind', filters: { kind: 'outage' }, expected: [royalMail.title] },
    { name: 'site', filters: { site: 'Example Blog' }, expected: [advice.title] },
    { name: 'language zh', filters: { lang: 'zh' }, expected: [royalMail.title] },
    { name: 'language en', filters: { lang: 'en' }, expected: [council.title, advice.title] },
    { name: 'Chinese tag', filters: { tag: '邮政' }, expected: [royalMail.title] },
    { name: 'date range inclusive', filters: { from: '2024-02-02', to: '2024-05-16' }, expected: [council.title, advice.title] },
    { name: 'date range before all', filters: { to: '2022-12-31' }, expected: [] },
    { name: 'filters and query combined', filters: { query: 'council', tag: 'uk', kind: 'ransomware' }, expected: [council.title] },
  ])('$name', ({ filters, expected }) => {
    expect(titles(filters)).toEqual(expected);
  });

  test('the date of a clipping without a publication date is its save day', () => {
    expect(clippingDate({ published: null, savedAt: Date.UTC(2024, 5, 1, 12) })).toBe('2024-06-01');
    const unpublished = { ...advice, published: null, savedAt: Date.UTC(2024, 5, 1, 12) };
    expect(matchesFilters(unpublished, { from: '2024-06-01' })).toBe(true);
    expect(matchesFilters(unpublished, { to: '2024-05-31' })).toBe(false);
  });
});

describe('keeping the index current', () => {
  test('edits, deletes and restores show in the next search', () => {
    const live = new ClippingIndex(sampleClippings());
    const [first, second] = live.clippings;
    live.upsert({ ...second, note: '需要跟进 follow-up' });
    expect(live.search({ query: '跟进' }).map((c) => c.id)).toEqual([second.id]);
    live.remove(first.id);
    expect(live.search({ query: '皇家邮政' })).toEqual([]);
    live.upsert(first);
    expect(live.clippings.map((c) => c.id)[0]).toBe(first.id);
    expect(live.size).toBe(3);
  });
});
