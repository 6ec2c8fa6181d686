import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import type { Clipping } from '../../../storage/clipping';
import { openDatabase, SCHEMA_V1, SCHEMA_V2, upgradeClippingToV2, upgradeClippingToV3 } from '../../../storage/database';
import { COUNCIL_TEXT, ROYAL_MAIL_TEXT, makeClipping, makeDraft } from './clipping-fixtures';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A clipping as version 1 stored it: no `incidentDate`. */
function v1Clipping(clipping: Clipping): Omit<Clipping, 'incidentDate'> {
  const { incidentDate: _dropped, ...rest } = clipping;
  return rest;
}

describe('upgradeClippingToV2', () => {
  test.each([
    {
      name: 'English: earliest date fact wins over published',
      draft: makeDraft({ text: COUNCIL_TEXT, published: '2024-05-16' }, [['date', '12 May 2024', '2024-05-12']]),
      expected: '2024-05-12',
    },
    {
      name: 'Chinese: date fact',
      draft: makeDraft({ text: ROYAL_MAIL_TEXT, lang: 'zh', published: '2023-01-14' }, [['date', '1月10日', '2023-01-10']]),
      expected: '2023-01-10',
    },
    {
      name: 'no date fact: the publication day',
      draft: makeDraft({ text: COUNCIL_TEXT, published: '2024-05-16T08:00:00Z' }, [['agency', 'National Cyber Security Centre']]),
      expected: '2024-05-16',
    },
    { name: 'neither: null', draft: makeDraft({ text: COUNCIL_TEXT, published: null }), expected: null },
    {
      name: 'Chinese: a date long before publication is history, not this incident',
      draft: makeDraft({ text: ROYAL_MAIL_TEXT, lang: 'zh', published: '2023-01-14' }, [['date', '1月10日', '2022-11']]),
      expected: '2023-01-14',
    },
    {
      name: 'English: a date after publication is not the incident date',
      draft: makeDraft({ text: COUNCIL_TEXT, published: '2024-05-10' }, [['date', '12 May 2024', '2024-05-12']]),
      expected: '2024-05-10',
    },
    {
      name: 'English: a year-only date is too coarse',
      draft: makeDraft({ text: COUNCIL_TEXT, published: '2024-05-16' }, [['date', '12 May 2024', '2024']]),
      expected: '2024-05-16',
    },
  ])('$name', ({ draft, expected }) => {
    const upgraded = upgradeClippingToV2(v1Clipping(makeClipping(draft)));
    expect(upgraded.incidentDate).toBe(expected);
  });

  test('keeps every other field as it was', () => {
    const old = v1Clipping(makeClipping(makeDraft({ text: COUNCIL_TEXT, note: 'keep me', tags: ['a'] })));
    expect(upgradeClippingToV2(old)).toEqual({ ...old, incidentDate: '2024-05-16' });
  });
});

describe('opening a version 1 database', () => {
  test('upgrades stored clippings and serves the new indexes', async () => {
    const name = `v1-upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const english = makeClipping(makeDraft({ text: COUNCIL_TEXT, url: 'https://news.example.org/council' }, [['date', '12 May 2024', '2024-05-12']]));
    const chinese = makeClipping(makeDraft({ text: ROYAL_MAIL_TEXT, url: 'https://mp.weixin.qq.com/s?sn=royal', lang: 'zh', published: '2023-01-14' }));
    await v1.table('clippings').bulkPut([v1Clipping(english), v1Clipping(chinese)]);
    await v1.table('drafts').put({ key: 'https://news.example.org/x', updatedAt: 1, note: 'typed', tags: [], facts: null });
    v1.close();

    const db = openDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect((await db.clippings.get(english.id))?.incidentId).toBeNull();
    expect((await db.clippings.get(english.id))?.incidentDate).toBe('2024-05-12');
    expect((await db.clippings.get(chinese.id))?.incidentDate).toBe('2023-01-14');
    expect(await db.clippings.where('url').equals('https://mp.weixin.qq.com/s?sn=royal').count()).toBe(1);
    expect(await db.clippings.where('incidentDate').between('2024-01-01', '2024-12-31', true, true).primaryKeys()).toEqual([english.id]);
    expect((await db.drafts.get('https://news.example.org/x'))?.note).toBe('typed');
  });

  test('a fresh database opens at version 3 with the indexes the library queries', async () => {
    const db = openDatabase(`fresh-${Math.random()}`);
    opened.push(db);
    await db.open();
    const indexes = db.clippings.schema.indexes.map((index) => index.name).sort();
    expect(indexes).toEqual(['factValues', 'incidentDate', 'incidentId', 'isIncident', 'key', 'kinds', 'lang', 'published', 'savedAt', 'site', 'tags', 'updatedAt', 'url']);
    expect(db.incidents.schema.idxByName.victimKeys.multi).toBe(true);
    expect(db.clippings.schema.idxByName.key.unique).toBe(true);
    expect(db.clippings.schema.idxByName.tags.multi).toBe(true);
    expect(db.clippings.schema.idxByName.factValues.multi).toBe(true);
  });
});

describe('upgradeClippingToV3', () => {
  test('no incident yet, every other field kept', () => {
    const v2 = makeClipping(makeDraft({ text: COUNCIL_TEXT, note: 'keep me', tags: ['a'] }));
    expect(upgradeClippingToV3(v2)).toEqual({ ...v2, incidentId: null, incidentLink: null });
  });
});

describe('opening a version 2 database', () => {
  test('keeps clippings and drafts, adds an empty incidents table and the incidentId index', async () => {
    const name = `v2-upgrade-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const english = makeClipping(makeDraft({ text: COUNCIL_TEXT, url: 'https://news.example.org/council' }, [['date', '12 May 2024', '2024-05-12']]));
    const chinese = makeClipping(makeDraft({ text: ROYAL_MAIL_TEXT, url: 'https://mp.weixin.qq.com/s?sn=royal', lang: 'zh', published: '2023-01-14' }, [['organization', '皇家邮政', 'Royal Mail']]));
    await v2.table('clippings').bulkPut([english, chinese]);
    await v2.table('drafts').put({ key: 'https://news.example.org/x', updatedAt: 1, note: 'typed', tags: [], facts: null });
    v2.close();

    const db = openDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.clippings.get(chinese.id)).toEqual({ ...chinese, incidentId: null, incidentLink: null });
    expect(await db.clippings.get(english.id)).toEqual({ ...english, incidentId: null, incidentLink: null });
    expect(await db.incidents.count()).toBe(0);
    expect(await db.clippings.where('incidentDate').equals('2024-05-12').primaryKeys()).toEqual([english.id]);
    expect((await db.drafts.get('https://news.example.org/x'))?.note).toBe('typed');
  });
});
