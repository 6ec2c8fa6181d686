/**
 * Interleaved A/B of the fresh-page highlight call (the `highlight_vs_markjs` figure's numerator):
 * the page probe is bundled twice, each with another highlighter source, and every run opens a
 * fresh page, reads, analyses, warms the Highlight API and times one paint, alternating A and B.
 *
 *   npx tsx scripts/bench/ab-highlight.ts <A> <B> [runs] [pages]
 *
 * A and B are highlighter sources (e.g. `git show <commit>:entrypoints/incident-lens.content/highlighter.ts > /tmp/a.ts`)
 * or whole checkouts (`git archive <commit> | tar -x -C /tmp/a`, with node_modules linked in).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../../test/e2e/harness';
import { launchBench } from './browser';
import { KEEP_NAMES_SHIM } from './browser-figures';
import { iife } from './bundles';
import { benchPages } from './pages';
import { median } from './stats';

const [fileA, fileB, runsArg, pagesArg] = process.argv.slice(2);
if (!fileA || !fileB) throw new Error('usage: ab-highlight.ts <A.ts> <B.ts> [runs] [pages]');
const RUNS = Number(runsArg ?? 15);
const PAGE_IDS = (pagesArg ?? 'seed,news-en,nonincident,nocue').split(',');
const HIGHLIGHTER = resolve(import.meta.dirname, '../../entrypoints/incident-lens.content/highlighter.ts');

/** The page probe with `variant` as the highlighter's source (its imports resolved as the real file's). */
async function probeWith(variant: string): Promise<string> {
  // A folder is another checkout (e.g. `git archive <commit> | tar -x -C dir`): its own probe, whole.
  const tree = statSync(variant).isDirectory();
  const contents = tree ? '' : readFileSync(variant, 'utf8');
  const entry = tree ? join(variant, 'scripts/bench/page-probe.ts') : join(import.meta.dirname, 'page-probe.ts');
  return iife(entry, [
    {
      name: 'highlighter-variant',
      setup(b) {
        b.onLoad({ filter: /highlighter\.ts$/ }, (args) => (!tree && args.path === HIGHLIGHTER ? { contents, loader: 'ts', resolveDir: resolve(HIGHLIGHTER, '..') } : undefined));
      },
    },
  ]);
}

interface Probe {
  read(): unknown;
  analyze(): unknown;
  warmHighlight(): number;
  highlight(): Promise<{ ms: number; ranges: number }>;
}


const probes = { A: await probeWith(fileA), B: await probeWith(fileB) };
const pages = benchPages().filter((p) => PAGE_IDS.includes(p.id));
const server = await startFixtureServer(pages);
const browser = await launchBench(server, { extensionDir: null });
try {
  await browser.context.addInitScript(KEEP_NAMES_SHIM);
  const page = await browser.context.newPage();
  for (const benchPage of pages) {
    const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
    let ranges = 0;
    for (let i = 0; i < RUNS * 2; i++) {
      // A B, B A, A B, ...: neither always goes first.
      const which = (i % 2 === 0) === (Math.floor(i / 2) % 2 === 0) ? 'A' : 'B';
      await page.goto(benchPage.url, { waitUntil: 'load' });
      await page.evaluate((src) => {
        const script = document.createElement('script');
        script.textContent = src;
        (document.head ?? document.documentElement).append(script);
      }, probes[which]);
      // Separate tasks, as in the bench and the content script (the warm-up finishes in its own).
      await page.evaluate(() => {
        const probe = (window as unknown as { __incidentLensBench: Probe }).__incidentLensBench;
        probe.read();
        probe.analyze();
      });
      await page.evaluate(() => (window as unknown as { __incidentLensBench: Probe }).__incidentLensBench.warmHighlight());
      const result = await page.evaluate(() => (window as unknown as { __incidentLensBench: Probe }).__incidentLensBench.highlight());
      times[which].push(result.ms);
      ranges = result.ranges;
    }
    const a = median(times.A);
    const b = median(times.B);
    console.log(`${benchPage.id} (${ranges} ranges, ${RUNS} runs each): A ${a.toFixed(3)} ms, B ${b.toFixed(3)} ms, B/A ${(b / a).toFixed(2)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
