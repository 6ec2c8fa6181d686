/**
 * The article after a pause, as readers meet it: a reader reads a page of a news site, pauses, and
 * opens the next article. Chromium stops an extension's worker 30 s after its last event, unless a
 * reader's page keeps it running (entrypoints/incident-lens.content/reader-presence.ts). Two browsers
 * side by side, each round: both open a news page without incident words; in one the reader stays
 * on it, in the other the reader goes to a page the extension does not run on; after `pauseMs` both
 * open the seed article. Measured: the seed's content script start (its `incident-lens:start` mark)
 * to the first frame with its highlights registered, read from the page's main world. The worker is
 * checked, not assumed: each round records whether it was stopped during the pause.
 *
 * Driven with puppeteer-core and never attached to the worker (an attached debugger keeps it from
 * its idle stop; Playwright attaches to every worker, so the other sections cannot see an idle stop).
 */
import type { Page } from 'puppeteer-core';
import type { FixtureServer } from '../../test/e2e/harness';
import { ELSEWHERE_PAGE, launchUnattached, runningWorkerIds, type UnattachedBrowser } from '../../test/e2e/unattached-browser';
import { FIGURE } from './figure-names';
import type { BenchPage } from './pages';
import type { Figure } from './stats';
import { makeTempDir } from './temp-dirs';

const launchReader = (server: FixtureServer, extensionDir: string): Promise<UnattachedBrowser> => launchUnattached(server, extensionDir, makeTempDir('profile'));

/** Opens `url` and returns its content script's start → first frame with highlights, in ms (null: none within 30 s). */
async function timeToHighlights(page: Page, url: string): Promise<number | null> {
  await page.goto(url);
  const handle = await page
    .waitForFunction(
      () => {
        const w = window as typeof window & { __highlightedAt?: number };
        if (w.__highlightedAt === undefined && CSS.highlights.size > 0) w.__highlightedAt = performance.now();
        const start = performance.getEntriesByName('incident-lens:start')[0]?.startTime;
        return w.__highlightedAt !== undefined && start !== undefined ? w.__highlightedAt - start : false;
      },
      { polling: 'raf', timeout: 30_000 },
    )
    .catch(() => null);
  return handle ? ((await handle.jsonValue()) as number) : null;
}

/**
 * `rounds` rounds of a `pauseMs` pause; the news page read first is `readPage` (listed, no incident
 * words), the next article `nextPage` (the seed).
 */
export async function measurePausedReader(
  server: FixtureServer,
  extensionDir: string,
  readPage: BenchPage,
  nextPage: BenchPage,
  rounds: number,
  pauseMs: number,
  log: (line: string) => void,
): Promise<Figure[]> {
  server.serve(ELSEWHERE_PAGE);
  const stayed: number[] = [];
  const left: number[] = [];
  let stayedStops = 0;
  let leftStops = 0;
  for (let round = 0; round < rounds; round++) {
    log(`  article after a ${pauseMs / 1000} s pause: round ${round + 1}/${rounds}`);
    const [a, b] = await Promise.all([launchReader(server, extensionDir), launchReader(server, extensionDir)]);
    try {
      await Promise.all([a.page.goto(readPage.url), b.page.goto(readPage.url)]);
      await b.page.goto(ELSEWHERE_PAGE.url);
      const before = await Promise.all([runningWorkerIds(a), runningWorkerIds(b)]);
      // Polled through the pause: a worker stopped and started again has another target id.
      const seen = [new Set(before[0]), new Set(before[1])];
      const stoppedAt = [false, false];
      const deadline = Date.now() + pauseMs;
      while (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const now = await Promise.all([runningWorkerIds(a), runningWorkerIds(b)]);
        now.forEach((ids, i) => {
          if (ids.length === 0) stoppedAt[i] = true;
          ids.forEach((id) => seen[i].add(id));
        });
      }
      if (stoppedAt[0] || seen[0].size > 1) stayedStops++;
      if (stoppedAt[1] || seen[1].size > 1) leftStops++;
      const x = await timeToHighlights(a.page, nextPage.url);
      const y = await timeToHighlights(b.page, nextPage.url);
      if (x !== null) stayed.push(x);
      if (y !== null) left.push(y);
    } finally {
      await Promise.all([a.browser.close(), b.browser.close()]);
    }
  }
  return [
    {
      group: 'ours',
      name: FIGURE.pausedReader,
      subject: nextPage.id,
      unit: 'ms',
      runs: stayed,
      target: '≤ 100 ms',
      note: `worker stopped during the pause in ${stayedStops} of ${rounds} rounds; read first: ${readPage.id}`,
    },
    {
      group: 'ours',
      name: FIGURE.pausedReaderLeft,
      subject: nextPage.id,
      unit: 'ms',
      runs: left,
      note: `worker stopped during the pause in ${leftStops} of ${rounds} rounds (Chromium's idle stop)`,
    },
  ];
}
