import { describe, expect, test } from 'vitest';
import { keepLongestSpans } from '../../../../engine/entities/keep-longest-spans';

describe('keepLongestSpans', () => {
  test.each([
    {
      name: 'longest wins an overlap',
      spans: [{ start: 0, end: 3 }, { start: 0, end: 10 }, { start: 12, end: 14 }],
      blocked: [],
      expected: [{ start: 0, end: 10 }, { start: 12, end: 14 }],
    },
    {
      name: 'the earlier of equal spans wins',
      spans: [{ start: 2, end: 6 }, { start: 4, end: 8 }],
      blocked: [],
      expected: [{ start: 2, end: 6 }],
    },
    {
      name: 'blocked spans remove what they touch',
      spans: [{ start: 0, end: 4 }, { start: 5, end: 9 }],
      blocked: [{ start: 3, end: 4 }],
      expected: [{ start: 5, end: 9 }],
    },
    { name: 'empty spans are dropped', spans: [{ start: 3, end: 3 }], blocked: [], expected: [] },
  ])('$name', ({ spans, blocked, expected }) => {
    expect(keepLongestSpans(spans, 20, blocked)).toEqual(expected);
  });
});
