/**
 * The popup's view of a tab: which tab (`?tabId=N` or the active one), and the content script's
 * snapshot of it. On pages the content script does not run on by itself, it is injected on demand
 * (activeTab + scripting) and asked again.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageSnapshot } from '../messaging/protocol';
import { sendToTabInjecting } from '../messaging/transport';

/** What the popup knows about its tab. */
export type PageStatus =
  | { state: 'loading' }
  | { state: 'no-article'; tabId: number | null }
  | { state: 'unreadable'; tabId: number | null; error: string }
  | { state: 'ready'; tabId: number; page: PageSnapshot };

/** The tab a popup reports on: `?tabId=N` (DESIGN.md), else the active tab of the current window. */
export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Asks the tab's content script for its page, injecting the script once if nobody answers.
 * `anyway`: take the whole page as the article when no reader found one.
 */
export async function loadPageStatus(tabId: number | null, anyway = false): Promise<PageStatus> {
  if (tabId === null) return { state: 'no-article', tabId };
  const reply = await sendToTabInjecting(tabId, 'getPage', anyway ? { anyway } : {});
  if (!reply.ok) return { state: 'unreadable', tabId, error: reply.error };
  if ('noArticle' in reply.value) return { state: 'no-article', tabId };
  return { state: 'ready', tabId, page: reply.value };
}

/**
 * Hook: the page status of the popup's tab; `load` is the popup services' loader in tests. A new
 * `attempt` reads the page again (the empty state's "Read again", for pages that fill in late);
 * `anyway` asks for the whole page when no article is found.
 */
export function usePageSnapshot(
  search: string,
  load: (search: string, anyway?: boolean) => Promise<PageStatus> = async (query, anyway) => loadPageStatus(await resolveTabId(query), anyway),
  attempt = 0,
  anyway = false,
): PageStatus {
  const [status, setStatus] = useState<PageStatus>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    if (attempt > 0) setStatus({ state: 'loading' });
    void load(search, anyway)
      .then((next) => live && setStatus(next))
      .catch((error) => live && setStatus({ state: 'unreadable', tabId: null, error: String(error) }));
    return () => {
      live = false;
    };
  }, [search, load, attempt, anyway]);
  return status;
}
