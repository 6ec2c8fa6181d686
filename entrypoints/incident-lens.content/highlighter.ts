/**
 * Paints facts on the page. With the CSS Custom Highlight API (the default) each category is one
 * `Highlight` registered as `incident-lens-<category>` in `CSS.highlights` (DESIGN.md), built from
 * StaticRanges: the page's nodes and text are not touched. Where the API is missing, facts are
 * wrapped in `<mark data-incident-lens>` and unwrapped again by `clear()` (mark-fallback.ts).
 * Range construction is time-sliced so a 1 MB article never blocks the main thread (issue 4), and
 * a paint of thousands of facts registers only a window of them around the viewport, the facts in
 * view first (paint-window.ts).
 */
import { locateSegments, pointsOf, type DomPoints, type SegmentSpan, type TextMap } from '../../engine/read/text-map';
import { FACT_CATEGORIES, type Fact, type FactCategory } from '../../engine/types';
import { articleOffsetOf, factsAt, indexFacts, indexSegments, type FactIndex, type SegmentIndex } from './fact-index';
import { FOCUS_HIGHLIGHT, highlightName, UNAFFECTED_HIGHLIGHT } from './highlight-styles';
import { MarkLog, wrapFact } from './mark-fallback';
import { factsInView, needsRecentre, windowAround, WINDOW_CAP, WINDOWED_FROM, type IndexSpan } from './paint-window';
import { runTimeSliced, yieldToNextFrame, type SliceOptions } from './time-sliced';

/** One fact as painted: its position in the painted list and the range it covers. */
export interface PaintedFact {
  fact: Fact;
  /** Position among painted facts, in article order. */
  order: number;
  /** The fact's DOM range (first to last character). */
  range: AbstractRange;
  /** The marks holding it (fallback only). */
  marks: HTMLElement[];
  start: number;
  end: number;
}

/** The StaticRange init of DOM points. */
function rangeInit(points: DomPoints): StaticRangeInit {
  return { startContainer: points.startNode, startOffset: points.startOffset, endContainer: points.endNode, endOffset: points.endOffset };
}

/**
 * A painted fact of a windowed paint: its nodes are found and its range made on first use. On a
 * page of 20,000 facts only the few hundred registered around the reader (and the few probed for
 * the viewport) ever need one, and making them all was most of the paint's time and a good part of
 * its garbage; holding their nodes kept a DOM wrapper alive for each (text-map.ts).
 */
class WindowedFact implements PaintedFact {
  order = 0;
  readonly marks: HTMLElement[] = [];
  readonly start: number;
  readonly end: number;
  /** The range once made (null before). */
  made: AbstractRange | null = null;

  constructor(
    readonly fact: Fact,
    private readonly map: TextMap,
    private readonly located: SegmentSpan,
    private readonly createRange: HighlightWorld['createRange'],
  ) {
    this.start = fact.start;
    this.end = fact.end;
  }

  get range(): AbstractRange {
    // A fact whose nodes the page no longer has as read gets an empty range on the article's first anchor: nothing is painted.
    const points = this.made ? null : pointsOf(this.map, this.located);
    const anchor = this.map.anchors[0];
    this.made ??= this.createRange(points ? rangeInit(points) : { startContainer: anchor, startOffset: 0, endContainer: anchor, endOffset: 0 });
    return this.made;
  }
}

/** The range of a painted fact if it was made (a windowed fact's range is made on first use). */
export function madeRangeOf(item: PaintedFact): AbstractRange | null {
  return item instanceof WindowedFact ? item.made : item.range;
}

