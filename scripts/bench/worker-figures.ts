/**
 * What the extension's service worker does, seen from the worker itself: where the time goes on a
 * page after the worker was stopped (Chromium starting it, evaluating its bundle, the engine's
 * first analysis), and how much JS heap it keeps after analysing pages.
 *
 * The split reads the worker's own performance timeline (bench builds mark the end of its start and
 * time each analysis; see entrypoints/background) and the page's, both converted to wall-clock time
 * with their `performance.timeOrigin`, so its parts are accurate to about a millisecond (the two
 * processes' clocks are converted separately). The heap is read over the DevTools protocol on the
 * worker's own target (puppeteer attached to the benchmark browser's debugging port): a forced
 * garbage collection, then `Runtime.getHeapUsage`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { TracedRun } from './pipeline';

/** One stopped-worker run, split (ms). */
export interface WorkerSplit {
  /** Content script start → the worker's time origin (Chromium starting the worker process/thread). */
  workerStart: number;
  /** The worker's time origin → its listeners registered (bundle fetched, compiled and evaluated). */
  bundleEval: number;
  /** Listeners registered → the page's analysis began (waiting behind a warm-up sample). */
  queued: number;
  /** The page's analysis in the worker (the engine's first call on that article, reply built). */
  analysis: number;
}

interface Timeline {
  origin: number;
  entries: { name: string; startTime: number; duration: number; entryType: string }[];
}

function readTimeline(): Timeline {
  return {
    origin: performance.timeOrigin,
    entries: performance.getEntries().map((e) => ({ name: e.name, startTime: e.startTime, duration: e.duration, entryType: e.entryType })),
  };
}

/** The extension's running service worker in `context`, if any. */
function extensionWorker(context: BrowserContext) {
  return context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
}

/**
 * Splits one run of a page whose message woke a stopped worker; null when the worker's marks are
 * missing (a build without bench marks).
 */
export async function splitStoppedWorkerRun(context: BrowserContext, page: Page, run: TracedRun): Promise<WorkerSplit | null> {
  const worker = extensionWorker(context);
  if (!worker) return null;
  const [inWorker, inPage] = await Promise.all([worker.evaluate(readTimeline), page.evaluate(readTimeline)]);
  const start = inPage.entries.find((e) => e.name === 'incident-lens:start');
  const ready = inWorker.entries.find((e) => e.name === 'incident-lens:worker-ready');
  const analysis = inWorker.entries.find((e) => e.name === 'incident-lens:analysis');
  if (!start || !ready || !analysis) return null;
  // The content script's evaluation began `run.load` ms before its start mark.
  const scriptStart = inPage.origin + start.startTime - run.load;
  return {
    workerStart: inWorker.origin - scriptStart,
    bundleEval: ready.startTime,
    queued: analysis.startTime - ready.startTime,
    analysis: analysis.duration,
  };
}

/** The first page after a browser start, split (ms); the worker started with the browser. */
export interface FirstPageSplit {
  /** Content script start → the page's analysis began in the worker (the page's read and message, a warm-up sample ahead of it). */
  asked: number;
  /**
   * The warm-up sample that ended right before the analysis began (the page's message was queued
   * behind it; how long of it, the timeline does not say), 0 when none did.
   */
  behindWarmUp: number;
  /** The page's analysis in the worker: past the warm-up, still the first run of the regexes only this page reaches. */
  analysis: number;
}

/**
 * Splits one run of the first page after a browser start, from the worker's timeline (its warm-up
 * samples and the page's analysis) and the page's; null without the worker's marks. The worker may
 * still be registering when the page paints, so it is awaited.
 */
export async function splitFirstPageRun(context: BrowserContext, page: Page, run: TracedRun): Promise<FirstPageSplit | null> {
  const worker = extensionWorker(context) ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null));
  if (!worker) return null;
  const [inWorker, inPage] = await Promise.all([worker.evaluate(readTimeline), page.evaluate(readTimeline)]);
  const start = inPage.entries.find((e) => e.name === 'incident-lens:start');
  const analysis = inWorker.entries.find((e) => e.name === 'incident-lens:analysis');
  if (!start || !analysis) return null;
  const scriptStart = inPage.origin + start.startTime - run.load;
  const at = (t: number) => inWorker.origin + t - scriptStart;
  const asked = at(analysis.startTime);
  // Each sample is a task of its own, so one that ended within a millisecond or two held the message back.
  const ahead = inWorker.entries.find((e) => e.name === 'incident-lens:warm-up' && Math.abs(e.startTime + e.duration - analysis.startTime) < 2);
  const behindWarmUp = ahead?.duration ?? 0;
  return { asked, behindWarmUp, analysis: analysis.duration };
}

/** Chromium's debugging port of a browser launched with `--remote-debugging-port=0` on `profileDir`. */
function debuggingEndpoint(profileDir: string): string {
  const [port, path] = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n');
  return `ws://127.0.0.1:${port}${path}`;
}

/** The worker's JS heap in MB: used before and after a forced garbage collection. */
export async function workerHeap(profileDir: string): Promise<{ used: number; afterGc: number } | null> {
  const browser = await puppeteer.connect({ browserWSEndpoint: debuggingEndpoint(profileDir), defaultViewport: null });
  try {
    // Targets are discovered after connecting: wait for the worker's.
    const target = await browser
      .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 10_000 })
      .catch(() => null);
    if (!target) return null;
    const cdp = await target.createCDPSession();
    const mb = (bytes: number) => bytes / (1024 * 1024);
    const before = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return { used: mb(before.usedSize), afterGc: mb(after.usedSize) };
  } finally {
    await browser.disconnect();
  }
}
