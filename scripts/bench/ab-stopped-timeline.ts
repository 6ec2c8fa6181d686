/**
 * The seed page after the worker was stopped, run by run, for two bench builds in two browsers
 * side by side (runs alternated): when the page asked for its analysis, when the worker's clock
 * started, when its listeners were ready, its analysis, the second stage's load and the total, all
 * in ms from the content script's evaluation. Where `ab-pipeline.ts … seed:stopped` gives medians,
 * this shows whether a change moves one event and what follows it (on this 2-core machine a worker
 * started earlier slowed the page's own read: the two compete for the cores).
 *
 *   npx tsx scripts/bench/ab-stopped-timeline.ts /tmp/before /tmp/after [runs]
 */
import { startFixtureServer } from '../../test/e2e/harness';
import { launchBench, type BenchBrowser } from './browser';
import { benchPages } from './pages';
import { tracedLoad } from './pipeline';
import { median } from './stats';
import { removeTempDirs } from './temp-dirs';

const [a, b, runsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: tsx scripts/bench/ab-stopped-timeline.ts BEFORE_EXTENSION_DIR AFTER_EXTENSION_DIR [runs]');
const runs = Number(runsArg ?? 8);
const seed = benchPages().find((p) => p.id === 'seed')!;
const server = await startFixtureServer([seed]);
const browsers: BenchBrowser[] = [];
type Row = Record<string, number>;
const rows: Row[][] = [[], []];
/** The calling realm's timeline (evaluated in the page and in the worker). */
function tl() {
  return { origin: performance.timeOrigin, entries: performance.getEntries().map((e) => ({ name: e.name, startTime: e.startTime, duration: e.duration })) };
}
try {
  for (const dir of [a, b]) {
    const browser = await launchBench(server, { extensionDir: dir });
    const w = await browser.context.newPage();
    await tracedLoad(w, seed.url);
    await w.close();
    browsers.push(browser);
  }
  for (let i = 0; i < runs; i++) {
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const ctx = browsers[k].context;
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      const run = await tracedLoad(page, seed.url);
      const worker = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      if (run && worker) {
        const [wk, pg] = await Promise.all([worker.evaluate(tl), page.evaluate(tl)]);
        const s = pg.entries.find((e) => e.name === 'incident-lens:start')!;
        const base = pg.origin + s.startTime - run.load;
        const at = (e: { startTime: number } | undefined, origin: number) => (e ? origin + e.startTime - base : NaN);
        const ready = wk.entries.find((e) => e.name === 'incident-lens:worker-ready');
        const an = wk.entries.find((e) => e.name === 'incident-lens:analysis');
        const row: Row = {
          asked: at(pg.entries.find((e) => e.name === 'incident-lens:asked'), pg.origin),
          workerOrigin: wk.origin - base,
          ready: at(ready, wk.origin),
          analysisStart: at(an, wk.origin),
          analysis: an?.duration ?? NaN,
          secondStage: at(pg.entries.find((e) => e.name === 'incident-lens:second-stage'), pg.origin),
          total: run.total,
        };
        rows[k].push(row);
        console.log(k ? 'B' : 'A', Object.entries(row).map(([n, v]) => `${n} ${v.toFixed(0)}`).join('  '));
      }
      await page.close();
    }
  }
  for (const key of Object.keys(rows[0][0] ?? {})) {
    const [ma, mb] = rows.map((r) => median(r.map((x) => x[key])));
    console.log(`${key.padEnd(14)} A ${ma.toFixed(1).padStart(7)}  B ${mb.toFixed(1).padStart(7)}  B/A ${(mb / ma).toFixed(2)}`);
  }
} finally {
  for (const x of browsers) await x.close();
  await server.close();
  removeTempDirs();
}
