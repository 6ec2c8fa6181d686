import { describe, expect, test } from 'vitest';
import { factsInView, needsRecentre, windowAround } from '../../../entrypoints/incident-lens.content/paint-window';

/** Facts laid out one per line of `lineHeight` px, scrolled by `scrollY`; `hidden` ones have no box. */
function lines(lineHeight: number, scrollY: number, hidden: ReadonlySet<number> = new Set()) {
  return (i: number) => (hidden.has(i) ? null : { top: i * lineHeight - scrollY, bottom: (i + 1) * lineHeight - scrollY });
}

describe('factsInView', () => {
  test.each([
    { name: 'top of the page', scrollY: 0, expected: { start: 0, end: 10 } },
    { name: 'scrolled 25 lines', scrollY: 2500, expected: { start: 25, end: 35 } },
    { name: 'half a line scrolled', scrollY: 50, expected: { start: 0, end: 11 } },
    { name: 'past the last fact', scrollY: 1e6, expected: { start: 1000, end: 1000 } },
  ])('$name', ({ scrollY, expected }) => {
    // A 1000 px viewport holds ten 100 px lines (and a part of an eleventh when scrolled by half).
    expect(factsInView(1000, lines(100, scrollY), 1000)).toEqual(expected);
  });

  test('a boxless fact takes its neighbour’s place in the search', () => {
    const hidden = new Set([24, 25, 26]);
    expect(factsInView(1000, lines(100, 2500, hidden), 1000)).toEqual({ start: 24, end: 35 });
  });

  test('never more than 300 facts, however tall the viewport', () => {
    expect(factsInView(5000, lines(1, 0), 100_000).end).toBe(300);
  });
});

describe('windowAround', () => {
  test.each([
    { name: 'start of a long page: the window runs forward', inView: { start: 0, end: 10 }, count: 5000, cap: 1000, expected: { start: 0, end: 1000 } },
    { name: 'middle: a third of the spare before', inView: { start: 2000, end: 2010 }, count: 5000, cap: 1000, expected: { start: 1670, end: 2670 } },
    { name: 'end: the window runs back', inView: { start: 4990, end: 5000 }, count: 5000, cap: 1000, expected: { start: 4000, end: 5000 } },
    { name: 'fewer facts than the cap: all of them', inView: { start: 5, end: 9 }, count: 300, cap: 1000, expected: { start: 0, end: 300 } },
    { name: 'more in view than the cap: what is in view', inView: { start: 100, end: 400 }, count: 5000, cap: 200, expected: { start: 100, end: 400 } },
  ])('$name', ({ inView, count, cap, expected }) => {
    const window = windowAround(inView, count, cap);
    expect(window).toEqual(expected);
    expect(window.start).toBeLessThanOrEqual(inView.start);
    expect(window.end).toBeGreaterThanOrEqual(inView.end);
  });
});

describe('needsRecentre', () => {
  const window = { start: 1000, end: 2000 };
  test.each([
    { name: 'in the middle', inView: { start: 1400, end: 1410 }, count: 5000, expected: false },
    { name: 'near the end', inView: { start: 1850, end: 1860 }, count: 5000, expected: true },
    { name: 'near the start', inView: { start: 1050, end: 1060 }, count: 5000, expected: true },
    { name: 'outside it (a jump)', inView: { start: 4000, end: 4010 }, count: 5000, expected: true },
    { name: 'near the end, but the page ends there', inView: { start: 1990, end: 2000 }, count: 2000, expected: false },
  ])('$name → $expected', ({ inView, count, expected }) => {
    expect(needsRecentre(inView, window, count)).toBe(expected);
  });
});
