import { describe, expect, test } from 'vitest';
import { locateSpan } from '../../../engine/read/text-map';
import { FACT_CATEGORIES, type FactCategory } from '../../../engine/types';
import { createHighlighter, madeRangeOf, warmHighlightApi, type HighlightWorld } from '../../../entrypoints/incident-lens.content/highlighter';
import { WINDOW_CAP, WINDOWED_FROM } from '../../../entrypoints/incident-lens.content/paint-window';
import { factOf, fixtureFacts, loadPage } from './page-fixture';

/** The registry and highlights of a world without the Highlight API in happy-dom: plain data that records what was set. */
class FakeHighlight {
  ranges = new Set<StaticRangeInit>();
  constructor(ranges: StaticRangeInit[]) {
    ranges.forEach((r) => this.ranges.add(r));
  }
  add(range: AbstractRange) {
    this.ranges.add(range as unknown as StaticRangeInit);
    return this;
  }
}

function apiWorld(doc: Document): { world: HighlightWorld; registry: Map<string, unknown> } {
  const registry = new Map<string, unknown>();
  return {
    registry,
    world: {
      doc,
      registry,
      createHighlight: (ranges) => new FakeHighlight(ranges as unknown as StaticRangeInit[]),
      createRange: (init) => ({ ...init, collapsed: false }) as unknown as AbstractRange,
    },
  };
}

function markWorld(doc: Document): HighlightWorld {
  return {
    doc,
    registry: null,
    createHighlight: () => {
      throw new Error('no Highlight API in the marks world');
    },
    createRange: (init) => ({ ...init, collapsed: false }) as unknown as AbstractRange,
  };
}

/** The text a StaticRangeInit covers, read from the DOM. */
function textOf(doc: Document, init: StaticRangeInit): string {
  const range = doc.createRange();
  range.setStart(init.startContainer, init.startOffset);
  range.setEnd(init.endContainer, init.endOffset);
  return range.toString().replace(/\s+/g, ' ');
}

const run = { yieldToLoop: () => Promise.resolve() };

/** The page body as markup, for before/after comparisons. */
function markupOf(doc: Document): string {
  return new (doc.defaultView as unknown as { XMLSerializer: typeof XMLSerializer }).XMLSerializer().serializeToString(doc.body);
}

describe('Highlight API mode', () => {
  test('one highlight per category, named incident-lens-<category>, with the facts’ text', async () => {
    const { document, read } = loadPage();
    const { world, registry } = apiWorld(document);
    const facts = fixtureFacts(read);
    const highlighter = createHighlighter(world, read.map);
    const before = markupOf(document);
    expect(await highlighter.paint(facts, run)).toBe(true);
    expect(highlighter.mode).toBe('highlight-api');
    const expected = new Map<string, string[]>();
    for (const fact of facts) {
      const name = `incident-lens-${fact.category}`;
      expected.set(name, [...(expected.get(name) ?? []), fact.text].sort());
    }
    expect([...registry.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, texts] of expected) {
      const ranges = [...(registry.get(name) as FakeHighlight).ranges];
      expect(ranges.map((r) => textOf(document, r)).sort()).toEqual(texts);
    }
    // Painting with the Highlight API does not touch the page.
    expect(markupOf(document)).toBe(before);
  });

  test('toggling a category and hiding all update the registry; clear removes everything', async () => {
    const { document, read } = loadPage();
    const { world, registry } = apiWorld(document);
    const highlighter = createHighlighter(world, read.map);
    await highlighter.paint(fixtureFacts(read), run);
    highlighter.setCategoryVisible('date', false);
    expect(registry.has('incident-lens-date')).toBe(false);
    expect(registry.has('incident-lens-agency')).toBe(true);
    highlighter.setCategoryVisible('date', true);
    expect(registry.has('incident-lens-date')).toBe(true);
    highlighter.setHidden(true);
    expect([...registry.keys()].filter((k) => k.startsWith('incident-lens-'))).toEqual([]);
    highlighter.setHidden(false);
    expect(registry.size).toBe(7);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });

  test.each([
    { text: 'LockBit', category: 'malware' },
    { text: 'CVE-2023-4966', category: 'vulnerability' },
    { text: '缴费平台', category: 'service' },
    { text: '国家网络安全中心', category: 'agency' },
  ] as { text: string; category: FactCategory }[])('a caret inside "$text" finds the $category fact', async ({ text, category }) => {
    const { document, read } = loadPage();
    const { world } = apiWorld(document);
    const highlighter = createHighlighter(world, read.map);
    await highlighter.paint(fixtureFacts(read), run);
    const start = read.article.text.indexOf(text) + 1;
    const points = locateSpan(read.map, { start, end: start + 1 })!;
    const found = highlighter.factsAtPoint(points.startNode, points.startOffset);
    expect(found.map((p) => [p.fact.category, p.fact.text])).toContainEqual([category, text]);
  });

  test('a caret on plain text finds nothing, and a hidden category is not found', async () => {
    const { document, read } = loadPage();
    const { world } = apiWorld(document);
    const highlighter = createHighlighter(world, read.map);
    await highlighter.paint(fixtureFacts(read), run);
    const plain = read.article.text.indexOf('offline') + 2;
    const p = locateSpan(read.map, { start: plain, end: plain + 1 })!;
    expect(highlighter.factsAtPoint(p.startNode, p.startOffset)).toEqual([]);
    const lock = read.article.text.indexOf('LockBit') + 2;
    const q = locateSpan(read.map, { start: lock, end: lock + 1 })!;
    highlighter.setCategoryVisible('malware', false);
    expect(highlighter.factsAtPoint(q.startNode, q.startOffset)).toEqual([]);
  });

  test('a cancelled paint registers nothing', async () => {
    const { document, read } = loadPage();
    const { world, registry } = apiWorld(document);
    const highlighter = createHighlighter(world, read.map);
    let clock = 0;
    const done = await highlighter.paint(fixtureFacts(read).concat(Array(100).fill(factOf(read, 'malware', 'LockBit'))), {
      now: () => (clock += 5),
      yieldToLoop: () => Promise.resolve(),
      isCancelled: () => clock > 20,
    });
    expect(done).toBe(false);
    expect(registry.size).toBe(0);
  });
});

