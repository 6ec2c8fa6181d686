/**
 * Notices when the article may have changed: WeChat fills and reveals #js_content late, and
 * single-page news sites swap articles without a reload. The MutationObserver callback
 * only (re)arms a timer — no DOM work happens inside it (uBO: "do not handle added nodes from
 * within the mutation observer"); the check runs once the page has been quiet for a moment, in an
 * idle callback. Only <body> is observed: the extension's own UI hangs off <html>, outside it,
 * and mutations inside its shadow root never reach a light-DOM observer.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Timing of the watcher. */
export interface WatchTiming {
  /** Quiet time after the last mutation before checking. */
  quietMs: number;
  /** Longest wait under a steady stream of mutations (tickers, ads). */
  maxWaitMs: number;
}

/** Default timing: a WeChat fill settles within a few hundred milliseconds. */
export const DEFAULT_WATCH_TIMING: WatchTiming = { quietMs: 500, maxWaitMs: 2500 };

/** A running watcher. */
export interface ArticleWatcher {
  /**
   * Runs `change` (the extension's own DOM edits: the marks fallback) without waking the watcher;
   * when it returns a promise, the watcher stays deaf until it settles.
   */
  quietly<T>(change: () => T): T;
  /** Asks for a check soon (e.g. after a location change). */
  poke(): void;
  stop(): void;
}

/**
 * Calls `onMaybeChanged` (in an idle moment) after the page's body changed or the location changed.
 * Everything is tied to `ctx`, so an invalidated script stops watching.
 */
export function watchArticle(
  ctx: ContentScriptContext,
  doc: Document,
  onMaybeChanged: () => void,
  timing: WatchTiming = DEFAULT_WATCH_TIMING,
): ArticleWatcher {
  const win = doc.defaultView!;
  let timer: number | null = null;
  let firstPending = 0;
  let stopped = false;

  const run = () => {
    timer = null;
    firstPending = 0;
    if (stopped) return;
    if (typeof win.requestIdleCallback === 'function') ctx.requestIdleCallback(() => !stopped && onMaybeChanged(), { timeout: 1000 });
    else onMaybeChanged();
  };

  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    if (timer !== null) {
      // Under a steady stream of mutations, do not postpone forever.
      if (now - firstPending >= timing.maxWaitMs) return;
      clearTimeout(timer);
    } else {
      firstPending = now;
    }
    timer = ctx.setTimeout(run, timing.quietMs);
  };

  let muted = 0;
  const observer = new win.MutationObserver(() => {
    if (muted === 0) schedule();
  });
  const observe = () => {
    if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'hidden', 'class'] });
  };
  observe();
  ctx.addEventListener(win, 'wxt:locationchange', schedule);
  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  };
  ctx.onInvalidated(stop);

  return {
    quietly(change) {
      muted++;
      const unmute = () => {
        // Drop the records of our own edits before the observer delivers them.
        observer.takeRecords();
        muted--;
      };
      let result: ReturnType<typeof change>;
      try {
        result = change();
      } catch (error) {
        unmute();
        throw error;
      }
      if (result instanceof Promise) {
        return result.finally(unmute) as ReturnType<typeof change>;
      }
      unmute();
      return result;
    },
    poke: schedule,
    stop,
  };
}
