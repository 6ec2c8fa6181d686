/**
 * The library with 10,000 generated clippings: first render (navigation start → the list
 * painted) and search latency (typing into the search box → the result list updated), measured in
 * the extension's own library page. Clippings are written into its IndexedDB database from that
 * page, with the raw IndexedDB API on the stores Dexie created.
 */
import type { Page } from 'playwright-core';
import type { FixtureServer } from '../../test/e2e/harness';
import { launchBench } from './browser';
import { KEEP_NAMES_SHIM } from './browser-figures';
import { generateClippings } from './generate-clippings';
import type { Figure } from './stats';
import { FIGURE } from './figure-names';

const DATABASE = 'incident-lens';
/** The library list's rows. */
export const LIST_ITEM = '.clipping-list > li';
const SEARCH_BOX = 'input.search';

/** Notes, from the page's first frame, when the first list item is on screen (frame time of that paint). */
export const LIST_PAINT_RECORDER = `
(() => {
  const check = (frame) => {
    if (document.querySelector(${JSON.stringify(LIST_ITEM)})) {
      window.__incidentLensListPainted = frame;
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Writes `count` generated clippings into the library database from an extension page. */
export async function writeClippings(page: Page, count: number): Promise<void> {
  const clippings = generateClippings(count);
  const BATCH = 500;
  for (let i = 0; i < clippings.length; i += BATCH) {
    await page.evaluate(([name, batch]) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('clippings', 'readwrite');
        const store = tx.objectStore('clippings');
        for (const clipping of batch) store.put(clipping);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    }), [DATABASE, clippings.slice(i, i + BATCH)] as const);
  }
}

/** Types `query` into the search box; resolves with ms until the list stopped changing (last DOM update). */
function timeSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(([selector, q]) => new Promise<number>((resolve) => {
    const input = document.querySelector(selector) as HTMLInputElement;
    const root = document.querySelector('main') ?? document.body;
    let last = -1;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const t0 = performance.now();
    const settle = () => {
      observer.disconnect();
      resolve(last < 0 ? Number.NaN : last - t0);
    };
    const observer = new MutationObserver(() => {
      last = performance.now();
      clearTimeout(quiet);
      quiet = setTimeout(settle, 300);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    quiet = setTimeout(settle, 1500);
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }), [SEARCH_BOX, query] as const);
}

/** Library figures at `count` clippings. */
export async function measureLibrary(server: FixtureServer, extensionDir: string, count: number, runs: number, log: (line: string) => void): Promise<Figure[]> {
  const browser = await launchBench(server, { extensionDir });
  try {
    await browser.context.addInitScript(KEEP_NAMES_SHIM);
    await browser.context.addInitScript(LIST_PAINT_RECORDER);
    const setup = await browser.openExtensionPage('library.html');
    // The page has opened (and so created) the database once it shows the empty library.
    await setup.waitForSelector('main.library .empty, main.library .library-count', { timeout: 30_000 });
    log(`  library: writing ${count} clippings`);
    await writeClippings(setup, count);
    await setup.close();

    const firstRender: number[] = [];
    const search: number[] = [];
    const queries = ['皇家邮政', 'lockbit', 'royal mail', 'cve-2021', '勒索软件 北谷诊所', 'watchlist'];
    for (let i = 0; i < runs; i++) {
      const page = await browser.openExtensionPage('library.html');
      await page.waitForSelector(LIST_ITEM, { timeout: 30_000 });
      await page.waitForFunction(() => (window as unknown as { __incidentLensListPainted?: number }).__incidentLensListPainted !== undefined);
      firstRender.push(await page.evaluate(() => (window as unknown as { __incidentLensListPainted: number }).__incidentLensListPainted));
      if (i === 0) log('  library: searching');
      if (i < 2) {
        for (const query of queries) {
          search.push(await timeSearch(page, query));
          await timeSearch(page, '');
        }
      }
      await page.close();
    }
    const size = String(count);
    return [
      { group: 'library', name: FIGURE.libraryOpen, subject: `${size} clippings`, unit: 'ms', runs: firstRender, target: '< 300 ms' },
      { group: 'library', name: FIGURE.librarySearch, subject: `${size} clippings`, unit: 'ms', runs: search.filter(Number.isFinite), target: '< 50 ms', note: `${queries.length} queries incl. 皇家邮政` },
    ];
  } finally {
    await browser.close();
  }
}
