/**
 * The content script's second stage: what a page gets once the first stage found an article that
 * can be an incident (or the popup asked). Has the background analyse the article, settles near
 * misses with the local classifier screen while the worker's answer is on its way (articles the
 * first stage did not screen), has the fact painter paint incident articles, keeps up with late-filled and single-page articles and answers the popup. The site
 * switch, read by the first stage beside the article, is awaited before anything is painted
 * (README Performance).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReadResult, StepScheduler } from '../../engine/read/read-article';
import type { Fact } from '../../engine/types';
import { requestAnalysis } from '../../messaging/request-analysis';
import { isExtensionPageSender } from '../../messaging/senders';
import { createCallListener, sendToBackground } from '../../messaging/transport';
import { siteKeyOf, watchOffSites } from '../../storage/site-preferences';
import { createReanalysisGate, isMaterialChange, rebaseFacts } from './article-change';
import { createFactPainter } from './fact-painter';
import { isSameArticle, mapIsAttached, selectionSpanOf, snapshotOf, type ArticleKey, type PageState } from './page-state';
import type { HandOver, SecondStage } from './second-stage';
import { yieldToEventLoop } from './time-sliced';

/** What the first stage already did for its read: the worker's answer asked for, the screen's verdict. */
type Asked = Pick<HandOver, 'analysis' | 'possible'>;

/** Benchmark hook (scripts/bench/pipeline.ts; bench builds only): the verdict is in. */
function markVerdict(painted: boolean): void {
  if (import.meta.env.WXT_BENCH_MARKS) performance.mark(painted ? 'incident-lens:painted' : 'incident-lens:no-incident');
}

/**
 * Starts the page controller on the first stage's hand-over: analyses its read (no second read),
 * then follows the page. Stopped by the first stage (a re-injection) or when the context goes.
 */
