/**
 * What a hostile page can do to the extension's overlay (legend and hover card), end to end in
 * Chromium with the built extension: define the custom element the overlay used to be hosted in,
 * read the overlay through `.shadowRoot`, drive the card with synthetic (untrusted) pointer and
 * key events, and remove the overlay's host from the document.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, launchWithExtension, overlayPart, overlayRoots, overlayShows, startFixtureServer, type ExtensionBrowser, type FixtureServer, type ServedPage } from './harness';

/** The news fixture with a script of the page's own at the top of <head>. */
function withPageScript(url: string, script: string): ServedPage {
  const html = readFileSync(FIXTURES.news.file, 'utf8').replace(/<head([^>]*)>/i, `<head$1><script>${script}</script>`);
  return { url, html };
}

/**
 * Defines the element name the overlay was hosted in, without shadow-root support (so an
 * extension that takes the page's element cannot attach its own root), and keeps every instance.
 */
const DEFINES_ELEMENT = withPageScript(
  'https://www.bleepingcomputer.com/news/security/hostile-defines-element/',
  `window.hostileInstances = [];
   customElements.define('incident-lens-ui', class extends HTMLElement {
     static disabledFeatures = ['shadow'];
     constructor() { super(); window.hostileInstances.push(this); }
   });`,
);

const HOSTILE = withPageScript('https://www.bleepingcomputer.com/news/security/hostile-reader/', '');

/** Everything a page script can read of the shadow roots in its document. */
function pageReadableShadowText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .map((el) => el.shadowRoot?.textContent ?? '')
      .join(''),
  );
}

/** The centre of the first painted fact, as a page script finds it in the shared highlight registry. */
function pagePointOfFact(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!name.startsWith('incident-lens-') || name === 'incident-lens-focus') continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center', behavior: 'instant' });
        const rect = range.getClientRects()[0];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error('nothing painted');
  });
}

/** Waits two animation frames in the page (the pointer check runs once per frame). */
function frames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
}

async function openPainted(browser: ExtensionBrowser, url: string): Promise<Page> {
  const { page } = await browser.openTab(url);
  await expect.poll(() => overlayShows(page, '.legend'), { timeout: 20_000 }).toBe(true);
  return page;
}

