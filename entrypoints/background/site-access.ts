/**
 * Keeps the content script's dynamic registration in step with the host permissions the user
 * grants or removes (the helpers live in storage/site-access.ts, which the options page reads too).
 */
import { browser } from 'wxt/browser';
import { syncSiteScripts } from '../../storage/site-access';

/**
 * Keeps the dynamic content script in step with host permissions: now, and whenever the user
 * grants or removes one. Syncs run one after the other (two at once would register the id twice).
 */
export function startSiteAccess(): void {
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue.then(syncSiteScripts).catch((error: unknown) => console.warn('Incident Lens: site access sync failed', error));
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
