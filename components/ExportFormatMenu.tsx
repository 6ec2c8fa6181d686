import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFile, type ExportFormat } from '../storage/export/export-format';
import { downloadFile } from './download-file';
import { t } from './i18n';

/** Props of {@link ExportFormatMenu}. */
export type ExportFormatMenuProps = {
  /** Class of the menu beside `export-menu`. */
  class: string;
  /** The summary's `data-action` (what tests and styles find it by). */
  action: string;
  /** What the summary says. */
  label: ComponentChildren;
  /**
   * Builds the file of one format; may load the builders on demand. Returns the file and the name
   * to download it under.
   */
  build: (format: ExportFormat) => Promise<{ file: ExportFile; name: string }>;
};

/** A menu of the export formats whose every entry builds a file and downloads it, or says why it could not. */
export default function ExportFormatMenu({ class: className, action, label, build }: ExportFormatMenuProps) {
  const [error, setError] = useState<string | null>(null);
  const onExport = async (format: ExportFormat) => {
    try {
      const { file, name } = await build(format);
      downloadFile(name, new Blob([file.data as BlobPart], { type: file.mime }));
      setError(null);
    } catch (e) {
      setError(t('exportFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <details class={`export-menu ${className}`}>
      <summary data-action={action}>{label}</summary>
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
