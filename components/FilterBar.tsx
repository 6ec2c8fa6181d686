import type { ClippingFilters } from '../storage/clipping-search';
import { valueName } from './fact-names';
import DateField from './DateField';
import { kindLabel, languageName, t } from './i18n';
import FilterSelect from './FilterSelect';

/** The values each filter offers, computed from the whole library. */
export interface FilterOptions {
  kinds: string[];
  sites: string[];
  langs: string[];
  tags: string[];
  /** "agency:Name" values. */
  agencies: string[];
  /** "organization:Name" values. */
  organizations: string[];
}

/** Props of {@link FilterBar}. */
export type FilterBarProps = {
  /** The current filters (query included). */
  filters: ClippingFilters;
  /** What each select offers. */
  options: FilterOptions;
  /** Called with the new filters. */
  onChange: (filters: ClippingFilters) => void;
};

const afterColon = (value: string) => value.slice(value.indexOf(':') + 1);

/** Search box and filters of the library list. */
export default function FilterBar({ filters, options, onChange }: FilterBarProps) {
  const set = (change: Partial<ClippingFilters>) => onChange({ ...filters, ...change });
  return (
    <form class="filter-bar" role="search" onSubmit={(event) => event.preventDefault()}>
      <input
        type="search"
        class="search"
        name="query"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={filters.query ?? ''}
        onInput={(event) => set({ query: (event.currentTarget as HTMLInputElement).value })}
      />
      <div class="filters">
        <label class="filter">
          <span>{t('filterEntity')}</span>
          <select
            name="factValue"
            value={filters.factValue ?? ''}
            onChange={(event) => set({ factValue: (event.currentTarget as HTMLSelectElement).value || undefined })}
          >
            <option value="">{t('filterAny')}</option>
            {options.agencies.length > 0 && (
              <optgroup label={t('category_agency')}>
                {options.agencies.map((v) => (
                  <option key={v} value={v}>
                    {valueName('agency', afterColon(v)).shown}
                  </option>
                ))}
              </optgroup>
            )}
            {options.organizations.length > 0 && (
              <optgroup label={t('category_organization')}>
                {options.organizations.map((v) => (
                  <option key={v} value={v}>
                    {afterColon(v)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <FilterSelect label={t('filterKind')} name="kind" value={filters.kind} values={options.kinds} display={kindLabel} onChange={(kind) => set({ kind })} />
        <FilterSelect label={t('fieldSite')} name="site" value={filters.site} values={options.sites} onChange={(site) => set({ site })} />
        <FilterSelect label={t('fieldLanguage')} name="lang" value={filters.lang} values={options.langs} display={(lang) => languageName(lang)} onChange={(lang) => set({ lang })} />
        <FilterSelect label={t('tags')} name="tag" value={filters.tag} values={options.tags} onChange={(tag) => set({ tag })} />
        <DateField label={t('filterFrom')} name="from" value={filters.from} onChange={(from) => set({ from })} />
        <DateField label={t('filterTo')} name="to" value={filters.to} onChange={(to) => set({ to })} />
        <button type="button" data-action="clear-filters" onClick={() => onChange({})}>
          {t('clearFilters')}
        </button>
      </div>
    </form>
  );
}
