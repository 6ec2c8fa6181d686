/**
 * Reads and writes clippings. Saving the same article again (same canonical URL) updates the
 * clipping in place and keeps its id and first `savedAt`.
 */
import { liveQuery } from 'dexie';
import type { Clipping, ClippingDraft, ClippingFact, ClippingId } from './clipping';
import { clippingKey, incidentDateOf, pageOwnsClipping } from './clipping';
import type { IncidentLensDatabase } from './database';
import { httpUrlOf, trustedCanonicalUrl } from './registrable-domain';

/** The user's fields of a stored clipping. */
function pickUser(clipping: Clipping): Pick<Clipping, 'note' | 'tags' | 'facts'> {
  return { note: clipping.note, tags: clipping.tags, facts: clipping.facts };
}

/** A failure of the library's storage; the message is for users. */
export class StorageError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Raised when the browser refuses a write (quota, disk full, private mode). The message is for users. */
export class StorageWriteError extends StorageError {
  constructor(message: string, cause?: unknown) {
    super(message, cause);
    this.name = 'StorageWriteError';
  }
}

/** Raised when the library cannot be read (it failed to open or to upgrade). The message is for users. */
export class StorageReadError extends StorageError {
  constructor(message: string, cause?: unknown) {
    super(message, cause);
    this.name = 'StorageReadError';
  }
}

/** Runs a read, turning the browser's failure into a {@link StorageReadError} that says what happened. */
async function reading<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageReadError(describeStorageError(error, 'The library could not be read'), error);
  }
}

/**
 * Raised when a write was based on a version another tab has changed since, in a way that cannot be
 * merged (both changed the note, or the title). Nothing is written; the message is for users.
 */
export class ClippingConflictError extends StorageWriteError {
  constructor(message: string, readonly fields: readonly string[] = []) {
    super(message);
    this.name = 'ClippingConflictError';
  }
}

/** Raised when a page tries to save over a clipping that another site's page saved. Nothing is written. */
export class ClippingNotOwnedError extends StorageWriteError {
  constructor() {
    super('This page cannot update that clipping: it was saved from another site.');
    this.name = 'ClippingNotOwnedError';
  }
}

/** The names of an error and of the errors it wraps (Dexie keeps the browser's as `inner`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (let at = error as { name?: unknown; inner?: unknown; cause?: unknown } | undefined, depth = 0; at && depth < 5; depth++) {
    if (typeof at.name === 'string') names.push(at.name);
    at = (at.inner ?? at.cause) as typeof at;
  }
  return names;
}

/** A message for users about a failed read or write of the library. */
export function describeStorageError(error: unknown, doing = 'The clipping could not be saved'): string {
  if (error instanceof StorageError) return error.message;
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'The browser has no room left for the library (storage quota exceeded). Free some disk space or delete old clippings, then save again.';
  if (names.some((name) => name === 'UpgradeError' || name === 'VersionError')) {
    return `The library could not be upgraded to this version of Incident Lens, so it is left as it was; nothing was lost. (${messageOf(error)})`;
  }
  return `${doing}: ${messageOf(error)}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
  picked.canonicalUrl = trustedCanonicalUrl(draft.url, draft.canonicalUrl);
  return picked as unknown as ClippingDraft;
}

/** The fields the library lets a user edit. */
export const EDITABLE_FIELDS = ['title', 'note', 'tags', 'facts'] as const;
type EditableField = (typeof EDITABLE_FIELDS)[number];

/** What the user's side of a popup save started from: the saved clipping as the popup read it. */
export type SaveBase = Pick<Clipping, 'updatedAt' | 'note' | 'tags' | 'facts'>;

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Three-way merge of a list: the other side's list, plus what this side added, minus what it removed. */
function mergeLists<T>(current: readonly T[], base: readonly T[], edited: readonly T[]): T[] {
  const keyOf = (item: T) => JSON.stringify(item);
  const baseKeys = new Set(base.map(keyOf));
  const editedKeys = new Set(edited.map(keyOf));
  const removed = new Set([...baseKeys].filter((key) => !editedKeys.has(key)));
  const merged = current.filter((item) => !removed.has(keyOf(item)));
  const have = new Set(merged.map(keyOf));
  for (const item of edited) if (!baseKeys.has(keyOf(item)) && !have.has(keyOf(item))) merged.push(item);
  return merged;
}

/**
 * One field of a write based on `base` while the store holds `current`: the user's value when they
 * changed it and nobody else did; lists (tags, facts) merge both sides' additions and removals;
 * a string both sides changed differently is a conflict (`undefined`).
 */
function mergeField<F extends EditableField>(field: F, current: Clipping[F], base: Clipping[F], edited: Clipping[F]): Clipping[F] | undefined {
  if (same(edited, base)) return current;
  if (same(current, base) || same(current, edited)) return edited;
  if (field === 'tags') return mergeLists(current as string[], base as string[], edited as string[]) as Clipping[F];
  if (field === 'facts') {
    return mergeLists(current as ClippingFact[], base as ClippingFact[], edited as ClippingFact[]).sort((a, b) => a.start - b.start || a.end - b.end) as Clipping[F];
  }
  return undefined;
}

const FIELD_NAMES: Record<EditableField, string> = { title: 'title', note: 'note', tags: 'tags', facts: 'facts' };

/**
 * The user's edits (`edited`, made on `base`) applied over `current`, field by field. Throws
 * {@link ClippingConflictError} when another tab changed a field the user changed too, and a merge
 * cannot keep both. Returns only the fields whose stored value changes.
 */
export function mergeEdits(current: Clipping, base: Pick<Clipping, EditableField>, edited: Pick<Clipping, EditableField>, fields: readonly EditableField[] = EDITABLE_FIELDS): Partial<Pick<Clipping, EditableField>> {
  const changes: Partial<Record<EditableField, unknown>> = {};
  const conflicts: EditableField[] = [];
  for (const field of fields) {
    const merged = mergeField(field, current[field], base[field], edited[field]);
    if (merged === undefined) conflicts.push(field);
    else if (!same(merged, current[field])) changes[field] = merged;
  }
  if (conflicts.length > 0) {
    throw new ClippingConflictError(
      `This clipping's ${conflicts.map((f) => FIELD_NAMES[f]).join(' and ')} changed in another tab since you opened it. Nothing was saved; reload to see the other change, then edit again.`,
      conflicts,
    );
  }
  return changes as Partial<Pick<Clipping, EditableField>>;
}

