/**
 * Affected services in the popup, end to end in Chromium with the built extension: an article that
 * names a service in full and then short ("customer billing portal", later "billing portal") shows
 * one row for it, with the full name and both mentions; a service said unaffected keeps its own row.
 * A screenshot goes to tmp/shots/popup-services.png for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';

const SHOTS = join(ROOT, 'tmp/shots');
const PAGE = {
  url: 'https://www.securityweek.com/eastbrook-utility-billing-outage/',
  // A fictional incident written for this test.
  html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Eastbrook Water says ransomware attack took customer billing portal offline</title>
<meta property="og:title" content="Eastbrook Water says ransomware attack took customer billing portal offline">
<meta property="article:published_time" content="2025-03-12T08:00:00Z">
</head><body><main><article>
<h1>Eastbrook Water says ransomware attack took customer billing portal offline</h1>
<p>Eastbrook Water said on Tuesday that a ransomware attack had forced its customer billing portal offline since March 9, and that customers could not pay their bills online.</p>
<p>The utility said the billing portal was restored on Wednesday morning after engineers rebuilt the affected servers from backups.</p>
<p>Its water treatment plants were not affected, a spokesperson said, and drinking water remains safe.</p>
<p>The company has reported the incident to the Information Commissioner's Office and is working with the National Cyber Security Centre. The attackers claimed to have stolen 20 GB of customer data, including names and addresses of account holders.</p>
</article></main></body></html>`,
};

describe('affected services in the popup', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer([PAGE]);
    browser = await launchWithExtension(server, { colorScheme: 'light' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a service named in full and then short is one row with all its mentions', async () => {
    const { tabId } = await browser.openTab(PAGE.url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 900 });
    const services = popup.locator('[data-category="service"] .fact');
    await expect.poll(() => services.count()).toBeGreaterThan(0);
    const portal = popup.locator('[data-category="service"] .fact', { hasText: 'billing portal' });
    await expect.poll(() => portal.count()).toBe(1);
    expect(await portal.locator('.fact-text').textContent()).toBe('customer billing portal');
    // The headline and the first paragraph name it in full, the second paragraph short.
    expect(await portal.locator('.mentions').textContent()).toBe('×3');
    expect(await portal.getAttribute('data-status')).toBe('affected');
    await popup.screenshot({ path: join(SHOTS, 'popup-services.png'), fullPage: true });
  });
});
