import { describe, expect, test } from 'vitest';
import { articleOffsetOf, factsAt, indexFacts, indexSegments } from '../../../entrypoints/incident-lens.content/fact-index';
import { findSegment, nodeOffsetOf, nodeOfSegment } from '../../../engine/read/text-map';
import { loadPage } from './page-fixture';

describe('factsAt', () => {
  const index = indexFacts([
    { start: 0, end: 10, id: 'outer' },
    { start: 2, end: 5, id: 'inner' },
    { start: 20, end: 25, id: 'later' },
    { start: 40, end: 41, id: 'last' },
  ]);
  test.each([
    { offset: 3, ids: ['inner', 'outer'] },
    { offset: 0, ids: ['outer'] },
    { offset: 10, ids: ['outer'] },
    { offset: 7, ids: ['outer'] },
    { offset: 12, ids: [] },
    { offset: 25, ids: ['later'] },
    { offset: 30, ids: [] },
    { offset: 41, ids: ['last'] },
    { offset: 100, ids: [] },
  ])('offset $offset → $ids (innermost first)', ({ offset, ids }) => {
    expect(factsAt(index, offset).map((f) => f.id)).toEqual(ids);
  });
  test('an empty index finds nothing', () => {
    expect(factsAt(indexFacts([]), 3)).toEqual([]);
  });
});

describe('articleOffsetOf', () => {
  test.each(['Northbridge Water', 'LockBit', 'CISA', '北桥水务公司', '国家网络安全中心'])(
    'maps a DOM point inside "%s" back to its article offset, across collapsed whitespace',
    (text) => {
      const { read } = loadPage();
      const index = indexSegments(read.map);
      const at = read.article.text.indexOf(text);
      for (let i = 0; i < text.length; i++) {
        const k = findSegment(read.map.segments, at + i, false);
        expect(articleOffsetOf(index, nodeOfSegment(read.map, k)!, nodeOffsetOf(read.map.segments, k, at + i))).toBe(at + i);
      }
    },
  );
  test('a node outside the article gives null', () => {
    const { document, read } = loadPage();
    const footer = document.querySelector('footer')!.firstChild!;
    expect(articleOffsetOf(indexSegments(read.map), footer, 1)).toBeNull();
  });
});
