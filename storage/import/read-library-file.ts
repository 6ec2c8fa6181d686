/**
 * Reads a `json` library file before anything trusts it (STYLE.md rule 9): JSON, the envelope and
 * its version, no key that could reach an object's prototype, every clipping against the schema,
 * no id or article twice. The first problem is reported with where it is
 * (`clippings[3].facts[2].start: expected a number`); a file with any problem gives no clippings.
 */
import * as v from 'valibot';
import type { Clipping } from '../clipping';
import { fromLibraryClipping, fromLibraryIncident, LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION, type LibraryClipping, type LibraryIncident } from '../export/library-file';
import type { IncidentRecord } from '../incident';
import { LIMITS, libraryClippingSchema, libraryFileSchema, libraryIncidentSchema } from './library-file-schema';

/**
 * What reading a file gives: its clippings as the database keeps them and its incidents (what is
 * not derived from their clippings; none in a version 1 file), or the first problem.
 */
export type ReadLibraryResult = { ok: true; clippings: Clipping[]; incidents: IncidentRecord[]; exportedAt: string } | { ok: false; error: string };

/** Keys that would reach or replace an object's prototype when the data is later spread or merged. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type PathKey = string | number;

/** `clippings[3].facts[2].start` */
export function formatPath(path: readonly PathKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('') || '(the file)';
}

function articleOf(expected: string | null): string {
  if (!expected) return 'another value';
  const names: Record<string, string> = {
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    Object: 'an object',
    Array: 'a list',
    null: 'null',
  };
  return names[expected] ?? expected.replace(/^"(.*)"$/, '"$1"');
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') {
    if (issue.expected === 'never') return 'unknown key';
    if (issue.received === 'undefined') return 'the key is missing';
    const options = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ').map(articleOf);
    const expected = options.length > 2 ? `one of ${options.join(', ')}` : options.join(' or ');
    return `expected ${expected}, got ${issue.received}`;
  }
  const requirement = String((issue as { requirement?: unknown }).requirement ?? '');
  switch (issue.type) {
    case 'max_length':
      return `too long: ${issue.received.replace(/^"?(\d+)"?$/, '$1')} items or characters, at most ${requirement}`;
    case 'min_length':
      return 'must not be empty';
    case 'min_value':
      return `expected at least ${requirement}, got ${issue.received}`;
    case 'max_value':
      return `expected at most ${requirement}, got ${issue.received}`;
    case 'integer':
      return `expected a whole number, got ${issue.received}`;
    case 'iso_timestamp':
      return `expected an ISO timestamp such as 2024-06-01T12:00:00.000Z, got ${issue.received}`;
    default:
      return issue.message;
  }
}

function issueMessage(issue: v.BaseIssue<unknown>, prefix: PathKey[]): string {
  const path = [...prefix, ...(issue.path ?? []).map((item) => item.key as PathKey)];
  return `${formatPath(path)}: ${describeIssue(issue)}`;
}

/** The path of the first key that could reach a prototype, or null. Depth is bounded by the schema later; this walk only looks. */
function findForbiddenKey(value: unknown, path: PathKey[] = []): PathKey[] | null {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key];
    const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

