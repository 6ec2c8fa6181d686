/**
 * Writes an import plan in one transaction: all of it or, when the browser refuses any write, none.
 */
import { StorageWriteError } from '../clipping-repository';
import type { IncidentLensDatabase } from '../database';
import type { IncidentId, IncidentRecord } from '../incident';
import { writeDerived } from '../incident-repository';
import type { ImportPlan } from './plan-import';

/** Clippings per bulk write, so progress can be reported while the transaction runs. */
const BATCH = 500;

/**
 * Applies `plan` to `db`; `onProgress(written, total)` after each batch. `incidents` are the file's
 * (format 2): each replaces the library's record of the same id when edited later, and every
 * incident the import touches is derived again from the clippings linked to it afterwards. A
 * clipping the file updates without a link (a version 1 file) keeps the library's link.
 */
export async function applyImport(db: IncidentLensDatabase, plan: ImportPlan, onProgress?: (done: number, total: number) => void, incidents: readonly IncidentRecord[] = []): Promise<void> {
  const rows = [...plan.added, ...plan.updated.map((update) => update.clipping)];
  // A clipping matched by article under another id replaces the library's row: drop that row first,
  // or the article's unique key index would refuse the new one.
  const dropped = plan.updated.filter((update) => update.replaces !== update.clipping.id).map((update) => update.replaces);
  try {
    await db.transaction('rw', db.clippings, db.incidents, async () => {
      const touched = new Set<IncidentId>(incidents.map((incident) => incident.id));
      if (plan.updated.length) {
        const locals = await db.clippings.bulkGet(plan.updated.map((update) => update.replaces));
        plan.updated.forEach((update, i) => {
          const local = locals[i];
          if (local?.incidentId) touched.add(local.incidentId);
          if (local?.incidentId && !update.clipping.incidentId) {
            update.clipping.incidentId = local.incidentId;
            update.clipping.incidentLink = local.incidentLink ?? null;
          }
        });
      }
      for (const row of rows) if (row.incidentId) touched.add(row.incidentId);
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
      const fromFile = new Map(incidents.map((incident) => [incident.id, incident]));
      for (const id of touched) {
        const local = await db.incidents.get(id);
        const incoming = fromFile.get(id);
        const record = incoming && (!local || incoming.updatedAt > local.updatedAt) ? incoming : local;
        if (record) await writeDerived(db, record);
      }
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StorageWriteError(`Nothing was imported: the browser refused to write (${detail}).`, error);
  }
}
