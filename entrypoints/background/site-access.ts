/**
 * Keeps the content script's dynamic registration in step with the host permissions the user
 * grants or removes (the helpers live in storage/site-access.ts, which the options page reads too).
 */
import { browser } from 'wxt/browser';
import { syncSiteScripts } from '../../storage/site-access';

/**
 * Keeps the dynamic content script in step with host permissions: when the browser or the extension
 * starts, and whenever the user grants or removes one. Not at every start of the worker: the
 * registration persists across sessions (`persistAcrossSessions`) and a permission change wakes
 * the worker with its event, so a worker woken by a page's article has nothing to re-sync, and its
 * three extension API calls would run beside that page's analysis. Syncs run one after the other
 * (two at once would register the id twice).
 */
export function startSiteAccess(): void {
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue.then(syncSiteScripts).catch((error: unknown) => console.warn('Incident Lens: site access sync failed', error));
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
