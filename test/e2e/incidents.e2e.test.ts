/**
 * Incidents across articles, end to end in Chromium with the built extension (issue 16): the
 * Chinese WeChat report of Royal Mail's January 2023 attack (the seed when ../shared is present,
 * else our own fixture on the same incident) and an English report of it → one incident with both
 * sources; the November 2022 Track and Trace outage → a second incident. Along the way the popup's
 * proposal is accepted, undone and accepted again, a clipping is moved to another incident and back,
 * and on the incident page two incidents are merged and a source is split out, each undone.
 * Screenshots go to tmp/shots/ for people to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HAS_SHARED, ROOT, SEED, launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer, type ServedPage } from './harness';

const SHOTS = join(ROOT, 'tmp/shots');
const PAGES = join(ROOT, 'test/fixtures/pages');

/** The Chinese report: the seed WeChat article, or our own page on the same incident without ../shared. */
const ZH: ServedPage = HAS_SHARED
  ? SEED
  : { url: 'https://mp.weixin.qq.com/s?__biz=TESTBIZ002==&mid=1000000002&idx=1&sn=royalmail0001', file: join(PAGES, 'wechat-royal-mail-zh.html') };
/** English report of the same incident, January 2023. */
const EN_JAN: ServedPage = { url: 'https://www.bleepingcomputer.com/news/security/royal-mail-cyber-incident-exports/', file: join(PAGES, 'royal-mail-2023-01-en.html') };
/** The November 2022 Track and Trace outage: another incident at the same company. */
const EN_NOV: ServedPage = { url: 'https://www.securityweek.com/royal-mail-track-and-trace-outage/', file: join(PAGES, 'royal-mail-2022-11-outage-en.html') };

/** Opens the popup of `url`'s tab at its real width, saves, and returns it with the proposal shown. */
async function saveThroughPopup(browser: ExtensionBrowser, url: string): Promise<{ popup: Page; page: Page }> {
  const { page, tabId } = await browser.openTab(url);
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 400, height: 700 });
  await expect.poll(() => popup.locator('.fact').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await popup.locator('[data-action="save"]').click();
  await expect.poll(() => popup.locator('[data-action="save"]').getAttribute('data-saved')).toBe('yes');
  await popup.locator('.incident-proposal').waitFor();
  return { popup, page };
}

const proposal = (popup: Page) => popup.locator('.incident-proposal');

