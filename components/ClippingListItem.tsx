import type { Clipping } from '../storage/clipping';
import { clippingDate } from '../storage/clipping-search';
import { groupFacts } from './FactGroups';
import { factName } from './fact-names';
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

/**
 * The categories a row shows, in order: who was hit first (the victim organisations, then their
 * services, those said to be unaffected last), then who responded, then who attacked. Each has a
 * first share of the row, so a row with many services still names an agency; slots left over go
 * to the rest in the same order.
 */
const KEY_CATEGORIES = ['organization', 'service', 'agency', 'actor', 'malware', 'vulnerability'] as const;
const FIRST_SHARE: Readonly<Record<(typeof KEY_CATEGORIES)[number], number>> = { organization: 2, service: 2, agency: 1, actor: 1, malware: 1, vulnerability: 1 };
const KEY_FACTS = 5;

/** One fact of a list row. */
export interface KeyFact {
  category: (typeof KEY_CATEGORIES)[number];
  value: string;
  fact: Clipping['facts'][number];
}

/** The few facts worth showing in a list row: distinct values, victims first (see KEY_CATEGORIES). */
export function keyFactsOf(clipping: Clipping): KeyFact[] {
  const unaffectedLast = (fact: Clipping['facts'][number]) => (fact.attrs?.status === 'unaffected' ? 1 : 0);
  // A service named short after its full name is one row in the popup, so one chip here too.
  const services = new Map(
    groupFacts(clipping.facts)
      .find((group) => group.category === 'service')
      ?.rows.flatMap((row) => row.mentions.map((m) => [m, row.value] as const)) ?? [],
  );
  const candidates = KEY_CATEGORIES.map((category) => {
    const seen = new Set<string>();
    return clipping.facts
      .filter((fact) => fact.category === category && (category !== 'service' || services.get(fact) === fact.value))
      .sort((a, b) => unaffectedLast(a) - unaffectedLast(b))
      .filter((fact) => !seen.has(fact.value) && Boolean(seen.add(fact.value)))
      .map((fact): KeyFact => ({ category, value: fact.value, fact }));
  });
  const taken = candidates.map((list, k) => list.slice(0, FIRST_SHARE[KEY_CATEGORIES[k]]));
  let room = KEY_FACTS - taken.reduce((n, list) => n + list.length, 0);
  for (let k = 0; k < candidates.length && room > 0; k++) {
    const more = candidates[k].slice(taken[k].length, taken[k].length + room);
    taken[k] = [...taken[k], ...more];
    room -= more.length;
  }
  return taken.flat().slice(0, KEY_FACTS);
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
        {keyFactsOf(clipping).map(({ category, value, fact }) => {
          const { shown, other } = factName(fact);
          return (
            <span
              key={`${category}:${value}`}
              class="fact-chip"
              data-category={category}
              data-status={fact.attrs?.status}
              title={other ? `${t(`fact_${category}`)}: ${other}` : t(`fact_${category}`)}
              style={{ background: `var(--il-${category}-bg)`, color: `var(--il-${category}-fg)` }}
            >
              {shown}
            </span>
          );
        })}
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
