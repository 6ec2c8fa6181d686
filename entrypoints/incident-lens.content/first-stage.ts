/**
 * The content script's first stage, the part every listed page loads: read the article, check the
 * cue words, and stop there when the page has none (most pages of a news site). Nothing else of the
 * extension is loaded on such a page: no classifier screen, highlighter, overlay or messaging
 * polyfill (the stage uses the browser's own extension API; README Performance). When the article
 * has an incident cue, it goes to the worker at once and the classifier screen and the second stage
 * (page-controller.ts and what it paints with) are loaded; a near miss is settled by the screen (the
 * worker's answer only goes to the badge) and the second stage is never started. The second stage
 * is started only when it is needed:
 *
 * - the screen lets the article through: the second stage takes the read and the worker's answer over;
 * - the popup calls: the call waits for the second stage, which answers it (on-demand analysis);
 * - the page changes (late fill, single-page navigation) and the new read is let through.
 *
 * Pages without cues and near misses are reported to the badge once the site switch is known, as before.
 *
 * The script's own first task (its evaluation, index.ts) only schedules this module's evaluation
 * for the next task, where it replaces a running copy, listens for the popup and begins: the
 * context, the site check, the watcher and the read, which goes on with the cue check in slices
 * that yield to the page (README Performance).
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticleSliced, readWholePage, type ReadResult, type StepScheduler } from '../../engine/read/read-article';
import { runStepsSliced } from '../../engine/read/steps';
import type { Envelope } from '../../messaging/protocol';
import { requestAnalysis } from '../../messaging/request-analysis';
import { isExtensionPageSender } from '../../messaging/senders';
import { sendToBackground } from '../../messaging/transport';
import { isSiteOff } from '../../storage/site-preferences';
import { watchArticle } from './article-watcher';
import { hasIncidentCue, incidentCueSteps } from './has-incident-cue';
import { keepWorkerWarm, pagePresenceHost } from './reader-presence';
import { loadScreen, loadSecondStage, type HandOver, type SecondStage, type UrlOf } from './second-stage';
import { yieldToEventLoop } from './time-sliced';

/** Key on the isolated world's global: the running script, so a second injection replaces it cleanly. */
const RUNNING_KEY = '__incidentLensController';

interface RunningScript {
  stop(): void;
}

/** Whether `message` is a call of the popup (or the worker) to this page. */
function isPopupCall(message: unknown): message is Envelope<'popup-to-content'> {
  const envelope = message as Partial<Envelope> | null;
  return typeof envelope === 'object' && envelope !== null && envelope.protocol === 'incident-lens/1' && envelope.direction === 'popup-to-content';
}

/**
 * Starts the first stage. Idempotent per page: a script already running in this isolated world
 * (the popup may inject the script where it already runs) is stopped first, then the popup's
 * listener is added and `makeContext` and the rest of the stage begin. Called in the task after
 * the script's own (index.ts), which only schedules.
 */
export function startFirstStage(makeContext: () => ContentScriptContext, win: Window & typeof globalThis): void {
  const holder = globalThis as typeof globalThis & { [RUNNING_KEY]?: RunningScript };
  holder[RUNNING_KEY]?.stop();
  let stopped = false;
  let stage: StartedStage | null = null;
  const started: Promise<StartedStage | null> = Promise.resolve().then(() => {
    if (!stopped) stage = beginFirstStage(makeContext(), win, () => stop());
    return stage;
  });

  // Only the extension's own pages and worker call the page; the browser fills in the sender.
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const onMessage = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (!isPopupCall(message)) return undefined;
    if (!isExtensionPageSender(sender, extension)) {
      sendResponse({ ok: false, error: 'Refused: popup-to-content calls are not accepted from this sender.' });
      return undefined;
    }
    started
      .then((begun) => {
        if (!begun) throw new Error('Incident Lens: the content script was stopped.');
        return begun.handOver();
      })
      .then((second) => second.answer(message, sender))
      .then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    // The answer comes later (the browser's own API, without the polyfill: sendResponse, not a promise).
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);

  const stop = () => {
    stopped = true;
    browser.runtime.onMessage.removeListener(onMessage);
    stage?.stop();
    if (holder[RUNNING_KEY] === running) delete holder[RUNNING_KEY];
  };
  const running: RunningScript = { stop };
  holder[RUNNING_KEY] = running;
}

/** The first stage once begun: what the popup's listener and `stop` reach. */
interface StartedStage {
  /** Loads the second stage (once) and hands it the latest read. */
  handOver(): Promise<SecondStage>;
  stop(): void;
}

