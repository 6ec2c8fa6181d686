/**
 * A schema upgrade that fails leaves the previous data intact, and says so. For every shipped
 * version: a database written by that version holds 1,000 clippings; opening it with the current
 * versions plus an injected failure (in the next shipped upgrade, after it has modified every
 * clipping, or in an appended next version) must leave the database at the old version with every
 * clipping byte for byte as it was, and the library must report why it cannot open.
 */
import { Dexie, type Transaction } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import type { Clipping } from '../../../storage/clipping';
import { createClippingRepository, StorageError } from '../../../storage/clipping-repository';
import { SCHEMA_VERSIONS, openDatabase, type SchemaVersion } from '../../../storage/database';
import { COUNCIL_TEXT, ROYAL_MAIL_TEXT, makeClipping, makeDraft } from './clipping-fixtures';

const COUNT = 1_000;
const LATEST = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A clipping as version `version` stored it (version 1 had no `incidentDate`). */
function clippingOfVersion(index: number, version: number): Record<string, unknown> {
  const zh = index % 2 === 1;
  const text = zh ? ROYAL_MAIL_TEXT : COUNCIL_TEXT;
  const draft = makeDraft(
    { text, lang: zh ? 'zh' : 'en', url: `https://news.example.org/${index}`, note: `note ${index}`, tags: [`t${index % 7}`] },
    zh ? [['date', '1月10日', '2023-01-10']] : [['date', '12 May 2024', '2024-05-12']],
  );
  const clipping: Partial<Clipping> = { ...makeClipping(draft, 1_700_000_000_000 + index), id: `c-${version}-${index}` as Clipping['id'] };
  if (version < 2) delete clipping.incidentDate;
  return clipping;
}

/** Writes COUNT clippings with the schema of `version` (the versions shipped up to it). */
async function writeWithVersion(name: string, version: number): Promise<Record<string, unknown>[]> {
  const db = new Dexie(name);
  for (const shipped of SCHEMA_VERSIONS.filter((v) => v.version <= version)) db.version(shipped.version).stores(shipped.stores);
  const rows = Array.from({ length: COUNT }, (_, i) => clippingOfVersion(i, version));
  await db.table('clippings').bulkAdd(rows);
  await db.table('drafts').add({ key: 'https://news.example.org/0', updatedAt: 1, note: 'typed', tags: [], facts: null });
  db.close();
  return rows;
}

/** The clippings and version of `name`, read with raw IndexedDB at whatever version it is. */
async function readRaw(name: string): Promise<{ version: number; clippings: unknown[] }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const clippings = await new Promise<unknown[]>((resolve, reject) => {
    const all = db.transaction('clippings').objectStore('clippings').getAll();
    all.onsuccess = () => resolve(all.result);
    all.onerror = () => reject(all.error);
  });
  // Dexie multiplies versions by 10 in IndexedDB.
  const version = db.version / 10;
  db.close();
  return { version, clippings };
}

/** Modifies every clipping, then fails: the abort must undo the modifications too. */
function failingAfter(upgrade: SchemaVersion['upgrade']): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    if (upgrade) await upgrade(tx);
    await tx.table('clippings').toCollection().modify((clipping: { note: string }) => {
      clipping.note = 'half-upgraded';
    });
    throw new Error('injected upgrade failure');
  };
}

interface Scenario {
  name: string;
  from: number;
  versions: SchemaVersion[];
}

function scenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const { version: from } of SCHEMA_VERSIONS) {
    const next = SCHEMA_VERSIONS.find((v) => v.version === from + 1);
    if (next) {
      out.push({
        name: `v${from} → v${next.version}: the shipped upgrade fails`,
        from,
        versions: SCHEMA_VERSIONS.map((v) => (v === next ? { ...v, upgrade: failingAfter(v.upgrade) } : v)),
      });
    }
    const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1];
    out.push({
      name: `v${from} → v${LATEST + 1}: a next version's upgrade fails`,
      from,
      versions: [...SCHEMA_VERSIONS, { version: LATEST + 1, stores: latest.stores, upgrade: failingAfter(undefined) }],
    });
  }
  return out;
}

describe('a failing schema upgrade', () => {
  test.each(scenarios())('$name: 1,000 clippings intact, the error reported', async ({ from, versions }) => {
    const name = `upgrade-failure-${Math.random()}`;
    names.push(name);
    const written = await writeWithVersion(name, from);

    const db = openDatabase(name, versions);
    const repository = createClippingRepository(db);
    const failure = await repository.listAll().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as Error).message).toMatch(/could not be upgraded.*left as it was; nothing was lost.*injected upgrade failure/);
    // A save is refused the same way, and writes nothing.
    await expect(repository.save(makeDraft({ text: COUNCIL_TEXT, url: 'https://news.example.org/new' }))).rejects.toThrow(/could not be upgraded/);
    db.close();

    const after = await readRaw(name);
    expect(after.version).toBe(from);
    expect(after.clippings).toHaveLength(COUNT);
    // Byte for byte, in primary-key order as IndexedDB lists them.
    const idOf = (row: unknown) => (row as { id: string }).id;
    const byId = (a: unknown, b: unknown) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
    expect(after.clippings).toEqual([...written].sort(byId));
    expect(after.clippings.some((c) => (c as { note: string }).note === 'half-upgraded')).toBe(false);

    // The shipped versions still open it, and upgrade it, as before.
    const healthy = openDatabase(name);
    expect(await createClippingRepository(healthy).count()).toBe(COUNT);
    expect((await healthy.drafts.get('https://news.example.org/0'))?.note).toBe('typed');
    healthy.close();
  });
});
