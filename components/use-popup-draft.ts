/**
 * The popup's editable state for one page — facts, note, tags — restored from the page's draft (or
 * its saved clipping, or the engine's analysis) and written back to the drafts table on every change,
 * debounced, so nothing typed is lost when the popup closes.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageSnapshot } from '../messaging/protocol';
import { clippingKey, pageOwnsClipping, toClippingFact, type Clipping, type ClippingFact } from '../storage/clipping';
import { rebaseEdits, type EditConflict, type SaveBase } from '../storage/clipping-repository';
import type { PopupServices } from './popup-services';

/** How long typing may pause before the draft is written. */
export const DRAFT_DEBOUNCE_MS = 300;

/** The editable part of a clipping in the popup. */
export interface PopupEdits {
  facts: ClippingFact[];
  note: string;
  tags: string[];
  /** True once the user changed the facts (a draft keeps them only then). */
  factsEdited: boolean;
}

/** State returned by {@link usePopupDraft}. */
export interface PopupDraftState {
  /** Null while the draft is being restored. */
  edits: PopupEdits | null;
  /** The page's saved clipping, if it was saved before (from this page's own site). */
  saved: Clipping | undefined;
  /** What a save is based on: the saved clipping as read (null when none), so the background can merge other tabs' edits. */
  base: SaveBase | null;
  /** Whether the edits differ from what was last saved (or there is no saved clipping). */
  dirty: boolean;
  /** A draft write that failed, for the UI to show; while set, the edits live only in the open popup. */
  draftError: string | null;
  update(change: Partial<Omit<PopupEdits, 'factsEdited'>>): void;
  /** What another tab did to the saved clipping while the popup was open (null: nothing yet). */
  remote: RemoteChange | null;
  /** Writes a pending draft now. */
  flush(): Promise<void>;
  /** Before a save: changes other tabs make meanwhile wait until it is done (they may be its own echo). */
  markSaving(): void;
  /** After a successful save: forget the draft, remember the clipping. */
  markSaved(clipping: Clipping): Promise<void>;
  /** After a failed save: changes from other tabs are shown again. */
  markSaveFailed(): void;
  /** Drops the user's draft of a conflicting field for what the other tab stored. */
  takeTheirs(field: PopupField): void;
}

/** A field of the popup's edits that another tab can change. */
export type PopupField = 'note' | 'tags' | 'facts';

/** What another tab did to this page's saved clipping. */
export type RemoteChange =
  | { kind: 'deleted' }
  | { kind: 'changed'; fields: PopupField[]; conflicts: EditConflict<PopupField>[] };

function initialEdits(page: PageSnapshot, saved: Clipping | undefined): PopupEdits {
  const sameText = saved !== undefined && saved.text === page.article.text;
  return {
    facts: sameText ? saved.facts : page.analysis.facts.map((fact) => toClippingFact(page.article.text, fact)),
    note: saved?.note ?? '',
    tags: saved?.tags ?? [],
    factsEdited: false,
  };
}

