/**
 * Popup drafts: note, tags and fact edits for a page, kept in the drafts table so nothing typed is
 * lost when the popup closes. Keyed by the page key (canonical URL or URL). The
 * background writes here too, when "Add selection as fact" is picked from the context menu.
 */
import type { ClippingFact } from './clipping';
import type { Draft, IncidentLensDatabase } from './database';
import { StorageWriteError } from './clipping-repository';

/** The draft repository over one database. `now` is injectable for tests. */
export function createDraftRepository(db: IncidentLensDatabase, { now = () => Date.now() }: { now?: () => number } = {}) {
  return {
    get(key: string): Promise<Draft | undefined> {
      return db.drafts.get(key);
    },

    /** Stores the draft of `key` (replacing the previous one). */
    async put(key: string, draft: Omit<Draft, 'key' | 'updatedAt'>): Promise<void> {
      try {
        await db.drafts.put({ ...draft, key, updatedAt: now() });
      } catch (error) {
        throw new StorageWriteError(`The draft could not be kept: ${error instanceof Error ? error.message : String(error)}`, error);
      }
    },

    /**
     * Appends a fact to the draft of `key`. `baseFacts` are the facts the draft starts from when it
     * has no fact edits yet (the engine's, or the saved clipping's). A fact already there is not added twice.
     */
    async addFact(key: string, fact: ClippingFact, baseFacts: ClippingFact[]): Promise<Draft> {
      return db.transaction('rw', db.drafts, async () => {
        const existing = await db.drafts.get(key);
        const facts = existing?.facts ?? baseFacts;
        const has = facts.some((f) => f.start === fact.start && f.end === fact.end && f.category === fact.category);
        const draft: Draft = {
          key,
          updatedAt: now(),
          note: existing?.note ?? '',
          tags: existing?.tags ?? [],
          facts: has ? facts : [...facts, fact].sort((a, b) => a.start - b.start || a.end - b.end),
        };
        await db.drafts.put(draft);
        return draft;
      });
    },

    remove(key: string): Promise<void> {
      return db.drafts.delete(key);
    },
  };
}

/** The draft repository's interface. */
export type DraftRepository = ReturnType<typeof createDraftRepository>;
