import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFirstStage } from './first-stage';
import { createSealedContext } from './sealed-context';
// The light highlight sheet, put in place by the browser before the page is first styled, so a
// paint needs no document-wide restyle (static-highlight-sheet.ts).
import './static-highlights.css';

// The first stage of two (first-stage.ts): it reads the article and checks the cue words; the
// second stage (../incident-lens-page.ts) is loaded only on pages that need it. This bundle uses
// the browser's own extension API, not the polyfill (wxt.config.ts).
export default defineContentScript({
  // WeChat articles; the news list (storage/news-sites.ts) is added to the manifest by wxt.config.ts:
  // named here, it would be bundled into the script every listed page compiles and evaluates in its
  // first task, where it is never read.
  matches: ['*://mp.weixin.qq.com/s*'],
  runAt: 'document_idle',
  // WXT's legacy window.postMessage announcement is visible to the page and, measured, costs 2–3 ms
  // per page (Chromium captures a stack for it); its DOM-event announcement is kept.
  noScriptStartedPostMessage: true,
  // WXT's own context stops when the page dispatches its "newer script started" event: the page
  // controller runs on a sealed one instead (sealed-context.ts).
  main() {
    // Benchmark hook (scripts/bench/pipeline.ts): only in `npm run bench` builds, so pages
    // never see the extension's marks in their performance timeline.
    if (import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:start');
    // The context is made in the stage's next task: this one only schedules (first-stage.ts).
    startFirstStage(() => createSealedContext({ noScriptStartedPostMessage: true }), window);
  },
});
