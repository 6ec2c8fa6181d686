/**
 * Export and import at 10,000 clippings, in the extension's own library page: JSON export (click
 * on the format → the file handed to the browser) and import of that file into an empty library
 * (file chosen → the summary shown, then confirm → written), each timed on the page's clock. The
 * page's main thread is traced meanwhile (Chromium's trace over CDP), so the longest task it ran
 * is known: the work belongs in the transfer worker, and the page must stay under 50 ms per task.
 */
import type { Page } from 'playwright-core';
import type { FixtureServer } from '../../test/e2e/harness';
import { launchBench } from './browser';
import { KEEP_NAMES_SHIM } from './browser-figures';
import { FIGURE } from './figure-names';
import { writeClippings } from './library';
import { describeTask, topLevel, TRACE_CATEGORIES, withTrace, type TraceEvent } from './pipeline';
import type { Figure } from './stats';
import { makeTempDir } from './temp-dirs';
import { join } from 'node:path';

const START = 'bench:transfer-start';
const END = 'bench:transfer-end';

/** Runs `work` under a trace; returns its result and the longest top-level task of the page's main thread between the marks. */
async function traced<T>(page: Page, work: () => Promise<T>): Promise<{ value: T; longest: number; inside: string }> {
  const { value, events } = await withTrace(page, TRACE_CATEGORIES, async () => {
    await page.evaluate((name) => performance.mark(name), START);
    return work();
  });
  const start = events.find((e) => e.name === START);
  const end = start && events.find((e) => e.name === END && e.pid === start.pid);
  if (!start || !end) return { value, longest: Number.NaN, inside: 'marks missing from the trace' };
  const tasks = topLevel(events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X')).filter((e) => e.ts + (e.dur ?? 0) > start.ts && e.ts < end.ts);
  const longest = tasks.reduce<TraceEvent | null>((a, e) => (!a || (e.dur ?? 0) > (a.dur ?? 0) ? e : a), null);
  return { value, longest: (longest?.dur ?? 0) / 1000, inside: longest ? describeTask(events, longest) : '' };
}

/**
 * Waits in the page for `selector` to exist; resolves with performance.now() at that moment. With
 * `endMark`, marks the end of the traced span there: what the page does next (the library
 * reloading its list after an import) is the library's own rendering, measured by `library`.
 */
function whenShown(page: Page, selector: string, endMark?: string): Promise<number> {
  return page.evaluate(
    ([sel, mark]) =>
      new Promise<number>((resolve) => {
        const done = () => {
          if (mark) performance.mark(mark);
          resolve(performance.now());
        };
        if (document.querySelector(sel)) return done();
        const observer = new MutationObserver(() => {
          if (!document.querySelector(sel)) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      }),
    [selector, endMark ?? ''] as const,
  );
}

/** Exports the whole library as JSON from the page; ms from the click to the file handed over, and the file's path. */
async function exportJson(page: Page, folder: string): Promise<{ ms: number; path: string }> {
  await page.evaluate(() => document.querySelector('.export-done')?.remove());
  await page.locator('.library-transfer .export-menu summary').click();
  await page.locator('[data-field="export-scope"]').selectOption('all');
  const shown = whenShown(page, '.export-done', END);
  const [download, clickedAt] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.evaluate(() => {
      const at = performance.now();
      (document.querySelector('[data-format="json"]') as HTMLButtonElement).click();
      return at;
    }),
  ]);
  const doneAt = await shown;
  const path = join(folder, `${Date.now()}.json`);
  await download.saveAs(path);
  return { ms: doneAt - clickedAt, path };
}

/** Imports `path` into the page's (empty) library: ms for reading and checking plus ms for writing. */
async function importJson(page: Page, path: string): Promise<number> {
  await page.evaluate(() => {
    const input = document.querySelector('[data-field="import-file"]') as HTMLInputElement;
    input.addEventListener('change', () => ((window as unknown as { __chosenAt: number }).__chosenAt = performance.now()), { once: true, capture: true });
  });
  const summaryShown = whenShown(page, '.import-summary');
  await page.locator('[data-field="import-file"]').setInputFiles(path);
  const summaryAt = await summaryShown;
  const chosenAt = await page.evaluate(() => (window as unknown as { __chosenAt: number }).__chosenAt);
  const written = whenShown(page, '.import-done', END);
  const confirmAt = await page.evaluate(() => {
    const at = performance.now();
    (document.querySelector('[data-action="confirm-import"]') as HTMLButtonElement).click();
    return at;
  });
  const doneAt = await written;
  return summaryAt - chosenAt + (doneAt - confirmAt);
}

async function openLibrary(page: Page, count: number): Promise<void> {
  await page.waitForSelector('.library-transfer', { timeout: 60_000 });
  if (count > 0) await page.waitForFunction((n) => document.querySelector('.result-count')?.textContent?.includes(String(n)), count, { timeout: 60_000 });
}

/** Export and import figures at `count` clippings. */
export async function measureExportImport(server: FixtureServer, extensionDir: string, count: number, runs: number, log: (line: string) => void): Promise<Figure[]> {
  const folder = makeTempDir('transfer');
  const source = await launchBench(server, { extensionDir });
  const target = await launchBench(server, { extensionDir });
  const exportMs: number[] = [];
  const importMs: number[] = [];
  const longest: Array<{ ms: number; inside: string; what: string }> = [];
  try {
    // Functions passed to page.evaluate carry tsx's name helper; the shim defines it in the page.
    await source.context.addInitScript(KEEP_NAMES_SHIM);
    await target.context.addInitScript(KEEP_NAMES_SHIM);
    const setup = await source.openExtensionPage('library.html');
    await setup.waitForSelector('main.library .empty, main.library .library-count', { timeout: 30_000 });
    log(`  export: writing ${count} clippings`);
    await writeClippings(setup, count);
    await setup.close();
    const library = await source.openExtensionPage('library.html');

    await openLibrary(library, count);
    let file = '';
    for (let i = 0; i < runs; i++) {
      const run = await traced(library, () => exportJson(library, folder));
      exportMs.push(run.value.ms);
      longest.push({ ms: run.longest, inside: run.inside, what: 'export' });
      file = run.value.path;
    }
    log('  import: into an empty library');
    for (let i = 0; i < runs; i++) {
      const page = await target.openExtensionPage('library.html');
      await page.waitForSelector('main.library .empty', { timeout: 30_000 });
      const run = await traced(page, () => importJson(page, file));
      importMs.push(run.value);
      longest.push({ ms: run.longest, inside: run.inside, what: 'import' });
      // Empty the library again for the next run.
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('incident-lens');
            open.onsuccess = () => {
              const tx = open.result.transaction('clippings', 'readwrite');
              tx.objectStore('clippings').clear();
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
      await page.close();
    }
  } finally {
    await source.close();
    await target.close();
  }
  const worst = longest.reduce((a, b) => (b.ms > a.ms ? b : a), longest[0]);
  const subject = `${count} clippings`;
  return [
    { group: 'export', name: FIGURE.exportJson, subject, unit: 'ms', runs: exportMs, target: '< 2000 ms' },
    { group: 'export', name: FIGURE.importJson, subject, unit: 'ms', runs: importMs, target: '< 5000 ms' },
    {
      group: 'export',
      name: FIGURE.transferLongestTask,
      subject,
      unit: 'ms',
      runs: longest.map((l) => l.ms),
      target: '≤ 50 ms',
      note: worst ? `worst: ${worst.ms.toFixed(0)} ms during ${worst.what} (${worst.inside})` : undefined,
    },
  ];
}
