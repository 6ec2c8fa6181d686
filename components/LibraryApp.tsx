import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clipping, ClippingId } from '../storage/clipping';
import type { ClippingRepository } from '../storage/clipping-repository';
import type { ClippingFilters } from '../storage/clipping-search';
import type { Incident } from '../storage/incident';
import { incidentTimelineOf, type IncidentChange, type IncidentRepository } from '../storage/incident-repository';
import { requestPersistentStorage } from '../storage/persistence';
import CategoryColorStyle from './CategoryColorStyle';
import ClippingList from './ClippingList';
import ClippingView from './ClippingView';
import FilterBar, { type FilterOptions } from './FilterBar';
import { t } from './i18n';
import IncidentListItem from './IncidentListItem';
import IncidentProposal from './IncidentProposal';
import IncidentView from './IncidentView';
import LibraryCharts, { type ChartUnit } from './LibraryCharts';
import { createWorkerTransfer, type LibraryTransferService } from './library-transfer-service';
import LibraryTransfer from './LibraryTransfer';
import UndoBar from './UndoBar';
import { describeIncidentChange, useIncidentLink, type IncidentLinkServices } from './use-incident-link';
import { useLibraryRoute } from './use-library-route';
import { useLiveLibrary } from './use-live-library';

/** Props of {@link LibraryApp}. */
export type LibraryAppProps = {
  /** Where clippings are read and written. */
  repository: ClippingRepository;
  /** Where incidents are read and written, and clippings linked to them. */
  incidents: IncidentRepository;
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
export default function LibraryApp({ repository, incidents, requestPersistence = requestPersistentStorage, pageSize = 50, undoMs = 10_000, transfer: givenTransfer }: LibraryAppProps) {
  const transfer = useMemo(() => givenTransfer ?? createWorkerTransfer(), [givenTransfer]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The library, live: writes from other tabs, the popup and the background reach it without a reload.
  const { index, preview, version, error: readError, apply } = useLiveLibrary(repository, pageSize);
  const [filters, setFilters] = useState<ClippingFilters>({});
  const [page, setPage] = useState(0);
  const [tab, setTab] = useState<'list' | 'incidents' | 'charts'>('list');
  const [route, go] = useLibraryRoute();
  const [incidentList, setIncidentList] = useState<Incident[] | null>(null);
  const [chartUnit, setChartUnit] = useState<ChartUnit>('clipping');
  const [incidentUndo, setIncidentUndo] = useState<{ change: IncidentChange; message: string; undone: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const openId = route.kind === 'clipping' ? route.id : null;
  const [deleted, setDeleted] = useState<Clipping | null>(null);
  const [writeError, setError] = useState<string | null>(null);
  const error = writeError ?? readError;
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The open clipping as last seen, kept on screen if another tab deletes it. */
  const lastOpen = useRef<Clipping | null>(null);

  // The incidents, live like the clippings: links made in the popup or another tab show up here.
  // Read once the whole library is (every view of incidents waits for it), not before the first page.
  const indexed = index !== null;
  useEffect(
    () => (indexed ? repository.observe(() => incidents.list(), setIncidentList, (e) => setError(messageOf(e))) : undefined),
    [repository, incidents, indexed],
  );
  /** After an incident write: the incidents again, and the clippings whose links it changed. */
  const afterIncidentWrite = useCallback(
    async (clippingIds: readonly ClippingId[]) => {
      const [list, changed] = await Promise.all([incidents.list(), Promise.all(clippingIds.map((id) => repository.get(id)))]);
      setIncidentList(list);
      for (const clipping of changed) if (clipping) apply({ upsert: clipping });
      return list;
    },
    [incidents, repository, apply],
  );
  /** Runs an incident write from the library, leaving its message with Undo. */
  const incidentAct = async (write: () => Promise<IncidentChange>) => {
    setBusy(true);
    try {
      const change = await write();
      const list = await afterIncidentWrite(change.clippingsBefore.map((entry) => entry.id));
      setIncidentUndo({ change, message: describeIncidentChange(change, list.find((incident) => incident.id === change.incidentId)), undone: false });
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const onUndoIncident = async () => {
    if (!incidentUndo || incidentUndo.undone) return;
    setBusy(true);
    try {
      await incidents.undo(incidentUndo.change);
      await afterIncidentWrite(incidentUndo.change.clippingsBefore.map((entry) => entry.id));
      setIncidentUndo({ ...incidentUndo, undone: true, message: t('incidentUndone') });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  // The opened clipping's incident, as the popup shows it.
  const linkServices = useMemo<IncidentLinkServices>(() => ({ ...incidents, clipping: (id) => repository.get(id) }), [incidents, repository]);
  const link = useIncidentLink(linkServices, openId as ClippingId | null, version, () => void afterIncidentWrite(openId ? [openId as ClippingId] : []));
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
  const byId = useMemo(() => new Map(all.map((clipping) => [clipping.id, clipping])), [all]);
  const openIncident = route.kind === 'incident' ? incidentList?.find((incident) => incident.id === route.id) ?? null : null;
  const incidentClippings = useMemo(
    () => (openIncident ? openIncident.clippingIds.map((id) => byId.get(id)).filter((clipping): clipping is Clipping => Boolean(clipping)) : []),
    [openIncident, byId],
  );
  const incidentEvents = useMemo(() => incidentTimelineOf(incidentClippings), [incidentClippings]);
  // The incidents tab: those holding a clipping of the search result that reports an incident.
  const shownIncidents = useMemo(() => {
    if (!incidentList) return [];
    const ids = new Set(results.filter((clipping) => clipping.isIncident && clipping.incidentId).map((clipping) => clipping.incidentId));
    return incidentList.filter((incident) => ids.has(incident.id));
  }, [incidentList, results]);
  const unlinkedCount = useMemo(() => all.filter((clipping) => !clipping.incidentId).length, [all]);

  const onFilters = (next: ClippingFilters) => {
    setFilters(next);
    setPage(0);
  };
  const onSaveEdits = async (clipping: Clipping, base: Clipping) => {
    try {
      const updated = await repository.update(clipping, base);
      apply({ upsert: updated });
      if (updated.incidentId) setIncidentList(await incidents.refreshIncident(updated.incidentId).then(() => incidents.list()));
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
    if (clipping.incidentId) setIncidentList(await incidents.refreshIncident(clipping.incidentId).then(() => incidents.list()).catch(() => incidentList));
    if (openId === clipping.id) go({ kind: 'lists' });
    setDeleted(clipping);
    if (undoTimer.current) clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setDeleted(null), undoMs);
  };
  const onUndo = async () => {
    if (!deleted) return;
    try {
      await repository.restore(deleted);
      apply({ upsert: deleted });
      if (deleted.incidentId) setIncidentList(await incidents.refreshIncident(deleted.incidentId).then(() => incidents.list()));
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
      {total !== null && !open && !openIncident && (
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
      {incidentUndo && <UndoBar message={incidentUndo.message} busy={busy} onUndo={incidentUndo.undone ? undefined : () => void onUndoIncident()} />}
      {open && route.kind === 'clipping' ? (
        <ClippingView
          clipping={open}
          deletedElsewhere={openDeleted}
          tagSuggestions={tags}
          onSave={onSaveEdits}
          onDelete={(c) => void onDelete(c)}
          passage={route.passage}
          backLabel={route.fromIncident ? t('backToIncident') : undefined}
          onBack={() => go(route.fromIncident ? { kind: 'incident', id: route.fromIncident } : { kind: 'lists' })}
          incidentPanel={<IncidentProposal link={link} onOpenIncident={(id) => go({ kind: 'incident', id })} />}
        />
      ) : route.kind === 'incident' && incidentList !== null && index ? (
        openIncident ? (
          <IncidentView
            incident={openIncident}
            clippings={incidentClippings}
            events={incidentEvents}
            incidents={incidentList}
            busy={busy}
            onBack={() => go({ kind: 'lists' })}
            onOpenClipping={(id, passage) => go({ kind: 'clipping', id, passage, fromIncident: openIncident.id })}
            onAccept={(id) => void incidentAct(() => incidents.accept(id))}
            onSplit={(id) => void incidentAct(() => incidents.split(id))}
            onMerge={(fromId) => void incidentAct(() => incidents.merge(openIncident.id, fromId))}
            onRename={(title) => void incidentAct(() => incidents.rename(openIncident.id, title))}
            onLoadIncidents={() => undefined}
          />
        ) : (
          <div class="incident-gone">
            <p class="empty">{t('incidentGone')}</p>
            <button type="button" onClick={() => go({ kind: 'lists' })}>
              {t('back')}
            </button>
          </div>
        )
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
            <button type="button" role="tab" aria-selected={tab === 'incidents'} data-tab="incidents" onClick={() => setTab('incidents')}>
              {t('tabIncidents')}
            </button>
            <button type="button" role="tab" aria-selected={tab === 'charts'} data-tab="charts" onClick={() => setTab('charts')}>
              {t('tabCharts')}
            </button>
            <span class="result-count" aria-live="polite">
              {!index ? t('libraryIndexing') : tab === 'incidents' ? t('incidentCount', String(shownIncidents.length)) : t('resultCount', String(results.length))}
            </span>
          </nav>
          {tab !== 'list' && (!index || (tab === 'incidents' && incidentList === null)) ? (
            <p class="status">{t('libraryIndexing')}</p>
          ) : tab === 'charts' ? (
            <LibraryCharts
              clippings={results}
              incidents={incidentList}
              clippingsById={byId}
              unit={chartUnit}
              onUnit={setChartUnit}
              onSelectKind={(kind) => {
                onFilters({ ...filters, kind });
                setTab('list');
              }}
              onSelectFactValue={(factValue) => {
                onFilters({ ...filters, factValue });
                setTab('list');
              }}
            />
          ) : tab === 'incidents' ? (
            <section class="incident-list-view">
              {unlinkedCount > 0 && (
                <p class="incident-unlinked">
                  <button type="button" data-action="link-unlinked" disabled={busy} onClick={() => void incidentAct(() => incidents.linkUnlinked())}>
                    {t('incidentLinkUnlinked', String(unlinkedCount))}
                  </button>
                </p>
              )}
              {shownIncidents.length === 0 ? (
                <p class="empty">{filtering ? t('noResults') : t('incidentsEmpty')}</p>
              ) : (
                <ul class="incident-list">
                  {shownIncidents.map((incident) => {
                    const members = incident.clippingIds.map((id) => byId.get(id)).filter((clipping): clipping is Clipping => Boolean(clipping));
                    return (
                      <IncidentListItem
                        key={incident.id}
                        incident={incident}
                        languages={members.map((clipping) => clipping.lang)}
                        proposed={members.filter((clipping) => clipping.incidentLink?.status === 'proposed').length}
                        onOpen={(picked) => go({ kind: 'incident', id: picked.id })}
                      />
                    );
                  })}
                </ul>
              )}
            </section>
          ) : !index && filtering ? (
            <p class="status">{t('libraryIndexing')}</p>
          ) : results.length === 0 ? (
            <p class="empty">{t('noResults')}</p>
          ) : (
            <>
              <ClippingList
                clippings={shown}
                selected={selected}
                onOpen={(c) => go({ kind: 'clipping', id: c.id, passage: null, fromIncident: null })}
                onDelete={(c) => void onDelete(c)}
                onToggleSelect={(c) => setSelected((now) => (now.has(c.id) ? new Set([...now].filter((id) => id !== c.id)) : new Set([...now, c.id])))}
              />
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
