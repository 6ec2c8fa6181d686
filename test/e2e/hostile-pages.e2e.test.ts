/**
 * Two kinds of page the extension must work on unchanged, end to end in Chromium with the built
 * extension: a page whose scripts replace the built-ins a content script leans on (arrays, JSON,
 * strings, regexes, timers, promises, DOM insertion, the highlight registry's methods), and a page
 * served with the strictest Content-Security-Policy a site can send (no script, no style, no
 * connection, Trusted Types required). The content script runs in its own world, so neither may
 * change what is read, analysed, painted or saved.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, highlightTextsInPage, launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer, type ServedPage } from './harness';

const NEWS_HTML = readFileSync(FIXTURES.news.file, 'utf8');

/**
 * Runs first in the page's own world: every replacement throws or lies, so a content script that
 * reached any of them would fail or read nonsense. `window.__overridden` proves the script ran.
 */
const OVERRIDES = `<script>
(() => {
  const boom = function () { throw new Error('hostile page override'); };
  const define = Object.defineProperty;
  for (const [owner, names] of [
    [Array.prototype, ['map', 'filter', 'forEach', 'push', 'slice', 'join', 'sort', 'includes', 'indexOf']],
    [String.prototype, ['slice', 'indexOf', 'replace', 'toLowerCase', 'trim', 'split', 'normalize']],
    [RegExp.prototype, ['exec', 'test']],
    [Object, ['keys', 'entries', 'assign', 'freeze', 'defineProperty']],
    [JSON, ['parse', 'stringify']],
    [Promise.prototype, ['then', 'catch', 'finally']],
    [Node.prototype, ['appendChild', 'insertBefore', 'removeChild', 'contains']],
    [Element.prototype, ['attachShadow', 'getBoundingClientRect', 'querySelector', 'querySelectorAll']],
    [Document.prototype, ['createElement', 'createTreeWalker', 'createRange', 'querySelector', 'querySelectorAll']],
    [EventTarget.prototype, ['addEventListener', 'dispatchEvent']],
    [Map.prototype, ['get', 'set']],
    [Set.prototype, ['add', 'has']],
  ]) for (const name of names) owner[name] = boom;
  window.setTimeout = boom;
  window.requestAnimationFrame = boom;
  window.requestIdleCallback = boom;
  window.MutationObserver = boom;
  window.Highlight = boom;
  if (window.CSS && CSS.highlights) { CSS.highlights.set = boom; CSS.highlights.delete = boom; CSS.highlights.clear = boom; }
  define(Node.prototype, 'textContent', { get: () => 'overridden text' });
  define(document, 'title', { get: () => 'overridden title' });
  window.__overridden = true;
})();
</script>`;

/** The news fixture with the override script as the first thing in <head>. */
const OVERRIDING_PAGE: ServedPage = {
  url: 'https://www.securityweek.com/page-overrides-built-ins/',
  html: NEWS_HTML.replace('<head>', `<head>\n${OVERRIDES}`),
};

/** The news fixture under the strictest policy a site can send. */
const STRICT_CSP_PAGE: ServedPage = {
  url: 'https://www.securityweek.com/strict-csp/',
  html: NEWS_HTML,
  headers: {
    'content-security-policy':
      "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; connect-src 'none'; font-src 'none'; " +
      "frame-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
  },
};

/**
 * Reads the page from a fresh isolated world of the test's own (DevTools protocol), not from the
 * page's world: the overriding page broke the built-ins there, and the highlight registry and the
 * DOM are shared by every world.
 */
async function readHighlightsIsolated(page: Page): Promise<Record<string, string[]>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'incident-lens-test-reader' });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${highlightTextsInPage.toString()})('incident-lens-')`,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`reading highlights failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as Record<string, string[]>;
  } finally {
    await cdp.detach();
  }
}

/** `window.__overridden` in the page's own world, read without calling any of its (broken) built-ins. */
async function pageWorldFlag(page: Page): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__overridden === true', returnByValue: true });
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Whether an element with class `legend` inside a shadow root of the page is laid out with a size (DevTools protocol, no page world). */
async function legendIsLaidOut(page: Page): Promise<boolean> {
  interface DomNode { backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const legends: DomNode[] = [];
    const visit = (node: DomNode, inShadow: boolean) => {
      const classes = node.attributes?.[node.attributes.indexOf('class') + 1] ?? '';
      if (inShadow && node.attributes?.includes('class') && classes.split(/\s+/).includes('legend')) legends.push(node);
      node.children?.forEach((child) => visit(child, inShadow));
      node.shadowRoots?.forEach((shadow) => visit(shadow, true));
    };
    visit(root, false);
    for (const legend of legends) {
      const box = await cdp.send('DOM.getBoxModel', { backendNodeId: legend.backendNodeId }).catch(() => null);
      if (box && box.model.width > 0 && box.model.height > 0) return true;
    }
    return false;
  } finally {
    await cdp.detach();
  }
}

describe('pages that fight the content script', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer([FIXTURES.news, OVERRIDING_PAGE, STRICT_CSP_PAGE]);
    browser = await launchWithExtension(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The highlights of the unmodified fixture, to compare each hostile page with. */
  async function plainHighlights(): Promise<Record<string, string[]>> {
    const { page } = await browser.openTab(FIXTURES.news.url);
    await expect.poll(() => readHighlightsIsolated(page).then((h) => Object.keys(h).length), { timeout: 15_000 }).toBeGreaterThan(0);
    const highlights = await readHighlightsIsolated(page);
    await page.close();
    return highlights;
  }

  for (const hostile of [
    { name: 'a page that overrides the built-ins', page: OVERRIDING_PAGE },
    { name: 'a page under a strict Content-Security-Policy', page: STRICT_CSP_PAGE },
  ]) {
    test(`${hostile.name} is highlighted as the plain page, shows the legend and can be saved`, async () => {
      const expected = await plainHighlights();
      expect(expected['incident-lens-organization']?.length ?? 0).toBeGreaterThan(0);

      const { page, tabId } = await browser.openTab(hostile.page.url);
      if (hostile.page === OVERRIDING_PAGE) expect(await pageWorldFlag(page)).toBe(true);
      await expect.poll(() => readHighlightsIsolated(page), { timeout: 15_000 }).toEqual(expected);
      await expect.poll(() => legendIsLaidOut(page)).toBe(true);

      const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await expect.poll(() => popup.locator('.fact').count()).toBeGreaterThan(0);
      await expect.poll(() => popup.locator('[data-action="save"]').isEnabled()).toBe(true);
      await popup.locator('[data-action="save"]').click();
      await expect.poll(() => popup.locator('[data-action="save"]').textContent()).toBe('Saved');
      await Promise.all([popup.close(), page.close()]);
    });
  }
});
