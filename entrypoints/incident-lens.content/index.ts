import { defineContentScript } from 'wxt/utils/define-content-script';
// The light highlight sheet, put in place by the browser before the page is first styled, so a
// paint needs no document-wide restyle (static-highlight-sheet.ts).
import './static-highlights.css';

/** Resolves in a later task (scheduler.yield where it exists), so the script's own task ends at once. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

// The first stage of two (first-stage.ts): it reads the article and checks the cue words; the
// second stage (../incident-lens-page.ts) is loaded only on pages that need it. This bundle uses
// the browser's own extension API, not the polyfill, and WXT's wrapper does not run: `main` is
// called without WXT's context (wxt.config.ts, `minimalContentScriptEntry`).
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
   * The script's own task, which every listed page pays for, only schedules: everything else,
   * the extension API included, starts in the next task. The first stage's module is imported
   * here, not above, so the bundler wraps it in a function evaluated only then (its constants,
   * regexes and classes are not built in this task). The returned promise is the script's
   * result: an injecting popup (`scripting.executeScript`) waits for it, so its call comes after
   * the stage's listener is in place.
   */
  main() {
    // Benchmark hook (scripts/bench/pipeline.ts): only in `npm run bench` builds, so pages
    // never see the extension's marks in their performance timeline.
    if (import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:start');
    return nextTask()
      .then(() => Promise.all([import('./first-stage'), import('./sealed-context')]))
      .then(([{ startFirstStage }, { createSealedContext }]) => startFirstStage(() => createSealedContext({ noScriptStartedPostMessage: true }), window));
  },
});