export function startPageController(ctx: ContentScriptContext, win: Window & typeof globalThis, handOver: HandOver): SecondStage {
  const doc = win.document;
  const { reader, screen, siteCheck: firstSiteCheck } = handOver;

  let state: PageState = { read: null, analysis: null };
  let articleKey: ArticleKey | null = null;
  /** The article key `state` belongs to (while an analysis is in flight, `state` is the previous article's). */
  let stateKey: ArticleKey | null = null;
  /** The analysis in flight or done for the current article. */
  let analysed: Promise<PageState> | null = null;
  let generation = 0;
  let siteOff = false;
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

  const watcher = handOver.watch(() => void refresh());
  const painter = createFactPainter(ctx, win, watcher);

  const siteCheck: Promise<boolean> = firstSiteCheck.then((isOff) => {
    siteOff = isOff;
    if (isOff) painter.clear();
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

  /** Paints `facts` on `read` unless the site is off or a newer article came meanwhile. */
  const paint = (read: ReadResult, facts: readonly Fact[], gen: number): Promise<boolean> => {
    if (siteOff) {
      painter.clear();
      return Promise.resolve(false);
    }
    return painter.paint(read, facts, () => gen !== generation);
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
  const afterRead = (read: ReadResult | null, force: boolean, asked?: Asked): Promise<PageState> => {
    if (!read) {
      if (state.read) {
        painter.clear();
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
    painter.clear();
    onDemand = null;
    if (!reader.hasIncidentCue(read.article.title, read.article.text)) {
      // No incident cue at all: no worker round trip, no paint; getPage analyses on demand.
      return settleWithoutAnalysis({ read, analysis: null }, force);
    }
    analysed = analyse(read, gen, force, asked);
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
    if (stateKey !== articleKey || !from || mapIsAttached(from.map, painter.painted())) return;
    if (!analysis) {
      state = { ...state, read };
      return;
    }
    const rebased = { ...analysis, facts: rebaseFacts(analysis.facts, from.article.text, read.article.text), textLength: read.article.text.length };
    // The popup may have painted edited facts (showFacts): those follow the page, not the engine's.
    const painted = painter.painted();
    const shown = painted.length > 0 ? rebaseFacts(painted.map((p) => p.fact), from.article.text, read.article.text) : rebased.facts;
    state = { read, analysis: rebased };
    if (analysis.incident.isIncident) void paint(read, shown, generation);
  };

  /** Sends the article to the worker and paints an incident's facts once the site switch allows. */
  const analyse = async (read: ReadResult, gen: number, force: boolean, asked?: Asked): Promise<PageState> => {
    const reply = asked?.analysis ?? requestAnalysis(read.article);
    // While the worker analyses, the engine's classifier runs here with a victim assumed: an upper
    // bound of the worker's score (engine/classify/screen-incident.ts). Its "no" is the worker's
    // verdict too, so a near miss is settled now and no highlight work is prepared for it; the
    // worker's answer still comes, for the popup. A headline that names an incident and no near
    // miss skips it: there the screen almost never says no, and its 4–5 ms on a fresh page would
    // only hold up the page's first layout, which the worker's answer waits behind.
    const possible = asked?.possible ?? (screen.headlineNamesIncident(read.article.title) || screen.couldBeIncident(read.article));
    if (!possible) markVerdict(false);
    // The tone's style read, the sheet's parse and the page's style recalc after adopting it
    // (24 ms on a 1 MB page) happen while the worker is busy, not after its answer. The sheet
    // alone changes nothing on screen; it waits for the site switch and goes again when the
    // verdict is "no incident".
    else {
      void siteCheck.then((isOff) => {
        if (isOff || gen !== generation || ctx.isInvalid) return;
        painter.prepare();
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
    if (!painted) painter.dropSheetIfUnpainted();
    // The badge can wait for the highlights.
    if (!siteOff || force) report(next);
    return next;
  };

  /** Runs `read` (the page's read, time-sliced), then analyses and paints when the article is new. */
  const afterReading = (read: () => Promise<ReadResult | null>, force: boolean, asked?: Asked): Promise<PageState> => {
    const run = (async () => {
      let result: ReadResult | null;
      try {
        result = await read();
      } finally {
        // Never left set, or every later refresh would wait on a read that is over.
        reading = null;
      }
      if (ctx.isInvalid) return state;
      const next = afterRead(result, force, asked);
      if (readAgain) {
        readAgain = false;
        void refresh();
      }
      return next;
    })();
    reading = run;
    return run;
  };

  /** Reads the page again, then analyses and paints when the article is new. `force` reads even on an off site (popup). */
  const refresh = (force = false): Promise<PageState> | null => {
    if (ctx.isInvalid || (siteOff && !force)) return reading ?? analysed;
    if (reading) {
      // One read at a time; a change noticed meanwhile is read again right after.
      readAgain = true;
      return reading;
    }
    return afterReading(() => reader.readArticleSliced(doc, win.location.href, scheduler), force);
  };

  /** The analysis of the current article, asked for on demand when the pre-screen skipped it. */
  const analyseOnDemand = (from: PageState): Promise<PageState> => {
    if (!from.read || from.analysis || from !== state) return Promise.resolve(from);
    onDemand ??= analyse(from.read, generation, true);
    analysed = onDemand;
    return onDemand;
  };

  // Only the extension's own pages and worker ask the page; the browser fills in the sender. The
  // first stage's runtime listener hands their calls over here.
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const answer = createCallListener('popup-to-content', {
    // The popup may ask before the first analysis is back: answer when it is.
    getPage: async ({ anyway }) => {
      let page = await (reading ?? analysed ?? refresh(true) ?? Promise.resolve(state));
      if (anyway && !page.read) {
        // The user asked: the whole page's text stands in for the article no reader found.
        const whole = reader.readWholePage(doc, win.location.href);
        if (whole) page = await afterRead(whole, true);
      }
      return snapshotOf(await analyseOnDemand(page));
    },
    revealFact: (span) => painter.reveal(state.read, span),
    getSelection: () => selectionSpanOf(state, doc.getSelection()),
    // The popup's edited facts replace the engine's on the page.
    showFacts: async ({ facts }) => {
      if (!state.read) return;
      await paint(state.read, facts, generation);
    },
  }, { accept: (sender) => isExtensionPageSender(sender, extension) });

  const stopWatchingOff = watchOffSites((list) => {
    const key = siteKeyOf(win.location.href);
    const nowOff = key !== null && list.includes(key);
    if (nowOff === siteOff) return;
    siteOff = nowOff;
    if (siteOff) painter.clear();
    else {
      articleKey = null;
      analysed = null;
      void refresh();
    }
  });

  const stop = () => {
    generation++;
    watcher.stop();
    stopWatchingOff();
    painter.stop();
  };
  ctx.onInvalidated(stop);

  // The first stage's read (with the worker's answer it asked for and the screen's verdict): taken as they are.
  void afterReading(() => Promise.resolve(handOver.read), false, handOver);
  return { answer, stop };
}
