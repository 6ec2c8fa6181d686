import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FactCategory } from '../engine/types';
import { recategorized, withoutFacts, type Clipping, type ClippingFact } from '../storage/clipping';
import { clippingDate } from '../storage/clipping-search';
import { linkableUrl } from '../storage/registrable-domain';
import FactGroups from './FactGroups';
import HighlightedText, { type TextSpan } from './HighlightedText';
import NoteField from './NoteField';
import { t } from './i18n';
import TagEditor from './TagEditor';
import VerdictPanel from './VerdictPanel';

/** Props of {@link ClippingView}. */
export type ClippingViewProps = {
  /** The clipping shown. */
  clipping: Clipping;
  /** Tags used in the library, offered while typing. */
  tagSuggestions: string[];
  /** Called with the edited clipping when the user saves changes; resolves when stored. */
  onSave: (clipping: Clipping) => Promise<void>;
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

/** One clipping: its text with facts highlighted, and its title, note, tags and facts, all editable. */
export default function ClippingView({ clipping, tagSuggestions, onSave, onDelete, onBack, backLabel, passage = null, incidentPanel }: ClippingViewProps) {
  const [edited, setEdited] = useState<Clipping>(clipping);
  const [state, setState] = useState<'clean' | 'dirty' | 'saving' | 'saved'>('clean');
  // A different clipping resets the form; the same one coming back after a save keeps "Saved".
  useEffect(() => {
    setEdited(clipping);
    setState('clean');
  }, [clipping.id]);

  const change = (patch: Partial<Clipping>) => {
    setEdited((previous) => ({ ...previous, ...patch }));
    setState('dirty');
  };
  const onRemoveFact = (mentions: ClippingFact[]) => change({ facts: withoutFacts(edited.facts, mentions) });
  const onChangeCategory = (mentions: ClippingFact[], category: FactCategory) => change({ facts: recategorized(edited.facts, mentions, category) });
  const save = async () => {
    setState('saving');
    try {
      await onSave(edited);
      setState('saved');
    } catch {
      setState('dirty');
    }
  };

  return (
    <article class="clipping-view" data-clipping-id={clipping.id}>
      <div class="view-actions">
        <button type="button" onClick={onBack}>
          {backLabel ?? t('back')}
        </button>
        <button type="button" class="primary" data-action="save-changes" disabled={state !== 'dirty'} onClick={() => void save()}>
          {state === 'saving' ? t('saving') : state === 'saved' ? t('saved') : t('saveChanges')}
        </button>
        <button type="button" class="delete" data-action="delete" onClick={() => onDelete(clipping)}>
          {t('delete')}
        </button>
      </div>
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
