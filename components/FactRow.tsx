import { useState } from 'preact/hooks';
import type { FactCategory } from '../engine/types';
import type { ClippingFact } from '../storage/clipping';
import CategorySelect from './CategorySelect';
import type { FactRowData } from './FactGroups';
import { factName } from './fact-names';
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

/**
 * One line of {@link FactGroups}: the text as the article has it (beside it, when different, its
 * name in the UI language or the normalised value), the status of a service and the mention count, then two small buttons. The
 * category select opens on demand, so a popup shows a dozen facts, not six.
 */
export default function FactRow({ row, onReveal, onRemove, onChangeCategory }: FactRowProps) {
  const [next, setNext] = useState(0);
  const [editing, setEditing] = useState(false);
  // The mention that carries the row's name: a row of merged names shows the full one ("customer billing portal").
  const first = row.mentions.find((m) => m.value === row.value) ?? row.mentions[0];
  // Each click shows the next mention, so every place the fact is named can be checked.
  const reveal = () => {
    onReveal?.(row.mentions[next % row.mentions.length]);
    setNext(next + 1);
  };
  const status = first.attrs?.status;
  // Beside the text as the article has it: its name in the UI language, or the other one.
  const { shown, other } = factName(first);
  const beside = shown !== first.text ? shown : other && other !== first.text ? other : null;
  return (
    <li class="fact" data-origin={row.mentions.some((m) => m.origin === 'user') ? 'user' : 'engine'} data-value={row.value} data-status={status}>
      <span class="fact-main">
        {onReveal ? (
          <button type="button" class="link fact-text" title={t('revealFact')} onClick={reveal}>
            {first.text}
          </button>
        ) : (
          <span class="fact-text">{first.text}</span>
        )}
        {beside && (
          <span class="fact-value" title={row.value}>
            {beside}
          </span>
        )}
      </span>
      {status && (
        <span class="fact-status" data-status={status}>
          {status === 'unaffected' ? t('statusUnaffected') : t('statusAffected')}
        </span>
      )}
      {row.mentions.length > 1 ? (
        <span class="mentions" title={t('mentionsTitle', String(row.mentions.length))}>
          ×{row.mentions.length}
        </span>
      ) : (
        <span class="mentions" />
      )}
      <button
        type="button"
        class="icon edit-fact"
        aria-expanded={editing}
        aria-label={t('editCategoryOf', first.text)}
        title={t('editCategoryOf', first.text)}
        onClick={() => setEditing(!editing)}
      >
        ✎
      </button>
      <button type="button" class="icon remove-fact" aria-label={t('removeFact', first.text)} title={t('removeFact', first.text)} onClick={() => onRemove(row.mentions)}>
        ×
      </button>
      {editing && (
        <span class="fact-edit">
          <CategorySelect
            value={row.category}
            label={t('changeCategoryOf', first.text)}
            onChange={(category) => {
              setEditing(false);
              onChangeCategory(row.mentions, category);
            }}
          />
        </span>
      )}
    </li>
  );
}
