import { defineBackground } from 'wxt/utils/define-background';
import { handleCalls } from '../../messaging/transport';
import { createClippingRepository } from '../../storage/clipping-repository';
import { openDatabase } from '../../storage/database';
import { createAnalysisService } from './analysis-service';
import { reportPage } from './badge';
import { createSaveService } from './save-service';

export default defineBackground(() => {
  const analysis = createAnalysisService();
  const saving = createSaveService(createClippingRepository(openDatabase()));
  handleCalls('content-to-background', {
    analyzeArticle: analysis.analyzeArticle,
    reportPage,
  });
  handleCalls('ui-to-background', {
    saveClipping: saving.saveClipping,
    savePageInTab: saving.savePageInTab,
  });
});
