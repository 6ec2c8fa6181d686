/**
 * An A/B run of the content script's figures for two bench builds of the extension, interleaved
 * page by page in two browsers open side by side, so both meet the same machine load: on a shared,
 * loaded machine, figures from two separate `npm run bench` runs cannot be compared, one run's
 * A ÷ B can. Prints the median of each figure per build and their ratio.
 *
 *   WXT_BENCH_MARKS=1 npx wxt build && cp -r .output/chrome-mv3 /tmp/after   # and a build of the other commit to /tmp/before
 *   npx tsx scripts/bench/ab-pipeline.ts /tmp/before /tmp/after [runs] [seed,news-en,nonincident,no-article,nocue]
 *
 * A page id ending in `:stopped` (`seed:stopped`) measures that page after every service worker was
 * stopped (as the bench's stopped_worker_ms does), with the worker's split beside it.
 */
import { startFixtureServer } from '../../test/e2e/harness';
import { launchBench, type BenchBrowser } from './browser';
import { benchPages } from './pages';
import { tracedLoad, type TracedRun } from './pipeline';
import { splitStoppedWorkerRun, type WorkerSplit } from './worker-figures';
import { formatNumber, median } from './stats';
import { removeTempDirs } from './temp-dirs';

const [beforeDir, afterDir, runsArg, pagesArg] = process.argv.slice(2);
if (!beforeDir || !afterDir) throw new Error('usage: tsx scripts/bench/ab-pipeline.ts BEFORE_EXTENSION_DIR AFTER_EXTENSION_DIR [runs]');
const runs = Number(runsArg ?? 15);
const FIGURES: [keyof TracedRun, string][] = [
  ['firstTask', "content script's first task"],
  ['firstTaskCpu', 'first task, CPU time'],
  ['longestTask', 'longest task, start → verdict'],
  ['longestTaskCpu', 'longest task CPU, start → verdict'],
  ['total', 'start → painted/verdict'],
];

const wanted = pagesArg?.split(',');
const pages = benchPages().filter((p) => (wanted ? wanted.includes(p.id) : p.id !== 'large-1mb'));
const stoppedPages = benchPages().filter((p) => wanted?.includes(`${p.id}:stopped`));
const SPLIT: (keyof WorkerSplit)[] = ['workerStart', 'bundleEval', 'queued', 'analysis'];

/** One run of `url` after stopping every service worker of `browser`, with the worker's split. */
async function stoppedRun(browser: BenchBrowser, url: string): Promise<{ run: TracedRun; split: WorkerSplit | null } | null> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  const run = await tracedLoad(page, url);
  const split = run && (await splitStoppedWorkerRun(browser.context, page, run).catch(() => null));
  await page.close();
  return run && { run, split };
}
const server = await startFixtureServer([...pages, ...stoppedPages]);
const browsers: BenchBrowser[] = [];
try {
  for (const dir of [beforeDir, afterDir]) {
    const browser = await launchBench(server, { extensionDir: dir });
    // Warm-up: the worker and the engine are loaded, as on any page after the first.
    const warmUp = await browser.context.newPage();
    await tracedLoad(warmUp, (pages[0] ?? stoppedPages[0]).url);
    await warmUp.close();
    browsers.push(browser);
  }
  for (const benchPage of pages) {
    const measured: TracedRun[][] = [[], []];
    for (let i = 0; i < runs; i++) {
      // Alternate which build goes first, so neither always meets the other's leftovers.
      const order = i % 2 ? [1, 0] : [0, 1];
      for (const b of order) {
        const page = await browsers[b].context.newPage();
        const run = await tracedLoad(page, benchPage.url);
        if (run) measured[b].push(run);
        await page.close();
      }
    }
    for (const [key, name] of FIGURES) {
      const [before, after] = measured.map((list) => median(list.map((r) => r[key] as number)));
      console.log(`${benchPage.id.padEnd(12)} ${name.padEnd(32)} before ${formatNumber(before).padStart(7)} ms  after ${formatNumber(after).padStart(7)} ms  after/before ${(after / before).toFixed(2)}  (n ${measured[0].length}/${measured[1].length})`);
    }
  }
  for (const benchPage of stoppedPages) {
    const measured: { run: TracedRun; split: WorkerSplit | null }[][] = [[], []];
    for (let i = 0; i < runs; i++) {
      for (const b of i % 2 ? [1, 0] : [0, 1]) {
        const result = await stoppedRun(browsers[b], benchPage.url);
        if (result) measured[b].push(result);
      }
    }
    const line = (name: string, values: (list: (typeof measured)[0]) => number[]) => {
      const [before, after] = measured.map((list) => median(values(list)));
      console.log(`${`${benchPage.id}:stopped`.padEnd(12)} ${name.padEnd(32)} before ${formatNumber(before).padStart(7)} ms  after ${formatNumber(after).padStart(7)} ms  after/before ${(after / before).toFixed(2)}  (n ${measured[0].length}/${measured[1].length})`);
    };
    line('start → painted/verdict', (list) => list.map((m) => m.run.total));
    for (const part of SPLIT) line(`  split: ${part}`, (list) => list.flatMap((m) => (m.split ? [m.split[part]] : [])));
  }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
  removeTempDirs();
}
