/**
 * What the page controller knows about the page: the article as last read and analysed, when a
 * newer read is the same article, and what the popup is shown of it (snapshot, selection).
 */
import { anchorsAreAttached, offsetOfPoint, type TextMap } from '../../engine/read/text-map';
import type { ReadResult } from '../../engine/read/read-article';
import type { Analysis } from '../../engine/types';
import type { PageSnapshot, SelectionSpan } from '../../messaging/protocol';
import { madeRangeOf, type PaintedFact } from './highlighter';

const EXCERPT_LENGTH = 280;

/** The state of the page as last read and analysed. */
export interface PageState {
  read: ReadResult | null;
  analysis: Analysis | null;
}

/** What makes an article the same one as before: its text and its address. */
export interface ArticleKey {
  text: string;
  url: string;
}

/**
 * "Is this still the same article?" Compares the strings themselves: a hash of the text cost a
 * cold character loop (1–2 ms on a fresh page, on the way to the worker) and could collide.
 */
export function isSameArticle(previous: ArticleKey | null, next: ArticleKey): boolean {
  return previous !== null && previous.url === next.url && previous.text === next.text;
}

/**
 * Whether the article as read and painted is still in the document. Single-page sites re-render in
 * place, often only the paragraphs between a kept headline and a kept footer, so every block the
 * map is anchored on is checked, and every node a painted range holds (a site may re-render a
 * block's children and keep the block). `isConnected` is a flag read; the map keeps a block per
 * few dozen text nodes, and a windowed paint has made a few hundred ranges.
 */
export function mapIsAttached(map: TextMap, painted: readonly PaintedFact[] = []): boolean {
  if (!anchorsAreAttached(map)) return false;
  for (const item of painted) {
    const range = madeRangeOf(item);
    if (range && !(range.startContainer.isConnected && range.endContainer.isConnected)) return false;
  }
  return true;
}

/**
 * The text without its first line when that line is the headline: the popup shows the title above
 * the excerpt, and readers keep the headline in the text so its facts are highlighted.
 */
export function textAfterHeadline(text: string, title: string | null): string {
  const lineEnd = text.indexOf('\n');
  if (!title || lineEnd < 0) return text;
  const first = text.slice(0, lineEnd).trim();
  return first.length > 0 && first === title.trim() ? text.slice(lineEnd + 1) : text;
}

/** The page snapshot the popup shows. */
export function snapshotOf(state: PageState): PageSnapshot | { noArticle: true } {
  if (!state.read || !state.analysis) return { noArticle: true };
  return {
    article: state.read.article,
    excerpt: textAfterHeadline(state.read.article.text, state.read.article.title).slice(0, EXCERPT_LENGTH),
    analysis: state.analysis,
  };
}

/** The selection as article offsets, when it lies inside the article. */
export function selectionSpanOf(state: PageState, selection: Selection | null): SelectionSpan | null {
  if (!state.read || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const map = state.read.map;
  const start = offsetOfPoint(map, range.startContainer, range.startOffset);
  const end = offsetOfPoint(map, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  let s = start;
  let e = end;
  while (s < e && /\s/.test(map.text[s])) s++;
  while (e > s && /\s/.test(map.text[e - 1])) e--;
  if (s === e) return null;
  return { text: map.text.slice(s, e), start: s, end: e };
}

