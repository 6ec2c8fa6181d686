/**
 * The JS heap the content script adds to a page: the seed page is opened in a browser with the
 * extension and in one without it, left to settle (verdict, highlights, legend), garbage-collected,
 * and the renderer's V8 heap read over the DevTools protocol (`Runtime.getHeapUsage`: the page's
 * isolate, which holds the content script's isolated world too). The figure is the difference of
 * the two medians; each page is opened alone in its browser so no other tab shares its isolate.
 */
import type { Page } from 'playwright-core';
import type { FixtureServer } from '../../test/e2e/harness';
import { launchBench } from './browser';
import { FIGURE } from './figure-names';
import type { BenchPage } from './pages';
import { median, type Figure } from './stats';

/** Time left after the verdict (or after load, without the extension) for idle work: the legend, the paint window. */
const SETTLE_MS = 1500;

/** Used V8 heap of `page`'s renderer after a full garbage collection, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Waits for the content script's verdict mark (bench builds make it), at most `timeoutMs`. */
async function waitForMark(page: Page, timeoutMs: number): Promise<void> {
  await page
    .waitForFunction(() => performance.getEntriesByType('mark').some((m) => m.name === 'incident-lens:painted' || m.name === 'incident-lens:no-incident'), undefined, { timeout: timeoutMs })
    .catch(() => undefined);
}

/** Heap of `benchPage` settled, per run, in a browser with `extensionDir` (null: no extension). */
async function heapRuns(server: FixtureServer, extensionDir: string | null, benchPage: BenchPage, runs: number): Promise<number[]> {
  const browser = await launchBench(server, { extensionDir });
  const sizes: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      await page.goto(benchPage.url);
      if (extensionDir) await waitForMark(page, 30_000);
      await page.waitForTimeout(SETTLE_MS);
      sizes.push(await heapAfterGc(page));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return sizes;
}

/** The heap the content script adds on `benchPage` (KB; median with the extension − median without). */
export async function measurePageHeap(server: FixtureServer, extensionDir: string, benchPage: BenchPage, runs: number, log: (line: string) => void): Promise<Figure[]> {
  log(`  page heap: ${benchPage.id} without the extension`);
  const without = await heapRuns(server, null, benchPage, runs);
  log(`  page heap: ${benchPage.id} with the extension`);
  const withExtension = await heapRuns(server, extensionDir, benchPage, runs);
  const base = median(without);
  return [
    {
      group: 'memory',
      name: FIGURE.pageHeap,
      subject: benchPage.id,
      unit: 'KB',
      runs: withExtension.map((bytes) => (bytes - base) / 1024),
      target: '≤ 3072 KB',
      note: `page alone ${(base / 1024).toFixed(0)} KB (median of ${without.length})`,
    },
  ];
}