/** What the file is when it is not ours, to say so instead of listing schema errors. */
function otherFormat(text: string, json: unknown): string | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (json === undefined) {
    if (start.startsWith('---')) return 'this is a Markdown file, not an Incident Lens JSON export';
    if (start.startsWith('PK')) return 'this is a zip archive, not an Incident Lens JSON export';
    if (/^[^{[\n]*,[^\n]*\n/.test(start)) return 'this looks like a CSV file, not an Incident Lens JSON export';
    return null;
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return 'expected a JSON object with "format": "incident-lens"';
  const object = json as Record<string, unknown>;
  if (object.type === 'bundle') return 'this is a STIX bundle; only Incident Lens JSON exports can be imported';
  if ('Event' in object || 'response' in object) return 'this is a MISP event file; only Incident Lens JSON exports can be imported';
  return null;
}

/** Options of {@link readLibraryFile}. */
export interface ReadLibraryOptions {
  /** Called with (clippings checked, total) every `chunk` clippings. */
  onProgress?: (done: number, total: number) => void;
  chunk?: number;
}

/** Reads and validates a library file's text. */
export function readLibraryFile(text: string, { onProgress, chunk = 500 }: ReadLibraryOptions = {}): ReadLibraryResult {
  if (text.trim() === '') return { ok: false, error: 'the file is empty' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const other = otherFormat(text, undefined);
    if (other) return { ok: false, error: other };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `not valid JSON (truncated or damaged?): ${detail}` };
  }
  const other = otherFormat(text, json);
  if (other) return { ok: false, error: other };
  const forbidden = findForbiddenKey(json);
  if (forbidden) return { ok: false, error: `${formatPath(forbidden)}: the key "${forbidden.at(-1)}" is not allowed` };

  const envelope = json as Record<string, unknown>;
  if (envelope.format !== LIBRARY_FORMAT) return { ok: false, error: `format: expected "${LIBRARY_FORMAT}", got ${JSON.stringify(envelope.format) ?? 'nothing'}` };
  const version = envelope.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > LIBRARY_FORMAT_VERSION) {
    return { ok: false, error: `formatVersion: the file has version ${version}, newer than this Incident Lens reads (${LIBRARY_FORMAT_VERSION}); update the extension to import it` };
  }
  // The envelope first (with no clippings), then the clippings a chunk at a time, for progress.
  const items = envelope.clippings;
  const head = v.safeParse(libraryFileSchema, { ...envelope, clippings: [], ...(envelope.incidents !== undefined ? { incidents: [] } : {}) }, { abortEarly: true });
  if (!head.success) return { ok: false, error: issueMessage(head.issues[0], []) };
  if (!Array.isArray(items)) return { ok: false, error: `clippings: expected a list, got ${items === undefined ? 'nothing (the key is missing)' : typeof items}` };
  if (items.length > LIMITS.clippings) return { ok: false, error: `clippings: too many (${items.length}), at most ${LIMITS.clippings}` };

  const incidentItems = envelope.incidents ?? [];
  if (!Array.isArray(incidentItems)) return { ok: false, error: `incidents: expected a list, got ${typeof incidentItems}` };
  if (incidentItems.length > LIMITS.incidents) return { ok: false, error: `incidents: too many (${incidentItems.length}), at most ${LIMITS.incidents}` };
  const incidents: IncidentRecord[] = [];
  const incidentIds = new Map<string, number>();
  for (let i = 0; i < incidentItems.length; i++) {
    const parsed = v.safeParse(libraryIncidentSchema, incidentItems[i], { abortEarly: true });
    if (!parsed.success) return { ok: false, error: issueMessage(parsed.issues[0], ['incidents', i]) };
    const incident = fromLibraryIncident(parsed.output as LibraryIncident);
    const same = incidentIds.get(incident.id);
    if (same !== undefined) return { ok: false, error: `incidents[${i}].id: the same id as incidents[${same}]` };
    incidentIds.set(incident.id, i);
    incidents.push(incident);
  }

  const clippings: Clipping[] = [];
  const ids = new Map<string, number>();
  const keys = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const parsed = v.safeParse(libraryClippingSchema, items[i], { abortEarly: true });
    if (!parsed.success) return { ok: false, error: issueMessage(parsed.issues[0], ['clippings', i]) };
    const item = parsed.output as LibraryClipping;
    const clipping = fromLibraryClipping(item);
    if (clipping.incidentId && !incidentIds.has(clipping.incidentId)) return { ok: false, error: `clippings[${i}].incidentId: no incident with this id in the file` };
    const sameId = ids.get(clipping.id);
    if (sameId !== undefined) return { ok: false, error: `clippings[${i}].id: the same id as clippings[${sameId}]` };
    const sameKey = keys.get(clipping.key);
    if (sameKey !== undefined) return { ok: false, error: `clippings[${i}].url: the same article as clippings[${sameKey}]` };
    ids.set(clipping.id, i);
    keys.set(clipping.key, i);
    clippings.push(clipping);
    if (onProgress && (i + 1) % chunk === 0) onProgress(i + 1, items.length);
  }
  onProgress?.(items.length, items.length);
  return { ok: true, clippings, incidents, exportedAt: head.output.exportedAt };
}
