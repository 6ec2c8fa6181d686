/**
 * The pages the benchmark measures: the seed WeChat article, an English news article and a
 * non-incident article from the corpus, a page without an article, a generated news page without
 * incident words and a generated 1 MB article.
 * Corpus pages are served under their own URLs (their hosts are on the content script's list);
 * the generated page is written to a temporary folder at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, FIXTURES, SEED, type ServedPage } from '../../test/e2e/harness';
import { generateLargeArticlePage } from './generate-large-page';
import { generateQuietPage } from './generate-quiet-page';
import { makeTempDir } from './temp-dirs';

/** One benchmark page: a page the fixture server serves, from a file. */
export interface BenchPage extends ServedPage {
  /** Short name used in the table. */
  id: 'seed' | 'news-en' | 'nonincident' | 'no-article' | 'large-1mb' | 'nocue';
  file: string;
  /** Whether the page is expected to be reported as an incident. */
  incident: boolean;
}

const ENGLISH_NEWS_ID = 'en-dev-038';
const NON_INCIDENT_ID = 'en-dev-028';

function corpusUrl(id: string): string {
  const line = readFileSync(join(CORPUS_DIR, 'labels-en-dev.jsonl'), 'utf8')
    .split('\n')
    .find((l) => l.includes(`"id":"${id}"`));
  if (!line) throw new Error(`corpus entry ${id} not found`);
  return (JSON.parse(line) as { url: string }).url;
}

/**
 * Served cross-origin isolated: a page's clock is then precise to microseconds instead of 0.1 ms,
 * which matters for the single fresh-page calls timed in the page (highlighting is ~0.2 ms).
 * The pages are self-contained, so isolation blocks nothing they show.
 */
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** Builds the page list; writes the 1 MB page into a fresh temporary folder. */
export function benchPages(): BenchPage[] {
  const dir = makeTempDir('pages');
  const large = join(dir, 'large-article.html');
  writeFileSync(large, generateLargeArticlePage());
  const quiet = join(dir, 'quiet-article.html');
  writeFileSync(quiet, generateQuietPage());
  const pages: BenchPage[] = [
    { id: 'seed', url: SEED.url, file: SEED.file, incident: true },
    { id: 'news-en', url: corpusUrl(ENGLISH_NEWS_ID), file: join(CORPUS_DIR, `pages/${ENGLISH_NEWS_ID}.html`), incident: true },
    { id: 'nonincident', url: corpusUrl(NON_INCIDENT_ID), file: join(CORPUS_DIR, `pages/${NON_INCIDENT_ID}.html`), incident: false },
    { id: 'no-article', url: FIXTURES.search.url, file: FIXTURES.search.file, incident: false },
    { id: 'nocue', url: 'https://www.theguardian.com/sport/bench-autumn-regatta', file: quiet, incident: false },
    { id: 'large-1mb', url: 'https://www.bleepingcomputer.com/news/security/bench-large-article/', file: large, incident: true },
  ];
  return pages.map((page) => ({ ...page, headers: ISOLATED }));
}
