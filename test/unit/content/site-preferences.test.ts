import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isSiteOff, readOffSites, setSiteOff, siteKeyOf, watchOffSites, webUrlOf, withSiteOff } from '../../../storage/site-preferences';

describe('webUrlOf', () => {
  test.each([
    { url: 'https://www.bbc.co.uk/news/x', host: 'www.bbc.co.uk' },
    { url: 'http://example.org', host: 'example.org' },
    { url: 'chrome-extension://abc/popup.html', host: null },
    { url: 'ftp://example.org/file', host: null },
    { url: 'not a url', host: null },
    { url: '', host: null },
  ])('$url → $host', ({ url, host }) => {
    expect(webUrlOf(url)?.hostname ?? null).toBe(host);
  });
});

describe('siteKeyOf', () => {
  test.each([
    { url: 'https://www.BleepingComputer.com/news/x', key: 'bleepingcomputer.com' },
    { url: 'http://news.example.org:8080/a', key: 'news.example.org' },
    { url: 'https://mp.weixin.qq.com/s?__biz=1', key: 'mp.weixin.qq.com' },
    { url: 'https://www.安全.cn/', key: 'xn--15qt0w.cn' },
    { url: 'chrome://settings', key: null },
    { url: 'file:///tmp/a.html', key: null },
    { url: 'nonsense', key: null },
  ])('$url → $key', ({ url, key }) => {
    expect(siteKeyOf(url)).toBe(key);
  });
});

describe('off list', () => {
  beforeEach(() => fakeBrowser.reset());

  test('withSiteOff adds once, removes, keeps the list sorted', () => {
    expect(withSiteOff(['b.org'], 'a.org', true)).toEqual(['a.org', 'b.org']);
    expect(withSiteOff(['a.org', 'b.org'], 'a.org', true)).toEqual(['a.org', 'b.org']);
    expect(withSiteOff(['a.org', 'b.org'], 'a.org', false)).toEqual(['b.org']);
    expect(withSiteOff([], 'a.org', false)).toEqual([]);
  });

  test('turning a site off applies to its pages, not to other sites, and back on again', async () => {
    const seen: string[][] = [];
    const stop = watchOffSites((list) => seen.push(list));
    await setSiteOff('https://www.freebuf.com/articles/1.html', true);
    expect(await isSiteOff('https://freebuf.com/news/2.html')).toBe(true);
    expect(await isSiteOff('https://www.anquanke.com/post/1')).toBe(false);
    await setSiteOff('https://example.org/a', true);
    expect(await readOffSites()).toEqual(['example.org', 'freebuf.com']);
    await setSiteOff('https://www.freebuf.com/', false);
    expect(await isSiteOff('https://www.freebuf.com/articles/1.html')).toBe(false);
    stop();
    await setSiteOff('https://example.org/a', false);
    expect(seen).toEqual([['freebuf.com'], ['example.org', 'freebuf.com'], ['example.org']]);
  });
});
