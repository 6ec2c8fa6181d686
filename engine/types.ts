/**
 * The engine's public data shapes: the Analysis contract of DESIGN.md and the article text that
 * readers hand to the engine. Plain data only, so every value crosses messaging and storage as is.
 */

/** The fact categories of corpus/GUIDELINES.md, in the order the UI lists them. */
export const FACT_CATEGORIES = [
  'organization',
  'service',
  'date',
  'agency',
  'actor',
  'malware',
  'vulnerability',
  'indicator',
] as const;

export type FactCategory = (typeof FACT_CATEGORIES)[number];

/** A language tag: "en", "zh", or another ISO 639-1 code the detector recognised ("und" when unknown). */
export type Lang = string;

/** One mention of a fact in the article text. */
export interface Fact {
  category: FactCategory;
  /** Exactly `articleText.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
  /** Normalised: canonical English name, ISO date (YYYY, YYYY-MM, YYYY-MM-DD), CVE id, refanged indicator. */
  value: string;
  /** Stable entity id where known, e.g. "agency:gb-ncsc". */
  id?: string;
  /** Extra attributes, e.g. status: affected|unaffected, country: GB, type: ipv4, zh: 英国国家网络安全中心. */
  attrs?: Record<string, string>;
}

/** The classifier's verdict on the whole article. */
export interface IncidentVerdict {
  isIncident: boolean;
  /** Confidence in [0, 1] that the article reports an incident. */
  score: number;
  /** Incident kinds (ransomware, breach, ddos, intrusion, outage, …); near-miss type for negatives is not reported. */
  kinds: string[];
  /** Human-readable cues that led to the verdict, shown in the popup. */
  reasons: string[];
}

/** The engine's output for one article; also what the analysis CLI prints. */
export interface Analysis {
  url: string | null;
  title: string | null;
  site: string | null;
  /** ISO date of publication. */
  published: string | null;
  language: Lang;
  textLength: number;
  incident: IncidentVerdict;
  facts: Fact[];
}

/** What a reader extracts from a page: the article body as one string plus its metadata. */
export interface ArticleText {
  /** Body text: blocks separated by "\n", whitespace inside a block collapsed as the page shows it. */
  text: string;
  title: string | null;
  /** Site or WeChat account name. */
  site: string | null;
  /** ISO date (YYYY-MM-DD) or date-time of publication, when the page states it. */
  published: string | null;
  /** Language declared by the page (html lang), if any; the engine detects its own. */
  declaredLang: string | null;
  url: string | null;
  /** rel=canonical / og:url, normalised; falls back to `url`. */
  canonicalUrl: string | null;
}

/** A half-open span [start, end) of UTF-16 offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}
