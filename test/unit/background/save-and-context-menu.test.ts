import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Fact } from '../../../engine/types';
import { ADD_FACT_MENU_ID, addSelectionAsFact, categoryOfMenuItem } from '../../../entrypoints/background/context-menu';
import type { TabCaller } from '../../../messaging/transport';
import { createSaveService } from '../../../entrypoints/background/save-service';
import type { PageSnapshot, SelectionSpan } from '../../../messaging/protocol';
import { createClippingRepository, type ClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { createDraftRepository, type DraftRepository } from '../../../storage/draft-repository';
import { createIncidentRepository } from '../../../storage/incident-repository';
import { draftFor } from '../../../storage/clipping';
import { COUNCIL_TEXT, FIXED_NOW, ROYAL_MAIL_TEXT, factAt } from '../storage/clipping-fixtures';

let db: IncidentLensDatabase;
let clippings: ClippingRepository;
let drafts: DraftRepository;
beforeEach(() => {
  db = openDatabase(`background-${Math.random()}`);
  clippings = createClippingRepository(db, { now: () => FIXED_NOW });
  drafts = createDraftRepository(db, { now: () => FIXED_NOW });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function page(text: string, lang: string, url: string, facts: Fact[]): PageSnapshot {
  return {
    article: { text, title: 't', site: 's', published: '2024-05-16', declaredLang: lang, url, canonicalUrl: url },
    excerpt: '',
    analysis: { url, title: 't', site: 's', published: '2024-05-16', language: lang, textLength: text.length, incident: { isIncident: true, score: 1, kinds: [], reasons: [] }, facts },
  };
}

/** A tab that answers like the content script: its page, and a selection. */
function tab(snapshot: PageSnapshot | { noArticle: true }, selection: SelectionSpan | null): TabCaller {
  return (async (_tabId: number, name: string) => {
    if (name === 'getPage') return { ok: true, value: snapshot };
    if (name === 'getSelection') return { ok: true, value: selection };
    return { ok: false, error: 'unexpected call' };
  }) as TabCaller;
}

const CASES = [
  { lang: 'en', text: COUNCIL_TEXT, url: 'https://news.example.org/council', engine: ['agency', 'National Cyber Security Centre'], selected: 'payment portal' },
  { lang: 'zh', text: ROYAL_MAIL_TEXT, url: 'https://mp.weixin.qq.com/s?sn=royal', engine: ['agency', '英国国家网络安全中心'], selected: '皇家邮政' },
] as const;

describe.each(CASES)('context menu "Add selection as fact" ($lang)', ({ lang, text, url, engine, selected }) => {
  const snapshot = page(text, lang, url, [factAt(text, engine[0], engine[1])]);
  const span = { text: selected, start: text.indexOf(selected), end: text.indexOf(selected) + selected.length };

  test('puts the selection into the page draft, after the engine facts, keeping what was typed', async () => {
    await drafts.put(url, { note: 'typed', tags: ['t'], facts: null });
    const fact = await addSelectionAsFact(1, 'organization', { drafts, clippings, call: tab(snapshot, span) });
    expect(fact).toMatchObject({ category: 'organization', text: selected, origin: 'user', selector: { exact: selected } });
    const draft = await drafts.get(url);
    expect(draft?.facts?.map((f) => f.text).sort()).toEqual([engine[1], selected].sort());
    expect(draft?.note).toBe('typed');
  });

  test('refuses a selection outside the article and a page without one', async () => {
    await expect(addSelectionAsFact(1, 'organization', { drafts, clippings, call: tab(snapshot, null) })).rejects.toThrow(/not inside the article/);
    await expect(addSelectionAsFact(1, 'organization', { drafts, clippings, call: tab({ noArticle: true }, span) })).rejects.toThrow(/No article/);
    expect(await drafts.get(url)).toBeUndefined();
  });
});

test.each([
  [`${ADD_FACT_MENU_ID}:agency`, 'agency'],
  [`${ADD_FACT_MENU_ID}:malware`, 'malware'],
  [ADD_FACT_MENU_ID, null],
  [`${ADD_FACT_MENU_ID}:nonsense`, null],
  ['other-extension-item:agency', null],
])('menu item %s stands for %s', (id, category) => {
  expect(categoryOfMenuItem(id)).toBe(category);
});

describe.each(CASES)('keyboard shortcut save ($lang)', ({ lang, text, url, engine }) => {
  const snapshot = page(text, lang, url, [factAt(text, engine[0], engine[1])]);

  test('saves the engine facts when nothing was typed', async () => {
    const saving = createSaveService(clippings, drafts, tab(snapshot, null));
    const clipping = await saving.savePageInTab({ tabId: 1 });
    expect(clipping.facts.map((f) => f.text)).toEqual([engine[1]]);
    expect(clipping.note).toBe('');
  });

  test('uses the popup draft, then clears it', async () => {
    await drafts.put(url, { note: '草稿 draft', tags: ['x'], facts: [] });
    const saving = createSaveService(clippings, drafts, tab(snapshot, null));
    const clipping = await saving.savePageInTab({ tabId: 1 });
    expect(clipping).toMatchObject({ note: '草稿 draft', tags: ['x'], facts: [] });
    expect(await drafts.get(url)).toBeUndefined();
  });

  test('saving again keeps the note, tags and facts of the earlier save', async () => {
    const saving = createSaveService(clippings, drafts, tab(snapshot, null));
    const first = await saving.savePageInTab({ tabId: 1 });
    await clippings.update({ ...first, note: 'kept', tags: ['k'], facts: [] });
    const again = await saving.savePageInTab({ tabId: 1 });
    expect(again).toMatchObject({ id: first.id, note: 'kept', tags: ['k'], facts: [] });
    expect(await clippings.count()).toBe(1);
  });

  test('a page without an article is not saved', async () => {
    const saving = createSaveService(clippings, drafts, tab({ noArticle: true }, null));
    await expect(saving.savePageInTab({ tabId: 1 })).rejects.toThrow(/No article/);
    expect(await clippings.count()).toBe(0);
  });
});

describe('saving links the clipping to the proposed incident', () => {
  test('the first save of a victim proposes a new incident, a second article on it joins', async () => {
    const incidents = createIncidentRepository(db, { now: () => FIXED_NOW });
    const zhUrl = 'https://mp.weixin.qq.com/s?sn=royal';
    const zh = page(ROYAL_MAIL_TEXT, 'zh', zhUrl, [{ ...factAt(ROYAL_MAIL_TEXT, 'organization', '英国皇家邮政', 'Royal Mail'), id: 'org:royal-mail' }]);
    const enText = 'Royal Mail said a cyber incident halted its export services.';
    const en = page(enText, 'en', 'https://news.example.org/royal-mail', [{ ...factAt(enText, 'organization', 'Royal Mail'), id: 'org:royal-mail' }]);
    const first = await createSaveService(clippings, drafts, tab(zh, null), incidents).savePageInTab({ tabId: 1 });
    expect(first.incidentLink).toMatchObject({ status: 'proposed', isNew: true });
    const second = await createSaveService(clippings, drafts, tab(en, null), incidents).saveClipping({ draft: draftFor(en.article, en.analysis) });
    expect(second.incidentId).toBe(first.incidentId);
    expect(second.incidentLink).toMatchObject({ status: 'proposed', isNew: false });
    expect((await incidents.get(first.incidentId!))?.clippingIds.sort()).toEqual([first.id, second.id].sort());
  });
});
