/**
 * What the popup screen does to the world, as one injectable object: the real one talks to the
 * tab's content script, the background and the database; component tests pass their own.
 */
import { browser } from 'wxt/browser';
import type { Fact } from '../engine/types';
import type { Result, SelectionSpan } from '../messaging/protocol';
import { sendToBackground, sendToTab } from '../messaging/transport';
import type { Clipping, ClippingDraft } from '../storage/clipping';
import { createClippingRepository, type SaveBase } from '../storage/clipping-repository';
import { openDatabase } from '../storage/database';
import { createDraftRepository, type DraftRepository } from '../storage/draft-repository';
import { createIncidentRepository } from '../storage/incident-repository';
import { requestPersistentStorage } from '../storage/persistence';
import type { IncidentLinkServices } from './use-incident-link';
import { loadPageStatus, resolveTabId, type PageStatus } from './use-page-snapshot';

/** The popup's services. */
export interface PopupServices {
  /** The page of the popup's tab (`?tabId=N` or the active tab); `anyway`: the whole page when no article is found. */
  loadPage(search: string, anyway?: boolean): Promise<PageStatus>;
  /** Scrolls the page to a fact. */
  revealFact(tabId: number, span: { start: number; end: number }): Promise<void>;
  /** The page's current selection as article offsets. */
  getSelection(tabId: number): Promise<SelectionSpan | null>;
  /** Re-paints the page's highlights with the edited facts. */
  showFacts(tabId: number, facts: Fact[]): Promise<void>;
  /** Saves (or updates) the clipping; the background does the write, merging from `base` (the saved clipping the edits started from). */
  save(draft: ClippingDraft, base?: SaveBase | null): Promise<Result<Clipping>>;
  /** The saved clipping of a page key, if any. */
  findSaved(key: string): Promise<Clipping | undefined>;
  /**
   * Calls `onChange` with the saved clipping of a page key (undefined: none) now and after every
   * write to it, from any tab; returns the function that stops watching.
   */
  watchSaved(key: string, onChange: (clipping: Clipping | undefined) => void): () => void;
  drafts: Pick<DraftRepository, 'get' | 'put' | 'remove'>;
  /** Tags already used in the library, most used first. */
  tagSuggestions(): Promise<string[]>;
  openLibrary(): void;
  /** The saved clipping's incident: proposing, accepting, choosing another, splitting out, undoing. */
  incidents: IncidentLinkServices;
  /** Opens the library at an incident's page. */
  openIncident(incidentId: string): void;
  /** Asks the browser not to evict the library (first save). */
  requestPersistence(): Promise<void>;
}

/** The popup's real services. */
export function createPopupServices(): PopupServices {
  const db = openDatabase();
  const clippings = createClippingRepository(db);
  return {
    loadPage: async (search, anyway) => loadPageStatus(await resolveTabId(search), anyway),
    revealFact: async (tabId, span) => void (await sendToTab(tabId, 'revealFact', span)),
    getSelection: async (tabId) => {
      const reply = await sendToTab(tabId, 'getSelection', {});
      return reply.ok ? reply.value : null;
    },
    showFacts: async (tabId, facts) => void (await sendToTab(tabId, 'showFacts', { facts })),
    save: (draft, base) => sendToBackground('ui-to-background', 'saveClipping', { draft, base }),
    findSaved: (key) => clippings.findByKey(key),
    watchSaved: (key, onChange) => clippings.observe(() => clippings.findByKey(key), onChange),
    drafts: createDraftRepository(db),
    tagSuggestions: async () => (await clippings.tagCounts()).map(({ tag }) => tag),
    openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
    incidents: { ...createIncidentRepository(db), clipping: (id) => clippings.get(id) },
    openIncident: (incidentId) => void browser.tabs.create({ url: `${browser.runtime.getURL('/library.html')}#incident=${encodeURIComponent(incidentId)}` }),
    requestPersistence: async () => void (await requestPersistentStorage()),
  };
}