describe('incidents across articles and languages (English UI)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer([ZH, EN_JAN, EN_NOV]);
    browser = await launchWithExtension(server, { colorScheme: 'light' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('two reports of one incident become one incident with both sources; another outage a second one; accept, choose another, merge, split, each undone', async () => {
    // 1. The Chinese report: nothing in the library matches, a new incident is proposed.
    const zh = await saveThroughPopup(browser, ZH.url);
    await expect.poll(() => proposal(zh.popup).getAttribute('data-status')).toBe('proposed');
    expect(await proposal(zh.popup).locator('.incident-label').textContent()).toBe('New incident');
    expect(await proposal(zh.popup).locator('.incident-name').textContent()).toMatch(/^Royal Mail .*Jan 2023$/);
    // Accept, undo, accept again.
    await proposal(zh.popup).locator('[data-action="accept-incident"]').click();
    await expect.poll(() => proposal(zh.popup).getAttribute('data-status')).toBe('accepted');
    await expect.poll(() => proposal(zh.popup).locator('.undo-line').textContent()).toMatch(/^Accepted: part of Royal Mail/);
    await proposal(zh.popup).locator('[data-action="undo-incident"]').click();
    await expect.poll(() => proposal(zh.popup).getAttribute('data-status')).toBe('proposed');
    await expect.poll(() => proposal(zh.popup).locator('.undo-line').textContent()).toBe('Undone.');
    await proposal(zh.popup).locator('[data-action="accept-incident"]').click();
    await expect.poll(() => proposal(zh.popup).getAttribute('data-status')).toBe('accepted');

    // 2. The English report of the same incident: proposed as part of it, with two sources.
    const en = await saveThroughPopup(browser, EN_JAN.url);
    await expect.poll(() => proposal(en.popup).getAttribute('data-status')).toBe('proposed');
    expect(await proposal(en.popup).locator('.incident-label').textContent()).toBe('Part of incident');
    expect(await proposal(en.popup).locator('.incident-sources').textContent()).toMatch(/^\(2 sources · 皇家邮政\)$/);
    const janName = await proposal(en.popup).locator('.incident-name').textContent();
    const janId = await proposal(en.popup).locator('.incident-name').getAttribute('data-incident-id');
    expect(janName).toMatch(/^Royal Mail .*Jan 2023$/);
    await en.popup.screenshot({ path: join(SHOTS, 'incident-proposal-en.png'), fullPage: true });
    await proposal(en.popup).locator('[data-action="accept-incident"]').click();
    await expect.poll(() => proposal(en.popup).getAttribute('data-status')).toBe('accepted');

    // 3. The November 2022 outage: a second incident, not the January one.
    const nov = await saveThroughPopup(browser, EN_NOV.url);
    await expect.poll(() => proposal(nov.popup).getAttribute('data-status')).toBe('proposed');
    expect(await proposal(nov.popup).locator('.incident-label').textContent()).toBe('New incident');
    expect(await proposal(nov.popup).locator('.incident-name').textContent()).toMatch(/Nov 2022$/);
    // Choose another: the January incident is offered first (same victim); move there, then undo.
    await proposal(nov.popup).locator('[data-action="choose-incident"]').click();
    const option = proposal(nov.popup).locator('.incident-option', { hasText: janName! });
    await expect.poll(() => option.count()).toBe(1);
    expect(await proposal(nov.popup).locator('.incident-picker-group').first().textContent()).toBe('Same victim');
    await option.click();
    // Now in the January incident, whose date window (and so its name) starts in November.
    await expect.poll(() => proposal(nov.popup).locator('.incident-name').getAttribute('data-incident-id')).toBe(janId);
    await expect.poll(() => proposal(nov.popup).locator('.undo-line').textContent()).toMatch(/^Moved to Royal Mail/);
    await expect.poll(() => proposal(nov.popup).locator('.incident-sources').textContent()).toMatch(/^\(3 sources/);
    await proposal(nov.popup).locator('[data-action="undo-incident"]').click();
    await expect.poll(() => proposal(nov.popup).locator('.incident-name').textContent()).toMatch(/Nov 2022$/);
    await proposal(nov.popup).locator('[data-action="accept-incident"]').click();
    await expect.poll(() => proposal(nov.popup).getAttribute('data-status')).toBe('accepted');

    // 4. The library, by incident: two incidents.
    const library = await browser.openExtensionPage('library.html');
    await library.setViewportSize({ width: 1200, height: 900 });
    await library.locator('[data-tab="incidents"]').click();
    const rows = library.locator('.incident-row');
    await expect.poll(() => rows.count()).toBe(2);
    const janRow = library.locator('.incident-row', { hasText: 'Jan 2023' });
    expect(await janRow.locator('.incident-row-sources').textContent()).toMatch(/^2 sources · (Chinese · English|English · Chinese)$/);
    await library.screenshot({ path: join(SHOTS, 'incidents-list-en.png'), fullPage: true });

    // The incident page: victim in both languages, both sources, a timeline, services and agencies.
    await janRow.locator('.incident-row-title').click();
    const view = library.locator('.incident-view');
    await view.waitFor();
    expect(await view.locator('.incident-victim').first().textContent()).toBe('Royal Mail皇家邮政');
    await expect.poll(() => view.locator('.incident-source').count()).toBe(2);
    expect(new Set(await view.locator('.incident-source').evaluateAll((items) => items.map((item) => item.getAttribute('data-lang'))))).toEqual(new Set(['zh', 'en']));
    await expect.poll(() => view.locator('.timeline-event').count()).toBeGreaterThan(2);
    expect(await view.locator('.incident-facts[data-category="agency"] .incident-fact').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^National Cyber Security Centre英国国家网络安全中心/)]),
    );
    expect(await view.locator('.incident-facts[data-category="service"] .incident-fact').count()).toBeGreaterThan(0);
    // Each event badge ("Discovered", the longest) stays clear of its sentence: a gap between them.
    const clearances = await view.locator('.timeline-event').evaluateAll((rows) =>
      rows.map((row) => row.querySelector('.event-passage')!.getBoundingClientRect().left - row.querySelector('.event-kind')!.getBoundingClientRect().right),
    );
    expect(Math.min(...clearances)).toBeGreaterThanOrEqual(6);
    await library.screenshot({ path: join(SHOTS, 'incident-page-en.png'), fullPage: true });

    // A timeline entry opens its source at the passage, outlined; Back returns to the incident.
    const event = view.locator('.timeline-event[data-event]:not([data-event="published"])').first();
    const passageText = (await event.locator('.passage-link').textContent())!;
    await event.locator('.passage-link').click();
    const clipping = library.locator('.clipping-view');
    await clipping.waitFor();
    await expect.poll(() => clipping.locator('.clipping-text .passage').textContent()).toBe(passageText);
    expect(await clipping.locator('.incident-proposal .incident-name').textContent()).toBe(janName);
    await clipping.getByRole('button', { name: 'Back to the incident' }).click();
    await view.waitFor();

    // Merge the November incident into this one, then undo.
    await view.locator('[data-action="merge-incident"]').click();
    await view.locator('.incident-option', { hasText: 'Nov 2022' }).click();
    await expect.poll(() => view.locator('.incident-source').count()).toBe(3);
    await expect.poll(() => library.locator('.incident-undo').textContent()).toMatch(/^Merged into Royal Mail/);
    await library.locator('.incident-undo [data-action="undo-incident"]').click();
    await expect.poll(() => view.locator('.incident-source').count()).toBe(2);

    // Split the English source out, then undo.
    await view.locator('.incident-source[data-lang="en"] [data-action="split-source"]').click();
    await expect.poll(() => view.locator('.incident-source').count()).toBe(1);
    await expect.poll(() => library.locator('.incident-undo').textContent()).toMatch(/^Split out into a new incident/);
    await library.locator('.incident-undo [data-action="undo-incident"]').click();
    await expect.poll(() => view.locator('.incident-source').count()).toBe(2);

    // Export the incident as JSON: the incident and both its clippings, linked.
    await view.locator('[data-action="export-incident"]').click();
    const [download] = await Promise.all([library.waitForEvent('download'), view.locator('.incident-export [data-format="json"]').click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { incidents: Array<{ id: string }>; clippings: Array<{ incidentId?: string }> };
    const incidentId = await view.getAttribute('data-incident-id');
    expect(file.incidents.map((incident) => incident.id)).toEqual([incidentId]);
    expect(file.clippings.map((clipping) => clipping.incidentId)).toEqual([incidentId, incidentId]);

    // Charts by incident: two incidents on the timeline (Nov 2022, Jan 2023), three clippings by clipping.
    await view.getByRole('button', { name: 'Back to the list' }).click();
    await library.locator('[data-tab="charts"]').click();
    const monthTotal = () => library.locator('.timeline-chart .month').evaluateAll((months) => months.reduce((n, m) => n + Number(m.getAttribute('data-count')), 0));
    await expect.poll(monthTotal).toBe(3);
    await library.locator('.chart-unit [data-unit="incident"]').click();
    await expect.poll(() => library.locator('.library-charts').getAttribute('data-unit')).toBe('incident');
    await expect.poll(monthTotal).toBe(2);
    await library.screenshot({ path: join(SHOTS, 'charts-by-incident-en.png'), fullPage: true });
    await Promise.all([zh.popup.close(), zh.page.close(), en.popup.close(), en.page.close(), nov.popup.close(), nov.page.close(), library.close()]);
  });
});
