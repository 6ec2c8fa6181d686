/**
 * The whole pipeline as a user meets it, in Chromium with the built extension: from the content
 * script's start on a newly opened tab to highlights painted (or to its "no incident" verdict),
 * with the extension already running; the first page after a browser start; and the longest
 * main-thread task while the 1 MB page is analysed.
 *
 * Every run is traced (Chromium's own trace, over CDP): the content script's start is the start of
 * its EvaluateScript event, so loading and compiling the script count; its end is the
 * `incident-lens:painted` / `incident-lens:no-incident` performance mark the content script makes
 * in builds with WXT_BENCH_MARKS=1 (marks made in the isolated world appear in the page's trace and
 * timeline, so normal builds leave them out). Long tasks are the
 * page main thread's top-level trace events: the page's PerformanceObserver('longtask') reported
 * nothing for work done in the extension's world in headless Chromium.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { FixtureServer } from '../../test/e2e/harness';
import { launchBench } from './browser';
import type { BenchPage } from './pages';
import type { Figure } from './stats';
import { makeTempDir } from './temp-dirs';
import { FIGURE } from './figure-names';
import { median } from './stats';
import { splitFirstPageRun, splitStoppedWorkerRun, workerHeap, type FirstPageSplit, type WorkerSplit } from './worker-figures';

const START_MARK = 'incident-lens:start';
const END_MARKS = ['incident-lens:painted', 'incident-lens:no-incident'];

/** One trace event of Chromium's trace (the fields used here). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event (Chromium records it where the platform has thread clocks, as on Linux). */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; src_func?: string };
}

/** One traced page load, measured. All times in ms. */
export interface TracedRun {
  /** Content script evaluation start → end mark (load, compile and first call included). */
  total: number;
  /** Content script evaluation start → its `incident-lens:start` mark: loading and compiling it. */
  load: number;
  /**
   * The content script's first task (its evaluation, with the microtasks that run in it): how long
   * the page's main thread is blocked before the page can lay itself out.
   */
  firstTask: number;
  /**
   * Navigation start → end mark (page load included), from the page's own timeline: the trace's
   * navigationStart event is in the browser process or the renderer depending on the run.
   */
  fromNavigation: number;
  verdict: string;
  /**
   * The first task's CPU time on the main thread: unlike `firstTask` (wall time), it leaves out the
   * time the thread waited for a core, which on a loaded machine can be most of a task.
   */
  firstTaskCpu: number;
  /** Longest main-thread task between content script start and end mark, and what it held. */
  longestTask: number;
  /** The largest CPU time of a main-thread task between the content script's start and its end mark. */
  longestTaskCpu: number;
  longestTaskInside: string;
}

/**
 * The end mark's time since the page's navigation started (its `startTime`: the page timeline's
 * origin is the navigation start), or null before the content script has said its last word.
 */
function verdictTime(page: Page): Promise<number | null> {
  return page
    .evaluate((names) => performance.getEntriesByType('mark').find((m) => names.includes(m.name))?.startTime ?? null, END_MARKS)
    .catch(() => null);
}

async function waitForVerdict(page: Page, timeoutMs: number): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const at = await verdictTime(page);
    if (at !== null) return at;
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  return null;
}

/** The trace categories every traced figure reads: tasks, user-timing marks and what ran inside tasks. */
export const TRACE_CATEGORIES: readonly string[] = ['toplevel', 'blink.user_timing', 'devtools.timeline'];

/**
 * Runs `work` while Chromium traces `page` in `categories`; returns its value and the trace's events.
 * The trace is ended (and its events collected) even when `work` throws.
 */
export async function withTrace<T>(page: Page, categories: readonly string[], work: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => void events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories], excludedCategories: ['*'] },
  });
  try {
    return { value: await work(), events };
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  }
}

