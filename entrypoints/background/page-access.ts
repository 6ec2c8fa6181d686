/**
 * Asking a tab's content script, injecting it first when it is not there (pages outside the
 * content script's matches, opened before the extension loaded, or reached through activeTab
 * by the shortcut or the context menu).
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '../../components/use-page-snapshot';
import type { CallInput, CallName, CallOutput, Result } from '../../messaging/protocol';
import { sendToTab } from '../../messaging/transport';

/** The send function the save and context-menu services use (injectable for tests). */
export type TabCaller = <K extends CallName<'popup-to-content'>>(
  tabId: number,
  name: K,
  input: CallInput<'popup-to-content', K>,
) => Promise<Result<CallOutput<'popup-to-content', K>>>;

/** Sends to the tab, injecting the content script once if nobody answers. */
export const callTabInjecting: TabCaller = async (tabId, name, input) => {
  const reply = await sendToTab(tabId, name, input);
  if (reply.ok) return reply;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return sendToTab(tabId, name, input);
};
