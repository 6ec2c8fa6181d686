import { FACT_CATEGORIES, type FactCategory } from '../engine/types';
import type { ClippingFact } from '../storage/clipping';
import FactRow from './FactRow';
import { factCountLabel, t } from './i18n';

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
export interface FactRowData {
  category: FactCategory;
  value: string;
  mentions: ClippingFact[];
}

/**
 * The facts of each category (in the UI order), one row per normalised value: an article names
 * "皇家邮政" nine times, the user judges Royal Mail once.
 */
export function groupFacts(facts: readonly ClippingFact[]): Array<{ category: FactCategory; rows: FactRowData[] }> {
  return FACT_CATEGORIES.map((category) => {
    const rows = new Map<string, FactRowData>();
    for (const fact of facts) {
      if (fact.category !== category) continue;
      const row = rows.get(fact.value) ?? { category, value: fact.value, mentions: [] };
      row.mentions.push(fact);
      rows.set(fact.value, row);
    }
    return { category, rows: [...rows.values()] };
  }).filter((group) => group.rows.length > 0);
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
            {t(`category_${group.category}`)} <span class="count">{factCountLabel(group.rows.length, group.rows.reduce((n, row) => n + row.mentions.length, 0))}</span>
          </h3>
          <ul>
            {group.rows.map((row) => (
              <FactRow key={row.value} row={row} onReveal={onReveal} onRemove={onRemove} onChangeCategory={onChangeCategory} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
