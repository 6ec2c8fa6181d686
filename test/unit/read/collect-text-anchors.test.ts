/**
 * The anchored TextMap (a segment names a block and a path of child indices, not its text node)
 * against the walk that kept every text node (collect-text-reference.ts): the same text, the same
 * offsets, and every segment resolving to the very node the reference kept. On generated trees
 * (blocks, inline runs, whitespace of every kind, <pre>, hidden and skipped subtrees, comments) and
 * on the fixture pages, through the news reader's own skip and none. Then what anchoring changes:
 * a block per many text nodes, and a page changed since the read gives no node rather than a wrong one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { isChromeBlock } from '../../../engine/read/chrome-text';
import { collectText, type CollectTextOptions } from '../../../engine/read/collect-text';
import { readArticle } from '../../../engine/read/read-article';
import { indexSegments, locateSpan, nodeOfSegment, offsetInSegments, offsetOfPoint, segmentAt, type TextMap } from '../../../engine/read/text-map';
import { generateHugeArticlePage } from '../../e2e/huge-page';
import { referenceCollectText, type ReferenceTextMap } from './collect-text-reference';

const ROOT = resolve(import.meta.dirname, '../../..');

function parse(html: string, url = 'https://www.example-news.test/a') {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Asserts that `map` says what `reference` says, node for node. */
function expectSameMap(map: TextMap, reference: ReferenceTextMap, label: string) {
  expect(map.text, label).toBe(reference.text);
  expect(map.segments.length, label).toBe(reference.segments.length);
  for (let i = 0; i < map.segments.length; i++) {
    const seg = segmentAt(map, i);
    const ref = reference.segments[i];
    expect([seg.start, seg.end, seg.nodeStart], `${label} segment ${i}`).toEqual([ref.start, ref.end, ref.nodeStart]);
    expect(seg.nodeOffsets ? [...seg.nodeOffsets] : null, `${label} segment ${i}`).toEqual(ref.nodeOffsets ? [...ref.nodeOffsets] : null);
    expect(nodeOfSegment(map, i) === ref.node, `${label} segment ${i} resolves to the reference's node`).toBe(true);
  }
}

/** A small seeded generator (mulberry32): the same trees on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Northbridge', 'Water', 'LockBit', 'CVE-2024-1234', '北桥水务', '国家网络安全中心', 'a', 'x'];
const SPACES = [' ', '  ', '\n', '\t ', '\u00a0', ' \n  ', ''];
const BLOCKS = ['p', 'div', 'li', 'h2', 'section', 'td', 'blockquote'];
const INLINES = ['span', 'b', 'a', 'em', 'code'];

/** Random HTML of depth at most `depth`. */
function tree(next: () => number, depth: number): string {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 5);
  for (let i = 0; i < count; i++) {
    const r = next();
    if (r < 0.35 || depth === 0) parts.push(`${pick(SPACES)}${pick(WORDS)}${pick(SPACES)}`);
    else if (r < 0.55) {
      const tag = pick(INLINES);
      parts.push(`<${tag}>${tree(next, depth - 1)}</${tag}>`);
    } else if (r < 0.8) {
      const tag = pick(BLOCKS);
      parts.push(`<${tag}>${tree(next, depth - 1)}</${tag}>`);
    } else if (r < 0.84) parts.push('<br>');
    else if (r < 0.87) parts.push(`<pre>${pick(WORDS)}\n  ${pick(WORDS)} \n</pre>`);
    else if (r < 0.9) parts.push(`<div hidden>${pick(WORDS)}</div>`);
    else if (r < 0.93) parts.push(`<script>var ${pick(['a', 'b'])} = 1;</script>`);
    else if (r < 0.96) parts.push('<!-- a comment -->');
    else parts.push(`<nav class="skip">${tree(next, depth - 1)}</nav>`);
  }
  return parts.join('');
}

const skipNav: CollectTextOptions = { skip: (el) => el.classList.contains('skip') };

