/**
 * The extension's foundation end to end: a page under its real host name → popup (?tabId=N) shows the article →
 * Save → the library lists it; saving again updates; a page with no article says so.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  FIXTURES,
  HAS_SHARED,
  SEED,
  launchWithExtension,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer([FIXTURES.wechat, FIXTURES.news, FIXTURES.search, FIXTURES.notice, ...(HAS_SHARED ? [SEED] : [])]);
  browser = await launchWithExtension(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('page → popup → save → library', () => {
  test.each([
    { name: 'WeChat fixture', page: FIXTURES.wechat, title: '某市人民医院遭勒索软件攻击，门诊挂号系统中断', site: '安全事件观察', published: '2024-03-08', language: 'zh' },
    { name: 'English news fixture', page: FIXTURES.news, title: 'Northbridge council confirms ransomware attack took payment portal offline', site: 'Example Security News', published: '2024-05-16', language: 'en' },
  ])('$name', async ({ page: served, title, site, published, language }) => {
    const { page, tabId } = await browser.openTab(served.url);
    expect(tabId).toBeGreaterThan(0);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.article-title').textContent()).toBe(title);
    expect(await popup.locator('[data-field="site"]').textContent()).toBe(site);
    expect(await popup.locator('[data-field="published"]').textContent()).toBe(published);
    // The language by name in the UI language; its code beside it for tests and styles.
    expect(await popup.locator('[data-field="language"]').getAttribute('data-lang')).toBe(language);
    expect(await popup.locator('[data-field="language"]').textContent()).toBe(language === 'zh' ? 'Chinese' : 'English');

    await popup.locator('[data-action="save"]').click();
    await expect.poll(() => popup.locator('[data-action="save"]').textContent()).toMatch(/Saved|已保存/);
    // Saving the same page again updates the clipping instead of adding a second one.
    await popup.reload();
    await popup.locator('[data-action="save"]').click();
    await expect.poll(() => popup.locator('[data-action="save"]').textContent()).toMatch(/Saved|已保存/);

    const library = await browser.openExtensionPage('library.html');
    await expect.poll(() => library.locator('.clipping-title', { hasText: title }).count()).toBe(1);
    await Promise.all([popup.close(), library.close(), page.close()]);
  });

  test('a page without an article gives a clear state in the popup', async () => {
    const { page, tabId } = await browser.openTab(FIXTURES.search.url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.empty-state h1').textContent()).toBe('No article on this page');
    expect(await popup.locator('.empty-state').textContent()).toContain('It looked for');
    expect(await popup.locator('.empty-state [data-action="retry"]').count()).toBe(1);
    // "Analyse anyway" finds no text here (a search form and a list of links): the state stays.
    await popup.locator('.empty-state [data-action="analyse-anyway"]').click();
    await expect.poll(() => popup.locator('.empty-state [data-action="analyse-anyway"]').count()).toBe(0);
    expect(await popup.locator('.empty-state').count()).toBe(1);
    await Promise.all([popup.close(), page.close()]);
  });

  test('"analyse anyway" reads a page too short to be an article', async () => {
    const { page, tabId } = await browser.openTab(FIXTURES.notice.url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.locator('.empty-state [data-action="analyse-anyway"]').click();
    await expect.poll(() => popup.locator('.verdict-panel').count()).toBe(1);
    expect(await popup.locator('.article-excerpt').textContent()).toContain('online payment portal is offline');
    await Promise.all([popup.close(), page.close()]);
  });

  test('a clipping can be opened and deleted in the library', async () => {
    const library = await browser.openExtensionPage('library.html');
    const row = library.locator('.clipping', { hasText: 'Northbridge council' });
    await expect.poll(() => row.count()).toBe(1);
    await row.locator('.clipping-title').click();
    await expect.poll(() => library.locator('.clipping-view').textContent()).toContain('payment portal');
    await library.getByRole('button', { name: /Back to the list/ }).click();
    await row.locator('[data-action="delete"]').click();
    await expect.poll(() => library.locator('.clipping', { hasText: 'Northbridge council' }).count()).toBe(0);
    await library.close();
  });
});

describe.skipIf(!HAS_SHARED)('the seed article', () => {
  test('popup shows the Royal Mail article read from the WeChat page', async () => {
    const { page, tabId } = await browser.openTab(SEED.url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.article-title').textContent()).toBe('网络攻击致使英国邮政巨头中断国际寄件服务');
    expect(await popup.locator('[data-field="site"]').textContent()).toBe('关键基础设施安全应急响应中心');
    expect(await popup.locator('[data-field="published"]').textContent()).toBe('2023-01-14');
    expect(await popup.locator('.article-excerpt').textContent()).toContain('皇家邮政');
    await Promise.all([popup.close(), page.close()]);
  });
});
