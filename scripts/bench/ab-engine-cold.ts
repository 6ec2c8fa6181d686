/**
 * An A/B of the engine's cold cost in Chromium for two source trees: each tree's engine bundled
 * as one IIFE (esbuild), evaluated in a fresh browser context (a new renderer process, so V8 holds
 * no compiled code or regex of the other runs), then its first `analyzeArticle` call on the seed
 * article and on an English news article, runs alternated. What the stopped worker pays after its
 * start, less the extension's own code: the engine's top level, then its first analysis (mostly
 * regexes compiled on first use). Medians per tree and their ratio.
 *
 *   git archive HEAD engine | tar -x -C /tmp/before
 *   npx tsx scripts/bench/ab-engine-cold.ts /tmp/before . [runs]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { HAS_SHARED, SEED } from '../../test/e2e/harness';
import { readPageArticle } from '../analyze-page';
import { formatNumber, median } from './stats';

const [beforeDir, afterDir, runsArg] = process.argv.slice(2);
if (!beforeDir || !afterDir) throw new Error('usage: tsx scripts/bench/ab-engine-cold.ts BEFORE_TREE AFTER_TREE [runs]');
if (!HAS_SHARED) throw new Error('needs ../shared (the seed article)');
const runs = Number(runsArg ?? 10);

/** The tree's engine as one minified IIFE that leaves its exports in `__engine`, its evaluation timed around it. */
async function bundleOf(tree: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { analyzeArticle } from './engine/analyze-article';`, resolveDir: resolve(tree), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: '__engine',
    platform: 'browser',
    // Not an older target: esbuild would turn the regex literals with `\\p{…}` into `new RegExp` calls.
    target: 'esnext',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return `globalThis.__t0 = performance.now();\n${result.outputFiles[0].text}\nglobalThis.__evalMs = performance.now() - globalThis.__t0;`;
}
const bundles = await Promise.all([beforeDir, afterDir].map(bundleOf));
const seed = await readPageArticle(readFileSync(SEED.file, 'utf8'), SEED.url);
const newsLine = readFileSync(join(import.meta.dirname, '../../../shared/corpus/labels-en-dev.jsonl'), 'utf8').split('\n').find((l) => l.includes('"id":"en-dev-038"'));
const news = newsLine ? await readPageArticle(readFileSync(join(import.meta.dirname, '../../../shared/corpus/pages/en-dev-038.html'), 'utf8'), JSON.parse(newsLine).url) : null;
const articles = [seed, news].filter((a) => a !== null);

type Row = { evalMs: number; first: number; second: number; warm: number };
const rows: Row[][] = [[], []];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
try {
  for (let i = 0; i < runs; i++) {
    for (const b of i % 2 ? [1, 0] : [0, 1]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.evaluate(bundles[b]);
      const row = (await page.evaluate(`(() => {
        const articles = ${JSON.stringify(articles)};
        const now = new Date('2026-01-01T00:00:00Z');
        const time = (a) => { const t = performance.now(); globalThis.__engine.analyzeArticle(a, { now }); return performance.now() - t; };
        const first = time(articles[0]);
        const second = articles[1] ? time(articles[1]) : NaN;
        const warm = time(articles[0]);
        return { evalMs: globalThis.__evalMs, first, second, warm };
      })()`)) as Row;
      rows[b].push(row);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
const names: [keyof Row, string][] = [
  ['evalMs', 'engine top level (IIFE evaluated)'],
  ['first', 'first analysis (seed, cold)'],
  ['second', 'then news-en (partly cold)'],
  ['warm', 'seed again (warm)'],
];
for (const [key, name] of names) {
  const [before, after] = rows.map((list) => median(list.map((r) => r[key])));
  console.log(`${name.padEnd(36)} before ${formatNumber(before).padStart(7)} ms  after ${formatNumber(after).padStart(7)} ms  after/before ${(after / before).toFixed(2)}  (n ${rows[0].length}/${rows[1].length})`);
}
