/**
 * The content script's work on one page: read the article, have the background analyse it, paint
 * the facts of incident articles, keep up with late-filled and single-page articles, and answer
 * the popup. Non-article and non-incident pages stop after the read and one message: no highlight
 * work, no UI. Pages whose text holds no incident cue stop after the read (the popup
 * asks for their analysis on demand); near misses are settled by the local classifier screen while
 * the worker's answer is on its way. The site switch is read in parallel with the read and the
 * analysis, and nothing is painted before it is known; the read is time-sliced and the legend is
 * built in an idle moment after the highlights (README Performance).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { couldBeIncident, headlineNamesIncident } from '../../engine/classify/screen-incident';
import { readArticleSliced, readWholePage, type ReadResult, type StepScheduler } from '../../engine/read/read-article';
import { locateSpan, offsetOfPoint, type TextMap } from '../../engine/read/text-map';
import type { Analysis, Fact, FactCategory } from '../../engine/types';
import type { PageSnapshot, SelectionSpan } from '../../messaging/protocol';
import { isExtensionPageSender } from '../../messaging/senders';
import { handleCalls, sendToBackground } from '../../messaging/transport';
import { isSiteOff, siteKeyOf, watchOffSites } from '../../storage/site-preferences';
import { createReanalysisGate, isMaterialChange, rebaseFacts } from './article-change';
import { watchArticle } from './article-watcher';
import { contentLanguage, localStrings } from './content-strings';
import { adoptSheet, createHighlightSheet, readPageTone, type PageTone } from './highlight-styles';
import { createHighlighter, highlightWorldOf, warmHighlightApi, type Highlighter, type PaintedFact } from './highlighter';
import { hasIncidentCue } from './has-incident-cue';
import { createOverlay, type CategoryCount, type Overlay } from './overlay';
import { liveRangeOf, trackPointer } from './pointer-tracker';
import { hasStaticLightSheet } from './static-highlight-sheet';
import { yieldToEventLoop } from './time-sliced';

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
 * Whether every node of a map is still in the document. Single-page sites re-render in place, often
 * only the paragraphs between a kept headline and a kept footer, so every node is checked
 * (`isConnected` is a flag read; a 1 MB article has a few thousand text nodes).
 */
