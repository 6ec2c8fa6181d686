/**
 * Reads the article of a page with the first reader that claims it. Order matters: site-specific
 * readers (WeChat) before the generic news reader, which claims every page.
 */
import { capTitle } from './cap-title';
import { readNestedArticleSteps } from './nested-articles';
import { newsReader, readPageBody } from './news-reader';
import type { ArticleReader, ReadResult } from './reader';
import { runSteps, runStepsSliced, type StepScheduler, type Steps } from './steps';
import { wechatReader } from './wechat-reader';

/** The readers, most specific first. */
export const readers: readonly ArticleReader[] = [wechatReader, newsReader];

/**
 * The article on `doc` (served from `url`), or null when the page holds none.
 * Never throws: a reader that fails on a malformed page counts as "no article".
 */
export function readArticle(doc: Document, url: string | null): ReadResult | null {
  return runSteps(readArticleSteps(doc, url));
}

/**
 * {@link readArticle} spread over tasks: the walk pauses whenever `scheduler`'s budget is spent,
 * so a 1 MB article is read without a task over 50 ms. Same result as `readArticle` on a
 * page that does not change meanwhile; never rejects.
 */
export function readArticleSliced(doc: Document, url: string | null, scheduler: StepScheduler): Promise<ReadResult | null> {
  return runStepsSliced(readArticleSteps(doc, url), scheduler);
}

/**
 * The page's whole text as its article, when the user asks to analyse a page on which no reader
 * found one ("analyse anyway"); null when the page has no text.
 */
export function readWholePage(doc: Document, url: string | null): ReadResult | null {
  try {
    const result = readPageBody(doc, url ? new URL(url) : null);
    return result && { ...result, article: { ...result.article, title: capTitle(result.article.title) } };
  } catch {
    return null;
  }
}

/**
 * The readers' steps in registry order; a reader that throws counts as "no article". When the
 * light DOM holds no article, the open shadow roots and same-origin frames are read
 * (nested-articles.ts).
 */
function* readArticleSteps(doc: Document, url: string | null): Steps<ReadResult | null> {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  const result = (yield* readDocumentSteps(doc, parsed)) ?? (yield* readNestedArticleSteps(doc, parsed, (frame) => readDocumentSteps(frame, parsed)));
  return result && { ...result, article: { ...result.article, title: capTitle(result.article.title) } };
}

/** The first registered reader's article on `doc`, read as if served from `url`. */
function* readDocumentSteps(doc: Document, url: URL | null): Steps<ReadResult | null> {
  for (const reader of readers) {
    if (!reader.matches(url, doc)) continue;
    try {
      const result = yield* reader.readSteps(doc, url);
      if (result && result.article.text.trim().length > 0) return result;
    } catch {
      // fall through to the next reader
    }
  }
  return null;
}

export type { ReadResult } from './reader';
export type { StepScheduler } from './steps';
