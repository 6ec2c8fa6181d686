/**
 * Reads and writes clippings. Saving the same article again (same canonical URL) updates the
 * clipping in place and keeps its id and first `savedAt`.
 */
import type { Clipping, ClippingDraft, ClippingId } from './clipping';
import { clippingKey, incidentDateOf } from './clipping';
import type { IncidentLensDatabase } from './database';

/** Raised when the browser refuses a write (quota, disk full, private mode). The message is for users. */
export class StorageWriteError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = 'StorageWriteError';
  }
}

function describeWriteError(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } })?.inner?.name ?? (error as { name?: string })?.name;
  if (name === 'QuotaExceededError') return 'The browser has no room left for the library (storage quota exceeded). Free some disk space or delete old clippings, then save again.';
  const message = error instanceof Error ? error.message : String(error);
  return `The clipping could not be saved: ${message}`;
}

/** Derives the indexed fields of a clipping from its draft. */
export function indexFieldsOf(draft: ClippingDraft): Pick<Clipping, 'factValues' | 'kinds' | 'isIncident' | 'incidentDate'> {
  const factValues = [...new Set(draft.facts.map((f) => `${f.category}:${f.value}`))];
  return {
    factValues,
    kinds: [...draft.incident.kinds],
    isIncident: draft.incident.isIncident ? 1 : 0,
    incidentDate: incidentDateOf(draft),
  };
}

const DRAFT_FIELDS = ['url', 'canonicalUrl', 'title', 'site', 'published', 'lang', 'text', 'incident', 'facts', 'note', 'tags'] as const;

/** Only the draft's own fields: a draft built from a saved clipping must not carry its id or dates. */
function pickDraft(draft: ClippingDraft): ClippingDraft {
  const picked = {} as Record<string, unknown>;
  for (const field of DRAFT_FIELDS) picked[field] = draft[field];
  return picked as unknown as ClippingDraft;
}

/** The clipping repository over one database. `now` and `newId` are injectable for tests. */
export function createClippingRepository(
  db: IncidentLensDatabase,
  { now = () => Date.now(), newId = () => crypto.randomUUID() }: { now?: () => number; newId?: () => string } = {},
) {
  return {
    /** Saves a draft, updating the existing clipping of the same article. */
    async save(draft: ClippingDraft): Promise<Clipping> {
      const key = clippingKey(draft);
      try {
        return await db.transaction('rw', db.clippings, async () => {
          const existing = await db.clippings.where('key').equals(key).first();
          const time = now();
          const clipping: Clipping = {
            ...pickDraft(draft),
            ...indexFieldsOf(draft),
            id: existing?.id ?? (newId() as ClippingId),
            key,
            savedAt: existing?.savedAt ?? time,
            updatedAt: time,
          };
          await db.clippings.put(clipping);
          return clipping;
        });
      } catch (error) {
        throw new StorageWriteError(describeWriteError(error), error);
      }
    },

    /** Replaces a clipping as edited in the library (re-deriving its index fields). */
    async update(clipping: Clipping): Promise<Clipping> {
      const updated: Clipping = { ...clipping, ...indexFieldsOf(clipping), updatedAt: now() };
      try {
        await db.clippings.put(updated);
      } catch (error) {
        throw new StorageWriteError(describeWriteError(error), error);
      }
      return updated;
    },

    /** The clipping of an article key (canonical URL or URL), if saved. */
    findByKey(key: string): Promise<Clipping | undefined> {
      return db.clippings.where('key').equals(key).first();
    },

    get(id: ClippingId): Promise<Clipping | undefined> {
      return db.clippings.get(id);
    },

    /** Clippings, newest saved first. */
    listNewestFirst({ offset = 0, limit = 50 }: { offset?: number; limit?: number } = {}): Promise<Clipping[]> {
      return db.clippings.orderBy('savedAt').reverse().offset(offset).limit(limit).toArray();
    },

    /** Every clipping, newest saved first (the library's in-memory index is built from these). */
    async listAll(): Promise<Clipping[]> {
      return (await db.clippings.orderBy('savedAt').toArray()).reverse();
    },

    /** Every tag in use, with how many clippings carry it, most used first (tag suggestions). */
    async tagCounts(): Promise<Array<{ tag: string; count: number }>> {
      const counts = new Map<string, number>();
      await db.clippings.orderBy('tags').eachKey((tag) => {
        counts.set(String(tag), (counts.get(String(tag)) ?? 0) + 1);
      });
      return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
    },

    /**
     * A stamp that changes whenever a clipping is added, edited or deleted (count + latest edit),
     * so an open library can tell cheaply whether to reload.
     */
    async changeStamp(): Promise<string> {
      const [count, latest] = await Promise.all([db.clippings.count(), db.clippings.orderBy('updatedAt').last()]);
      return `${count}:${latest?.updatedAt ?? 0}`;
    },

    count(): Promise<number> {
      return db.clippings.count();
    },

    /** Deletes a clipping and returns it, so the caller can offer undo via `restore`. */
    async remove(id: ClippingId): Promise<Clipping | undefined> {
      try {
        return await db.transaction('rw', db.clippings, async () => {
        const existing = await db.clippings.get(id);
        if (existing) await db.clippings.delete(id);
        return existing;
      });
      } catch (error) {
        throw new StorageWriteError(describeWriteError(error), error);
      }
    },

    /** Puts a deleted clipping back exactly as it was. */
    async restore(clipping: Clipping): Promise<void> {
      try {
        await db.clippings.put(clipping);
      } catch (error) {
        throw new StorageWriteError(describeWriteError(error), error);
      }
    },
  };
}

/** The clipping repository's interface. */
export type ClippingRepository = ReturnType<typeof createClippingRepository>;
