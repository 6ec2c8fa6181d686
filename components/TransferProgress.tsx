import type { TransferProgress as Progress } from '../storage/export/library-transfer';
import { t } from './i18n';

/** Props of {@link TransferProgress}. */
export type TransferProgressProps = {
  /** The step and how far it is; a step of one unit shows as an indeterminate bar. */
  progress: Progress;
};

/** The phase of an export or import and a progress bar. */
export default function TransferProgress({ progress }: TransferProgressProps) {
  const { phase, done, total } = progress;
  const determinate = total > 1;
  return (
    <div class="transfer-progress" role="status" data-phase={phase}>
      <span>{t(`phase_${phase}`)}</span>
      {determinate ? <progress max={total} value={done} /> : <progress />}
      {determinate && (
        <span class="count">
          {done} / {total}
        </span>
      )}
    </div>
  );
}
