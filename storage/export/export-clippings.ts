/**
 * One entry for every export: the clippings and a format in, one named file out (DESIGN.md
 * "Export and import"). Several Markdown notes come as one zip. Pure: the time is passed in.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Clipping } from '../clipping';
import { completeIncidents, type IncidentRecord } from '../incident';
import { buildCsv } from './csv-export';
import type { ExportFile, ExportFormat } from './export-format';
import { fileDate, safeFileBase, uniqueFileNames } from './file-names';
import { buildIncidentMarkdown } from './incident-markdown';
import { buildLibraryJson, inFileOrder } from './library-file';
import { buildMarkdown } from './markdown-export';
import { buildMispJson } from './misp-export';
import { buildStixJson } from './stix-export';

/**
 * The Markdown notes of `clippings`, each with its unique, safe file name, then one note per
 * incident they are linked to (among `incidents`) linking its clippings' notes.
 */
export function markdownFiles(clippings: readonly Clipping[], incidents: readonly IncidentRecord[] = []): Array<{ name: string; text: string }> {
  const ordered = inFileOrder(clippings);
  const complete = completeIncidents(incidents, ordered);
  const names = uniqueFileNames([
    ...ordered.map((clipping) => `${safeFileBase(clipping.title)}.md`),
    ...complete.map((incident) => `${safeFileBase(`Incident - ${incident.title}`)}.md`),
  ]);
  const noteNames = new Map(ordered.map((clipping, i) => [clipping.id, names[i]]));
  return [
    ...ordered.map((clipping, i) => ({ name: names[i], text: buildMarkdown(clipping) })),
    ...complete.map((incident, i) => ({ name: names[ordered.length + i], text: buildIncidentMarkdown(incident, ordered, (clipping) => noteNames.get(clipping.id) ?? null) })),
  ];
}

/** Exports `clippings` (with the incidents they are linked to, among `incidents`) as `format` at `now`. */
export function exportClippings(clippings: readonly Clipping[], format: ExportFormat, { now, incidents = [] }: { now: Date; incidents?: readonly IncidentRecord[] }): ExportFile {
  const day = fileDate(now);
  switch (format) {
    case 'json':
      return { name: `incident-lens-${day}.json`, mime: 'application/json', data: buildLibraryJson(clippings, { now, incidents }) };
    case 'csv':
      return { name: `incident-lens-${day}.csv`, mime: 'text/csv;charset=utf-8', data: buildCsv(clippings) };
    case 'stix':
      return { name: `incident-lens-${day}.stix.json`, mime: 'application/stix+json;version=2.1', data: buildStixJson(clippings, { now, incidents }) };
    case 'misp':
      return { name: `incident-lens-${day}.misp.json`, mime: 'application/json', data: buildMispJson(clippings) };
    case 'markdown': {
      const files = markdownFiles(clippings, incidents);
      if (files.length === 1) return { name: files[0].name, mime: 'text/markdown;charset=utf-8', data: files[0].text };
      // Zip entries dated `now`, so the same export gives the same bytes.
      const entries: Zippable = {};
      for (const file of files) entries[file.name] = [strToU8(file.text), { mtime: now }];
      return { name: `incident-lens-${day}-markdown.zip`, mime: 'application/zip', data: zipSync(entries) };
    }
  }
}
