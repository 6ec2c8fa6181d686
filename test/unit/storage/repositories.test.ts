import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { anchorFact, incidentDateOf, quoteSelector, toClippingFact, type ClippingId } from '../../../storage/clipping';
import { createClippingRepository, StorageWriteError } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { createDraftRepository } from '../../../storage/draft-repository';
import { countByFactValue, countByKind, incidentTimeline } from '../../../storage/library-stats';
import { COUNCIL_TEXT, FIXED_NOW, ROYAL_MAIL_TEXT, factAt, makeDraft, sampleClippings } from './clipping-fixtures';

let db: IncidentLensDatabase;
beforeEach(() => {
  db = openDatabase(`repo-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('clipping repository', () => {
  test('saving the same article again updates it, keeping id and first save time', async () => {
    let time = FIXED_NOW;
    let n = 0;
    const repo = createClippingRepository(db, { now: () => time, newId: () => `id-${++n}` });
    const first = await repo.save(makeDraft({ text: COUNCIL_TEXT, canonicalUrl: 'https://news.example.org/c' }));
    time += 60_000;
    const second = await repo.save(makeDraft({ text: COUNCIL_TEXT, url: 'https://news.example.org/c?utm=x', canonicalUrl: 'https://news.example.org/c', note: '更新' }));
    expect(second.id).toBe(first.id);
    expect(second.savedAt).toBe(FIXED_NOW);
    expect(second.updatedAt).toBe(FIXED_NOW + 60_000);
    expect(await repo.count()).toBe(1);
    expect((await repo.get(first.id))?.note).toBe('更新');
  });

  test('a write the browser refuses becomes a StorageWriteError with a message for users', async () => {
    const repo = createClippingRepository(db);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    db.clippings.hook('creating', () => {
      throw quota;
    });
    const error = await repo.save(makeDraft({ text: COUNCIL_TEXT })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect((error as Error).message).toMatch(/storage quota exceeded/);
    expect(await repo.count()).toBe(0);
  });

  test('remove returns the clipping and restore puts it back exactly', async () => {
    const repo = createClippingRepository(db, { now: () => FIXED_NOW });
    const saved = await repo.save(makeDraft({ text: ROYAL_MAIL_TEXT, lang: 'zh', tags: ['邮政'] }));
    const removed = await repo.remove(saved.id);
    expect(await repo.count()).toBe(0);
    await repo.restore(removed!);
    expect(await repo.get(saved.id)).toEqual(saved);
    expect(await repo.remove('missing' as ClippingId)).toBeUndefined();
  });

  test('listAll is newest first and tagCounts counts each tag', async () => {
    let time = FIXED_NOW;
    const repo = createClippingRepository(db, { now: () => (time += 1000) });
    await repo.save(makeDraft({ text: COUNCIL_TEXT, url: 'https://a.example/1', tags: ['uk', 'gov'] }));
    await repo.save(makeDraft({ text: ROYAL_MAIL_TEXT, url: 'https://a.example/2', tags: ['uk', '邮政'] }));
    expect((await repo.listAll()).map((c) => c.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
    expect(await repo.tagCounts()).toEqual([
      { tag: 'uk', count: 2 },
      { tag: 'gov', count: 1 },
      { tag: '邮政', count: 1 },
    ]);
  });

  test('listAll reads a library larger than one slice whole, in the savedAt index order reversed (ties by id)', async () => {
    const repo = createClippingRepository(db);
    const [template] = sampleClippings();
    // 2,345 clippings: three slices and a part; savedAt repeats, so ties are ordered by id.
    const clippings = Array.from({ length: 2345 }, (_, i) => ({
      ...template,
      id: `c-${String((i * 7919) % 2345).padStart(4, '0')}` as ClippingId,
      key: `https://a.example/${i}`,
      url: `https://a.example/${i}`,
      savedAt: FIXED_NOW + (i % 100) * 1000,
    }));
    await db.clippings.bulkPut(clippings);
    const expected = (await db.clippings.orderBy('savedAt').primaryKeys()).reverse();
    const listed = await repo.listAll();
    expect(listed.map((c) => c.id)).toEqual(expected);
    expect(new Set(listed.map((c) => c.id)).size).toBe(2345);
    expect(await repo.count()).toBe(2345);
    await db.clippings.clear();
    expect(await repo.listAll()).toEqual([]);
    expect(await repo.count()).toBe(0);
  });
});

