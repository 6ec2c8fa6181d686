/**
 * Screenshots of what a reader sees, in the English and Chinese UI, light and dark: the page with
 * its highlights and hover card, the popup at its real size (400 × 600) and its empty state, the
 * library list, charts and an opened clipping, and the settings page. Only fixture pages of our
 * own (test/fixtures/pages), served under listed news hosts; clippings are saved through the
 * popup as a user saves them.
 *
 *   npm run build && npm run screenshots            # to tmp/shots/readme/
 *   npm run build && npm run screenshots -- --docs  # and copies the README's set into docs/
 *   npm run build && npm run screenshots -- --incidents [--docs]  # only the incident views
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, ROOT, launchWithExtension, startFixtureServer, waitForOverlay, type ExtensionBrowser, type ServedPage } from '../test/e2e/harness';

const OUT = join(ROOT, 'tmp/shots/readme');
const DOCS = join(ROOT, 'docs');

/** Royal Mail, January 2023, in Chinese and English, and its November 2022 outage: two incidents, one with two sources. */
const ROYAL_MAIL: ServedPage[] = [
  { url: 'https://mp.weixin.qq.com/s?__biz=TESTBIZ002==&mid=1000000002&idx=1&sn=royalmail0001', file: join(ROOT, 'test/fixtures/pages/wechat-royal-mail-zh.html') },
  { url: 'https://www.bleepingcomputer.com/news/security/royal-mail-cyber-incident-exports/', file: join(ROOT, 'test/fixtures/pages/royal-mail-2023-01-en.html') },
  { url: 'https://www.securityweek.com/royal-mail-track-and-trace-outage/', file: join(ROOT, 'test/fixtures/pages/royal-mail-2022-11-outage-en.html') },
];

const HARBOUR: ServedPage = { url: 'https://www.securityweek.com/harbour-authority-ransomware/', file: join(ROOT, 'test/fixtures/pages/incident-en.html') };

/** The same page on a dark background, at another address. */
function darkVariant(page: ServedPage, url: string): ServedPage {
  const html = readFileSync(page.file!, 'utf8').replace(
    /<head([^>]*)>/i,
    '<head$1><style>html, body { background: #16181c !important; color: #e3e3e3 !important; } body * { color: inherit !important; background-color: transparent !important; }</style>',
  );
  return { url, html };
}

const BANNER_DARK = darkVariant(FIXTURES.banner, 'https://www.securityweek.com/eastmoor-water-ransomware-dark/');
const WECHAT_DARK = darkVariant(FIXTURES.wechat, 'https://mp.weixin.qq.com/s?__biz=TESTBIZ001==&mid=1000000001&idx=1&sn=darkvariant');

type Scheme = 'light' | 'dark';

async function shot(page: Page, name: string, schemes: readonly Scheme[] = ['light', 'dark'], fullPage = false): Promise<void> {
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(OUT, `${name}-${colorScheme}.png`), fullPage });
  }
  await page.emulateMedia({ colorScheme: null });
}

/** Points at the first highlighted range of `name` holding `text`, so the hover card shows. */
async function hoverFact(page: Page, name: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ({ name, text }) => {
      const highlight = (CSS.highlights as unknown as Map<string, Set<AbstractRange>>).get(name);
      for (const r of highlight ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (!range.toString().includes(text)) continue;
        const rect = range.getClientRects()[0];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { name, text },
  );
  if (!point) throw new Error(`${text} is not highlighted as ${name}`);
  await page.mouse.move(point.x, point.y);
  await waitForOverlay(page, '.card');
}

async function waitForPaint(page: Page): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 20_000 });
  await waitForOverlay(page, '.legend');
}

/** Opens the popup of `tabId` at its real size. */
async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 400, height: 600 });
  return popup;
}

/** Saves the page of `tabId` through its popup, with a note and a tag. */
async function save(browser: ExtensionBrowser, tabId: number, note: string, tag: string): Promise<void> {
  const popup = await openPopup(browser, tabId);
  await popup.locator('.fact').first().waitFor();
  await popup.getByRole('textbox').first().fill(note);
  const tagInput = popup.locator('.tag-input');
  await tagInput.fill(tag);
  await tagInput.press('Enter');
  await popup.locator('[data-action="save"]').click();
  await popup.locator('[data-action="save"][data-saved="yes"]').waitFor();
  await popup.close();
}

