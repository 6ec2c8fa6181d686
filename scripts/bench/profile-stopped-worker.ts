/**
 * Where the stopped worker's CPU goes on the seed page: a browser-wide Chromium trace with V8's
 * sampling profiler (`disabled-by-default-v8.cpu_profiler`), read on the worker's thread only
 * from its bundle's evaluation to the page's analysis. Prints self and inclusive time per function
 * (name, line:column of background.js) and self time per source line, averaged over the runs. To
 * read names, build without minification (`build: { minify: false }` in wxt.config.ts's `vite`,
 * for that build only). Measured with it: README Performance, "The stopped worker's CPU".
 *
 *   npx tsx scripts/bench/profile-stopped-worker.ts EXTENSION_DIR [runs]
 */
import { startFixtureServer } from '../../test/e2e/harness';
import { launchBench } from './browser';
import { benchPages } from './pages';
import { tracedLoad, type TraceEvent } from './pipeline';
import { removeTempDirs } from './temp-dirs';

const [dir, runsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx scripts/bench/profile-stopped-worker.ts EXTENSION_DIR [runs]');
const runs = Number(runsArg ?? 3);
const CATEGORIES = ['v8', 'v8.execute', 'toplevel', 'devtools.timeline', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number; scriptId?: number; codeType?: string };
}

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const byLine = new Map<string, number>();
let total = 0;

const seed = benchPages().find((p) => p.id === 'seed')!;
const server = await startFixtureServer([seed]);
const browser = await launchBench(server, { extensionDir: dir });
try {
  const warmUp = await browser.context.newPage();
  await tracedLoad(warmUp, seed.url);
  await warmUp.close();
  for (let run = 0; run < runs; run++) {
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
    await page.goto(seed.url);
    await page.waitForFunction(() => performance.getEntriesByName('incident-lens:painted').length > 0, null, { timeout: 60_000 });
    await whole.send('Tracing.end');
    await complete;
    await whole.detach();
    await page.close();
    const evaluate = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/background.js'));
    if (!evaluate) continue;
    type Raw = TraceEvent & { id?: string; args: { data?: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[]; lines?: number[] }; lines?: number[]; timeDeltas?: number[] } } };
    const profiles = (events as Raw[]).filter((e) => e.name === 'Profile' && e.pid === evaluate.pid && e.tid === evaluate.tid).map((e) => e.id);
    const chunks = (events as Raw[]).filter((e) => e.name === 'ProfileChunk' && e.pid === evaluate.pid && (e.tid === evaluate.tid || profiles.includes(e.id)));
    const nodes = new Map<number, ProfileNode>();
    const samples: number[] = [];
    const deltas: number[] = [];
    const lines: number[] = [];
    for (const c of chunks) {
      for (const n of c.args.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      samples.push(...(c.args.data?.cpuProfile?.samples ?? []));
      lines.push(...(c.args.data?.cpuProfile?.lines ?? c.args.data?.lines ?? []));
      deltas.push(...(c.args.data?.timeDeltas ?? []));
    }
    const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url?.replace(/^.*\//, '') ?? ''}:${(n.callFrame.lineNumber ?? -1) + 1}:${(n.callFrame.columnNumber ?? -1) + 1}`;
    samples.forEach((id, i) => {
      const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
      const n = nodes.get(id);
      if (!n) return;
      total += ms;
      if (lines.length === samples.length) {
        const k = `${n.callFrame.functionName || '(anonymous)'} line ${lines[i]}`;
        byLine.set(k, (byLine.get(k) ?? 0) + ms);
      }
      self.set(key(n), (self.get(key(n)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let cur: ProfileNode | undefined = n; cur; cur = cur.parent === undefined ? undefined : nodes.get(cur.parent)) {
        const k = key(cur);
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
      }
    });
    console.log(`run ${run + 1}: ${chunks.length} chunks, ${samples.length} samples on the worker's thread`);
  }
} finally {
  await browser.close();
  await server.close();
  removeTempDirs();
}
const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${(ms / runs).toFixed(1).padStart(7)} ms  ${k}`).join('\n');
console.log(`SELF BY LINE\n${top(byLine, 60)}`);
console.log(`worker thread, sampled: ${(total / runs).toFixed(1)} ms per run\nSELF\n${top(self, 40)}\nINCLUSIVE\n${top(inclusive, 70)}`);
