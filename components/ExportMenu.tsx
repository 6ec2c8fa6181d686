import { useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../storage/export/export-format';
import { t } from './i18n';

/** Which clippings an export takes. */
export type ExportScope = 'all' | 'results' | 'selected';

/** Props of {@link ExportMenu}. */
export type ExportMenuProps = {
  /** How many clippings each scope holds; a scope with none is not offered. */
  counts: Record<ExportScope, number>;
  /** The scope chosen when the menu opens. */
  defaultScope?: ExportScope;
  /** While an export runs, the formats cannot be picked again. */
  busy?: boolean;
  /** Called with the format and the scope the user picked. */
  onExport: (format: ExportFormat, scope: ExportScope) => void;
};

const SCOPE_LABELS = { all: 'exportScopeAll', results: 'exportScopeResults', selected: 'exportScopeSelected' } as const;

/** The library's Export menu: which clippings, then one of the five formats. */
export default function ExportMenu({ counts, defaultScope = 'all', busy = false, onExport }: ExportMenuProps) {
  const scopes = (['selected', 'results', 'all'] as const).filter((scope) => counts[scope] > 0);
  // Until the user picks a scope, the default follows what the page shows (a selection, a search).
  const [chosen, setChosen] = useState<ExportScope | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const scope = chosen && scopes.includes(chosen) ? chosen : scopes.includes(defaultScope) ? defaultScope : scopes.at(-1) ?? 'all';
  return (
    <details class="export-menu" ref={menu}>
      <summary data-action="export-menu">{t('exportButton')}</summary>
      <div class="export-panel">
        <label class="export-scope">
          <span>{t('exportScope')}</span>
          <select value={scope} data-field="export-scope" onChange={(event) => setChosen((event.currentTarget as HTMLSelectElement).value as ExportScope)}>
            {scopes.map((option) => (
              <option key={option} value={option}>
                {t(SCOPE_LABELS[option], String(counts[option]))}
              </option>
            ))}
          </select>
        </label>
        {scopes.length === 0 ? (
          <p class="hint">{t('exportNothing')}</p>
        ) : (
          <ul class="export-formats">
            {EXPORT_FORMATS.map((format) => (
              <li key={format}>
                <button type="button" data-format={format} disabled={busy} onClick={() => {
                    // The menu closes once a format is picked, uncovering the progress below it.
                    if (menu.current) menu.current.open = false;
                    onExport(format, scope);
                  }}
                >
                  {t(`format_${format}`)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