describe('draft repository', () => {
  test('put, get and remove a draft by page key', async () => {
    const drafts = createDraftRepository(db, { now: () => FIXED_NOW });
    await drafts.put('https://a.example/1', { note: '笔记', tags: ['x'], facts: null });
    expect(await drafts.get('https://a.example/1')).toEqual({ key: 'https://a.example/1', updatedAt: FIXED_NOW, note: '笔记', tags: ['x'], facts: null });
    await drafts.remove('https://a.example/1');
    expect(await drafts.get('https://a.example/1')).toBeUndefined();
  });

  test('addFact starts from the base facts, keeps text order, and does not add a fact twice', async () => {
    const drafts = createDraftRepository(db, { now: () => FIXED_NOW });
    const base = [toClippingFact(COUNCIL_TEXT, factAt(COUNCIL_TEXT, 'agency', 'National Cyber Security Centre'))];
    const added = { ...toClippingFact(COUNCIL_TEXT, factAt(COUNCIL_TEXT, 'service', 'payment portal')), origin: 'user' as const };
    await drafts.put('k', { note: 'typed first', tags: [], facts: null });
    const draft = await drafts.addFact('k', added, base);
    expect(draft.facts?.map((f) => f.text)).toEqual(['payment portal', 'National Cyber Security Centre']);
    expect(draft.note).toBe('typed first');
    const again = await drafts.addFact('k', added, []);
    expect(again.facts).toHaveLength(2);
  });
});

describe('facts in clippings', () => {
  test.each([
    { name: 'English: offsets still hold', text: COUNCIL_TEXT, stored: COUNCIL_TEXT, quote: 'payment portal' },
    { name: 'English: text grew before the fact', text: `Update: ${COUNCIL_TEXT}`, stored: COUNCIL_TEXT, quote: 'payment portal' },
    { name: 'Chinese: text grew before the fact', text: `【快讯】${ROYAL_MAIL_TEXT}`, stored: ROYAL_MAIL_TEXT, quote: '皇家邮政' },
  ])('anchorFact re-anchors — $name', ({ text, stored, quote }) => {
    const fact = toClippingFact(stored, factAt(stored, 'organization', quote));
    const at = anchorFact(text, fact)!;
    expect(text.slice(at.start, at.end)).toBe(quote);
  });

  test('anchorFact gives null when the quote is gone (English and Chinese)', () => {
    expect(anchorFact('nothing here', toClippingFact(COUNCIL_TEXT, factAt(COUNCIL_TEXT, 'service', 'payment portal')))).toBeNull();
    expect(anchorFact('无关内容', toClippingFact(ROYAL_MAIL_TEXT, factAt(ROYAL_MAIL_TEXT, 'organization', '皇家邮政')))).toBeNull();
  });

  test('the selector carries 32 characters of context either side', () => {
    const start = COUNCIL_TEXT.indexOf('payment portal');
    expect(quoteSelector(COUNCIL_TEXT, start, start + 14)).toEqual({
      exact: 'payment portal',
      prefix: COUNCIL_TEXT.slice(start - 32, start),
      suffix: COUNCIL_TEXT.slice(start + 14, start + 46),
    });
  });

  test('incidentDateOf ignores malformed date values', () => {
    const draft = makeDraft({ text: COUNCIL_TEXT, published: '2024-05-16' }, [['date', '12 May 2024', 'last spring']]);
    expect(incidentDateOf(draft)).toBe('2024-05-16');
  });
});

describe('library stats', () => {
  const clippings = sampleClippings();
  test('counts by kind and by fact value, most first', () => {
    expect(countByKind(clippings)).toEqual([
      { label: 'ransomware', count: 2 },
      { label: 'outage', count: 1 },
    ]);
    expect(countByFactValue(clippings, 'agency')).toEqual([{ label: 'National Cyber Security Centre', count: 2 }]);
    expect(countByFactValue(clippings, 'organization')).toEqual([
      { label: 'Northfield Council', count: 1 },
      { label: 'Royal Mail', count: 1 },
    ]);
    expect(countByFactValue(clippings, 'malware')).toEqual([]);
  });

  test('the timeline counts incidents per month, fills gaps, and leaves out non-incidents', () => {
    const timeline = incidentTimeline(clippings);
    expect(timeline[0]).toEqual({ label: '2023-01', count: 1 });
    expect(timeline.at(-1)).toEqual({ label: '2024-05', count: 1 });
    expect(timeline).toHaveLength(17);
    expect(timeline.reduce((sum, month) => sum + month.count, 0)).toBe(2);
    expect(incidentTimeline([])).toEqual([]);
  });
});

describe('change stamp', () => {
  test('moves on add, edit and delete, and stays when nothing changed', async () => {
    let time = FIXED_NOW;
    const repo = createClippingRepository(db, { now: () => (time += 1000) });
    const empty = await repo.changeStamp();
    const saved = await repo.save(makeDraft({ text: ROYAL_MAIL_TEXT, lang: 'zh' }));
    const added = await repo.changeStamp();
    expect(added).not.toBe(empty);
    expect(await repo.changeStamp()).toBe(added);
    await repo.update({ ...saved, note: '改' });
    const edited = await repo.changeStamp();
    expect(edited).not.toBe(added);
    await repo.remove(saved.id);
    expect(await repo.changeStamp()).not.toBe(edited);
  });
});
