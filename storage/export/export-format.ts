/** The export formats (DESIGN.md "Export and import") and the file an export produces. */

/** Formats in the order the Export menu lists them. */
export const EXPORT_FORMATS = ['json', 'markdown', 'csv', 'stix', 'misp'] as const;

/** An export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file ready to download or write: its safe name, media type and content. */
export interface ExportFile {
  name: string;
  mime: string;
  data: string | Uint8Array;
}

/** Whether `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
