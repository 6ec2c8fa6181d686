/**
 * Which facts a huge paint registers, and when. Each change of `CSS.highlights` makes Chromium
 * re-validate every registered range in its next pre-paint: measured on a generated 200,000-element
 * page, one change costs ~15 µs per range registered, whatever the change added, so 20,000 ranges
 * make every later change a 300 ms task, and registering category by category repeated it eight
 * times. No reader uses more than the facts around what they are reading, so a page with thousands
 * of facts gets a window: the facts in view are registered first (a few dozen ranges, one cheap
 * change), then, a frame later, a window of at most `WINDOW_CAP` facts around them; scrolling
 * near the window's edge moves it. Every fact is still painted in the legend's counts, in
 * next/previous (which scrolls, and so moves the window) and in the popup.
 */

/** Facts from which a paint is windowed; below it everything is registered at once. */
export const WINDOWED_FROM = 2000;

/**
 * The most facts registered at once: about 15 screens of the densest page measured. A change of
 * the registry costs pre-paint in proportion (1,000 ranges: a 330 ms task on this 2-core machine
 * under a load average of 16, against 130 ms for the first screen's few dozen).
 */
export const WINDOW_CAP = 500;

/** Most facts taken as "in view", whatever the rects say (a page of one giant line). */
const MAX_IN_VIEW = 300;

/** A half-open span of indices into the painted facts (article order). */
export interface IndexSpan {
  start: number;
  end: number;
}

/** The vertical extent of fact `i` in viewport coordinates; null when it has no box (hidden). */
export type VerticalExtentOf = (index: number) => { top: number; bottom: number } | null;

/**
 * The facts in the viewport (0..`viewportHeight`): a binary search for the first fact not above
 * it, then a walk down to the first below it. Facts are in article order, which is top-to-bottom
 * order on an article page; a fact without a box takes its neighbour's place in the search.
 */
export function factsInView(count: number, extentOf: VerticalExtentOf, viewportHeight: number): IndexSpan {
  const bottomAt = (i: number): number => {
    // A boxless fact (display: none) is looked past, forwards, to one with a box.
    for (let j = i; j < count && j < i + 16; j++) {
      const extent = extentOf(j);
      if (extent) return extent.bottom;
    }
    return Number.POSITIVE_INFINITY;
  };
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bottomAt(mid) <= 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < count && end - lo < MAX_IN_VIEW) {
    const extent = extentOf(end);
    if (extent && extent.top >= viewportHeight) break;
    end++;
  }
  return { start: lo, end };
}

/** A window of at most `cap` facts around `inView`, a third before it and the rest after (readers read down). */
export function windowAround(inView: IndexSpan, count: number, cap: number): IndexSpan {
  const size = Math.min(cap, count);
  const spare = Math.max(0, size - (inView.end - inView.start));
  let start = Math.max(0, inView.start - Math.floor(spare / 3));
  const end = Math.min(count, start + Math.max(size, inView.end - inView.start));
  start = Math.max(0, end - Math.max(size, inView.end - inView.start));
  return { start, end };
}

/**
 * Whether the facts in view are far enough into the registered window's edge that it should move:
 * within a sixth of the window of either end (and the page goes on past that end).
 */
export function needsRecentre(inView: IndexSpan, window: IndexSpan, count: number): boolean {
  const margin = Math.floor((window.end - window.start) / 6);
  const nearStart = window.start > 0 && inView.start < window.start + margin;
  const nearEnd = window.end < count && inView.end > window.end - margin;
  return nearStart || nearEnd;
}
