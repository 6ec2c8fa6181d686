import type { ImportSummary, TransferProgress as Progress } from '../storage/export/library-transfer';
import { t } from './i18n';
import TransferProgress from './TransferProgress';

/** Where an import stands. */
export type ImportState =
  | { state: 'working'; progress: Progress }
  | { state: 'confirm'; fileName: string; summary: ImportSummary }
  | { state: 'done'; summary: ImportSummary }
  | { state: 'refused'; error: string };

/** Props of {@link ImportDialog}. */
export type ImportDialogProps = {
  /** The import's state. */
  importState: ImportState;
  /** Called when the user says yes to the summary. */
  onConfirm: () => void;
  /** Called when the user cancels, or closes the result. */
  onClose: () => void;
};

/** What a file holds and the question before writing; then progress, the outcome or the refusal. */
export default function ImportDialog({ importState, onConfirm, onClose }: ImportDialogProps) {
  return (
    <section class="import-dialog" role="dialog" aria-label={t('importButton')} data-state={importState.state}>
      {importState.state === 'working' && <TransferProgress progress={importState.progress} />}
      {importState.state === 'confirm' && (
        <>
          <p class="import-summary">
            {t(
              'importSummary',
              importState.fileName,
              String(importState.summary.total),
              String(importState.summary.added),
              String(importState.summary.updated),
              String(importState.summary.unchanged),
            )}
          </p>
          {importState.summary.keptLocal > 0 && <p class="hint">{t('importKeptLocal', String(importState.summary.keptLocal))}</p>}
          {importState.summary.added + importState.summary.updated === 0 && <p class="hint">{t('importNothingToDo')}</p>}
          <div class="actions">
            <button type="button" class="primary" data-action="confirm-import" disabled={importState.summary.added + importState.summary.updated === 0} onClick={onConfirm}>
              {t('importConfirm')}
            </button>
            <button type="button" data-action="cancel-import" onClick={onClose}>
              {t('importCancel')}
            </button>
          </div>
        </>
      )}
      {importState.state === 'done' && (
        <p class="import-done" role="status">
          {t('importDone', String(importState.summary.added), String(importState.summary.updated), String(importState.summary.keptLocal), String(importState.summary.unchanged))}{' '}
          <button type="button" class="link" data-action="close-import" onClick={onClose}>
            ×
          </button>
        </p>
      )}
      {importState.state === 'refused' && (
        <p class="error import-error" role="alert">
          {t('importRefused', importState.error)}{' '}
          <button type="button" class="link" data-action="close-import" onClick={onClose}>
            ×
          </button>
        </p>
      )}
    </section>
  );
}
