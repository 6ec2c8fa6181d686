/**
 * Reads and writes incidents and the links of clippings to them (issue 16). Every write runs in
 * one transaction over clippings and incidents and returns an {@link IncidentChange}, which
 * `undo` reverts: nothing is linked without a way back. An incident's victims, kinds and date
 * window are derived again from its clippings on every change; an incident left without
 * clippings is deleted (undo brings it back).
 */
import type { Clipping, ClippingId } from './clipping';
import { describeStorageError, StorageError, StorageReadError, StorageWriteError } from './clipping-repository';
import type { IncidentLensDatabase } from './database';
import { completeIncidents, summarizeIncident, victimLookupKeys, type Incident, type IncidentId, type IncidentLink, type IncidentMatch, type IncidentRecord } from './incident';
import { clippingFeatures, incidentFeatures, proposeIncidentFor, STORY_TITLE_WORDS, STORY_WINDOW_DAYS, titleWordWeights, type IncidentProposal, type MatchCandidate } from './incident-matcher';

/**
 * How long before a clipping's date a same-story candidate's window may start (see candidatesFor):
 * rule 4 looks at stories that began within about a month; older incidents are found by victim.
 * Bounds the date query (about 2 incidents a day at 10,000 clippings over three years).
 */
const STORY_SPAN_DAYS = 37;

