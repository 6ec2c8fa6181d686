import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from './news-sites';
import { startPageController } from './page-controller';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    void startPageController(ctx, document, location.href);
  },
});
