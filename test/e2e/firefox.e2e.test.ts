/**
 * Smoke test of the Firefox build (.output/firefox-mv2) in Debian's headless Firefox ESR, driven
 * over WebDriver BiDi with puppeteer-core (firefox-harness.ts): fixture pages served under their
 * real host names get their facts highlighted in their colours, and a page saved from the popup
 * is listed in the library. Skipped where Firefox ESR is not installed (`.ci/run` installs it).
 *
 * What headless Firefox cannot do here, and how the test goes around it: the toolbar popup cannot
 * be opened by a click in a headless window (there is no toolbar), so the popup page is opened in
 * a tab as `popup.html?tabId=N`, exactly as the Chromium tests do; the tab id comes from the
 * extension itself (`browser.tabs.create`), since tab URLs are hidden from an extension without
 * the "tabs" permission. The background page cannot be evaluated in (BiDi does not list it), so
 * extension calls are made from an extension page opened in a tab.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HAS_FIREFOX, launchFirefoxWithExtension, waitUntil, type FirefoxWithExtension } from './firefox-harness';
import { CATEGORY_COLORS } from '../../components/category-colors';
import { FIXTURES, highlightTextsInPage, startFixtureServer, type FixtureServer } from './harness';
import { mostlyColour, pixelsOfPng, rgbOf } from './png-pixels';

/** The extension API as used inside extension pages (code evaluated there, typed here). */
declare const browser: { tabs: { create(o: { url: string; active: boolean }): Promise<{ id?: number }> } };

/** Every `incident-lens-*` highlight of the page with the text of each of its ranges. */
function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(highlightTextsInPage, 'incident-lens-');
}

/** The number of elements matching `selector` in `page` (0 while an extension page is still loading). */
function count(page: Page, selector: string, hasText = ''): Promise<number> {
  return page
    .evaluate(
      (s, t) => [...document.querySelectorAll(s)].filter((el) => (el.textContent ?? '').includes(t)).length,
      selector,
      hasText,
    )
    .catch(() => 0);
}

function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector).catch(() => null);
}

describe.skipIf(!HAS_FIREFOX)('Firefox build in Firefox ESR', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;
  /** An extension page kept open to make extension calls from. */
  let control: Page;

  beforeAll(async () => {
    server = await startFixtureServer([FIXTURES.news, FIXTURES.wechat]);
    firefox = await launchFirefoxWithExtension(server);
    control = await firefox.openExtensionPage('options.html');
    await waitUntil(() => control.evaluate(() => document.readyState === 'complete' && typeof browser === 'object'));
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** Opens `url` in a tab the extension creates, so its tab id is known; returns the page and id. */
  async function openTabWithId(url: string): Promise<{ page: Page; tabId: number }> {
    const target = firefox.browser.waitForTarget((t) => t.url() === url, { timeout: 20_000 });
    const tabId = await control.evaluate(async (href) => (await browser.tabs.create({ url: href, active: true })).id ?? -1, url);
    const page = (await (await target).page())!;
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => document.readyState).catch(() => ''), { timeout: 20_000 }).toBe('complete');
    return { page, tabId };
  }

  async function waitForHighlights(page: Page): Promise<Record<string, string[]>> {
    await expect.poll(async () => Object.keys(await readHighlights(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    return readHighlights(page);
  }

  test('an English news page under its real host name gets its facts highlighted', async () => {
    const page = await firefox.openTab(FIXTURES.news.url);
    expect(new URL(page.url()).hostname).toBe('www.bleepingcomputer.com');
    const highlights = await waitForHighlights(page);
    expect(highlights['incident-lens-organization']).toEqual(expect.arrayContaining([expect.stringMatching(/^Northbridge (City )?[Cc]ouncil$/)]));
    expect(highlights['incident-lens-vulnerability']).toEqual(['CVE-2023-20269']);
    expect(highlights['incident-lens-date']).toEqual(expect.arrayContaining(['May 13']));
    expect(highlights['incident-lens-agency']).toEqual(expect.arrayContaining(['FBI']));
    // The legend is drawn in the extension's own element (a plain <div>, closed root), outside the page's body.
    await expect.poll(() => count(page, 'html > body ~ div')).toBe(1);
    // In its colour: the light sheet comes with the content script's CSS (no sheet adopted).
    const box = await page.evaluate(() => {
      const first = [...(CSS.highlights as unknown as Map<string, Set<AbstractRange>>).get('incident-lens-date')!][0];
      const range = document.createRange();
      range.setStart(first.startContainer, first.startOffset);
      range.setEnd(first.endContainer, first.endOffset);
      const rect = range.getClientRects()[0];
      return { x: rect.left, y: rect.top, width: rect.width, adopted: document.adoptedStyleSheets.length };
    });
    const clip = { x: Math.ceil(box.x), y: Math.ceil(box.y) + 1, width: Math.max(1, Math.floor(box.width) - 1), height: 1 };
    expect(mostlyColour(pixelsOfPng(await page.screenshot({ clip })), rgbOf(CATEGORY_COLORS.light.date.background))).toBe(true);
    expect(box.adopted).toBe(0);
    await page.close();
  });

  test('a WeChat article on mp.weixin.qq.com is highlighted, saved from the popup and listed in the library', async () => {
    const title = '某市人民医院遭勒索软件攻击，门诊挂号系统中断';
    const { page, tabId } = await openTabWithId(FIXTURES.wechat.url);
    expect(tabId).toBeGreaterThan(0);
    const highlights = await waitForHighlights(page);
    expect(Object.values(highlights).flat().length).toBeGreaterThan(3);
    expect(Object.keys(highlights)).toEqual(expect.arrayContaining(['incident-lens-organization', 'incident-lens-date']));

    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => textOf(popup, '.article-title'), { timeout: 20_000 }).toBe(title);
    await expect.poll(() => count(popup, '.fact')).toBeGreaterThan(0);
    await expect.poll(() => textOf(popup, '[data-action="save"]')).toMatch(/^(Save|保存)$/);
    await popup.evaluate(() => (document.querySelector('[data-action="save"]') as HTMLButtonElement).click());
    await expect.poll(() => textOf(popup, '[data-action="save"]')).toMatch(/^(Saved|已保存)$/);

    const library = await firefox.openExtensionPage('library.html');
    await expect.poll(() => count(library, '.clipping-title', title), { timeout: 20_000 }).toBe(1);
    await Promise.all([library.close(), popup.close(), page.close()]);
  });
});
