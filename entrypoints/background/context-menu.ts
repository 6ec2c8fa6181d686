/**
 * Context menu "Add selection as fact", one sub-item per category: the selection is asked
 * of the tab's content script as article offsets and appended to that page's popup draft, so the
 * popup shows it the next time it opens.
 */
import { browser, type Browser } from 'wxt/browser';
import { FACT_CATEGORIES, type FactCategory } from '../../engine/types';
import { clippingKey, pageOwnsClipping, quoteSelector, toClippingFact, type ClippingFact } from '../../storage/clipping';
import type { ClippingRepository } from '../../storage/clipping-repository';
import type { DraftRepository } from '../../storage/draft-repository';
import { sendToTabInjecting, type TabCaller } from '../../messaging/transport';
import { snapshotOfTab } from './save-service';

/** Id of the parent menu item; children are `${ADD_FACT_MENU_ID}:${category}`. */
export const ADD_FACT_MENU_ID = 'incident-lens-add-fact';

/** The category a child menu item stands for, or null for other items. */
export function categoryOfMenuItem(id: string | number): FactCategory | null {
  const [parent, category] = String(id).split(':');
  return parent === ADD_FACT_MENU_ID && (FACT_CATEGORIES as readonly string[]).includes(category) ? (category as FactCategory) : null;
}

/**
 * Appends the tab's selection, as a `category` fact, to the page's draft. The draft starts from the
 * saved clipping's facts (same text) or the engine's when it has no fact edits yet. Returns the fact.
 */
export async function addSelectionAsFact(
  tabId: number,
  category: FactCategory,
  { drafts, clippings, call = sendToTabInjecting }: { drafts: Pick<DraftRepository, 'addFact'>; clippings: Pick<ClippingRepository, 'findByKey'>; call?: TabCaller },
): Promise<ClippingFact> {
  const page = await snapshotOfTab(tabId, call);
  const selection = await call(tabId, 'getSelection', {});
  if (!selection.ok) throw new Error(selection.error);
  if (!selection.value) throw new Error('The selection is not inside the article.');
  const { text } = page.article;
  const { start, end } = selection.value;
  const fact: ClippingFact = { category, text: text.slice(start, end), start, end, value: text.slice(start, end), selector: quoteSelector(text, start, end), origin: 'user' };
  const key = clippingKey({ url: page.article.url ?? '', canonicalUrl: page.article.canonicalUrl });
  const saved = await clippings.findByKey(key);
  const base = saved && saved.text === text && pageOwnsClipping(page.article.url ?? '', saved) ? saved.facts : page.analysis.facts.map((f) => toClippingFact(text, f));
  await drafts.addFact(key, fact, base);
  return fact;
}

function createMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: ADD_FACT_MENU_ID, title: browser.i18n.getMessage('contextMenuAddFact'), contexts: ['selection'] });
    for (const category of FACT_CATEGORIES) {
      browser.contextMenus.create({
        id: `${ADD_FACT_MENU_ID}:${category}`,
        parentId: ADD_FACT_MENU_ID,
        title: browser.i18n.getMessage(`category_${category}`),
        contexts: ['selection'],
      });
    }
  });
}

/** Creates the menu on install and handles its clicks. Returns the function that stops handling. */
export function registerContextMenu(services: { drafts: Pick<DraftRepository, 'addFact'>; clippings: Pick<ClippingRepository, 'findByKey'> }): () => void {
  const onInstalled = () => createMenus();
  const onClicked = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    const category = categoryOfMenuItem(info.menuItemId);
    if (!category || tab?.id === undefined) return;
    addSelectionAsFact(tab.id, category, services).catch((error) => console.warn('Incident Lens: selection not added as a fact', error));
  };
  browser.runtime.onInstalled.addListener(onInstalled);
  browser.contextMenus.onClicked.addListener(onClicked);
  return () => {
    browser.runtime.onInstalled.removeListener(onInstalled);
    browser.contextMenus.onClicked.removeListener(onClicked);
  };
}
