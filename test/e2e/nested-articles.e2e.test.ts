/**
 * An article a page renders inside an open shadow root (a web component), end to end in Chromium
 * with the built extension: it is read, analysed and painted, with the highlight sheet adopted in
 * that shadow root; hovering a fact there shows its card, and the popup shows its facts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, launchWithExtension, overlayPart, overlayShows, startFixtureServer, type ExtensionBrowser, type FixtureServer, type ServedPage } from './harness';

/** The news fixture with its <article> moved into a template that a custom element renders into its open shadow root. */
function inShadowRoot(): ServedPage {
  const html = readFileSync(FIXTURES.news.file, 'utf8');
  const article = /<article>[\s\S]*?<\/article>/.exec(html)![0];
  const script = `<script>
    customElements.define('news-story', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).append(document.getElementById('story').content.cloneNode(true));
      }
    });
  </script>`;
  return {
    url: 'https://www.bleepingcomputer.com/news/security/web-component-article/',
    html: html.replace(article, `<template id="story">${article}</template><news-story></news-story>${script}`),
  };
}

const SHADOW_PAGE = inShadowRoot();

describe('an article in an open shadow root', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer([SHADOW_PAGE]);
    browser = await launchWithExtension(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('is read, painted inside the shadow root, and its facts reach the popup', async () => {
    const { page, tabId } = await browser.openTab(SHADOW_PAGE.url);
    const painted = () =>
      page.evaluate(() => {
        const root = document.querySelector('news-story')!.shadowRoot!;
        const texts: string[] = [];
        for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
          if (!name.startsWith('incident-lens-')) continue;
          for (const r of highlight) if (r.startContainer.getRootNode() === root) texts.push(`${name}:${r.startContainer.textContent!.slice(r.startOffset, r.endOffset)}`);
        }
        return { texts, sheets: root.adoptedStyleSheets.length };
      });
    await expect.poll(async () => (await painted()).texts.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const { texts, sheets } = await painted();
    // The council is the victim and a government body: GUIDELINES.md counts it under either category.
    expect(texts.some((t) => /^incident-lens-(?:organization|agency):Northbridge (?:City )?[Cc]ouncil$/.test(t))).toBe(true);
    expect(sheets).toBe(1);

    // Hovering a fact inside the shadow root shows its card.
    const point = await page.evaluate(() => {
      const root = document.querySelector('news-story')!.shadowRoot!;
      const highlight = (CSS.highlights as unknown as Map<string, Set<AbstractRange>>).get('incident-lens-actor')!;
      const r = [...highlight].find((range) => range.startContainer.getRootNode() === root)!;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await overlayPart(page, '.card'))?.getAttribute('data-category')).toBe('actor');
    expect(await overlayShows(page, '.card')).toBe(true);

    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.fact').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await popup.locator('.article-title').textContent()).toBe('Northbridge council confirms ransomware attack took payment portal offline');
    await Promise.all([popup.close(), page.close()]);
  });
});
