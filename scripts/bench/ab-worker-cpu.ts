/**
 * An A/B of the stopped worker's own CPU time for two bench builds: the seed page after every
 * service worker was stopped, in two browsers side by side, runs alternated. From a browser-wide
 * Chromium trace it reads, on the worker's thread, the bundle's evaluation (`EvaluateScript`: wall
 * and thread time, with its `v8.compile`, i.e. the code cache's deserialisation, and `v8.run`, the
 * top level) and the task that analyses the page (the one holding the `incident-lens:analysis`
 * measure). Thread (CPU) time is what a loaded machine changes least: `ab-pipeline.ts … seed:stopped`
 * gives the wall-clock split, which on a shared machine is mostly waiting for a core.
 *
 *   npx tsx scripts/bench/ab-worker-cpu.ts /tmp/before /tmp/after [runs]
 */
import { startFixtureServer } from '../../test/e2e/harness';
import { launchBench, type BenchBrowser } from './browser';
import { benchPages } from './pages';
import { tracedLoad, type TraceEvent } from './pipeline';
import { formatNumber, median } from './stats';
import { removeTempDirs } from './temp-dirs';

const [beforeDir, afterDir, runsArg] = process.argv.slice(2);
if (!beforeDir || !afterDir) throw new Error('usage: tsx scripts/bench/ab-worker-cpu.ts BEFORE_EXTENSION_DIR AFTER_EXTENSION_DIR [runs]');
const runs = Number(runsArg ?? 8);
const CATEGORIES = ['v8', 'v8.execute', 'toplevel', 'devtools.timeline', 'blink.user_timing'];
const FIGURES = {
  evalWall: 'bundle evaluation, wall',
  evalCpu: 'bundle evaluation, CPU',
  compileCpu: '… code cache deserialised, CPU',
  runCpu: '… top level run, CPU',
  analysisWall: 'analysis task, wall',
  analysisCpu: 'analysis task, CPU',
} as const;
type Row = Record<keyof typeof FIGURES, number>;

/** One load of `url` after stopping the workers, traced browser-wide; null when it did not paint. */
async function stoppedRun(browser: BenchBrowser, url: string): Promise<Row | null> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  const whole = await browser.context.browser()!.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  whole.on('Tracing.dataCollected', (data) => void events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => whole.once('Tracing.tracingComplete', () => resolve()));
  await whole.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] } });
  await page.goto(url);
  const painted = await page
    .waitForFunction(() => performance.getEntriesByName('incident-lens:painted').length > 0, null, { timeout: 60_000 })
    .then(() => true, () => false);
  await whole.send('Tracing.end');
  await complete;
  await whole.detach();
  await page.close();
  if (!painted) return null;
  const evaluate = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/background.js'));
  if (!evaluate) return null;
  const onWorker = events.filter((e) => e.pid === evaluate.pid && e.tid === evaluate.tid && e.ph === 'X');
  const inside = (name: string) =>
    onWorker.filter((e) => e.name === name && e.ts >= evaluate.ts && e.ts <= evaluate.ts + (evaluate.dur ?? 0)).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  const measure = events.find((e) => e.pid === evaluate.pid && e.name === 'incident-lens:analysis');
  const task = measure && onWorker.find((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts <= measure.ts && e.ts + (e.dur ?? 0) >= measure.ts);
  return {
    evalWall: (evaluate.dur ?? Number.NaN) / 1000,
    evalCpu: (evaluate.tdur ?? Number.NaN) / 1000,
    compileCpu: inside('v8.compile'),
    runCpu: inside('v8.run'),
    analysisWall: (task?.dur ?? Number.NaN) / 1000,
    analysisCpu: (task?.tdur ?? Number.NaN) / 1000,
  };
}

const seed = benchPages().find((p) => p.id === 'seed')!;
const server = await startFixtureServer([seed]);
const browsers: BenchBrowser[] = [];
try {
  for (const dir of [beforeDir, afterDir]) {
    const browser = await launchBench(server, { extensionDir: dir });
    const warmUp = await browser.context.newPage();
    await tracedLoad(warmUp, seed.url);
    await warmUp.close();
    browsers.push(browser);
  }
  const measured: Row[][] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const b of i % 2 ? [1, 0] : [0, 1]) {
      const row = await stoppedRun(browsers[b], seed.url);
      if (row) measured[b].push(row);
    }
  }
  for (const [key, name] of Object.entries(FIGURES) as [keyof Row, string][]) {
    const [before, after] = measured.map((rows) => median(rows.map((r) => r[key])));
    console.log(`seed:stopped ${name.padEnd(32)} before ${formatNumber(before).padStart(7)} ms  after ${formatNumber(after).padStart(7)} ms  after/before ${(after / before).toFixed(2)}  (n ${measured[0].length}/${measured[1].length})`);
  }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
  removeTempDirs();
}
