/**
 * The Dexie database. Versions are appended, never edited (STYLE.md rule 8): a schema change is a
 * new `version(n)` with a pure upgrade function and a test that opens the previous version
 * (test/unit/storage/database.test.ts).
 *
 * Full-text search does not live in IndexedDB: a multi-entry token index would cost ~1,500 index
 * rows per Chinese article (CJK bigrams), i.e. millions of rows at 10,000 clippings and slow saves.
 * The library searches its texts in memory instead (storage/clipping-search.ts).
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Clipping, ClippingFact } from './clipping';
import { incidentDateOf } from './clipping';

/** A popup draft: what the user typed for a page before saving, kept if the popup closes. */
export interface Draft {
  /** The page key (canonical URL or URL). */
  key: string;
  updatedAt: number;
  note: string;
  tags: string[];
  /** Facts as edited (removed, added, recategorised), or null while the user changed none. */
  facts: ClippingFact[] | null;
}

/** Name of the IndexedDB database. */
export const DATABASE_NAME = 'incident-lens';

/** The library database. */
export type IncidentLensDatabase = Dexie & {
  clippings: EntityTable<Clipping, 'id'>;
  drafts: EntityTable<Draft, 'key'>;
};

/** Version 1 stores (clippings and drafts). Kept verbatim: Dexie needs every version to upgrade from it. */
export const SCHEMA_V1 = {
  clippings: 'id, &key, savedAt, updatedAt, published, lang, site, isIncident, *kinds, *tags, *factValues',
  drafts: 'key, updatedAt',
} as const;

/**
 * Version 2: `url` for "is this page saved?" lookups by address, `incidentDate` for the
 * timeline (earliest date fact, else the publication date).
 */
export const SCHEMA_V2 = {
  clippings: 'id, &key, url, savedAt, updatedAt, published, incidentDate, lang, site, isIncident, *kinds, *tags, *factValues',
  drafts: 'key, updatedAt',
} as const;

/** Pure v1 → v2 upgrade of one clipping: derives `incidentDate`. */
export function upgradeClippingToV2(clipping: Omit<Clipping, 'incidentDate'> & { incidentDate?: string | null }): Clipping {
  return { ...clipping, incidentDate: incidentDateOf(clipping) };
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('clippings')
    .toCollection()
    .modify((clipping: Clipping, ref: { value: Clipping }) => {
      ref.value = upgradeClippingToV2(clipping);
    });
}

/** Opens (lazily) the library database under `name`; tests pass their own name. */
export function openDatabase(name: string = DATABASE_NAME): IncidentLensDatabase {
  const db = new Dexie(name) as IncidentLensDatabase;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  return db;
}
