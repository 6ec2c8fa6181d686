/**
 * An A/B run of the huge page (test/e2e/huge-page.ts, 200,000 elements) for two bench builds,
 * loads interleaved in two browsers open side by side so both meet the same machine load. Per
 * build, the median of: the most CPU (thread time) in one main-thread task from the content
 * script's start on, the same for the read alone (start → the article sent to the worker), the
 * read's tasks over 50 ms CPU, the read's total CPU, and answer → facts in view on screen.
 *
 *   WXT_BENCH_MARKS=1 npx wxt build && cp -r .output/chrome-mv3 /tmp/after   # and a build of the other commit to /tmp/before
 *   npx tsx scripts/bench/ab-huge.ts /tmp/before /tmp/after [loads per build]
 *
 * `BENCH_TRACE_DIR=dir` keeps each load's trace as dir/ab-huge-{before,after}-N.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../../test/e2e/harness';
import { generateHugeArticlePage, HUGE_PAGE_URL } from '../../test/e2e/huge-page';
import { launchBench, type BenchBrowser } from './browser';
import { benchPages } from './pages';
import { describeTask, topLevel, TRACE_CATEGORIES, withTrace, type TraceEvent } from './pipeline';
import { formatNumber, median } from './stats';
import { removeTempDirs } from './temp-dirs';

const [beforeDir, afterDir, runsArg] = process.argv.slice(2);
if (!beforeDir || !afterDir) throw new Error('usage: tsx scripts/bench/ab-huge.ts BEFORE_EXTENSION_DIR AFTER_EXTENSION_DIR [loads]');
const runs = Number(runsArg ?? 3);

interface HugeAB {
  mostCpu: number;
  readMostCpu: number;
  readOver50: number;
  readCpu: number;
  readWall: number;
  answerToFirstScreen: number;
  worstRead: string;
  /** The task of `mostCpu`, described (the read's or after it). */
  worst: string;
}

