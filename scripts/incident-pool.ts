/**
 * Held-out linking check on the CASIE silver pool (issue 16): the first N articles of
 * ../shared/corpus/pool/silver-en-casie.jsonl are saved in publication order into an empty library
 * through the same code as the pair set (linkPages, every proposal accepted), and the incidents
 * with more than one article are scored against a proxy. The pool has no incident labels, only
 * CASIE's silver organisation facts per article, so each "same incident" pair the linker makes is:
 *
 * - `agree`: the two articles' silver victim names share one (folded; a name whose words are all
 *   in the other counts, "Barts" ~ "Barts Health NHS Trust") — likely right;
 * - `disagree`: both articles have silver victim names and none is shared — likely wrong;
 * - `unknown`: one side has no silver victim name.
 *
 * Silver victim names are the organisation forms that look like names (a capital letter or digit,
 * not "It"/"The company"): CASIE's annotation also marks "the school district" or "vendors", which
 * would make any two articles agree. The proxy precision is agree / (agree + disagree); it is a
 * proxy (silver organisations include bystanders; two reports may name the victim differently),
 * so the titles of every multi-article incident are printed for a human to read. Articles served
 * from an address saved before (the pool has a few: one bulletin page holding three stories) are
 * saved onto the same clipping, as the extension does, and left out of the pairs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { foldOrganizationName, victimsOfClipping } from '../storage/incident';
import { linkPages, type PageToLink } from './link-pages';

const SHARED = resolve(import.meta.dirname, '../../shared');
const POOL_FILE = join(SHARED, 'corpus/pool/silver-en-casie.jsonl');

interface SilverLine {
  id: string;
  title: string;
  url?: string;
  published?: string | null;
  label: string;
  facts: Array<{ cat: string; forms: string[] }>;
  file: string;
}

/** One article of a multi-article incident. */
export interface PoolArticle {
  id: string;
  title: string;
  published: string;
  silverLabel: string;
  silverVictims: string[];
  engineVictim: string | null;
  reasons: string[];
}

/** A linked pair and what the proxy says of it. */
export interface PoolPair {
  a: string;
  b: string;
  verdict: 'agree' | 'disagree' | 'unknown';
}

/** The held-out figures. */
export interface PoolScores {
  articles: number;
  errors: number;
  /** Articles served from an address already saved: the library keeps one clipping per address, so they are not linking decisions and are left out. */
  sameAddress: string[];
  incidents: number;
  multi: Array<{ incidentId: string; articles: PoolArticle[] }>;
  pairs: PoolPair[];
  agree: number;
  disagree: number;
  unknown: number;
  /** agree / (agree + disagree); 1 when no pair is decided. */
  proxyPrecision: number;
}

const PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she', 'company', 'firm', 'group', 'organisation', 'organization']);

/** The silver victim names of an article: organisation forms that look like names, folded. */
export function silverVictimNames(facts: SilverLine['facts']): string[] {
  const names = new Set<string>();
  for (const fact of facts) {
    if (fact.cat !== 'organization') continue;
    for (const form of fact.forms) {
      if (!/[\p{Lu}\p{N}]/u.test(form)) continue;
      const folded = foldOrganizationName(form);
      if (folded.length < 2 || PRONOUNS.has(folded)) continue;
      names.add(folded);
    }
  }
  return [...names];
}

/** Whether two folded names name one organisation: equal, or every word of one is in the other. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const longWords = new Set(long.split(' '));
  return short.length >= 3 && short.split(' ').every((word) => longWords.has(word));
}

/** What the proxy says of a pair of silver victim name lists. */
export function pairVerdict(a: readonly string[], b: readonly string[]): PoolPair['verdict'] {
  if (a.length === 0 || b.length === 0) return 'unknown';
  return a.some((x) => b.some((y) => sameName(x, y))) ? 'agree' : 'disagree';
}

/** Whether the silver pool is on this machine. */
export function poolAvailable(): boolean {
  return existsSync(POOL_FILE);
}

/** Links the first `count` pool articles and scores the multi-article incidents. */
export async function evaluatePool(count: number, now = new Date('2026-12-06T00:00:00Z')): Promise<PoolScores> {
  const lines = readFileSync(POOL_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, count)
    .map((line) => JSON.parse(line) as SilverLine);
  const ordered = [...lines].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const byId = new Map(ordered.map((line) => [line.id, line]));
  const pages: PageToLink[] = ordered.map((line) => ({ file: line.id, html: readFileSync(resolve(SHARED, 'corpus/pool', line.file), 'utf8'), url: line.url ?? null }));
  const linked = await linkPages(pages, now);
  const groups = new Map<string, PoolArticle[]>();
  let errors = 0;
  const sameAddress: string[] = [];
  const clippings = new Set<string>();
  for (const page of linked.pages) {
    if ('error' in page) {
      errors++;
      continue;
    }
    if (clippings.has(page.clipping.id)) {
      sameAddress.push(page.file);
      continue;
    }
    clippings.add(page.clipping.id);
    const line = byId.get(page.file)!;
    const [victim] = victimsOfClipping(page.clipping);
    const article: PoolArticle = {
      id: line.id,
      title: line.title,
      published: line.published ?? '',
      silverLabel: line.label,
      silverVictims: silverVictimNames(line.facts),
      engineVictim: victim ? victim.en : null,
      reasons: page.clipping.incidentLink?.reasons ?? [],
    };
    groups.set(page.incidentId, [...(groups.get(page.incidentId) ?? []), article]);
  }
  const multi = [...groups].filter(([, articles]) => articles.length > 1).map(([incidentId, articles]) => ({ incidentId, articles }));
  const pairs: PoolPair[] = [];
  for (const { articles } of multi) {
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) pairs.push({ a: articles[i].id, b: articles[j].id, verdict: pairVerdict(articles[i].silverVictims, articles[j].silverVictims) });
    }
  }
  const agree = pairs.filter((pair) => pair.verdict === 'agree').length;
  const disagree = pairs.filter((pair) => pair.verdict === 'disagree').length;
  return {
    articles: lines.length,
    errors,
    sameAddress,
    incidents: groups.size,
    multi,
    pairs,
    agree,
    disagree,
    unknown: pairs.length - agree - disagree,
    proxyPrecision: agree + disagree === 0 ? 1 : agree / (agree + disagree),
  };
}
