import { t } from './i18n';
import { useSiteAccess } from './use-site-access';

/** Props of {@link SiteAccessPanel}. */
export type SiteAccessPanelProps = {
  /** The tab the popup reports on (kept for the popup's wiring; the settings are per site). */
  tabId: number;
  /** Address of the page in that tab; its site is what the controls apply to. */
  url: string;
};

/** Whether `url` is a WeChat article page, where the script runs by itself as on listed news sites. */
function isWechat(url: string): boolean {
  try {
    return new URL(url).hostname === 'mp.weixin.qq.com';
  } catch {
    return false;
  }
}

/**
 * The popup footer's site controls: where Incident Lens runs by itself, worded by what this page is
 * (WeChat articles, a listed news site, a site the user allowed, all sites) or "only when you open
 * this popup" with "Always run on this site" (asks for this origin's permission); and the per-site
 * off switch.
 */
export default function SiteAccessPanel({ url }: SiteAccessPanelProps) {
  const { access, error, allow, disallow, setOff } = useSiteAccess(url, t('sitePermissionDenied'));
  if (!access || access.kind === 'unsupported') return null;
  return (
    <div class="site-access" data-site-access={access.kind}>
      {access.kind === 'listed' && <p class="hint">{isWechat(url) ? t('siteRunsWechat') : t('siteRunsListed')}</p>}
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
        <p class="hint">
          {t('siteRunsOnDemand')}{' '}
          <button type="button" data-action="allow-site" onClick={() => void allow()}>
            {t('siteAlwaysRun')}
          </button>
        </p>
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
