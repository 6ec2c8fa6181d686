/**
 * Keeps the background worker running while a reader is on a listed page, so that the next
 * article finds the engine warm.
 *
 * Chromium stops an extension's service worker 30 s after its last event, and a worker woken by
 * the next article costs that article a worker start, the bundle's evaluation and the engine's cold
 * first analysis (README Performance: "the article after a pause", ~0.5–0.7 s here, against a few
 * milliseconds warm). A reader reading one article for a minute and then opening the next is the
 * common case, so while the page is visible and the reader showed signs of life (input, scroll,
 * focus, the page's load) in the last `activeMs`, the page sends the worker a `stayWarm` message
 * every `pingMs` (each event resets Chromium's idle timer). A worker woken by one warms its engine
 * in the background, before the reader's next article. Once the reader is gone (tab hidden, or no
 * sign of life for `activeMs`) the pings stop and Chromium stops the worker as before: nothing is
 * kept alive for a page left open and unattended.
 *
 * Not used in Firefox, whose MV2 background page is never stopped when idle.
 */

/** What the presence timer needs from its page and extension; injectable for tests. */
export interface PresenceHost {
  now(): number;
  /** Whether the page is visible (a hidden tab's reader is elsewhere). */
  isVisible(): boolean;
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
  /** Adds `listener` for the reader's signs of life (input, scroll, focus, becoming visible); returns its removal. */
  onReaderActivity(listener: () => void): () => void;
  /** Sends the worker one `stayWarm` message. */
  ping(): void;
}

/** Timings of the presence timer. */
export interface PresenceTimings {
  /** Between two pings: under Chromium's 30 s idle stop, with room for a late timer. */
  pingMs: number;
  /** How long after the reader's last sign of life pings go on. */
  activeMs: number;
  /** The first ping after the page's start: not during the page's own load. */
  firstPingMs: number;
}

export const PRESENCE_TIMINGS: PresenceTimings = { pingMs: 20_000, activeMs: 120_000, firstPingMs: 3_000 };

/**
 * Starts the presence timer on `host`; returns its stop. The page's start counts as the reader's
 * first sign of life. A sign of life after the pings had stopped, or more than `pingMs` after the
 * last ping, pings at once (the reader is back: wake the worker before the next click).
 */
export function keepWorkerWarm(host: PresenceHost, timings: PresenceTimings = PRESENCE_TIMINGS): () => void {
  let lastActive = host.now();
  let lastPing = Number.NEGATIVE_INFINITY;
  let timer: unknown = null;
  let stopped = false;

  const ping = () => {
    lastPing = host.now();
    host.ping();
  };
  const schedule = (delayMs: number) => {
    if (timer !== null) host.clearTimer(timer);
    timer = host.setTimer(tick, delayMs);
  };
  function tick(): void {
    timer = null;
    if (stopped) return;
    const now = host.now();
    // The reader is gone: no timer until a sign of life brings it back.
    if (!host.isVisible() || now - lastActive > timings.activeMs) return;
    if (now - lastPing >= timings.pingMs - 1) ping();
    schedule(timings.pingMs);
  }
  const removeActivity = host.onReaderActivity(() => {
    if (stopped) return;
    const now = host.now();
    lastActive = now;
    if (!host.isVisible()) return;
    // Pings had stopped (the reader was gone), or one is overdue: before the first scheduled ping none is.
    const overdue = lastPing !== Number.NEGATIVE_INFINITY && now - lastPing >= timings.pingMs;
    if (timer === null || overdue) {
      ping();
      schedule(timings.pingMs);
    }
  });
  schedule(timings.firstPingMs);

  return () => {
    stopped = true;
    removeActivity();
    if (timer !== null) host.clearTimer(timer);
    timer = null;
  };
}

/** Signs of life of a reader on a page; passive listeners, each only stores a time. */
const READER_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'scroll', 'focus'] as const;

/** A `PresenceHost` on a real page, pinging through `send`. */
export function pagePresenceHost(win: Window & typeof globalThis, send: () => void): PresenceHost {
  const doc = win.document;
  return {
    now: () => win.performance.now(),
    isVisible: () => doc.visibilityState === 'visible',
    setTimer: (callback, delayMs) => win.setTimeout(callback, delayMs),
    clearTimer: (handle) => win.clearTimeout(handle as number),
    onReaderActivity: (listener) => {
      const options: AddEventListenerOptions = { passive: true, capture: true };
      const onVisibility = () => {
        if (doc.visibilityState === 'visible') listener();
      };
      for (const type of READER_EVENTS) win.addEventListener(type, listener, options);
      doc.addEventListener('visibilitychange', onVisibility);
      return () => {
        for (const type of READER_EVENTS) win.removeEventListener(type, listener, options);
        doc.removeEventListener('visibilitychange', onVisibility);
      };
    },
    ping: send,
  };
}
