/**
 * What a hostile page can do to the extension, end to end in Chromium with the built extension:
 * name another site's saved article as its canonical URL (it must neither see nor overwrite that
 * clipping), dispatch WXT's "a newer content script started" event (the content script must keep
 * running), and what an extension page may send the background (no javascript: URL is stored).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer, type ServedPage } from './harness';

/** The extension API as used inside extension pages (code evaluated there, typed here). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

/** Site A's article: the news fixture, whose canonical URL is its own address. */
const SITE_A = FIXTURES.news;
const A_CANONICAL = 'https://www.bleepingcomputer.com/news/security/northbridge-council-ransomware/';
const A_TITLE = 'Northbridge council confirms ransomware attack took payment portal offline';
const B_TITLE = 'Hostile copy claims to be the Northbridge article';

/** Site B (another listed news site): a copy of A's article under another title, declaring A's URL as canonical. */
const SITE_B: ServedPage = {
  url: 'https://www.securityweek.com/hostile-copy/',
  html: readFileSync(SITE_A.file, 'utf8').replaceAll(A_TITLE, B_TITLE),
};

interface StoredClipping {
  key: string;
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  note: string;
}

/** Every stored clipping, read with IndexedDB from an extension page. */
function storedClippings(page: Page): Promise<StoredClipping[]> {
  return page.evaluate(
    () =>
      new Promise<StoredClipping[]>((resolve, reject) => {
        const request = indexedDB.open('incident-lens');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('clippings').objectStore('clippings').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            resolve((all.result as StoredClipping[]).map(({ key, url, canonicalUrl, title, note }) => ({ key, url, canonicalUrl, title, note })));
            request.result.close();
          };
        };
      }),
  );
}

/** Names of the extension's highlights registered on `page`. */
function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights as unknown as Map<string, unknown>).keys()].filter((name) => name.startsWith('incident-lens-')));
}

describe('a hostile page', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer([SITE_A, SITE_B]);
    browser = await launchWithExtension(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("naming another site's saved article as canonical neither shows nor overwrites its clipping", async () => {
    const a = await browser.openTab(SITE_A.url);
    const popupA = await browser.openExtensionPage(`popup.html?tabId=${a.tabId}`);
    await expect.poll(() => popupA.locator('[data-action="save"]').textContent()).toBe('Save');
    await popupA.getByRole('textbox', { name: 'Note' }).fill('private note of A');
    await popupA.locator('[data-action="save"]').click();
    await expect.poll(() => popupA.locator('[data-action="save"]').textContent()).toBe('Saved');

    const b = await browser.openTab(SITE_B.url);
    const popupB = await browser.openExtensionPage(`popup.html?tabId=${b.tabId}`);
    await expect.poll(() => popupB.locator('.fact').count()).toBeGreaterThan(0);
    await expect.poll(() => popupB.locator('[data-action="save"]').isEnabled()).toBe(true);
    // Not A's clipping: no note of A's, and "Save", not "Saved" or "Update".
    expect(await popupB.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('');
    expect(await popupB.locator('[data-action="save"]').textContent()).toBe('Save');

    await popupB.locator('[data-action="save"]').click();
    await expect.poll(() => popupB.locator('[data-action="save"]').textContent()).toBe('Saved');
    const stored = await storedClippings(popupB);
    expect(stored.find((c) => c.key === A_CANONICAL)).toMatchObject({ url: SITE_A.url, title: A_TITLE, note: 'private note of A' });
    expect(stored.find((c) => c.url === SITE_B.url)).toMatchObject({ key: SITE_B.url, canonicalUrl: null, title: B_TITLE, note: '' });
    expect(stored).toHaveLength(2);

    // A's popup still shows A's clipping as saved, with its note.
    await popupA.reload();
    await expect.poll(() => popupA.locator('[data-action="save"]').textContent()).toBe('Saved');
    expect(await popupA.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('private note of A');
    await Promise.all([popupA.close(), popupB.close(), a.page.close(), b.page.close()]);
  });

  test('cannot stop the content script with the "newer content script started" event or message', async () => {
    const { page, tabId } = await browser.openTab(SITE_A.url);
    await expect.poll(() => highlightNames(page)).not.toEqual([]);
    const painted = await highlightNames(page);

    // The event name is built from the extension's public id and the entrypoint's name (WXT 0.20).
    await page.evaluate((name) => {
      const detail = { contentScriptName: 'incident-lens', messageId: 'hostile' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, '*');
    }, `${browser.extensionId}:incident-lens:wxt:content-script-started`);
    await page.waitForTimeout(300);

    // Still painted, still answering the popup (asked directly, so no re-injection can hide a stop).
    expect(await highlightNames(page)).toEqual(painted);
    const popup = await browser.openExtensionPage('popup.html');
    const reply = (await popup.evaluate(
      (id) => chrome.tabs.sendMessage(id, { protocol: 'incident-lens/1', direction: 'popup-to-content', name: 'getPage', input: {} }),
      tabId,
    )) as { ok: boolean; value?: { article?: { title?: string } } };
    expect(reply).toMatchObject({ ok: true, value: { article: { title: A_TITLE } } });

    // Its legend is still on the page (a stopped script removes it).
    const legend = page.locator('incident-lens-ui');
    await expect.poll(() => legend.count()).toBe(1);
    await Promise.all([popup.close(), page.close()]);
  });

  test('the background stores no javascript: URL, even from an extension page', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const draft = {
      url: 'javascript:alert(document.domain)',
      canonicalUrl: null, title: 'x', site: null, published: null, lang: 'en', text: 'text',
      incident: { isIncident: false, score: 0, kinds: [], reasons: [] }, facts: [], note: '', tags: [],
    };
    const reply = (await popup.evaluate(
      (input) => chrome.runtime.sendMessage({ protocol: 'incident-lens/1', direction: 'ui-to-background', name: 'saveClipping', input }),
      { draft },
    )) as { ok: boolean; error?: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/http/);
    expect((await storedClippings(popup)).some((c) => c.url.startsWith('javascript:'))).toBe(false);
    await popup.close();
  });
});
