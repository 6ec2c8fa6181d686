/**
 * The popup's view of where Incident Lens runs for one page: by itself (news list, all
 * sites, or a site the user allowed), or only on demand; and the per-site off switch. Reads host
 * permissions and storage; asking for a permission must happen in the click handler (user gesture).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isListedNewsUrl } from '../storage/news-sites';
import { isSiteOff, setSiteOff, siteKeyOf, watchOffSites, webUrlOf } from '../storage/site-preferences';

/** How the content script comes to run on a page. */
export type SiteAccess =
  | { kind: 'unsupported' }
  | { kind: 'listed' | 'all-sites' | 'allowed' | 'on-demand'; origin: string; off: boolean };

/** The host permission pattern for a page's site (http and https). Null for non-web pages. */
export function originPatternOf(url: string): string | null {
  const parsed = webUrlOf(url);
  return parsed ? `*://${parsed.hostname}/*` : null;
}

/** Reads how the content script runs on `url`. */
export async function loadSiteAccess(url: string): Promise<SiteAccess> {
  const origin = originPatternOf(url);
  if (!origin || siteKeyOf(url) === null) return { kind: 'unsupported' };
  const off = await isSiteOff(url);
  if (isListedNewsUrl(url)) return { kind: 'listed', origin, off };
  if (await browser.permissions.contains({ origins: ['*://*/*'] })) return { kind: 'all-sites', origin, off };
  if (await browser.permissions.contains({ origins: [origin] })) return { kind: 'allowed', origin, off };
  return { kind: 'on-demand', origin, off };
}

/** The hook's result: the state and the user's actions. */
export interface SiteAccessControls {
  access: SiteAccess | null;
  /** Last failure to show (permission refused, storage error). */
  error: string | null;
  /** Asks for the site's permission; the background then registers the content script for it. */
  allow(): Promise<void>;
  /** Gives the site's permission back. */
  disallow(): Promise<void>;
  setOff(off: boolean): Promise<void>;
}

/** Hook: site access of `url`, kept current when the off list changes in another window. */
export function useSiteAccess(url: string, deniedMessage: string): SiteAccessControls {
  const [access, setAccess] = useState<SiteAccess | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => loadSiteAccess(url).then(setAccess, (e: unknown) => setError(String(e))), [url]);
  useEffect(() => {
    void reload();
    return watchOffSites(() => void reload());
  }, [reload]);
  return {
    access,
    error,
    async allow() {
      if (!access || access.kind === 'unsupported') return;
      setError(null);
      try {
        const granted = await browser.permissions.request({ origins: [access.origin] });
        if (!granted) setError(deniedMessage);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
      await reload();
    },
    async disallow() {
      if (!access || access.kind === 'unsupported') return;
      await browser.permissions.remove({ origins: [access.origin] });
      await reload();
    },
    async setOff(off) {
      setError(null);
      await setSiteOff(url, off);
      await reload();
    },
  };
}
