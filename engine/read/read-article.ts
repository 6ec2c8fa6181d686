/**
 * Reads the article of a page with the first reader that claims it. Order matters: site-specific
 * readers (WeChat) before the generic news reader, which claims every page.
 */
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
    return readPageBody(doc, url ? new URL(url) : null);
  } catch {
    return null;
  }
}

/** The readers' steps in registry order; a reader that throws counts as "no article". */
function* readArticleSteps(doc: Document, url: string | null): Steps<ReadResult | null> {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  for (const reader of readers) {
    if (!reader.matches(parsed, doc)) continue;
    try {
      const result = yield* reader.readSteps(doc, parsed);
      if (result && result.article.text.trim().length > 0) return result;
    } catch {
      // fall through to the next reader
    }
  }
  return null;
}

export type { ReadResult } from './reader';
export type { StepScheduler } from './steps';
