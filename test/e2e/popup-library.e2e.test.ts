/**
 * Reviewing, annotating and keeping a clipping, end to end in Chromium with the built extension: the seed article → popup: remove a
 * fact, add the page selection as a fact, note and tag, Save → library: find it by searching
 * 皇家邮政, edit, delete and undo. Screenshots of popup and library in English and Chinese, light
 * and dark, go to tmp/shots/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HAS_SHARED, ROOT, SEED, launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';

const SHOTS = join(ROOT, 'tmp/shots');
/** The phrase added by hand; a span the engine does not report as an agency. */
const SELECTED = '监管机构';

/** Screenshots `page` in light and dark (`<name>-light.png`, `<name>-dark.png`), leaving it as it was. */
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${colorScheme}.png`), fullPage });
  }
  await page.emulateMedia({ colorScheme: null });
}

/** Selects the first occurrence of `phrase` inside the WeChat article body. */
async function selectInArticle(page: Page, phrase: string): Promise<void> {
  const found = await page.evaluate((text) => {
    const root = document.querySelector('#js_content')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, phrase);
  expect(found).toBe(true);
}

describe.skipIf(!HAS_SHARED)('seed article → popup → library (English UI, light)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer([SEED]);
    browser = await launchWithExtension(server, { colorScheme: 'light' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('review, annotate, save, find, edit, delete and undo', async () => {
    const { page, tabId } = await browser.openTab(SEED.url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 900 });
    await expect.poll(() => popup.locator('.fact').count()).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.verdict-panel .verdict').textContent()).toMatch(/incident article/i);

    // Remove a fact the user judges wrong.
    const before = await popup.locator('.fact').count();
    await popup.locator('.fact .remove-fact').first().click();
    await expect.poll(() => popup.locator('.fact').count()).toBe(before - 1);

    // Add the page selection as an agency fact.
    await selectInArticle(page, SELECTED);
    await popup.getByRole('combobox', { name: 'Category of the new fact' }).selectOption('agency');
    await popup.locator('[data-action="add-selection"]').click();
    const added = popup.locator('[data-category="agency"] .fact[data-origin="user"]', { hasText: SELECTED });
    await expect.poll(() => added.count()).toBe(1);
    const factsAfterEdit = await popup.locator('.fact .fact-text').allTextContents();

    // Note and tag.
    await popup.getByRole('textbox', { name: 'Note' }).fill('出口业务受影响 — export only');
    await popup.getByRole('combobox', { name: 'Add a tag' }).fill('postal');
    await popup.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
    await expect.poll(() => popup.locator('.tag').allTextContents()).toEqual(['postal×']);

    // Closing the popup before saving loses nothing: reopen it and the edits are back.
    await popup.waitForTimeout(400); // the draft is written 300 ms after the last keystroke
    await popup.reload();
    await expect.poll(() => added.count()).toBe(1);
    expect(await popup.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('出口业务受影响 — export only');
    // One fact removed, one added.
    expect(await popup.locator('.fact').count()).toBe(before);
    expect(await popup.locator('.fact .fact-text').allTextContents()).toEqual(factsAfterEdit);
    await shoot(popup, 'popup-en');

    await popup.locator('[data-action="save"]').click();
    await expect.poll(() => popup.locator('[data-action="save"]').textContent()).toBe('Saved');

    // The library finds it by a Chinese search.
    const library = await browser.openExtensionPage('library.html');
    await library.getByRole('searchbox').fill('皇家邮政');
    const row = library.locator('.clipping', { hasText: '网络攻击致使英国邮政巨头中断国际寄件服务' });
    await expect.poll(() => row.count()).toBe(1);
    await library.getByRole('searchbox').fill('皇家邮政 不存在的词');
    await expect.poll(() => library.locator('.clipping').count()).toBe(0);
    await library.getByRole('searchbox').fill('皇家邮政');
    await expect.poll(() => row.locator('.tag').textContent()).toBe('#postal');
    await shoot(library, 'library-list-en');

    // Open it: the text with facts marked, the hand-added one included; edit the note and save.
    await row.locator('.clipping-title').click();
    const view = library.locator('.clipping-view');
    await expect.poll(() => view.locator(`mark[data-incident-lens="agency"]`, { hasText: SELECTED }).count()).toBe(1);
    await view.getByRole('textbox', { name: 'Note' }).fill('已核实 verified');
    await view.locator('[data-action="save-changes"]').click();
    await expect.poll(() => view.locator('[data-action="save-changes"]').textContent()).toBe('Saved');
    await shoot(library, 'library-view-en', false);
    await view.getByRole('button', { name: 'Back to the list' }).click();
    await library.getByRole('searchbox').fill('verified');
    await expect.poll(() => row.count()).toBe(1);

    // Charts.
    await library.getByRole('tab', { name: 'Charts' }).click();
    await expect.poll(() => library.locator('.timeline-chart svg .month rect').count()).toBeGreaterThan(0);
    await shoot(library, 'library-charts-en');
    await library.getByRole('tab', { name: 'Clippings' }).click();

    // Delete, then undo.
    await row.locator('[data-action="delete"]').click();
    await expect.poll(() => row.count()).toBe(0);
    await library.locator('[data-action="undo"]').click();
    await expect.poll(() => row.count()).toBe(1);
    await library.reload();
    await expect.poll(() => library.locator('.clipping', { hasText: '网络攻击致使英国邮政巨头中断国际寄件服务' }).count()).toBe(1);

    // Saving again shows Saved and updates the one clipping.
    await popup.reload();
    await expect.poll(() => popup.locator('[data-action="save"]').textContent()).toBe('Saved');
    await popup.locator('[data-action="save"]').click();
    await expect.poll(() => popup.locator('[data-action="save"]').textContent()).toBe('Saved');
    await library.reload();
    await expect.poll(() => library.locator('.clipping').count()).toBe(1);
    await Promise.all([popup.close(), library.close(), page.close()]);
  });
});

describe.skipIf(!HAS_SHARED)('Chinese UI, dark', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer([SEED]);
    browser = await launchWithExtension(server, { locale: 'zh-CN', colorScheme: 'dark' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('popup and library speak Chinese', async () => {
    const { page, tabId } = await browser.openTab(SEED.url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 900 });
    await expect.poll(() => popup.locator('[data-action="save"]').textContent()).toBe('保存');
    await popup.getByRole('textbox', { name: '批注' }).fill('英国邮政出口服务中断');
    await shoot(popup, 'popup-zh');
    await popup.locator('[data-action="save"]').click();
    await expect.poll(() => popup.locator('[data-action="save"]').textContent()).toBe('已保存');

    const library = await browser.openExtensionPage('library.html');
    await library.getByRole('searchbox').fill('皇家邮政');
    await expect.poll(() => library.locator('.clipping').count()).toBe(1);
    await shoot(library, 'library-list-zh');
    await library.locator('.clipping-title').click();
    await expect.poll(() => library.locator('.clipping-view mark').count()).toBeGreaterThan(0);
    await shoot(library, 'library-view-zh', false);
    await library.getByRole('button', { name: '返回列表' }).click();
    await library.getByRole('tab', { name: '统计图表' }).click();
    await expect.poll(() => library.locator('.bar-chart svg').count()).toBeGreaterThan(0);
    await shoot(library, 'library-charts-zh');
    await Promise.all([popup.close(), library.close(), page.close()]);
  });
});
