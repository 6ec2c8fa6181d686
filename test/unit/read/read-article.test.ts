/**
 * Article readers over pages parsed by happy-dom: the project's own fixtures (always) and every
 * corpus page (when ../shared/corpus is present).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { readArticle, readWholePage } from '../../../engine/read/read-article';
import { locateSpan } from '../../../engine/read/text-map';
import { corpusDir, readLabels } from '../corpus';

const ROOT = resolve(import.meta.dirname, '../../..');

function parse(html: string, url: string) {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

function fixture(name: string) {
  return readFileSync(join(ROOT, 'test/fixtures/pages', name), 'utf8');
}

/** Text of [start, end) as the DOM holds it, whitespace collapsed like the reader does. */
function domTextOf(doc: Document, map: Parameters<typeof locateSpan>[0], start: number, end: number): string {
  const points = locateSpan(map, { start, end });
  if (!points) return '';
  const range = doc.createRange();
  range.setStart(points.startNode, points.startOffset);
  range.setEnd(points.endNode, points.endOffset);
  return range.toString().replace(/\s+/g, ' ');
}

describe('fixture pages', () => {
  test.each([
    {
      name: 'wechat-hospital-ransomware.html',
      url: 'https://mp.weixin.qq.com/s?__biz=TESTBIZ001==&mid=1000000001&idx=1&sn=fixture0001&chksm=abc&scene=58#rd',
      title: '某市人民医院遭勒索软件攻击，门诊挂号系统中断',
      site: '安全事件观察',
      published: '2024-03-08',
      canonicalUrl: 'https://mp.weixin.qq.com/s?__biz=TESTBIZ001==&mid=1000000001&idx=1&sn=fixture0001',
      contains: ['3月6日，青川市人民医院确认', 'LockBit勒索软件攻击'],
      excludes: ['微信扫一扫', '阅读原文', 'var ct'],
      // The headline stands outside #js_content; it is read as the first block.
      startsWith: '某市人民医院遭勒索软件攻击，门诊挂号系统中断\n3月6日',
    },
    {
      name: 'news-council-breach.html',
      url: 'https://www.bleepingcomputer.com/news/security/northbridge-council-ransomware/?utm_source=x',
      title: 'Northbridge council confirms ransomware attack took payment portal offline',
      site: 'Example Security News',
      published: '2024-05-16',
      canonicalUrl: 'https://www.bleepingcomputer.com/news/security/northbridge-council-ransomware/',
      contains: ['Northbridge City Council said on Wednesday', 'CVE-2023-20269'],
      excludes: ['Most read', 'Downloads', 'Contact the newsroom'],
      startsWith: 'Northbridge council confirms',
    },
  ])('$name', ({ name, url, title, site, published, canonicalUrl, contains, excludes, startsWith }) => {
    const result = readArticle(parse(fixture(name), url), url);
    expect(result).not.toBeNull();
    const { article, map } = result!;
    expect(article).toMatchObject({ title, site, published, canonicalUrl, url });
    expect(map.text).toBe(article.text);
    for (const s of contains) expect(article.text).toContain(s);
    for (const s of excludes) expect(article.text).not.toContain(s);
    expect(article.text.startsWith(startsWith)).toBe(true);
    expect(article.text).not.toMatch(/ \n|\n | {2}/);
  });

  test.each([
    { name: 'a search page', html: fixture('search-results.html') },
    { name: 'an empty page', html: '<!doctype html><html><head><title>x</title></head><body></body></html>' },
    { name: 'a page that is only an image', html: '<html><body><img src="a.png"></body></html>' },
    { name: 'a WeChat page without #js_content', html: '<html><body><h1 id="activity-name">标题</h1></body></html>' },
    { name: 'a WeChat page whose #js_content is not filled yet', html: '<html><body><h1 id="activity-name">某公司遭勒索软件攻击</h1><div id="js_content"> </div></body></html>' },
  ])('$name holds no article', ({ html }) => {
    expect(readArticle(parse(html, 'https://mp.weixin.qq.com/s?x=1'), 'https://mp.weixin.qq.com/s?x=1')).toBeNull();
    expect(readArticle(parse(html, 'https://example.org/'), 'https://example.org/')).toBeNull();
  });

  test.each([
    { name: 'unclosed tags and stray text', html: '<html><body><article><p>Unclosed <b>bold <i>text ' + 'words '.repeat(80) },
    { name: 'broken JSON-LD', html: '<html><head><script type="application/ld+json">{oops</script></head><body><article>' + '<p>Words here. </p>'.repeat(40) + '</article></body></html>' },
    { name: 'no URL', html: '<html><body><main>' + '<p>Some text. </p>'.repeat(40) + '</main></body></html>' },
  ])('a malformed page ($name) is read without throwing', ({ html }) => {
    expect(() => readArticle(parse(html, 'https://example.org/a'), 'not a url')).not.toThrow();
  });
});