/** Begins the first stage on `ctx` (the task after the script's own): site check, watcher, the read. */
function beginFirstStage(ctx: ContentScriptContext, win: Window & typeof globalThis, stopScript: () => void): StartedStage {
  const doc = win.document;
  const scheduler: StepScheduler = { now: () => performance.now(), yieldToLoop: yieldToEventLoop };
  // The site switch is one storage round trip: read it beside the article, never before: it must not delay the first task.
  const siteCheck: Promise<boolean> = isSiteOff(win.location.href).catch(() => false);

  const urlOf: UrlOf = (path) => browser.runtime.getURL(path);
  let latest: ReadResult | null = null;
  /** What was done for a read with cues: the worker's answer asked for, the screen's verdict. */
  let asked: { read: ReadResult; analysis: NonNullable<HandOver['analysis']>; possible?: boolean } | null = null;
  /** The read in flight, and whether another was asked for meanwhile. */
  let reading: Promise<void> | null = null;
  let readAgain = false;
  let second: Promise<SecondStage> | null = null;
  let lastReport = '';
  let settledOnce = false;

  // One watcher for both stages: the second takes its changes over (HandOver.watch).
  let onChange: () => void = () => void check();
  const watcher = watchArticle(ctx, doc, () => onChange());

  /** Loads the second stage (once) and hands it the latest read, with what was done for it. */
  const handOver = (): Promise<SecondStage> => {
    second ??= (async () => {
      while (reading) await reading;
      const [screen, start] = await Promise.all([loadScreen(urlOf), loadSecondStage(urlOf)]);
      if (import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:second-stage');
      const done = asked?.read === latest ? asked : null;
      return start(ctx, win, {
        read: latest,
        analysis: done?.analysis,
        possible: done?.possible,
        screen,
        siteCheck,
        reader: { readArticleSliced, readWholePage, hasIncidentCue },
        watch: (listener) => {
          onChange = listener;
          return watcher;
        },
      });
    })();
    return second;
  };

  /** Tells the badge what the page is, once per state, unless the site is off. */
  const report = (read: ReadResult | null, payload: { isArticle: boolean; isIncident: boolean; factCount: number }) => {
    void siteCheck.then((isOff) => {
      const key = JSON.stringify(payload);
      if (isOff || second || latest !== read || key === lastReport) return;
      lastReport = key;
      void sendToBackground('content-to-background', 'reportPage', payload);
    });
  };

  /** Benchmark hook (bench builds only): the first verdict is in. */
  const markVerdict = () => {
    if (!settledOnce && import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:no-incident');
    settledOnce = true;
  };

  /**
   * A near miss, settled by the screen: the worker's answer (asked for already) only goes to the
   * badge. Should the worker call it an incident after all, the second stage takes it over and paints.
   */
  const settleNearMiss = (read: ReadResult, analysis: NonNullable<HandOver['analysis']>) => {
    markVerdict();
    void analysis.then((answer) => {
      if (second || latest !== read) return;
      if (answer.ok && answer.value.incident.isIncident) void handOver();
      else report(read, { isArticle: true, isIncident: false, factCount: answer.ok ? answer.value.facts.length : 0 });
    });
  };

  /** Reads the page (time-sliced) and settles it: no cue, a near miss, or a hand-over to the second stage. */
  const check = async (): Promise<void> => {
    if (second || ctx.isInvalid) return;
    if (reading) {
      readAgain = true;
      return;
    }
    let cue = false;
    reading = readArticleSliced(doc, win.location.href, scheduler).then(async (read) => {
      latest = read;
      // Sliced like the read: a long article without cues is scanned without one long task.
      cue = read !== null && (await runStepsSliced(incidentCueSteps(read.article.title, read.article.text), scheduler));
    });
    try {
      await reading;
    } finally {
      reading = null;
    }
    if (second || ctx.isInvalid) return;
    const read = latest;
    if (read && cue) {
      // The worker starts on the article while the screen and the second stage load. Both load at
      // once: loading the second stage only after the screen's verdict put one more load in the way
      // of every incident page's paint (A/B under load: the seed page 1.7× slower to its paint); a
      // near miss pays for the second stage's evaluation in a task of its own, and never starts it.
      if (import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:asked');
      const analysis = requestAnalysis(read.article);
      asked = { read, analysis };
      loadSecondStage(urlOf).catch(() => undefined);
      const screen = await loadScreen(urlOf).catch(() => null);
      if (second || latest !== read || ctx.isInvalid) return;
      // A headline that names an incident and no near miss skips the screen: there it almost never
      // says no, and its work would only hold up the page.
      const possible = !screen || screen.headlineNamesIncident(read.article.title) || screen.couldBeIncident(read.article);
      asked = { read, analysis, possible };
      if (possible) {
        void handOver();
        return;
      }
      settleNearMiss(read, analysis);
    } else {
      markVerdict();
      report(read, { isArticle: read !== null, isIncident: false, factCount: 0 });
    }
    if (readAgain) {
      readAgain = false;
      void check();
    }
  };

  // A reader on this page keeps the worker warm for the next article (reader-presence.ts); MV3
  // only: Firefox's background page is never stopped when idle.
  let stopPresence: (() => void) | null = null;
  let stageStopped = false;
  if (import.meta.env.MANIFEST_VERSION === 3) {
    void siteCheck.then((isOff) => {
      if (isOff || ctx.isInvalid || stageStopped) return;
      stopPresence = keepWorkerWarm(pagePresenceHost(win, () => void sendToBackground('content-to-background', 'stayWarm', {})));
    });
  }

  ctx.onInvalidated(stopScript);
  void check();
  return {
    handOver,
    stop: () => {
      stageStopped = true;
      stopPresence?.();
      watcher.stop();
      void second?.then((stage) => stage.stop());
    },
  };
}
