import { t } from './i18n';

/** Props of {@link UndoBar}. */
export type UndoBarProps = {
  /** What was done ("Merged into …"). */
  message: string;
  /** Undoes it; without it (already undone) the bar only says so. */
  onUndo?: () => void;
  /** While the undo runs. */
  busy?: boolean;
};

/** A sticky line saying what an action did, with Undo. */
export default function UndoBar({ message, onUndo, busy = false }: UndoBarProps) {
  return (
    <div class="undo-bar incident-undo" role="status">
      <span>{message}</span>
      {onUndo && (
        <button type="button" data-action="undo-incident" disabled={busy} onClick={onUndo}>
          {t('undo')}
        </button>
      )}
    </div>
  );
}
