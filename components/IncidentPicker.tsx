import { useState } from 'preact/hooks';
import type { Incident, IncidentId } from '../storage/incident';
import { t } from './i18n';
import { dateWindowLabel, incidentName, sourceCountLabel } from './incident-names';

/** Props of {@link IncidentPicker}. */
export type IncidentPickerProps = {
  /** What the picker is for ("Move this clipping to", "Merge into this incident"). */
  title: string;
  /** Every incident in the library; null while they load. */
  incidents: Incident[] | null;
  /** Incidents offered first, best first (the matcher's alternatives, or those with the same victim). */
  preferred: IncidentId[];
  /** An incident not to offer (the one the clipping is in, or the one merged into). */
  exclude?: IncidentId | null;
  /** Called with the incident the user picked. */
  onPick: (incidentId: IncidentId) => void;
  onCancel: () => void;
};

/** The words an incident is found by: its names in both languages, its victims' forms and its title. */
function haystackOf(incident: Incident): string {
  return [incidentName(incident, 'en'), incidentName(incident, 'zh'), incident.title, ...incident.victims.flatMap((victim) => [victim.en, victim.zh ?? '', ...victim.forms])].join(' ').toLowerCase();
}

/**
 * "Choose another" and "Merge with…": the incidents to pick from, those the matcher or the victim
 * suggest first, the rest below, narrowed by a filter that reads both languages.
 */
export default function IncidentPicker({ title, incidents, preferred, exclude = null, onPick, onCancel }: IncidentPickerProps) {
  const [query, setQuery] = useState('');
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const offered = (incidents ?? []).filter((incident) => incident.id !== exclude && terms.every((term) => haystackOf(incident).includes(term)));
  const rank = new Map(preferred.map((id, k) => [id, k]));
  const first = offered.filter((incident) => rank.has(incident.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const rest = offered.filter((incident) => !rank.has(incident.id));
  const row = (incident: Incident) => {
    const when = dateWindowLabel(incident);
    return (
      <li key={incident.id}>
        <button type="button" class="incident-option" data-incident-id={incident.id} onClick={() => onPick(incident.id)}>
          <span class="incident-option-name">{incidentName(incident)}</span>
          <span class="incident-option-meta">{[when, sourceCountLabel(incident.clippingIds.length)].filter(Boolean).join(' · ')}</span>
        </button>
      </li>
    );
  };
  return (
    <div class="incident-picker" role="group" aria-label={title}>
      <div class="incident-picker-head">
        <strong>{title}</strong>
        <button type="button" class="link" data-action="cancel-pick" onClick={onCancel}>
          {t('incidentCancel')}
        </button>
      </div>
      <input type="search" class="incident-filter" aria-label={t('incidentPickerFilter')} placeholder={t('incidentPickerFilter')} value={query} onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)} />
      {incidents === null ? (
        <p class="hint">{t('popupLoading')}</p>
      ) : offered.length === 0 ? (
        <p class="hint">{t('incidentPickerNone')}</p>
      ) : (
        <>
          {first.length > 0 && (
            <>
              <h4 class="incident-picker-group">{t('incidentPickerSameVictim')}</h4>
              <ul class="incident-options">{first.map(row)}</ul>
            </>
          )}
          {rest.length > 0 && (
            <>
              {first.length > 0 && <h4 class="incident-picker-group">{t('incidentPickerOthers')}</h4>}
              <ul class="incident-options">{rest.map(row)}</ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
