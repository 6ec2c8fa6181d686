import type { Clipping } from '../storage/clipping';
import { safeFileBase } from '../storage/export/file-names';
import type { Incident } from '../storage/incident';
import ExportFormatMenu from './ExportFormatMenu';
import { t } from './i18n';

/** Props of {@link IncidentExport}. */
export type IncidentExportProps = {
  /** The incident exported. */
  incident: Incident;
  /** Its clippings. */
  clippings: Clipping[];
  /** The clock, for the file's name and date; injectable for tests. */
  now?: () => Date;
};

/** The incident page's "Export this incident" menu: the incident with its sources, in one of the formats, downloaded. */
export default function IncidentExport({ incident, clippings, now = () => new Date() }: IncidentExportProps) {
  return (
    <ExportFormatMenu
      class="incident-export"
      action="export-incident"
      label={t('incidentExport')}
      build={async (format) => {
        // The builders load only when the user exports; the incident goes with its clippings (JSON, Markdown, STIX carry it).
        const { exportClippings } = await import('../storage/export/export-clippings');
        const file = exportClippings(clippings, format, { now: now(), incidents: [incident] });
        // Named after the incident, not the library: "Royal Mail: ransomware (Jan 2023) 2026-12-06.json".
        const name = file.name.startsWith('incident-lens-') ? `${safeFileBase(incident.title, 'incident')} ${file.name.slice('incident-lens-'.length)}` : file.name;
        return { file, name };
      }}
    />
  );
}
