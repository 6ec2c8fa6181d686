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

/** Who may call, and what a call's input must look like, for one listener. */
export interface CallPolicy {
  /** Whether `sender` is a context allowed to make this direction's calls (see messaging/senders.ts). */
  accept(sender: Runtime.MessageSender): boolean;
  /**
   * The call's input, checked (and stripped of unknown fields), or why it is refused. Listeners
   * without one trust their senders' inputs (the content script: only the extension's pages reach it).
   */
  parse?(name: string, input: unknown): Result<unknown>;
}

/**
 * The runtime.onMessage listener for one direction (exported for tests): messages of other
 * directions are left alone; a sender the policy refuses, an unknown call name (looked up as an
 * own property only, so `constructor` or `toString` name nothing) and an input that fails the
 * policy's check are answered with a refusal and reach no handler.
 */
export function createCallListener<D extends Direction>(direction: D, handlers: Handlers<D>, policy: CallPolicy) {
  const table = handlers as Record<string, ((input: unknown, sender: Runtime.MessageSender) => unknown) | undefined>;
  return (message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message) || message.direction !== direction) return undefined;
    if (!policy.accept(sender)) return Promise.resolve({ ok: false, error: `Refused: ${direction} calls are not accepted from this sender.` });
    const name = message.name;
    const handler = typeof name === 'string' && Object.hasOwn(table, name) ? table[name] : undefined;
    if (typeof handler !== 'function') return Promise.resolve({ ok: false, error: 'Refused: unknown call.' });
    const parsed: Result<unknown> = policy.parse ? policy.parse(name, message.input) : { ok: true, value: message.input };
    if (!parsed.ok) return Promise.resolve({ ok: false, error: `Refused: ${parsed.error}` });
    return (async () => {
      try {
        return { ok: true, value: await handler(parsed.value, sender) } as Result<unknown>;
      } catch (error) {
        return { ok: false, error: describe(error) } as Result<unknown>;
      }
    })();
  };
}

/**
 * Listens for calls of one direction, from the senders `policy` accepts. Returns the function that
 * stops listening (tie it to the content-script context).
 */
export function handleCalls<D extends Direction>(direction: D, handlers: Handlers<D>, policy: CallPolicy): () => void {
  const listener = createCallListener(direction, handlers, policy);
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
