import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from './news-sites';
import { startPageController } from './page-controller';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    performance.mark('incident-lens:start'); // benchmark hook (issue 6, scripts/bench/pipeline.ts)
    startPageController(ctx, window);
  },
});
