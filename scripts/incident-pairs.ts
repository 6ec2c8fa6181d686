/**
 * The labelled pair set of issue 16 (test/fixtures/incident-pairs.jsonl): pairs of pages labelled
 * "same incident" or "different incident". A page is `fixture:FILE` (test/fixtures/pages, the
 * project's own pages), `seed:wechat-royal-mail` (../shared/seeds) or `corpus:ID` (a labelled
 * article of ../shared/corpus, read at run time; no corpus text is copied into the project).
 * `evaluatePairs` saves every page of the set into an empty library in publication order,
 * accepting every proposal (as the incidents CLI does), and scores the pairs: a pair is predicted
 * "same" when both pages ended in one incident. Pairs whose pages are missing (no ../shared) are
 * skipped and counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { victimsOfClipping } from '../storage/incident';
import { linkPages, type PageToLink } from './link-pages';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const PAIRS_FILE = join(ROOT, 'test/fixtures/incident-pairs.jsonl');

/** One labelled pair. */
export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  why: string;
}

/** One pair as predicted. */
export interface ScoredPair extends LabelledPair {
  predicted: boolean;
  /** Whether the engine judged both pages to report an incident (only those can be linked by title, matcher rule 4). */
  bothIncidents: boolean;
}

/** Pairwise precision and recall of "same incident" over the labelled pairs. */
export interface PairScores {
  pairs: ScoredPair[];
  skipped: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** What each page became: its victims, incident date, kinds and the link's reasons (to explain errors). */
  pages: Map<string, string>;
}

interface PageSource {
  path: string;
  url: string | null;
  published: string;
}

/** Where the labelled corpus keeps its label lines (id → file, url, published). */
function corpusLabels(): Map<string, PageSource> {
  const labels = new Map<string, PageSource>();
  const files: Array<[string, string]> = [
    ['corpus/labels-seed.jsonl', 'corpus'],
    ['corpus/labels-en-dev.jsonl', 'corpus'],
    ['corpus/labels-zh-dev.jsonl', 'corpus'],
    ['corpus/pool/silver-en-casie.jsonl', 'corpus/pool'],
  ];
  for (const [file, folder] of files) {
    const path = join(SHARED, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const label = JSON.parse(line) as { id: string; file: string; url?: string; published?: string | null };
      labels.set(label.id, { path: resolve(SHARED, folder, label.file), url: label.url ?? null, published: label.published ?? '' });
    }
  }
  return labels;
}

/** The page a reference names, or null when it is not on this machine. */
function sourceOf(ref: string, labels: Map<string, PageSource>): PageSource | null {
  const [kind, name] = ref.split(/:(.*)/s);
  if (kind === 'fixture') {
    const path = join(ROOT, 'test/fixtures/pages', name);
    const published = /article:published_time" content="([^"]+)"/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
    return { path, url: null, published };
  }
  const label = labels.get(kind === 'seed' ? 'zh-seed-000' : name);
  return label && existsSync(label.path) ? label : null;
}

/** The labelled pairs. */
export function readPairs(file = PAIRS_FILE): LabelledPair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledPair);
}

/** Links every page of the pair set and scores the pairs. */
export async function evaluatePairs(pairs: readonly LabelledPair[] = readPairs(), now = new Date('2026-12-06T00:00:00Z')): Promise<PairScores> {
  const labels = corpusLabels();
  const sources = new Map<string, PageSource>();
  const usable = pairs.filter((pair) => {
    const a = sourceOf(pair.a, labels);
    const b = sourceOf(pair.b, labels);
    if (!a || !b) return false;
    sources.set(pair.a, a).set(pair.b, b);
    return true;
  });
  // Saved in publication order, as a reader following the news would.
  const ordered = [...sources].sort(([, a], [, b]) => a.published.localeCompare(b.published));
  const pages: PageToLink[] = ordered.map(([ref, source]) => ({ file: ref, html: readFileSync(source.path, 'utf8'), url: source.url }));
  const linked = await linkPages(pages, now);
  const incidentOf = new Map(linked.pages.map((page) => [page.file, 'error' in page ? `error:${page.file}` : page.incidentId]));
  const judged = new Map(linked.pages.map((page) => [page.file, !('error' in page) && page.clipping.isIncident === 1]));
  const scored = usable.map((pair) => ({ ...pair, predicted: incidentOf.get(pair.a) === incidentOf.get(pair.b), bothIncidents: Boolean(judged.get(pair.a) && judged.get(pair.b)) }));
  const truePositives = scored.filter((pair) => pair.same && pair.predicted).length;
  const falsePositives = scored.filter((pair) => !pair.same && pair.predicted).length;
  const falseNegatives = scored.filter((pair) => pair.same && !pair.predicted).length;
  const pageNotes = new Map(
    linked.pages.map((page) => [
      page.file,
      'error' in page
        ? `error: ${page.error}`
        : `victims [${victimsOfClipping(page.clipping).map((victim) => victim.key).join(', ')}], date ${page.clipping.incidentDate}, kinds [${page.clipping.kinds.join(', ')}]; ${page.clipping.incidentLink?.reasons.join('; ')}`,
    ]),
  );
  return {
    pages: pageNotes,
    pairs: scored,
    skipped: pairs.length - usable.length,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
  };
}
