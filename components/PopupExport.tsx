import type { Clipping } from '../storage/clipping';
import ExportFormatMenu from './ExportFormatMenu';
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
  return (
    <ExportFormatMenu
      class="popup-export"
      action="export-menu"
      label={t('exportThisClipping')}
      build={async (format) => {
        // The builders (and the galaxy table STIX and MISP use) load only when the user exports.
        const { exportClippings } = await import('../storage/export/export-clippings');
        const file = exportClippings([clipping], format, { now: now() });
        return { file, name: file.name };
      }}
    />
  );
}
