/**
 * One entry for every export: the clippings and a format in, one named file out (DESIGN.md
 * "Export and import"). Several Markdown notes come as one zip. Pure: the time is passed in.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Clipping } from '../clipping';
import { buildCsv } from './csv-export';
import type { ExportFile, ExportFormat } from './export-format';
import { fileDate, safeFileBase, uniqueFileNames } from './file-names';
import { buildLibraryJson, inFileOrder } from './library-file';
import { buildMarkdown } from './markdown-export';
import { buildMispJson } from './misp-export';
import { buildStixJson } from './stix-export';

/** The Markdown notes of `clippings`, each with its unique, safe file name. */
export function markdownFiles(clippings: readonly Clipping[]): Array<{ name: string; text: string }> {
  const ordered = inFileOrder(clippings);
  const names = uniqueFileNames(ordered.map((clipping) => `${safeFileBase(clipping.title)}.md`));
  return ordered.map((clipping, i) => ({ name: names[i], text: buildMarkdown(clipping) }));
}

/** Exports `clippings` as `format` at `now`. */
export function exportClippings(clippings: readonly Clipping[], format: ExportFormat, { now }: { now: Date }): ExportFile {
  const day = fileDate(now);
  switch (format) {
    case 'json':
      return { name: `incident-lens-${day}.json`, mime: 'application/json', data: buildLibraryJson(clippings, { now }) };
    case 'csv':
      return { name: `incident-lens-${day}.csv`, mime: 'text/csv;charset=utf-8', data: buildCsv(clippings) };
    case 'stix':
      return { name: `incident-lens-${day}.stix.json`, mime: 'application/stix+json;version=2.1', data: buildStixJson(clippings, { now }) };
    case 'misp':
      return { name: `incident-lens-${day}.misp.json`, mime: 'application/json', data: buildMispJson(clippings) };
    case 'markdown': {
      const files = markdownFiles(clippings);
      if (files.length === 1) return { name: files[0].name, mime: 'text/markdown;charset=utf-8', data: files[0].text };
      // Zip entries dated `now`, so the same export gives the same bytes.
      const entries: Zippable = {};
      for (const file of files) entries[file.name] = [strToU8(file.text), { mtime: now }];
      return { name: `incident-lens-${day}-markdown.zip`, mime: 'application/zip', data: zipSync(entries) };
    }
  }
}
