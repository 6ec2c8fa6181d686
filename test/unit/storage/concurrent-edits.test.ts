/**
 * Two tabs editing one library: each tab has its own repository over the same database (as two
 * library pages, or a library page and the background answering the popup, do). A write carries
 * only the fields its user changed, merged over what the other tab wrote since it read.
 */
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Clipping, ClippingDraft } from '../../../storage/clipping';
import { ClippingConflictError, ClippingNotOwnedError, StorageWriteError, createClippingRepository, type ClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { COUNCIL_TEXT, FIXED_NOW, ROYAL_MAIL_TEXT, makeDraft } from './clipping-fixtures';

let db: IncidentLensDatabase;
/** Two tabs; the clock stands still, so only the repository's own ordering tells versions apart. */
let tabA: ClippingRepository;
let tabB: ClippingRepository;
beforeEach(() => {
  db = openDatabase(`concurrent-${Math.random()}`);
  tabA = createClippingRepository(db, { now: () => FIXED_NOW });
  tabB = createClippingRepository(db, { now: () => FIXED_NOW });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const CASES = [
  { lang: 'en', draft: makeDraft({ text: COUNCIL_TEXT, note: 'first note', tags: ['a', 'b'] }, [['agency', 'National Cyber Security Centre'], ['date', '12 May 2024', '2024-05-12']]), fact: ['organization', 'Northfield council'] },
  { lang: 'zh', draft: makeDraft({ text: ROYAL_MAIL_TEXT, lang: 'zh', url: 'https://mp.weixin.qq.com/s?sn=royal', note: '初始备注', tags: ['a', 'b'] }, [['agency', '英国国家网络安全中心'], ['date', '1月10日', '2023-01-10']]), fact: ['organization', '英国皇家邮政'] },
] as const;

/** Both tabs open the library: each reads the same version. */
async function openInBothTabs(draft: ClippingDraft): Promise<{ inA: Clipping; inB: Clipping }> {
  const saved = await tabA.save(draft);
  const [inA] = await tabA.listAll();
  const [inB] = await tabB.listAll();
  expect(inA.updatedAt).toBe(saved.updatedAt);
  return { inA, inB };
}

describe.each(CASES)('library edits from two tabs ($lang)', ({ draft, fact }) => {
  test("a stale tab's edit keeps the note another tab just wrote", async () => {
    const { inA, inB } = await openInBothTabs(draft);
    await tabB.update({ ...inB, note: 'written in tab B' });
    const result = await tabA.update({ ...inA, tags: [...inA.tags, 'from-a'] });
    const stored = await db.clippings.get(inA.id);
    expect(stored?.note).toBe('written in tab B');
    expect(stored?.tags).toEqual(['a', 'b', 'from-a']);
    expect(result).toEqual(stored);
  });

  test('the same note changed in both tabs is refused, and nothing is written', async () => {
    const { inA, inB } = await openInBothTabs(draft);
    const fromB = await tabB.update({ ...inB, note: 'B' });
    await expect(tabA.update({ ...inA, note: 'A', tags: ['changed'] })).rejects.toBeInstanceOf(ClippingConflictError);
    await expect(tabA.update({ ...inA, note: 'A' })).rejects.toThrow(/note changed in another tab/);
    expect(await db.clippings.get(inA.id)).toEqual(fromB);
  });

  test('the title changed in both tabs is refused too', async () => {
    const { inA, inB } = await openInBothTabs(draft);
    await tabB.update({ ...inB, title: 'B title' });
    await expect(tabA.update({ ...inA, title: 'title from tab A' })).rejects.toThrow(/title changed in another tab/);
  });

  test('tags merge: both tabs’ additions and removals are kept', async () => {
    const { inA, inB } = await openInBothTabs(draft);
    await tabB.update({ ...inB, tags: ['a', 'b', 'x'] });
    await tabA.update({ ...inA, tags: ['b', 'y'] });
    expect((await db.clippings.get(inA.id))?.tags).toEqual(['b', 'x', 'y']);
  });

  test('facts merge: a fact removed in one tab and one added in the other', async () => {
    const { inA, inB } = await openInBothTabs(draft);
    const [kept, removed] = inB.facts;
    await tabB.update({ ...inB, facts: [kept] });
    const start = inA.text.indexOf(fact[1]);
    const added = { ...kept, category: fact[0], text: fact[1], value: fact[1], start, end: start + fact[1].length, origin: 'user' as const };
    await tabA.update({ ...inA, facts: [...inA.facts, added] });
    const stored = await db.clippings.get(inA.id);
    expect(stored?.facts.map((f) => f.text).sort()).toEqual([kept.text, fact[1]].sort());
    expect(stored?.facts.some((f) => f.text === removed.text)).toBe(false);
    // Index fields follow the merged facts.
    expect(stored?.factValues).toContain(`${fact[0]}:${fact[1]}`);
    expect(stored?.factValues).not.toContain(`${removed.category}:${removed.value}`);
  });

  test('a clipping deleted in another tab is not brought back by a stale edit', async () => {
    const { inA, inB } = await openInBothTabs(draft);
    await tabB.remove(inB.id);
    await expect(tabA.update({ ...inA, note: 'late' })).rejects.toThrow(/deleted in another tab/);
    expect(await db.clippings.count()).toBe(0);
  });

  test('only the changed fields are applied: a field written behind the repository’s back survives', async () => {
    const { inA } = await openInBothTabs(draft);
    // Another writer that does not move updatedAt (an older build, a raw IndexedDB write).
    await db.clippings.update(inA.id, { title: 'changed elsewhere' });
    await tabA.update({ ...inA, note: 'only the note' });
    expect(await db.clippings.get(inA.id)).toMatchObject({ title: 'changed elsewhere', note: 'only the note', tags: inA.tags });
  });

  test('updatedAt moves forward on every write, even within one millisecond', async () => {
    const { inA } = await openInBothTabs(draft);
    const first = await tabA.update({ ...inA, note: 'one' });
    const second = await tabA.update({ ...first, note: 'two' });
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(first.updatedAt).toBeGreaterThan(inA.updatedAt);
  });

  test('an edit of a version this repository never read, and since changed, is refused', async () => {
    const { inB } = await openInBothTabs(draft);
    const stranger = createClippingRepository(db, { now: () => FIXED_NOW });
    await tabB.update({ ...inB, note: 'B' });
    await expect(stranger.update({ ...inB, tags: ['z'] })).rejects.toBeInstanceOf(ClippingConflictError);
    // With its base given, the same edit merges.
    await stranger.update({ ...inB, tags: ['z'] }, inB);
    expect(await db.clippings.get(inB.id)).toMatchObject({ note: 'B', tags: ['z'] });
  });
});

describe.each(CASES)('popup saves against library edits ($lang)', ({ draft }) => {
  test('an Update from a popup opened before a library edit keeps the library’s note', async () => {
    const saved = await tabA.save(draft);
    const base = { updatedAt: saved.updatedAt, note: saved.note, tags: saved.tags, facts: saved.facts };
    const [inLibrary] = await tabB.listAll();
    await tabB.update({ ...inLibrary, note: 'library note' });
    await tabA.save({ ...draft, tags: [...draft.tags, 'popup-tag'] }, { base });
    expect(await db.clippings.get(saved.id)).toMatchObject({ note: 'library note', tags: ['a', 'b', 'popup-tag'] });
  });

  test('a popup that saw nothing saved does not blank a note saved meanwhile, and refuses to replace it', async () => {
    const saved = await tabA.save(draft);
    await tabB.save({ ...draft, note: '' }, { base: null });
    expect((await db.clippings.get(saved.id))?.note).toBe(draft.note);
    await expect(tabB.save({ ...draft, note: 'a different note' }, { base: null })).rejects.toBeInstanceOf(ClippingConflictError);
    expect((await db.clippings.get(saved.id))?.note).toBe(draft.note);
  });

  test('a save whose text changed brings its own facts', async () => {
    const saved = await tabA.save(draft);
    const base = { updatedAt: saved.updatedAt, note: saved.note, tags: saved.tags, facts: saved.facts };
    const next = await tabA.save({ ...draft, text: `${draft.text} More.`, facts: [] }, { base });
    expect(next.facts).toEqual([]);
    expect(next.text.endsWith('More.')).toBe(true);
  });
});

describe('the repository refuses', () => {
  const draft = makeDraft({ text: COUNCIL_TEXT, url: 'https://www.bleepingcomputer.com/a', note: 'private' });

  test.each(['javascript:alert(1)', 'data:text/html,x', 'chrome-extension://x/library.html', ''])('a draft at %s', async (url) => {
    await expect(tabA.save({ ...draft, url })).rejects.toBeInstanceOf(StorageWriteError);
    expect(await db.clippings.count()).toBe(0);
  });

  test("to key a clipping by another site's canonical URL", async () => {
    await tabA.save(draft);
    const other = await tabA.save({ ...draft, url: 'https://www.securityweek.com/copy', canonicalUrl: draft.url, note: '', title: 'Hostile' });
    expect(other.key).toBe('https://www.securityweek.com/copy');
    expect(other.canonicalUrl).toBeNull();
    expect(await tabA.findByKey(draft.url)).toMatchObject({ note: 'private', title: draft.title });
  });

  test('to update a clipping that a page of another site saved under this key (stored before keys were checked)', async () => {
    const saved = await tabA.save(draft);
    // As an older version stored it: the hostile page's own URL, under the victim's key.
    await db.clippings.update(saved.id, { url: 'https://www.securityweek.com/copy' });
    await expect(tabA.save({ ...draft, note: 'overwrite' })).rejects.toBeInstanceOf(ClippingNotOwnedError);
    expect((await db.clippings.get(saved.id))?.note).toBe('private');
  });
});
