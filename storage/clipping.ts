/**
 * The clipping: what the library keeps of one article. Facts are stored with a text-quote selector
 * (exact, prefix, suffix) and their position so they can be re-anchored in the page or the stored
 * text later (hypothesis' TextQuote + TextPosition selectors).
 */
import { capTitle } from '../engine/read/cap-title';
import type { Analysis, ArticleText, Fact, FactCategory, IncidentVerdict, Lang } from '../engine/types';
import type { IncidentId, IncidentLink } from './incident';
import { isSameSite, trustedCanonicalUrl } from './registrable-domain';

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
  /** The incident it is linked to (schema v3); null or absent: none yet. */
  incidentId?: IncidentId | null;
  /** How it got there: proposed on save or accepted by the user, with the matcher's reasons (schema v3). */
  incidentLink?: IncidentLink | null;
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

/** How far before publication a date fact may lie and still be the incident's date. */
const INCIDENT_WINDOW_DAYS = 30;

function dayNumber(isoDate: string): number {
  const [year, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * The date a clipping's incident is placed at on the timeline: the earliest month- or day-precise
 * date fact from the 30 days before publication up to it, else the publication date. Articles
 * recall older incidents ("an outage in November 2022 …" in a January 2023 report), so dates long
 * before publication are history, not this incident. Without a publication date: the earliest date fact.
 */
export function incidentDateOf(clipping: Pick<ClippingDraft, 'facts' | 'published'>): string | null {
  const published = clipping.published?.slice(0, 10) ?? null;
  const dates = clipping.facts
    .filter((fact) => fact.category === 'date' && /^\d{4}-\d{2}(-\d{2})?$/.test(fact.value))
    .map((fact) => fact.value)
    .filter((date) => {
      if (!published) return true;
      const gap = dayNumber(published) - dayNumber(date);
      return gap >= 0 && gap <= INCIDENT_WINDOW_DAYS;
    })
    .sort();
  return dates[0] ?? published;
}

/** A fact's identity inside one clipping (same span and category). */
export function factKey(fact: Pick<Fact, 'category' | 'start' | 'end'>): string {
  return `${fact.category}:${fact.start}:${fact.end}`;
}

/**
 * Where a stored fact sits in `text`: its own offsets when they still hold its text, else the
 * text-quote selector (exact with prefix and suffix, then exact alone nearest the old position).
 * Null when the quote is gone.
 */
export function anchorFact(text: string, fact: Pick<ClippingFact, 'start' | 'end' | 'text' | 'selector'>): { start: number; end: number } | null {
  if (text.slice(fact.start, fact.end) === fact.text) return { start: fact.start, end: fact.end };
  const { exact, prefix, suffix } = fact.selector;
  if (!exact) return null;
  const withContext = text.indexOf(prefix + exact + suffix);
  if (withContext >= 0) return { start: withContext + prefix.length, end: withContext + prefix.length + exact.length };
  let best = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (best < 0 || Math.abs(at - fact.start) < Math.abs(best - fact.start)) best = at;
  }
  return best >= 0 ? { start: best, end: best + exact.length } : null;
}

/** `facts` without the given ones (by span and category). */
export function withoutFacts(facts: readonly ClippingFact[], drop: readonly ClippingFact[]): ClippingFact[] {
  const keys = new Set(drop.map(factKey));
  return facts.filter((fact) => !keys.has(factKey(fact)));
}

/** `facts` with the given ones moved to `category`, marked as the user's. */
export function recategorized(facts: readonly ClippingFact[], move: readonly ClippingFact[], category: FactCategory): ClippingFact[] {
  const keys = new Set(move.map(factKey));
  return facts.map((fact) => (keys.has(factKey(fact)) ? { ...fact, category, origin: 'user' } : fact));
}

/**
 * The one-per-article key of a draft: its canonical URL when that lies on the page's own site, else
 * its URL. A page may declare any canonical URL; trusting another site's would let it open, and
 * overwrite, that site's clipping.
 */
export function clippingKey(draft: Pick<ClippingDraft, 'url' | 'canonicalUrl'>): string {
  return trustedCanonicalUrl(draft.url, draft.canonicalUrl) ?? draft.url;
}

/**
 * Whether the page at `url` may show and update `clipping`: the clipping was saved from the same
 * site. Clippings keyed before canonical URLs were checked may carry another site's key.
 */
export function pageOwnsClipping(url: string, clipping: Pick<ClippingDraft, 'url'>): boolean {
  return isSameSite(url, clipping.url);
}

/** What the user adds to the engine's reading of a page before saving. */
export interface DraftEdits {
  facts: ClippingFact[];
  note: string;
  tags: string[];
}

/**
 * The clipping draft of an analysed article. Without `edits` it keeps the engine's facts and no
 * note or tags (the keyboard shortcut); the popup passes what the user edited.
 */
export function draftFor(article: ArticleText, analysis: Analysis, edits?: DraftEdits): ClippingDraft {
  return {
    url: article.url ?? '',
    canonicalUrl: trustedCanonicalUrl(article.url ?? '', article.canonicalUrl),
    // Titles the reader did not cap (older drafts, other callers) are capped here too.
    title: capTitle(article.title),
    site: article.site,
    published: article.published,
    lang: analysis.language,
    text: article.text,
    incident: analysis.incident,
    facts: edits?.facts ?? analysis.facts.map((fact) => toClippingFact(article.text, fact)),
    note: edits?.note ?? '',
    tags: edits?.tags ?? [],
  };
}
