/**
 * The product's own file (format `json`): a self-describing envelope with a version, and every
 * clipping with everything it holds except what the database derives from it on save (the article
 * key and the index fields), so export → wipe → import gives back the same library. Key order is
 * fixed here, so the same library always gives the same bytes.
 */
import type { Clipping, ClippingFact, ClippingId } from '../clipping';
import { clippingKey } from '../clipping';
import { indexFieldsOf } from '../clipping-repository';
import type { IncidentId, IncidentLink, IncidentRecord } from '../incident';

/** The envelope's `format`. */
export const LIBRARY_FORMAT = 'incident-lens';
/**
 * The version this code writes and the newest it reads. 2 (schema v3): clippings may carry
 * `incidentId` and `incidentLink`, and the file lists `incidents`. Version 1 files are still read.
 */
export const LIBRARY_FORMAT_VERSION = 2;

/** A fact as the file holds it. */
export type LibraryFact = ClippingFact;

/** A clipping as the file holds it: timestamps as ISO strings, no derived fields. */
export interface LibraryClipping {
  id: string;
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  site: string | null;
  published: string | null;
  lang: string;
  savedAt: string;
  updatedAt: string;
  incident: { isIncident: boolean; score: number; kinds: string[]; reasons: string[] };
  tags: string[];
  note: string;
  facts: LibraryFact[];
  text: string;
  /** Format 2: the incident it is linked to, and how (`linkedAt` as an ISO timestamp). */
  incidentId?: string;
  incidentLink?: Omit<IncidentLink, 'linkedAt'> & { linkedAt: string };
}

/** An incident as the file holds it: what is not derived from its clippings (format 2). */
export interface LibraryIncident {
  id: string;
  title: string;
  titleByUser: boolean;
  mergedIds: string[];
  relatedIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** The whole file. */
export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  formatVersion: number;
  exportedAt: string;
  clippings: LibraryClipping[];
  /** Format 2. */
  incidents?: LibraryIncident[];
}

function fileFact(fact: ClippingFact): LibraryFact {
  return {
    category: fact.category,
    text: fact.text,
    start: fact.start,
    end: fact.end,
    value: fact.value,
    ...(fact.id !== undefined ? { id: fact.id } : {}),
    ...(fact.attrs !== undefined ? { attrs: { ...fact.attrs } } : {}),
    selector: { exact: fact.selector.exact, prefix: fact.selector.prefix, suffix: fact.selector.suffix },
    origin: fact.origin,
  };
}

/** A stored clipping as the file holds it. */
export function toLibraryClipping(clipping: Clipping): LibraryClipping {
  const { incident } = clipping;
  return {
    id: clipping.id,
    url: clipping.url,
    canonicalUrl: clipping.canonicalUrl,
    title: clipping.title,
    site: clipping.site,
    published: clipping.published,
    lang: clipping.lang,
    savedAt: new Date(clipping.savedAt).toISOString(),
    updatedAt: new Date(clipping.updatedAt).toISOString(),
    incident: { isIncident: incident.isIncident, score: incident.score, kinds: [...incident.kinds], reasons: [...incident.reasons] },
    tags: [...clipping.tags],
    note: clipping.note,
    facts: clipping.facts.map(fileFact),
    text: clipping.text,
    ...(clipping.incidentId ? { incidentId: clipping.incidentId } : {}),
    ...(clipping.incidentId && clipping.incidentLink ? { incidentLink: fileLink(clipping.incidentLink) } : {}),
  };
}

function fileLink(link: IncidentLink): NonNullable<LibraryClipping['incidentLink']> {
  return {
    status: link.status,
    isNew: link.isNew,
    score: link.score,
    reasons: [...link.reasons],
    alternatives: link.alternatives.map((match) => ({ incidentId: match.incidentId, score: match.score, reasons: [...match.reasons] })),
    linkedAt: new Date(link.linkedAt).toISOString(),
  };
}

