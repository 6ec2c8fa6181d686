import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countStartingBefore } from '../../../engine/text-spans';

describe('countStartingBefore', () => {
  const spans = [
    { start: 0, end: 3 },
    { start: 5, end: 9 },
    { start: 5, end: 6 },
    { start: 12, end: 20 },
  ];
  test.each([
    { offset: 0, count: 0 },
    { offset: 1, count: 1 },
    { offset: 5, count: 1 },
    { offset: 6, count: 3 },
    { offset: 12, count: 3 },
    { offset: 99, count: 4 },
  ])('offset $offset → $count', ({ offset, count }) => {
    expect(countStartingBefore(spans, offset)).toBe(count);
  });

  test('equals a linear count on any sorted spans', () => {
    const sorted = fc.array(fc.nat(200)).map((starts) => starts.sort((a, b) => a - b).map((start) => ({ start, end: start + 1 })));
    fc.assert(fc.property(sorted, fc.integer({ min: -5, max: 210 }), (list, offset) => countStartingBefore(list, offset) === list.filter((s) => s.start < offset).length));
  });
});
