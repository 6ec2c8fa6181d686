/**
 * `npm run eval [-- --corpus DIR] [--json] [--details]`: runs the engine on the labelled corpus
 * (default ../shared/corpus, relative to the project root) and prints incident-detection
 * precision/recall/F1 and per-category fact recall/precision per language, plus `not`-list
 * violations, as a Markdown report (or JSON with --json). Scoring rules: eval-score.ts.
 *
 * It is a report: exit 0 whatever the scores; exit 2 only when the corpus is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACT_CATEGORIES, type Analysis } from '../engine/types';
import { analyzePageFile } from './analyze-page';
import {
  CONTAINMENT_RATIO,
  scoreDetection,
  scoreDocument,
  scoreKinds,
  sumCategories,
  type CategoryScore,
  type DocumentScore,
  type LabelledDocument,
} from './eval-score';

const PROJECT_ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DEFAULT_CORPUS = resolve(PROJECT_ROOT, '../shared/corpus');
/** Fixed "now" for articles without a publication date, so reports are reproducible. */
const EVAL_NOW = new Date('2026-01-01T00:00:00Z');

/** A group of documents reported together: one per language, the seed file on its own. */
interface Group {
  name: string;
  docs: DocumentScore[];
}

interface Options {
  corpus: string;
  json: boolean;
  details: boolean;
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { corpus: DEFAULT_CORPUS, json: false, details: false };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--corpus' && args[i + 1] !== undefined) options.corpus = resolve(args[++i]);
    else if (args[i] === '--json') options.json = true;
    else if (args[i] === '--details') options.details = true;
    else {
      process.stderr.write(`eval: unknown argument ${args[i]}\nusage: npm run eval -- [--corpus DIR] [--json] [--details]\n`);
      process.exit(2);
    }
  }
  return options;
}

/** Reads every labels-*.jsonl of the corpus, with the group each document is reported in. */
function readLabels(corpus: string): { group: string; doc: LabelledDocument }[] {
  const files = readdirSync(corpus)
    .filter((f) => /^labels-.*\.jsonl$/.test(f))
    .sort();
  return files.flatMap((file) =>
    readFileSync(join(corpus, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const doc = JSON.parse(line) as LabelledDocument;
        return { group: file.includes('seed') ? 'seed' : doc.lang, doc };
      }),
  );
}

