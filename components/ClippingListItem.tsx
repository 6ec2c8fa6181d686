import type { Clipping } from '../storage/clipping';
import { t } from './i18n';

/** Props of {@link ClippingListItem}. */
export type ClippingListItemProps = {
  /** The clipping to show. */
  clipping: Clipping;
  /** Called when the user opens the clipping. */
  onOpen: (clipping: Clipping) => void;
  /** Called when the user deletes the clipping. */
  onDelete: (clipping: Clipping) => void;
};

/** One row of the library list: title, site, date, verdict. */
export default function ClippingListItem({ clipping, onOpen, onDelete }: ClippingListItemProps) {
  return (
    <li class="clipping" data-clipping-id={clipping.id}>
      <button type="button" class="link clipping-title" onClick={() => onOpen(clipping)}>
        {clipping.title || t('untitled')}
      </button>
      <div class="clipping-meta">
        <span>{clipping.site ?? ''}</span>
        <span>{clipping.published ?? ''}</span>
        <span class={clipping.isIncident ? 'verdict incident' : 'verdict'}>
          {clipping.isIncident ? t('verdictIncident') : t('verdictNotIncident')}
        </span>
      </div>
      <button type="button" class="delete" data-action="delete" onClick={() => onDelete(clipping)}>
        {t('delete')}
      </button>
    </li>
  );
}
