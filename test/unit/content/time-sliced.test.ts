import { describe, expect, test } from 'vitest';
import { runTimeSliced } from '../../../entrypoints/incident-lens.content/time-sliced';

describe('runTimeSliced', () => {
  test.each([
    { stepCost: 0.01, steps: 2000, maxSlice: 8.4 },
    { stepCost: 0.2, steps: 500, maxSlice: 8 + 32 * 0.2 },
    { stepCost: 1, steps: 100, maxSlice: 8 + 32 },
  ])('steps of $stepCost ms: every step runs, no slice much over budget', async ({ stepCost, steps, maxSlice }) => {
    let clock = 0;
    let sliceStart = 0;
    let longest = 0;
    const seen: number[] = [];
    const done = await runTimeSliced(
      steps,
      (i) => {
        seen.push(i);
        clock += stepCost;
        longest = Math.max(longest, clock - sliceStart);
      },
      {
        budgetMs: 8,
        now: () => clock,
        yieldToLoop: async () => {
          sliceStart = clock;
        },
      },
    );
    expect(done).toBe(true);
    expect(seen).toEqual([...Array(steps).keys()]);
    expect(longest).toBeLessThanOrEqual(maxSlice + 1e-9);
  });

  test('cancellation stops between slices and reports false', async () => {
    let clock = 0;
    let yields = 0;
    const seen: number[] = [];
    const done = await runTimeSliced(10_000, (i) => {
      seen.push(i);
      clock += 1;
    }, { budgetMs: 8, now: () => clock, yieldToLoop: async () => void yields++, isCancelled: () => yields >= 2 });
    expect(done).toBe(false);
    expect(seen.length).toBeLessThan(10_000);
  });

  test('zero steps complete at once', async () => {
    expect(await runTimeSliced(0, () => undefined)).toBe(true);
  });
});
