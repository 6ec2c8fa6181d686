// @vitest-environment happy-dom
/**
 * The content script's context ignores WXT's "a newer content script started" event, which any
 * page can dispatch (its name is built from the public extension id), and stops only when the
 * extension itself is gone. The e2e check is test/e2e/security.e2e.test.ts.
 */
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, describe, expect, test } from 'vitest';
import { CONTENT_SCRIPT_NAME, createSealedContext, scriptStartedEventName } from '../../../entrypoints/incident-lens.content/sealed-context';

/** WXT's own name for the event (under Vitest its entrypoint name differs from the build's), and ours. */
const WXT_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/** The page dispatches the event under both names, with the detail WXT checks. */
function dispatchHostileEvents(): void {
  for (const name of [WXT_EVENT, scriptStartedEventName()]) {
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: CONTENT_SCRIPT_NAME, messageId: 'hostile' } }));
  }
}

afterEach(() => fakeBrowser.reset());

describe('the sealed content-script context', () => {
  test("WXT's own context is stopped by the page's event (why the sealed one exists)", () => {
    const wxt = new ContentScriptContext(CONTENT_SCRIPT_NAME, { noScriptStartedPostMessage: true });
    dispatchHostileEvents();
    expect(wxt.isInvalid).toBe(true);
  });

  test("the page's event does not stop it; timers and listeners keep running", async () => {
    const ctx = createSealedContext({ noScriptStartedPostMessage: true });
    let stopped = false;
    ctx.onInvalidated(() => (stopped = true));
    dispatchHostileEvents();
    window.postMessage({ type: scriptStartedEventName(), contentScriptName: CONTENT_SCRIPT_NAME, messageId: 'hostile' }, '*');
    await new Promise((done) => setTimeout(done, 10));
    const fired = await new Promise<boolean>((done) => {
      ctx.setTimeout(() => done(true), 0);
      setTimeout(() => done(false), 50);
    });
    expect({ stopped, invalid: ctx.isInvalid, fired }).toEqual({ stopped: false, invalid: false, fired: true });
  });

  test("it announces its start once, as WXT's wrapper did (the wrapper does not run for this script), and not by postMessage", async () => {
    const heard: Event[] = [];
    const posted: unknown[] = [];
    const listener = (event: Event) => heard.push(event);
    const onPost = (event: MessageEvent) => posted.push(event.data);
    document.addEventListener(WXT_EVENT, listener);
    window.addEventListener('message', onPost);
    createSealedContext({ noScriptStartedPostMessage: true });
    await new Promise((done) => setTimeout(done, 10));
    document.removeEventListener(WXT_EVENT, listener);
    window.removeEventListener('message', onPost);
    expect({ heard: heard.length, posted }).toEqual({ heard: 1, posted: [] });
  });

  test('it stops when the extension is gone (reloaded or removed), which a page cannot fake', () => {
    const ctx = createSealedContext({ noScriptStartedPostMessage: true });
    const id = fakeBrowser.runtime.id;
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
    try {
      document.dispatchEvent(new CustomEvent(`${id}:${CONTENT_SCRIPT_NAME}:wxt:content-script-started`, { detail: { contentScriptName: CONTENT_SCRIPT_NAME, messageId: 'x' } }));
      expect(ctx.isInvalid).toBe(true);
    } finally {
      Object.defineProperty(fakeBrowser.runtime, 'id', { value: id, configurable: true });
    }
  });
});