describe('TextMap maps every span back to the DOM', () => {
  test.each([
    { name: 'wechat-hospital-ransomware.html', url: 'https://mp.weixin.qq.com/s?__biz=TESTBIZ001==' },
    { name: 'news-council-breach.html', url: 'https://www.bleepingcomputer.com/news/x/' },
  ])('$name', ({ name, url }) => {
    const doc = parse(fixture(name), url);
    const { map } = readArticle(doc, url)!;
    // Every word of the text maps to the same characters in the DOM.
    for (const m of map.text.matchAll(/[^\s\n]+/g)) {
      expect(domTextOf(doc, map, m.index, m.index + m[0].length)).toBe(m[0]);
    }
    // Spans across block boundaries are clipped to real text, never throw.
    const lineBreak = map.text.indexOf('\n');
    expect(domTextOf(doc, map, lineBreak - 2, lineBreak + 3).length).toBeGreaterThan(0);
  });

  test('whitespace collapsed by the reader still maps to the right characters', () => {
    const doc = parse('<html><body><article><p>  Royal \n\n   Mail   was   hit.  ' + 'More text. '.repeat(40) + '</p></article></body></html>', 'https://example.org/a');
    const { map } = readArticle(doc, 'https://example.org/a')!;
    expect(map.text.startsWith('Royal Mail was hit.')).toBe(true);
    const start = map.text.indexOf('Mail was');
    expect(domTextOf(doc, map, start, start + 'Mail was'.length)).toBe('Mail was');
  });
});

// Read at collection time (the table names the tests); none when the corpus is absent.
const labels = readLabels();

describe.skipIf(labels.length === 0)('corpus pages', () => {
  test.each(labels)('$id is read with its title and date', (label) => {
    const html = readFileSync(join(corpusDir, label.file), 'utf8');
    const result = readArticle(parse(html, label.url), label.url);
    expect(result).not.toBeNull();
    const { article } = result!;
    expect(article.title?.trim()).toBe(label.title.trim());
    if (label.published) expect(article.published).toBe(label.published);
    expect(article.text.length).toBeGreaterThan(100);
    if (label.url.includes('mp.weixin.qq.com')) {
      expect(article.site).toBe(label.site);
      expect(article.text).not.toContain('微信扫一扫');
    }
  });
});

describe('readWholePage ("analyse anyway")', () => {
  test.each([
    { name: 'short-notice.html', text: 'Service notice: the online payment portal is offline after a cyberattack on Monday.' },
    { name: 'search-results.html', text: null },
  ])('$name', ({ name, text }) => {
    const url = 'https://www.example-utility.test/notice';
    const doc = parse(fixture(name), url);
    expect(readArticle(doc, url)).toBeNull();
    const whole = readWholePage(doc, url);
    expect(whole?.article.text ?? null).toBe(text);
    if (whole) expect(whole.map.text).toBe(whole.article.text);
  });
});