/** Navigates `page` to `url` under a trace and measures the content script's run; null without a verdict. */
export async function tracedLoad(page: Page, url: string, timeoutMs = 60_000): Promise<TracedRun | null> {
  const { value: sinceNavigation, events } = await withTrace(page, TRACE_CATEGORIES, async () => {
    await page.goto(url);
    return waitForVerdict(page, timeoutMs);
  });
  if (sinceNavigation === null) return null;
  const run = analyseTrace(events);
  return run && { ...run, fromNavigation: sinceNavigation };
}

/** Measures one run from its trace events (all but `fromNavigation`, which the page's timeline gives). */
function analyseTrace(events: readonly TraceEvent[]): TracedRun | null {
  const start = events.find((e) => e.name === START_MARK);
  const end = start && events.find((e) => END_MARKS.includes(e.name) && e.pid === start.pid && e.ts >= start.ts);
  if (!start || !end) return null;
  const onMain = (e: TraceEvent) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X';
  const evaluate = events
    .filter((e) => onMain(e) && e.name === 'EvaluateScript' && e.args?.data?.url?.includes('/content-scripts/') && e.ts <= start.ts)
    .at(-1);
  const begin = evaluate?.ts ?? start.ts;
  const tasks = topLevel(events.filter(onMain)).filter((e) => e.ts + (e.dur ?? 0) > begin && e.ts < end.ts);
  const longest = tasks.reduce<TraceEvent | null>((a, e) => (!a || (e.dur ?? 0) > (a.dur ?? 0) ? e : a), null);
  return {
    total: (end.ts - begin) / 1000,
    load: (start.ts - begin) / 1000,
    firstTask: (evaluate?.dur ?? Number.NaN) / 1000,
    firstTaskCpu: (evaluate?.tdur ?? Number.NaN) / 1000,
    fromNavigation: Number.NaN,
    verdict: end.name.replace('incident-lens:', ''),
    longestTask: (longest?.dur ?? 0) / 1000,
    longestTaskCpu: Math.max(0, ...tasks.map((e) => e.tdur ?? 0)) / 1000,
    longestTaskInside: longest ? describeTask(events, longest) : '',
  };
}

/**
 * The main thread's top-level blocks: events not nested in another. Most are RunTask events, but
 * a promise continuation can run in a microtask checkpoint that no RunTask event encloses (the
 * content script's article read does), and it blocks the thread all the same.
 */
export function topLevel(mainThread: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...mainThread].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const blocks: TraceEvent[] = [];
  let reach = -Infinity;
  for (const e of sorted) {
    if (e.ts < reach) continue;
    blocks.push(e);
    reach = e.ts + (e.dur ?? 0);
  }
  return blocks;
}