describe('the anchored TextMap agrees with the walk that kept every text node', () => {
  test('600 generated trees, with and without a skip', () => {
    const next = random(20261207);
    for (let i = 0; i < 600; i++) {
      const doc = parse(`<!doctype html><html><body><article>${tree(next, 4)}</article></body></html>`);
      const root = doc.querySelector('article')!;
      const options = i % 2 ? skipNav : {};
      expectSameMap(collectText(root, options), referenceCollectText(root, options), `tree ${i}`);
    }
  });

  test.each(readdirSync(join(ROOT, 'test/fixtures/pages')).filter((name) => name.endsWith('.html')))('%s: the body, with the chrome skip and without', (name) => {
    const doc = parse(readFileSync(join(ROOT, 'test/fixtures/pages', name), 'utf8'));
    const chrome: CollectTextOptions = { skip: isChromeBlock };
    expectSameMap(collectText(doc.body, chrome), referenceCollectText(doc.body, chrome), `${name} (skip)`);
    expectSameMap(collectText(doc.body), referenceCollectText(doc.body), name);
  });

  test('a read of every fixture page (WeChat prepends its headline) resolves every segment', () => {
    for (const name of readdirSync(join(ROOT, 'test/fixtures/pages')).filter((n) => n.endsWith('.html'))) {
      const url = name.startsWith('wechat') ? 'https://mp.weixin.qq.com/s?__biz=X==&mid=1' : 'https://www.bleepingcomputer.com/news/security/x/';
      const read = readArticle(parse(readFileSync(join(ROOT, 'test/fixtures/pages', name), 'utf8'), url), url);
      if (!read) continue;
      const unresolved = Array.from({ length: read.map.segments.length }, (_, i) => i).filter((i) => !nodeOfSegment(read.map, i));
      expect(unresolved, name).toEqual([]);
    }
  });

  test('a point in each node maps back to the same offset through the anchors as through the kept nodes', () => {
    const doc = parse(`<!doctype html><html><body><article>${tree(random(7), 5)}${tree(random(8), 5)}</article></body></html>`);
    const root = doc.querySelector('article')!;
    const map = collectText(root);
    const reference = referenceCollectText(root);
    const index = indexSegments(map);
    reference.segments.forEach((ref, i) => {
      for (let at = ref.start; at < ref.end; at++) {
        const nodeOffset = ref.nodeOffsets ? ref.nodeOffsets[at - ref.start] : ref.nodeStart + at - ref.start;
        expect(offsetInSegments(index, ref.node, nodeOffset), `segment ${i} offset ${at}`).toBe(at);
        expect(offsetOfPoint(map, ref.node, nodeOffset), `segment ${i} offset ${at}`).toBe(at);
      }
    });
  });
});

describe('what the anchors change', () => {
  test('a page of a word per element keeps one anchor per block, not one node per text node', () => {
    const doc = parse(generateHugeArticlePage(20_000));
    const map = collectText(doc.querySelector('article')!);
    expect(map.segments.length).toBeGreaterThan(30_000);
    expect(map.anchors.length).toBeLessThan(map.segments.length / 20);
  });

  test('a node the page moved or changed since the read gives no points, not wrong ones', () => {
    const doc = parse('<!doctype html><html><body><article><p>Northbridge <b>Water</b> said <i>LockBit</i> struck.</p><p>Second block.</p></article></body></html>');
    const map = collectText(doc.querySelector('article')!);
    const span = { start: map.text.indexOf('LockBit'), end: map.text.indexOf('LockBit') + 7 };
    expect(locateSpan(map, span)?.startNode.data).toBe('LockBit');
    // An element inserted before it in the same block shifts the path: no node, rather than "said".
    doc.querySelector('b')!.before(doc.createElement('span'));
    expect(locateSpan(map, span)).toBeNull();
    // The second block is anchored apart: still found.
    const second = { start: map.text.indexOf('Second'), end: map.text.indexOf('Second') + 6 };
    expect(locateSpan(map, second)?.startNode.data).toBe('Second block.');
    // Its text changed in place: no node.
    (doc.querySelectorAll('p')[1].firstChild as Text).data = 'Other block.';
    expect(locateSpan(map, second)).toBeNull();
  });
});
