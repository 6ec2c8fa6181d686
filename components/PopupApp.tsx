import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FactCategory } from '../engine/types';
import { draftFor, factKey, quoteSelector, recategorized, withoutFacts, type ClippingFact } from '../storage/clipping';
import ArticleSummary from './ArticleSummary';
import CategoryColorStyle from './CategoryColorStyle';
import CategorySelect from './CategorySelect';
import EmptyState from './EmptyState';
import FactGroups from './FactGroups';
import IncidentProposal from './IncidentProposal';
import NoteField from './NoteField';
import PopupExport from './PopupExport';
import { t } from './i18n';
import { createPopupServices, type PopupServices } from './popup-services';
import SiteAccessPanel from './SiteAccessPanel';
import TagEditor from './TagEditor';
import VerdictPanel from './VerdictPanel';
import { useIncidentLink } from './use-incident-link';
import { usePageSnapshot } from './use-page-snapshot';
import { usePopupDraft, type PopupField } from './use-popup-draft';

/** Props of {@link PopupApp}. */
export type PopupAppProps = {
  /** The popup's query string (`?tabId=N` picks the tab). */
  search: string;
  /** The popup's effects; the real ones when omitted (tests pass their own). */
  services?: PopupServices;
};

const POPUP_FIELD_LABEL: Record<PopupField, Parameters<typeof t>[0]> = { note: 'liveFieldNote', tags: 'liveFieldTags', facts: 'liveFieldFacts' };

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'failed'; error: string };


