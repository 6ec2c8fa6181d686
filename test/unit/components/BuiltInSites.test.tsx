// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import BuiltInSites, { filterSites } from '../../../components/BuiltInSites';
import { NEWS_SITES, type NewsSite } from '../../../storage/news-sites';

afterEach(cleanup);

const SITES: NewsSite[] = [
  { domain: 'bbc.com', name: 'BBC', lang: 'en' },
  { domain: 'bbc.co.uk', name: 'BBC', lang: 'en' },
  { domain: 'freebuf.com', name: 'FreeBuf', lang: 'zh' },
  { domain: 'example-vendor.com', path: '/research/', name: 'Vendor Research', lang: 'en' },
  { domain: 'freebuf.com', name: 'FreeBuf (again)', lang: 'zh' },
];

describe('filterSites', () => {
  test.each([
    { query: '', names: ['BBC', 'BBC', 'FreeBuf', 'Vendor Research'] },
    { query: 'bbc', names: ['BBC', 'BBC'] },
    { query: 'CO.UK', names: ['BBC'] },
    { query: 'research', names: ['Vendor Research'] },
    { query: 'nothing here', names: [] },
  ])('"$query"', ({ query, names }) => {
    expect(filterSites(SITES, query).map((s) => s.name)).toEqual(names);
  });
});

test('the built-in list is searchable, names languages, and marks sites switched off', () => {
  render(<BuiltInSites sites={NEWS_SITES} off={['www.freebuf.com']} languageName={(tag) => (tag === 'zh' ? 'Chinese' : 'English')} />);
  const all = document.querySelectorAll('[data-list="built-in"] li').length;
  expect(all).toBeGreaterThan(20);
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'freebuf' } });
  const rows = [...document.querySelectorAll('[data-list="built-in"] li')];
  expect(rows.map((r) => r.querySelector('.site-name')!.textContent)).toEqual(['FreeBuf']);
  expect(rows[0].getAttribute('data-off')).toBe('yes');
  expect(rows[0].querySelector('.site-lang')!.textContent).toBe('Chinese');
  expect(screen.getByText(`1 of ${all} sites`)).toBeTruthy();
});
