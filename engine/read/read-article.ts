/**
 * Reads the article of a page with the first reader that claims it. Order matters: site-specific
 * readers (WeChat) before the generic news reader, which claims every page.
 */
import { newsReader } from './news-reader';
import type { ArticleReader, ReadResult } from './reader';
import { wechatReader } from './wechat-reader';

/** The readers, most specific first. */
export const readers: readonly ArticleReader[] = [wechatReader, newsReader];

/**
 * The article on `doc` (served from `url`), or null when the page holds none.
 * Never throws: a reader that fails on a malformed page counts as "no article".
 */
export function readArticle(doc: Document, url: string | null): ReadResult | null {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  for (const reader of readers) {
    if (!reader.matches(parsed, doc)) continue;
    try {
      const result = reader.read(doc, parsed);
      if (result && result.article.text.trim().length > 0) return result;
    } catch {
      // fall through to the next reader
    }
  }
  return null;
}

export type { ReadResult } from './reader';
