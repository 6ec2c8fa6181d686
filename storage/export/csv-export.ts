/**
 * The `csv` export: one row per fact for a spreadsheet, UTF-8 with a byte-order mark (so Excel
 * reads Chinese as Chinese), every field quoted by papaparse. A cell whose first character after
 * any leading spaces is `=`, `+`, `-` or `@`, or that starts with a tab or carriage return, would
 * be run as a formula by a spreadsheet: it gets a leading `'` (OWASP, "CSV Injection").
 * Clippings without facts still get a row, so none is missing from the sheet.
 */
import Papa from 'papaparse';
import type { Clipping } from '../clipping';
import { inFileOrder } from './library-file';

/** The header row. */
export const CSV_COLUMNS = ['clipping title', 'url', 'published', 'category', 'text', 'value', 'status', 'id'] as const;

const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/** A cell a spreadsheet shows as text, never runs. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows of `clippings` (without the header). */
export function csvRows(clippings: readonly Clipping[]): string[][] {
  const rows: string[][] = [];
  for (const clipping of inFileOrder(clippings)) {
    const head = [clipping.title ?? '', clipping.url, clipping.published ?? ''];
    if (clipping.facts.length === 0) rows.push([...head, '', '', '', '', '']);
    const facts = [...clipping.facts].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const fact of facts) rows.push([...head, fact.category, fact.text, fact.value, fact.attrs?.status ?? '', fact.id ?? '']);
  }
  return rows.map((row) => row.map(neutraliseCell));
}

/** The CSV file's text, byte-order mark first, CRLF line ends (RFC 4180). */
export function buildCsv(clippings: readonly Clipping[]): string {
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: csvRows(clippings) }, { quotes: true, newline: '\r\n', escapeFormulae: false });
  return `\uFEFF${csv}\r\n`;
}
