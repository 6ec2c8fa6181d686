// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import PopupApp from '../../../components/PopupApp';
import type { PopupServices } from '../../../components/popup-services';
import type { PageStatus } from '../../../components/use-page-snapshot';
import type { Fact } from '../../../engine/types';
import type { PageSnapshot, SelectionSpan } from '../../../messaging/protocol';
import { createClippingRepository, StorageWriteError, type ClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { createDraftRepository } from '../../../storage/draft-repository';
import { createIncidentRepository } from '../../../storage/incident-repository';
import { COUNCIL_TEXT, ROYAL_MAIL_TEXT, factAt } from '../storage/clipping-fixtures';

let db: IncidentLensDatabase;
let repository: ClippingRepository;
beforeEach(() => {
  db = openDatabase(`popup-${Math.random()}`);
  repository = createClippingRepository(db);
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

function snapshot(text: string, lang: string, facts: Fact[], url: string): PageSnapshot {
  return {
    article: { text, title: `Title ${lang}`, site: 'Site', published: '2024-05-16', declaredLang: lang, url, canonicalUrl: url },
    excerpt: text.slice(0, 80),
    analysis: {
      url,
      title: `Title ${lang}`,
      site: 'Site',
      published: '2024-05-16',
      language: lang,
      textLength: text.length,
      incident: { isIncident: true, score: 0.87, kinds: ['ransomware'], reasons: ['cue: ransomware attack'] },
      facts,
    },
  };
}

const PAGES = {
  en: {
    page: snapshot(COUNCIL_TEXT, 'en', [factAt(COUNCIL_TEXT, 'agency', 'National Cyber Security Centre'), factAt(COUNCIL_TEXT, 'date', '12 May 2024', '2024-05-12')], 'https://news.example.org/council'),
    wrong: 'National Cyber Security Centre',
    selection: 'payment portal',
  },
  zh: {
    page: snapshot(ROYAL_MAIL_TEXT, 'zh', [factAt(ROYAL_MAIL_TEXT, 'agency', '英国国家网络安全中心', 'National Cyber Security Centre'), factAt(ROYAL_MAIL_TEXT, 'date', '1月10日', '2023-01-10')], 'https://mp.weixin.qq.com/s?sn=royal'),
    wrong: '1月10日',
    selection: '皇家邮政',
  },
};

function makeServices(status: PageStatus, selection: SelectionSpan | null = null, save?: PopupServices['save']) {
  const calls = { revealed: [] as Array<{ start: number; end: number }>, shown: [] as Fact[][], persisted: 0 };
  const services: PopupServices = {
    loadPage: async () => status,
    revealFact: async (_tabId, span) => void calls.revealed.push(span),
    getSelection: async () => selection,
    showFacts: async (_tabId, facts) => void calls.shown.push(facts),
    save:
      save ??
      (async (draft) => {
        try {
          return { ok: true, value: await repository.save(draft) };
        } catch (error) {
          return { ok: false, error: (error as Error).message };
        }
      }),
    findSaved: (key) => repository.findByKey(key),
    watchSaved: (key, onChange) => repository.observe(() => repository.findByKey(key), onChange),
    drafts: createDraftRepository(db),
    tagSuggestions: async () => ['uk', '邮政'],
    openLibrary: vi.fn(),
    requestPersistence: async () => void (calls.persisted += 1),
    incidents: { ...createIncidentRepository(db), clipping: (id) => repository.get(id) },
    openIncident: vi.fn(),
  };
  return { services, calls };
}

const ready = (page: PageSnapshot): PageStatus => ({ state: 'ready', tabId: 7, page });
const factTexts = () => [...document.querySelectorAll('.fact .fact-text')].map((el) => el.textContent);
const saveButton = () => document.querySelector('[data-action="save"]') as HTMLButtonElement;

describe('PopupApp states', () => {
  test.each([
    { status: { state: 'no-article', tabId: 3 } as PageStatus, text: 'It looked for:', retry: true },
    { status: { state: 'unreadable', tabId: null, error: 'x' } as PageStatus, text: 'This page cannot be read by extensions', retry: false },
  ])('$status.state: a heading, what it looked for, and what can be done', async ({ status, text, retry }) => {
    const { services } = makeServices(status);
    render(<PopupApp search="?tabId=3" services={services} />);
    const empty = await screen.findByRole('status');
    expect(within(empty).getByRole('heading').textContent).toBe('No article on this page');
    expect(empty.textContent).toContain(text);
    expect(saveButton()).toBeNull();
    expect(within(empty).queryByRole('button', { name: 'Read the page again' }) !== null).toBe(retry);
    fireEvent.click(within(empty).getByRole('button', { name: 'Open library' }));
    expect(services.openLibrary).toHaveBeenCalled();
  });

  test('"Analyse anyway" asks for the whole page, once', async () => {
    const asked: Array<boolean | undefined> = [];
    const { services } = makeServices({ state: 'no-article', tabId: 3 });
    const loadPage = async (_search: string, anyway?: boolean) => {
      asked.push(anyway);
      return anyway ? ready(PAGES.en.page) : ({ state: 'no-article', tabId: 3 } as PageStatus);
    };
    render(<PopupApp search="?tabId=3" services={{ ...services, loadPage }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Analyse the whole page anyway' }));
    await screen.findByText('Facts');
    expect(asked).toEqual([false, true]);
  });

  test('"Read the page again" asks the page once more', async () => {
    let calls = 0;
    const { services } = makeServices({ state: 'no-article', tabId: 3 });
    const loadPage = async () => (++calls === 1 ? ({ state: 'no-article', tabId: 3 } as PageStatus) : ready(PAGES.en.page));
    render(<PopupApp search="?tabId=3" services={{ ...services, loadPage }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read the page again' }));
    await screen.findByText('Facts');
    expect(calls).toBe(2);
  });

  test('loading', () => {
    const { services } = makeServices(ready(PAGES.en.page));
    render(<PopupApp search="" services={{ ...services, loadPage: () => new Promise(() => undefined) }} />);
    expect(screen.getByText('Reading the page…')).toBeTruthy();
  });
});

describe.each(Object.entries(PAGES))('PopupApp on a %s article', (_lang, { page, wrong, selection }) => {
  const span = { text: selection, start: page.article.text.indexOf(selection), end: page.article.text.indexOf(selection) + selection.length };

  test('shows the verdict with its reasons, and facts grouped by category with their values', async () => {
    render(<PopupApp search="?tabId=7" services={makeServices(ready(page)).services} />);
    await screen.findByText('Facts');
    expect(screen.getByText('Incident article')).toBeTruthy();
    expect(screen.getByText('score 0.87')).toBeTruthy();
    expect(screen.getByText('Ransomware')).toBeTruthy();
    expect(screen.getByText('cue: ransomware attack')).toBeTruthy();
    const groups = [...document.querySelectorAll('.fact-group')].map((g) => g.getAttribute('data-category'));
    expect(groups).toEqual(['date', 'agency']);
    expect(within(document.querySelector('[data-category="date"]') as HTMLElement).getByText(/^20\d\d-\d\d-\d\d$/)).toBeTruthy();
  });

  test('clicking a fact scrolls the page to it', async () => {
    const { services, calls } = makeServices(ready(page));
    render(<PopupApp search="?tabId=7" services={services} />);
    const fact = page.analysis.facts[0];
    fireEvent.click(await screen.findByRole('button', { name: fact.text }));
    expect(calls.revealed).toEqual([{ start: fact.start, end: fact.end }]);
  });

  test('edits persist as a draft and come back when the popup opens again', async () => {
    const { services, calls } = makeServices(ready(page), span);
    const first = render(<PopupApp search="?tabId=7" services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: `Remove “${wrong}”` }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Category of the new fact' }), { target: { value: 'organization' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add selection as fact' }));
    await waitFor(() => expect(factTexts()).toContain(selection));
    expect(factTexts()).not.toContain(wrong);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: '待核实 to check' } });
    const tagInput = screen.getByRole('combobox', { name: 'Add a tag' });
    fireEvent.input(tagInput, { target: { value: '邮政' } });
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    expect(await screen.findByRole('button', { name: 'Remove tag 邮政' })).toBeTruthy();
    await waitFor(() => expect(calls.shown.at(-1)?.map((f) => f.text)).toContain(selection));
    await waitFor(async () => expect((await db.drafts.toArray())[0]?.tags).toEqual(['邮政']));
    first.unmount();

    render(<PopupApp search="?tabId=7" services={services} />);
    await waitFor(() => expect(factTexts()).toContain(selection));
    expect(factTexts()).not.toContain(wrong);
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('待核实 to check');
    expect(screen.getByRole('button', { name: 'Remove tag 邮政' })).toBeTruthy();
  });

  test('the note comes before the facts; the language is named, not coded', async () => {
    render(<PopupApp search="?tabId=7" services={makeServices(ready(page)).services} />);
    const note = await screen.findByRole('textbox', { name: 'Note' });
    const facts = screen.getByText('Facts');
    expect(note.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.querySelector('[data-field="language"]')!.textContent).toBe(page.analysis.language === 'zh' ? 'Chinese' : 'English');
  });

  test('a fact can be moved to another category; the select opens on demand', async () => {
    render(<PopupApp search="?tabId=7" services={makeServices(ready(page)).services} />);
    await screen.findByText('Facts');
    expect(screen.queryByRole('combobox', { name: `Category of “${wrong}”` })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `Change the category of “${wrong}”` }));
    fireEvent.change(await screen.findByRole('combobox', { name: `Category of “${wrong}”` }), { target: { value: 'service' } });
    await waitFor(() => expect(document.querySelector('[data-category="service"]')?.textContent).toContain(wrong));
  });

  test('Save stores facts with selectors, note and tags, clears the draft, and shows Saved', async () => {
    const { services, calls } = makeServices(ready(page), span);
    render(<PopupApp search="?tabId=7" services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add selection as fact' }));
    await waitFor(() => expect(factTexts()).toContain(selection));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'note' } });
    expect(saveButton().textContent).toBe('Save');
    fireEvent.click(saveButton());
    await waitFor(() => expect(saveButton().textContent).toBe('Saved'));
    const stored = (await repository.listAll())[0];
    expect(stored.note).toBe('note');
    const added = stored.facts.find((f) => f.text === selection)!;
    expect(added).toMatchObject({ origin: 'user', start: span.start, end: span.end, selector: { exact: selection } });
    expect(page.article.text.slice(added.start - added.selector.prefix.length, added.start)).toBe(added.selector.prefix);
    expect(await db.drafts.count()).toBe(0);
    expect(calls.persisted).toBe(1);
    // An edit after saving turns the button into Update.
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'note 2' } });
    expect(saveButton().textContent).toBe('Update');
  });

  test('a saved page opens as Saved with its note and tags', async () => {
    const { services } = makeServices(ready(page));
    await repository.save({
      url: page.article.url!, canonicalUrl: page.article.canonicalUrl, title: 'x', site: null, published: null, lang: page.analysis.language,
      text: page.article.text, incident: page.analysis.incident, facts: [], note: '旧批注', tags: ['uk'],
    });
    render(<PopupApp search="?tabId=7" services={services} />);
    await waitFor(() => expect(saveButton().textContent).toBe('Saved'));
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('旧批注');
  });

  test('a failed save shows the reason and keeps everything typed', async () => {
    const failing: PopupServices['save'] = async () => ({ ok: false, error: new StorageWriteError('The browser has no room left for the library (storage quota exceeded).').message });
    const { services } = makeServices(ready(page), null, failing);
    render(<PopupApp search="?tabId=7" services={services} />);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Note' }), { target: { value: 'do not lose me' } });
    fireEvent.click(saveButton());
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not saved: .*quota exceeded.*Everything you typed is kept/);
    expect((await db.drafts.toArray())[0]?.note).toBe('do not lose me');
    expect(await repository.count()).toBe(0);
  });

  test('adding with no selection explains what to do', async () => {
    render(<PopupApp search="?tabId=7" services={makeServices(ready(page), null).services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add selection as fact' }));
    expect((await screen.findByText(/Select text in the article first/)).textContent).toBeTruthy();
  });
});

