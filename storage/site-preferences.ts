/**
 * The per-site off switch: host names where the user turned Incident Lens off, kept in
 * browser.storage.local so the content script, the popup and the options page all read one list and
 * every open tab of a site reacts when it changes (storage.onChanged).
 * Which sites the script runs on by itself is not stored here: that is the news list plus the
 * host permissions the user granted (site-access.ts, news-sites.ts).
 */
import { browser } from 'wxt/browser';

/** storage.local key of the off list (sorted site keys). */
export const SITE_OFF_KEY = 'incidentLens.siteOff';

/** `url` parsed when it is a web page's address (http or https); null otherwise or when malformed. */
export function webUrlOf(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
}

/** The key a site is stored under: its host name, lower case, without a leading "www.". Null for non-web URLs. */
export function siteKeyOf(url: string): string | null {
  return webUrlOf(url)?.hostname.toLowerCase().replace(/^www\./, '') || null;
}

/** The off list with `key` switched on or off (pure, for tests). */
export function withSiteOff(list: readonly string[], key: string, off: boolean): string[] {
  const set = new Set(list);
  if (off) set.add(key);
  else set.delete(key);
  return [...set].sort();
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The sites the user turned off. */
export async function readOffSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(SITE_OFF_KEY);
  return asList(stored[SITE_OFF_KEY]);
}

/** Whether the user turned Incident Lens off on the site of `url`. */
export async function isSiteOff(url: string): Promise<boolean> {
  const key = siteKeyOf(url);
  return key !== null && (await readOffSites()).includes(key);
}

/** Turns the site of `url` off or back on. */
export async function setSiteOff(url: string, off: boolean): Promise<void> {
  const key = siteKeyOf(url);
  if (key === null) return;
  await browser.storage.local.set({ [SITE_OFF_KEY]: withSiteOff(await readOffSites(), key, off) });
}

/** Calls `listener` with the new off list whenever it changes; returns the unsubscribe function. */
export function watchOffSites(listener: (off: string[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SITE_OFF_KEY in changes) listener(asList(changes[SITE_OFF_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
