/**
 * Writes an import plan in one transaction: all of it or, when the browser refuses any write, none.
 */
import { StorageWriteError } from '../clipping-repository';
import type { IncidentLensDatabase } from '../database';
import type { ImportPlan } from './plan-import';

/** Clippings per bulk write, so progress can be reported while the transaction runs. */
const BATCH = 500;

/** Applies `plan` to `db`; `onProgress(written, total)` after each batch. */
export async function applyImport(db: IncidentLensDatabase, plan: ImportPlan, onProgress?: (done: number, total: number) => void): Promise<void> {
  const rows = [...plan.added, ...plan.updated.map((update) => update.clipping)];
  // A clipping matched by article under another id replaces the library's row: drop that row first,
  // or the article's unique key index would refuse the new one.
  const dropped = plan.updated.filter((update) => update.replaces !== update.clipping.id).map((update) => update.replaces);
  try {
    await db.transaction('rw', db.clippings, async () => {
      if (dropped.length) await db.clippings.bulkDelete(dropped);
      // Every batch is queued at once, so IndexedDB never waits on a round trip between batches;
      // each reports when it is written (they complete in order within the transaction).
      let written = 0;
      const batches: Promise<unknown>[] = [];
      for (let at = 0; at < rows.length; at += BATCH) {
        const batch = rows.slice(at, at + BATCH);
        batches.push(
          db.clippings.bulkPut(batch).then(() => {
            written += batch.length;
            onProgress?.(written, rows.length);
          }),
        );
      }
      await Promise.all(batches);
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StorageWriteError(`Nothing was imported: the browser refused to write (${detail}).`, error);
  }
}
