import { useState } from 'preact/hooks';
import type { Clipping } from '../storage/clipping';
import { EXPORT_FORMATS, type ExportFormat } from '../storage/export/export-format';
import { safeFileBase } from '../storage/export/file-names';
import type { Incident } from '../storage/incident';
import { downloadFile } from './download-file';
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
  const [error, setError] = useState<string | null>(null);
  const onExport = async (format: ExportFormat) => {
    try {
      // The builders load only when the user exports; the incident goes with its clippings (JSON, Markdown, STIX carry it).
      const { exportClippings } = await import('../storage/export/export-clippings');
      const file = exportClippings(clippings, format, { now: now(), incidents: [incident] });
      // Named after the incident, not the library: "Royal Mail: ransomware (Jan 2023) 2026-12-06.json".
      const name = file.name.startsWith('incident-lens-') ? `${safeFileBase(incident.title, 'incident')} ${file.name.slice('incident-lens-'.length)}` : file.name;
      downloadFile(name, new Blob([file.data as BlobPart], { type: file.mime }));
      setError(null);
    } catch (e) {
      setError(t('exportFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <details class="export-menu incident-export">
      <summary data-action="export-incident">{t('incidentExport')}</summary>
      <ul class="export-formats">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <button type="button" data-format={format} onClick={() => void onExport(format)}>
              {t(`format_${format}`)}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
