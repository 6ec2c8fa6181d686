/**
 * Export and import as the library page runs them, over its database: what the transfer worker
 * (library-transfer-worker.ts) does off the page's main thread, and what tests and the popup run
 * in place. Reports progress by phase, so the page can show a bar.
 */
import type { Clipping, ClippingId } from '../clipping';
import type { IncidentLensDatabase } from '../database';
import type { IncidentRecord } from '../incident';
import { applyImport } from '../import/apply-import';
import { planImport, type ImportPlan } from '../import/plan-import';
import { readLibraryFile } from '../import/read-library-file';
import { exportClippings } from './export-clippings';
import type { ExportFormat } from './export-format';

/** Which step a long export or import is at. */
export type TransferPhase = 'reading' | 'checking' | 'building' | 'writing';

/** Progress of a step: `done` of `total` units (clippings, or 1 when the step is one call). */
export interface TransferProgress {
  phase: TransferPhase;
  done: number;
  total: number;
}

/** An exported file, ready to download. */
export interface DownloadFile {
  name: string;
  blob: Blob;
}

/** What an import would do, in numbers, for the user to confirm. */
export interface ImportSummary {
  /** Clippings in the file. */
  total: number;
  added: number;
  /** From the file, newer than the library's copy. */
  updated: number;
  /** The library's copy is newer: kept. */
  keptLocal: number;
  unchanged: number;
}

/** The numbers of an import plan. */
export function summaryOf(plan: ImportPlan, total: number): ImportSummary {
  return { total, added: plan.added.length, updated: plan.updated.length, keptLocal: plan.keptLocal, unchanged: plan.unchanged };
}

type OnProgress = (progress: TransferProgress) => void;

/** The largest file an import reads: far above 10,000 clippings (~40 MB), far below what would exhaust a tab. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/** Export and import operations over `db`; `maxImportBytes` is for tests. */
export function createTransferOperations(db: IncidentLensDatabase, { maxImportBytes = MAX_IMPORT_BYTES }: { maxImportBytes?: number } = {}) {
  let pending: { plan: ImportPlan; summary: ImportSummary; incidents: IncidentRecord[] } | null = null;
  return {
    /** Exports the clippings with `ids` (all when null) as `format` at `now`. */
    async exportFile(format: ExportFormat, ids: readonly string[] | null, now: Date, onProgress: OnProgress = () => undefined): Promise<DownloadFile> {
      onProgress({ phase: 'reading', done: 0, total: 1 });
      const clippings: Clipping[] =
        ids === null ? await db.clippings.toArray() : (await db.clippings.bulkGet(ids as ClippingId[])).filter((c): c is Clipping => c !== undefined);
      const incidents = await db.incidents.toArray();
      onProgress({ phase: 'building', done: 0, total: clippings.length });
      const file = exportClippings(clippings, format, { now, incidents });
      onProgress({ phase: 'building', done: clippings.length, total: clippings.length });
      return { name: file.name, blob: new Blob([file.data as BlobPart], { type: file.mime }) };
    },

    /** Reads and checks a file, and works out what importing it would do; nothing is written yet. */
    async prepareImport(file: Blob, onProgress: OnProgress = () => undefined): Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: string }> {
      pending = null;
      if (file.size > maxImportBytes) {
        return { ok: false, error: `the file is ${(file.size / 1024 / 1024).toFixed(0)} MB, more than the ${(maxImportBytes / 1024 / 1024).toFixed(0)} MB an import reads` };
      }
      onProgress({ phase: 'reading', done: 0, total: 1 });
      const text = await file.text();
      const read = readLibraryFile(text, { onProgress: (done, total) => onProgress({ phase: 'checking', done, total }) });
      if (!read.ok) return read;
      const plan = planImport(await db.clippings.toArray(), read.clippings);
      pending = { plan, summary: summaryOf(plan, read.clippings.length), incidents: read.incidents };
      return { ok: true, summary: pending.summary };
    },

    /** Writes the prepared import, in one transaction. */
    async confirmImport(onProgress: OnProgress = () => undefined): Promise<ImportSummary> {
      if (!pending) throw new Error('No import is waiting to be confirmed.');
      const { plan, summary, incidents } = pending;
      pending = null;
      await applyImport(db, plan, (done, total) => onProgress({ phase: 'writing', done, total }), incidents);
      return summary;
    },

    /** Forgets the prepared import. */
    cancelImport(): void {
      pending = null;
    },
  };
}

/** The operations' interface. */
export type TransferOperations = ReturnType<typeof createTransferOperations>;

/** Messages to the transfer worker. */
export type TransferRequest =
  | { id: number; kind: 'export'; format: ExportFormat; ids: string[] | null; now: number }
  | { id: number; kind: 'prepare-import'; file: Blob }
  | { id: number; kind: 'confirm-import' }
  | { id: number; kind: 'cancel-import' };

/** Messages from the transfer worker. */
export type TransferReply =
  | { id: number; kind: 'progress'; progress: TransferProgress }
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'failed'; error: string };