/** A field of an open edit that another tab changed too, differently: the user's draft is kept. */
export interface EditConflict<F extends string = EditableField> {
  field: F;
  /** What the other tab stored. */
  theirs: unknown;
}

/**
 * An open, unsaved edit (`edited`, made on `base`) moved onto `stored`, the version another tab has
 * written since: fields the user left alone take the stored value, lists (tags, facts) keep both
 * sides' additions and removals, and a text field both changed keeps the user's draft and is
 * reported as a conflict. The result's base is `stored`, so a later save writes the user's
 * changes over it, merging as {@link mergeEdits} does.
 */
export function rebaseEdits<F extends EditableField>(
  base: Pick<Clipping, F>,
  stored: Pick<Clipping, F>,
  edited: Pick<Clipping, F>,
  fields: readonly F[],
): { edited: Pick<Clipping, F>; conflicts: EditConflict<F>[]; changed: F[] } {
  const next = { ...edited };
  const conflicts: EditConflict<F>[] = [];
  const changed: F[] = [];
  for (const field of fields) {
    if (same(stored[field], base[field])) continue;
    changed.push(field);
    const merged = mergeField(field, stored[field] as Clipping[F], base[field] as Clipping[F], edited[field] as Clipping[F]);
    if (merged === undefined) conflicts.push({ field, theirs: stored[field] });
    else next[field] = merged as Pick<Clipping, F>[F];
  }
  return { edited: next, conflicts, changed };
}

/** A clipping's id and the time of its last write: what an open library compares to stay current. */
export interface ClippingVersion {
  id: ClippingId;
  updatedAt: number;
}

/** Clippings per read when the whole library is read ({@link ClippingRepository.listAll}). */
const LIST_ALL_SLICE = 1000;

/** Newest saved first; equal times by id, descending (the order of the `savedAt` index, reversed). */
function newestSavedFirst(a: Clipping, b: Clipping): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** How many versions of clippings a repository remembers having handed out (the bases of later edits). */
const REMEMBERED_VERSIONS = 50_000;

