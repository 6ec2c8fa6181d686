/**
 * The project's own labels (test/corpus/labels-*.jsonl, see test/corpus/README.md) are well formed:
 * GUIDELINES.md's categories, kinds, statuses and ISO date values, and, when ../shared/corpus is
 * present, every form verbatim in the article text the engine's reader extracts from the pool page, and
 * every relabelled silver article (labels-en-holdout*.jsonl) outside the shared English dev set, and the
 * second English held-out set exactly the articles its fixed rule draws (a seeded shuffle).
 * It checks the labels only; how the engine scores on them is a report (`npm run eval`), not a test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { FACT_CATEGORIES } from '../../../engine/types';
import { corpusDir, hasCorpus, readCorpusPage, readLabels, type CorpusLabel, type LabelFact } from '../corpus';
import { pythonShuffle } from '../python-shuffle';

const LABELS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));
const POOL_DIR = resolve(corpusDir, 'pool');

const INCIDENT_KINDS = ['ransomware', 'breach', 'ddos', 'intrusion', 'malware', 'phishing', 'fraud', 'defacement', 'supply-chain', 'espionage', 'outage'];
const NEGATIVE_KINDS = ['near-miss: vulnerability', 'near-miss: product', 'near-miss: policy', 'near-miss: report', 'near-miss: opinion', 'general'];

type PoolLabel = CorpusLabel & { kinds: string[] };

/** The labels of one file of test/corpus. */
function readLabelFile(name: string): PoolLabel[] {
  return readFileSync(resolve(LABELS_DIR, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as PoolLabel);
}

const LABEL_FILES: string[] = readdirSync(LABELS_DIR)
  .filter((f) => /^labels-.*\.jsonl$/.test(f))
  .sort();
const labels: PoolLabel[] = LABEL_FILES.flatMap(readLabelFile);

/** Whether `value` is YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date. */
function isIsoDateValue(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [year, month = 1, day = 1] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const allFacts = (l: PoolLabel): LabelFact[] => [...l.facts, ...(l.not ?? []), ...(l.ignore ?? [])];

describe('isIsoDateValue', () => {
  test.each([
    { value: '2024', ok: true },
    { value: '2024-02', ok: true },
    { value: '2024-02-29', ok: true },
    { value: '2023-02-29', ok: false },
    { value: '2024-13', ok: false },
    { value: '2024/02/01', ok: false },
    { value: '24-02-01', ok: false },
  ])('$value: $ok', ({ value, ok }) => {
    expect(isIsoDateValue(value)).toBe(ok);
  });
});

describe('project labels (test/corpus)', () => {
  test('there are labels, with unique ids naming their pool page', () => {
    expect(labels.length).toBeGreaterThanOrEqual(70);
    for (const file of LABEL_FILES) {
      const own = readLabelFile(file);
      expect(new Set(own.map((l) => l.id)).size, file).toBe(own.length);
    }
    for (const l of labels) expect(l.file).toBe(`pages/${l.id}.html`);
  });

  // Two tuning sets may share an article (each labels other categories); a held-out article is in no other file.
  test('a held-out article is labelled in no other file', () => {
    for (const file of LABEL_FILES.filter((f) => f.includes('holdout'))) {
      const held = new Set(readLabelFile(file).map((l) => l.id));
      for (const other of LABEL_FILES.filter((f) => f !== file)) {
        for (const l of readLabelFile(other)) expect(held.has(l.id), `${l.id} in ${file} and ${other}`).toBe(false);
      }
    }
  });

  // Odd-numbered pool pages are read for engine work; the held-out set must stay off them.
  test('the held-out set labels only even-numbered pool ids', () => {
    const holdout = readLabelFile('labels-zh-holdout.jsonl');
    expect(holdout.length).toBeGreaterThanOrEqual(45);
    for (const l of holdout) expect(Number(/(\d+)$/.exec(l.id)?.[1]) % 2, l.id).toBe(0);
  });

  test.each(labels)('$id: label, kinds, categories, statuses and date values', (l) => {
    expect(['incident', 'not-incident']).toContain(l.label);
    expect(l.kinds.length).toBeGreaterThan(0);
    if (l.label === 'incident') for (const k of l.kinds) expect(INCIDENT_KINDS).toContain(k);
    else expect(l.kinds.length === 1 && NEGATIVE_KINDS.includes(l.kinds[0])).toBe(true);
    for (const f of allFacts(l)) {
      expect(FACT_CATEGORIES).toContain(f.cat);
      expect(f.forms.length).toBeGreaterThan(0);
      for (const form of f.forms) expect(form.trim()).not.toBe('');
      if (f.status !== undefined) expect(['affected', 'unaffected']).toContain(f.status);
      if (f.value !== undefined) expect(isIsoDateValue(f.value), `${f.value}`).toBe(true);
    }
    for (const f of l.facts) {
      if (f.cat === 'date') expect(f.value, `${f.forms[0]} needs a value`).toBeDefined();
      if (f.cat === 'service') expect(f.status, `${f.forms[0]} needs a status`).toBeDefined();
    }
  });
});

interface PoolRow {
  id: string;
  url: string;
  label: string | null;
  source?: { path?: string };
}

/** The rows of a pool file (one JSON object a line), by id; none when the file is absent. */
function readPoolRows(name: string): Map<string, PoolRow> {
  const file = resolve(POOL_DIR, name);
  if (!hasCorpus || !existsSync(file)) return new Map();
  return new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as PoolRow)
      .map((row) => [row.id, row] as const),
  );
}

