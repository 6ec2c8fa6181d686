/**
 * The library page's export and import, as one injectable service (like popup-services.ts): the
 * real one sends the work to the transfer worker, created on first use, so the page loads none of
 * the builders (inline-transfer.ts runs the same operations in place, for tests).
 */
import type { ExportFormat } from '../storage/export/export-format';
import type {
  DownloadFile,
  ImportSummary,
  TransferProgress,
  TransferReply,
  TransferRequest,
} from '../storage/export/library-transfer';

/** Export and import for the library page. */
export interface LibraryTransferService {
  /** Exports the clippings with `ids` (all when null). */
  exportFile(format: ExportFormat, ids: string[] | null, now: Date, onProgress: (progress: TransferProgress) => void): Promise<DownloadFile>;
  /** Reads and checks a file; nothing is written until `confirmImport`. */
  prepareImport(file: Blob, onProgress: (progress: TransferProgress) => void): Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: string }>;
  /** Writes the prepared import in one transaction. */
  confirmImport(onProgress: (progress: TransferProgress) => void): Promise<ImportSummary>;
  cancelImport(): Promise<void>;
}

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The service backed by the transfer worker. */
export function createWorkerTransfer(): LibraryTransferService {
  let worker: Worker | null = null;
  let nextId = 1;
  const calls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; onProgress?: (progress: TransferProgress) => void }>();

  const workerNow = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('../storage/export/library-transfer-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<TransferReply>) => {
      const reply = event.data;
      const call = calls.get(reply.id);
      if (!call) return;
      if (reply.kind === 'progress') call.onProgress?.(reply.progress);
      else {
        calls.delete(reply.id);
        if (reply.kind === 'done') call.resolve(reply.value);
        else call.reject(new Error(reply.error));
      }
    };
    worker.onerror = (event) => {
      for (const call of calls.values()) call.reject(new Error(event.message || 'The export worker stopped.'));
      calls.clear();
    };
    return worker;
  };

  const call = <T,>(request: Distribute<TransferRequest>, onProgress?: (progress: TransferProgress) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      calls.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      workerNow().postMessage({ ...request, id } as TransferRequest);
    });

  return {
    exportFile: (format, ids, now, onProgress) => call({ kind: 'export', format, ids, now: now.getTime() }, onProgress),
    prepareImport: (file, onProgress) => call({ kind: 'prepare-import', file }, onProgress),
    confirmImport: (onProgress) => call({ kind: 'confirm-import' }, onProgress),
    cancelImport: () => call({ kind: 'cancel-import' }),
  };
}
