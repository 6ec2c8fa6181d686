/**
 * Pages that keep changing, or that choose an unbounded title, end to end in Chromium with the
 * built extension: a title of any length stays a few lines in the popup; an article re-rendered
 * into new nodes forever keeps its highlights on the nodes on screen; a live counter inside an
 * article does not start a new analysis each time it ticks. Analyses are counted in the service
 * worker by a second message listener of the test's own (it sees every message the extension's
 * listener sees), and bounded as counts, not timed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer, type ServedPage } from './harness';

/** The extension API as used inside the service worker (code evaluated there, typed here). */
declare const chrome: {
  runtime: { onMessage: { addListener(listener: (message: unknown, sender: { url?: string }) => void): void } };
};

const NEWS_HTML = readFileSync(FIXTURES.news.file, 'utf8');
const TITLE = 'Northbridge council confirms ransomware attack took payment portal offline';
const BASE = 'https://www.bleepingcomputer.com/news/security/';

/** The news fixture with a script of the page's own at the end of <body>. */
function withScript(path: string, script: string, html = NEWS_HTML): ServedPage {
  return { url: `${BASE}${path}/`, html: html.replace('</body>', `<script>${script}</script></body>`) };
}

/** Rebuilds the article's paragraphs but the last (the headline kept too) with the same text, every 2 s. */
const RERENDER = `
  setInterval(() => {
    const paragraphs = Array.from(document.querySelectorAll('article p'));
    for (const p of paragraphs.slice(0, -1)) p.replaceWith(p.cloneNode(true));
  }, 2_000);`;

/** A counter inside the article, ticking. */
const COUNTER_HTML = NEWS_HTML.replace(
  '<p>It is the second cyberattack',
  '<p>Residents queueing at the council office: <span id="live">1</span>.</p>\n<p>It is the second cyberattack',
);
const TICK = `setInterval(() => { const live = document.getElementById('live'); live.textContent = String(Number(live.textContent) + 1); }, 300);`;

const LONG_TITLE = `${TITLE} ${'and the portal stays offline '.repeat(800)}`.trim();
const PAGES = {
  longTitle: { url: `${BASE}long-title/`, html: NEWS_HTML.replaceAll(TITLE, LONG_TITLE) },
  rerender: withScript('rerender', RERENDER),
  counter: withScript('counter', TICK, COUNTER_HTML),
  counterRerender: withScript('counter-rerender', `${TICK}${RERENDER}`, COUNTER_HTML),
} satisfies Record<string, ServedPage>;

/** Every painted range's text and whether all of them are on nodes in the document. */
function paintedRanges(page: Page): Promise<{ texts: string[]; attached: boolean }> {
  return page.evaluate(() => {
    const texts: string[] = [];
    let attached = true;
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!name.startsWith('incident-lens-') || name === 'incident-lens-focus') continue;
      for (const r of highlight) {
        attached &&= r.startContainer.isConnected && r.endContainer.isConnected;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(`${name}:${range.toString()}`);
      }
    }
    return { texts: texts.sort(), attached };
  });
}

describe('pages that keep changing', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer(Object.values(PAGES));
    browser = await launchWithExtension(server);
    await browser.worker.evaluate(() => {
      const counts: Record<string, number> = {};
      (globalThis as unknown as { analysisCounts: Record<string, number> }).analysisCounts = counts;
      chrome.runtime.onMessage.addListener((message, sender) => {
        if ((message as { name?: string }).name === 'analyzeArticle' && sender.url) counts[sender.url] = (counts[sender.url] ?? 0) + 1;
      });
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const analyses = (url: string) =>
    browser.worker.evaluate((href) => (globalThis as unknown as { analysisCounts: Record<string, number> }).analysisCounts[href] ?? 0, url);

  /**
   * Opens `url`, waits for its highlights, lets the page change for `ms`, and returns the ranges
   * before and after; `attached` waits (a few seconds at most) for a moment when every painted
   * range is on a node in the page (a page that re-renders is repainted after its re-render).
   */
  async function watch(url: string, ms: number, attached = false) {
    const { page } = await browser.openTab(url);
    await expect.poll(async () => (await paintedRanges(page)).texts.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const before = await paintedRanges(page);
    await page.waitForTimeout(ms);
    if (attached) await expect.poll(async () => (await paintedRanges(page)).attached, { timeout: 5_000 }).toBe(true);
    return { page, before, after: await paintedRanges(page) };
  }

  test('a title of any length: the article is analysed, the popup shows at most three lines of at most 300 characters', async () => {
    const { tabId } = await browser.openTab(PAGES.longTitle.url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.fact').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const title = popup.locator('.article-title');
    const text = (await title.textContent()) ?? '';
    expect(text.startsWith(TITLE)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(300);
    const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5);
    expect((await title.boundingBox())!.height).toBeLessThanOrEqual(lineHeight * 3 + 1);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await popup.close();
  });

  test('an article re-rendered into new nodes forever keeps its highlights on the nodes in the page, from one analysis', async () => {
    const { page, before, after } = await watch(PAGES.rerender.url, 5_000, true);
    expect(after.texts).toEqual(before.texts);
    expect(await analyses(PAGES.rerender.url)).toBe(1);
    await page.close();
  });

  test('a live counter inside the article does not start new analyses', async () => {
    const { page, before, after } = await watch(PAGES.counter.url, 8_000);
    expect(after.texts).toEqual(before.texts);
    expect(await analyses(PAGES.counter.url)).toBe(1);
    await page.close();
  });

  test('a ticking counter in an article that is also re-rendered: highlights follow the new nodes, one analysis', async () => {
    const { page, before, after } = await watch(PAGES.counterRerender.url, 6_000, true);
    expect(after.texts).toEqual(before.texts);
    expect(await analyses(PAGES.counterRerender.url)).toBe(1);
    await page.close();
  });
});
