/**
 * An A/B of the first page after a browser start for two bench builds: each launch opens the seed
 * page at once, with the worker starting beside it (its warm-up samples run at `runtime.onStartup`),
 * launches of the two builds alternated, each build on a profile of its own (installed by a first,
 * uncounted launch). Prints per run the worker's timeline from the content script's start (the
 * warm-up samples and the page's analysis) and, per build, the medians of start → painted, when the
 * worker began the page's analysis, and that analysis's duration (`splitFirstPageRun`).
 *
 *   npx tsx scripts/bench/ab-first-page.ts /tmp/before /tmp/after [runs]
 */
import { startFixtureServer } from '../../test/e2e/harness';
import { launchBench } from './browser';
import { benchPages } from './pages';
import { tracedLoad } from './pipeline';
import { formatNumber, median } from './stats';
import { makeTempDir, removeTempDirs } from './temp-dirs';
import { splitFirstPageRun, type FirstPageSplit } from './worker-figures';

const [beforeDir, afterDir, runsArg] = process.argv.slice(2);
if (!beforeDir || !afterDir) throw new Error('usage: tsx scripts/bench/ab-first-page.ts BEFORE_EXTENSION_DIR AFTER_EXTENSION_DIR [runs]');
const runs = Number(runsArg ?? 7);
const builds = [
  { name: 'before', dir: beforeDir, profile: makeTempDir('profile'), totals: [] as number[], splits: [] as FirstPageSplit[] },
  { name: 'after', dir: afterDir, profile: makeTempDir('profile'), totals: [] as number[], splits: [] as FirstPageSplit[] },
];
const seed = benchPages().find((p) => p.id === 'seed')!;
const server = await startFixtureServer([seed]);
try {
  for (let i = 0; i <= runs; i++) {
    for (const build of i % 2 ? builds : [...builds].reverse()) {
      const browser = await launchBench(server, { extensionDir: build.dir, profileDir: build.profile, awaitWorker: false });
      try {
        const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
        const run = await tracedLoad(tab, seed.url);
        if (i === 0 || !run) continue;
        const split = await splitFirstPageRun(browser.context, tab, run).catch(() => null);
        build.totals.push(run.total);
        if (split) build.splits.push(split);
        const detail = split ? `analysis began at ${formatNumber(split.asked)} ms, took ${formatNumber(split.analysis)} ms${split.behindWarmUp ? `, right after a warm-up sample of ${formatNumber(split.behindWarmUp)} ms` : ''}` : 'no split';
        console.log(`${build.name} run ${i}: start → painted ${formatNumber(run.total)} ms; ${detail}`);
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await server.close();
  removeTempDirs();
}
const [before, after] = builds;
const row = (what: string, of: (b: (typeof builds)[number]) => number[]) => {
  const [a, b] = [median(of(before)), median(of(after))];
  console.log(`${what.padEnd(44)} before ${formatNumber(a).padStart(8)} ms  after ${formatNumber(b).padStart(8)} ms  after/before ${(b / a).toFixed(2)}  (n ${of(before).length}/${of(after).length})`);
};
row('first page: start → painted', (b) => b.totals);
row('  the worker began the page’s analysis at', (b) => b.splits.map((s) => s.asked));
row('  the page’s analysis', (b) => b.splits.map((s) => s.analysis));
console.log(`runs where a warm-up sample ran right before the page's analysis: before ${before.splits.filter((s) => s.behindWarmUp > 0).length}, after ${after.splits.filter((s) => s.behindWarmUp > 0).length}`);
