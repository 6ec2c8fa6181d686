/**
 * Hook: the incident a clipping belongs to, and the user's say over it — accept the proposal,
 * choose another incident, start a new one (split out), propose one for a clipping without — each
 * action undoable from the message it leaves. Shared by the popup and the library's clipping view.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Clipping, ClippingId } from '../storage/clipping';
import type { Incident, IncidentId } from '../storage/incident';
import type { IncidentChange, IncidentRepository } from '../storage/incident-repository';
import { t } from './i18n';
import { incidentName } from './incident-names';

/** What the hook needs of storage: the incident repository's link calls and a clipping reader. */
export type IncidentLinkServices = Pick<IncidentRepository, 'linkOnSave' | 'accept' | 'assign' | 'split' | 'undo' | 'get' | 'list'> & {
  /** The clipping as stored now (its link may have changed in another tab). */
  clipping(id: ClippingId): Promise<Clipping | undefined>;
};

/** The last action, for the message and its Undo. */
export interface LastIncidentAction {
  change: IncidentChange;
  /** What the message says ("Accepted: part of …"). */
  message: string;
  undone: boolean;
}

/** State and actions returned by {@link useIncidentLink}. */
export interface IncidentLinkState {
  /** False until the clipping and its incident were read. */
  loaded: boolean;
  clipping: Clipping | null;
  incident: Incident | null;
  /** Every incident in the library, for "choose another" (loaded on demand). */
  all: Incident[] | null;
  last: LastIncidentAction | null;
  error: string | null;
  busy: boolean;
  /** Links the clipping as the matcher proposes (no-op when it is linked already). */
  propose(): Promise<void>;
  accept(): Promise<void>;
  assign(incidentId: IncidentId): Promise<void>;
  split(): Promise<void>;
  undo(): Promise<void>;
  /** Reads every incident, for the picker. */
  loadAll(): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The message of a change, naming the incident it left the clipping in. */
export function describeIncidentChange(change: IncidentChange, incident: Incident | null | undefined): string {
  const name = incident ? incidentName(incident) : '';
  switch (change.action) {
    case 'linked':
      return t('incidentDone_linked', name);
    case 'accepted':
      return t('incidentDone_accepted', name);
    case 'moved':
      return t('incidentDone_moved', name);
    case 'split':
      return t('incidentDone_split', name);
    case 'merged':
      return t('incidentDone_merged', name);
    case 'unlinked':
      return t('incidentDone_unlinked');
    case 'renamed':
      return t('incidentDone_renamed', name);
    case 'related':
      return t('incidentDone_related');
  }
}

/**
 * Hook: the incident of clipping `clippingId` (null: none saved yet). `version` re-reads it (the
 * popup bumps it after each save). `onChange` hears of every write and undo, so a list can refresh.
 */
export function useIncidentLink(services: IncidentLinkServices, clippingId: ClippingId | null, version = 0, onChange?: () => void): IncidentLinkState {
  const [clipping, setClipping] = useState<Clipping | null>(null);
  const [incident, setIncident] = useState<Incident | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [all, setAll] = useState<Incident[] | null>(null);
  const [last, setLast] = useState<LastIncidentAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const read = useCallback(async () => {
    if (!clippingId) return;
    const stored = (await services.clipping(clippingId)) ?? null;
    const linked = stored?.incidentId ? ((await services.get(stored.incidentId)) ?? null) : null;
    setClipping(stored);
    setIncident(linked);
    setLoaded(true);
  }, [services, clippingId]);

  useEffect(() => {
    setLoaded(false);
    setLast(null);
    setError(null);
    read().catch((e) => setError(messageOf(e)));
  }, [read, version]);

  /** Runs one write (or undo), then re-reads what it shows and says what happened; an error is shown instead. */
  const running = useCallback(
    async (write: () => Promise<(() => Promise<void>) | void>) => {
      setBusy(true);
      try {
        const after = await write();
        await read();
        if (all) setAll(await services.list());
        await after?.();
        setError(null);
        onChange?.();
      } catch (e) {
        setError(messageOf(e));
      } finally {
        setBusy(false);
      }
    },
    [services, read, all, onChange],
  );

  /** Runs one write, re-reads, and leaves its message with an Undo. */
  const act = useCallback(
    (write: () => Promise<IncidentChange>, quiet = false) =>
      running(async () => {
        const change = await write();
        return async () => {
          const landed = change.incidentId ? ((await services.get(change.incidentId)) ?? null) : null;
          // Linking a clipping already linked changes nothing worth undoing.
          const changed = change.clippingsBefore.length > 0 || change.action !== 'linked';
          if (!quiet && changed) setLast({ change, message: describeIncidentChange(change, landed), undone: false });
        };
      }),
    [services, running],
  );

  const id = clipping?.id ?? clippingId;
  return {
    loaded,
    clipping,
    incident,
    all,
    last,
    error,
    busy,
    propose: () => (id ? act(() => services.linkOnSave(id)) : Promise.resolve()),
    accept: () => (id ? act(() => services.accept(id)) : Promise.resolve()),
    assign: (incidentId) => (id ? act(() => services.assign(id, incidentId)) : Promise.resolve()),
    split: () => (id ? act(() => services.split(id)) : Promise.resolve()),
    undo: async () => {
      if (!last || last.undone) return;
      await running(async () => {
        await services.undo(last.change);
        return async () => setLast({ ...last, undone: true, message: t('incidentUndone') });
      });
    },
    loadAll: async () => {
      try {
        setAll(await services.list());
      } catch (e) {
        setError(messageOf(e));
      }
    },
  };
}