describe('<mark> fallback', () => {
  test('wraps each fact in marks with its category, and clear gives the page back its nodes', async () => {
    const { document, read } = loadPage();
    const before = markupOf(document);
    const textNodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) textNodes.push(n as Text);
    const data = textNodes.map((n) => n.data);

    const highlighter = createHighlighter(markWorld(document), read.map);
    // "said on Monday" overlaps "Monday" and is left out: marks cannot overlap.
    const facts = fixtureFacts(read).filter((f) => f.text !== 'said on Monday');
    expect(await highlighter.paint(facts, run)).toBe(true);
    expect(highlighter.mode).toBe('marks');
    const marks = Array.from(document.querySelectorAll('mark[data-incident-lens]'));
    const byFact = new Map<string, string>();
    for (const mark of marks) {
      const item = highlighter.factOfMark(mark)!;
      byFact.set(item.fact.text, `${byFact.get(item.fact.text) ?? ''}${mark.textContent}`);
      expect(mark.getAttribute('data-incident-lens')).toBe(item.fact.category);
    }
    for (const fact of facts) expect(byFact.get(fact.text)?.replace(/\s+/g, ' ')).toBe(fact.text);

    highlighter.setCategoryVisible('agency', false);
    expect(document.querySelectorAll('mark[data-incident-lens="agency"]').length).toBe(0);
    expect(document.querySelectorAll('mark[data-incident-lens="agency-off"]').length).toBe(2);

    highlighter.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(markupOf(document)).toBe(before);
    // The very same text nodes, with the same data.
    const after: Text[] = [];
    const again = document.createTreeWalker(document.body, 4);
    for (let n = again.nextNode(); n; n = again.nextNode()) after.push(n as Text);
    expect(after).toEqual(textNodes);
    expect(after.map((n) => n.data)).toEqual(data);
  });

  test('overlapping facts: the later one is wrapped, the earlier overlapping one skipped', async () => {
    const { document, read } = loadPage();
    const highlighter = createHighlighter(markWorld(document), read.map);
    await highlighter.paint([factOf(read, 'date', 'said on Monday'), factOf(read, 'date', 'Monday')], run);
    expect(highlighter.painted().map((p) => p.fact.text)).toEqual(['Monday']);
  });
});

