/**
 * The content script's fast paths in Chromium with the built extension: a page with no
 * incident cue is not sent to the worker and gets no UI, yet the popup still gets its analysis on
 * demand; a near miss, settled by the local classifier screen, gets no UI either; on a site switched off before the page loads, the article is read beside the site check
 * but nothing is painted. Pages are own sentences served under listed news hosts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SITE_OFF_KEY } from '../../storage/site-preferences';
import type { Page } from 'playwright-core';
import { FIXTURES, launchWithExtension, overlayRoots, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';

const QUIET_PAGE = {
  url: 'https://www.bleepingcomputer.com/news/technology/city-library-extends-weekend-hours/',
  html: `<!doctype html><html lang="en"><head><title>City library extends weekend hours</title></head><body>
<article><h1>City library extends weekend hours</h1>
<p>The central library will open until nine on Saturdays and Sundays from next month, the city council said on Tuesday.</p>
<p>Readers can book reading-room seats on the library website, and the children's corner gets two new reading programmes.</p>
<p>The longer hours follow a survey in which most members asked for evening access at weekends, the librarian said.</p>
<p>市图书馆表示，下月起周末开放时间延长至晚上九点，读者可在网站预约阅览室座位。</p>
</article></body></html>`,
};

/**
 * A near miss (GUIDELINES.md): security news full of incident words, about a patch, not an attack.
 * The cue screen lets it through (it has incident words); the classifier screen rules it out.
 */
const NEAR_MISS_PAGE = {
  url: 'https://www.bleepingcomputer.com/news/security/vendor-patches-vpn-flaw/',
  html: `<!doctype html><html lang="en"><head><title>Vendor patches critical VPN flaw, urges customers to update</title></head><body>
<article><h1>Vendor patches critical VPN flaw, urges customers to update</h1>
<p>The vendor released a security update for a vulnerability in its VPN appliance that could let attackers run code remotely.</p>
<p>No exploitation has been seen so far, the advisory says, but administrators should install the patch within a week.</p>
<p>Researchers who found the flaw will publish details once most customers have updated, they said in a blog post.</p>
</article></body></html>`,
};

const OFF_KEY = SITE_OFF_KEY;

/** The extension API as used inside the worker and extension pages (code evaluated there, typed here). */
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
};

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer([QUIET_PAGE, NEAR_MISS_PAGE, FIXTURES.news]);
  browser = await launchWithExtension(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `url` in a new tab with the DevTools protocol's debugger on, and returns the addresses of
 * the scripts that ran in it (the page's and the extension's isolated world's), once the content
 * script has settled (`settled` says when).
 */
async function scriptsRunIn(url: string, settled: (page: Page) => Promise<unknown>): Promise<{ page: Page; scripts: string[] }> {
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const scripts: string[] = [];
  cdp.on('Debugger.scriptParsed', (event) => void scripts.push(event.url));
  await cdp.send('Debugger.enable');
  await page.goto(url);
  await settled(page);
  await cdp.detach();
  return { page, scripts };
}

/** Asks the tab's content script for its page, as the popup does. */
async function getPage(tabId: number): Promise<unknown> {
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  try {
    return await popup.evaluate((id) => chrome.tabs.sendMessage(id, { protocol: 'incident-lens/1', direction: 'popup-to-content', name: 'getPage', input: {} }), tabId);
  } finally {
    await popup.close();
  }
}

describe('content script fast paths', () => {
  test('a page without incident cues: no highlights, no UI; the popup still gets the analysis', async () => {
    const { page, tabId } = await browser.openTab(QUIET_PAGE.url);
    const reply = (await getPage(tabId)) as { ok: boolean; value: { article?: { title: string }; analysis?: { incident: { isIncident: boolean } } } };
    expect(reply.ok).toBe(true);
    expect(reply.value.article?.title).toBe('City library extends weekend hours');
    expect(reply.value.analysis?.incident.isIncident).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await overlayRoots(page)).toHaveLength(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.close();
  });

  test('a near miss (a patch advisory full of incident words): no highlights, no UI; the popup gets the analysis and why', async () => {
    const { page, tabId } = await browser.openTab(NEAR_MISS_PAGE.url);
    const reply = (await getPage(tabId)) as { ok: boolean; value: { article?: { title: string }; analysis?: { incident: { isIncident: boolean; reasons: string[] } } } };
    expect(reply.ok).toBe(true);
    expect(reply.value.article?.title).toBe('Vendor patches critical VPN flaw, urges customers to update');
    expect(reply.value.analysis?.incident.isIncident).toBe(false);
    expect(reply.value.analysis?.incident.reasons.join(' ')).toMatch(/near miss/);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await overlayRoots(page)).toHaveLength(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.close();
  });

  test('a page without incident cues runs only the first stage, a near miss is settled by the screen, an incident page loads the second stage, at an address pages cannot reach', async () => {
    const quiet = await scriptsRunIn(QUIET_PAGE.url, (page) => page.waitForTimeout(1500));
    expect(quiet.scripts.some((url) => url.endsWith('/content-scripts/incident-lens.js'))).toBe(true);
    // The manifest's script only schedules; the first stage is its own script, imported a task later.
    expect(quiet.scripts.filter((url) => url.endsWith('/incident-lens-first.js'))).toHaveLength(1);
    expect(quiet.scripts.filter((url) => /\/incident-lens-(screen|page)\.js$/.test(url))).toEqual([]);
    await quiet.page.close();

    // A near miss loads the classifier screen, which settles it (the second stage loads beside it but is not started: no UI, no sheet).
    const nearMiss = await scriptsRunIn(NEAR_MISS_PAGE.url, (page) => page.waitForTimeout(1500));
    expect(nearMiss.scripts.filter((url) => url.endsWith('/incident-lens-screen.js'))).toHaveLength(1);
    expect(await nearMiss.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await overlayRoots(nearMiss.page)).toHaveLength(0);
    await nearMiss.page.close();

    const incident = await scriptsRunIn(FIXTURES.news.url, (page) => expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 20_000 }).toBeGreaterThan(0));
    const second = incident.scripts.filter((url) => url.endsWith('/incident-lens-page.js'));
    expect(second).toHaveLength(1);
    // use_dynamic_url: a page cannot load the second stage under the extension's address (only
    // under a per-session one), so it cannot probe for the extension with it.
    for (const file of ['incident-lens-first.js', 'incident-lens-page.js']) {
      const reachable = await incident.page.evaluate((url) => fetch(url).then(() => true, () => false), `chrome-extension://${browser.extensionId}/${file}`);
      expect(reachable, file).toBe(false);
    }
    await incident.page.close();
  });

  test('a site switched off before the page loads: the article is read but never painted', async () => {
    await browser.worker.evaluate((key) => chrome.storage.local.set({ [key]: ['bleepingcomputer.com'] }), OFF_KEY);
    try {
      const { page, tabId } = await browser.openTab(FIXTURES.news.url);
      const reply = (await getPage(tabId)) as { ok: boolean; value: { analysis?: { incident: { isIncident: boolean } } } };
      // The popup's forced analysis works on an off site; the page stays untouched.
      expect(reply.value.analysis?.incident.isIncident).toBe(true);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(await overlayRoots(page)).toHaveLength(0);
      await page.close();
    } finally {
      await browser.worker.evaluate((key) => chrome.storage.local.remove(key), OFF_KEY);
    }
  });

  test('the same site switched on again: the incident is painted', async () => {
    const { page } = await browser.openTab(FIXTURES.news.url);
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await overlayRoots(page)).length, { timeout: 5_000 }).toBe(1);
    await page.close();
  });
});
