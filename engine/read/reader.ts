/** The article-reader interface: one reader per file, listed in `read-article.ts`. */
import type { ArticleText } from '../types';
import type { Steps } from './steps';
import type { TextMap } from './text-map';

/** What a reader returns: the article and the map from its text back to the DOM. */
export interface ReadResult {
  article: ArticleText;
  /** `map.text === article.text`. */
  map: TextMap;
}

/** A reader for one kind of page. */
export interface ArticleReader {
  name: string;
  /** Whether this reader is responsible for the page at `url` (null when the URL is unknown). */
  matches(url: URL | null, doc: Document): boolean;
  /** Reads the article, or null when the page holds none. Must not throw on any document. */
  read(doc: Document, url: URL | null): ReadResult | null;
  /** `read` in steps that pause every few dozen nodes (for time-sliced reading in the page). */
  readSteps(doc: Document, url: URL | null): Steps<ReadResult | null>;
}
