/**
 * The keyboard shortcut (manifest command "save-page", Alt+Shift+S): saves the active tab's page
 * without opening the popup, through the same service as the popup's Save.
 */
import { browser, type Browser } from 'wxt/browser';

/** The manifest command this module answers. */
export const SAVE_COMMAND = 'save-page';

/** Listens for the save command. Returns the function that stops listening. */
export function registerSaveShortcut(saving: { savePageInTab(input: { tabId: number }): Promise<unknown> }): () => void {
  const onCommand = async (command: string, tab?: Browser.tabs.Tab) => {
    if (command !== SAVE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    try {
      await saving.savePageInTab({ tabId });
    } catch (error) {
      console.warn('Incident Lens: the page was not saved', error);
    }
  };
  browser.commands.onCommand.addListener(onCommand);
  return () => browser.commands.onCommand.removeListener(onCommand);
}
