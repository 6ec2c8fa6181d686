/**
 * A content-script context the page cannot stop. WXT's context stops itself when it hears the
 * "a newer content script started" DOM event, whose name is built from the extension's public id
 * and the entrypoint's name: any page can dispatch it, and so turn the extension off on itself
 * (highlights gone, popup unanswered). This context hears the event too, but takes it only as a
 * reason to check whether it is really stale: it stops when the extension was reloaded or removed
 * (`browser.runtime.id` is gone), which the page cannot fake. A second injection into the same
 * isolated world is replaced by the page controller itself (its running-controller key).
 *
 * WXT's content-script wrapper does not run for this script (wxt.config.ts), so this context is
 * the only one: it announces the start as WXT's did (a copy left by an extension update hears it
 * and checks itself), once, in the first stage's second task rather than the script's first.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The content script's entrypoint name, as WXT names its events. */
export const CONTENT_SCRIPT_NAME = 'incident-lens';

/** The DOM event WXT dispatches when a content script starts (`getUniqueEventName` in WXT 0.20). */
export function scriptStartedEventName(extensionId: string = browser.runtime.id): string {
  return `${extensionId}:${CONTENT_SCRIPT_NAME}:wxt:content-script-started`;
}

/** The page-proof context; its timers, listeners and `onInvalidated` work as WXT's do. */
export class SealedContentScriptContext extends ContentScriptContext {
  /** A "newer script started" event only makes the context check itself (`isInvalid`), never stop by itself. */
  override listenForNewerScripts(): void {
    const name = scriptStartedEventName();
    const check = () => void this.isInvalid;
    document.addEventListener(name, check);
    this.onInvalidated(() => document.removeEventListener(name, check));
  }
}

/** A sealed context for the content script, with WXT's options for it. */
export function createSealedContext(options?: ConstructorParameters<typeof ContentScriptContext>[1]): ContentScriptContext {
  return new SealedContentScriptContext(CONTENT_SCRIPT_NAME, options);
}