/** Polls the page's marks until the paint resolved (or the timeout). */
async function marksWhenPainted(page: Page, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const done = await page.evaluate(() => performance.getEntriesByName('incident-lens:painted').length > 0).catch(() => false);
    if (done) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

async function load(browser: BenchBrowser, label: string): Promise<HugeAB | null> {
  const page = await browser.context.newPage();
  try {
    const { value: painted, events } = await withTrace(page, [...TRACE_CATEGORIES, 'v8', 'renderer'], async () => {
      await page.goto(HUGE_PAGE_URL, { timeout: 120_000 });
      const ok = await marksWhenPainted(page, 180_000);
      await page.waitForTimeout(1000);
      return ok;
    });
    // BENCH_TRACE_DIR=dir keeps each load's trace (Chromium's JSON events), named by build and load.
    if (process.env.BENCH_TRACE_DIR) writeFileSync(join(process.env.BENCH_TRACE_DIR, `ab-huge-${label}.json`), JSON.stringify(events));
    if (!painted) return null;
    const mark = (name: string) => events.find((e) => e.name === name);
    const start = mark('incident-lens:start');
    const asked = mark('incident-lens:asked');
    const answer = mark('incident-lens:answer');
    const firstScreen = mark('incident-lens:first-screen');
    const evaluate = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && e.args?.data?.url?.includes('/content-scripts/'));
    if (!start || !asked || !answer || !firstScreen || !evaluate) return null;
    const onMain = (e: TraceEvent) => e.pid === evaluate.pid && e.tid === evaluate.tid && e.ph === 'X';
    const mainEvents = events.filter(onMain);
    const tasks = topLevel(mainEvents).filter((t) => t.ts + (t.dur ?? 0) > evaluate.ts && !/CapturePageText/.test(describeTask(events, t)));
    const captures = mainEvents.filter((e) => e.name === 'ChromeRenderFrameObserver::CapturePageText');
    const own = tasks.filter((t) => !captures.some((c) => c.ts >= t.ts && c.ts + (c.dur ?? 0) <= t.ts + (t.dur ?? 0)));
    const read = own.filter((t) => t.ts + (t.dur ?? 0) >= start.ts && t.ts <= asked.ts);
    // A few top-level events carry a thread time above their wall time (38 ms CPU in 4 ms seen),
    // which no task can use: a task's CPU is at most its wall time.
    const cpu = (t: TraceEvent) => Math.min(t.tdur ?? 0, t.dur ?? 0) / 1000;
    const worst = [...read].sort((a, b) => cpu(b) - cpu(a))[0];
    const worstOwn = [...own].sort((a, b) => cpu(b) - cpu(a))[0];
    const paint = mainEvents.filter((e) => e.name === 'Paint' && e.ts >= firstScreen.ts).sort((a, b) => a.ts - b.ts)[0];
    const paintTask = paint && own.find((t) => t.ts <= paint.ts && t.ts + (t.dur ?? 0) >= paint.ts);
    const gcInside = (t: TraceEvent) => mainEvents.filter((e) => /GC|Scavenge|Mark/i.test(e.name) && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0)).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`).slice(0, 4).join(', ');
    return {
      mostCpu: Math.max(0, ...own.map(cpu)),
      readMostCpu: worst ? cpu(worst) : 0,
      readOver50: read.filter((t) => cpu(t) > 50).length,
      readCpu: read.reduce((s, t) => s + cpu(t), 0),
      readWall: (asked.ts - start.ts) / 1000,
      answerToFirstScreen: paintTask ? (paintTask.ts + (paintTask.dur ?? 0) - answer.ts) / 1000 : Number.NaN,
      worst: worstOwn ? `${worstOwn.ts <= asked.ts ? 'in the read' : worstOwn.ts >= answer.ts ? 'after the answer' : 'before the answer'}: ${describeTask(events, worstOwn) || 'script'}${gcInside(worstOwn) ? `; gc: ${gcInside(worstOwn)}` : ''}` : '',
      worstRead: worst ? `CPU ${cpu(worst).toFixed(0)} (wall ${((worst.dur ?? 0) / 1000).toFixed(0)}): ${describeTask(events, worst) || 'script'}${gcInside(worst) ? `; gc: ${gcInside(worst)}` : ''}` : '',
    };
  } finally {
    await page.close();
  }
}

const server = await startFixtureServer(benchPages().slice(0, 1));
server.serve({ url: HUGE_PAGE_URL, html: generateHugeArticlePage() });
const browsers: BenchBrowser[] = [];
try {
  for (const dir of [beforeDir, afterDir]) {
    const browser = await launchBench(server, { extensionDir: dir });
    const warmUp = await browser.context.newPage();
    await warmUp.goto(benchPages()[0].url);
    await warmUp.waitForTimeout(3000);
    await warmUp.close();
    browsers.push(browser);
  }
  const measured: HugeAB[][] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const b of i % 2 ? [1, 0] : [0, 1]) {
      const run = await load(browsers[b], `${b ? 'after' : 'before'}-${i + 1}`);
      if (run) {
        measured[b].push(run);
        console.log(`${b ? 'after ' : 'before'} load ${i + 1}: most CPU ${run.mostCpu.toFixed(0)} ms, read most CPU ${run.readMostCpu.toFixed(0)} ms, read tasks > 50 ms CPU ${run.readOver50}, read CPU ${run.readCpu.toFixed(0)} ms (wall ${run.readWall.toFixed(0)}), answer → first screen ${run.answerToFirstScreen.toFixed(0)} ms; worst read task ${run.worstRead}; most CPU ${run.worst}`);
      } else console.log(`${b ? 'after ' : 'before'} load ${i + 1}: no marks`);
    }
  }
  const FIGURES: [keyof HugeAB, string][] = [
    ['mostCpu', 'most CPU in one task (ms)'],
    ['readMostCpu', 'read: most CPU in one task (ms)'],
    ['readOver50', 'read: tasks over 50 ms CPU'],
    ['readCpu', 'read: CPU in all its tasks (ms)'],
    ['readWall', 'read: start → asked, wall (ms)'],
    ['answerToFirstScreen', 'answer → first screen (ms)'],
  ];
  for (const [key, name] of FIGURES) {
    const [before, after] = measured.map((list) => median(list.map((r) => r[key] as number)));
    console.log(`${name.padEnd(36)} before ${formatNumber(before).padStart(7)}  after ${formatNumber(after).padStart(7)}  after/before ${(after / before).toFixed(2)}  (n ${measured[0].length}/${measured[1].length})`);
  }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
  removeTempDirs();
}
