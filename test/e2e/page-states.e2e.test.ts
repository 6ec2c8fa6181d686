/**
 * What a reader sees on the page beyond the highlights themselves: services said to be unaffected
 * in a style of their own (and the legend saying so), site chrome inside the article container not
 * read as facts, and the toolbar badge's quiet "checked, not an incident" state. Fixture pages of
 * our own, served under listed news hosts. Screenshots go to tmp/shots/page-states/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR, FIXTURES, ROOT, launchWithExtension, overlayPart, overlayShows, readHighlights, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';

declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
};

const SHOTS = join(ROOT, 'tmp/shots/page-states');
let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer([FIXTURES.banner, FIXTURES.nearMiss]);
  browser = await launchWithExtension(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});


const badge = (tabId: number) => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** The content script's page snapshot, asked as the popup asks. */
async function snapshot(tabId: number): Promise<{ ok: boolean; value: { analysis?: { facts: { text: string; category: string }[] } } }> {
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  try {
    return (await popup.evaluate(
      (id) => chrome.tabs.sendMessage(id, { protocol: 'incident-lens/1', direction: 'popup-to-content', name: 'getPage', input: {} }),
      tabId,
    )) as Awaited<ReturnType<typeof snapshot>>;
  } finally {
    await popup.close();
  }
}

describe('an incident article with site chrome inside its container', () => {
  test('slogan, audience counter, reading time and comment counter are neither read nor painted', async () => {
    const { page, tabId } = await browser.openTab(FIXTURES.banner.url);
    await expect.poll(async () => Object.keys(await readHighlights(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const painted = Object.values(await readHighlights(page)).flat().join('\n');
    const reply = await snapshot(tabId);
    const read = (reply.value.analysis?.facts ?? []).map((f) => f.text).join('\n');
    for (const chrome of ['Trusted', 'Platform', 'million', 'min read', 'comments']) {
      expect(painted, chrome).not.toContain(chrome);
      expect(read, chrome).not.toContain(chrome);
    }
    expect(painted).toContain('Eastmoor Water Services');
    await page.close();
  });

  test('an unaffected service is painted in its own style, over the service colour, and the legend says what it means', async () => {
    const { page } = await browser.openTab(FIXTURES.banner.url);
    await expect.poll(async () => (await readHighlights(page))['incident-lens-unaffected'] ?? [], { timeout: 20_000 }).toEqual(['online payment platform']);
    const highlights = await readHighlights(page);
    // Still a service (DESIGN.md names), and the affected ones are not in the second style.
    expect(highlights['incident-lens-service']).toEqual(expect.arrayContaining(['online payment platform', 'smart meter network']));
    const style = await page.evaluate(() => {
      const highlight = (CSS.highlights as unknown as Map<string, { priority: number }>).get('incident-lens-unaffected')!;
      const rules = document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText));
      const staticSheet = getComputedStyle(document.documentElement).getPropertyValue('--incident-lens-static-highlights').trim() === 'light';
      return { priority: highlight.priority, rule: rules.find((rule) => rule.includes('::highlight(incident-lens-unaffected)')) ?? '', staticSheet };
    });
    expect(style.priority).toBeGreaterThan(0);
    // A light page adopts no sheet: the rule comes with the content script's CSS, which the page shows is in place.
    const rule = style.rule || (style.staticSheet ? (readFileSync(join(EXTENSION_DIR, 'content-scripts/incident-lens.css'), 'utf8').match(/::highlight\(incident-lens-unaffected\)\s*\{[^}]*\}/)?.[0] ?? '') : '');
    expect(rule).toMatch(/dashed/);
    await expect.poll(() => overlayShows(page, '.legend'), { timeout: 20_000 }).toBe(true);
    expect(await (await overlayPart(page, '.legend [data-status="unaffected"]'))!.textContent()).toMatch(/not to be affected/);
    // Counts in the popup's words: distinct facts, and mentions where they differ.
    expect(await (await overlayPart(page, '.legend [data-category="organization"] .count'))!.textContent()).toMatch(/^1( · \d+ mentions)?$/);
    await page.locator('text=online payment platform').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'unaffected-light.png') });
    await page.close();
  });
});

describe('the toolbar badge', () => {
  test('a near miss gets the quiet "checked" mark, no number and no highlights', async () => {
    const { page, tabId } = await browser.openTab(FIXTURES.nearMiss.url);
    await expect.poll(() => badge(tabId), { timeout: 20_000 }).toBe('✓');
    expect(await browser.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toMatch(/not an incident/i);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  test('an incident article gets its fact count', async () => {
    const { page, tabId } = await browser.openTab(FIXTURES.banner.url);
    await expect.poll(() => badge(tabId), { timeout: 20_000 }).toMatch(/^[1-9]\d*$/);
    await page.close();
  });
});
