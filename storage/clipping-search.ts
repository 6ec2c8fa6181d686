/**
 * Full-text search and filters over the library, in memory (under 50 ms at 10,000
 * clippings, Chinese too). Each clipping's searchable text (title, site, note, tags, facts, text)
 * is lower-cased once when the library opens; a query is whitespace-separated terms that must all
 * occur as substrings. Substring matching needs no word segmentation, so Chinese ("皇家邮政") works
 * as well as English.
 *
 * Why a scan and not a token index: measured on 10,000 clippings of 1,500 CJK characters or 400
 * English words (tmp run, Node 20), a token index of words + CJK bigrams took 1.9 s and ~600 MB to
 * build and 0.2–28 ms to query; scanning the lower-cased texts with String#includes took 2–5 ms per
 * query with nothing to build. `npm run bench` measures it on generated libraries.
 */
import type { Clipping } from './clipping';
import type { IncidentLensDatabase } from './database';

/** What the library list can be narrowed by. Every field is optional; all given ones must match. */
export interface ClippingFilters {
  /** Free text; whitespace-separated terms must all occur. */
  query?: string;
  /** A fact "category:value", e.g. "agency:National Cyber Security Centre". */
  factValue?: string;
  kind?: string;
  site?: string;
  lang?: string;
  tag?: string;
  /** Inclusive ISO date bounds (YYYY-MM-DD) on the clipping's date (published, else saved). */
  from?: string;
  to?: string;
}

/** The text a clipping is searched by, lower-cased. */
export function searchableText(clipping: Clipping): string {
  return [
    clipping.title ?? '',
    clipping.site ?? '',
    clipping.note,
    clipping.tags.join(' '),
    clipping.facts.map((fact) => `${fact.text} ${fact.value}`).join(' '),
    clipping.text,
  ]
    .join('\n')
    .toLowerCase();
}

/** The date a clipping is filtered by: its publication date, else the day it was saved. */
export function clippingDate(clipping: Pick<Clipping, 'published' | 'savedAt'>): string {
  return clipping.published?.slice(0, 10) ?? new Date(clipping.savedAt).toISOString().slice(0, 10);
}

/** The query's terms, lower-cased: whitespace separates terms (Chinese needs none inside a term). */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The library held in memory for search, newest saved first. Edits keep it current without a reload. */
export class ClippingIndex {
  private entries: Array<{ clipping: Clipping; haystack: string }>;

  /** `clippings` newest saved first, as the repository lists them. */
  constructor(clippings: readonly Clipping[]) {
    this.entries = clippings.map((clipping) => ({ clipping, haystack: searchableText(clipping) }));
  }

  /** Every clipping, newest saved first. */
  get clippings(): Clipping[] {
    return this.entries.map((entry) => entry.clipping);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Adds or replaces a clipping (by id), keeping newest-saved-first order. */
  upsert(clipping: Clipping): void {
    this.entries = this.entries.filter((entry) => entry.clipping.id !== clipping.id);
    const at = this.entries.findIndex((entry) => entry.clipping.savedAt < clipping.savedAt);
    const entry = { clipping, haystack: searchableText(clipping) };
    if (at < 0) this.entries.push(entry);
    else this.entries.splice(at, 0, entry);
  }

  /** Drops a clipping by id. */
  remove(id: string): void {
    this.entries = this.entries.filter((entry) => entry.clipping.id !== id);
  }

  /** Clippings matching `filters`, newest saved first. */
  search(filters: ClippingFilters = {}): Clipping[] {
    const terms = queryTerms(filters.query ?? '');
    const hits: Clipping[] = [];
    for (const { clipping, haystack } of this.entries) {
      if (terms.every((term) => haystack.includes(term)) && matchesFilters(clipping, filters)) hits.push(clipping);
    }
    return hits;
  }
}

/** Whether a clipping passes the non-text filters. */
export function matchesFilters(clipping: Clipping, filters: ClippingFilters): boolean {
  if (filters.factValue && !clipping.factValues.includes(filters.factValue)) return false;
  if (filters.kind && !clipping.kinds.includes(filters.kind)) return false;
  if (filters.site && clipping.site !== filters.site) return false;
  if (filters.lang && clipping.lang !== filters.lang) return false;
  if (filters.tag && !clipping.tags.includes(filters.tag)) return false;
  if (filters.from || filters.to) {
    const date = clippingDate(clipping);
    if (filters.from && date < filters.from) return false;
    if (filters.to && date > filters.to) return false;
  }
  return true;
}

/** Loads every clipping of `db` (newest saved first) and indexes it. */
export async function openClippingIndex(db: IncidentLensDatabase): Promise<ClippingIndex> {
  const clippings = (await db.clippings.orderBy('savedAt').toArray()).reverse();
  return new ClippingIndex(clippings);
}

/**
 * One-shot search of `db` (loads and indexes the library, then searches). The library page keeps
 * the index open instead; this is for scripts and the benchmark.
 */
export async function searchClippings(db: IncidentLensDatabase, query: string, filters: Omit<ClippingFilters, 'query'> = {}): Promise<Clipping[]> {
  return (await openClippingIndex(db)).search({ ...filters, query });
}
