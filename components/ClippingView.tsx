import type { ComponentChildren } from 'preact';
import type { FactCategory } from '../engine/types';
import { recategorized, withoutFacts, type Clipping, type ClippingFact } from '../storage/clipping';
import { clippingDate } from '../storage/clipping-search';
import { linkableUrl } from '../storage/registrable-domain';
import FactGroups from './FactGroups';
import HighlightedText, { type TextSpan } from './HighlightedText';
import NoteField from './NoteField';
import { t } from './i18n';
import TagEditor from './TagEditor';
import { useClippingEdit, type EditableField } from './use-clipping-edit';
import VerdictPanel from './VerdictPanel';

/** Props of {@link ClippingView}. */
export type ClippingViewProps = {
  /**
   * The clipping shown, as stored now: a new version written by another tab updates the view
   * without losing the user's unsaved edits.
   */
  clipping: Clipping;
  /** True once another tab deleted the clipping: the unsaved edit stays on screen, saving is off. */
  deletedElsewhere?: boolean;
  /** Tags used in the library, offered while typing. */
  tagSuggestions: string[];
  /**
   * Called with the edited clipping and the stored version the edit is based on when the user
   * saves; resolves with the clipping as stored, rejects when nothing was saved.
   */
  onSave: (edited: Clipping, base: Clipping) => Promise<Clipping>;
  /** Called to delete the clipping (the list offers undo). */
  onDelete: (clipping: Clipping) => void;
  /** Called to go back to the list (or wherever the clipping was opened from). */
  onBack: () => void;
  /** What the back button says; "Back to the list" when omitted. */
  backLabel?: string;
  /** A passage to outline and scroll to (the sentence an incident's fact came from). */
  passage?: TextSpan | null;
  /** Shown first beside the text: the clipping's incident. */
  incidentPanel?: ComponentChildren;
};

const FIELD_LABEL: Record<EditableField, Parameters<typeof t>[0]> = {
  title: 'liveFieldTitle',
  note: 'liveFieldNote',
  tags: 'liveFieldTags',
  facts: 'liveFieldFacts',
};

/** One clipping: its text with facts highlighted, and its title, note, tags and facts, all editable. */
export default function ClippingView({ clipping, deletedElsewhere = false, tagSuggestions, onSave, onDelete, onBack, backLabel, passage = null, incidentPanel }: ClippingViewProps) {
  const { edited, state, conflicts, changedElsewhere, change, save, takeTheirs } = useClippingEdit(clipping, onSave);
  // A field in conflict is reported by its own line, not as "updated".
  const updatedElsewhere = changedElsewhere.filter((field) => !conflicts.some((c) => c.field === field));
  const onRemoveFact = (mentions: ClippingFact[]) => change({ facts: withoutFacts(edited.facts, mentions) });
  const onChangeCategory = (mentions: ClippingFact[], category: FactCategory) => change({ facts: recategorized(edited.facts, mentions, category) });

  return (
    <article class="clipping-view" data-clipping-id={clipping.id}>
      <div class="view-actions">
        <button type="button" onClick={onBack}>
          {backLabel ?? t('back')}
        </button>
        <button type="button" class="primary" data-action="save-changes" disabled={state !== 'dirty' || deletedElsewhere} onClick={() => void save()}>
          {state === 'saving' ? t('saving') : state === 'saved' ? t('saved') : t('saveChanges')}
        </button>
        <button type="button" class="delete" data-action="delete" disabled={deletedElsewhere} onClick={() => onDelete(clipping)}>
          {t('delete')}
        </button>
      </div>
      {deletedElsewhere ? (
        <p class="error live-notice" role="alert" data-live="deleted">
          {t('liveDeletedElsewhere')}
        </p>
      ) : (
        updatedElsewhere.length > 0 && (
          <p class="status live-notice" role="status" data-live="changed">
            {t('liveChangedElsewhere', updatedElsewhere.map((field) => t(FIELD_LABEL[field])).join(', '))}
          </p>
        )
      )}
      {conflicts.map(({ field, theirs }) => (
        <p key={field} class="error live-conflict" role="alert" data-conflict={field}>
          {t('liveConflict', t(FIELD_LABEL[field]), Array.isArray(theirs) ? theirs.join(', ') : String(theirs ?? ''))}{' '}
          <button type="button" data-action="take-theirs" onClick={() => takeTheirs(field)}>
            {t('liveUseTheirs')}
          </button>
        </p>
      ))}
      <input
        class="title-input"
        aria-label={t('titleLabel')}
        value={edited.title ?? ''}
        onInput={(event) => change({ title: (event.currentTarget as HTMLInputElement).value })}
      />
      <p class="clipping-meta">
        {[edited.site, clippingDate(edited)].filter(Boolean).join(' · ')}{' '}
        {/* Only http(s) addresses are links: a clipping stored or imported with another scheme shows none. */}
        {linkableUrl(edited.url) && (
          <a href={linkableUrl(edited.url)} target="_blank" rel="noreferrer noopener">
            {t('openOriginal')}
          </a>
        )}
      </p>
      <VerdictPanel incident={edited.incident} />
      <div class="view-columns">
        <div lang={edited.lang}>
          <HighlightedText text={edited.text} facts={edited.facts} passage={passage} />
        </div>
        <aside class="view-side">
          {incidentPanel}
          <NoteField value={edited.note} rows={5} onChange={(note) => change({ note })} />
          <div class="field">
            <span>{t('tags')}</span>
            <TagEditor tags={edited.tags} suggestions={tagSuggestions} onChange={(tags) => change({ tags })} idPrefix="view-tags" />
          </div>
          <h3 class="section-title">{t('factsTitle')}</h3>
          <FactGroups facts={edited.facts} onRemove={onRemoveFact} onChangeCategory={onChangeCategory} />
        </aside>
      </div>
    </article>
  );
}
