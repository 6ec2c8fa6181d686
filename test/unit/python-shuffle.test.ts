/** The Python-compatible shuffle matches outputs recorded from CPython 3 (`random.Random`). */
import { describe, expect, test } from 'vitest';
import { pythonGetrandbits, pythonShuffle } from './python-shuffle';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('pythonShuffle', () => {
  test('getrandbits(32) and getrandbits(5) as CPython gives them', () => {
    expect(pythonGetrandbits(20261207n, 32, 3)).toEqual([4106073386, 665742111, 3385795573]);
    expect(pythonGetrandbits(20261207n, 5, 3)).toEqual([30, 4, 25]);
    // A seed wider than 32 bits is split into words, least significant first.
    expect(pythonGetrandbits(2n ** 40n + 5n, 32, 2)).toEqual([2166296868, 2220160828]);
  });

  test('shuffle(list(range(10))) as CPython leaves it', () => {
    expect(pythonShuffle(range(10), 20261207n)).toEqual([3, 0, 6, 4, 7, 5, 8, 9, 1, 2]);
    expect(pythonShuffle(range(10), 1n)).toEqual([6, 8, 9, 7, 5, 3, 0, 4, 1, 2]);
  });

  test('leaves its input alone and keeps every item', () => {
    const input = range(50);
    const out = pythonShuffle(input, 7n);
    expect(input).toEqual(range(50));
    expect([...out].sort((a, b) => a - b)).toEqual(input);
  });
});
