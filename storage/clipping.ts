/**
 * The clipping: what the library keeps of one article. Facts are stored with a text-quote selector
 * (exact, prefix, suffix) and their position so they can be re-anchored in the page or the stored
 * text later (hypothesis' TextQuote + TextPosition selectors).
 */
import type { Fact, IncidentVerdict, Lang } from '../engine/types';

/** A clipping's id (a UUID). */
export type ClippingId = string & { readonly __brand: 'ClippingId' };

/** Text-quote selector: the fact's text with a little context either side. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A fact as kept in a clipping. */
export interface ClippingFact extends Fact {
  selector: TextQuoteSelector;
  /** Who put it there: the engine, or the user (added from a selection or edited). */
  origin: 'engine' | 'user';
}

/** What the popup sends to be saved. */
export interface ClippingDraft {
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  site: string | null;
  published: string | null;
  lang: Lang;
  text: string;
  incident: IncidentVerdict;
  facts: ClippingFact[];
  note: string;
  tags: string[];
}

/** A saved clipping. Index fields (`factValues`, `kinds`, `isIncident`) are derived on save. */
export interface Clipping extends ClippingDraft {
  id: ClippingId;
  /** canonicalUrl ?? url: one clipping per article. */
  key: string;
  savedAt: number;
  updatedAt: number;
  /** "category:value" of every fact, for multi-entry index queries. */
  factValues: string[];
  kinds: string[];
  /** 1 or 0: IndexedDB cannot index booleans. */
  isIncident: 0 | 1;
  /** When the incident happened, for the timeline: earliest date fact, else published (schema v2). */
  incidentDate: string | null;
}

const CONTEXT = 32;

/** The text-quote selector of span [start, end) of `text`. */
export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/** An engine fact as a clipping fact. */
export function toClippingFact(text: string, fact: Fact, origin: ClippingFact['origin'] = 'engine'): ClippingFact {
  return { ...fact, selector: quoteSelector(text, fact.start, fact.end), origin };
}

/**
 * The date a clipping's incident is placed at on the timeline: the earliest date fact (ISO dates
 * sort as strings), else the publication date (its date part).
 */
export function incidentDateOf(clipping: Pick<ClippingDraft, 'facts' | 'published'>): string | null {
  const dates = clipping.facts
    .filter((fact) => fact.category === 'date' && /^\d{4}(-\d{2}){0,2}$/.test(fact.value))
    .map((fact) => fact.value)
    .sort();
  return dates[0] ?? clipping.published?.slice(0, 10) ?? null;
}

/** A fact's identity inside one clipping (same span and category). */
export function factKey(fact: Pick<Fact, 'category' | 'start' | 'end'>): string {
  return `${fact.category}:${fact.start}:${fact.end}`;
}

/** The one-per-article key of a draft. */
export function clippingKey(draft: Pick<ClippingDraft, 'url' | 'canonicalUrl'>): string {
  return draft.canonicalUrl ?? draft.url;
}
