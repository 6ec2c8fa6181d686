/**
 * Engine figures in Node: `analyzeArticle` cold (first call in a fresh process, module load
 * included) and warm, beside chrono-node (en + zh) over the same text. Both are bundled with
 * esbuild as single ES modules first, so "load" means what a shipped bundle costs, not a
 * TypeScript transpiler's.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../test/e2e/harness';
import type { ArticleText } from '../../engine/types';
import { timeSync, type Figure } from './stats';
import { makeTempDir } from './temp-dirs';

/** The fixed clock given to the engine and chrono (the engine gets its world as arguments). */
const NOW_ISO = '2026-01-01T00:00:00Z';

/** The child: loads one bundle, runs it once on one article, prints load and first-call times. */
const CHILD = `
import { readFileSync } from 'node:fs';
const [kind, bundle, articleFile] = process.argv.slice(2);
const article = JSON.parse(readFileSync(articleFile, 'utf8'));
const now = new Date(${JSON.stringify(NOW_ISO)});
const t0 = performance.now();
const mod = await import(bundle);
const t1 = performance.now();
if (kind === 'engine') mod.analyzeArticle(article, { now });
else { mod.en.parse(article.text, now); mod.zh.parse(article.text, now); }
const t2 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));
`;

/** Bundles `contents` (TypeScript importing project modules) into one minified ES module for Node. */
export async function esmBundle(contents: string, outfile: string): Promise<void> {
  await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    outfile,
    logLevel: 'silent',
  });
}

/** One article to measure, by page id. */
export interface NodeSubject {
  id: string;
  article: ArticleText;
}

interface Runs {
  cold: number;
  warm: number;
}

/** Measures the engine and chrono in Node on each subject; `runs` by subject size. */
export async function measureNodeEngine(subjects: NodeSubject[], runsOf: (s: NodeSubject) => Runs): Promise<Figure[]> {
  const dir = makeTempDir('node');
  const engineFile = join(dir, 'engine.mjs');
  const chronoFile = join(dir, 'chrono.mjs');
  await esmBundle("export { analyzeArticle } from './engine/analyze-article';", engineFile);
  await esmBundle("export * from 'chrono-node';", chronoFile);
  const childFile = join(dir, 'child.mjs');
  writeFileSync(childFile, CHILD);
  const engine = (await import(pathToFileURL(engineFile).href)) as typeof import('../../engine/analyze-article');
  const chrono = (await import(pathToFileURL(chronoFile).href)) as typeof import('chrono-node');
  const now = new Date(NOW_ISO);
  const figures: Figure[] = [];

  for (const subject of subjects) {
    const { cold, warm } = runsOf(subject);
    const articleFile = join(dir, `${subject.id}.json`);
    writeFileSync(articleFile, JSON.stringify(subject.article));
    const child = (kind: string, bundle: string) => {
      const out = execFileSync(process.execPath, [childFile, kind, pathToFileURL(bundle).href, articleFile], { encoding: 'utf8' });
      return JSON.parse(out.trim().split('\n').pop()!) as { load: number; first: number };
    };
    const engineCold = Array.from({ length: cold }, () => child('engine', engineFile));
    const chronoCold = Array.from({ length: cold }, () => child('chrono', chronoFile));
    const text = subject.article.text;
    const engineWarm = timeRuns(() => engine.analyzeArticle(subject.article, { now }), warm);
    const chronoWarm = timeRuns(() => {
      chrono.en.parse(text, now);
      chrono.zh.parse(text, now);
    }, warm);
    const s = subject.id;
    figures.push(
      { group: 'node', name: 'chrono en+zh: load + first parse (fresh process)', subject: s, unit: 'ms', runs: chronoCold.map((r) => r.load + r.first) },
      { group: 'node', name: 'engine: load + first call (fresh process)', subject: s, unit: 'ms', runs: engineCold.map((r) => r.load + r.first), baseline: `node:chrono en+zh: load + first parse (fresh process):${s}` },
      { group: 'node', name: 'engine: module load alone', subject: s, unit: 'ms', runs: engineCold.map((r) => r.load) },
      { group: 'node', name: 'chrono en+zh: parse (warm)', subject: s, unit: 'ms', runs: chronoWarm },
      { group: 'node', name: 'engine: analyzeArticle (warm)', subject: s, unit: 'ms', runs: engineWarm, baseline: `node:chrono en+zh: parse (warm):${s}` },
    );
  }
  return figures;
}

/** Times `count` runs after one unmeasured warm-up run (skipped when a single run takes seconds). */
function timeRuns(fn: () => unknown, count: number): number[] {
  const t = performance.now();
  fn();
  const first = performance.now() - t;
  return first > 2000 ? [first] : timeSync(fn, count, 0);
}
