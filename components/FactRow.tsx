import { useState } from 'preact/hooks';
import type { FactCategory } from '../engine/types';
import type { ClippingFact } from '../storage/clipping';
import CategorySelect from './CategorySelect';
import type { FactRowData } from './FactGroups';
import { t } from './i18n';

/** Props of {@link FactRow}. */
export type FactRowProps = {
  /** The value and its mentions, in text order. */
  row: FactRowData;
  /** Called with the mention to scroll to; each click moves to the next one. Plain text without it. */
  onReveal?: (fact: ClippingFact) => void;
  /** Called to drop every mention of the row's value. */
  onRemove: (mentions: ClippingFact[]) => void;
  /** Called to move every mention of the row's value to another category. */
  onChangeCategory: (mentions: ClippingFact[], category: FactCategory) => void;
};

/** One row of {@link FactGroups}: a value, its mention count and status, and its edit controls. */
export default function FactRow({ row, onReveal, onRemove, onChangeCategory }: FactRowProps) {
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
