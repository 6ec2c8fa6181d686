// @vitest-environment happy-dom
/**
 * Storage faults, injected into the real Dexie stack (a DBCore middleware that fails writes the
 * way the browser does): a Save that hits the quota or an IndexedDB error keeps what the user typed
 * and the popup says so; the popup's Save goes through the background's real listener, schemas,
 * save service and repository.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Dexie, type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import PopupApp from '../../../components/PopupApp';
import type { PopupServices } from '../../../components/popup-services';
import type { PageStatus } from '../../../components/use-page-snapshot';
import { createSaveService } from '../../../entrypoints/background/save-service';
import type { Clipping } from '../../../storage/clipping';
import type { PageSnapshot, Result } from '../../../messaging/protocol';
import { UI_TO_BACKGROUND_INPUTS, inputParser } from '../../../messaging/schemas';
import { createCallListener } from '../../../messaging/transport';
import { createClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { createIncidentRepository } from '../../../storage/incident-repository';
import { createDraftRepository } from '../../../storage/draft-repository';
import { COUNCIL_TEXT, ROYAL_MAIL_TEXT, factAt } from './clipping-fixtures';

/** Which tables refuse writes, and with which browser error. */
let faults: Map<string, () => Error>;
let db: IncidentLensDatabase;

/** Opens the library database with writes to the tables in `faults` failing. */
function openFaultyDatabase(): IncidentLensDatabase {
  const opened = openDatabase(`faults-${Math.random()}`);
  opened.use({
    stack: 'dbcore',
    name: 'injected-faults',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            const fault = faults.get(name);
            return fault ? Promise.reject(fault()) : table.mutate(request);
          },
        };
      },
    }),
  });
  return opened;
}

beforeEach(() => {
  faults = new Map();
  db = openFaultyDatabase();
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const diskError = () => new DOMException('An internal error was encountered in the Indexed Database server', 'UnknownError');

function snapshot(text: string, lang: string, url: string): PageSnapshot {
  const facts = [factAt(text, 'agency', lang === 'zh' ? '英国国家网络安全中心' : 'National Cyber Security Centre')];
  return {
    article: { text, title: `Title ${lang}`, site: 'Site', published: '2024-05-16', declaredLang: lang, url, canonicalUrl: url },
    excerpt: text.slice(0, 80),
    analysis: { url, title: `Title ${lang}`, site: 'Site', published: '2024-05-16', language: lang, textLength: text.length, incident: { isIncident: true, score: 0.9, kinds: ['ransomware'], reasons: [] }, facts },
  };
}

/** The popup's services, saving through the background's real message listener. */
function services(page: PageSnapshot): PopupServices {
  const clippings = createClippingRepository(db);
  const drafts = createDraftRepository(db);
  const saving = createSaveService(clippings, drafts);
  const listener = createCallListener('ui-to-background', { saveClipping: saving.saveClipping }, { accept: () => true, parse: inputParser(UI_TO_BACKGROUND_INPUTS) });
  const popupSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
  return {
    loadPage: async (): Promise<PageStatus> => ({ state: 'ready', tabId: 7, page }),
    revealFact: async () => undefined,
    getSelection: async () => null,
    showFacts: async () => undefined,
    save: async (draft, base) =>
      (await listener({ protocol: 'incident-lens/1', direction: 'ui-to-background', name: 'saveClipping', input: { draft, base } }, popupSender)) as Result<Clipping>,
    findSaved: (key) => clippings.findByKey(key),
    watchSaved: (key, onChange) => clippings.observe(() => clippings.findByKey(key), onChange),
    drafts,
    tagSuggestions: async () => [],
    openLibrary: () => undefined,
    requestPersistence: async () => undefined,
    incidents: { ...createIncidentRepository(db), clipping: (id) => clippings.get(id) },
    openIncident: () => undefined,
  };
}

const PAGES = [
  { lang: 'en', page: snapshot(COUNCIL_TEXT, 'en', 'https://www.bleepingcomputer.com/news/council'), note: 'keep this analysis' },
  { lang: 'zh', page: snapshot(ROYAL_MAIL_TEXT, 'zh', 'https://mp.weixin.qq.com/s?sn=royal'), note: '出口业务受影响，请保留' },
];

async function typeNoteAndSave(note: string): Promise<HTMLElement> {
  fireEvent.input(await screen.findByRole('textbox', { name: 'Note' }), { target: { value: note } });
  fireEvent.click(document.querySelector('[data-action="save"]') as HTMLButtonElement);
  return waitFor(() => {
    const alert = screen.getAllByRole('alert').find((el) => el.textContent?.startsWith('Not saved'));
    if (!alert) throw new Error('no failure shown yet');
    return alert;
  });
}

describe.each(PAGES)('a Save that the browser refuses ($lang)', ({ page, note }) => {
  test.each([
    { name: 'quota exceeded', fault: quotaExceeded, reason: /no room left for the library/ },
    { name: 'an IndexedDB error', fault: diskError, reason: /could not be saved: .*internal error/ },
  ])('$name on the clippings table: the reason, and the draft kept', async ({ fault, reason }) => {
    faults.set('clippings', fault);
    render(<PopupApp search="?tabId=7" services={services(page)} />);
    const alert = await typeNoteAndSave(note);
    expect(alert.textContent).toMatch(reason);
    expect(alert.textContent).toContain('Everything you typed is kept');
    expect((await db.drafts.toArray()).map((d) => d.note)).toEqual([note]);
    expect(await db.clippings.count()).toBe(0);
    expect(document.querySelector('[data-action="save"]')?.textContent).toBe('Save');
    // The browser has room again: the same Save goes through and the draft is gone.
    faults.clear();
    fireEvent.click(document.querySelector('[data-action="save"]') as HTMLButtonElement);
    await waitFor(() => expect(document.querySelector('[data-action="save"]')?.textContent).toBe('Saved'));
    expect((await db.clippings.toArray()).map((c) => c.note)).toEqual([note]);
    expect(await db.drafts.count()).toBe(0);
  });

  test('quota exceeded on both tables: the popup says the edits live only in the open popup', async () => {
    faults.set('clippings', quotaExceeded);
    faults.set('drafts', quotaExceeded);
    render(<PopupApp search="?tabId=7" services={services(page)} />);
    const alert = await typeNoteAndSave(note);
    expect(alert.textContent).toMatch(/no room left/);
    expect(alert.textContent).toContain('could not be stored either');
    expect(alert.textContent).not.toContain('Everything you typed is kept');
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe(note);
    expect(screen.getAllByRole('alert').some((el) => /draft could not be kept: .*quota/.test(el.textContent ?? ''))).toBe(true);
  });
});
