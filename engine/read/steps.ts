/**
 * Running a reader's work in steps. Readers are generators that pause (`yield`) every few dozen
 * nodes: the CLI and tests run them to the end at once, the content script spreads them over
 * tasks so a 1 MB article never holds the page's main thread past the long-task line (50 ms).
 * The clock and the yield are passed in: engine code reads no globals.
 */

/** Work that pauses between steps and returns `T` at the end. */
export type Steps<T> = Generator<void, T, void>;

/** How a time-sliced run measures time and gives the thread back. */
export interface StepScheduler {
  /** Milliseconds, monotonic (`performance.now` in a page). */
  now(): number;
  /** Resolves in a later task (scheduler.yield(), or a zero timeout). */
  yieldToLoop(): Promise<void>;
  /** Milliseconds of work per task; 8 by default, well under the 50 ms long-task line. */
  budgetMs?: number;
}

/** Runs `steps` to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/** Runs `steps`, yielding to the event loop whenever the scheduler's budget is spent. */
export async function runStepsSliced<T>(steps: Steps<T>, scheduler: StepScheduler): Promise<T> {
  const budget = scheduler.budgetMs ?? 8;
  let sliceStart = scheduler.now();
  let next = steps.next();
  while (!next.done) {
    if (scheduler.now() - sliceStart >= budget) {
      await scheduler.yieldToLoop();
      sliceStart = scheduler.now();
    }
    next = steps.next();
  }
  return next.value;
}
