/**
 * The popup's editable state for one page — facts, note, tags — restored from the page's draft (or
 * its saved clipping, or the engine's analysis) and written back to the drafts table on every change,
 * debounced, so nothing typed is lost when the popup closes.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageSnapshot } from '../messaging/protocol';
import { clippingKey, pageOwnsClipping, toClippingFact, type Clipping, type ClippingFact } from '../storage/clipping';
import type { SaveBase } from '../storage/clipping-repository';
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
  /** Writes a pending draft now. */
  flush(): Promise<void>;
  /** After a successful save: forget the draft, remember the clipping. */
  markSaved(clipping: Clipping): Promise<void>;
}

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
  const current = useRef<PopupEdits | null>(null);
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
      setSaved(existing);
      setDirty(draft !== undefined || existing === undefined);
      setEdits(restored);
    })();
    return () => {
      live = false;
    };
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

  const update = useCallback(
    (change: Partial<Omit<PopupEdits, 'factsEdited'>>) => {
      const previous = current.current;
      if (!key || !previous) return;
      const next: PopupEdits = { ...previous, ...change, factsEdited: previous.factsEdited || change.facts !== undefined };
      current.current = next;
      setEdits(next);
      setDirty(true);
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
    },
    [services, key],
  );

  const markSaved = useCallback(
    async (clipping: Clipping) => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      setSaved(clipping);
      setDirty(false);
      if (key) await services.drafts.remove(key).catch(() => undefined);
    },
    [services, key],
  );

  const base: SaveBase | null = saved ? { updatedAt: saved.updatedAt, note: saved.note, tags: saved.tags, facts: saved.facts } : null;
  return { edits, saved, base, dirty, draftError, update, flush, markSaved };
}
