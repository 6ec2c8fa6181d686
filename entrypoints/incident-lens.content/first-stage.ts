/**
 * The content script's first stage, the part every listed page loads: read the article, check the
 * cue words, and stop there when the page has none (most pages of a news site). Nothing else of the
 * extension is loaded on such a page: no classifier screen, highlighter, overlay or messaging
 * polyfill (the stage uses the browser's own extension API; README Performance). The second stage
 * (page-controller.ts and what it paints with) is loaded only when it is needed:
 *
 * - the article has an incident cue: the article goes to the worker at once, and the second stage,
 *   loaded meanwhile, takes the read and the worker's answer over;
 * - the popup calls: the call waits for the second stage, which answers it (on-demand analysis);
 * - the page changes (late fill, single-page navigation) and the new read has a cue.
 *
 * A page without cues is reported to the badge (an article, not an incident) once the site switch
 * is known, as before.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticleSliced, readWholePage, type ReadResult, type StepScheduler } from '../../engine/read/read-article';
import type { Envelope } from '../../messaging/protocol';
import { isExtensionPageSender } from '../../messaging/senders';
import { sendToBackground } from '../../messaging/transport';
import { isSiteOff } from '../../storage/site-preferences';
import { watchArticle } from './article-watcher';
import { hasIncidentCue } from './has-incident-cue';
import { loadSecondStage, type HandOver, type SecondStage } from './second-stage';
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
 * (the popup may inject the script where it already runs) is stopped first.
 */
export function startFirstStage(ctx: ContentScriptContext, win: Window & typeof globalThis): void {
  const holder = globalThis as typeof globalThis & { [RUNNING_KEY]?: RunningScript };
  holder[RUNNING_KEY]?.stop();
  const doc = win.document;
  const scheduler: StepScheduler = { now: () => performance.now(), yieldToLoop: yieldToEventLoop };
  // The site switch is one storage round trip: read it beside the article, never before: it must not delay the first task.
  const siteCheck: Promise<boolean> = isSiteOff(win.location.href).catch(() => false);

  let latest: ReadResult | null = null;
  /** The read in flight, and whether another was asked for meanwhile. */
  let reading: Promise<void> | null = null;
  let readAgain = false;
  let second: Promise<SecondStage> | null = null;
  let lastReport = '';
  let settledOnce = false;

  // One watcher for both stages: the second takes its changes over (HandOver.watch).
  let onChange: () => void = () => void check();
  const watcher = watchArticle(ctx, doc, () => onChange());

  /** Loads the second stage (once) and hands it the latest read; `analysis` is the worker's answer already asked for. */
  const handOver = (analysis?: HandOver['analysis']): Promise<SecondStage> => {
    second ??= (async () => {
      while (reading) await reading;
      const start = await loadSecondStage((path) => browser.runtime.getURL(path));
      if (import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:second-stage');
      return start(ctx, win, {
        read: latest,
        analysis,
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

  /** A page without cues: the badge hears "an article, not an incident" (or "no article") unless the site is off. */
  const settle = (read: ReadResult | null) => {
    if (!settledOnce && import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:no-incident');
    settledOnce = true;
    void siteCheck.then((isOff) => {
      const payload = { isArticle: read !== null, isIncident: false, factCount: 0 };
      const key = JSON.stringify(payload);
      if (isOff || second || latest !== read || key === lastReport) return;
      lastReport = key;
      void sendToBackground('content-to-background', 'reportPage', payload);
    });
  };

  /** Reads the page (time-sliced); hands over when its article has an incident cue, settles it otherwise. */
  const check = async (): Promise<void> => {
    if (second || ctx.isInvalid) return;
    if (reading) {
      readAgain = true;
      return;
    }
    reading = readArticleSliced(doc, win.location.href, scheduler).then((read) => {
      latest = read;
    });
    try {
      await reading;
    } finally {
      reading = null;
    }
    if (second || ctx.isInvalid) return;
    const read = latest;
    if (read && hasIncidentCue(read.article.title, read.article.text)) {
      // The worker starts on the article while the second stage loads.
      void handOver(sendToBackground('content-to-background', 'analyzeArticle', { article: read.article }));
      return;
    }
    settle(read);
    if (readAgain) {
      readAgain = false;
      void check();
    }
  };

  // Only the extension's own pages and worker call the page; the browser fills in the sender.
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const onMessage = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (!isPopupCall(message)) return undefined;
    if (!isExtensionPageSender(sender, extension)) {
      sendResponse({ ok: false, error: 'Refused: popup-to-content calls are not accepted from this sender.' });
      return undefined;
    }
    handOver()
      .then((stage) => stage.answer(message, sender))
      .then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    // The answer comes later (the browser's own API, without the polyfill: sendResponse, not a promise).
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);

  const stop = () => {
    watcher.stop();
    browser.runtime.onMessage.removeListener(onMessage);
    void second?.then((stage) => stage.stop());
    if (holder[RUNNING_KEY] === running) delete holder[RUNNING_KEY];
  };
  const running: RunningScript = { stop };
  holder[RUNNING_KEY] = running;
  ctx.onInvalidated(stop);

  void check();
}
