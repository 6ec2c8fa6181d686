import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES, userGrantedOrigins } from '../storage/site-access';
import { NEWS_SITES } from '../storage/news-sites';
import { readOffSites, setSiteOff, watchOffSites } from '../storage/site-preferences';
import BuiltInSites from './BuiltInSites';
import { languageName, t } from './i18n';

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
 * The settings page: where Incident Lens runs by itself (the built-in sites, searchable), the
 * all-sites switch and what it means, the sites the user allowed and those switched off, a way to
 * the library, and the version. Permissions are asked for in the click handlers (user gesture).
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

  const version = browser.runtime.getManifest().version;
  const builtInCount = new Set(NEWS_SITES.map((site) => site.domain)).size;
  return (
    <main class="options">
      <header class="options-header">
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="hint">{t('optionsBuiltIn', String(builtInCount))}</p>
        </div>
        <a class="button primary" href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener" data-action="open-library">
          {t('openLibrary')}
        </a>
      </header>
      <section class="card">
        <h2>{t('optionsWhereTitle')}</h2>
        <label class="switch-row">
          <input
            type="checkbox"
            role="switch"
            data-action="all-sites"
            checked={settings?.allSites ?? false}
            disabled={!settings}
            onChange={(e) => void onAllSites(e.currentTarget.checked)}
          />
          <span>
            <strong>{t('optionsAllSites')}</strong>
            <span class="hint block">{t('optionsAllSitesHint')}</span>
            <span class="hint block">{t('optionsAllSitesPrivacy')}</span>
          </span>
        </label>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>
      <section class="card">
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
      <section class="card">
        <h2>{t('optionsBuiltInTitle')}</h2>
        <BuiltInSites sites={NEWS_SITES} off={settings?.off ?? []} languageName={languageName} />
      </section>
      <footer class="options-footer hint">
        {t('extName')} {t('optionsVersion', version)} · {t('optionsLocalOnly')}
      </footer>
    </main>
  );
}