/** The toolbar popup: the verdict, the facts to keep, a note and tags, and Save. */
export default function PopupApp({ search, services: given }: PopupAppProps) {
  const services = useMemo(() => given ?? createPopupServices(), [given]);
  const [attempt, setAttempt] = useState(0);
  const [anyway, setAnyway] = useState(false);
  const status = usePageSnapshot(search, services.loadPage, attempt, anyway);
  const page = status.state === 'ready' ? status.page : null;
  const tabId = status.state === 'ready' ? status.tabId : null;
  const draft = usePopupDraft(services, page);
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [newCategory, setNewCategory] = useState<FactCategory>('organization');
  const [selectionHint, setSelectionHint] = useState<string | null>(null);
  const edits = draft.edits;
  // Each save links the clipping to its proposed incident (the background does it): read it again
  // after every save, and bring the proposal into view once it is read.
  const [saves, setSaves] = useState(0);
  const link = useIncidentLink(services.incidents, draft.saved?.id ?? null, saves);
  const proposal = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saves > 0 && link.loaded) proposal.current?.scrollIntoView?.({ block: 'nearest' });
  }, [saves, link.loaded]);

  useEffect(() => {
    void services.tagSuggestions().then(setSuggestions, () => setSuggestions([]));
  }, [services]);

  // The page shows what the popup holds: re-paint when the user edited the facts.
  useEffect(() => {
    if (tabId !== null && edits?.factsEdited) void services.showFacts(tabId, edits.facts);
  }, [services, tabId, edits?.facts, edits?.factsEdited]);

  const setFacts = (facts: ClippingFact[]) => draft.update({ facts });
  const onRemove = (mentions: ClippingFact[]) => edits && setFacts(withoutFacts(edits.facts, mentions));
  const onChangeCategory = (mentions: ClippingFact[], category: FactCategory) => edits && setFacts(recategorized(edits.facts, mentions, category));
  const onReveal = (fact: ClippingFact) => tabId !== null && void services.revealFact(tabId, { start: fact.start, end: fact.end });
  const onAddSelection = async () => {
    if (!page || !edits || tabId === null) return;
    const span = await services.getSelection(tabId);
    if (!span) {
      setSelectionHint(t('noSelection'));
      return;
    }
    setSelectionHint(null);
    const fact: ClippingFact = {
      category: newCategory,
      text: span.text,
      start: span.start,
      end: span.end,
      value: span.text,
      selector: quoteSelector(page.article.text, span.start, span.end),
      origin: 'user',
    };
    if (edits.facts.some((other) => factKey(other) === factKey(fact))) return;
    setFacts([...edits.facts, fact].sort((a, b) => a.start - b.start || a.end - b.end));
  };

  const onSave = async () => {
    if (!page || !edits) return;
    setSave({ state: 'saving' });
    draft.markSaving();
    await draft.flush();
    void services.requestPersistence();
    const reply = await services.save(draftFor(page.article, page.analysis, edits), draft.base);
    if (reply.ok) {
      await draft.markSaved(reply.value);
      setSave({ state: 'idle' });
      setSaves((n) => n + 1);
    } else {
      // The draft stays in storage: nothing typed is lost, the user can save again.
      draft.markSaveFailed();
      setSave({ state: 'failed', error: reply.error });
    }
  };

  // A field in conflict is reported by its own line, not as "updated".
  const remote = draft.remote;
  const updatedElsewhere = remote?.kind === 'changed' ? remote.fields.filter((field) => !remote.conflicts.some((c) => c.field === field)) : [];

  const saveLabel =
    save.state === 'saving' ? t('saving') : draft.saved && !draft.dirty ? t('saved') : draft.saved ? t('update') : t('save');

  return (
    <main class="popup">
      <CategoryColorStyle />
      {status.state === 'loading' && <p class="status">{t('popupLoading')}</p>}
      {(status.state === 'no-article' || status.state === 'unreadable') && (
        <EmptyState
          reason={status.state === 'unreadable' ? 'unreadable' : 'no-article'}
          onRetry={status.state === 'no-article' ? () => setAttempt(attempt + 1) : undefined}
          onAnalyseAnyway={status.state === 'no-article' && status.tabId !== null && !anyway ? () => setAnyway(true) : undefined}
          onOpenLibrary={services.openLibrary}
        />
      )}
      {page && (
        <>
          <ArticleSummary article={page.article} language={page.analysis.language} excerpt={page.excerpt} />
          <VerdictPanel incident={page.analysis.incident} />
          {draft.remote?.kind === 'deleted' && (
            <p class="status live-notice" role="status" data-live="deleted">
              {t('livePopupDeleted')}
            </p>
          )}
          {draft.remote?.kind === 'changed' && updatedElsewhere.length > 0 && (
            <p class="status live-notice" role="status" data-live="changed">
              {t('liveChangedElsewhere', updatedElsewhere.map((field) => t(POPUP_FIELD_LABEL[field])).join(', '))}
            </p>
          )}
          {draft.remote?.kind === 'changed' &&
            draft.remote.conflicts.map(({ field, theirs }) => (
              <p key={field} class="error live-conflict" role="alert" data-conflict={field}>
                {t('liveConflict', t(POPUP_FIELD_LABEL[field]), String(theirs ?? ''))}{' '}
                <button type="button" data-action="take-theirs" onClick={() => draft.takeTheirs(field)}>
                  {t('liveUseTheirs')}
                </button>
              </p>
            ))}
          {edits ? (
            <>
              {/* The user's note is half the point of a clipping: it comes before the facts. */}
              <NoteField value={edits.note} rows={2} onChange={(note) => draft.update({ note })} />
              <div class="field">
                <span>{t('tags')}</span>
                <TagEditor tags={edits.tags} suggestions={suggestions} onChange={(tags) => draft.update({ tags })} />
              </div>
              <h2 class="section-title">{t('factsTitle')}</h2>
              <FactGroups facts={edits.facts} onReveal={onReveal} onRemove={onRemove} onChangeCategory={onChangeCategory} />
              <div class="add-selection">
                <CategorySelect value={newCategory} label={t('newFactCategory')} onChange={setNewCategory} />
                <button type="button" data-action="add-selection" onClick={() => void onAddSelection()}>
                  {t('addSelectionAsFact')}
                </button>
              </div>
              {selectionHint && <p class="hint" role="status">{selectionHint}</p>}
            </>
          ) : (
            <p class="status">{t('popupLoading')}</p>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-action="save"
              data-saved={draft.saved && !draft.dirty ? 'yes' : 'no'}
              disabled={save.state === 'saving' || !edits}
              onClick={() => void onSave()}
            >
              {saveLabel}
            </button>
            <button type="button" data-action="open-library" onClick={services.openLibrary}>
              {t('openLibrary')}
            </button>
          </div>
          {draft.saved && (
            <div ref={proposal}>
              <IncidentProposal link={link} onOpenIncident={services.openIncident} />
            </div>
          )}
          {draft.saved && <PopupExport clipping={draft.saved} />}
          {save.state === 'failed' && (
            <p class="error" role="alert">
              {t('saveFailed', save.error)} {draft.draftError ? t('draftNotKept') : t('draftKept')}
            </p>
          )}
          {draft.draftError && (
            <p class="error" role="alert">
              {draft.draftError}
            </p>
          )}
          {tabId !== null && page.article.url && (
            <footer class="popup-footer">
              <SiteAccessPanel tabId={tabId} url={page.article.url} />
            </footer>
          )}
        </>
      )}
    </main>
  );
}
