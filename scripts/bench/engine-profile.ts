/**
 * Where the engine's time goes: each part of `analyzeArticle` (language detection, excluded zones,
 * every extractor, then refiners + classifier as the rest) timed on its first call in a fresh
 * Node process (lazy builds of matchers and gazetteers show up there) and warm. Printed with the
 * bench so a missed target names its cause.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure } from './stats';
import { esmBundle, type NodeSubject } from './node-engine';
import { makeTempDir } from './temp-dirs';

const NOW_ISO = '2026-01-01T00:00:00Z';

/** Entry bundled for the child: the analyser's parts, so each can be wrapped with a timer. */
const ENTRY = `
export { createArticleAnalyzer } from './engine/analyze-article';
export { extractors } from './engine/facts/extractors';
export { detectLanguage } from './engine/language/detect-language';
export { findExcludedZones } from './engine/facts/find-excluded-zones';
`;

/** Runs the analyser once with every part timed (first call when `runs` is 1 in a fresh process). */
const CHILD = `
import { readFileSync } from 'node:fs';
const [bundle, articleFile, runsArg] = process.argv.slice(2);
const article = JSON.parse(readFileSync(articleFile, 'utf8'));
const now = new Date(${JSON.stringify(NOW_ISO)});
const t0 = performance.now();
const m = await import(bundle);
const load = performance.now() - t0;
const times = {};
const timed = (name, fn) => (...args) => {
  const t = performance.now();
  try { return fn(...args); } finally { times[name] = (times[name] ?? 0) + performance.now() - t; }
};
const parts = {
  detectLanguage: timed('language', m.detectLanguage),
  findExcludedZones: timed('excluded zones', m.findExcludedZones),
  extractors: m.extractors.map((x) => ({ ...x, extract: timed('extractor ' + x.name, (ctx) => x.extract(ctx)) })),
};
const analyze = m.createArticleAnalyzer(parts);
const runs = Number(runsArg);
if (runs > 1) analyze(article, { now });
for (const k of Object.keys(times)) delete times[k];
let total = 0;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  analyze(article, { now });
  total += performance.now() - t;
}
const result = { 'module load': load };
let partsSum = 0;
for (const [k, v] of Object.entries(times)) { result[k] = v / runs; partsSum += v / runs; }
result['rest (refiners, classifier)'] = total / runs - partsSum;
console.log(JSON.stringify(result));
`;

/** Per-part figures on each subject: first call in fresh processes (`coldRuns` each) and warm (mean of `warmRuns`). */
export async function measureEngineProfile(subjects: NodeSubject[], coldRuns: number, warmRuns: number): Promise<Figure[]> {
  const dir = makeTempDir('engine-parts');
  const bundle = join(dir, 'engine-parts.mjs');
  await esmBundle(ENTRY, bundle);
  const child = join(dir, 'child.mjs');
  writeFileSync(child, CHILD);
  const figures: Figure[] = [];
  for (const subject of subjects) {
    const articleFile = join(dir, `${subject.id}.json`);
    writeFileSync(articleFile, JSON.stringify(subject.article));
    const run = (runs: number) => JSON.parse(execFileSync(process.execPath, [child, pathToFileURL(bundle).href, articleFile, String(runs)], { encoding: 'utf8' }).trim().split('\n').pop()!) as Record<string, number>;
    const cold = Array.from({ length: coldRuns }, () => run(1));
    const warm = run(warmRuns);
    for (const part of Object.keys(cold[0])) {
      figures.push({ group: 'profile', name: `engine part, first call: ${part}`, subject: subject.id, unit: 'ms', runs: cold.map((c) => c[part] ?? Number.NaN) });
    }
    for (const part of Object.keys(warm)) {
      if (part === 'module load') continue;
      figures.push({ group: 'profile', name: `engine part, warm: ${part}`, subject: subject.id, unit: 'ms', runs: [warm[part]], note: `mean of ${warmRuns}` });
    }
  }
  return figures;
}
