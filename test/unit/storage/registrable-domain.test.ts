import { describe, expect, test } from 'vitest';
import { clippingKey, draftFor, pageOwnsClipping } from '../../../storage/clipping';
import { isSameSite, registrableDomainOfHost, trustedCanonicalUrl } from '../../../storage/registrable-domain';

describe('registrableDomainOfHost', () => {
  test.each([
    ['www.bleepingcomputer.com', 'bleepingcomputer.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['bbc.co.uk', 'bbc.co.uk'],
    ['www.ncsc.gov.uk', 'ncsc.gov.uk'],
    ['mp.weixin.qq.com', 'qq.com'],
    ['www.sohu.com.cn', 'sohu.com.cn'],
    ['www.abc.net.au', 'abc.net.au'],
    ['news.com.au', 'news.com.au'],
    ['www.cert.gov.au', 'cert.gov.au'],
    ['www.u-tokyo.ac.jp', 'u-tokyo.ac.jp'],
    ['www.ssi.gouv.fr', 'ssi.gouv.fr'],
    ['WWW.Example.COM.', 'example.com'],
    ['alice.github.io', 'alice.github.io'],
    ['eve.github.io', 'eve.github.io'],
    ['someone.blogspot.com', 'someone.blogspot.com'],
    ['bucket.s3.amazonaws.com', 'bucket.s3.amazonaws.com'],
    ['co.uk', 'co.uk'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['com.evil.example', 'evil.example'],
  ])('%s → %s', (host, expected) => {
    expect(registrableDomainOfHost(host)).toBe(expected);
  });
});

describe('isSameSite and trustedCanonicalUrl', () => {
  test.each([
    ['https://www.bleepingcomputer.com/a', 'https://bleepingcomputer.com/b', true],
    ['http://news.bbc.co.uk/a', 'https://www.bbc.co.uk/b', true],
    ['https://mp.weixin.qq.com/s?sn=1', 'https://mp.weixin.qq.com/s?__biz=x', true],
    ['https://www.securityweek.com/a', 'https://www.bleepingcomputer.com/a', false],
    ['https://evil.co.uk/a', 'https://bbc.co.uk/a', false],
    ['https://alice.github.io/a', 'https://eve.github.io/a', false],
    ['https://bleepingcomputer.com.evil.example/a', 'https://bleepingcomputer.com/a', false],
    ['https://example.com/a', 'javascript:alert(1)', false],
    ['https://example.com/a', 'not a url', false],
    ['', 'https://example.com/a', false],
  ])('%s and %s: %s', (url, canonical, same) => {
    expect(isSameSite(url, canonical)).toBe(same);
    expect(trustedCanonicalUrl(url, canonical)).toBe(same ? canonical : null);
  });
});

describe('clipping keys', () => {
  const A = 'https://www.bleepingcomputer.com/news/security/a/';
  test('a canonical URL on the same site keys the clipping', () => {
    expect(clippingKey({ url: `${A}?utm_source=x`, canonicalUrl: A })).toBe(A);
  });
  test("another site's canonical URL does not: the page's own URL does", () => {
    expect(clippingKey({ url: 'https://www.securityweek.com/copy/', canonicalUrl: A })).toBe('https://www.securityweek.com/copy/');
  });
  test('draftFor keeps no foreign canonical URL', () => {
    const article = { text: 't', title: null, site: null, published: null, declaredLang: 'en', url: 'https://www.securityweek.com/copy/', canonicalUrl: A };
    const analysis = { url: article.url, title: null, site: null, published: null, language: 'en', textLength: 1, incident: { isIncident: false, score: 0, kinds: [], reasons: [] }, facts: [] };
    expect(draftFor(article, analysis).canonicalUrl).toBeNull();
  });
  test.each([
    ['https://bleepingcomputer.com/other', true],
    ['https://www.securityweek.com/copy/', false],
    ['javascript:alert(1)', false],
  ])('a page at %s owns a clipping of bleepingcomputer.com: %s', (url, owns) => {
    expect(pageOwnsClipping(url, { url: A })).toBe(owns);
  });
});
