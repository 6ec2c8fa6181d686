import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../storage/clipping';
import type { ClippingRepository } from '../storage/clipping-repository';
import type { ClippingFilters } from '../storage/clipping-search';
import { requestPersistentStorage } from '../storage/persistence';
import CategoryColorStyle from './CategoryColorStyle';
import ClippingListItem from './ClippingListItem';
import ClippingView from './ClippingView';
import FilterBar, { type FilterOptions } from './FilterBar';
import { t } from './i18n';
import LibraryCharts from './LibraryCharts';
import { createWorkerTransfer, type LibraryTransferService } from './library-transfer-service';
import LibraryTransfer from './LibraryTransfer';
import { useLiveLibrary } from './use-live-library';

/** Props of {@link LibraryApp}. */
export type LibraryAppProps = {
  /** Where clippings are read and written. */
  repository: ClippingRepository;
  /** Asks the browser to keep the library (navigator.storage.persist); injectable for tests. */
  requestPersistence?: () => Promise<unknown>;
  /** Clippings per list page. */
  pageSize?: number;
  /** How long "Undo" stays offered after a delete. */
  undoMs?: number;
  /** Export and import; the transfer worker when omitted (started on first use). */
  transfer?: LibraryTransferService;
};

function sortedValues(clippings: readonly Clipping[], pick: (clipping: Clipping) => Iterable<string | null | undefined>): string[] {
  const values = new Set<string>();
  for (const clipping of clippings) for (const value of pick(clipping)) if (value) values.add(value);
  return [...values].sort((a, b) => a.localeCompare(b));
}

