import { useState } from 'preact/hooks';
import { FACT_CATEGORIES, type FactCategory } from '../engine/types';
import type { ClippingFact } from '../storage/clipping';
import CategorySelect from './CategorySelect';
import { t } from './i18n';

/** Props of {@link FactGroups}. */
export type FactGroupsProps = {
  /** The facts, in text order. */
  facts: ClippingFact[];
  /** Called when the user picks a fact, to scroll the page to it. Without it facts are plain text. */
  onReveal?: (fact: ClippingFact) => void;
  /** Called to drop a wrong fact: every mention of one value in one category. */
  onRemove: (mentions: ClippingFact[]) => void;
  /** Called to move a fact (every mention of it) to another category. */
  onChangeCategory: (mentions: ClippingFact[], category: FactCategory) => void;
};

/** One row: a value of a category and its mentions in text order. */
export interface FactRow {
  category: FactCategory;
  value: string;
  mentions: ClippingFact[];
}

/**
 * The facts of each category (in the UI order), one row per normalised value: an article names
 * "皇家邮政" nine times, the user judges Royal Mail once.
 */
export function groupFacts(facts: readonly ClippingFact[]): Array<{ category: FactCategory; rows: FactRow[] }> {
  return FACT_CATEGORIES.map((category) => {
    const rows = new Map<string, FactRow>();
    for (const fact of facts) {
      if (fact.category !== category) continue;
      const row = rows.get(fact.value) ?? { category, value: fact.value, mentions: [] };
      row.mentions.push(fact);
      rows.set(fact.value, row);
    }
    return { category, rows: [...rows.values()] };
  }).filter((group) => group.rows.length > 0);
}

function FactRowItem({ row, onReveal, onRemove, onChangeCategory }: { row: FactRow } & Omit<FactGroupsProps, 'facts'>) {
  const [next, setNext] = useState(0);
  const first = row.mentions[0];
  // Each click shows the next mention, so every place the fact is named can be checked.
  const reveal = () => {
    onReveal?.(row.mentions[next % row.mentions.length]);
    setNext(next + 1);
  };
  return (
    <li class="fact" data-origin={row.mentions.some((m) => m.origin === 'user') ? 'user' : 'engine'} data-value={row.value}>
      {onReveal ? (
        <button type="button" class="link fact-text" title={t('revealFact')} onClick={reveal}>
          {first.text}
        </button>
      ) : (
        <span class="fact-text">{first.text}</span>
      )}
      <span class="fact-value">
        {row.value !== first.text ? row.value : ''}
        {row.mentions.length > 1 && <span class="mentions"> ×{row.mentions.length}</span>}
        {first.attrs?.status && (
          <span class="fact-status" data-status={first.attrs.status}>
            {first.attrs.status === 'unaffected' ? t('statusUnaffected') : t('statusAffected')}
          </span>
        )}
      </span>
      <CategorySelect value={row.category} label={t('changeCategoryOf', first.text)} onChange={(category) => onChangeCategory(row.mentions, category)} />
      <button type="button" class="icon remove-fact" aria-label={t('removeFact', first.text)} title={t('removeFact', first.text)} onClick={() => onRemove(row.mentions)}>
        ×
      </button>
    </li>
  );
}

/** Facts grouped by category, one row per value with its mention count, and edit controls. */
export default function FactGroups({ facts, onReveal, onRemove, onChangeCategory }: FactGroupsProps) {
  const groups = groupFacts(facts);
  if (groups.length === 0) return <p class="facts-empty">{t('noFacts')}</p>;
  return (
    <div class="fact-groups">
      {groups.map((group) => (
        <section key={group.category} class="fact-group" data-category={group.category}>
          <h3>
            <span class="swatch" style={{ background: `var(--il-${group.category}-bg)` }} />
            {t(`category_${group.category}`)} <span class="count">{group.rows.length}</span>
          </h3>
          <ul>
            {group.rows.map((row) => (
              <FactRowItem key={row.value} row={row} onReveal={onReveal} onRemove={onRemove} onChangeCategory={onChangeCategory} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
