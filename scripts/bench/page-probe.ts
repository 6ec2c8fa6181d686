/**
 * The page probe: our reader, engine and highlighter bundled as one IIFE and injected into a
 * benchmark page (main world), so each part is timed in the page itself, beside the peers.
 * Test-only instrumentation: it is never part of the extension.
 */
import { analyzeArticle } from '../../engine/analyze-article';
import { readArticle, type ReadResult } from '../../engine/read/read-article';
import { locateSpan } from '../../engine/read/text-map';
import type { Analysis } from '../../engine/types';
import { paintHighlights, warmHighlights } from './probe-highlight';

/** A fixed clock: the engine is given its world, and the benchmark must be repeatable. */
const NOW = new Date('2026-01-01T00:00:00Z');

let read: ReadResult | null = null;
let analysis: Analysis | null = null;

function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** Parents whose text mark.js skips (its DOMIterator's default exclusions). */
const MARKJS_SKIPPED = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);

const probe = {
  /** The floor: a TreeWalker over every text node of the page. */
  floor(): number {
    return timed(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let length = 0;
      while (walker.nextNode()) length += (walker.currentNode as Text).data.length;
      return length;
    }).ms;
  },
  /** Reads the article as the content script does. */
  read(): { ms: number; textLength: number } {
    const { ms, value } = timed(() => readArticle(document, location.href));
    read = value;
    return { ms, textLength: value?.article.text.length ?? 0 };
  },
  /** Runs the engine on the article read last. */
  analyze(): { ms: number; facts: number; isIncident: boolean } {
    if (!read) return { ms: Number.NaN, facts: 0, isIncident: false };
    const article = read.article;
    const { ms, value } = timed(() => analyzeArticle(article, { now: NOW }));
    analysis = value;
    return { ms, facts: value.facts.length, isIncident: value.incident.isIncident };
  },
  /** The article text read last (for the Node figures and the peers). */
  articleJson(): string | null {
    return read ? JSON.stringify(read.article) : null;
  },
  /** Readies the Highlight API, as the content script does while the worker analyses. */
  warmHighlight(): number {
    return timed(() => warmHighlights(document)).ms;
  },
  /** Paints our highlights for the facts found last; resolves with the total time, slices included. */
  async highlight(): Promise<{ ms: number; ranges: number }> {
    if (!read || !analysis) return { ms: Number.NaN, ranges: 0 };
    const t0 = performance.now();
    const ranges = await paintHighlights(document, read.map, analysis.facts);
    return { ms: performance.now() - t0, ranges };
  },
  /** Removes our highlights. */
  clearHighlights(): void {
    for (const key of [...CSS.highlights.keys()]) if (String(key).startsWith('incident-lens')) CSS.highlights.delete(key);
  },
  /** The facts' DOM ranges as mark.js `markRanges` offsets over the body's text (not timed). */
  markjsRanges(): { start: number; length: number }[] {
    if (!read || !analysis) return [];
    const offsets = new Map<Node, number>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let total = 0;
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (node.parentNode && MARKJS_SKIPPED.has(node.parentNode.nodeName)) continue;
      offsets.set(node, total);
      total += node.data.length;
    }
    const ranges: { start: number; length: number }[] = [];
    for (const fact of analysis.facts) {
      const points = locateSpan(read.map, fact);
      if (!points) continue;
      const start = offsets.get(points.startNode);
      const end = offsets.get(points.endNode);
      if (start === undefined || end === undefined) continue;
      const from = start + points.startOffset;
      const to = end + points.endOffset;
      if (to > from) ranges.push({ start: from, length: to - from });
    }
    return ranges;
  },
};

(globalThis as unknown as { __incidentLensBench: typeof probe }).__incidentLensBench = probe;