function filterOptionsOf(clippings: readonly Clipping[]): FilterOptions {
  const factValues = sortedValues(clippings, (c) => c.factValues);
  return {
    kinds: sortedValues(clippings, (c) => c.kinds),
    sites: sortedValues(clippings, (c) => [c.site]),
    langs: sortedValues(clippings, (c) => [c.lang]),
    tags: sortedValues(clippings, (c) => c.tags),
    agencies: factValues.filter((v) => v.startsWith('agency:')),
    organizations: factValues.filter((v) => v.startsWith('organization:')),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The library page: search and filter clippings, read and edit one, delete with undo, charts. */
export default function LibraryApp({ repository, requestPersistence = requestPersistentStorage, pageSize = 50, undoMs = 10_000, transfer: givenTransfer }: LibraryAppProps) {
  const transfer = useMemo(() => givenTransfer ?? createWorkerTransfer(), [givenTransfer]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The library, live: writes from other tabs, the popup and the background reach it without a reload.
  const { index, preview, version, error: readError, apply } = useLiveLibrary(repository, pageSize);
  const [filters, setFilters] = useState<ClippingFilters>({});
  const [page, setPage] = useState(0);
  const [tab, setTab] = useState<'list' | 'charts'>('list');
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Clipping | null>(null);
  const [writeError, setError] = useState<string | null>(null);
  const error = writeError ?? readError;
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The open clipping as last seen, kept on screen if another tab deletes it. */
  const lastOpen = useRef<Clipping | null>(null);

  useEffect(() => {
    void requestPersistence().catch(() => undefined);
  }, [requestPersistence]);
  useEffect(() => () => void (undoTimer.current && clearTimeout(undoTimer.current)), []);

  const all = useMemo(() => index?.clippings ?? [], [index, version]);
  const options = useMemo(() => filterOptionsOf(all), [all]);
  const filtering = Object.values(filters).some(Boolean);
  const results = useMemo(() => (index ? index.search(filters) : filtering ? [] : preview?.clippings ?? []), [index, version, filters, filtering, preview]);
  const total = index?.size ?? preview?.total ?? null;
  const tags = options.tags;
  const pages = Math.max(1, Math.ceil(results.length / pageSize));
  const current = Math.min(page, pages - 1);
  const shown = results.slice(current * pageSize, (current + 1) * pageSize);
  const found = openId ? all.find((c) => c.id === openId) ?? null : null;
  if (found) lastOpen.current = found;
  // Deleted by another tab while open: the view stays, with what the user typed, and says so.
  const openDeleted = Boolean(openId && !found && index && lastOpen.current?.id === openId);
  const open = found ?? (openDeleted ? lastOpen.current : null);

  const onFilters = (next: ClippingFilters) => {
    setFilters(next);
    setPage(0);
  };
  const onSaveEdits = async (clipping: Clipping, base: Clipping) => {
    try {
      const updated = await repository.update(clipping, base);
      apply({ upsert: updated });
      setError(null);
      return updated;
    } catch (e) {
      setError(t('editFailed', messageOf(e)));
      throw e;
    }
  };
  const onDelete = async (clipping: Clipping) => {
    try {
      await repository.remove(clipping.id);
    } catch (e) {
      setError(messageOf(e));
      return;
    }
    apply({ remove: clipping.id });
    if (openId === clipping.id) setOpenId(null);
    setDeleted(clipping);
    if (undoTimer.current) clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setDeleted(null), undoMs);
  };
  const onUndo = async () => {
    if (!deleted) return;
    try {
      await repository.restore(deleted);
      apply({ upsert: deleted });
      setDeleted(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <main class="library">
      <CategoryColorStyle />
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        {total !== null && <span class="library-count">{t('clippingCount', String(total))}</span>}
      </header>
      {total !== null && !open && (
        <LibraryTransfer
          transfer={transfer}
          total={total}
          resultIds={filtering ? results.map((c) => c.id) : null}
          selectedIds={[...selected]}
          onSelectAll={() => setSelected(new Set(results.map((c) => c.id)))}
          onSelectNone={() => setSelected(new Set())}
          // What an import wrote reaches the list like any other write (useLiveLibrary).
          onImported={() => undefined}
        />
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {deleted && (
        <div class="undo-bar" role="status">
          <span>{t('deletedClipping', deleted.title || t('untitled'))}</span>
          <button type="button" data-action="undo" onClick={() => void onUndo()}>
            {t('undo')}
          </button>
        </div>
      )}
      {open ? (
        <ClippingView
          clipping={open}
          deletedElsewhere={openDeleted}
          tagSuggestions={tags} onSave={onSaveEdits} onDelete={(c) => void onDelete(c)} onBack={() => setOpenId(null)}
        />
      ) : total === null ? (
        <p class="status">{t('popupLoading')}</p>
      ) : total === 0 ? (
        <p class="empty">{t('libraryEmpty')}</p>
      ) : (
        <>
          <FilterBar filters={filters} options={options} onChange={onFilters} />
          <nav class="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'list'} data-tab="list" onClick={() => setTab('list')}>
              {t('tabList')}
            </button>
            <button type="button" role="tab" aria-selected={tab === 'charts'} data-tab="charts" onClick={() => setTab('charts')}>
              {t('tabCharts')}
            </button>
            <span class="result-count" aria-live="polite">
              {index ? t('resultCount', String(results.length)) : t('libraryIndexing')}
            </span>
          </nav>
          {tab === 'charts' && !index ? (
            <p class="status">{t('libraryIndexing')}</p>
          ) : tab === 'charts' ? (
            <LibraryCharts
              clippings={results}
              onSelectKind={(kind) => {
                onFilters({ ...filters, kind });
                setTab('list');
              }}
              onSelectFactValue={(factValue) => {
                onFilters({ ...filters, factValue });
                setTab('list');
              }}
            />
          ) : !index && filtering ? (
            <p class="status">{t('libraryIndexing')}</p>
          ) : results.length === 0 ? (
            <p class="empty">{t('noResults')}</p>
          ) : (
            <>
              <ul class="clipping-list">
                {shown.map((clipping) => (
                  <ClippingListItem
                    key={clipping.id}
                    clipping={clipping}
                    onOpen={(c) => setOpenId(c.id)}
                    onDelete={(c) => void onDelete(c)}
                    selected={selected.has(clipping.id)}
                    onToggleSelect={(c) => setSelected((now) => (now.has(c.id) ? new Set([...now].filter((id) => id !== c.id)) : new Set([...now, c.id])))}
                  />
                ))}
              </ul>
              {index && pages > 1 && (
                <nav class="pager">
                  <button type="button" data-action="previous-page" disabled={current === 0} onClick={() => setPage(current - 1)}>
                    {t('previousPage')}
                  </button>
                  <span>{t('pageOf', String(current + 1), String(pages))}</span>
                  <button type="button" data-action="next-page" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                    {t('nextPage')}
                  </button>
                </nav>
              )}
            </>
          )}
        </>
      )}
    </main>
  );
}
