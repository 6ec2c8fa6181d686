import { describe, expect, test } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CONTENT_MATCHES, isListedNewsUrl, NEWS_SITES } from '../../../storage/news-sites';

describe('curated news list', () => {
  test('holds at least 60 distinct domains, each listed once', () => {
    const keys = NEWS_SITES.map((s) => `${s.domain}${s.path ?? '/'}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(NEWS_SITES.map((s) => s.domain)).size).toBeGreaterThanOrEqual(60);
  });

  test.each([
    'reuters.com', 'apnews.com', 'bbc.com', 'theguardian.com', 'nytimes.com', 'washingtonpost.com', 'nbcnews.com', 'cnn.com',
    'telegraph.co.uk', 'straitstimes.com', 'scmp.com', 'bleepingcomputer.com', 'thehackernews.com', 'therecord.media',
    'securityweek.com', 'darkreading.com', 'krebsonsecurity.com', 'theregister.com', 'arstechnica.com', 'zdnet.com', 'cnet.com',
    'wired.com', 'infosecurity-magazine.com', 'govinfosecurity.com', 'helpnetsecurity.com', 'cyberscoop.com', 'freebuf.com',
    'anquanke.com', '4hou.com', 'secrss.com', 'thepaper.cn', 'sina.com.cn', '163.com', 'news.qq.com', 'caixin.com', 'ithome.com',
    '36kr.com', 'solidot.org',
  ])('%s is listed', (domain) => {
    expect(NEWS_SITES.some((s) => s.domain === domain)).toBe(true);
  });

  test('both languages are covered', () => {
    expect(NEWS_SITES.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(15);
    expect(NEWS_SITES.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(40);
  });
});

describe('where the script runs by itself', () => {
  test.each([
    { url: 'https://mp.weixin.qq.com/s?__biz=MzA==&mid=1', listed: true },
    { url: 'https://mp.weixin.qq.com/s/AbCdEf', listed: true },
    { url: 'https://mp.weixin.qq.com/cgi-bin/home', listed: false },
    { url: 'https://www.bleepingcomputer.com/news/security/x/', listed: true },
    { url: 'http://bleepingcomputer.com/', listed: true },
    { url: 'https://www.freebuf.com/articles/1.html', listed: true },
    { url: 'https://www.secrss.com/articles/1', listed: true },
    { url: 'https://news.qq.com/rain/a/2024', listed: true },
    { url: 'https://www.qq.com/', listed: false },
    { url: 'https://www.microsoft.com/en-us/security/blog/2024/01/01/x/', listed: true },
    { url: 'https://www.microsoft.com/en-us/windows', listed: false },
    { url: 'https://notbleepingcomputer.com/', listed: false },
    { url: 'https://example.org/news', listed: false },
    { url: 'chrome://extensions', listed: false },
    { url: 'not a url', listed: false },
  ])('$url → $listed', ({ url, listed }) => {
    expect(isListedNewsUrl(url)).toBe(listed);
  });

  test('the manifest patterns are valid and agree with isListedNewsUrl', () => {
    const patterns = CONTENT_MATCHES.map((p) => new MatchPattern(p));
    const urls = [
      'https://mp.weixin.qq.com/s?__biz=1',
      'https://www.reuters.com/technology/cybersecurity/x',
      'https://www.36kr.com/p/1',
      'https://unit42.paloaltonetworks.com/x/',
      'https://example.org/',
      'https://www.microsoft.com/en-us/windows',
    ];
    for (const url of urls) expect(patterns.some((p) => p.includes(url)), url).toBe(isListedNewsUrl(url));
  });
});