/** Unlabelled WeChat pool rows; the project labels them (labels-zh-pool.jsonl). */
const poolRows = readPoolRows('pool-zh.jsonl');
/** CASIE silver rows; the project relabels some by GUIDELINES.md (labels-en-holdout.jsonl). */
const silverRows = readPoolRows('silver-en-casie.jsonl');
/** The shared English dev set's ids and CASIE source paths: a held-out label must be neither. */
const devLabels = hasCorpus ? readLabels(['labels-en-dev.jsonl']) as (CorpusLabel & { source?: { path?: string } })[] : [];
const devIds = new Set(devLabels.map((l) => l.id));
const devPaths = new Set(devLabels.map((l) => l.source?.path).filter((path) => path !== undefined));

describe.skipIf(poolRows.size === 0)('project labels against the pool pages (../shared/corpus/pool)', () => {
  test.each(labels)('$id: a pool row (unlabelled, or silver and not a dev article), and every form verbatim in the article text', (l) => {
    const silver = silverRows.get(l.id);
    if (silver) {
      expect(devIds.has(l.id)).toBe(false);
      expect(silver.source?.path).toBeDefined();
      expect(devPaths.has(silver.source!.path!)).toBe(false);
      expect(l.url).toBe(silver.url);
    } else {
      const row = poolRows.get(l.id);
      expect(row?.label).toBeNull();
      expect(l.url).toBe(row?.url);
    }
    const article = readCorpusPage({ file: resolve(POOL_DIR, l.file), url: l.url });
    expect(article).not.toBeNull();
    const missing = allFacts(l).flatMap((f) => f.forms.filter((form) => !article!.text.includes(form)).map((form) => `${f.cat}: ${form}`));
    expect(missing).toEqual([]);
  });
});

/**
 * labels-en-holdout2.jsonl is drawn by a fixed rule (test/corpus/README.md): the silver ids not in the
 * English dev set nor in labels-en-holdout.jsonl, sorted, shuffled by Python's
 * `random.Random(20261207)`, the first 50, labelled in that order. No page was skipped; a page skipped
 * as unreadable would be listed here and in the README.
 */
const HOLDOUT2_SEED = 20261207n;
const HOLDOUT2_SIZE = 50;
const HOLDOUT2_SKIPPED: string[] = [];

describe.skipIf(silverRows.size === 0)('the second English held-out set (labels-en-holdout2.jsonl)', () => {
  const holdout2 = readLabelFile('labels-en-holdout2.jsonl');
  const holdout1 = readLabelFile('labels-en-holdout.jsonl');

  test('holds the first 50 ids of the seeded shuffle, in that order', () => {
    const taken = new Set([...devIds, ...holdout1.map((l) => l.id)]);
    const candidates = [...silverRows.keys()].filter((id) => !taken.has(id)).sort();
    const drawn = pythonShuffle(candidates, HOLDOUT2_SEED).slice(0, HOLDOUT2_SIZE);
    expect(holdout2.length).toBeGreaterThanOrEqual(40);
    expect(holdout2.map((l) => l.id)).toEqual(drawn.filter((id) => !HOLDOUT2_SKIPPED.includes(id)));
  });

  test.each(holdout2)('$id: the silver line\'s CASIE source, not an article of the dev set or of the first held-out set', (l) => {
    const silver = silverRows.get(l.id);
    const source = (l as PoolLabel & { source?: { path?: string } }).source;
    expect(silver).toBeDefined();
    expect(source?.path).toBe(silver!.source?.path);
    expect(devPaths.has(source!.path!)).toBe(false);
    const holdout1Paths = new Set(holdout1.map((h) => (h as PoolLabel & { source?: { path?: string } }).source?.path));
    expect(holdout1Paths.has(source!.path!)).toBe(false);
  });
});

