/**
 * Everything the page shows of an analysis: the highlights of one paint, the highlight sheet for
 * the page's tone, the legend and hover card (made on first need, in an idle moment after the
 * paint), next/previous, hiding and per-category toggles, the reader's pointer and Escape key, and
 * scrolling to a fact the popup names. The page controller decides what to paint and when.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReadResult } from '../../engine/read/read-article';
import { locateSpan } from '../../engine/read/text-map';
import type { Fact, FactCategory } from '../../engine/types';
import type { ArticleWatcher } from './article-watcher';
import { contentLanguage, localStrings } from './content-strings';
import { adoptSheet, createHighlightSheet, readPageTone, type PageTone } from './highlight-styles';
import { createHighlighter, highlightWorldOf, warmHighlightApi, type Highlighter, type PaintedFact } from './highlighter';
import { countByCategory, countUnaffected, stepFact } from './legend-counts';
import { createOverlay, type Overlay } from './overlay';
import { liveRangeOf, trackPointer } from './pointer-tracker';
import { hasStaticLightSheet } from './static-highlight-sheet';
import { yieldToNextFrame } from './time-sliced';

/** The page's view of the facts; one per controller. */
export interface FactPainter {
  /**
   * Paints `facts` on `read`'s article (replacing any earlier paint); the legend follows in an idle
   * moment. Resolves true when painted; false when there is nothing to paint, the article cannot be
   * painted here (a frame's) or `isCancelled` turned true meanwhile.
   */
  paint(read: ReadResult, facts: readonly Fact[], isCancelled: () => boolean): Promise<boolean>;
  /** Reads the tone, adopts the highlight sheet and warms the Highlight API while the worker analyses. */
  prepare(): void;
  /** Removes the highlights, the legend and the card. */
  clear(): void;
  /** Drops the adopted sheet when nothing is painted (a "no incident" verdict). */
  dropSheetIfUnpainted(): void;
  /** The facts painted now, in article order (none without a paint). */
  painted(): readonly PaintedFact[];
  /** Scrolls to the article span and shows its card (or selects it when it is not painted); false when it is not in the article. */
  reveal(read: ReadResult | null, span: { start: number; end: number }): boolean;
  /** Stops the pointer and key listeners' effects and removes everything. */
  stop(): void;
}

/** The live range of an article span: the painted fact's range when there is one, else from the map. */
function rangeOfSpan(doc: Document, read: ReadResult | null, painted: readonly PaintedFact[], span: { start: number; end: number }): Range | null {
  const item = painted.find((p) => p.start === span.start && p.end === span.end);
  if (item) return liveRangeOf(doc, item);
  if (!read) return null;
  const points = locateSpan(read.map, span);
  if (!points) return null;
  const range = doc.createRange();
  range.setStart(points.startNode, points.startOffset);
  range.setEnd(points.endNode, points.endOffset);
  return range;
}

/** Scrolls a range to the middle of the viewport at once (so its rect is right straight after). */
function scrollToRange(doc: Document, range: Range): DOMRect {
  const view = doc.defaultView!;
  const rect = range.getBoundingClientRect();
  view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
  return range.getBoundingClientRect();
}