/** Whether painted facts are already in article order (the worker sends them so): then no sort. */
function inArticleOrder(items: readonly PaintedFact[]): boolean {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/** What the highlighter needs from the page's world; `highlightWorldOf(window)` in the browser. */
export interface HighlightWorld {
  doc: Document;
  /** `CSS.highlights`, or null where the API is missing (then marks are used). */
  registry: Map<string, unknown> | null;
  /** `new Highlight(...ranges)`. */
  createHighlight: (ranges: AbstractRange[]) => unknown & { add(range: AbstractRange): unknown };
  /** A range that does not follow DOM changes (StaticRange where available). */
  createRange: (init: StaticRangeInit) => AbstractRange;
}

/** The world of a real window. */
export function highlightWorldOf(win: Window & typeof globalThis): HighlightWorld {
  const css = win.CSS as unknown as { highlights?: Map<string, unknown> } | undefined;
  const HighlightCtor = (win as unknown as { Highlight?: new (...ranges: AbstractRange[]) => { add(r: AbstractRange): unknown } }).Highlight;
  const hasApi = Boolean(css?.highlights && HighlightCtor);
  return {
    doc: win.document,
    registry: hasApi ? css!.highlights! : null,
    createHighlight: (ranges) => new HighlightCtor!(...ranges),
    createRange: (init) => new win.StaticRange(init),
  };
}

/**
 * Makes painting ready without painting anything: on a fresh page Blink's first StaticRange and
 * Highlight, and the first run of the paint path's own code (compiled lazily), cost 0.3–0.5 ms
 * (issue 6). The content script calls this while the worker analyses, so the paint after the
 * answer does not pay it. It is a dry paint of one fact per category on detached text nodes into a
 * private registry: the page's registry and DOM are not touched.
 */
export function warmHighlightApi(world: HighlightWorld): void {
  if (!world.registry) return;
  // Like a reader's map: segments mapped verbatim and through node offsets, over two text nodes,
  // and facts of several categories, one of them crossing from one node into the next.
  const { text, split } = DRY_RUN;
  const block = world.doc.createElement('p');
  block.append(text.slice(0, split), text.slice(split));
  const length = text.length;
  const map: TextMap = {
    text,
    segments: {
      length: 2,
      start: Int32Array.of(0, split),
      end: Int32Array.of(split, length),
      nodeStart: Int32Array.of(0, 0),
      anchor: Int32Array.of(0, 0),
      pathAt: Int32Array.of(0, 1),
      pathLength: Int32Array.of(1, 1),
      offsetsAt: Int32Array.of(-1, 0),
      offsets: Int32Array.from({ length: length - split + 1 }, (_, i) => i),
    },
    anchors: [block],
    paths: Int32Array.of(0, 1),
  };
  const dry = new Map<string, unknown>();
  void createHighlighter({ ...world, registry: dry }, map)
    .paint(DRY_RUN.facts)
    .then(() => {
      // The page registry's first use costs too; a highlight of a detached node paints nothing,
      // and it is removed in the same task.
      for (const [name, highlight] of dry) {
        world.registry!.set(`${name}-warm-up`, highlight);
        world.registry!.delete(`${name}-warm-up`);
      }
    });
}

/**
 * The dry paint's text and facts. Each kind of step the real paint takes runs before it: node
 * offsets, ranges across nodes, every category, facts of several shapes. Measured on the seed's
 * first paint: 0.19–0.2 ms after a dry run of one fact on one verbatim segment, 0.155–0.16 ms with
 * node offsets, 0.125–0.135 ms as here.
 */
const DRY_RUN_TEXT = 'Incident Lens';
/** Where the dry text is split between its two nodes: after "Incident ". */
const DRY_RUN_SPLIT = 9;
const DRY_RUN: { text: string; split: number; facts: Fact[] } = {
  text: DRY_RUN_TEXT,
  split: DRY_RUN_SPLIT,
  // In the first node, in the second, and across both.
  facts: FACT_CATEGORIES.map((category, k): Fact => {
    const [start, end] = [[0, DRY_RUN_SPLIT - 1], [DRY_RUN_SPLIT, DRY_RUN_TEXT.length], [0, DRY_RUN_TEXT.length]][k % 3];
    const fact: Fact = { category, text: DRY_RUN_TEXT.slice(start, end), start, end, value: 'x' };
    // Facts from the worker come in several shapes (with an id, with attrs).
    if (k % 2) fact.id = 'x';
    if (k % 3 === 1) fact.attrs = { zh: 'x' };
    return fact;
  }),
};

/** How a paint runs: its time slicing, and who hears that the facts in view are painted. */
export interface PaintOptions extends SliceOptions {
  /** Called once the facts in the viewport are painted (before the rest, on a windowed paint). */
  onFirstScreen?: () => void;
}

/** The highlighter of one read article. */
export interface Highlighter {
  readonly mode: 'highlight-api' | 'marks';
  /** Paints `facts` (replacing earlier ones); resolves false when `isCancelled` stopped it. */
  paint(facts: readonly Fact[], options?: PaintOptions): Promise<boolean>;
  /** The painted facts in article order. */
  painted(): readonly PaintedFact[];
  /** Shows or hides one category. */
  setCategoryVisible(category: FactCategory, visible: boolean): void;
  /** Shows or hides every highlight (the legend's "hide on this page"). */
  setHidden(hidden: boolean): void;
  /** Marks the fact the card is about (or none). */
  setFocus(painted: PaintedFact | null): void;
  /** Painted facts touching a DOM point (a caret position), innermost first. */
  factsAtPoint(node: Node, offset: number): PaintedFact[];
  /** The painted fact a fallback mark belongs to. */
  factOfMark(el: Element): PaintedFact | null;
  /** Removes every highlight and gives the page back its nodes. */
  clear(): void;
}


/** Creates the highlighter for an article's TextMap. */
export function createHighlighter(world: HighlightWorld, map: TextMap): Highlighter {
  const { doc, registry } = world;
  const mode = registry ? 'highlight-api' : 'marks';
  const hiddenCategories = new Set<FactCategory>();
  let hidden = false;
  let painted: PaintedFact[] = [];
  /** Built on the first pointer lookup, not at paint: painting is on the page's critical path. */
  let byOffset: FactIndex<PaintedFact> | null = null;
  /** Whether anything is registered or marked, so a first paint skips the clean-up. */
  let dirty = false;
  let segmentIndex: SegmentIndex | null = null;
  const markOwner = new WeakMap<Element, PaintedFact>();
  let log = new MarkLog();
  let focused: PaintedFact | null = null;
  /** Highlights per category, built by paint (API mode). */
  let highlights = new Map<FactCategory, unknown & { add(range: AbstractRange): unknown }>();
  /** Services said to be unaffected, painted over the service highlight (API mode). */
  let unaffected: (unknown & { add(range: AbstractRange): unknown }) | null = null;

  /** The registered window of a windowed paint (null: every fact is registered). */
  let registered: IndexSpan | null = null;
  /** Stops following the viewport (a windowed paint listens to scrolling). */
  let stopFollowing: (() => void) | null = null;

  const syncRegistry = () => {
    if (!registry) return;
    for (const category of FACT_CATEGORIES) {
      const highlight = highlights.get(category);
      if (highlight && !hidden && !hiddenCategories.has(category)) registry.set(highlightName(category), highlight);
      else registry.delete(highlightName(category));
    }
    const servicesShown = !hidden && !hiddenCategories.has('service');
    if (unaffected && servicesShown) registry.set(UNAFFECTED_HIGHLIGHT, unaffected);
    else registry.delete(UNAFFECTED_HIGHLIGHT);
  };

  /** The highlight of unaffected services: above the service colour where both cover the same text. */
  const createUnaffected = () => {
    const highlight = world.createHighlight([]);
    (highlight as { priority?: number }).priority = 1;
    return highlight;
  };

  /**
   * The highlights of one paint, built off the registry: one per category, plus the unaffected
   * services' (made on first use). `adopt` makes them the ones the registry shows.
   */
  const createHighlightSet = () => {
    const byCategory = new Map<FactCategory, unknown & { add(range: AbstractRange): unknown }>();
    let unaffectedServices: (unknown & { add(range: AbstractRange): unknown }) | null = null;
    return {
      add(fact: Fact, range: AbstractRange) {
        let highlight = byCategory.get(fact.category);
        if (!highlight) {
          highlight = world.createHighlight([]);
          byCategory.set(fact.category, highlight);
        }
        highlight.add(range);
        if (fact.category === 'service' && fact.attrs?.status === 'unaffected') (unaffectedServices ??= createUnaffected()).add(range);
      },
      adopt() {
        highlights = byCategory;
        unaffected = unaffectedServices;
      },
    };
  };

  /** Registers painted facts [start, end) only: one Highlight per category, one registry change each. */
  const registerSpan = (span: IndexSpan) => {
    const next = createHighlightSet();
    for (let i = span.start; i < span.end; i++) next.add(painted[i].fact, painted[i].range);
    next.adopt();
    registered = span;
    syncRegistry();
  };

  /** The painted facts in the viewport (a live Range per probe: StaticRange has no geometry). */
  const paintedInView = (): IndexSpan => {
    const view = doc.defaultView;
    const probe = doc.createRange();
    return factsInView(
      painted.length,
      (i) => {
        const { range } = painted[i];
        try {
          probe.setStart(range.startContainer, range.startOffset);
          probe.setEnd(range.endContainer, range.endOffset);
        } catch {
          return null; // the page removed or shortened the node since the paint
        }
        const rect = probe.getBoundingClientRect();
        return rect.width === 0 && rect.height === 0 ? null : { top: rect.top, bottom: rect.bottom };
      },
      view?.innerHeight ?? 0,
    );
  };

  /** Moves the registered window when scrolling brings the viewport near its edge (once per frame). */
  const followViewport = () => {
    const view = doc.defaultView;
    if (!view) return;
    let pending = false;
    const onScroll = () => {
      if (pending) return;
      pending = true;
      view.requestAnimationFrame(() => {
        pending = false;
        if (!registered) return;
        const inView = paintedInView();
        if (needsRecentre(inView, registered, painted.length)) registerSpan(windowAround(inView, painted.length, WINDOW_CAP));
      });
    };
    view.addEventListener('scroll', onScroll, { passive: true });
    stopFollowing = () => view.removeEventListener('scroll', onScroll);
  };

  const syncMarks = () => {
    for (const item of painted) {
      const off = hidden || hiddenCategories.has(item.fact.category);
      for (const mark of item.marks) {
        // The category attribute is what the page sheet colours; renaming it switches the colour off.
        mark.dataset.incidentLens = off ? `${item.fact.category}-off` : item.fact.category;
      }
    }
  };

  const clearFocus = () => {
    if (registry) registry.delete(FOCUS_HIGHLIGHT);
    for (const mark of focused?.marks ?? []) delete mark.dataset.incidentLensFocus;
    focused = null;
  };

  const clear = () => {
    if (!dirty) return;
    dirty = false;
    registered = null;
    stopFollowing?.();
    stopFollowing = null;
    clearFocus();
    if (registry) {
      for (const category of FACT_CATEGORIES) registry.delete(highlightName(category));
      registry.delete(UNAFFECTED_HIGHLIGHT);
    }
    highlights = new Map();
    unaffected = null;
    log.undo();
    log = new MarkLog();
    painted = [];
    byOffset = null;
  };

  const paintWithApi = async (facts: Fact[], options: SliceOptions, windowed: boolean) => {
    const built: PaintedFact[] = [];
    const next = createHighlightSet();
    const done = await runTimeSliced(
      facts.length,
      (i) => {
        const fact = facts[i];
        const located = locateSegments(map, fact);
        if (!located) return;
        // A windowed paint builds its highlights from the window, after sorting, and makes ranges as they are needed.
        if (windowed) {
          built.push(new WindowedFact(fact, map, located, world.createRange));
          return;
        }
        const points = pointsOf(map, located);
        if (!points) return;
        const range = world.createRange(rangeInit(points));
        built.push({ fact, order: 0, range, marks: [], start: fact.start, end: fact.end });
        next.add(fact, range);
      },
      options,
    );
    if (!done) return false;
    next.adopt();
    return built;
  };

  const paintWithMarks = async (facts: Fact[], options: SliceOptions) => {
    const built: PaintedFact[] = [];
    // Last fact first, and no fact overlapping one already wrapped: see wrapFact.
    const descending = [...facts].sort((a, b) => b.start - a.start || a.end - b.end);
    let lowestStart = Infinity;
    const done = await runTimeSliced(
      descending.length,
      (i) => {
        const fact = descending[i];
        if (fact.end > lowestStart) return;
        const marks = wrapFact(doc, map, fact, log);
        if (marks.length === 0) return;
        lowestStart = fact.start;
        const range = world.createRange({
          startContainer: marks[0],
          startOffset: 0,
          endContainer: marks[marks.length - 1],
          endOffset: marks[marks.length - 1].childNodes.length,
        });
        built.push({ fact, order: 0, range, marks, start: fact.start, end: fact.end });
      },
      options,
    );
    if (!done) {
      // A cancelled fallback paint must not leave half the marks behind.
      log.undo();
      log = new MarkLog();
      return false;
    }
    return built;
  };

  return {
    mode,
    async paint(facts, options = {}) {
      clear();
      // From here a cancelled or finished run may have left something to clear.
      dirty = true;
      const valid = facts.filter((f) => f.end > f.start && f.start >= 0 && f.end <= map.text.length);
      const windowed = valid.length >= WINDOWED_FROM;
      const built = registry ? await paintWithApi(valid, options, windowed) : await paintWithMarks(valid, options);
      if (!built) return false;
      // A sort of 20,000 facts is a long task of its own; the worker's facts come sorted.
      if (!inArticleOrder(built)) built.sort((a, b) => a.start - b.start || a.end - b.end);
      built.forEach((item, order) => {
        item.order = order;
        for (const mark of item.marks) markOwner.set(mark, item);
      });
      painted = built;
      byOffset = null;
      dirty = true;
      if (!registry) {
        syncMarks();
        options.onFirstScreen?.();
        return true;
      }
      if (!windowed) {
        syncRegistry();
        options.onFirstScreen?.();
        return true;
      }
      // Thousands of ranges: what is in view first, then the window around it a frame later.
      const inView = paintedInView();
      registerSpan(inView);
      options.onFirstScreen?.();
      await (options.yieldToFrame ?? yieldToNextFrame)();
      if (options.isCancelled?.() || painted !== built) return false;
      registerSpan(windowAround(paintedInView(), built.length, WINDOW_CAP));
      followViewport();
      // Resolve once the window's frame has rendered: its pre-paint re-validates every registered
      // range, and the caller's next step (the legend: a new layer, a layout of the page) in the
      // same frame made the extension's longest task on the 200,000-element page.
      await (options.yieldToFrame ?? yieldToNextFrame)();
      return !options.isCancelled?.() && painted === built;
    },
    painted: () => painted,
    setCategoryVisible(category, visible) {
      if (visible) hiddenCategories.delete(category);
      else hiddenCategories.add(category);
      if (registry) syncRegistry();
      else syncMarks();
    },
    setHidden(value) {
      hidden = value;
      if (hidden) clearFocus();
      if (registry) syncRegistry();
      else syncMarks();
    },
    setFocus(item) {
      clearFocus();
      if (!item || hidden) return;
      focused = item;
      dirty = true;
      if (registry) registry.set(FOCUS_HIGHLIGHT, world.createHighlight([item.range]));
      for (const mark of item.marks) mark.dataset.incidentLensFocus = '';
    },
    factsAtPoint(node, offset) {
      segmentIndex ??= indexSegments(map);
      const at = articleOffsetOf(segmentIndex, node, offset);
      if (at === null) return [];
      byOffset ??= indexFacts(painted);
      return factsAt(byOffset, at).filter((item) => !hidden && !hiddenCategories.has(item.fact.category));
    },
    factOfMark(el) {
      const mark = el.closest('mark[data-incident-lens]');
      const item = mark ? markOwner.get(mark) ?? null : null;
      return item && !hidden && !hiddenCategories.has(item.fact.category) ? item : null;
    },
    clear,
  };
}
