import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { CONTENT_TO_BACKGROUND_INPUTS, UI_TO_BACKGROUND_INPUTS, inputParser } from '../../messaging/schemas';
import { isContentScriptSender, isExtensionPageSender } from '../../messaging/senders';
import { packAnalysis } from '../../messaging/packed-analysis';
import { handleCalls } from '../../messaging/transport';
import { createClippingRepository } from '../../storage/clipping-repository';
import { openDatabase } from '../../storage/database';
import { createDraftRepository } from '../../storage/draft-repository';
import { createIncidentRepository } from '../../storage/incident-repository';
import { createAnalysisService, warmUpEngine } from './analysis-service';
import { reportPage } from './badge';
import { registerContextMenu } from './context-menu';
import { createSaveService } from './save-service';
import { startSiteAccess } from './site-access';
import { registerSaveShortcut } from './save-shortcut';

export default defineBackground(() => {
  const analysis = createAnalysisService();
  const db = openDatabase();
  const clippings = createClippingRepository(db);
  const drafts = createDraftRepository(db);
  const saving = createSaveService(clippings, drafts, undefined, createIncidentRepository(db));
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  handleCalls(
    'content-to-background',
    { analyzeArticle: (input, sender) => packAnalysis(analysis.analyzeArticle(input, sender)), reportPage },
    { accept: (sender) => isContentScriptSender(sender, self), parse: inputParser(CONTENT_TO_BACKGROUND_INPUTS) },
  );
  handleCalls(
    'ui-to-background',
    { saveClipping: saving.saveClipping },
    { accept: (sender) => isExtensionPageSender(sender, self), parse: inputParser(UI_TO_BACKGROUND_INPUTS) },
  );
  registerContextMenu({ drafts, clippings });
  registerSaveShortcut(saving);
  startSiteAccess();
  // Warm the engine when the browser or the extension starts, not on every start of the worker:
  // a worker woken by a page's message (Chromium stops it after 30 s idle) analyses that page
  // first instead of making it wait behind a sample article.
  browser.runtime.onStartup.addListener(() => warmUpEngine());
  browser.runtime.onInstalled.addListener(() => warmUpEngine());
  // Bench builds only: the end of the worker's start (its bundle evaluated, listeners registered).
  if (import.meta.env.WXT_BENCH_MARKS) performance.mark('incident-lens:worker-ready');
});
