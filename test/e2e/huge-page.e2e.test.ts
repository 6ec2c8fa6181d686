/**
 * A huge page (huge-page.ts: ~200,000 elements, ~22,000 facts, generated here, not committed) in
 * Chromium with the built extension. What is checked is behaviour: the facts in the first screen
 * are highlighted, in their colours (the light sheet comes with the content script, so no sheet
 * is adopted at paint time); the ranges registered are capped (paint-window.ts) while the legend
 * counts every fact; scrolling far down moves the registered window along. How long it takes is
 * measured by `npm run bench -- --only=huge` (CI runs no timed assertion).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CATEGORY_COLORS } from '../../components/category-colors';
import { WINDOW_CAP } from '../../entrypoints/incident-lens.content/paint-window';
import { launchWithExtension, overlayRoots, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { generateHugeArticlePage, HUGE_PAGE_URL } from './huge-page';
import { mostlyColour, pixelsOfPng, rgbOf } from './png-pixels';

/** The worker analyses ~1.3 MB of text first: allow for a slow, shared CI machine. */
const ANALYSIS_TIMEOUT = 240_000;

/** Registered ranges: in total, and those in the viewport with their category, text and box. */
function registeredRanges(page: Page) {
  return page.evaluate(() => {
    let total = 0;
    const inView: { name: string; text: string; left: number; top: number; width: number; height: number }[] = [];
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!name.startsWith('incident-lens-') || name === 'incident-lens-focus') continue;
      for (const r of highlight) {
        total++;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const rect = range.getClientRects()[0];
        if (rect && rect.bottom > 0 && rect.top < innerHeight) {
          inView.push({ name, text: range.toString(), left: rect.left, top: rect.top, width: rect.width, height: rect.height });
        }
      }
    }
    return { total, inView };
  });
}

/** The texts of facts of `category` in the viewport: the CVEs the page shows there. */
function visibleTexts(page: Page, pattern: RegExp): Promise<string[]> {
  return page.evaluate((source) => {
    const re = new RegExp(source, 'g');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const rect = (node.parentElement as HTMLElement).getBoundingClientRect();
      if (rect.bottom <= 0 || rect.top >= innerHeight) continue;
      found.push(...(node.textContent!.match(re) ?? []));
    }
    return found;
  }, pattern.source);
}

describe('a huge page (~200,000 elements)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer([{ url: HUGE_PAGE_URL, html: generateHugeArticlePage() }]);
    browser = await launchWithExtension(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('first-screen facts highlighted in their colours, registered ranges capped, the window follows the reader', { timeout: ANALYSIS_TIMEOUT + 120_000 }, async () => {
    const page = await browser.context.newPage();
    await page.goto(HUGE_PAGE_URL, { timeout: 120_000 });
    await expect.poll(async () => (await registeredRanges(page)).total, { timeout: ANALYSIS_TIMEOUT, interval: 500 }).toBeGreaterThan(0);

    // The first screen: every CVE shown is highlighted as a vulnerability.
    const first = await registeredRanges(page);
    const cves = await visibleTexts(page, /CVE-\d{4}-\d{4,}/);
    expect(cves.length).toBeGreaterThan(0);
    expect(first.inView.filter((r) => r.name === 'incident-lens-vulnerability').map((r) => r.text).sort()).toEqual(cves.sort());

    // Capped: at most WINDOW_CAP ranges registered, while the legend counts every fact.
    await expect.poll(async () => (await registeredRanges(page)).total).toBeGreaterThan(first.inView.length);
    const { total } = await registeredRanges(page);
    expect(total).toBeLessThanOrEqual(WINDOW_CAP);
    const legendTotal: string[] = [];
    for (const root of await overlayRoots(page)) for (const count of await root.$$('.legend [data-action="toggle"] .count')) legendTotal.push((await count.textContent()) ?? '');
    // A count reads "N" or "N values (M mentions)": the largest number is the mentions painted.
    const mentions = (label: string) => Math.max(...(label.match(/\d[\d,]*/g) ?? ['0']).map((n) => Number(n.replace(/,/g, ''))));
    expect(legendTotal.reduce((n, t) => n + mentions(t), 0)).toBeGreaterThan(10 * WINDOW_CAP);

    // In their colours: the top row of a date in view is the date background (static light sheet).
    const date = (await registeredRanges(page)).inView.find((r) => r.name === 'incident-lens-date')!;
    const pixels = pixelsOfPng(await page.screenshot({ clip: { x: Math.ceil(date.left), y: Math.ceil(date.top), width: Math.max(1, Math.floor(date.width) - 1), height: 1 } }));
    expect(mostlyColour(pixels, rgbOf(CATEGORY_COLORS.light.date.background))).toBe(true);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);

    // Far down the page the window follows: the CVEs shown there are highlighted too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
    const shownThere = await visibleTexts(page, /CVE-\d{4}-\d{4,}/);
    expect(shownThere.length).toBeGreaterThan(0);
    // Not the first screen's facts: these were outside the first window.
    expect(shownThere.filter((cve) => cves.includes(cve))).toEqual([]);
    await expect
      .poll(async () => (await registeredRanges(page)).inView.filter((r) => r.name === 'incident-lens-vulnerability').map((r) => r.text).sort(), { timeout: 10_000 })
      .toEqual(shownThere.sort());
    expect((await registeredRanges(page)).total).toBeLessThanOrEqual(WINDOW_CAP);
    await page.close();
  });
});
