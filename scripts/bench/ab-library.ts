/**
 * A/B of the library's first render at 10,000 clippings (as `npm run bench -- --only=library`
 * measures it) for two or more builds, interleaved open by open in browsers side by side, so all
 * meet the same machine load. `marks` prints each open's navigation timing and performance marks;
 * `trace` writes a Chromium trace of one more open per build to /tmp/library-trace-N.json.
 *
 *   npx wxt build && cp -r .output/chrome-mv3 /tmp/after   # and a build of the other commit to /tmp/before
 *   npx tsx scripts/bench/ab-library.ts /tmp/before/chrome-mv3 /tmp/after/chrome-mv3 [runs] [marks] [trace]
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../../test/e2e/harness';
import { launchBench, type BenchBrowser } from './browser';
import { KEEP_NAMES_SHIM } from './browser-figures';
import { LIST_ITEM, LIST_PAINT_RECORDER, writeClippings } from './library';
import { benchPages } from './pages';
import { median } from './stats';
import { removeTempDirs } from './temp-dirs';

const dirs = process.argv.slice(2).filter((a) => a.startsWith('/'));
const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 8);
const trace = process.argv.includes('trace');

async function openOnce(browser: BenchBrowser, traceFile?: string): Promise<number> {
  const page: Page = await browser.context.newPage();
  let cdp = null as Awaited<ReturnType<typeof browser.context.newCDPSession>> | null;
  const events: unknown[] = [];
  if (traceFile) {
    cdp = await browser.context.newCDPSession(page);
    cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...e.value));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.frame,v8.execute,v8,blink.user_timing,IndexedDB,toplevel',
      transferMode: 'ReportEvents',
    } as never);
  }
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.waitForSelector(LIST_ITEM, { timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { __incidentLensListPainted?: number }).__incidentLensListPainted !== undefined);
  const t = await page.evaluate(() => (window as unknown as { __incidentLensListPainted: number }).__incidentLensListPainted);
  if (process.argv.includes('marks')) {
    await page.waitForTimeout(8000);
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const out: Record<string, number> = { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd };
      for (const m of performance.getEntriesByType('mark')) out[m.name] = m.startTime;
      return out;
    });
    console.log(`${browser.extensionId.slice(0, 4)} painted ${t.toFixed(0)}`, Object.entries(marks).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k}=${v.toFixed(0)}`).join(' '));
  }
  if (cdp && traceFile) {
    await page.waitForTimeout(3000);
    const done = new Promise<void>((resolve) => cdp!.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    writeFileSync(traceFile, JSON.stringify({ traceEvents: events }));
  }
  await page.close();
  return t;
}

const server = await startFixtureServer(benchPages().slice(0, 1));
const browsers: BenchBrowser[] = [];
try {
  for (const dir of dirs) {
    const browser = await launchBench(server, { extensionDir: dir });
    await browser.context.addInitScript(KEEP_NAMES_SHIM);
    await browser.context.addInitScript(LIST_PAINT_RECORDER);
    const setup = await browser.openExtensionPage('library.html');
    await setup.waitForSelector('main.library .empty, main.library .library-count', { timeout: 60_000 });
    await writeClippings(setup, 10_000);
    await setup.close();
    browsers.push(browser);
  }
  const times: number[][] = dirs.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let b = 0; b < browsers.length; b++) {
      const order = r % 2 === 0 ? b : browsers.length - 1 - b;
      times[order].push(await openOnce(browsers[order]));
    }
  }
  if (trace) for (let b = 0; b < browsers.length; b++) await openOnce(browsers[b], `/tmp/library-trace-${b}.json`);
  dirs.forEach((dir, b) => console.log(`${dir}: median ${median(times[b]).toFixed(1)} ms  runs ${times[b].map((t) => t.toFixed(0)).join(' ')}`));
  if (dirs.length >= 2) console.log(`ratio last/first (medians): ${(median(times[dirs.length - 1]) / median(times[0])).toFixed(2)}`);
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
  removeTempDirs();
}
