/**
 * Saves pages in order into an empty library and links each to its incident, accepting every
 * proposal: the incidents CLI and the linking evaluation. The library is the extension's own code
 * (Dexie database, clipping and incident repositories) over fake-indexeddb, so a page is saved and
 * linked exactly as the background saves it. Ids are deterministic (UUIDv5 of the page key and
 * of the incident's order), so the same list prints the same ids.
 */
import './memory-indexeddb';
import { Dexie } from 'dexie';
import { analyzeArticle } from '../engine/analyze-article';
import { draftFor, type Clipping } from '../storage/clipping';
import { createClippingRepository } from '../storage/clipping-repository';
import { openDatabase } from '../storage/database';
import { uuidFor } from '../storage/export/entity-ids';
import type { Incident, IncidentId } from '../storage/incident';
import { createIncidentRepository } from '../storage/incident-repository';
import { ownUrlOf, readPageArticle } from './analyze-page';

/** One page to save: its HTML and the address it was served from (null: its own canonical address). */
export interface PageToLink {
  /** How the caller names the page (printed back). */
  file: string;
  html: string;
  url: string | null;
}

/** What became of one page. */
export type LinkedPage = { file: string; clipping: Clipping; incidentId: IncidentId } | { file: string; error: string };

/** A library in memory: the extension's repositories over a fresh fake-indexeddb database. */
export function openMemoryLibrary(now: Date) {
  const db = openDatabase(`incident-lens-cli-${process.pid}-${Math.random()}`);
  let incidents = 0;
  const options = { now: () => now.getTime() };
  return {
    db,
    clippings: createClippingRepository(db, { ...options, newId: () => uuidFor(`clipping:${Math.random()}`) }),
    incidents: createIncidentRepository(db, { ...options, newId: () => uuidFor(`incident:${++incidents}`) }),
    async close() {
      db.close();
      await Dexie.delete(db.name);
    },
  };
}

/** Saves `pages` in order, links each (accepting the proposal) and returns what each became, plus the incidents. */
export async function linkPages(pages: Iterable<PageToLink | { file: string; error: string }>, now: Date): Promise<{ pages: LinkedPage[]; incidents: Incident[] }> {
  const library = openMemoryLibrary(now);
  const results: LinkedPage[] = [];
  try {
    for (const page of pages) {
      if ('error' in page) {
        results.push(page);
        continue;
      }
      try {
        const article = await readPageArticle(page.html, page.url ?? (await ownUrlOf(page.html)));
        if (!article) throw new Error('no article found');
        const saved = await library.clippings.save(draftFor(article, analyzeArticle(article, { now })));
        const change = await library.incidents.linkOnSave(saved.id);
        await library.incidents.accept(saved.id);
        results.push({ file: page.file, clipping: (await library.clippings.get(saved.id)) ?? saved, incidentId: change.incidentId! });
      } catch (error) {
        results.push({ file: page.file, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return { pages: results, incidents: await library.incidents.list() };
  } finally {
    await library.close();
  }
}