/**
 * labels-en-tuning.jsonl is the English services tuning set (test/corpus/README.md): the silver lines
 * labelled `incident` whose id, CASIE source or URL is in none of the dev and held-out sets, sorted,
 * shuffled by Python's `random.Random(20261208)`, the first 100. It was read while rules were written,
 * so it must stay apart from the held-out sets.
 */
const SERVICE_TUNING_SEED = 20261208n;
const SERVICE_TUNING_SIZE = 100;

describe.skipIf(silverRows.size === 0)('the English services tuning set (labels-en-tuning.jsonl)', () => {
  const tuning = readLabelFile('labels-en-tuning.jsonl');
  const heldOut = [...readLabelFile('labels-en-holdout.jsonl'), ...readLabelFile('labels-en-holdout2.jsonl')] as (PoolLabel & { source?: { path?: string } })[];

  test('holds the first 100 ids of its seeded shuffle of silver incidents outside the dev and held-out sets', () => {
    const taken = [...devLabels, ...heldOut] as (CorpusLabel & { url?: string; source?: { path?: string } })[];
    const ids = new Set(taken.map((l) => l.id));
    const paths = new Set(taken.map((l) => l.source?.path));
    const urls = new Set(taken.map((l) => l.url));
    const candidates = [...silverRows.values()]
      .filter((row) => row.label === 'incident' && !ids.has(row.id) && !paths.has(row.source?.path) && !urls.has(row.url))
      .map((row) => row.id)
      .sort();
    expect(tuning.map((l) => l.id)).toEqual(pythonShuffle(candidates, SERVICE_TUNING_SEED).slice(0, SERVICE_TUNING_SIZE));
  });

  test('shares no CASIE source with a held-out set', () => {
    const heldOutPaths = new Set(heldOut.map((l) => l.source?.path));
    for (const l of tuning as (PoolLabel & { source?: { path?: string } })[]) expect(heldOutPaths.has(l.source?.path), l.id).toBe(false);
  });
});

/**
 * labels-en-tuning-agency-date.jsonl is tuning material (test/corpus/README.md): the silver ids not in
 * the English dev set nor in either held-out set, sorted, shuffled by Python's `random.Random(20261211)`,
 * the first 40 after leaving out the ids another helper tunes services on (the first 40 incidents of
 * the same candidates shuffled by `random.Random(7)`), labelled for agencies and dates only.
 */
const AGENCY_DATE_TUNING_SEED = 20261211n;
const AGENCY_DATE_TUNING_SIZE = 40;
const AGENCY_DATE_TUNING_LEFT_OUT = ['en-casie-1137'];

describe.skipIf(silverRows.size === 0)('the English agency and date tuning set (labels-en-tuning-agency-date.jsonl)', () => {
  const tuning = readLabelFile('labels-en-tuning-agency-date.jsonl');
  const heldOut = new Set([...readLabelFile('labels-en-holdout.jsonl'), ...readLabelFile('labels-en-holdout2.jsonl')].map((l) => l.id));

  test('holds the first 40 ids of its seeded shuffle, in that order, none held out', () => {
    const candidates = [...silverRows.keys()].filter((id) => !devIds.has(id) && !heldOut.has(id) && !devPaths.has(silverRows.get(id)!.source!.path!)).sort();
    const drawn = pythonShuffle(candidates, AGENCY_DATE_TUNING_SEED).filter((id) => !AGENCY_DATE_TUNING_LEFT_OUT.includes(id)).slice(0, AGENCY_DATE_TUNING_SIZE);
    expect(tuning.map((l) => l.id)).toEqual(drawn);
  });

  test.each(tuning)('$id: labels agencies and dates only', (l) => {
    for (const f of l.facts) expect(['agency', 'date']).toContain(f.cat);
  });
});
