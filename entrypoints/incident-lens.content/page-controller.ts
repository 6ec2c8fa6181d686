/**
 * The content script's work on one page: read the article, have the background analyse it,
 * and answer the popup. DOM reads only; painting is done by the highlighter.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticle, type ReadResult } from '../../engine/read/read-article';
import { locateSpan, offsetOfPoint } from '../../engine/read/text-map';
import type { Analysis } from '../../engine/types';
import type { PageSnapshot, SelectionSpan } from '../../messaging/protocol';
import { handleCalls, sendToBackground } from '../../messaging/transport';

const EXCERPT_LENGTH = 280;

/** The state of the page as last read and analysed. */
export interface PageState {
  read: ReadResult | null;
  analysis: Analysis | null;
}

/** Reads and analyses the page; never throws (a failure means "no article"). */
export async function analyzePage(doc: Document, url: string): Promise<PageState> {
  const read = readArticle(doc, url);
  if (!read) return { read: null, analysis: null };
  const reply = await sendToBackground('content-to-background', 'analyzeArticle', { article: read.article });
  return { read, analysis: reply.ok ? reply.value : null };
}

/** The page snapshot the popup shows. */
export function snapshotOf(state: PageState): PageSnapshot | { noArticle: true } {
  if (!state.read || !state.analysis) return { noArticle: true };
  return {
    article: state.read.article,
    excerpt: state.read.article.text.slice(0, EXCERPT_LENGTH),
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

/** Scrolls to the article span and selects it briefly so the user sees it. */
export function revealSpan(doc: Document, state: PageState, span: { start: number; end: number }): boolean {
  if (!state.read) return false;
  const points = locateSpan(state.read.map, span);
  if (!points) return false;
  const range = doc.createRange();
  range.setStart(points.startNode, points.startOffset);
  range.setEnd(points.endNode, points.endOffset);
  const target = points.startNode.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

/** Starts the page controller: analyse, report the badge, answer the popup. */
export async function startPageController(ctx: ContentScriptContext, doc: Document, url: string): Promise<void> {
  let state: PageState = { read: null, analysis: null };
  const analysed = analyzePage(doc, url);
  const stopHandling = handleCalls('popup-to-content', {
    // The popup may ask before the first analysis is back: answer when it is.
    getPage: async () => snapshotOf(await analysed),
    revealFact: (span) => revealSpan(doc, state, span),
    getSelection: () => selectionSpanOf(state, doc.getSelection()),
    showFacts: () => undefined,
  });
  ctx.onInvalidated(stopHandling);
  state = await analysed;
  if (ctx.isInvalid) return;
  await sendToBackground('content-to-background', 'reportPage', {
    isArticle: state.read !== null,
    isIncident: state.analysis?.incident.isIncident ?? false,
    factCount: state.analysis?.facts.length ?? 0,
  });
}
