import { defineBackground } from 'wxt/utils/define-background';
import { handleCalls } from '../../messaging/transport';
import { createClippingRepository } from '../../storage/clipping-repository';
import { openDatabase } from '../../storage/database';
import { createDraftRepository } from '../../storage/draft-repository';
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
  const saving = createSaveService(clippings, drafts);
  handleCalls('content-to-background', {
    analyzeArticle: analysis.analyzeArticle,
    reportPage,
  });
  handleCalls('ui-to-background', { saveClipping: saving.saveClipping });
  registerContextMenu({ drafts, clippings });
  registerSaveShortcut(saving);
  startSiteAccess();
  warmUpEngine();
});
