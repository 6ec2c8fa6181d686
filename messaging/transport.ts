/**
 * Typed send/receive over runtime and tabs messaging. Senders get a `Result`; handlers may return
 * a value or a Promise and may throw — the throw becomes `{ ok: false, error }` for the caller.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { CallInput, CallName, CallOutput, Direction, Envelope, Result } from './protocol';

/** Handlers for one direction; each gets its input and the sender. */
export type Handlers<D extends Direction> = {
  [K in CallName<D>]?: (input: CallInput<D, K>, sender: Runtime.MessageSender) => CallOutput<D, K> | Promise<CallOutput<D, K>>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).protocol === 'incident-lens/1';
}

function toResult<T>(reply: unknown): Result<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Result<T>;
  return { ok: false, error: 'No answer from the other side of the extension.' };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Sends a call to the background (or extension pages listening on runtime messages). */
export async function sendToBackground<D extends 'content-to-background' | 'ui-to-background', K extends CallName<D>>(
  direction: D,
  name: K,
  input: CallInput<D, K>,
): Promise<Result<CallOutput<D, K>>> {
  const envelope: Envelope<D> = { protocol: 'incident-lens/1', direction, name, input };
  try {
    return toResult(await browser.runtime.sendMessage(envelope));
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

/** Sends a popup-to-content call to the content script of `tabId`. */
export async function sendToTab<K extends CallName<'popup-to-content'>>(
  tabId: number,
  name: K,
  input: CallInput<'popup-to-content', K>,
): Promise<Result<CallOutput<'popup-to-content', K>>> {
  const envelope: Envelope<'popup-to-content'> = { protocol: 'incident-lens/1', direction: 'popup-to-content', name, input };
  try {
    return toResult(await browser.tabs.sendMessage(tabId, envelope));
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

/**
 * Listens for calls of one direction. Returns the function that stops listening (tie it to the
 * content-script context). Messages of other directions or other senders are left alone.
 */
export function handleCalls<D extends Direction>(direction: D, handlers: Handlers<D>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message) || message.direction !== direction) return undefined;
    const handler = (handlers as Record<string, ((input: unknown, sender: Runtime.MessageSender) => unknown) | undefined>)[message.name];
    if (!handler) return undefined;
    return (async () => {
      try {
        return { ok: true, value: await handler(message.input, sender) } as Result<unknown>;
      } catch (error) {
        return { ok: false, error: describe(error) } as Result<unknown>;
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The content script's file in the build, for on-demand injection (activeTab + scripting). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/incident-lens.js';

/** A popup-to-content sender; the background's services take one so tests can pass their own. */
export type TabCaller = <K extends CallName<'popup-to-content'>>(
  tabId: number,
  name: K,
  input: CallInput<'popup-to-content', K>,
) => Promise<Result<CallOutput<'popup-to-content', K>>>;

/**
 * Sends to the tab's content script, injecting the script once if nobody answers (pages outside the
 * content script's matches, tabs opened before the extension loaded). The injection's failure (a
 * browser page, the web store, a PDF viewer) comes back as the Result's error.
 */
export const sendToTabInjecting: TabCaller = async (tabId, name, input) => {
  const reply = await sendToTab(tabId, name, input);
  if (reply.ok) return reply;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
  return sendToTab(tabId, name, input);
};