/** An Analysis for a page that could not be read: no incident, no facts. */
function emptyAnalysis(reason: string): Analysis {
  return {
    url: null,
    title: null,
    site: null,
    published: null,
    language: 'und',
    textLength: 0,
    incident: { isIncident: false, score: 0, kinds: [], reasons: [reason] },
    facts: [],
  };
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
const ratio = (n: number, d: number) => (d === 0 ? '–' : `${pct(n / d)} (${n}/${d})`);

function renderMarkdown(corpus: string, groups: Group[], errors: string[], details: boolean): string {
  const all = groups.flatMap((g) => g.docs);
  const lines: string[] = [];
  lines.push(`### Evaluation: ${all.length} labelled documents`, '');
  lines.push(`Corpus: \`${relative(PROJECT_ROOT, corpus)}\`. Groups: one per language; the seed article on its own.`, '');
  lines.push('#### Incident detection', '');
  lines.push('| group | docs | TP | FP | FN | TN | precision | recall | F1 |', '| --- | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const g of [...groups, { name: 'all', docs: all }]) {
    const d = scoreDetection(g.docs);
    lines.push(`| ${g.name} | ${g.docs.length} | ${d.tp} | ${d.fp} | ${d.fn} | ${d.tn} | ${pct(d.precision)} | ${pct(d.recall)} | ${pct(d.f1)} |`);
  }
  lines.push('', 'Incident kinds, over articles labelled and detected as incidents (micro-averaged):', '');
  lines.push('| group | kinds precision | kinds recall |', '| --- | --: | --: |');
  for (const g of groups) {
    const k = scoreKinds(g.docs);
    lines.push(`| ${g.name} | ${ratio(k.correct, k.predicted)} | ${ratio(k.found, k.labelled)} |`);
  }
  lines.push('', '#### Facts per category', '');
  lines.push(
    `Recall = labelled facts found / labelled; precision = correct predictions / predictions counted. ` +
      `A form matches when equal ignoring case, or when one contains the other and the shorter is ≥ ${CONTAINMENT_RATIO * 100}% ` +
      `of the longer; dates are matched by value: the labelled value and a form containing or contained in the prediction. ` +
      `Predicted facts matching \`ignore\` (and no labelled fact) are not counted.`,
    '',
  );
  const header = groups.flatMap((g) => [`${g.name} recall`, `${g.name} precision`]);
  lines.push(`| category | ${header.join(' | ')} |`, `| --- | ${header.map(() => '--:').join(' | ')} |`);
  const sums = groups.map((g) => sumCategories(g.docs));
  for (const cat of FACT_CATEGORIES) {
    const cells = sums.flatMap((s) => {
      const c: CategoryScore = s[cat] ?? { labelled: 0, found: 0, predicted: 0, correct: 0 };
      return [ratio(c.found, c.labelled), ratio(c.correct, c.predicted)];
    });
    lines.push(`| ${cat} | ${cells.join(' | ')} |`);
  }
  // Each wrongly reported mention once per document, however often it recurs.
  const violations = [...new Set(all.flatMap((d) => d.violations.map((v) => `${d.id}: ${v.cat} "${v.text}"`)))];
  lines.push('', `#### \`not\`-list violations: ${violations.length} (distinct per document)`, '');
  for (const v of violations) lines.push(`- ${v}`);
  const wrongVerdicts = all.filter((d) => d.gold !== d.predicted);
  lines.push('', `#### Misclassified documents: ${wrongVerdicts.length}`, '');
  for (const d of wrongVerdicts) lines.push(`- ${d.id}: labelled ${d.gold ? 'incident' : 'not-incident'}, score ${d.score}`);
  if (errors.length > 0) {
    lines.push('', `#### Pages that could not be read: ${errors.length}`, '');
    for (const e of errors) lines.push(`- ${e}`);
  }
  if (details) {
    lines.push('', '#### Details', '');
    for (const d of all) {
      if (d.missed.length + d.wrong.length === 0) continue;
      lines.push(`- ${d.id} (${d.gold ? 'incident' : 'not'}; kinds ${d.goldKinds.join(',')} → ${d.predictedKinds.join(',')})`);
      for (const m of d.missed) lines.push(`  - missed ${m.cat}: ${m.forms.join(' / ')}${m.value ? ` = ${m.value}` : ''}`);
      for (const w of d.wrong) lines.push(`  - wrong ${w.cat}: "${w.text}" = ${w.value}`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.corpus) || readLabels(options.corpus).length === 0) {
    process.stderr.write(`eval: no labelled corpus at ${options.corpus} (expected labels-*.jsonl); pass --corpus DIR\n`);
    process.exit(2);
  }
  const groups = new Map<string, Group>();
  const errors: string[] = [];
  for (const { group, doc } of readLabels(options.corpus)) {
    let analysis: Analysis;
    try {
      analysis = await analyzePageFile(resolve(options.corpus, doc.file), doc.url, EVAL_NOW);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(`${doc.id}: ${message}`);
      analysis = emptyAnalysis(message);
    }
    const g = groups.get(group) ?? { name: group, docs: [] };
    g.docs.push(scoreDocument(doc, analysis));
    groups.set(group, g);
  }
  const ordered = [...groups.values()].sort((a, b) => Number(a.name === 'seed') - Number(b.name === 'seed') || a.name.localeCompare(b.name));
  if (options.json) {
    const report = {
      corpus: options.corpus,
      groups: ordered.map((g) => ({
        name: g.name,
        documents: g.docs.length,
        detection: scoreDetection(g.docs),
        categories: sumCategories(g.docs),
        violations: g.docs.flatMap((d) => d.violations.map((v) => ({ id: d.id, ...v }))),
      })),
      documents: ordered.flatMap((g) => g.docs),
      errors,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(`${renderMarkdown(options.corpus, ordered, errors, options.details)}\n`);
  }
}

await main();
