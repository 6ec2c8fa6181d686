/**
 * The schema of the `json` library file (storage/export/library-file.ts), in valibot: types,
 * sizes, and offsets inside the clipping's text. Sizes are generous for real articles and small
 * enough that a crafted file cannot make the library page hold gigabytes.
 */
import * as v from 'valibot';
import { FACT_CATEGORIES } from '../../engine/types';
import { LIBRARY_FORMAT } from '../export/library-file';

/** Largest sizes a file may hold. */
export const LIMITS = {
  clippings: 200_000,
  text: 2_000_000,
  note: 200_000,
  field: 20_000,
  url: 65_536,
  facts: 20_000,
  tags: 500,
  tag: 500,
  reasons: 500,
  attrs: 100,
  incidents: 200_000,
  ids: 10_000,
} as const;

const field = v.pipe(v.string(), v.maxLength(LIMITS.field));
const url = v.pipe(v.string(), v.maxLength(LIMITS.url));
const timestamp = v.pipe(v.string(), v.isoTimestamp());
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const score = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const reasons = v.pipe(v.array(field), v.maxLength(LIMITS.reasons));

/** A clipping's link to its incident (format 2). */
const incidentLinkSchema = v.strictObject({
  status: v.picklist(['proposed', 'accepted']),
  isNew: v.boolean(),
  score,
  reasons,
  alternatives: v.pipe(v.array(v.strictObject({ incidentId: id, score, reasons })), v.maxLength(LIMITS.reasons)),
  linkedAt: v.pipe(v.string(), v.isoTimestamp()),
});

/** An incident as the file holds it (format 2). */
export const libraryIncidentSchema = v.strictObject({
  id,
  title: field,
  titleByUser: v.boolean(),
  mergedIds: v.pipe(v.array(id), v.maxLength(LIMITS.ids)),
  relatedIds: v.pipe(v.array(id), v.maxLength(LIMITS.ids)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
});

const factSchema = v.strictObject({
  category: v.picklist(FACT_CATEGORIES),
  text: field,
  start: offset,
  end: offset,
  value: field,
  id: v.optional(field),
  attrs: v.optional(v.pipe(v.record(v.pipe(v.string(), v.maxLength(200)), field), v.check((a) => Object.keys(a).length <= LIMITS.attrs, `at most ${LIMITS.attrs} attributes`))),
  selector: v.strictObject({ exact: field, prefix: field, suffix: field }),
  origin: v.picklist(['engine', 'user']),
});

const clippingSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    url,
    canonicalUrl: v.nullable(url),
    title: v.nullable(field),
    site: v.nullable(field),
    published: v.nullable(v.pipe(v.string(), v.maxLength(64))),
    lang: v.pipe(v.string(), v.maxLength(35)),
    savedAt: timestamp,
    updatedAt: timestamp,
    incident: v.strictObject({
      isIncident: v.boolean(),
      score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      kinds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(100)),
      reasons: v.pipe(v.array(field), v.maxLength(LIMITS.reasons)),
    }),
    tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.tag))), v.maxLength(LIMITS.tags)),
    note: v.pipe(v.string(), v.maxLength(LIMITS.note)),
    facts: v.pipe(v.array(factSchema), v.maxLength(LIMITS.facts)),
    text: v.pipe(v.string(), v.maxLength(LIMITS.text)),
    incidentId: v.optional(id),
    incidentLink: v.optional(incidentLinkSchema),
  }),
  // Each fact's span must lie inside the text it was found in.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { facts, text } = dataset.value;
    for (let i = 0; i < facts.length; i++) {
      const fact = facts[i];
      const key = fact.end > text.length ? 'end' : fact.start > fact.end ? 'start' : null;
      if (!key) continue;
      addIssue({
        message: key === 'end' ? `offset ${fact.end} is past the end of the text (${text.length} characters)` : `start ${fact.start} is after end ${fact.end}`,
        path: [
          { type: 'object', origin: 'value', input: dataset.value, key: 'facts', value: facts },
          { type: 'array', origin: 'value', input: facts, key: i, value: fact },
          { type: 'object', origin: 'value', input: fact, key, value: fact[key] },
        ],
      });
      return;
    }
  }),
);

/** The whole file, version already checked (storage/import/read-library-file.ts). */
export const libraryFileSchema = v.strictObject({
  format: v.literal(LIBRARY_FORMAT),
  formatVersion: v.picklist([1, 2]),
  exportedAt: timestamp,
  clippings: v.pipe(v.array(clippingSchema), v.maxLength(LIMITS.clippings)),
  incidents: v.optional(v.pipe(v.array(libraryIncidentSchema), v.maxLength(LIMITS.incidents))),
});

/** One clipping's schema, for validating a file a chunk at a time. */
export const libraryClippingSchema = clippingSchema;
