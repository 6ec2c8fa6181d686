import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluatePairs, readPairs } from '../../../scripts/incident-pairs';

const SHARED = existsSync(resolve(__dirname, '../../../../shared/corpus'));

describe('incident linking on the labelled pair set', () => {
  test('the set holds at least 40 pairs, both labels, near-collisions included', () => {
    const pairs = readPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    expect(pairs.filter((pair) => pair.same).length).toBeGreaterThanOrEqual(15);
    expect(pairs.filter((pair) => !pair.same).length).toBeGreaterThanOrEqual(15);
    expect(pairs.filter((pair) => !pair.same && pair.b === 'fixture:royal-mail-2022-11-outage-en.html')).toHaveLength(4);
  });

  test(`pairwise precision and recall ≥ 0.9 (${SHARED ? 'whole set' : 'project pages only: ../shared is missing'})`, async () => {
    const scores = await evaluatePairs();
    expect(scores.pairs.length).toBeGreaterThanOrEqual(SHARED ? 40 : 6);
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
  }, 600_000);
});
