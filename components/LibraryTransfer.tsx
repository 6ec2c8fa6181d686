import { useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../storage/export/export-format';
import type { TransferProgress as Progress } from '../storage/export/library-transfer';
import { downloadFile } from './download-file';
import ExportMenu, { type ExportScope } from './ExportMenu';
import { t } from './i18n';
import ImportDialog, { type ImportState } from './ImportDialog';
import type { LibraryTransferService } from './library-transfer-service';
import TransferProgress from './TransferProgress';

/** Props of {@link LibraryTransfer}. */
export type LibraryTransferProps = {
  /** Runs exports and imports (the transfer worker in the extension). */
  transfer: LibraryTransferService;
  /** How many clippings the library holds. */
  total: number;
  /** Ids of the current search and filter result, when a search or filter is on; else null. */
  resultIds: string[] | null;
  /** Ids of the clippings ticked in the list. */
  selectedIds: string[];
  /** Called to tick every clipping of the current result. */
  onSelectAll: () => void;
  /** Called to untick every clipping. */
  onSelectNone: () => void;
  /** Called after an import wrote to the library, so it reloads. */
  onImported: () => void;
  /** The clock, for file names and the export's date; injectable for tests. */
  now?: () => Date;
};

type ExportState = { state: 'idle' } | { state: 'working'; progress: Progress } | { state: 'done'; name: string } | { state: 'failed'; error: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The library's Export menu, selection buttons and Import, with their progress and outcome. */
export default function LibraryTransfer({ transfer, total, resultIds, selectedIds, onSelectAll, onSelectNone, onImported, now = () => new Date() }: LibraryTransferProps) {
  const [exportState, setExportState] = useState<ExportState>({ state: 'idle' });
  const [importState, setImportState] = useState<ImportState | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const counts = { all: total, results: resultIds?.length ?? 0, selected: selectedIds.length };

  const onExport = async (format: ExportFormat, scope: ExportScope) => {
    const ids = scope === 'all' ? null : scope === 'results' ? resultIds ?? [] : selectedIds;
    setExportState({ state: 'working', progress: { phase: 'reading', done: 0, total: 1 } });
    try {
      const file = await transfer.exportFile(format, ids, now(), (progress) => setExportState({ state: 'working', progress }));
      downloadFile(file.name, file.blob);
      setExportState({ state: 'done', name: file.name });
    } catch (error) {
      setExportState({ state: 'failed', error: messageOf(error) });
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setImportState({ state: 'working', progress: { phase: 'reading', done: 0, total: 1 } });
    try {
      const prepared = await transfer.prepareImport(file, (progress) => setImportState({ state: 'working', progress }));
      setImportState(prepared.ok ? { state: 'confirm', fileName: file.name, summary: prepared.summary } : { state: 'refused', error: prepared.error });
    } catch (error) {
      setImportState({ state: 'refused', error: messageOf(error) });
    }
  };

  const onConfirm = async () => {
    setImportState({ state: 'working', progress: { phase: 'writing', done: 0, total: 1 } });
    try {
      const summary = await transfer.confirmImport((progress) => setImportState({ state: 'working', progress }));
      setImportState({ state: 'done', summary });
      onImported();
    } catch (error) {
      setImportState({ state: 'refused', error: messageOf(error) });
    }
  };

  const onClose = () => {
    if (importState?.state === 'confirm') void transfer.cancelImport();
    setImportState(null);
  };

  return (
    <div class="library-transfer">
      <div class="transfer-bar">
        <ExportMenu counts={counts} defaultScope={selectedIds.length ? 'selected' : resultIds ? 'results' : 'all'} busy={exportState.state === 'working'} onExport={(format, scope) => void onExport(format, scope)} />
        {total > 0 && (
          <>
            <button type="button" data-action="select-all" onClick={onSelectAll}>
              {t('selectAll', String(resultIds?.length ?? total))}
            </button>
            <button type="button" data-action="select-none" disabled={selectedIds.length === 0} onClick={onSelectNone}>
              {t('selectNone')}
            </button>
          </>
        )}
        <button type="button" data-action="import" disabled={importState?.state === 'working'} onClick={() => fileInput.current?.click()}>
          {t('importButton')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-field="import-file"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            void onFile(input.files?.[0]);
            input.value = '';
          }}
        />
      </div>
      {exportState.state === 'working' && <TransferProgress progress={exportState.progress} />}
      {exportState.state === 'done' && (
        <p class="hint export-done" role="status" data-file={exportState.name}>
          {t('exportDone', exportState.name)}
        </p>
      )}
      {exportState.state === 'failed' && (
        <p class="error" role="alert">
          {t('exportFailed', exportState.error)}
        </p>
      )}
      {importState && <ImportDialog importState={importState} onConfirm={() => void onConfirm()} onClose={onClose} />}
    </div>
  );
}
