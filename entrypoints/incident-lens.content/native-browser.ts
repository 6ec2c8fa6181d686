/**
 * The browser's own extension API object, standing in for `wxt/browser` (the webextension
 * polyfill) in the content script's first stage (wxt.config.ts): Firefox's `browser`, Chromium's
 * `chrome`, both promise-based under MV3. The first stage only reads `runtime.id`, calls
 * `runtime.getURL`, `runtime.sendMessage` and `storage.local.get`, and listens with
 * `runtime.onMessage` answering through `sendResponse`, which behave alike in both browsers; the
 * polyfill's evaluation cost ~1–2 ms of every page's first task (README Performance).
 */
import type Browser from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };

/** The extension API of the browser the script runs in. */
export const browser: typeof Browser = scope.browser?.runtime ? scope.browser : scope.chrome!;
