import { useState } from 'preact/hooks';
import type { NewsSite } from '../storage/news-sites';
import { t } from './i18n';

/** Props of {@link BuiltInSites}. */
export type BuiltInSitesProps = {
  /** The built-in list (news-sites.ts). */
  sites: readonly NewsSite[];
  /** Site keys the user switched off, marked in the list. */
  off: readonly string[];
  /** A language tag by name in the UI language. */
  languageName: (tag: string) => string;
};

/** Built-in sites whose name, domain or path contains `query` (case-insensitive), one row per domain and path. */
export function filterSites(sites: readonly NewsSite[], query: string): NewsSite[] {
  const q = query.trim().toLowerCase();
  const seen = new Set<string>();
  return sites.filter((site) => {
    const key = `${site.domain}${site.path ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return q === '' || `${site.name} ${site.domain}${site.path ?? ''}`.toLowerCase().includes(q);
  });
}

/** Whether a built-in site is switched off (its domain or a host under it is on the off list). */
function isOff(site: NewsSite, off: readonly string[]): boolean {
  return off.some((key) => key === site.domain || key.endsWith(`.${site.domain}`));
}

/** The sites Incident Lens runs on by itself: WeChat articles and the news list, searchable. */
export default function BuiltInSites({ sites, off, languageName }: BuiltInSitesProps) {
  const [query, setQuery] = useState('');
  const shown = filterSites(sites, query);
  const total = filterSites(sites, '').length;
  return (
    <div class="built-in-sites">
      <p class="hint">{t('optionsBuiltInWechat')}</p>
      <input
        type="search"
        class="site-search"
        aria-label={t('optionsSearchSites')}
        placeholder={t('optionsSearchSites')}
        value={query}
        onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
      />
      <p class="hint" aria-live="polite" data-count={shown.length}>
        {t('optionsSitesShown', String(shown.length), String(total))}
      </p>
      <ul class="site-list built-in" data-list="built-in">
        {shown.map((site) => (
          <li key={`${site.domain}${site.path ?? ''}`} data-off={isOff(site, off) ? 'yes' : 'no'}>
            <span class="site-name">{site.name}</span>
            <span class="site-domain">
              {site.domain}
              {site.path ?? ''}
            </span>
            <span class="site-lang">{languageName(site.lang)}</span>
            {isOff(site, off) && <span class="chip">{t('optionsOffChip')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
