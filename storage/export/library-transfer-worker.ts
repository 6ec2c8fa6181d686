/**
 * The library page's transfer worker: export and import run here, off the page's main thread,
 * so the page stays responsive (no task over 50 ms) while 10,000 clippings are serialised,
 * parsed, checked and written. It opens the same IndexedDB database as the page.
 */
import { openDatabase } from '../database';
import { createTransferOperations, type TransferReply, type TransferRequest } from './library-transfer';

const operations = createTransferOperations(openDatabase());
const scope = self as unknown as { postMessage(message: TransferReply): void; onmessage: ((event: MessageEvent<TransferRequest>) => void) | null };

async function handle(request: TransferRequest): Promise<unknown> {
  const onProgress = (progress: Extract<TransferReply, { kind: 'progress' }>['progress']) => scope.postMessage({ id: request.id, kind: 'progress', progress });
  switch (request.kind) {
    case 'export':
      return operations.exportFile(request.format, request.ids, new Date(request.now), onProgress);
    case 'prepare-import':
      return operations.prepareImport(request.file, onProgress);
    case 'confirm-import':
      return operations.confirmImport(onProgress);
    case 'cancel-import':
      return operations.cancelImport();
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (value) => scope.postMessage({ id: request.id, kind: 'done', value }),
    (error: unknown) => scope.postMessage({ id: request.id, kind: 'failed', error: error instanceof Error ? error.message : String(error) }),
  );
};