/** What a task spent its time on: its largest timeline events (script, style, layout, IPC). */
export function describeTask(events: readonly TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const byName = new Map<string, number>();
  for (const e of events) {
    if (e === task || e.ph !== 'X' || e.pid !== task.pid || e.tid !== task.tid) continue;
    if (e.ts < task.ts || e.ts + (e.dur ?? 0) > end || /RunTask$|^ThreadControllerImpl|^Receive mojo/.test(e.name) || (e.dur ?? 0) < 2000) continue;
    const file = e.args?.data?.url?.replace(/^.*\//, '');
    const key = file ? `${e.name} ${file}` : e.name;
    byName.set(key, Math.max(byName.get(key) ?? 0, (e.dur ?? 0) / 1000));
  }
  const inner = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`);
  const own = /RunTask$/.test(task.name) ? [] : [task.name.replace('BlinkScheduler_PerformMicrotaskCheckpoint', 'microtasks (promise continuations)')];
  return [...own, ...inner].join(', ');
}

/** Runs for each page in the warm browser. */
export type RunsOf = (page: BenchPage) => number;

/** The pipeline figures in a browser whose extension is already running. */
export async function measurePipeline(server: FixtureServer, extensionDir: string, pages: BenchPage[], runsOf: RunsOf, log: (line: string) => void): Promise<Figure[]> {
  const browser = await launchBench(server, { extensionDir, debuggingPort: true });
  const figures: Figure[] = [];
  try {
    // Warm-up: the worker and the engine are loaded, as on any page after the first.
    const warmUp = await browser.context.newPage();
    await tracedLoad(warmUp, pages[0].url);
    await warmUp.close();
    for (const benchPage of pages) {
      log(`  pipeline: ${benchPage.id}`);
      const runs: TracedRun[] = [];
      let failures = 0;
      for (let i = 0; i < runsOf(benchPage); i++) {
        const page = await browser.context.newPage();
        const run = await tracedLoad(page, benchPage.url);
        if (run) runs.push(run);
        else failures++;
        await page.close();
      }
      const s = benchPage.id;
      const verdicts = [...new Set(runs.map((r) => r.verdict))].join('/');
      const typical = s === 'seed' || s === 'news-en';
      figures.push(
        {
          group: 'ours',
          name: FIGURE.pipeline,
          subject: s,
          unit: 'ms',
          runs: runs.map((r) => r.total),
          baseline: `peer:${FIGURE.readabilityFirst}:${s}`,
          target: typical ? '≤ 0.5× readability' : s === 'nonincident' ? '< 2 ms' : undefined,
          note: verdicts + (failures ? `, ${failures} runs without a verdict` : ''),
        },
        { group: 'ours', name: 'pipeline: of which content script load + compile', subject: s, unit: 'ms', runs: runs.map((r) => r.load) },
        { group: 'ours', name: FIGURE.firstTask, subject: s, unit: 'ms', runs: runs.map((r) => r.firstTask), target: s === 'nocue' ? '≤ 2 ms' : s === 'nonincident' ? '≤ 8 ms' : undefined },
        // The same task's CPU time: on a loaded machine the wall time above is mostly waiting for a core.
        { group: 'ours', name: 'pipeline: of which CPU time (thread clock)', subject: s, unit: 'ms', runs: runs.map((r) => r.firstTaskCpu) },
        // Beside the first task: a stage loaded later (and the near miss's screen in it) blocks the thread in a later task.
        { group: 'ours', name: FIGURE.longestTaskToVerdict, subject: s, unit: 'ms', runs: runs.map((r) => r.longestTask) },
        { group: 'ours', name: 'pipeline: largest CPU time of a task, start → verdict', subject: s, unit: 'ms', runs: runs.map((r) => r.longestTaskCpu) },
        { group: 'ours', name: 'pipeline: navigation start → painted/verdict', subject: s, unit: 'ms', runs: runs.map((r) => r.fromNavigation) },
      );
      if (s === 'seed') figures.push(...(await measureAfterWorkerStop(browser.context, benchPage, runsOf(benchPage), log)));
      if (s === 'large-1mb') {
        const worst = runs.reduce<TracedRun | null>((a, r) => (!a || r.longestTask > a.longestTask ? r : a), null);
        figures.push({
          group: 'tasks',
          name: FIGURE.longestTask,
          subject: s,
          unit: 'ms',
          runs: runs.map((r) => r.longestTask),
          target: '≤ 50 ms',
          note: worst ? `worst run: ${worst.longestTask.toFixed(0)} ms (${worst.longestTaskInside})` : undefined,
        });
      }
    }
    // The pages above included the seed and the 1 MB page, analysed by the worker running now.
    const heap = await workerHeap(browser.profileDir).catch(() => null);
    if (heap) {
      figures.push({
        group: 'memory',
        name: FIGURE.workerHeap,
        subject: 'seed + large-1mb',
        unit: 'MB',
        runs: [heap.afterGc],
        target: '≤ 40 MB',
        note: `${heap.used.toFixed(1)} MB before the collection`,
      });
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/** The median of one part of the stopped-worker splits. */
function splitMedian(splits: readonly WorkerSplit[], part: keyof WorkerSplit): number {
  return median(splits.map((s) => s[part]));
}

/**
 * A page after the worker was stopped: Chromium stops an extension's idle service worker after
 * 30 s, so a user who reads one article and then opens the next meets a cold worker far more often
 * than a cold browser. Each run stops every service worker (CDP), then opens the page; the content
 * script's message starts the worker again.
 */
async function measureAfterWorkerStop(context: BrowserContext, benchPage: BenchPage, runs: number, log: (line: string) => void): Promise<Figure[]> {
  log(`  pipeline: ${benchPage.id} after the worker was stopped`);
  const measured: number[] = [];
  const splits: WorkerSplit[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const run = await tracedLoad(page, benchPage.url);
    if (run) measured.push(run.total);
    const split = run && (await splitStoppedWorkerRun(context, page, run).catch(() => null));
    if (split) splits.push(split);
    await page.close();
  }
  const parts: [keyof WorkerSplit, string][] = [
    ['workerStart', 'Chromium starts the worker (content script start → worker time origin)'],
    ['bundleEval', 'the worker evaluates its bundle (time origin → listeners registered)'],
    ['queued', 'the article waits behind the warm-up'],
    ['analysis', "the engine's first analysis of the article"],
  ];
  const split = splits.length
    ? `split (medians of ${splits.length}): worker start ${splitMedian(splits, 'workerStart').toFixed(0)} / bundle eval ${splitMedian(splits, 'bundleEval').toFixed(0)} / queued ${splitMedian(splits, 'queued').toFixed(0)} / first analysis ${splitMedian(splits, 'analysis').toFixed(0)} ms`
    : 'no split (build without the worker marks)';
  return [
    {
      group: 'ours',
      name: FIGURE.stoppedWorker,
      subject: benchPage.id,
      unit: 'ms',
      runs: measured,
      target: '≤ 100 ms',
      note: [split, measured.length < runs ? `${runs - measured.length} runs without a verdict` : ''].filter(Boolean).join('; '),
    },
    ...parts
      .filter(() => splits.length > 0)
      .map(([part, what]): Figure => ({ group: 'worker', name: `stopped worker: ${what}`, subject: benchPage.id, unit: 'ms', runs: splits.map((s) => s[part]) })),
  ];
}

/** The first page after a browser start: a fresh launch (profile kept, as a user's is), then the seed page at once. */
export async function measureFirstPage(server: FixtureServer, extensionDir: string, page: BenchPage, runs: number, log: (line: string) => void): Promise<Figure[]> {
  const profile = makeTempDir('profile');
  const measured: TracedRun[] = [];
  const splits: FirstPageSplit[] = [];
  for (let i = 0; i <= runs; i++) {
    log(`  first page after browser start: launch ${i + 1}/${runs + 1}${i === 0 ? ' (installs the extension; not counted)' : ''}`);
    // The worker is not awaited: it starts with the browser, and the page may come first.
    const browser = await launchBench(server, { extensionDir, profileDir: profile, awaitWorker: false });
    try {
      const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
      const run = await tracedLoad(tab, page.url);
      if (run && i > 0) measured.push(run);
      const split = run && i > 0 && (await splitFirstPageRun(browser.context, tab, run).catch(() => null));
      if (split) splits.push(split);
    } finally {
      await browser.close();
    }
  }
  return [
    {
      group: 'ours',
      name: FIGURE.firstPage,
      subject: page.id,
      unit: 'ms',
      runs: measured.map((r) => r.total),
      target: '< 150 ms',
      note: splits.length
        ? `split (medians of ${splits.length}): the worker began the page's analysis ${median(splits.map((s) => s.asked)).toFixed(0)} ms after the script's start (right after a warm-up sample in ${splits.filter((s) => s.behindWarmUp > 0).length} runs) / analysis ${median(splits.map((s) => s.analysis)).toFixed(0)} ms`
        : undefined,
    },
    { group: 'ours', name: 'first page after browser start: navigation start → painted', subject: page.id, unit: 'ms', runs: measured.map((r) => r.fromNavigation) },
  ];
}
