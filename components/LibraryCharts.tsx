import type { Clipping, ClippingId } from '../storage/clipping';
import type { Incident } from '../storage/incident';
import { incidentCharts, incidentRows, incidentsOf } from '../storage/incident-stats';
import { countByFactValue, countByKind, incidentTimeline } from '../storage/library-stats';
import BarChart from './BarChart';
import { valueName } from './fact-names';
import { kindLabel, t } from './i18n';
import TimelineChart from './TimelineChart';

/** What the charts count: clippings, or incidents (each once, however many articles report it). */
export type ChartUnit = 'clipping' | 'incident';

/** Props of {@link LibraryCharts}. */
export type LibraryChartsProps = {
  /** The clippings counted (the current search result). */
  clippings: readonly Clipping[];
  /** Every incident; those holding one of `clippings` are counted by incident. Null: not loaded (no toggle). */
  incidents?: readonly Incident[] | null;
  /** Every clipping by id, for an incident's fact values (an incident counts all its clippings' facts). */
  clippingsById?: ReadonlyMap<ClippingId, Clipping>;
  /** What is counted. */
  unit?: ChartUnit;
  /** Called when the user switches between clippings and incidents. */
  onUnit?: (unit: ChartUnit) => void;
  /** Called when the user picks a kind bar. */
  onSelectKind: (kind: string) => void;
  /** Called when the user picks an agency or organisation bar ("category:value"). */
  onSelectFactValue: (factValue: string) => void;
};

/** Timeline of saved incidents and counts by kind, agency and organisation, as SVG charts, by clipping or by incident. */
export default function LibraryCharts({ clippings, incidents = null, clippingsById, unit = 'clipping', onUnit, onSelectKind, onSelectFactValue }: LibraryChartsProps) {
  const byIncident = unit === 'incident' && incidents !== null;
  const counted = byIncident ? incidentsOf(clippings, incidents) : [];
  const counts = byIncident
    ? incidentCharts(incidentRows(counted, clippingsById ?? new Map()))
    : { timeline: incidentTimeline(clippings), kinds: countByKind(clippings), agencies: countByFactValue(clippings, 'agency'), organizations: countByFactValue(clippings, 'organization') };
  const unlinked = byIncident ? clippings.filter((clipping) => !clipping.incidentId).length : 0;
  return (
    <section class="library-charts" data-unit={byIncident ? 'incident' : 'clipping'}>
      {incidents !== null && onUnit && (
        <div class="chart-unit" role="radiogroup" aria-label={t('chartUnit')}>
          <span class="chart-unit-label">{t('chartUnit')}</span>
          {(['clipping', 'incident'] as const).map((option) => (
            <button key={option} type="button" role="radio" aria-checked={unit === option} data-unit={option} onClick={() => onUnit(option)}>
              {option === 'clipping' ? t('chartUnitClippings') : t('chartUnitIncidents')}
            </button>
          ))}
          {unlinked > 0 && <span class="hint chart-unlinked">{t('chartUnlinked', String(unlinked))}</span>}
        </div>
      )}
      <TimelineChart title={byIncident ? t('chartTimelineIncidents') : t('chartTimeline')} months={counts.timeline} emptyText={t('chartEmpty')} />
      <div class="bar-charts">
        <BarChart title={t('chartByKind')} counts={counts.kinds} formatLabel={kindLabel} emptyText={t('chartEmpty')} onSelect={onSelectKind} />
        <BarChart
          title={t('chartByAgency')}
          counts={counts.agencies}
          color="var(--il-agency-bg)"
          formatLabel={(value) => valueName('agency', value).shown}
          formatTitle={(value) => valueName('agency', value).other}
          emptyText={t('chartEmpty')}
          onSelect={(value) => onSelectFactValue(`agency:${value}`)}
        />
        <BarChart
          title={t('chartByOrganization')}
          counts={counts.organizations}
          color="var(--il-organization-bg)"
          emptyText={t('chartEmpty')}
          onSelect={(value) => onSelectFactValue(`organization:${value}`)}
        />
      </div>
    </section>
  );
}