async function run(locale: 'en' | 'zh-CN'): Promise<void> {
  const lang = locale === 'en' ? 'en' : 'zh';
  const server = await startFixtureServer([FIXTURES.banner, FIXTURES.wechat, FIXTURES.news, FIXTURES.search, FIXTURES.nearMiss, HARBOUR, BANNER_DARK, WECHAT_DARK]);
  const browser = await launchWithExtension(server, { locale, colorScheme: 'light' });
  try {
    // The page: an English article in the English UI, the WeChat article in the Chinese UI.
    const article = lang === 'en' ? { light: FIXTURES.banner, dark: BANNER_DARK, hover: ['incident-lens-agency', 'CISA'] } : { light: FIXTURES.wechat, dark: WECHAT_DARK, hover: ['incident-lens-agency', '公安机关'] };
    for (const [scheme, served] of [['light', article.light], ['dark', article.dark]] as const) {
      const { page } = await browser.openTab(served.url);
      await waitForPaint(page);
      await hoverFact(page, article.hover[0], article.hover[1]).catch(() => hoverFact(page, 'incident-lens-date', ''));
      await page.screenshot({ path: join(OUT, `page-${lang}-${scheme}.png`) });
      await page.close();
    }

    // The popup on the article, at 400 × 600, then its empty state on a page without an article.
    const { page: articlePage, tabId } = await browser.openTab(article.light.url);
    await waitForPaint(articlePage);
    const popup = await openPopup(browser, tabId);
    await popup.locator('.fact').first().waitFor();
    await shot(popup, `popup-${lang}`);
    await popup.close();
    const { page: search, tabId: searchTab } = await browser.openTab(FIXTURES.search.url);
    const empty = await openPopup(browser, searchTab);
    await empty.locator('.empty-state').waitFor();
    await shot(empty, `popup-empty-${lang}`);
    await Promise.all([empty.close(), search.close()]);

    // A small library, saved through the popup.
    const saves: Array<[ServedPage, string, string]> = [
      [FIXTURES.banner, lang === 'en' ? 'Billing and meters down; payments fine.' : '计费和智能水表中断，支付平台正常。', 'water'],
      [FIXTURES.wechat, lang === 'en' ? 'Outpatient booking down for two days.' : '门诊挂号中断两天。', 'health'],
      [FIXTURES.news, lang === 'en' ? 'Second UK council this year.' : '今年第二个英国地方议会。', 'local-gov'],
      [HARBOUR, lang === 'en' ? 'Port systems; check CVE exposure.' : '港口系统，核查漏洞暴露面。', 'transport'],
    ];
    for (const [served, note, tag] of saves) {
      const { page, tabId: id } = await browser.openTab(served.url);
      await waitForPaint(page).catch(() => undefined);
      await save(browser, id, note, tag);
      await page.close();
    }
    await articlePage.close();

    const library = await browser.openExtensionPage('library.html');
    await library.setViewportSize({ width: 1200, height: 820 });
    await library.locator('.clipping').first().waitFor();
    await shot(library, `library-${lang}`);
    await library.locator('[data-tab="charts"]').click();
    await library.locator('.library-charts svg').first().waitFor();
    await shot(library, `charts-${lang}`, ['light', 'dark'], true);
    await library.locator('[data-tab="list"]').click();
    await library.locator('.clipping-title').first().click();
    await library.locator('.clipping-view').waitFor();
    await shot(library, `clipping-${lang}`);
    await library.close();

    const options = await browser.openExtensionPage('options.html');
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.locator('[data-list="built-in"] li').first().waitFor();
    await shot(options, `options-${lang}`);
    await options.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The incident views: the Royal Mail pages saved through the popup (the proposal shot on the
 * second, which joins the first), every proposal accepted; then the library's incidents, the
 * January incident's page and the charts by incident.
 */
async function runIncidents(locale: 'en' | 'zh-CN'): Promise<void> {
  const lang = locale === 'en' ? 'en' : 'zh';
  const server = await startFixtureServer(ROYAL_MAIL);
  const browser = await launchWithExtension(server, { locale, colorScheme: 'light' });
  try {
    for (const [k, served] of ROYAL_MAIL.entries()) {
      const { page, tabId } = await browser.openTab(served.url);
      await waitForPaint(page).catch(() => undefined);
      const popup = await openPopup(browser, tabId);
      await popup.locator('.fact').first().waitFor();
      await popup.locator('[data-action="save"]').click();
      await popup.locator('.incident-proposal[data-status="proposed"]').waitFor();
      if (k === 1) await shot(popup, `incident-proposal-${lang}`);
      await popup.locator('[data-action="accept-incident"]').click();
      await popup.locator('.incident-proposal[data-status="accepted"]').waitFor();
      await Promise.all([popup.close(), page.close()]);
    }
    const library = await browser.openExtensionPage('library.html');
    await library.setViewportSize({ width: 1200, height: 900 });
    await library.locator('[data-tab="incidents"]').click();
    await library.locator('.incident-row').nth(1).waitFor();
    await shot(library, `incidents-${lang}`);
    await library.locator('[data-tab="charts"]').click();
    await library.locator('.chart-unit [data-unit="incident"]').click();
    await library.locator('.library-charts[data-unit="incident"] svg').first().waitFor();
    await shot(library, `charts-incidents-${lang}`, ['light', 'dark'], true);
    await library.locator('[data-tab="incidents"]').click();
    // The January incident: the one with two sources.
    await library.locator('.incident-row', { hasText: lang === 'en' ? '2 sources' : '2 个来源' }).locator('.incident-row-title').click();
    await library.locator('.incident-view .timeline-event').first().waitFor();
    await shot(library, `incident-${lang}`, ['light', 'dark'], true);
    await library.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The README's set: each view in both UI languages, light. */
const DOCS_SET = ['page', 'popup', 'library', 'charts', 'options', 'incident'];
const INCIDENT_SET = ['incident'];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const onlyIncidents = process.argv.includes('--incidents');
  if (!onlyIncidents) {
    await run('en');
    await run('zh-CN');
  }
  await runIncidents('en');
  await runIncidents('zh-CN');
  process.stdout.write(`screenshots in ${OUT}\n`);
  if (process.argv.includes('--docs')) {
    for (const view of onlyIncidents ? INCIDENT_SET : DOCS_SET) {
      for (const lang of ['en', 'zh']) copyFileSync(join(OUT, `${view}-${lang}-light.png`), join(DOCS, `screenshot-${view}-${lang}.png`));
    }
    process.stdout.write(`README screenshots copied to ${DOCS}\n`);
  }
}

await main();