describe('a hostile page and the overlay', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer([DEFINES_ELEMENT, HOSTILE]);
    browser = await launchWithExtension(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a page that defines the overlay element name still gets the legend and the card, and holds none of them', async () => {
    const page = await openPainted(browser, DEFINES_ELEMENT.url);
    const point = await pagePointOfFact(page);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => overlayShows(page, '.card')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { hostileInstances: Element[] }).hostileInstances.length)).toBe(0);
    await page.close();
  });

  test('page scripts cannot read the legend or the hover card', async () => {
    const page = await openPainted(browser, HOSTILE.url);
    const point = await pagePointOfFact(page);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => overlayShows(page, '.card')).toBe(true);
    const cardText = await (await overlayPart(page, '.card'))!.textContent();
    expect(cardText).not.toBe('');
    expect(await pageReadableShadowText(page)).toBe('');
    // Nor through the host's own text or a search of the document.
    const pageText = await page.evaluate(() => document.documentElement.textContent ?? '');
    expect(pageText).not.toContain(await (await overlayPart(page, '.legend .legend-title'))!.textContent());
    await page.close();
  });

  test('synthetic pointer and key events do not drive the card; a real pointer and Escape do', async () => {
    const page = await openPainted(browser, HOSTILE.url);
    const point = await pagePointOfFact(page);
    await page.mouse.move(5, 5);
    await page.evaluate(({ x, y }) => {
      for (const type of ['pointermove', 'mousemove']) {
        document.elementFromPoint(x, y)!.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true }));
      }
    }, point);
    await frames(page);
    expect(await overlayShows(page, '.card')).toBe(false);

    await page.mouse.move(point.x, point.y);
    await expect.poll(() => overlayShows(page, '.card')).toBe(true);
    await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await frames(page);
    expect(await overlayShows(page, '.card')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => overlayShows(page, '.card')).toBe(false);
    await page.close();
  });

  test('the overlay is shown in the top layer, apart from the page; a page that closes it still has the legend', async () => {
    const page = await openPainted(browser, HOSTILE.url);
    // The one node the extension adds: a <div> after <body>, as before, now an open manual popover
    // (laid out apart from the page, so adding it re-lays out nothing of a huge page).
    const hostState = () =>
      page.evaluate(() => {
        const extra = Array.from(document.documentElement.children).filter((el) => el !== document.head && el !== document.body);
        return extra.map((el) => `${el.localName} ${el.getAttribute('popover')} ${el.matches(':popover-open')} ${el === document.documentElement.lastElementChild}`);
      });
    expect(await hostState()).toEqual(['div manual true true']);
    await page.evaluate(() => (document.documentElement.lastElementChild as HTMLElement).hidePopover());
    await frames(page);
    expect(await hostState()).toEqual(['div manual false true']);
    expect(await overlayShows(page, '.legend')).toBe(true);
    const point = await pagePointOfFact(page);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => overlayShows(page, '.card')).toBe(true);
    await page.close();
  });

  test('the overlay takes no pointer from the page, keeps the legend in the corner, and redraws it without laying out the page', async () => {
    const page = await openPainted(browser, HOSTILE.url);
    // The legend sits 16 px in from the viewport's bottom-right corner (the scrollbar left out).
    const box = (await (await overlayPart(page, '.legend'))!.boundingBox())!;
    const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));
    expect(Math.round(viewport.width - (box.x + box.width))).toBe(16);
    expect(Math.round(viewport.height - (box.y + box.height))).toBe(16);
    // The overlay's box covers the viewport and lets the pointer through to the page, except over the legend.
    const hits = await page.evaluate(
      ({ x, y }) => {
        const host = document.documentElement.lastElementChild;
        return [document.elementFromPoint(8, 8) === host, document.elementFromPoint(x, y) === host];
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(hits).toEqual([false, true]);

    // Redrawing the legend (a category switched off with a real click) lays out the overlay's
    // contained box alone: no layout from the document's root, which on a huge page is the frame.
    const cdp = await page.context().newCDPSession(page);
    const events: { name: string; ph: string; args?: { beginData?: { partialLayout?: boolean }; endData?: { layoutRoots?: { nodeName: string }[] } } }[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    const toggle = (await (await overlayPart(page, '.legend [data-action="toggle"]'))!.boundingBox())!;
    await page.mouse.click(toggle.x + toggle.width / 2, toggle.y + toggle.height / 2);
    await expect.poll(async () => (await overlayPart(page, '.legend [aria-pressed="false"]')) !== null).toBe(true);
    await frames(page);
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X');
    expect(layouts.length).toBeGreaterThan(0);
    expect(layouts.map((e) => e.args?.endData?.layoutRoots?.map((r) => r.nodeName).join('|'))).not.toContain('#document');
    await page.close();
  });

  test('a page that removes the overlay gets it back when the reader next hovers a fact', async () => {
    const page = await openPainted(browser, HOSTILE.url);
    const point = await pagePointOfFact(page);
    const removed = await page.evaluate(() => {
      const extra = Array.from(document.documentElement.children).filter((el) => el !== document.head && el !== document.body);
      extra.forEach((el) => el.remove());
      return extra.length;
    });
    expect(removed).toBe(1);
    expect(await overlayRoots(page)).toHaveLength(0);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => overlayShows(page, '.card')).toBe(true);
    expect(await overlayShows(page, '.legend')).toBe(true);
    expect(await overlayRoots(page)).toHaveLength(1);
    // Put back in the top layer too.
    expect(await page.evaluate(() => document.documentElement.lastElementChild!.matches(':popover-open'))).toBe(true);
    await page.close();
  });
});
