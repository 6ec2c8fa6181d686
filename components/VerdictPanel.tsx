import type { IncidentVerdict } from '../engine/types';
import { kindLabel, t } from './i18n';

/** Props of {@link VerdictPanel}. */
export type VerdictPanelProps = {
  /** The engine's verdict on the article. */
  incident: IncidentVerdict;
};

/** Incident or not, the score, the kinds, and the reasons behind the verdict. */
export default function VerdictPanel({ incident }: VerdictPanelProps) {
  return (
    <section class="verdict-panel" data-incident={incident.isIncident ? 'yes' : 'no'}>
      <p class="verdict-line">
        <span class={incident.isIncident ? 'verdict incident' : 'verdict'}>
          {incident.isIncident ? t('verdictIncident') : t('verdictNotIncident')}
        </span>
        <span class="score">{t('score', incident.score.toFixed(2))}</span>
        {incident.kinds.map((kind) => (
          <span key={kind} class="kind chip" data-kind={kind}>
            {kindLabel(kind)}
          </span>
        ))}
      </p>
      {incident.reasons.length > 0 && (
        <details class="reasons">
          <summary>{t('reasons')}</summary>
          <ul>
            {incident.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
