import { describe, expect, test } from 'vitest';
import { keepWorkerWarm, type PresenceHost, type PresenceTimings } from '../../../entrypoints/incident-lens.content/reader-presence';

const TIMINGS: PresenceTimings = { pingMs: 20_000, activeMs: 120_000, firstPingMs: 3_000 };

/** A page on a simulated clock: timers fire as time advances; returns the times of the pings. */
function simulatedPage() {
  let now = 0;
  let visible = true;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const listeners = new Set<() => void>();
  const pings: number[] = [];
  const host: PresenceHost = {
    now: () => now,
    isVisible: () => visible,
    setTimer: (callback, delayMs) => {
      const id = nextId++;
      timers.set(id, { at: now + delayMs, callback });
      return id;
    },
    clearTimer: (handle) => void timers.delete(handle as number),
    onReaderActivity: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ping: () => pings.push(now),
  };
  /** Advances the clock to `until`, firing due timers in order. */
  const advance = (until: number) => {
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].callback();
    }
    now = until;
  };
  const activity = (at: number) => {
    advance(at);
    for (const listener of listeners) listener();
  };
  const setVisible = (at: number, value: boolean) => {
    advance(at);
    visible = value;
    if (value) for (const listener of listeners) listener();
  };
  return { host, advance, activity, setVisible, pings, pendingTimers: () => timers.size, listenerCount: () => listeners.size };
}

describe('keeping the worker warm while a reader is on the page', () => {
  test('pings first after the page has loaded, then every 20 s while the reader is active', () => {
    const page = simulatedPage();
    keepWorkerWarm(page.host, TIMINGS);
    page.advance(2_999);
    expect(page.pings).toEqual([]);
    page.advance(70_000);
    expect(page.pings).toEqual([3_000, 23_000, 43_000, 63_000]);
  });

  test('stops two minutes after the last sign of life, leaving no timer behind', () => {
    const page = simulatedPage();
    keepWorkerWarm(page.host, TIMINGS);
    page.advance(600_000);
    // 3 s, then every 20 s up to the two minutes after the start (the page's load counts as one).
    expect(page.pings).toEqual([3_000, 23_000, 43_000, 63_000, 83_000, 103_000]);
    expect(page.pendingTimers()).toBe(0);
  });

  test('a reader who scrolls keeps it going', () => {
    const page = simulatedPage();
    keepWorkerWarm(page.host, TIMINGS);
    for (let at = 50_000; at <= 250_000; at += 50_000) page.activity(at);
    page.advance(250_000);
    expect(page.pings.at(-1)).toBe(243_000);
    expect(page.pings.every((t, i) => i === 0 || t - page.pings[i - 1] === 20_000)).toBe(true);
  });

  test('a reader who comes back after the pings stopped wakes the worker at once', () => {
    const page = simulatedPage();
    keepWorkerWarm(page.host, TIMINGS);
    page.advance(400_000);
    const before = page.pings.length;
    page.activity(400_500);
    expect(page.pings.slice(before)).toEqual([400_500]);
    page.advance(421_000);
    expect(page.pings.slice(before)).toEqual([400_500, 420_500]);
  });

  test('a hidden tab does not ping; showing it again pings at once', () => {
    const page = simulatedPage();
    keepWorkerWarm(page.host, TIMINGS);
    page.advance(10_000);
    page.setVisible(10_000, false);
    page.advance(100_000);
    expect(page.pings).toEqual([3_000]);
    expect(page.pendingTimers()).toBe(0);
    page.setVisible(100_000, true);
    expect(page.pings).toEqual([3_000, 100_000]);
  });

  test('input during the page load does not ping before the first ping is due', () => {
    const page = simulatedPage();
    keepWorkerWarm(page.host, TIMINGS);
    page.activity(500);
    page.activity(1_500);
    expect(page.pings).toEqual([]);
    page.advance(3_000);
    expect(page.pings).toEqual([3_000]);
  });

  test('frequent input pings no more often than every 20 s', () => {
    const page = simulatedPage();
    keepWorkerWarm(page.host, TIMINGS);
    for (let at = 3_100; at < 60_000; at += 250) page.activity(at);
    page.advance(60_000);
    expect(page.pings).toEqual([3_000, 23_000, 43_000]);
  });

  test('stopping removes the listeners and the timer, and nothing pings after', () => {
    const page = simulatedPage();
    const stop = keepWorkerWarm(page.host, TIMINGS);
    page.advance(5_000);
    stop();
    expect(page.listenerCount()).toBe(0);
    expect(page.pendingTimers()).toBe(0);
    page.activity(30_000);
    page.advance(100_000);
    expect(page.pings).toEqual([3_000]);
  });
});
