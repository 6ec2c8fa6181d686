/**
 * The time-sliced reader: the same result as the synchronous `readArticle`, with the work
 * spread over as many slices as the scheduler's budget asks for. Pages: the project's fixtures,
 * a generated long page of own sentences, and every corpus page when ../shared/corpus is present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { readArticle, readArticleSliced, type StepScheduler } from '../../../engine/read/read-article';
import type { ReadResult } from '../../../engine/read/reader';
import { nodeOfSegment, segmentAt } from '../../../engine/read/text-map';
import { corpusDir, hasCorpus, readLabels } from '../corpus';

const ROOT = resolve(import.meta.dirname, '../../..');

function parse(html: string, url: string) {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A scheduler whose clock moves `tick` ms per reading, counting its yields. */
function fakeScheduler(tick: number): StepScheduler & { yields: number } {
  let clock = 0;
  const scheduler = {
    yields: 0,
    budgetMs: 8,
    now: () => (clock += tick),
    yieldToLoop: async () => {
      scheduler.yields++;
    },
  };
  return scheduler;
}

/** What must be equal between two reads: the article and every segment's node and offsets. */
function shape(result: ReadResult | null) {
  if (!result) return null;
  return {
    article: result.article,
    segments: Array.from({ length: result.map.segments.length }, (_, i) => {
      const s = segmentAt(result.map, i);
      return { node: nodeOfSegment(result.map, i), start: s.start, end: s.end, nodeStart: s.nodeStart, offsets: s.nodeOffsets ? [...s.nodeOffsets] : null };
    }),
  };
}

const EN = 'Northbridge Water said on Monday that its billing portal was offline after a ransomware attack.';
const ZH = '北桥水务公司表示，其缴费平台于3月6日因勒索软件攻击中断，国家网络安全中心正在调查。';

/** A long article of own sentences, English and Chinese, with chrome to skip between paragraphs. */
function longPage(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    body.push(`<p>${i % 2 ? ZH : EN} <b>Part ${i}</b>   of the   report.</p>`);
    if (i % 50 === 0) body.push('<div class="share-bar"><a href="/s">Share</a></div><script>var x = 1;</script>');
  }
  return `<!doctype html><html><head><title>Long report</title></head><body><nav><a href="/">Home</a></nav><article><h1>Long report</h1>${body.join('\n')}</article></body></html>`;
}

describe('readArticleSliced', () => {
  test.each([
    { name: 'news-council-breach.html', url: 'https://www.bleepingcomputer.com/news/security/northbridge-council-ransomware/' },
    { name: 'wechat-hospital-ransomware.html', url: 'https://mp.weixin.qq.com/s?__biz=TESTBIZ001==&mid=1000000001&idx=1&sn=fixture0001' },
  ])('$name: same result as readArticle', async ({ name, url }) => {
    const doc = parse(readFileSync(join(ROOT, 'test/fixtures/pages', name), 'utf8'), url);
    const sliced = await readArticleSliced(doc, url, fakeScheduler(1));
    expect(sliced).not.toBeNull();
    expect(shape(sliced)).toEqual(shape(readArticle(doc, url)));
  });

  test.each([
    { paragraphs: 40, tick: 0.001, sliced: false },
    { paragraphs: 2000, tick: 0.5, sliced: true },
    { paragraphs: 2000, tick: 5, sliced: true },
  ])('$paragraphs paragraphs at $tick ms per clock reading: same result, yields only when the budget is spent', async ({ paragraphs, tick, sliced }) => {
    const url = 'https://www.example-news.test/long-report';
    const doc = parse(longPage(paragraphs), url);
    const scheduler = fakeScheduler(tick);
    const result = await readArticleSliced(doc, url, scheduler);
    expect(result?.article.text).toContain(ZH);
    expect(result?.article.text).not.toContain('Share');
    expect(shape(result)).toEqual(shape(readArticle(doc, url)));
    if (sliced) expect(scheduler.yields).toBeGreaterThan(paragraphs / 200);
    else expect(scheduler.yields).toBe(0);
  });

  test.each([
    { html: '<html><body><form><input name="q"></form><p>Search</p></body></html>', url: 'https://example.org/search' },
    { html: '<html><body><div id="js_content"></div></body></html>', url: 'https://mp.weixin.qq.com/s?x=1' },
    { html: '<html><body><p>短</p></body></html>', url: 'not a url' },
  ])('no article on $url → null, like readArticle', async ({ html, url }) => {
    const doc = parse(html, url.startsWith('http') ? url : 'https://example.org/');
    await expect(readArticleSliced(doc, url, fakeScheduler(1))).resolves.toBeNull();
    expect(readArticle(doc, url)).toBeNull();
  });
});

describe.skipIf(!hasCorpus)('readArticleSliced on the corpus', () => {
  // A skipped describe still runs its body: readLabels reads nothing when the corpus is absent.
  const labels = readLabels(['labels-en-dev.jsonl', 'labels-zh-dev.jsonl']);
  const pages = new Set(existsSync(join(corpusDir, 'pages')) ? readdirSync(join(corpusDir, 'pages')) : []);

  test('every page reads the same sliced and at once', async () => {
    let compared = 0;
    for (const label of labels) {
      if (!pages.has(`${label.id}.html`)) continue;
      const doc = parse(readFileSync(join(corpusDir, 'pages', `${label.id}.html`), 'utf8'), label.url);
      const sliced = await readArticleSliced(doc, label.url, fakeScheduler(0.5));
      expect(shape(sliced), label.id).toEqual(shape(readArticle(doc, label.url)));
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });
});
