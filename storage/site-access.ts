/**
 * Where the content script runs beyond the manifest's news list: on origins the user
 * granted ("always run on this site" in the popup) and, after the opt-in in the options page, on
 * all sites. Host permissions are the single source of truth: whenever they change, one dynamic
 * content script (scripting.registerContentScripts) is re-registered to match them. The per-site
 * off switch lives in site-preferences.ts and is honoured by the script itself. Here: the helpers
 * the options page and the background share; the background keeps them in step
 * (entrypoints/background/site-access.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { CONTENT_MATCHES } from './news-sites';
import { CONTENT_SCRIPT_FILE } from '../messaging/transport';

/** Id of the dynamic content script. */
export const USER_SITES_SCRIPT_ID = 'incident-lens-user-sites';
/** The optional host permission that means "run on all sites". */
export const ALL_SITES = '*://*/*';
/** The same file the popup injects on demand, in the extension-root-relative form registration takes. */
const REGISTERED_SCRIPT_FILE = CONTENT_SCRIPT_FILE.replace(/^\//, '');

/** Origins the user granted: every granted origin the manifest's content script does not already cover. */
export function userGrantedOrigins(granted: readonly string[]): string[] {
  const listed = new Set(CONTENT_MATCHES);
  return [...new Set(granted.filter((origin) => !listed.has(origin)))].sort();
}

/** The dynamic content script for the granted origins, or null when there is none to run. Pure. */
export function registrationFor(origins: readonly string[]): Browser.scripting.RegisteredContentScript | null {
  const user = userGrantedOrigins(origins);
  if (user.length === 0) return null;
  const allSites = user.includes(ALL_SITES);
  return {
    id: USER_SITES_SCRIPT_ID,
    js: [REGISTERED_SCRIPT_FILE],
    matches: allSites ? [ALL_SITES] : user,
    // The manifest already runs the script on listed sites; one copy per page is enough.
    ...(allSites ? { excludeMatches: [...CONTENT_MATCHES] } : {}),
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/** Makes the registered dynamic content script match the current host permissions. */
export async function syncSiteScripts(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const wanted = registrationFor(origins);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (wanted) await browser.scripting.registerContentScripts([wanted]);
}
