import { useState } from 'preact/hooks';
import type { IncidentId } from '../storage/incident';
import { t } from './i18n';
import IncidentPicker from './IncidentPicker';
import { incidentReasonLabel } from './incident-reasons';
import { dateWindowLabel, incidentName, sourceCountLabel, victimName } from './incident-names';
import type { IncidentLinkState } from './use-incident-link';

/** Props of {@link IncidentProposal}. */
export type IncidentProposalProps = {
  /** The clipping's incident and the actions on it ({@link useIncidentLink}). */
  link: IncidentLinkState;
  /** Opens the incident page; without it there is no "Open incident". */
  onOpenIncident?: (incidentId: IncidentId) => void;
};

/**
 * The incident a saved clipping belongs to, as the library proposed it: "Part of incident: Royal
 * Mail ransomware, Jan 2023 (2 sources) — Accept / Choose another / New incident". A proposal
 * waits for the user; once accepted the clipping can still move or be split out. Every action
 * leaves a message with Undo.
 */
export default function IncidentProposal({ link, onOpenIncident }: IncidentProposalProps) {
  const [picking, setPicking] = useState(false);
  const { clipping, incident, last } = link;
  if (!link.loaded && !link.error) return null;
  const proposed = clipping?.incidentLink?.status === 'proposed';
  const isNew = Boolean(clipping?.incidentLink?.isNew) && (incident?.clippingIds.length ?? 0) <= 1;
  const reasons = clipping?.incidentLink?.reasons ?? [];
  const alternatives = (clipping?.incidentLink?.alternatives ?? []).map((match) => match.incidentId);
  const status = !incident ? 'none' : proposed ? 'proposed' : 'accepted';
  const openPicker = () => {
    setPicking(true);
    void link.loadAll();
  };
  const pick = (incidentId: IncidentId) => {
    setPicking(false);
    void link.assign(incidentId);
  };
  const others = incident?.victims.map((victim) => victimName(victim).other).filter(Boolean) ?? [];
  return (
    <section class="incident-proposal" data-status={status} aria-live="polite">
      {incident ? (
        <>
          <p class="incident-line">
            <span class="incident-label">{isNew && proposed ? t('incidentProposedNew') : t('incidentPartOf')}</span>
            {proposed && <span class="chip proposed-chip">{t('incidentProposedTag')}</span>}
            {onOpenIncident && (
              <button type="button" class="link open-incident" data-action="open-incident" onClick={() => onOpenIncident(incident.id)}>
                {t('incidentOpen')}
              </button>
            )}
          </p>
          <p class="incident-title-line">
            <strong class="incident-name" data-incident-id={incident.id}>
              {incidentName(incident)}
            </strong>{' '}
            <span class="incident-sources">({[sourceCountLabel(incident.clippingIds.length), others.join('、') || null].filter(Boolean).join(' · ')})</span>
          </p>
          <div class="incident-actions">
            {proposed && (
              <button type="button" class="primary" data-action="accept-incident" disabled={link.busy} onClick={() => void link.accept()}>
                {t('incidentAccept')}
              </button>
            )}
            <button type="button" data-action="choose-incident" aria-expanded={picking} disabled={link.busy} onClick={openPicker}>
              {t('incidentChooseAnother')}
            </button>
            {!(isNew && proposed) && (
              <button type="button" data-action="new-incident" disabled={link.busy} onClick={() => void link.split()}>
                {proposed ? t('incidentNew') : t('incidentSplitOut')}
              </button>
            )}
          </div>
          {reasons.length > 0 && (
            <details class="reasons">
              <summary>{t('incidentWhy')}</summary>
              <ul>
                {reasons.map((reason) => (
                  <li key={reason}>{incidentReasonLabel(reason)}</li>
                ))}
              </ul>
              {dateWindowLabel(incident) && <p class="hint">{dateWindowLabel(incident)}</p>}
            </details>
          )}
        </>
      ) : (
        clipping && (
          <p class="incident-line">
            <span class="incident-label">{t('incidentNone')}</span>{' '}
            <button type="button" data-action="propose-incident" disabled={link.busy} onClick={() => void link.propose()}>
              {t('incidentFind')}
            </button>
          </p>
        )
      )}
      {picking && (
        <IncidentPicker title={t('incidentPickerTitle')} incidents={link.all} preferred={alternatives} exclude={incident?.id ?? null} onPick={pick} onCancel={() => setPicking(false)} />
      )}
      {last && (
        <p class="undo-line" role="status">
          <span class="undo-message">{last.message}</span>
          {!last.undone && (
            <button type="button" data-action="undo-incident" disabled={link.busy} onClick={() => void link.undo()}>
              {t('undo')}
            </button>
          )}
        </p>
      )}
      {link.error && (
        <p class="error" role="alert">
          {link.error}
        </p>
      )}
    </section>
  );
}
