import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageController } from './incident-lens.content/page-controller';
import { offerSecondStage } from './incident-lens.content/second-stage';

// The content script's second stage (incident-lens.content/second-stage.ts): the page controller
// with the classifier screen, messaging, highlighter and overlay. The first stage imports this
// script on pages that need it; it runs in the first stage's isolated world and leaves its start
// function there.
export default defineUnlistedScript(() => offerSecondStage(startPageController));
