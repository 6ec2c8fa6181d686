/**
 * `analyzeArticle`: the engine's entry point. Article text in, Analysis (DESIGN.md) out:
 * language → reference date → excluded zones → extractors (registry order) → refiners (valid
 * facts only, outside excluded zones, deduped, overlaps removed, sorted) → incident classification → victim facts only for incidents.
 *
 * Total by construction: every extractor runs in its own try/catch and its facts are validated,
 * so one failing extractor loses only its own facts and no input string makes this throw.
 */
import { classifyIncident } from './classify/classify-incident';
import type { ExtractContext, FactExtractor } from './facts/extractor';
import { extractors } from './facts/extractors';
import { findExcludedZones } from './facts/find-excluded-zones';
import { dedupeFacts } from './facts/refiners/dedupe-facts';
import { dropExcludedFacts } from './facts/refiners/drop-excluded-facts';
import { isValidFact } from './facts/refiners/keep-valid-facts';
import { removeOverlaps, type RankedFact } from './facts/refiners/remove-overlaps';
import { sortFacts } from './facts/refiners/sort-facts';
import { detectLanguage } from './language/detect-language';
import type { Analysis, ArticleText, Fact, FactCategory, IncidentVerdict, Span } from './types';

/** The parts the pipeline is built from; `analyzeArticle` uses the real ones, tests may swap some. */
export interface AnalyzerParts {
  extractors: readonly FactExtractor[];
  detectLanguage: (text: string, declared?: string | null) => string;
  findExcludedZones: (text: string) => Span[];
}

/** The world the engine is given: the current time (used when the article has no date). */
export interface AnalyzeOptions {
  now: Date;
}

/**
 * Organisations and services are victims and affected services by definition (GUIDELINES.md);
 * outside an incident they are only companies and products, so they are not reported.
 */
const INCIDENT_ONLY: ReadonlySet<FactCategory> = new Set(['organization', 'service']);

const ISO_DATE = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/;

/** Analyses one article. Pure: the same article and `now` give the same Analysis. Never throws. */
export function analyzeArticle(article: ArticleText, options: AnalyzeOptions): Analysis {
  return createArticleAnalyzer({ extractors, detectLanguage, findExcludedZones })(article, options);
}

/** Builds an analyser from its parts (the registry, language detection, excluded zones). */
export function createArticleAnalyzer(parts: AnalyzerParts): (article: ArticleText, options: AnalyzeOptions) => Analysis {
  return (article, { now }) => {
    const text = typeof article?.text === 'string' ? article.text : '';
    const title = typeof article?.title === 'string' ? article.title : null;
    const published = normalisePublished(article?.published);
    const language = attempt(() => parts.detectLanguage(text, article?.declaredLang ?? null), 'und') || 'und';
    const refDate = published ? dateOfIso(published) : validDate(now);
    const excluded = attempt(() => parts.findExcludedZones(text), [] as Span[]).filter(isSpan);
    const ctx: ExtractContext = { text, title, lang: language, published, refDate, excluded };

    const ranked: RankedFact[] = parts.extractors.flatMap((extractor, rank) =>
      attempt(() => extractor.extract(ctx), [] as Fact[])
        .filter((fact) => attempt(() => isValidFact(fact, text), false))
        .map((fact) => ({ fact, rank })),
    );
    // Excluded zones first, so a fact in a reference line cannot knock out an overlapping real one.
    const outside = new Set(dropExcludedFacts(ranked.map((r) => r.fact), excluded));
    const candidates = dedupeFacts(ranked.filter((r) => outside.has(r.fact)));
    const facts = sortFacts(removeOverlaps(candidates).map((r) => r.fact));

    const incident: IncidentVerdict = attempt(
      () => classifyIncident({ title, text, lang: language, facts, excluded }),
      { isIncident: false, score: 0, kinds: [], reasons: ['classifier failed'] },
    );
    return {
      url: article?.url ?? article?.canonicalUrl ?? null,
      title,
      site: article?.site ?? null,
      published,
      language,
      textLength: text.length,
      incident,
      facts: incident.isIncident ? facts : facts.filter((f) => !INCIDENT_ONLY.has(f.category)),
    };
  };
}

/** The publication date as YYYY-MM-DD, or null when absent or not a real date. */
function normalisePublished(published: unknown): string | null {
  if (typeof published !== 'string') return null;
  const m = ISO_DATE.exec(published.trim());
  if (!m?.groups) return null;
  const iso = `${m.groups.year}-${m.groups.month}-${m.groups.day}`;
  return Number.isNaN(dateOfIso(iso).getTime()) || dateOfIso(iso).toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Midnight UTC of an ISO date: the reference date for relative expressions (昨天, yesterday). */
function dateOfIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function validDate(date: Date): Date {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date : new Date(0);
}

function isSpan(span: Span): boolean {
  return Number.isFinite(span?.start) && Number.isFinite(span?.end) && span.start < span.end;
}

/** Runs `fn`, returning `fallback` if it throws: one faulty part must not sink the analysis. */
function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn() ?? fallback;
  } catch {
    return fallback;
  }
}