/** Hook: the popup's draft for `page`. */
export function usePopupDraft(services: PopupServices, page: PageSnapshot | null): PopupDraftState {
  const [edits, setEdits] = useState<PopupEdits | null>(null);
  const [saved, setSaved] = useState<Clipping | undefined>(undefined);
  const [dirty, setDirty] = useState(false);
  const [draftError, setDraftError] = useState<string | null>(null);
  const [remote, setRemote] = useState<RemoteChange | null>(null);
  const current = useRef<PopupEdits | null>(null);
  const savedRef = useRef<Clipping | undefined>(undefined);
  const saving = useRef(false);
  /** The last change seen while a save ran, applied when it ends. */
  const heldBack = useRef<{ clipping: Clipping | undefined } | null>(null);
  /** Applies a newer stored version (from the watch), once the first restore is done. */
  const onStored = useRef<(clipping: Clipping | undefined) => void>(() => undefined);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; write: () => Promise<void> } | null>(null);
  const key = page ? clippingKey({ url: page.article.url ?? '', canonicalUrl: page.article.canonicalUrl }) : null;

  useEffect(() => {
    if (!page || !key) return;
    let live = true;
    void (async () => {
      const [draft, found] = await Promise.all([services.drafts.get(key).catch(() => undefined), services.findSaved(key).catch(() => undefined)]);
      if (!live) return;
      // A clipping keyed here by another site's page (saved before canonical URLs were checked) is not this page's.
      const existing = found && pageOwnsClipping(page.article.url ?? '', found) ? found : undefined;
      const base = initialEdits(page, existing);
      const restored: PopupEdits = draft
        ? { facts: draft.facts ?? base.facts, note: draft.note, tags: draft.tags, factsEdited: draft.facts !== null }
        : base;
      current.current = restored;
      savedRef.current = existing;
      setSaved(existing);
      setDirty(draft !== undefined || existing === undefined);
      setEdits(restored);
    })();
    return () => {
      live = false;
    };
  }, [services, page, key]);

  // Every change another tab (the library, another popup) makes to the saved clipping shows here:
  // untouched fields take it, tags and facts merge, a note changed on both sides keeps the user's
  // and says so; a deletion turns "Saved" back into "Save".
  useEffect(() => {
    if (!page || !key) return;
    const pageUrl = page.article.url ?? '';
    const factsFollow = (clipping: Clipping | undefined) => clipping !== undefined && clipping.text === page.article.text;
    onStored.current = (found) => {
      const edits = current.current;
      if (!edits) return;
      const stored = found && pageOwnsClipping(pageUrl, found) ? found : undefined;
      const before = savedRef.current;
      if (!stored && !before) return;
      if (stored && before && stored.id === before.id && stored.updatedAt <= before.updatedAt) return;
      savedRef.current = stored;
      setSaved(stored);
      if (!stored) {
        setDirty(true);
        setRemote({ kind: 'deleted' });
        return;
      }
      const fields: PopupField[] = factsFollow(stored) ? ['note', 'tags', 'facts'] : ['note', 'tags'];
      const base = { note: before?.note ?? '', tags: before?.tags ?? [], facts: factsFollow(before) ? before!.facts : edits.facts };
      const rebased = rebaseEdits(base, stored, edits, fields);
      const next: PopupEdits = { ...edits, ...rebased.edited };
      current.current = next;
      setEdits(next);
      const stillDirty = next.note !== stored.note || JSON.stringify(next.tags) !== JSON.stringify(stored.tags) || (factsFollow(stored) && JSON.stringify(next.facts) !== JSON.stringify(stored.facts));
      setDirty(stillDirty);
      setRemote({ kind: 'changed', fields: rebased.changed, conflicts: rebased.conflicts });
      // The stored draft follows: what the other tab wrote is not undone when the popup reopens.
      if (stillDirty) scheduleDraft.current(next);
      else void services.drafts.remove(key).catch(() => undefined);
    };
    const stop = services.watchSaved(key, (found) => {
      if (saving.current) heldBack.current = { clipping: found };
      else onStored.current(found);
    });
    return stop;
  }, [services, page, key]);

  const flush = useCallback(async () => {
    const job = pending.current;
    if (!job) return;
    clearTimeout(job.timer);
    pending.current = null;
    await job.write();
  }, []);

  // The popup closes by losing focus: write what is pending as it hides.
  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  /** Writes `next` to the drafts table after the debounce (the last call wins). */
  const scheduleDraft = useRef<(next: PopupEdits) => void>(() => undefined);
  scheduleDraft.current = (next: PopupEdits) => {
    if (!key) return;
    if (pending.current) clearTimeout(pending.current.timer);
    const write = async () => {
      try {
        await services.drafts.put(key, { note: next.note, tags: next.tags, facts: next.factsEdited ? next.facts : null });
        setDraftError(null);
      } catch (error) {
        setDraftError(error instanceof Error ? error.message : String(error));
      }
    };
    pending.current = {
      write,
      timer: setTimeout(() => {
        pending.current = null;
        void write();
      }, DRAFT_DEBOUNCE_MS),
    };
  };

  const update = useCallback(
    (change: Partial<Omit<PopupEdits, 'factsEdited'>>) => {
      const previous = current.current;
      if (!key || !previous) return;
      const next: PopupEdits = { ...previous, ...change, factsEdited: previous.factsEdited || change.facts !== undefined };
      current.current = next;
      setEdits(next);
      setDirty(true);
      scheduleDraft.current(next);
    },
    [key],
  );

  const takeTheirs = useCallback(
    (field: PopupField) => {
      const stored = savedRef.current;
      if (!stored) return;
      update({ [field]: stored[field] });
      setRemote((now) => (now?.kind === 'changed' ? { ...now, conflicts: now.conflicts.filter((c) => c.field !== field) } : now));
    },
    [update],
  );

  const markSaving = useCallback(() => {
    saving.current = true;
  }, []);

  /** Ends a save: a change held back meanwhile is applied now (its own echo is older than the save, so ignored). */
  const endSaving = () => {
    saving.current = false;
    const held = heldBack.current;
    heldBack.current = null;
    if (held) onStored.current(held.clipping);
  };

  const markSaveFailed = useCallback(() => endSaving(), []);

  const markSaved = useCallback(
    async (clipping: Clipping) => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      savedRef.current = clipping;
      setSaved(clipping);
      setDirty(false);
      setRemote((now) => (now?.kind === 'changed' ? { ...now, conflicts: [] } : null));
      endSaving();
      if (key) await services.drafts.remove(key).catch(() => undefined);
    },
    [services, key],
  );

  const base: SaveBase | null = saved ? { updatedAt: saved.updatedAt, note: saved.note, tags: saved.tags, facts: saved.facts } : null;
  return { edits, saved, base, dirty, draftError, remote, update, flush, markSaving, markSaved, markSaveFailed, takeTheirs };
}