/** The fact painter of one page; `watcher` keeps the fallback's own DOM edits from looking like article changes. */
export function createFactPainter(ctx: ContentScriptContext, win: Window & typeof globalThis, watcher: Pick<ArticleWatcher, 'quietly'>): FactPainter {
  const doc = win.document;
  let highlighter: Highlighter | null = null;
  let overlay: Overlay | null = null;
  /** Whether the current overlay's legend was drawn (its host is shown before it). */
  let legendDrawn = false;
  let tone: PageTone | null = null;
  /** Removes the adopted highlight sheet; null while none is adopted. */
  let dropSheet: (() => void) | null = null;
  /** The adopted highlight sheet, also adopted by a shadow root that holds the article. */
  let sheet: CSSStyleSheet | null = null;
  const off = new Set<FactCategory>();
  let hidden = false;
  let current = -1;

  const clear = () => {
    if (highlighter) watcher.quietly(() => highlighter!.clear());
    highlighter = null;
    overlay?.remove();
    overlay = null;
    legendDrawn = false;
    current = -1;
  };

  /**
   * The legend overlay of the current paint, created (with its legend) on first need, and put
   * back (a bounded number of times) when the page removed it; null when it stays out.
   */
  const ensureOverlay = (): Overlay | null => {
    const shown = showOverlayHost();
    if (shown && !legendDrawn) renderLegend();
    return shown;
  };

  /**
   * The overlay with its legend not drawn yet: its host (a new layer in the top layer) costs a
   * layout from the page's root, so it is shown in a frame of its own, and the legend, drawn
   * later, lays out the host's own box alone (overlay.ts).
   */
  const showOverlayHost = (): Overlay | null => {
    if (!highlighter || ctx.isInvalid) return null;
    overlay ??= createOverlay(doc, tone ?? 'light', localStrings, handlers, contentLanguage());
    return overlay.attach() ? overlay : null;
  };

  /**
   * Shows the overlay of `painted`'s paint: its host in an idle moment after the paint, and its
   * legend in an idle moment a frame after that. On the 200,000-element page host and legend in
   * one frame cost about both; the host in the first screen's frame added a 30 ms CPU style pass
   * to it; and shown at the first frame after the paint, the host's frame often took the steps of
   * a garbage collection the paint had started (49-62 ms CPU). A hover or the popup may need the
   * overlay sooner: then it is made there (ensureOverlay).
   */
  const showOverlayAfter = (painted: Highlighter) => {
    const whenIdle = (step: () => void) => {
      if (typeof win.requestIdleCallback === 'function') ctx.requestIdleCallback(step, { timeout: 250 });
      else ctx.setTimeout(step, 0);
    };
    whenIdle(() => {
      if (highlighter !== painted) return;
      showOverlayHost();
      void yieldToNextFrame().then(() =>
        whenIdle(() => {
          if (highlighter === painted) ensureOverlay();
        }),
      );
    });
  };

  const renderLegend = () => {
    if (!overlay || !highlighter) return;
    legendDrawn = true;
    const items = highlighter.painted();
    overlay.renderLegend({ counts: countByCategory(items), unaffected: countUnaffected(items), off, hidden, current, total: items.length });
  };

  const showCurrent = () => {
    const legend = ensureOverlay();
    if (!highlighter || !legend) return;
    const item = highlighter.painted()[current];
    if (!item) return;
    highlighter.setFocus(item);
    const rect = scrollToRange(doc, liveRangeOf(doc, item));
    legend.showCard(item.fact, rect);
  };

  const handlers = {
    onToggleCategory(category: FactCategory, visible: boolean) {
      if (visible) off.delete(category);
      else off.add(category);
      highlighter?.setCategoryVisible(category, visible);
      overlay?.hideCard();
      renderLegend();
    },
    onStep(direction: 1 | -1) {
      if (!highlighter) return;
      current = stepFact(highlighter.painted(), off, current, direction);
      renderLegend();
      showCurrent();
    },
    onHide(value: boolean) {
      hidden = value;
      highlighter?.setHidden(value);
      overlay?.hideCard();
      renderLegend();
    },
  };

  /** Reads the page's tone and adopts the highlight sheet for it, once (unless the static light sheet serves). */
  const adoptSheetOnce = () => {
    tone ??= readPageTone(doc);
    if (dropSheet) return;
    // The sheet is built either way: an article in a shadow root adopts it there (canPaint), where
    // the static sheet of the document does not reach. Only adopting it restyles the document.
    sheet = createHighlightSheet(doc, tone);
    dropSheet = tone === 'light' && hasStaticLightSheet(doc) ? () => undefined : adoptSheet(doc, sheet);
  };

  /**
   * Whether `read` can be painted here: an article in the document, or in an open shadow root of
   * it, which gets the highlight sheet too (document styles do not reach into a shadow tree). An
   * article read from a same-origin frame lives in another document: read and analysed, not painted.
   */
  const canPaint = (read: ReadResult): boolean => {
    const root = read.map.anchors[0]?.getRootNode();
    if (!root || root === doc) return true;
    if (!(root instanceof win.ShadowRoot) || root.ownerDocument !== doc) return false;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
      const added = sheet;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, added];
      const dropDocumentSheet = dropSheet;
      dropSheet = () => {
        dropDocumentSheet?.();
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== added);
      };
    }
    return true;
  };

  const paint = async (read: ReadResult, facts: readonly Fact[], isCancelled: () => boolean): Promise<boolean> => {
    clear();
    if (facts.length === 0) return false;
    adoptSheetOnce();
    if (!canPaint(read)) return false;
    const next = createHighlighter(highlightWorldOf(win), read.map);
    highlighter = next;
    for (const category of off) next.setCategoryVisible(category, false);
    next.setHidden(hidden);
    const done = await watcher.quietly(() =>
      next.paint(facts, {
        isCancelled: () => isCancelled() || ctx.isInvalid || highlighter !== next,
        // Benchmark hook (scripts/bench/huge-page.ts; bench builds only): the facts in view are painted.
        onFirstScreen: () => import.meta.env.WXT_BENCH_MARKS && performance.mark('incident-lens:first-screen'),
      }),
    );
    if (!done || highlighter !== next) return false;
    showOverlayAfter(next);
    return true;
  };

  const reveal = (read: ReadResult | null, span: { start: number; end: number }): boolean => {
    const range = rangeOfSpan(doc, read, highlighter?.painted() ?? [], span);
    if (!range) return false;
    const rect = scrollToRange(doc, range);
    const item = highlighter?.painted().find((p) => p.start === span.start && p.end === span.end);
    const legend = item ? ensureOverlay() : null;
    if (item && legend) {
      current = item.order;
      highlighter!.setFocus(item);
      legend.showCard(item.fact, rect);
      renderLegend();
    } else {
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return true;
  };

  trackPointer(
    ctx,
    doc,
    () => (hidden ? null : highlighter),
    (hit) => {
      if (!highlighter) return;
      if (!hit) {
        overlay?.hideCard();
        highlighter.setFocus(current >= 0 ? highlighter.painted()[current] ?? null : null);
        return;
      }
      const legend = ensureOverlay();
      if (!legend) return;
      highlighter.setFocus(hit.item);
      legend.showCard(hit.item.fact, hit.rect);
    },
    (target) => overlay !== null && target === overlay.host,
  );

  // Escape puts the card away, whether it came from hovering or from the legend's next/previous;
  // a key event the page made up (untrusted) does not.
  ctx.addEventListener(doc, 'keydown', (event: Event) => {
    if (!event.isTrusted || (event as KeyboardEvent).key !== 'Escape' || !overlay || !highlighter) return;
    overlay.hideCard();
    highlighter.setFocus(null);
  });

  const dropSheetNow = () => {
    dropSheet?.();
    dropSheet = null;
  };

  return {
    paint,
    prepare() {
      adoptSheetOnce();
      warmHighlightApi(highlightWorldOf(win));
      // The first i18n lookup of a content script waits for the extension's messages (a round
      // trip to the browser): done while the worker analyses, not in the legend's task.
      ctx.requestIdleCallback(() => void localStrings('legendTitle'), { timeout: 1000 });
    },
    clear,
    dropSheetIfUnpainted() {
      if (!highlighter) dropSheetNow();
    },
    painted: () => highlighter?.painted() ?? [],
    reveal,
    stop() {
      clear();
      dropSheetNow();
    },
  };
}