function mapIsAttached(map: TextMap): boolean {
  for (const segment of map.segments) if (!segment.node.isConnected) return false;
  return true;
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

/** The live range of an article span: the painted fact's range when there is one, else from the map. */
function rangeOfSpan(doc: Document, state: PageState, painted: readonly PaintedFact[], span: { start: number; end: number }): Range | null {
  const item = painted.find((p) => p.start === span.start && p.end === span.end);
  if (item) return liveRangeOf(doc, item);
  if (!state.read) return null;
  const points = locateSpan(state.read.map, span);
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

/**
 * Counts of painted facts per category: distinct values (what the popup lists, one row each) and
 * mentions (what is painted), so the legend and the popup say the same thing.
 */
export function countByCategory(items: readonly { fact: Pick<Fact, 'category' | 'value'> }[]): Map<FactCategory, CategoryCount> {
  const values = new Map<FactCategory, Set<string>>();
  const counts = new Map<FactCategory, CategoryCount>();
  for (const { fact } of items) {
    const seen = values.get(fact.category) ?? new Set<string>();
    seen.add(fact.value);
    values.set(fact.category, seen);
    const count = counts.get(fact.category) ?? { values: 0, mentions: 0 };
    counts.set(fact.category, { values: seen.size, mentions: count.mentions + 1 });
  }
  return counts;
}

/** Distinct services the article says were not affected. */
export function countUnaffected(items: readonly { fact: Pick<Fact, 'category' | 'value' | 'attrs'> }[]): number {
  return new Set(items.filter(({ fact }) => fact.category === 'service' && fact.attrs?.status === 'unaffected').map(({ fact }) => fact.value)).size;
}

/** The next visible fact from `current` in `direction`, wrapping round; -1 when none is visible. */
export function stepFact(items: readonly { fact: Pick<Fact, 'category'> }[], off: ReadonlySet<FactCategory>, current: number, direction: 1 | -1): number {
  const n = items.length;
  // With no current fact, "next" starts at the first and "previous" at the last.
  const from = current >= 0 ? current : direction === 1 ? -1 : n;
  for (let k = 1; k <= n; k++) {
    const i = (((from + direction * k) % n) + n) % n;
    if (!off.has(items[i].fact.category)) return i;
  }
  return -1;
}

/** Key on the isolated world's global: the running controller, so a second injection replaces it cleanly. */
const RUNNING_KEY = '__incidentLensController';

interface RunningController {
  stop(): void;
}

/**
 * Starts the page controller. Idempotent per page: a controller already running in this isolated
 * world (the popup may inject the script where it already runs) is stopped first.
 */
export function startPageController(ctx: ContentScriptContext, win: Window & typeof globalThis): void {
  const holder = globalThis as typeof globalThis & { [RUNNING_KEY]?: RunningController };
  holder[RUNNING_KEY]?.stop();
  const doc = win.document;
  const strings = localStrings;

  let state: PageState = { read: null, analysis: null };
  let articleKey: ArticleKey | null = null;
  /** The article key `state` belongs to (while an analysis is in flight, `state` is the previous article's). */
  let stateKey: ArticleKey | null = null;
  /** The analysis in flight or done for the current article. */
  let analysed: Promise<PageState> | null = null;
  let generation = 0;
  let siteOff = false;
  let highlighter: Highlighter | null = null;
  let overlay: Overlay | null = null;
  let tone: PageTone | null = null;
  /** Removes the adopted highlight sheet; null while none is adopted. */
  let dropSheet: (() => void) | null = null;
  /** The adopted highlight sheet, also adopted by a shadow root that holds the article. */
  let sheet: CSSStyleSheet | null = null;
  const off = new Set<FactCategory>();
  let hidden = false;
  let current = -1;
  let lastReport = '';
  /** The read in flight, and whether another was asked for meanwhile. */
  let reading: Promise<PageState> | null = null;
  let readAgain = false;
  /** The on-demand analysis of a page the cue pre-screen let through unanalysed. */
  let onDemand: Promise<PageState> | null = null;
  /** Backoff of re-analyses of one address whose article keeps changing; a re-check waiting for it. */
  const gate = createReanalysisGate(() => performance.now());
  let recheckPending = false;
  const scheduler: StepScheduler = { now: () => performance.now(), yieldToLoop: yieldToEventLoop };
  // The site switch is one storage round trip: read it beside the article, never before: it must not delay the first task.
  const siteCheck: Promise<boolean> = isSiteOff(win.location.href)
    .catch(() => false)
    .then((isOff) => {
      siteOff = isOff;
      if (isOff) removePaint();
      return isOff;
    });

  const report = (next: PageState) => {
    const payload = {
      isArticle: next.read !== null,
      isIncident: next.analysis?.incident.isIncident ?? false,
      factCount: next.analysis?.facts.length ?? 0,
    };
    const key = JSON.stringify(payload);
    if (key === lastReport) return;
    lastReport = key;
    void sendToBackground('content-to-background', 'reportPage', payload);
  };

  const removePaint = () => {
    if (highlighter) watcher.quietly(() => highlighter!.clear());
    highlighter = null;
    overlay?.remove();
    overlay = null;
    current = -1;
  };

  /**
   * The legend overlay of the current paint, created (with its legend) on first need, and put
   * back (a bounded number of times) when the page removed it; null when it stays out.
   */
  const ensureOverlay = (): Overlay | null => {
    if (!highlighter || ctx.isInvalid) return null;
    if (!overlay) {
      overlay = createOverlay(doc, tone ?? 'light', strings, handlers, contentLanguage());
      renderLegend();
    }
    return overlay.attach() ? overlay : null;
  };

  const renderLegend = () => {
    if (!overlay || !highlighter) return;
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
    const root = read.map.segments[0]?.node.getRootNode();
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

  /**
   * Paints `facts` on the current article; the legend follows in an idle moment (it is not the
   * highlight work, and building it would delay the paint). Resolves true when painted.
   */
  const paint = async (read: ReadResult, facts: readonly Fact[], gen: number): Promise<boolean> => {
    removePaint();
    if (facts.length === 0 || siteOff) return false;
    adoptSheetOnce();
    if (!canPaint(read)) return false;
    const next = createHighlighter(highlightWorldOf(win), read.map);
    highlighter = next;
    for (const category of off) next.setCategoryVisible(category, false);
    next.setHidden(hidden);
    const done = await watcher.quietly(() =>
      next.paint(facts, {
        isCancelled: () => gen !== generation || ctx.isInvalid || highlighter !== next,
        // Benchmark hook (scripts/bench/huge-page.ts; bench builds only): the facts in view are painted.
        onFirstScreen: () => import.meta.env.WXT_BENCH_MARKS && performance.mark('incident-lens:first-screen'),
      }),
    );
    if (!done || highlighter !== next) return false;
    // A hover or the popup may need the overlay sooner: then it is made there (ensureOverlay).
    const showLegend = () => {
      if (highlighter === next) ensureOverlay();
    };
    if (typeof win.requestIdleCallback === 'function') ctx.requestIdleCallback(showLegend, { timeout: 250 });
    else ctx.setTimeout(showLegend, 0);
    return true;
  };

  /** Benchmark hook (scripts/bench/pipeline.ts; bench builds only): the verdict is in. */
  const markVerdict = (painted: boolean) => {
    if (import.meta.env.WXT_BENCH_MARKS) performance.mark(painted ? 'incident-lens:painted' : 'incident-lens:no-incident');
  };

  /** Settles a page that gets no analysis now (no article, or no incident cue): verdict and badge only. */
  const settleWithoutAnalysis = (next: PageState, force: boolean): Promise<PageState> => {
    state = next;
    stateKey = articleKey;
    analysed = Promise.resolve(next);
    markVerdict(false);
    void siteCheck.then(() => {
      if (state === next && (!siteOff || force)) report(next);
    });
    return analysed;
  };

  /** Handles a finished read: analyses and paints when the article is new. */
  const afterRead = (read: ReadResult | null, force: boolean): Promise<PageState> => {
    if (!read) {
      if (state.read) {
        removePaint();
        generation++;
      }
      articleKey = null;
      onDemand = null;
      return settleWithoutAnalysis({ read: null, analysis: null }, force);
    }
    const nextKey: ArticleKey = { text: read.article.text, url: win.location.href };
    if (analysed && articleKey?.url === nextKey.url) {
      // The same article, or one a live counter or a small edit changed: no new analysis, the
      // facts follow it. A material change waits for the backoff, then is analysed again.
      const material = !isSameArticle(articleKey, nextKey) && isMaterialChange(articleKey.text, nextKey.text);
      const wait = material ? gate.wait() : 0;
      if (!material || wait > 0) {
        follow(read);
        if (wait > 0 && !recheckPending) {
          recheckPending = true;
          ctx.setTimeout(() => {
            recheckPending = false;
            void refresh();
          }, wait);
        }
        return analysed;
      }
    }
    gate.analysed(articleKey?.url === nextKey.url);
    articleKey = nextKey;
    const gen = ++generation;
    removePaint();
    current = -1;
    onDemand = null;
    if (!hasIncidentCue(read.article.title, read.article.text)) {
      // No incident cue at all: no worker round trip, no paint; getPage analyses on demand.
      return settleWithoutAnalysis({ read, analysis: null }, force);
    }
    analysed = analyse(read, gen, force);
    return analysed;
  };

  /**
   * Moves the current analysis onto a newer read of the same article once the page re-rendered it
   * into new nodes: offsets shift past a changed region, facts inside it are dropped, and the
   * highlights are painted again on the new nodes. While the painted nodes are all still in place
   * the highlights hold, and the analysed read is kept with them (a counter's digits are only stale
   * in its map). An analysis still in flight paints the read it was asked for.
   */
  const follow = (read: ReadResult) => {
    const from = state.read;
    const analysis = state.analysis;
    if (stateKey !== articleKey || !from || mapIsAttached(from.map)) return;
    if (!analysis) {
      state = { ...state, read };
      return;
    }
    const rebased = { ...analysis, facts: rebaseFacts(analysis.facts, from.article.text, read.article.text), textLength: read.article.text.length };
    // The popup may have painted edited facts (showFacts): those follow the page, not the engine's.
    const shown = highlighter ? rebaseFacts(highlighter.painted().map((p) => p.fact), from.article.text, read.article.text) : rebased.facts;
    state = { read, analysis: rebased };
    if (analysis.incident.isIncident) void paint(read, shown, generation);
  };

  /** Sends the article to the worker and paints an incident's facts once the site switch allows. */
  const analyse = async (read: ReadResult, gen: number, force: boolean): Promise<PageState> => {
    const reply = sendToBackground('content-to-background', 'analyzeArticle', { article: read.article });
    // While the worker analyses, the engine's classifier runs here with a victim assumed: an upper
    // bound of the worker's score (engine/classify/screen-incident.ts). Its "no" is the worker's
    // verdict too, so a near miss is settled now and no highlight work is prepared for it; the
    // worker's answer still comes, for the popup. A headline that names an incident and no near
    // miss skips it: there the screen almost never says no, and its 4–5 ms on a fresh page would
    // only hold up the page's first layout, which the worker's answer waits behind.
    const possible = headlineNamesIncident(read.article.title) || couldBeIncident(read.article);
    if (!possible) markVerdict(false);
    // The tone's style read, the sheet's parse and the page's style recalc after adopting it
    // (24 ms on a 1 MB page) happen while the worker is busy, not after its answer. The sheet
    // alone changes nothing on screen; it waits for the site switch and goes again when the
    // verdict is "no incident".
    else {
      void siteCheck.then((isOff) => {
        if (isOff || gen !== generation || ctx.isInvalid) return;
        adoptSheetOnce();
        warmHighlightApi(highlightWorldOf(win));
      });
    }
    const answer = await reply;
    if (import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:answer');
    const next: PageState = { read, analysis: answer.ok ? answer.value : null };
    await siteCheck;
    if (gen !== generation || ctx.isInvalid) return next;
    state = next;
    stateKey = articleKey;
    const painted = Boolean(next.analysis?.incident.isIncident && !siteOff) && (await paint(read, next.analysis!.facts, gen));
    if (possible) markVerdict(painted);
    if (!painted && !highlighter) {
      dropSheet?.();
      dropSheet = null;
    }
    // The badge can wait for the highlights.
    if (!siteOff || force) report(next);
    return next;
  };

  /** Reads the page (time-sliced), then analyses and paints when the article is new. `force` reads even on an off site (popup). */
  const refresh = (force = false): Promise<PageState> | null => {
    if (ctx.isInvalid || (siteOff && !force)) return reading ?? analysed;
    if (reading) {
      // One read at a time; a change noticed meanwhile is read again right after.
      readAgain = true;
      return reading;
    }
    const run = (async () => {
      let read: ReadResult | null;
      try {
        read = await readArticleSliced(doc, win.location.href, scheduler);
      } finally {
        // Never left set, or every later refresh would wait on a read that is over.
        reading = null;
      }
      if (ctx.isInvalid) return state;
      const result = afterRead(read, force);
      if (readAgain) {
        readAgain = false;
        void refresh();
      }
      return result;
    })();
    reading = run;
    return run;
  };

  /** The analysis of the current article, asked for on demand when the pre-screen skipped it. */
  const analyseOnDemand = (from: PageState): Promise<PageState> => {
    if (!from.read || from.analysis || from !== state) return Promise.resolve(from);
    onDemand ??= analyse(from.read, generation, true);
    analysed = onDemand;
    return onDemand;
  };

  const watcher = watchArticle(ctx, doc, () => void refresh());

  // Only the extension's own pages and worker ask the page; the browser fills in the sender.
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const stopHandling = handleCalls('popup-to-content', {
    // The popup may ask before the first analysis is back: answer when it is.
    getPage: async ({ anyway }) => {
      let page = await (reading ?? analysed ?? refresh(true) ?? Promise.resolve(state));
      if (anyway && !page.read) {
        // The user asked: the whole page's text stands in for the article no reader found.
        const whole = readWholePage(doc, win.location.href);
        if (whole) page = await afterRead(whole, true);
      }
      return snapshotOf(await analyseOnDemand(page));
    },
    revealFact: (span) => {
      const range = rangeOfSpan(doc, state, highlighter?.painted() ?? [], span);
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
    },
    getSelection: () => selectionSpanOf(state, doc.getSelection()),
    // The popup's edited facts replace the engine's on the page.
    showFacts: async ({ facts }) => {
      if (!state.read) return;
      await paint(state.read, facts, generation);
    },
  }, { accept: (sender) => isExtensionPageSender(sender, extension) });

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

  const stopWatchingOff = watchOffSites((list) => {
    const key = siteKeyOf(win.location.href);
    const nowOff = key !== null && list.includes(key);
    if (nowOff === siteOff) return;
    siteOff = nowOff;
    if (siteOff) removePaint();
    else {
      articleKey = null;
      analysed = null;
      void refresh();
    }
  });

  const stop = () => {
    generation++;
    watcher.stop();
    stopHandling();
    stopWatchingOff();
    removePaint();
    dropSheet?.();
    dropSheet = null;
    if (holder[RUNNING_KEY] === running) delete holder[RUNNING_KEY];
  };
  const running: RunningController = { stop };
  holder[RUNNING_KEY] = running;
  ctx.onInvalidated(stop);

  void refresh();
}
