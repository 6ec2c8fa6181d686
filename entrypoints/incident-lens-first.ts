import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstStage } from './incident-lens.content/first-stage';
import { createSealedContext } from './incident-lens.content/sealed-context';
import { offerFirstStage } from './incident-lens.content/second-stage';

// The content script's first stage (incident-lens.content/first-stage.ts): the manifest's content
// script (incident-lens.content/index.ts) is a tiny script that imports this one a task later, so
// the task every listed page pays for compiles almost nothing. It runs in that script's isolated
// world and leaves its start function there. This bundle uses the browser's own extension API,
// not the polyfill (wxt.config.ts).
export default defineUnlistedScript(() =>
  offerFirstStage((win) => startFirstStage(() => createSealedContext({ noScriptStartedPostMessage: true }), win)),
);
