import type { Clipping } from '../storage/clipping';
import { clippingDate } from '../storage/clipping-search';
import { kindLabel, t } from './i18n';

/** Props of {@link ClippingListItem}. */
export type ClippingListItemProps = {
  /** The clipping to show. */
  clipping: Clipping;
  /** Called when the user opens the clipping. */
  onOpen: (clipping: Clipping) => void;
  /** Called when the user deletes the clipping. */
  onDelete: (clipping: Clipping) => void;
  /** Whether the clipping is ticked for export. */
  selected?: boolean;
  /** Called when the user ticks or unticks it; without it the row has no checkbox. */
  onToggleSelect?: (clipping: Clipping) => void;
};

const KEY_CATEGORIES = ['agency', 'organization', 'actor', 'malware', 'vulnerability'] as const;
const KEY_FACTS = 4;

/** The few facts worth showing in a list row: distinct values of the telling categories. */
export function keyFactsOf(clipping: Clipping): Array<{ category: string; value: string }> {
  const seen = new Set<string>();
  const out: Array<{ category: string; value: string }> = [];
  for (const category of KEY_CATEGORIES) {
    for (const fact of clipping.facts) {
      if (fact.category !== category || seen.has(`${category}:${fact.value}`)) continue;
      seen.add(`${category}:${fact.value}`);
      out.push({ category, value: fact.value });
      if (out.length === KEY_FACTS) return out;
    }
  }
  return out;
}

/** One row of the library list: title, site, date, verdict, kinds, key facts, tags. */
export default function ClippingListItem({ clipping, onOpen, onDelete, selected = false, onToggleSelect }: ClippingListItemProps) {
  return (
    <li class="clipping" data-clipping-id={clipping.id}>
      {onToggleSelect && (
        <input type="checkbox" class="select-clipping" aria-label={t('selectClipping')} checked={selected} onChange={() => onToggleSelect(clipping)} />
      )}
      <button type="button" class="link clipping-title" onClick={() => onOpen(clipping)}>
        {clipping.title || t('untitled')}
      </button>
      <div class="clipping-meta">
        <span class="site">{clipping.site ?? ''}</span>
        <span class="date">{clippingDate(clipping)}</span>
        <span class={clipping.isIncident ? 'verdict incident' : 'verdict'}>
          {clipping.isIncident ? t('verdictIncident') : t('verdictNotIncident')}
        </span>
        {clipping.kinds.map((kind) => (
          <span key={kind} class="kind chip" data-kind={kind}>
            {kindLabel(kind)}
          </span>
        ))}
      </div>
      <div class="clipping-facts">
        {keyFactsOf(clipping).map(({ category, value }) => (
          <span key={`${category}:${value}`} class="fact-chip" data-category={category} style={{ background: `var(--il-${category}-bg)`, color: `var(--il-${category}-fg)` }}>
            {value}
          </span>
        ))}
        {clipping.tags.map((tag) => (
          <span key={tag} class="tag chip">
            #{tag}
          </span>
        ))}
      </div>
      <button type="button" class="delete" data-action="delete" onClick={() => onDelete(clipping)}>
        {t('delete')}
      </button>
    </li>
  );
}
