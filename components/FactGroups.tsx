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
 * "皇家邮政" nine times, the user judges Royal Mail once. A service named short after its full
 * name ("billing portal" after "customer billing portal", "Safe 钱包" after "Bybit Safe 钱包") is
 * the same service: its mentions join the longer name's row.
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
    return { category, rows: category === 'service' ? mergeShortNames([...rows.values()]) : [...rows.values()] };
  }).filter((group) => group.rows.length > 0);
}

/** Whether `long` ends with `short` as a whole word: "customer billing portal" / "billing portal", "云数据库" / "数据库". */
function endsWithName(long: string, short: string): boolean {
  const a = long.toLowerCase();
  const b = short.toLowerCase();
  if (a.length <= b.length || !a.endsWith(b)) return false;
  // A Latin name must start at a word boundary ("Safe 钱包", not "afe 钱包"); Chinese has none to check.
  return !/^[a-z0-9]/i.test(b) || !/[a-z0-9]/i.test(a[a.length - b.length - 1]);
}

/**
 * Rows whose value ends another row's value, merged into the longest when their status agrees, and
 * only when the longer names form one chain ("portal" < "billing portal" < "customer billing portal"); a short name ending two
 * different services ("数据库": "云数据库", "客户数据库") stays its own row. Rows keep text order.
 */
function mergeShortNames(rows: FactRowData[]): FactRowData[] {
  const into = new Map<FactRowData, FactRowData>();
  // Status of a row, or null when its mentions disagree: a short name said unaffected where the full one is hit stays apart.
  const statusOf = (row: FactRowData): string | null => {
    const statuses = new Set(row.mentions.map((m) => m.attrs?.status ?? ''));
    return statuses.size === 1 ? [...statuses][0] : null;
  };
  for (const row of rows) {
    const status = statusOf(row);
    if (status === null) continue;
    const longer = rows.filter((other) => endsWithName(other.value, row.value) && statusOf(other) === status).sort((x, y) => y.value.length - x.value.length);
    if (longer.length > 0 && longer.every((other) => other === longer[0] || endsWithName(longer[0].value, other.value))) into.set(row, longer[0]);
  }
  if (into.size === 0) return rows;
  for (const [row, target] of into) target.mentions.push(...row.mentions);
  const kept = rows.filter((row) => !into.has(row));
  for (const row of kept) row.mentions.sort((x, y) => x.start - y.start);
  return kept.sort((x, y) => x.mentions[0].start - y.mentions[0].start);
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