describe('PopupApp and other tabs', () => {
  const { page } = PAGES.en;
  const draftOf = (note: string, tags: string[]) => ({
    url: page.article.url!, canonicalUrl: page.article.canonicalUrl, title: 'x', site: null, published: null, lang: page.analysis.language,
    text: page.article.text, incident: page.analysis.incident, facts: [], note, tags,
  });

  test('the saved state follows the library: a change elsewhere shows, an unsaved note stays, a deletion turns Saved into Save', async () => {
    const saved = await repository.save(draftOf('first', ['uk']));
    const { services } = makeServices(ready(page));
    render(<PopupApp search="?tabId=7" services={services} />);
    await waitFor(() => expect(saveButton().textContent).toBe('Saved'));
    const note = () => (screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value;
    // Nothing typed here: the other tab's note is shown, and the popup still says Saved.
    const other = createClippingRepository(db);
    const renoted = await other.update({ ...saved, note: 'from the library' }, saved);
    await waitFor(() => expect(note()).toBe('from the library'));
    expect(saveButton().textContent).toBe('Saved');
    expect(screen.getByRole('status').textContent).toContain('note');
    // A note typed here stays when the other tab changes the tags; the tags update.
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'typed in the popup' } });
    const retagged = await other.update({ ...renoted, tags: ['uk', 'council'] }, renoted);
    await waitFor(() => expect(document.body.textContent).toContain('council'));
    expect(note()).toBe('typed in the popup');
    expect(saveButton().textContent).toBe('Update');
    // The same note changed on both sides: said, and Update keeps both tags and the popup's note.
    await other.update({ ...retagged, note: 'library again' }, retagged);
    await waitFor(() => expect(document.querySelector('[data-conflict="note"]')?.textContent).toContain('library again'));
    fireEvent.click(saveButton());
    await waitFor(() => expect(saveButton().textContent).toBe('Saved'));
    const stored = (await repository.findByKey(saved.key))!;
    expect([stored.note, stored.tags]).toEqual(['typed in the popup', ['uk', 'council']]);
    // Deleted in the library: the popup offers to save it again.
    await other.remove(saved.id);
    await waitFor(() => expect(saveButton().textContent).toBe('Save'));
    expect(screen.getByRole('status').textContent).toContain('deleted in another tab');
    expect(note()).toBe('typed in the popup');
  });
});
