/**
 * The probe's highlighting: the content script's own highlighter, created and run exactly as the
 * page controller does, so the figure covers building the Highlight objects and ranges and
 * registering them, time-sliced work included.
 */
import type { TextMap } from '../../engine/read/text-map';
import type { Fact } from '../../engine/types';
import { createHighlighter, highlightWorldOf, warmHighlightApi } from '../../entrypoints/incident-lens.content/highlighter';

/**
 * Readies the page's Highlight API as the page controller does while the worker analyses (before
 * the answer, so off the paint's path); timed on its own, so the warm-up is reported, not hidden.
 */
export function warmHighlights(doc: Document): void {
  warmHighlightApi(highlightWorldOf(doc.defaultView as Window & typeof globalThis));
}

/** Paints `facts` on `doc`'s window; resolves with the number of painted facts. */
export async function paintHighlights(doc: Document, map: TextMap, facts: readonly Fact[]): Promise<number> {
  const win = doc.defaultView as Window & typeof globalThis;
  const highlighter = createHighlighter(highlightWorldOf(win), map);
  await highlighter.paint(facts);
  return highlighter.painted().length;
}
