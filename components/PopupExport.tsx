import { useState } from 'preact/hooks';
import type { Clipping } from '../storage/clipping';
import { EXPORT_FORMATS, type ExportFormat } from '../storage/export/export-format';
import { downloadFile } from './download-file';
import { t } from './i18n';

/** Props of {@link PopupExport}. */
export type PopupExportProps = {
  /** The page's saved clipping. */
  clipping: Clipping;
  /** The clock, for the file's name and date; injectable for tests. */
  now?: () => Date;
};

/** The popup's "Export this clipping" menu: one clipping in one of the five formats, downloaded. */
export default function PopupExport({ clipping, now = () => new Date() }: PopupExportProps) {
  const [error, setError] = useState<string | null>(null);
  const onExport = async (format: ExportFormat) => {
    try {
      // The builders (and the galaxy table STIX and MISP use) load only when the user exports.
      const { exportClippings } = await import('../storage/export/export-clippings');
      const file = exportClippings([clipping], format, { now: now() });
      downloadFile(file.name, new Blob([file.data as BlobPart], { type: file.mime }));
      setError(null);
    } catch (e) {
      setError(t('exportFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <details class="export-menu popup-export">
      <summary data-action="export-menu">{t('exportThisClipping')}</summary>
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
