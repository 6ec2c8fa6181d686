import type { Clipping } from '../storage/clipping';
import { countByFactValue, countByKind, incidentTimeline } from '../storage/library-stats';
import BarChart from './BarChart';
import { valueName } from './fact-names';
import { kindLabel, t } from './i18n';
import TimelineChart from './TimelineChart';

/** Props of {@link LibraryCharts}. */
export type LibraryChartsProps = {
  /** The clippings counted (the current search result). */
  clippings: readonly Clipping[];
  /** Called when the user picks a kind bar. */
  onSelectKind: (kind: string) => void;
  /** Called when the user picks an agency or organisation bar ("category:value"). */
  onSelectFactValue: (factValue: string) => void;
};

/** Timeline of saved incidents and counts by kind, agency and organisation, as SVG charts. */
export default function LibraryCharts({ clippings, onSelectKind, onSelectFactValue }: LibraryChartsProps) {
  return (
    <section class="library-charts">
      <TimelineChart title={t('chartTimeline')} months={incidentTimeline(clippings)} emptyText={t('chartEmpty')} />
      <div class="bar-charts">
        <BarChart title={t('chartByKind')} counts={countByKind(clippings)} formatLabel={kindLabel} emptyText={t('chartEmpty')} onSelect={onSelectKind} />
        <BarChart
          title={t('chartByAgency')}
          counts={countByFactValue(clippings, 'agency')}
          color="var(--il-agency-bg)"
          formatLabel={(value) => valueName('agency', value).shown}
          formatTitle={(value) => valueName('agency', value).other}
          emptyText={t('chartEmpty')}
          onSelect={(value) => onSelectFactValue(`agency:${value}`)}
        />
        <BarChart
          title={t('chartByOrganization')}
          counts={countByFactValue(clippings, 'organization')}
          color="var(--il-organization-bg)"
          emptyText={t('chartEmpty')}
          onSelect={(value) => onSelectFactValue(`organization:${value}`)}
        />
      </div>
    </section>
  );
}
