import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { CONTENT_TO_BACKGROUND_INPUTS, UI_TO_BACKGROUND_INPUTS, inputParser } from '../../messaging/schemas';
import { isContentScriptSender, isExtensionPageSender } from '../../messaging/senders';
import { packAnalysis } from '../../messaging/packed-analysis';
import { handleCalls } from '../../messaging/transport';
import { createAnalysisService } from './analysis-service';
import { reportPage } from './badge';
import { registerContextMenu } from './context-menu';
import type { createLibraryServices } from './library-services';
import { startSiteAccess } from './site-access';
import { registerSaveShortcut } from './save-shortcut';

export default defineBackground(() => {
  const analysis = createAnalysisService();
  // The library (Dexie and the storage code) is evaluated on its first use, not at every start of
  // the worker: the bundler inlines this import into the worker's one script as a module it
  // initialises on the first call (a service worker cannot fetch a module with import()).
  let library: Promise<ReturnType<typeof createLibraryServices>> | null = null;
  const libraryServices = () => (library ??= import('./library-services').then((m) => m.createLibraryServices()));
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  handleCalls(
    'content-to-background',
    { analyzeArticle: (input, sender) => packAnalysis(analysis.analyzeArticle(input, sender)), reportPage, stayWarm: () => analysis.stayWarm() },
    { accept: (sender) => isContentScriptSender(sender, self), parse: inputParser(CONTENT_TO_BACKGROUND_INPUTS) },
  );
  handleCalls(
    'ui-to-background',
    { saveClipping: async (input) => (await libraryServices()).saving.saveClipping(input) },
    { accept: (sender) => isExtensionPageSender(sender, self), parse: inputParser(UI_TO_BACKGROUND_INPUTS) },
  );
  registerContextMenu({
    drafts: { addFact: async (...args) => (await libraryServices()).drafts.addFact(...args) },
    clippings: { findByKey: async (key) => (await libraryServices()).clippings.findByKey(key) },
  });
  registerSaveShortcut({ savePageInTab: async (input) => (await libraryServices()).saving.savePageInTab(input) });
  startSiteAccess();
  // Warm the engine when the browser or the extension starts, or when a reader's page keeps the
  // worker running (stayWarm), not on every start of the worker: a worker woken by a page's article
  // (Chromium stops it after 30 s idle) analyses that page first instead of making it wait behind a
  // sample article.
  browser.runtime.onStartup.addListener(() => analysis.warmUp());
  browser.runtime.onInstalled.addListener(() => analysis.warmUp());
  // Bench builds only: the end of the worker's start (its bundle evaluated, listeners registered).
  if (import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:worker-ready');
});
