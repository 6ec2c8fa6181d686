import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES, userGrantedOrigins } from '../entrypoints/background/site-access';
import { NEWS_SITES } from '../entrypoints/incident-lens.content/news-sites';
import { readOffSites, setSiteOff, watchOffSites } from '../storage/site-preferences';
import { t } from './i18n';

/** Props of {@link OptionsApp} (none: the options page reads permissions and storage itself). */
export type OptionsAppProps = Record<string, never>;

interface SiteSettings {
  allSites: boolean;
  /** Origins the user allowed one by one ("always run on this site"). */
  allowed: string[];
  /** Site keys turned off. */
  off: string[];
}

async function loadSettings(): Promise<SiteSettings> {
  const { origins = [] } = await browser.permissions.getAll();
  const user = userGrantedOrigins(origins);
  return { allSites: user.includes(ALL_SITES), allowed: user.filter((o) => o !== ALL_SITES), off: await readOffSites() };
}

/** Host name of an origin pattern like `*://example.org/*`. */
function hostOf(origin: string): string {
  return origin.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
}

/**
 * The options page (issue 4): the opt-in to run on all sites, the sites the user allowed, and the
 * sites where Incident Lens is off. Permissions are asked for in the click handlers (user gesture).
 */
export default function OptionsApp(_props: OptionsAppProps) {
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => loadSettings().then(setSettings, (e: unknown) => setError(String(e))), []);
  useEffect(() => {
    void reload();
    const onPermissions = () => void reload();
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    const stopWatching = watchOffSites(() => void reload());
    return () => {
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
      stopWatching();
    };
  }, [reload]);

  const onAllSites = async (wanted: boolean) => {
    setError(null);
    try {
      if (wanted) {
        const granted = await browser.permissions.request({ origins: [ALL_SITES] });
        if (!granted) setError(t('sitePermissionDenied'));
      } else {
        await browser.permissions.remove({ origins: [ALL_SITES] });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    await reload();
  };
  const onRemove = async (origin: string) => {
    await browser.permissions.remove({ origins: [origin] });
    await reload();
  };
  const onTurnBackOn = async (site: string) => {
    await setSiteOff(`https://${site}/`, false);
    await reload();
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{t('optionsBuiltIn', String(new Set(NEWS_SITES.map((s) => s.domain)).size))}</p>
      <section>
        <label class="all-sites">
          <input
            type="checkbox"
            data-action="all-sites"
            checked={settings?.allSites ?? false}
            disabled={!settings}
            onChange={(e) => void onAllSites(e.currentTarget.checked)}
          />
          {t('optionsAllSites')}
        </label>
        <p class="hint">{t('optionsAllSitesHint')}</p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>
      <section>
        <h2>{t('optionsAllowedSites')}</h2>
        {settings && settings.allowed.length === 0 && <p class="hint">{t('optionsNoAllowedSites')}</p>}
        <ul class="site-list" data-list="allowed">
          {settings?.allowed.map((origin) => (
            <li key={origin}>
              <span class="site">{hostOf(origin)}</span>
              <button type="button" data-action="remove-site" onClick={() => void onRemove(origin)}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t('optionsOffSites')}</h2>
        {settings && settings.off.length === 0 && <p class="hint">{t('optionsNoOffSites')}</p>}
        <ul class="site-list" data-list="off">
          {settings?.off.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button type="button" data-action="turn-on-site" onClick={() => void onTurnBackOn(site)}>
                {t('optionsTurnBackOn')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
