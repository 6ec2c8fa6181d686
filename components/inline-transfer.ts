/**
 * Export and import run in this thread: the same operations the library page's worker runs, for
 * component tests (happy-dom has no module workers). The extension itself uses the worker.
 */
import type { IncidentLensDatabase } from '../storage/database';
import { createTransferOperations } from '../storage/export/library-transfer';
import type { LibraryTransferService } from './library-transfer-service';

/** The transfer service over `db`, running in place. */
export function createInlineTransfer(db: IncidentLensDatabase): LibraryTransferService {
  const operations = createTransferOperations(db);
  return {
    exportFile: (format, ids, now, onProgress) => operations.exportFile(format, ids, now, onProgress),
    prepareImport: (file, onProgress) => operations.prepareImport(file, onProgress),
    confirmImport: (onProgress) => operations.confirmImport(onProgress),
    cancelImport: async () => operations.cancelImport(),
  };
}
