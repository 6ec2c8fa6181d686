/**
 * The fact-extractor interface. Each extractor lives in its own file and is listed once in the
 * ordered registry `extractors.ts`; `analyze-article.ts` runs them, then the refiners.
 */
import type { Fact, FactCategory, Lang, Span } from '../types';

/** Everything an extractor may look at. Extractors are pure functions of this context. */
export interface ExtractContext {
  /** The article text (facts' offsets index into it). */
  text: string;
  /** The article's headline, when the reader found one: it names the story's subject (the victim, usually). */
  title?: string | null;
  /** Detected language of the article ("en", "zh", …). */
  lang: Lang;
  /** Publication date (ISO) if known. */
  published: string | null;
  /** Reference date for relative expressions: the publication date, else the caller's `now`. */
  refDate: Date;
  /**
   * Spans that are not article content: reference/source lines (参考资料, 原文链接, "Source:"),
   * contact and submission lines, share/QR text. Nothing found inside them is a fact.
   */
  excluded: readonly Span[];
}

/** One extractor: finds facts of its categories anywhere in the text. */
export interface FactExtractor {
  /** Short name, used in tests and the architecture test (matches its file name). */
  name: string;
  /** Categories this extractor reports. */
  categories: readonly FactCategory[];
  extract(ctx: ExtractContext): Fact[];
}