describe('large paints register the facts in view first, then a capped window (paint-window.ts)', () => {
  /** `count` facts over the fixture's facts, in the given categories in turn (same spans repeat). */
  function manyFacts(read: ReturnType<typeof loadPage>['read'], count: number, categories: FactCategory[]) {
    const base = fixtureFacts(read);
    return Array.from({ length: count }, (_, i) => ({ ...base[i % base.length], category: categories[i % categories.length] }));
  }
  const registeredRanges = (registry: Map<string, unknown>) => [...registry.values()].reduce<number>((n, h) => n + (h as FakeHighlight).ranges.size, 0);

  // happy-dom lays nothing out: every fact is boxless, so "in view" is the first MAX_IN_VIEW (300).
  test.each([
    { count: 3000, frames: 2, first: 300, final: WINDOW_CAP },
    { count: WINDOWED_FROM - 1, frames: 0, first: WINDOWED_FROM - 1, final: WINDOWED_FROM - 1 },
    { count: 600, frames: 0, first: 600, final: 600 },
  ])('$count facts → $frames frame yields, $first ranges first, $final in the end', async ({ count, frames, first, final }) => {
    const { document, read } = loadPage();
    const { world, registry } = apiWorld(document);
    const highlighter = createHighlighter(world, read.map);
    const seen: number[] = [];
    let firstScreen = -1;
    const facts = manyFacts(read, count, ['date', 'agency', 'malware']);
    const done = await highlighter.paint(facts, {
      ...run,
      onFirstScreen: () => void (firstScreen = registeredRanges(registry)),
      yieldToFrame: async () => void seen.push(registeredRanges(registry)),
    });
    expect(done).toBe(true);
    expect(seen.length).toBe(frames);
    // A windowed paint resolves after the window's own frame, not in it (the legend comes after).
    if (frames === 2) expect(seen).toEqual([first, final]);
    expect(firstScreen).toBe(first);
    // Facts sorted by position: a window may hold only some of the categories.
    expect(registry.size).toBeGreaterThan(0);
    expect(['incident-lens-agency', 'incident-lens-date', 'incident-lens-malware']).toEqual(expect.arrayContaining([...registry.keys()]));
    expect(registeredRanges(registry)).toBe(final);
    // Every fact is painted (legend counts, next/previous, popup), registered or not.
    expect(highlighter.painted().length).toBe(facts.length);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });

  test('a paint cancelled between frames keeps only the first screen and resolves false', async () => {
    const { document, read } = loadPage();
    const { world, registry } = apiWorld(document);
    const highlighter = createHighlighter(world, read.map);
    let cancelled = false;
    const done = await highlighter.paint(manyFacts(read, 3000, ['date', 'agency', 'malware']), {
      ...run,
      isCancelled: () => cancelled,
      yieldToFrame: async () => {
        cancelled = true;
      },
    });
    expect(done).toBe(false);
    expect(registeredRanges(registry)).toBe(300);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });

  test('hiding a category of a windowed paint unregisters it; showing it brings the window back', async () => {
    const { document, read } = loadPage();
    const { world, registry } = apiWorld(document);
    const highlighter = createHighlighter(world, read.map);
    await highlighter.paint(manyFacts(read, 3000, ['date', 'agency']), { ...run, yieldToFrame: async () => undefined });
    highlighter.setCategoryVisible('date', false);
    expect([...registry.keys()]).toEqual(['incident-lens-agency']);
    highlighter.setCategoryVisible('date', true);
    expect(registeredRanges(registry)).toBe(WINDOW_CAP);
  });

  test('a windowed fact finds its nodes when its range is made: on the nodes as painted, or on none once the page changed them', async () => {
    const { document, read } = loadPage();
    const { world } = apiWorld(document);
    const highlighter = createHighlighter(world, read.map);
    await highlighter.paint(manyFacts(read, 3000, ['date', 'agency', 'malware']), { ...run, yieldToFrame: async () => undefined });
    const items = highlighter.painted();
    const unmade = items.filter((item) => madeRangeOf(item) === null);
    expect(unmade.length).toBeGreaterThan(0);
    const lockBit = unmade.find((item) => read.article.text.slice(item.start, item.end) === 'LockBit')!;
    const cisa = unmade.find((item) => read.article.text.slice(item.start, item.end) === 'CISA')!;
    // The page rewrites the paragraph that holds "LockBit" after the paint; "CISA" is untouched.
    const lockBitNode = locateSpan(read.map, lockBit)!.startNode;
    lockBitNode.data = lockBitNode.data.replace('LockBit', 'Someone');
    expect(textOf(document, cisa.range as unknown as StaticRangeInit)).toBe('CISA');
    const changed = lockBit.range as unknown as StaticRangeInit;
    expect(changed.startContainer).not.toBe(lockBitNode);
    expect(textOf(document, changed)).toBe('');
  });
});

test('after a cancelled large paint, a small paint registers every category again', async () => {
  const { document, read } = loadPage();
  const { world, registry } = apiWorld(document);
  const highlighter = createHighlighter(world, read.map);
  const base = fixtureFacts(read);
  const many = Array.from({ length: 2400 }, (_, i) => base[i % base.length]);
  let cancelled = false;
  expect(await highlighter.paint(many, { ...run, isCancelled: () => cancelled, yieldToFrame: async () => void (cancelled = true) })).toBe(false);
  expect(await highlighter.paint(base, run)).toBe(true);
  expect(registry.size).toBe(new Set(base.map((f) => f.category)).size);
});

test('warming paints once off the page: ranges and a highlight are made, nothing is registered or changed', async () => {
  const { document } = loadPage();
  const { world, registry } = apiWorld(document);
  const { XMLSerializer } = document.defaultView as unknown as { XMLSerializer: typeof globalThis.XMLSerializer };
  const serialize = () => new XMLSerializer().serializeToString(document.body);
  const before = serialize();
  const created: unknown[] = [];
  const ranges: StaticRangeInit[] = [];
  warmHighlightApi({
    ...world,
    createHighlight: (r) => (created.push(r), world.createHighlight(r)),
    createRange: (init) => (ranges.push(init), world.createRange(init)),
  });
  await Promise.resolve();
  expect(created.length).toBeGreaterThan(0);
  // One fact per category, one of them crossing from one text node into the next, as real facts do.
  expect(ranges).toHaveLength(FACT_CATEGORIES.length);
  expect(ranges.some((r) => r.startContainer !== r.endContainer)).toBe(true);
  // The dry run's nodes are detached: not in the page.
  expect(ranges.every((r) => !r.startContainer.isConnected && !r.endContainer.isConnected)).toBe(true);
  expect(registry.size).toBe(0);
  expect(serialize()).toBe(before);
  expect(() => warmHighlightApi(markWorld(document))).not.toThrow();
});