/** The clipping repository over one database. `now` and `newId` are injectable for tests. */
export function createClippingRepository(
  db: IncidentLensDatabase,
  { now = () => Date.now(), newId = () => crypto.randomUUID() }: { now?: () => number; newId?: () => string } = {},
) {
  // Every version read out, by id and updatedAt: an edit made on one is merged against it, so
  // a tab writes only what its user changed, whatever other tabs wrote meanwhile.
  const handedOut = new Map<string, Clipping>();
  const remember = <T extends Clipping | undefined>(clipping: T): T => {
    if (clipping) {
      handedOut.set(`${clipping.id}@${clipping.updatedAt}`, clipping);
      if (handedOut.size > REMEMBERED_VERSIONS) handedOut.delete(handedOut.keys().next().value!);
    }
    return clipping;
  };
  const rememberAll = (clippings: Clipping[]): Clipping[] => {
    clippings.forEach(remember);
    return clippings;
  };
  /** updatedAt moves forward on every write, even two in one millisecond, so stale writes are seen. */
  const stamp = (previous: number | undefined) => Math.max(now(), (previous ?? 0) + 1);

  return {
    /**
     * Saves a draft, updating the existing clipping of the same article. `base` is the saved
     * clipping the user's note, tags and facts were edited from (null: the user saw none saved);
     * when another tab changed it since, the two are merged (or the save refused, on a conflict).
     * Without `base` the draft replaces the user fields (callers that read and save in one go).
     */
    async save(draft: ClippingDraft, { base }: { base?: SaveBase | null } = {}): Promise<Clipping> {
      if (!httpUrlOf(draft.url)) throw new StorageWriteError('Only web pages (http or https addresses) can be saved.');
      const key = clippingKey(draft);
      try {
        return await db.transaction('rw', db.clippings, async () => {
          const existing = await db.clippings.where('key').equals(key).first();
          if (existing && !pageOwnsClipping(draft.url, existing)) throw new ClippingNotOwnedError();
          let fields = pickDraft(draft);
          if (existing && base !== undefined) {
            const from = base ?? { note: '', tags: [], facts: existing.facts };
            // Fact offsets refer to the text; a page whose text changed brings its own facts.
            const merged = existing.text === draft.text ? (['note', 'tags', 'facts'] as const) : (['note', 'tags'] as const);
            fields = { ...fields, ...pickUser(existing), ...mergeEdits(existing, { ...from, title: existing.title }, { ...draft, title: existing.title }, merged) };
            if (existing.text !== draft.text) fields.facts = draft.facts;
          }
          const time = stamp(existing?.updatedAt);
          const clipping: Clipping = {
            ...fields,
            ...indexFieldsOf(fields),
            id: existing?.id ?? (newId() as ClippingId),
            key,
            savedAt: existing?.savedAt ?? time,
            updatedAt: time,
            // Saving an article again keeps its incident (schema v3); the incident repository re-derives it.
            ...(existing?.incidentId ? { incidentId: existing.incidentId, incidentLink: existing.incidentLink ?? null } : {}),
          };
          await db.clippings.put(clipping);
          return remember(clipping);
        });
      } catch (error) {
        if (error instanceof StorageError) throw error;
        throw new StorageWriteError(describeStorageError(error), error);
      }
    },

    /**
     * Writes a clipping as edited in the library: only the fields the user changed since `base`
     * (the version the edit started from; by default the version this repository handed out with
     * the same `updatedAt`), merged with what other tabs wrote meanwhile. Index fields are derived
     * again. Throws {@link ClippingConflictError} when both changed the same text, or the clipping
     * was deleted meanwhile.
     */
    async update(edited: Clipping, base: Clipping | undefined = handedOut.get(`${edited.id}@${edited.updatedAt}`)): Promise<Clipping> {
      try {
        return await db.transaction('rw', db.clippings, async () => {
          const current = await db.clippings.get(edited.id);
          if (!current) throw new ClippingConflictError('This clipping was deleted in another tab. Nothing was saved.');
          if (!base && current.updatedAt !== edited.updatedAt) {
            throw new ClippingConflictError('This clipping changed in another tab since you opened it. Nothing was saved; reload to see the other change, then edit again.');
          }
          const changes = mergeEdits(current, base ?? current, edited);
          if (Object.keys(changes).length === 0) return remember(current);
          const next: Clipping = { ...current, ...changes };
          const written = { ...changes, ...indexFieldsOf(next), updatedAt: stamp(current.updatedAt) };
          await db.clippings.update(current.id, written);
          return remember({ ...next, ...written });
        });
      } catch (error) {
        if (error instanceof StorageError) throw error;
        throw new StorageWriteError(describeStorageError(error, 'The changes could not be saved'), error);
      }
    },

    /**
     * Calls `onValue` with `read()` now, and again after every write to what it read, made in this
     * page or any other page of the extension (Dexie's liveQuery: other tabs' writes arrive over a
     * BroadcastChannel). `read` may call this repository's reads. Returns the function that stops it.
     */
    observe<T>(read: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void = () => undefined): () => void {
      const subscription = liveQuery(read).subscribe({ next: onValue, error: onError });
      return () => subscription.unsubscribe();
    },

    /** Every clipping's id and updatedAt (an index-only read: cheap on 10,000 clippings). */
    async versions(): Promise<ClippingVersion[]> {
      const versions: ClippingVersion[] = [];
      await reading(() =>
        db.clippings.orderBy('updatedAt').eachKey((updatedAt, cursor) => {
          versions.push({ id: cursor.primaryKey as ClippingId, updatedAt: Number(updatedAt) });
        }),
      );
      return versions;
    },

    /** The stored clippings of `ids` (deleted ones left out). */
    async getMany(ids: readonly ClippingId[]): Promise<Clipping[]> {
      const found = await reading(() => db.clippings.bulkGet([...ids]));
      return rememberAll(found.filter((clipping): clipping is Clipping => clipping !== undefined));
    },

    /** The clipping of an article key (canonical URL or URL), if saved. */
    async findByKey(key: string): Promise<Clipping | undefined> {
      return remember(await reading(() => db.clippings.where('key').equals(key).first()));
    },

    async get(id: ClippingId): Promise<Clipping | undefined> {
      return remember(await reading(() => db.clippings.get(id)));
    },

    /** Clippings, newest saved first. */
    async listNewestFirst({ offset = 0, limit = 50 }: { offset?: number; limit?: number } = {}): Promise<Clipping[]> {
      return rememberAll(await reading(() => db.clippings.orderBy('savedAt').reverse().offset(offset).limit(limit).toArray()));
    },

    /**
     * Every clipping, newest saved first (the library's in-memory index is built from these). Read
     * in slices of the primary key, each one `getAll` over a key range of the store, then sorted
     * here: one read of the whole library through the `savedAt` index looks every record up by its
     * key and hands the page one 10,000-record result to deserialise in a single task, and a closed
     * library tab's unfinished read held up the next tab's database open. A slice's bounds are keys
     * listed before the first read, open at both ends, so a clipping written meanwhile is read (or
     * found later by the live update, which compares versions).
     */
    async listAll(): Promise<Clipping[]> {
      const ids = await reading(() => db.clippings.toCollection().primaryKeys());
      const clippings: Clipping[] = [];
      for (let at = 0; at < Math.max(ids.length, 1); at += LIST_ALL_SLICE) {
        const lower = at === 0 ? null : ids[at];
        const upper = at + LIST_ALL_SLICE < ids.length ? ids[at + LIST_ALL_SLICE] : null;
        const slice =
          lower === null
            ? upper === null
              ? db.clippings.toCollection()
              : db.clippings.where(':id').below(upper)
            : upper === null
              ? db.clippings.where(':id').aboveOrEqual(lower)
              : db.clippings.where(':id').between(lower, upper, true, false);
        for (const clipping of await reading(() => slice.toArray())) clippings.push(clipping);
      }
      return rememberAll(clippings.sort(newestSavedFirst));
    },

    /** Every tag in use, with how many clippings carry it, most used first (tag suggestions). */
    async tagCounts(): Promise<Array<{ tag: string; count: number }>> {
      const counts = new Map<string, number>();
      await reading(() =>
        db.clippings.orderBy('tags').eachKey((tag) => {
          counts.set(String(tag), (counts.get(String(tag)) ?? 0) + 1);
        }),
      );
      return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
    },

    /**
     * A stamp that changes whenever a clipping is added, edited or deleted (count + latest edit),
     * so an open library can tell cheaply whether to reload.
     */
    async changeStamp(): Promise<string> {
      const [count, latest] = await reading(() => Promise.all([db.clippings.count(), db.clippings.orderBy('updatedAt').last()]));
      return `${count}:${latest?.updatedAt ?? 0}`;
    },

    /** How many clippings are stored (counted on the `savedAt` index: the store's own count walks the records, texts and all). */
    count(): Promise<number> {
      return reading(() => db.clippings.orderBy('savedAt').count());
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
        throw new StorageWriteError(describeStorageError(error), error);
      }
    },

    /** Puts a deleted clipping back exactly as it was. */
    async restore(clipping: Clipping): Promise<void> {
      try {
        await db.clippings.put(clipping);
      } catch (error) {
        throw new StorageWriteError(describeStorageError(error), error);
      }
    },
  };
}

/** The clipping repository's interface. */
export type ClippingRepository = ReturnType<typeof createClippingRepository>;