/** An ISO date moved by `days` (day precision; month or year dates count from their first day). */
function shiftDays(isoDate: string, days: number): string {
  const [year, month = 1, day = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The link fields of a clipping, as a change found and leaves them. */
type LinkFields = Pick<Clipping, 'incidentId' | 'incidentLink'>;

/**
 * What one incident write did, enough to undo it: the incidents and clipping links it touched,
 * as they were before (null: the incident did not exist) and the `updatedAt` they had after.
 */
export interface IncidentChange {
  /** What was done, for the undo bar: "linked", "accepted", "moved", "split", "merged", "unlinked", "renamed", "related". */
  action: 'linked' | 'accepted' | 'moved' | 'split' | 'merged' | 'unlinked' | 'renamed' | 'related';
  /** The incident the clipping(s) ended up in (the merge's survivor; null after unlink). */
  incidentId: IncidentId | null;
  /** For `linked`: what the matcher proposed. */
  proposal?: IncidentProposal;
  incidentsBefore: Array<{ id: IncidentId; incident: Incident | null; updatedAtAfter: number | null }>;
  clippingsBefore: Array<{ id: ClippingId; link: LinkFields }>;
}

/** Raised when an undo finds that an incident it would revert changed since; nothing is undone. */
export class IncidentConflictError extends StorageWriteError {
  constructor() {
    super('This incident changed since (in another tab or by a later action). Nothing was undone; reload to see the current state.');
    this.name = 'IncidentConflictError';
  }
}

/** One event on an incident's timeline: a date fact of one clipping, with what happened then. */
export interface IncidentTimelineEvent {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** What the passage says happened, when its words tell; else null. */
  event: 'discovered' | 'disclosed' | 'disrupted' | 'restored' | 'attributed' | 'published' | null;
  clippingId: ClippingId;
  lang: string;
  /** The date fact's offsets in the clipping text (`published` events: the title, 0–0). */
  start: number;
  end: number;
  /** The sentence around the date, for display. */
  passage: string;
  /**
   * A date before the incident: background the article recalls (an earlier attack, when a flaw was
   * found years ago), not an event of this incident. The timeline shows these apart.
   */
  background: boolean;
}

/** Event words, first match wins; in the sentence around a date. */
const EVENT_WORDS: ReadonlyArray<[NonNullable<IncidentTimelineEvent['event']>, RegExp]> = [
  ['restored', /\b(?:restor\w*|resum\w*|back online|recover\w*|reopen\w*)\b|恢复|重新开放|复原/iu],
  ['attributed', /\b(?:claim\w*|attribut\w*|blam\w*|behind the|responsib\w*|linked to)\b|声称|归因|认领|幕后|负责/iu],
  ['discovered', /\b(?:discover\w*|detect\w*|noticed|identified|became aware)\b|发现|察觉|检测到/iu],
  ['disrupted', /\b(?:disrupt\w*|outage|offline|suspend\w*|halt\w*|down|unable|delay\w*|encrypt\w*)\b|中断|暂停|瘫痪|宕机|延误|无法|停产|加密/iu],
  ['disclosed', /\b(?:disclos\w*|announc\w*|confirm\w*|statement|said|notif\w*|report\w*)\b|披露|宣布|声明|证实|表示|通报|通知/iu],
];

/** The span of the sentence of `text` around [start, end), trimmed (for outlining a fact's passage). */
export function passageAround(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.slice(0, start);
  let from = Math.max(before.lastIndexOf('\n'), ...['. ', '。', '！', '？'].map((mark) => before.lastIndexOf(mark) + mark.length - 1)) + 1;
  const after = text.slice(end).search(/\.\s|\n|。|！|？/u);
  let to = after < 0 ? text.length : end + after + 1;
  while (from < to && /\s/u.test(text[from])) from++;
  while (to > from && /\s/u.test(text[to - 1])) to--;
  return { start: from, end: Math.min(to, from + 300) };
}

/** What a sentence says happened (EVENT_WORDS, first match wins), or null. */
export function eventOfPassage(sentence: string): IncidentTimelineEvent['event'] {
  return EVENT_WORDS.find(([, words]) => words.test(sentence))?.[0] ?? null;
}

/** The sentence of `text` around [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  const span = passageAround(text, start, end);
  return text.slice(span.start, span.end);
}

/** The last day an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) can mean, comparable as a string. */
function lastDayOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date.slice(0, 10);
}

/**
 * Timeline events of an incident's clippings, oldest first: every date fact, and each clipping's
 * publication. A date that ends before the incident began (the earliest of its clippings' incident
 * dates: each clipping's earliest date near its publication) is `background`: a 2019 date in a
 * report on a 2023 attack is history the article recalls, not this incident's.
 */
export function incidentTimelineOf(clippings: readonly Clipping[]): IncidentTimelineEvent[] {
  const began = clippings
    .map((clipping) => clipping.incidentDate ?? clipping.published?.slice(0, 10) ?? null)
    .filter((date): date is string => Boolean(date))
    .sort()[0];
  const events: IncidentTimelineEvent[] = [];
  for (const clipping of clippings) {
    for (const fact of clipping.facts) {
      if (fact.category !== 'date') continue;
      const passage = sentenceAround(clipping.text, fact.start, fact.end);
      const event = eventOfPassage(passage);
      const background = began !== undefined && lastDayOf(fact.value) < began;
      events.push({ date: fact.value, event, clippingId: clipping.id, lang: clipping.lang, start: fact.start, end: fact.end, passage, background });
    }
    if (clipping.published) {
      events.push({ date: clipping.published.slice(0, 10), event: 'published', clippingId: clipping.id, lang: clipping.lang, start: 0, end: 0, passage: clipping.title ?? '', background: false });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || (a.event === 'published' ? 1 : 0) - (b.event === 'published' ? 1 : 0));
}

/**
 * Writes an incident record with its fields derived from the clippings linked to it now, keeping
 * the record's `updatedAt`; deletes it when no clipping is linked. Inside the caller's transaction
 * over clippings and incidents (the repository's writes, an import).
 */
export async function writeDerived(db: IncidentLensDatabase, record: IncidentRecord): Promise<Incident | null> {
  const members = await db.clippings.where('incidentId').equals(record.id).toArray();
  if (members.length === 0) {
    await db.incidents.delete(record.id);
    return null;
  }
  const [incident] = completeIncidents([record], members);
  await db.incidents.put(incident);
  return incident;
}

function linkOf(clipping: Clipping): LinkFields {
  return { incidentId: clipping.incidentId ?? null, incidentLink: clipping.incidentLink ?? null };
}

/** The incident repository over one database. `now` and `newId` are injectable for tests. */
export function createIncidentRepository(
  db: IncidentLensDatabase,
  { now = () => Date.now(), newId = () => crypto.randomUUID() }: { now?: () => number; newId?: () => string } = {},
) {
  /**
   * How many incidents' titles use each title word, for the matcher's word weights
   * (titleWordWeights): read from every incident once, then kept up to date by this repository's
   * own writes; read again when the change stamp shows that another context (a library tab, the
   * background) wrote since. A write of another context that lands between one of ours and its
   * stamp is missed until the next foreign write: the counts are an estimate, and a few incidents
   * off do not change what a word weighs.
   */
  let wordCounts: { stamp: Stamp; total: number; counts: Map<string, number> } | null = null;
  /** The incidents each change touched: title words before and after (null: no incident), `updatedAt` after. */
  const titleWordChanges = new WeakMap<IncidentChange, Array<{ before: string[] | null; after: string[] | null; updatedAt: number | null }>>();

  /** What changeStamp says: how many incidents, and the latest edit. */
  type Stamp = { count: number; latest: number };

  async function currentStamp(): Promise<Stamp> {
    const [count, latest] = await Promise.all([db.incidents.count(), db.incidents.orderBy('updatedAt').last()]);
    return { count, latest: latest?.updatedAt ?? 0 };
  }

  function countWords(words: readonly string[] | null, step: 1 | -1): void {
    if (!wordCounts || !words) return;
    wordCounts.total += step;
    for (const word of words) wordCounts.counts.set(word, (wordCounts.counts.get(word) ?? 0) + step);
  }

  /** The word weights of the library as it is now. */
  async function titleWordWeight(): Promise<(word: string) => number> {
    const stamp = await currentStamp();
    if (wordCounts?.stamp.count !== stamp.count || wordCounts.stamp.latest !== stamp.latest) {
      wordCounts = { stamp, total: 0, counts: new Map() };
      const fresh = wordCounts;
      await db.incidents.each((incident) => {
        fresh.total++;
        for (const word of incident.titleWords ?? []) fresh.counts.set(word, (fresh.counts.get(word) ?? 0) + 1);
      });
    }
    return titleWordWeights(wordCounts.counts, wordCounts.total);
  }

  /** Runs a write in one transaction over clippings and incidents, turning browser failures into StorageWriteError. */
  async function writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      const result = await db.transaction('rw', db.clippings, db.incidents, write);
      const changes = titleWordChanges.get(result as IncidentChange);
      if (wordCounts && changes) {
        // The stamp this write leaves, if no other context wrote since the counts were read: a
        // foreign write makes it differ from the real one, and the counts are read again.
        const stamp = wordCounts.stamp;
        for (const { before, after, updatedAt } of changes) {
          countWords(before, -1);
          countWords(after, 1);
          stamp.count += (after ? 1 : 0) - (before ? 1 : 0);
          stamp.latest = Math.max(stamp.latest, updatedAt ?? 0);
        }
      }
      return result;
    } catch (error) {
      wordCounts = null;
      if (error instanceof StorageError) throw error;
      throw new StorageWriteError(describeStorageError(error, 'The incident could not be saved'), error);
    }
  }

  async function reading<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof StorageError) throw error;
      throw new StorageReadError(describeStorageError(error, 'The incidents could not be read'), error);
    }
  }

  async function clippingOrThrow(id: ClippingId): Promise<Clipping> {
    const clipping = await db.clippings.get(id);
    if (!clipping) throw new StorageWriteError('This clipping was deleted in another tab. Nothing was changed.');
    return clipping;
  }

  /** Records the before-images of what a change is about to touch. */
  function recorder(action: IncidentChange['action']) {
    const change: IncidentChange = { action, incidentId: null, incidentsBefore: [], clippingsBefore: [] };
    return {
      change,
      async incident(id: IncidentId) {
        if (change.incidentsBefore.some((entry) => entry.id === id)) return;
        change.incidentsBefore.push({ id, incident: (await db.incidents.get(id)) ?? null, updatedAtAfter: null });
      },
      clipping(clipping: Clipping) {
        if (!change.clippingsBefore.some((entry) => entry.id === clipping.id)) change.clippingsBefore.push({ id: clipping.id, link: linkOf(clipping) });
      },
      async finish(): Promise<IncidentChange> {
        const words: Array<{ before: string[] | null; after: string[] | null; updatedAt: number | null }> = [];
        for (const entry of change.incidentsBefore) {
          const after = await db.incidents.get(entry.id);
          entry.updatedAtAfter = after?.updatedAt ?? null;
          words.push({ before: entry.incident ? (entry.incident.titleWords ?? []) : null, after: after ? (after.titleWords ?? []) : null, updatedAt: after?.updatedAt ?? null });
        }
        titleWordChanges.set(change, words);
        return change;
      },
    };
  }

  /** updatedAt moves forward on every write, even two in one millisecond. */
  const stamp = (previous: number | undefined) => Math.max(now(), (previous ?? 0) + 1);

  /** Derives an incident's fields from its clippings again (a new `updatedAt`); deletes it when none is left. */
  async function refresh(id: IncidentId): Promise<Incident | null> {
    const existing = await db.incidents.get(id);
    const time = stamp(existing?.updatedAt);
    const record: IncidentRecord = existing ?? { id, title: '', titleByUser: false, mergedIds: [], relatedIds: [], createdAt: time, updatedAt: time };
    return writeDerived(db, { ...record, updatedAt: time });
  }

  /** The candidates sharing a victim key with a clipping, with their features. */
  async function candidatesFor(clipping: Clipping): Promise<MatchCandidate[]> {
    const features = clippingFeatures(clipping);
    const keys = [...new Set(features.victims.flatMap(victimLookupKeys))];
    const byVictim = keys.length > 0 ? await db.incidents.where('victimKeys').anyOf(keys).distinct().toArray() : [];
    // Same-story candidates (matcher rule 4): incidents dated within the story window. Their
    // window starts at most STORY_SPAN_DAYS before it ends; longer incidents are found by victim.
    const byDate = clipping.incidentDate
      ? (await db.incidents.where('firstDate').between(shiftDays(clipping.incidentDate, -STORY_SPAN_DAYS), shiftDays(clipping.incidentDate, STORY_WINDOW_DAYS), true, true).toArray()).filter(
          (incident) => (incident.lastDate ?? '') >= shiftDays(clipping.incidentDate!, -STORY_WINDOW_DAYS),
        )
      : [];
    const seen = new Set<string>();
    const incidents = [...byVictim, ...byDate].filter((incident) => !seen.has(incident.id) && Boolean(seen.add(incident.id)));
    const candidates: MatchCandidate[] = [];
    for (const incident of incidents) {
      // A date candidate needs title words in common before its clippings are worth reading.
      if (!byVictim.includes(incident) && features.titleWords.filter((word) => incident.titleWords.includes(word)).length < STORY_TITLE_WORDS) continue;
      const members = (await db.clippings.bulkGet(incident.clippingIds.filter((id) => id !== clipping.id))).filter((member): member is Clipping => Boolean(member));
      if (members.length === 0) continue;
      // The incident as it would be without this clipping: a clipping must not match itself.
      const summary = members.length === incident.clippingIds.length ? incident : summarizeIncident(members);
      candidates.push({ incident, features: incidentFeatures(summary, members) });
    }
    // Newest first, so that a tie goes to the most recent incident.
    return candidates.sort((a, b) => (b.features.lastDate ?? '').localeCompare(a.features.lastDate ?? ''));
  }

  async function proposalFor(clipping: Clipping): Promise<IncidentProposal> {
    const [candidates, wordWeight] = await Promise.all([candidatesFor(clipping), titleWordWeight()]);
    return proposeIncidentFor(clippingFeatures(clipping), candidates, wordWeight);
  }

  /** Moves one clipping into `target` (or none), recording before-images, refreshing both incidents. */
  async function move(record: ReturnType<typeof recorder>, clipping: Clipping, target: IncidentId | null, link: IncidentLink | null): Promise<void> {
    record.clipping(clipping);
    const from = clipping.incidentId ?? null;
    if (from) await record.incident(from);
    if (target) await record.incident(target);
    await db.clippings.update(clipping.id, { incidentId: target, incidentLink: link });
    if (from && from !== target) await refresh(from);
    if (target) await refresh(target);
  }

  /** Moves a clipping where the matcher proposes (an existing incident, or a new one), with status `proposed`. */
  async function linkAsProposed(record: ReturnType<typeof recorder>, clipping: Clipping): Promise<{ proposal: IncidentProposal; target: IncidentId }> {
    const proposal = await proposalFor(clipping);
    const existing = proposal.kind === 'existing';
    const target = existing ? proposal.match.incidentId : (newId() as IncidentId);
    await move(record, clipping, target, {
      status: 'proposed',
      isNew: !existing,
      score: existing ? proposal.match.score : 0,
      reasons: existing ? proposal.match.reasons : proposal.reasons,
      alternatives: proposal.alternatives,
      linkedAt: now(),
    });
    return { proposal, target };
  }

  /**
   * One clipping moved by the user, as one write: into `target` (null: out of any incident) with
   * `link`, after `check` (which throws to change nothing). Returns the change, for undo.
   */
  async function moveByUser(clippingId: ClippingId, action: IncidentChange['action'], target: IncidentId | null, link: IncidentLink | null, check?: () => Promise<void>): Promise<IncidentChange> {
    return writing(async () => {
      const clipping = await clippingOrThrow(clippingId);
      await check?.();
      const record = recorder(action);
      await move(record, clipping, target, link);
      record.change.incidentId = target;
      return record.finish();
    });
  }

  function userLink(isNew: boolean, reasons: string[]): IncidentLink {
    return { status: 'accepted', isNew, score: 1, reasons, alternatives: [], linkedAt: now() };
  }

  const repository = {
    /** What the matcher proposes for a clipping now (no write): an existing incident with score and reasons, or a new one. */
    async propose(clippingId: ClippingId): Promise<IncidentProposal> {
      return reading(async () => {
        const clipping = await db.clippings.get(clippingId);
        if (!clipping) throw new StorageReadError('This clipping is no longer in the library.');
        return proposalFor(clipping);
      });
    },

    /**
     * Links a just-saved clipping as the matcher proposes, with status `proposed`: into the
     * proposed incident, or a new one. A clipping already linked stays where it is (its incident
     * is derived again from the edited facts). Returns the change, for undo.
     */
    async linkOnSave(clippingId: ClippingId): Promise<IncidentChange> {
      return writing(async () => {
        const clipping = await clippingOrThrow(clippingId);
        const record = recorder('linked');
        if (clipping.incidentId) {
          await record.incident(clipping.incidentId);
          const kept = await refresh(clipping.incidentId);
          if (kept) {
            record.change.incidentId = kept.id;
            return record.finish();
          }
        }
        const { proposal, target } = await linkAsProposed(record, clipping);
        record.change.incidentId = target;
        record.change.proposal = proposal;
        return record.finish();
      });
    },

    /** Accepts a clipping's proposed link as it is. */
    async accept(clippingId: ClippingId): Promise<IncidentChange> {
      return writing(async () => {
        const clipping = await clippingOrThrow(clippingId);
        if (!clipping.incidentId || !clipping.incidentLink) throw new StorageWriteError('This clipping has no proposed incident to accept.');
        const record = recorder('accepted');
        record.clipping(clipping);
        await record.incident(clipping.incidentId);
        await db.clippings.update(clipping.id, { incidentLink: { ...clipping.incidentLink, status: 'accepted' } });
        await refresh(clipping.incidentId);
        record.change.incidentId = clipping.incidentId;
        return record.finish();
      });
    },

    /** Moves a clipping into another existing incident (the user chose it). */
    async assign(clippingId: ClippingId, incidentId: IncidentId): Promise<IncidentChange> {
      return moveByUser(clippingId, 'moved', incidentId, userLink(false, ['chosen by you']), async () => {
        if (!(await db.incidents.get(incidentId))) throw new StorageWriteError('That incident no longer exists. Nothing was changed.');
      });
    },

    /** Splits a clipping out of its incident into a new incident of its own. */
    async split(clippingId: ClippingId): Promise<IncidentChange> {
      return moveByUser(clippingId, 'split', newId() as IncidentId, userLink(true, ['split out by you']));
    },

    /** Takes a clipping out of any incident (an article that reports none). */
    async unlink(clippingId: ClippingId): Promise<IncidentChange> {
      return moveByUser(clippingId, 'unlinked', null, null);
    },

    /**
     * Merges incident `fromId` into `intoId`: its clippings move (accepted), it is deleted, and its
     * id is kept in the survivor's `mergedIds` (exports say it is a duplicate). Related marks carry over.
     */
    async merge(intoId: IncidentId, fromId: IncidentId): Promise<IncidentChange> {
      if (intoId === fromId) throw new StorageWriteError('An incident cannot be merged into itself.');
      return writing(async () => {
        const [into, from] = await Promise.all([db.incidents.get(intoId), db.incidents.get(fromId)]);
        if (!into || !from) throw new StorageWriteError('One of these incidents no longer exists. Nothing was merged.');
        const record = recorder('merged');
        await record.incident(intoId);
        await record.incident(fromId);
        const members = await db.clippings.where('incidentId').equals(fromId).toArray();
        for (const clipping of members) {
          record.clipping(clipping);
          await db.clippings.update(clipping.id, { incidentId: intoId, incidentLink: { ...(clipping.incidentLink ?? userLink(false, [])), status: 'accepted', reasons: ['merged by you'] } });
        }
        for (const clipping of await db.clippings.where('incidentId').equals(intoId).toArray()) {
          if (clipping.incidentLink?.status === 'proposed') {
            record.clipping(clipping);
            await db.clippings.update(clipping.id, { incidentLink: { ...clipping.incidentLink, status: 'accepted' } });
          }
        }
        const mergedIds = [...new Set([...into.mergedIds, fromId, ...from.mergedIds])];
        const relatedIds = [...new Set([...into.relatedIds, ...from.relatedIds])].filter((id) => id !== intoId && id !== fromId);
        await db.incidents.update(intoId, { mergedIds, relatedIds });
        await db.incidents.delete(fromId);
        await refresh(intoId);
        record.change.incidentId = intoId;
        return record.finish();
      });
    },

    /** Renames an incident; null goes back to the derived title. */
    async rename(incidentId: IncidentId, title: string | null): Promise<IncidentChange> {
      return writing(async () => {
        const record = recorder('renamed');
        await record.incident(incidentId);
        if (!(await db.incidents.get(incidentId))) throw new StorageWriteError('That incident no longer exists. Nothing was changed.');
        const trimmed = title?.trim() ?? '';
        await db.incidents.update(incidentId, { title: trimmed, titleByUser: trimmed !== '' });
        await refresh(incidentId);
        record.change.incidentId = incidentId;
        return record.finish();
      });
    },

    /** Marks two incidents as related (or not): e.g. an earlier outage at the same company. Both sides carry the mark. */
    async setRelated(a: IncidentId, b: IncidentId, related: boolean): Promise<IncidentChange> {
      return writing(async () => {
        const record = recorder('related');
        for (const [self, other] of [
          [a, b],
          [b, a],
        ] as const) {
          await record.incident(self);
          const incident = await db.incidents.get(self);
          if (!incident) throw new StorageWriteError('One of these incidents no longer exists. Nothing was changed.');
          const relatedIds = related ? [...new Set([...incident.relatedIds, other])] : incident.relatedIds.filter((id) => id !== other);
          await db.incidents.update(self, { relatedIds, updatedAt: stamp(incident.updatedAt) });
        }
        record.change.incidentId = a;
        return record.finish();
      });
    },

    /**
     * Reverts a change: the incidents and clipping links it touched go back to how they were.
     * Throws {@link IncidentConflictError} (and reverts nothing) when one of its incidents
     * changed since.
     */
    async undo(change: IncidentChange): Promise<void> {
      // Undo restores before-images wholesale: the word counts are read again next time.
      wordCounts = null;
      await writing(async () => {
        for (const entry of change.incidentsBefore) {
          const current = (await db.incidents.get(entry.id))?.updatedAt ?? null;
          if (current !== entry.updatedAtAfter) throw new IncidentConflictError();
        }
        for (const { id, link } of change.clippingsBefore) if (await db.clippings.get(id)) await db.clippings.update(id, link);
        for (const entry of change.incidentsBefore) {
          if (entry.incident) await db.incidents.put(entry.incident);
          else await db.incidents.delete(entry.id);
        }
      });
    },

    /**
     * Links every clipping that has no incident yet (saved before schema v3, or imported), oldest
     * incident date first, as proposals. One change: undo takes all of them back.
     */
    async linkUnlinked(): Promise<IncidentChange> {
      return writing(async () => {
        const unlinked = (await db.clippings.toArray()).filter((clipping) => !clipping.incidentId);
        unlinked.sort((a, b) => (a.incidentDate ?? '9999').localeCompare(b.incidentDate ?? '9999') || a.savedAt - b.savedAt);
        const record = recorder('linked');
        for (const clipping of unlinked) await linkAsProposed(record, clipping);
        return record.finish();
      });
    },

    /**
     * Derives a clipping's incident again after the clipping was edited, deleted or restored
     * (the clipping repository does not know incidents). Returns the incident, or null when it
     * is gone (its last clipping deleted).
     */
    async refreshIncident(incidentId: IncidentId): Promise<Incident | null> {
      return writing(() => refresh(incidentId));
    },

    async get(id: IncidentId): Promise<Incident | undefined> {
      return reading(() => db.incidents.get(id));
    },

    /** Every incident, latest date window first (undated last). */
    async list(): Promise<Incident[]> {
      return reading(async () => {
        const all = await db.incidents.toArray();
        return all.sort((a, b) => (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || b.updatedAt - a.updatedAt);
      });
    },

    /** An incident's clippings, oldest incident date first. */
    async clippingsOf(id: IncidentId): Promise<Clipping[]> {
      return reading(async () => summarizeOrder(await db.clippings.where('incidentId').equals(id).toArray()));
    },

    /** An incident's timeline (see {@link incidentTimelineOf}). */
    async timeline(id: IncidentId): Promise<IncidentTimelineEvent[]> {
      return incidentTimelineOf(await repository.clippingsOf(id));
    },

    /** Clippings whose link still waits for the user. */
    async pending(): Promise<Clipping[]> {
      return reading(async () => (await db.clippings.where('incidentId').above('').toArray()).filter((clipping) => clipping.incidentLink?.status === 'proposed'));
    },

    /** Changes whenever an incident is added, changed or deleted (count + latest edit). */
    async changeStamp(): Promise<string> {
      const { count, latest } = await reading(currentStamp);
      return `${count}:${latest}`;
    },
  };
  return repository;
}

function summarizeOrder(clippings: Clipping[]): Clipping[] {
  const order = summarizeIncident(clippings).clippingIds;
  const byId = new Map(clippings.map((clipping) => [clipping.id, clipping]));
  return order.map((id) => byId.get(id)!);
}

/** The incident repository's interface. */
export type IncidentRepository = ReturnType<typeof createIncidentRepository>;

/** A match as the UI lists it (re-exported for components). */
export type { IncidentMatch, IncidentProposal };
