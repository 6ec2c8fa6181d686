/**
 * Runs many small steps without holding the main thread: steps run until a time budget is spent,
 * then the loop yields to the event loop (no task over 50 ms on a 1 MB article).
 */

/** Clock and yield of a time-sliced run; injectable for tests. */
export interface SliceOptions {
  /** Milliseconds of work per task; well under the 50 ms long-task line. */
  budgetMs?: number;
  now?: () => number;
  /** Resolves in a later task. */
  yieldToLoop?: () => Promise<void>;
  /** Checked between slices (and every few steps): true stops the run. */
  isCancelled?: () => boolean;
  /** Resolves after the next frame is rendered (spreads style work over frames). */
  yieldToFrame?: () => Promise<void>;
}

/** Yields to the event loop: scheduler.yield() where it exists, else a zero timeout. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves after the next animation frame, or after `fallbackMs` where frames do not come (a
 * background tab renders none, and painting must not stall there).
 */
export function yieldToNextFrame(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      clearTimeout(timer);
      // After the frame's rendering, not before it: the next task.
      setTimeout(resolve, 0);
    });
  });
}

/** Steps between clock reads: reading the clock per step would cost more than small steps. */
const STEPS_PER_CLOCK_READ = 32;

/**
 * Calls `step(i)` for i in [0, count), yielding whenever `budgetMs` is spent.
 * Resolves true when every step ran, false when cancelled.
 */
export async function runTimeSliced(count: number, step: (index: number) => void, options: SliceOptions = {}): Promise<boolean> {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const yieldToLoop = options.yieldToLoop ?? yieldToEventLoop;
  let sliceStart = now();
  for (let i = 0; i < count; i++) {
    if (i % STEPS_PER_CLOCK_READ === 0 && i > 0) {
      if (options.isCancelled?.()) return false;
      if (now() - sliceStart >= budget) {
        await yieldToLoop();
        if (options.isCancelled?.()) return false;
        sliceStart = now();
      }
    }
    step(i);
  }
  return !options.isCancelled?.();
}
