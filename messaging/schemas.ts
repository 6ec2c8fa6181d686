/**
 * The input of every call the background answers, as a valibot schema (the background validates;
 * the content script does not carry this module). A call whose input fails its schema reaches no
 * handler. Objects are parsed with `v.object`, which drops unknown keys, so a handler sees exactly
 * the fields its type names. URLs are stored and linked only when they are http(s), and a canonical
 * URL is kept only on the page's own site.
 */
import * as v from 'valibot';
import { FACT_CATEGORIES } from '../engine/types';
import { httpUrlOf, trustedCanonicalUrl } from '../storage/registrable-domain';
import type { CallInput, CallName, Direction, Result } from './protocol';

/**
 * Upper bound of an article's text, in UTF-16 units: far above any article (the benchmark's
 * generated 1 MB page is ~1,000,000), low enough that one message cannot make the worker hold
 * hundreds of megabytes.
 */
export const MAX_TEXT_LENGTH = 5_000_000;
/** Upper bound of short strings: titles, site names, tags, reasons. */
export const MAX_SHORT_LENGTH = 8_192;
/** Upper bound of an address (tracking parameters make some long; browsers accept far longer). */
export const MAX_URL_LENGTH = 65_536;
/** Upper bound of a note. */
export const MAX_NOTE_LENGTH = 100_000;
/** Upper bound of the facts of one clipping, and of list fields. */
export const MAX_ITEMS = 20_000;

const shortText = v.pipe(v.string(), v.maxLength(MAX_SHORT_LENGTH));
const nullableShort = v.nullable(shortText);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT_LENGTH));
const shortList = v.pipe(v.array(shortText), v.maxLength(MAX_ITEMS));
const urlText = v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH));
const webUrl = v.pipe(urlText, v.check((url) => httpUrlOf(url) !== null, 'must be an http(s) address'));
/** A fact's text may be a whole paragraph the user selected. */
const spanText = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH));

const articleText = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
  title: nullableShort,
  site: nullableShort,
  published: nullableShort,
  declaredLang: nullableShort,
  url: v.nullable(webUrl),
  canonicalUrl: v.nullable(urlText),
});

const verdict = v.object({
  isIncident: v.boolean(),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  kinds: shortList,
  reasons: shortList,
});

const clippingFact = v.pipe(
  v.object({
    category: v.picklist(FACT_CATEGORIES),
    text: spanText,
    start: offset,
    end: offset,
    value: spanText,
    id: v.optional(shortText),
    attrs: v.optional(v.record(shortText, shortText)),
    selector: v.object({ exact: spanText, prefix: shortText, suffix: shortText }),
    origin: v.picklist(['engine', 'user']),
  }),
  v.check((fact) => fact.start <= fact.end, 'a fact must end after it starts'),
);
const clippingFacts = v.pipe(v.array(clippingFact), v.maxLength(MAX_ITEMS));

const clippingDraft = v.pipe(
  v.object({
    url: webUrl,
    canonicalUrl: v.nullable(urlText),
    title: nullableShort,
    site: nullableShort,
    published: nullableShort,
    lang: v.pipe(v.string(), v.maxLength(35)),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
    incident: verdict,
    facts: clippingFacts,
    note: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)),
    tags: shortList,
  }),
  v.check((draft) => draft.facts.every((fact) => fact.end <= draft.text.length), 'a fact lies outside the text'),
  // Another site's canonical URL is the page's claim, not ours to key or link by.
  v.transform((draft) => ({ ...draft, canonicalUrl: trustedCanonicalUrl(draft.url, draft.canonicalUrl) })),
);

const saveBase = v.object({
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)),
  tags: shortList,
  facts: clippingFacts,
});

/** For each call of a direction, the schema of its input; its output type must be the call's input type. */
export type InputSchemas<D extends Direction> = {
  [K in CallName<D>]: v.GenericSchema<unknown, CallInput<D, K>>;
};

/** Inputs of the content script's calls. */
export const CONTENT_TO_BACKGROUND_INPUTS: InputSchemas<'content-to-background'> = {
  analyzeArticle: v.object({ article: articleText }),
  reportPage: v.object({
    isArticle: v.boolean(),
    isIncident: v.boolean(),
    factCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  stayWarm: v.strictObject({}),
};

/** Inputs of the extension pages' calls. */
export const UI_TO_BACKGROUND_INPUTS: InputSchemas<'ui-to-background'> = {
  saveClipping: v.object({ draft: clippingDraft, base: v.optional(v.nullable(saveBase)) }),
};

/** Where in the input an issue lies, for the refusal's message ("draft.url"). */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return issue.path?.map((item) => String(item.key)).join('.') || 'input';
}

/** The `parse` of a call policy over `schemas`: a call without a schema is refused. */
export function inputParser<D extends Direction>(schemas: InputSchemas<D>): (name: string, input: unknown) => Result<unknown> {
  return (name, input) => {
    const schema = Object.hasOwn(schemas, name) ? (schemas as Record<string, v.GenericSchema>)[name] : undefined;
    if (!schema) return { ok: false, error: `no schema for "${name}"` };
    const parsed = v.safeParse(schema, input);
    if (parsed.success) return { ok: true, value: parsed.output };
    const [issue] = parsed.issues;
    return { ok: false, error: `invalid input at ${pathOf(issue)}: ${issue.message}` };
  };
}