/** An incident record as the file holds it. */
export function toLibraryIncident(record: IncidentRecord): LibraryIncident {
  return {
    id: record.id,
    title: record.title,
    titleByUser: record.titleByUser,
    mergedIds: [...record.mergedIds],
    relatedIds: [...record.relatedIds],
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
  };
}

/** An incident of the file as a record (its derived fields come from its clippings on import). */
export function fromLibraryIncident(item: LibraryIncident): IncidentRecord {
  return {
    id: item.id as IncidentId,
    title: item.title,
    titleByUser: item.titleByUser,
    mergedIds: item.mergedIds as IncidentId[],
    relatedIds: item.relatedIds as IncidentId[],
    createdAt: Date.parse(item.createdAt),
    updatedAt: Date.parse(item.updatedAt),
  };
}

/** A clipping of the file as the database keeps it (key and index fields derived as on save). */
export function fromLibraryClipping(item: LibraryClipping): Clipping {
  const draft = {
    url: item.url,
    canonicalUrl: item.canonicalUrl,
    title: item.title,
    site: item.site,
    published: item.published,
    lang: item.lang,
    text: item.text,
    incident: item.incident,
    facts: item.facts.map(fileFact),
    note: item.note,
    tags: item.tags,
  };
  return {
    ...draft,
    ...indexFieldsOf(draft),
    id: item.id as ClippingId,
    key: clippingKey(draft),
    savedAt: Date.parse(item.savedAt),
    updatedAt: Date.parse(item.updatedAt),
    ...(item.incidentId
      ? {
          incidentId: item.incidentId as IncidentId,
          incidentLink: item.incidentLink
            ? {
                ...item.incidentLink,
                alternatives: item.incidentLink.alternatives.map((match) => ({ ...match, incidentId: match.incidentId as IncidentId })),
                linkedAt: Date.parse(item.incidentLink.linkedAt),
              }
            : null,
        }
      : {}),
  };
}

/** Clippings in the file's order: first saved first, then by id (stable whatever order they came in). */
export function inFileOrder(clippings: readonly Clipping[]): Clipping[] {
  return [...clippings].sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The incidents of `clippings` among `incidents`, first created first, then by id. */
function incidentsOf(clippings: readonly Clipping[], incidents: readonly IncidentRecord[]): IncidentRecord[] {
  const linked = new Set(clippings.map((clipping) => clipping.incidentId).filter(Boolean));
  return incidents.filter((incident) => linked.has(incident.id)).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The envelope of `clippings` (and the incidents they are linked to, among `incidents`), exported at `now`. */
export function libraryFileOf(clippings: readonly Clipping[], { now, incidents = [] }: { now: Date; incidents?: readonly IncidentRecord[] }): LibraryFile {
  const listed = incidentsOf(clippings, incidents);
  const known = new Set(listed.map((incident) => incident.id as string));
  return {
    format: LIBRARY_FORMAT,
    formatVersion: LIBRARY_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    // A link to an incident the file does not hold (not passed in) is left out, so the file stays whole.
    clippings: inFileOrder(clippings).map((clipping) => toLibraryClipping(clipping.incidentId && !known.has(clipping.incidentId) ? { ...clipping, incidentId: null, incidentLink: null } : clipping)),
    incidents: listed.map(toLibraryIncident),
  };
}

/**
 * The `json` export of `clippings`: the envelope's fields one per line, then each clipping as one
 * line of JSON, so the file reads (and diffs) clipping by clipping and writes fast at 10,000
 * clippings (indenting every nested field made it a third slower and larger).
 */
export function buildLibraryJson(clippings: readonly Clipping[], { now, incidents = [] }: { now: Date; incidents?: readonly IncidentRecord[] }): string {
  const file = libraryFileOf(clippings, { now, incidents });
  const head = [
    '{',
    `  "format": ${JSON.stringify(file.format)},`,
    `  "formatVersion": ${file.formatVersion},`,
    `  "exportedAt": ${JSON.stringify(file.exportedAt)},`,
  ];
  const list = (items: readonly unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`);
  return `${head.join('\n')}\n  "clippings": ${list(file.clippings)},\n  "incidents": ${list(file.incidents ?? [])}\n}\n`;
}
