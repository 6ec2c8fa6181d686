import type { Incident } from '../storage/incident';
import { kindLabel, languageName, t } from './i18n';
import { dateWindowLabel, incidentName, sourceCountLabel, victimName } from './incident-names';

/** Props of {@link IncidentListItem}. */
export type IncidentListItemProps = {
  /** The incident shown. */
  incident: Incident;
  /** The languages of its sources ("en", "zh"), in source order. */
  languages: string[];
  /** How many of its sources are only proposed. */
  proposed: number;
  /** Called when the user opens it. */
  onOpen: (incident: Incident) => void;
};

/** One row of the library's incidents: name, victim in the other language, dates, kinds, sources and their languages, what waits for review. */
export default function IncidentListItem({ incident, languages, proposed, onOpen }: IncidentListItemProps) {
  const others = incident.victims.map((victim) => victimName(victim).other).filter(Boolean);
  return (
    <li class="incident-row" data-incident-id={incident.id}>
      <button type="button" class="link incident-row-title" onClick={() => onOpen(incident)}>
        {incidentName(incident)}
      </button>
      <div class="clipping-meta">
        {others.length > 0 && <span class="other-name">{others.join('、')}</span>}
        {dateWindowLabel(incident) && <span class="date">{dateWindowLabel(incident)}</span>}
        <span class="incident-row-sources">
          {sourceCountLabel(incident.clippingIds.length)} · {[...new Set(languages)].map((lang) => languageName(lang)).join(' · ')}
        </span>
        {incident.kinds.map((kind) => (
          <span key={kind} class="kind chip" data-kind={kind}>
            {kindLabel(kind)}
          </span>
        ))}
        {proposed > 0 && <span class="chip proposed-chip">{t('incidentToReview', String(proposed))}</span>}
      </div>
    </li>
  );
}
