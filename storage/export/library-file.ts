/**
 * The product's own file (format `json`): a self-describing envelope with a version, and every
 * clipping with everything it holds except what the database derives from it on save (the article
 * key and the index fields), so export → wipe → import gives back the same library. Key order is
 * fixed here, so the same library always gives the same bytes.
 */
import type { Clipping, ClippingFact, ClippingId } from '../clipping';
import { clippingKey } from '../clipping';
import { indexFieldsOf } from '../clipping-repository';

/** The envelope's `format`. */
export const LIBRARY_FORMAT = 'incident-lens';
/** The version this code writes and the newest it reads. */
export const LIBRARY_FORMAT_VERSION = 1;

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
}

/** The whole file. */
export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  formatVersion: number;
  exportedAt: string;
  clippings: LibraryClipping[];
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
  };
}

/** Clippings in the file's order: first saved first, then by id (stable whatever order they came in). */
export function inFileOrder(clippings: readonly Clipping[]): Clipping[] {
  return [...clippings].sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The envelope of `clippings`, exported at `now`. */
export function libraryFileOf(clippings: readonly Clipping[], { now }: { now: Date }): LibraryFile {
  return {
    format: LIBRARY_FORMAT,
    formatVersion: LIBRARY_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    clippings: inFileOrder(clippings).map(toLibraryClipping),
  };
}

/**
 * The `json` export of `clippings`: the envelope's fields one per line, then each clipping as one
 * line of JSON, so the file reads (and diffs) clipping by clipping and writes fast at 10,000
 * clippings (indenting every nested field made it a third slower and larger).
 */
export function buildLibraryJson(clippings: readonly Clipping[], { now }: { now: Date }): string {
  const file = libraryFileOf(clippings, { now });
  const head = [
    '{',
    `  "format": ${JSON.stringify(file.format)},`,
    `  "formatVersion": ${file.formatVersion},`,
    `  "exportedAt": ${JSON.stringify(file.exportedAt)},`,
  ];
  if (file.clippings.length === 0) return `${head.join('\n')}\n  "clippings": []\n}\n`;
  const items = file.clippings.map((clipping) => `    ${JSON.stringify(clipping)}`);
  return `${head.join('\n')}\n  "clippings": [\n${items.join(',\n')}\n  ]\n}\n`;
}
