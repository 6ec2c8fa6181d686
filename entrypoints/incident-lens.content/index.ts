import type Browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadFirstStage } from './second-stage';
// The light highlight sheet, put in place by the browser before the page is first styled, so a
// paint needs no document-wide restyle (static-highlight-sheet.ts).
import './static-highlights.css';

/** Resolves in a later task (scheduler.yield where it exists), so the script's own task ends at once. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The extension's address of `path` (a per-session one for `use_dynamic_url` resources), with the browser's own API. */
function extensionUrl(path: string): string {
  const scope = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
  return (scope.browser?.runtime ?? scope.chrome.runtime).getURL(path);
}

// The script the manifest runs on every listed page. It only schedules: a task later it imports
// the first stage (../incident-lens-first.ts → first-stage.ts), which reads the article and checks
// the cue words, and loads the second stage only on pages that need it (second-stage.ts). WXT's
// own wrapper does not run around it (wxt.config.ts, `minimalContentScriptEntry`).
export default defineContentScript({
  // WeChat articles; the news list (storage/news-sites.ts) is added to the manifest by wxt.config.ts:
  // named here, it would be bundled into the script every listed page compiles and evaluates in its
  // first task, where it is never read.
  matches: ['*://mp.weixin.qq.com/s*'],
  runAt: 'document_idle',
  // WXT's legacy window.postMessage announcement is visible to the page and, measured, costs 2–3 ms
  // per page (Chromium captures a stack for it); its DOM-event announcement is kept (sealed-context.ts).
  noScriptStartedPostMessage: true,
  /**
   * The script's own task, which every listed page pays for, compiles and runs only this: the
   * extension API, the first stage's script and everything else come in later tasks. The returned
   * promise is the script's result: an injecting popup (`scripting.executeScript`) waits for it,
   * so its call comes after the first stage's listener is in place.
   */
  main() {
    // Benchmark hook (scripts/bench/pipeline.ts): only in `npm run bench` builds, so pages
    // never see the extension's marks in their performance timeline.
    if (import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:start');
    return nextTask()
      .then(() => loadFirstStage(extensionUrl))
      .then((start) => start(window));
  },
});
