/**
 * The library held in memory for search, kept live: every write to the clippings table — from this
 * tab, another library tab, the popup or the background — reaches it without a reload. The first
 * load paints the newest page before the whole library is read; after that, each change reads only
 * the clippings' ids and `updatedAt` (an index read) and fetches just the ones that changed. Changes
 * are followed from the moment the whole library is held.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clipping, ClippingId } from '../storage/clipping';
import type { ClippingRepository, ClippingVersion } from '../storage/clipping-repository';
import { ClippingIndex } from '../storage/clipping-search';
import { afterNextPaint } from './after-next-paint';

/** State returned by {@link useLiveLibrary}. */
export interface LiveLibrary {
  /** The whole library for search; null until it is read. */
  index: ClippingIndex | null;
  /** The newest page and the total, shown until the index is read. */
  preview: { clippings: Clipping[]; total: number } | null;
  /** Rises whenever the index changes in place (for memoised views of it). */
  version: number;
  /** A read that failed, for the page to show. */
  error: string | null;
  /** Applies this tab's own write to the index at once (the live update then finds nothing to do). */
  apply(change: { upsert?: Clipping; remove?: ClippingId }): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The ids to fetch again (new or changed) and to drop (deleted), comparing the index with the stored versions. */
export function diffVersions(held: readonly Clipping[], stored: readonly ClippingVersion[]): { fetch: ClippingId[]; drop: ClippingId[] } {
  const heldAt = new Map(held.map((clipping) => [clipping.id, clipping.updatedAt]));
  const fetch: ClippingId[] = [];
  for (const { id, updatedAt } of stored) {
    if (heldAt.get(id) !== updatedAt) fetch.push(id);
    heldAt.delete(id);
  }
  return { fetch, drop: [...heldAt.keys()] };
}

/** Hook: the live library of `repository`; `pageSize` clippings make the first preview. */
export function useLiveLibrary(repository: ClippingRepository, pageSize: number): LiveLibrary {
  const [index, setIndex] = useState<ClippingIndex | null>(null);
  const [preview, setPreview] = useState<LiveLibrary['preview']>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const held = useRef<ClippingIndex | null>(null);

  useEffect(() => {
    let live = true;
    // One update at a time, in order: a later change must not be overtaken by an earlier fetch.
    let queue: Promise<void> = Promise.resolve();
    let latest: ClippingVersion[] | null = null;
    let stop = () => undefined as void;
    const firstLoad = async () => {
      const [clippings, total] = await Promise.all([repository.listNewestFirst({ limit: pageSize }), repository.count()]);
      if (!live) return;
      setPreview({ clippings, total });
      // The newest page is painted before the whole library is read: that read, and building the
      // search index, would otherwise hold up the first frame.
      await afterNextPaint();
      if (!live) return;
      const all = new ClippingIndex(await repository.listAll());
      if (!live) return;
      held.current = all;
      setIndex(all);
      setVersion((v) => v + 1);
      // Followed from here on: the first versions read also catches what was written during the load.
      stop = follow();
    };
    const update = async () => {
      const stored = latest;
      latest = null;
      const current = held.current;
      if (!stored || !current || !live) return;
      const { fetch, drop } = diffVersions(current.clippings, stored);
      if (fetch.length === 0 && drop.length === 0) return;
      const fetched = await repository.getMany(fetch);
      if (!live) return;
      for (const clipping of fetched) current.upsert(clipping);
      for (const id of drop) current.remove(id);
      setVersion((v) => v + 1);
    };
    const run = (job: () => Promise<void>) => {
      queue = queue.then(job).then(
        () => void (live && setError(null)),
        (e: unknown) => void (live && setError(messageOf(e))),
      );
    };
    // Every clipping's version is a 10,000-key cursor walk: started after the first load, it does
    // not compete with the first page's read.
    const follow = () =>
      repository.observe(
        () => repository.versions(),
        (stored) => {
          // Changes that arrive while an update runs are folded into the next one.
          const queued = latest !== null;
          latest = stored;
          if (!queued) run(update);
        },
        (e) => live && setError(messageOf(e)),
      );
    run(firstLoad);
    return () => {
      live = false;
      stop();
    };
  }, [repository, pageSize]);

  const apply = useCallback((change: { upsert?: Clipping; remove?: ClippingId }) => {
    const current = held.current;
    if (!current) return;
    if (change.upsert) current.upsert(change.upsert);
    if (change.remove) current.remove(change.remove);
    setVersion((v) => v + 1);
  }, []);

  return { index, preview, version, error, apply };
}
