/**
 * Which of the extension's contexts may make which calls. Every direction has its senders:
 *
 * - content script → background: the content script in the top frame of a tab showing a web page
 *   (the script never runs in subframes or on extension pages);
 * - popup / library → background, and popup / background → content script: the extension's own
 *   pages and worker, whose address is under the extension's origin.
 *
 * The browser fills in `sender` (id, url, tab, frameId, origin), so a web page cannot forge it; a
 * message from another extension never reaches `runtime.onMessage` but is refused here too.
 * Small and dependency-free: the content script checks its popup's calls with it.
 */
import type { Runtime } from 'webextension-polyfill';

/** This extension, as senders are compared with it. */
export interface ExtensionIdentity {
  /** runtime.id */
  id: string;
  /** runtime.getURL('/'): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  origin: string;
}

/** Whether `url` is a web page's address (the content script's pages). */
function isWebUrl(url: string | undefined): boolean {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** Whether `url` lies under the extension's origin. */
function isExtensionUrl(url: string | undefined, self: ExtensionIdentity): boolean {
  return typeof url === 'string' && url.startsWith(self.origin);
}

/** Chromium's `sender.origin` has no trailing slash; Firefox does not set it. */
function originMatches(sender: Runtime.MessageSender & { origin?: string }, expected: (origin: string) => boolean): boolean {
  return sender.origin === undefined || expected(sender.origin);
}

/** A call from this extension's content script, in the top frame of a tab on a web page. */
export function isContentScriptSender(sender: Runtime.MessageSender & { origin?: string }, self: ExtensionIdentity): boolean {
  return (
    sender.id === self.id &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    sender.frameId === 0 &&
    isWebUrl(sender.url) &&
    originMatches(sender, (origin) => isWebUrl(`${origin}/`))
  );
}

/** A call from one of this extension's pages (popup, library, options) or its background worker. */
export function isExtensionPageSender(sender: Runtime.MessageSender & { origin?: string }, self: ExtensionIdentity): boolean {
  return sender.id === self.id && isExtensionUrl(sender.url, self) && originMatches(sender, (origin) => `${origin}/` === self.origin);
}
