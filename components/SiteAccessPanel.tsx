import { t } from './i18n';
import { useSiteAccess } from './use-site-access';

/** Props of {@link SiteAccessPanel}. */
export type SiteAccessPanelProps = {
  /** The tab the popup reports on (kept for the popup's wiring; the settings are per site). */
  tabId: number;
  /** Address of the page in that tab; its site is what the controls apply to. */
  url: string;
};

/**
 * The popup footer's site controls (issue 4): "Always run on this site" (asks for this origin's
 * permission) or a note saying the script already runs here by itself, and the per-site off switch.
 */
export default function SiteAccessPanel({ url }: SiteAccessPanelProps) {
  const { access, error, allow, disallow, setOff } = useSiteAccess(url, t('sitePermissionDenied'));
  if (!access || access.kind === 'unsupported') return null;
  return (
    <div class="site-access" data-site-access={access.kind}>
      {access.kind === 'listed' && <p class="hint">{t('siteRunsListed')}</p>}
      {access.kind === 'all-sites' && <p class="hint">{t('siteRunsAllSites')}</p>}
      {access.kind === 'allowed' && (
        <p class="hint">
          {t('siteRunsAllowed')}{' '}
          <button type="button" class="link" data-action="disallow-site" onClick={() => void disallow()}>
            {t('siteStopAllowing')}
          </button>
        </p>
      )}
      {access.kind === 'on-demand' && (
        <button type="button" data-action="allow-site" onClick={() => void allow()}>
          {t('siteAlwaysRun')}
        </button>
      )}
      <label class="site-off">
        <input type="checkbox" data-action="site-off" checked={access.off} onChange={(e) => void setOff(e.currentTarget.checked)} />
        {t('siteOff')}
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
