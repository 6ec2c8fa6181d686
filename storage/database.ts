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
import type { Incident } from './incident';

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
  incidents: EntityTable<Incident, 'id'>;
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

/**
 * Version 3: incidents (issue 16). An `incidents` table (victim keys multi-entry for candidate
 * lookup, the date window for the timeline) and `incidentId` on clippings.
 */
export const SCHEMA_V3 = {
  clippings: 'id, &key, url, savedAt, updatedAt, published, incidentDate, lang, site, isIncident, incidentId, *kinds, *tags, *factValues',
  drafts: 'key, updatedAt',
  incidents: 'id, updatedAt, firstDate, *victimKeys',
} as const;

/**
 * Pure v2 → v3 upgrade of one clipping: no incident yet. Older clippings are not linked on
 * upgrade; the library proposes incidents for them when the user asks (nothing links silently).
 */
export function upgradeClippingToV3(clipping: Clipping): Clipping {
  return { ...clipping, incidentId: clipping.incidentId ?? null, incidentLink: clipping.incidentLink ?? null };
}

async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('clippings')
    .toCollection()
    .modify((clipping: Clipping, ref: { value: Clipping }) => {
      ref.value = upgradeClippingToV3(clipping);
    });
}

/** One schema version: its stores and the upgrade that brings the previous version's data to it. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every shipped version, oldest first. IndexedDB runs all the upgrades from the stored version up
 * in one versionchange transaction: if any throws, the transaction aborts and the database stays
 * at its old version with its old data (test/unit/storage/upgrade-failure.test.ts checks it).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2, upgrade: upgradeToV2 },
  { version: 3, stores: SCHEMA_V3, upgrade: upgradeToV3 },
];

/**
 * A schema upgrade that threw. Dexie reports a failed open as DatabaseClosedError with the cause
 * inside; naming the cause lets the library tell users that the upgrade, not their data, failed.
 */
export class SchemaUpgradeError extends Error {
  constructor(readonly version: number, readonly cause: unknown) {
    super(`the upgrade to schema version ${version} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'UpgradeError';
  }
}

/** Opens (lazily) the library database under `name`; tests pass their own name, and their own versions to inject faults. */
export function openDatabase(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): IncidentLensDatabase {
  const db = new Dexie(name) as IncidentLensDatabase;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) {
      declared.upgrade(async (tx) => {
        try {
          await upgrade(tx);
        } catch (error) {
          throw new SchemaUpgradeError(version, error);
        }
      });
    }
  }
  return db;
}
