/**
 * End-to-end harness: serves pages over https under their real host names and drives the built
 * extension (.output/chrome-mv3) in Debian's headless Chromium with playwright-core
 * (TOOLCHAIN.md, "Chromium, for end-to-end tests"). Every host resolves to the local server, so
 * nothing leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type ElementHandle, type Page, type Worker } from 'playwright-core';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The built Chrome extension. */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/**
 * The shared corpus, present in CI and on developer machines, absent on a bare clone.
 * `INCIDENT_LENS_SHARED` names it for a checkout that is not its sibling (a worktree elsewhere).
 */
export const SHARED_DIR = process.env.INCIDENT_LENS_SHARED ?? resolve(ROOT, '../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A page to serve: its full URL and the HTML (or the file holding it). */
export interface ServedPage {
  url: string;
  file?: string;
  html?: string;
  /** Extra response headers (the benchmark serves its pages cross-origin isolated, for a precise clock). */
  headers?: Record<string, string>;
}

/** The local https server. */
export interface FixtureServer {
  port: number;
  /** Adds or replaces a page while the server runs. */
  serve(page: ServedPage): void;
  close(): Promise<void>;
}

/** Pages are routed by host, path and query (WeChat articles differ only in their query). */
function routeKey(url: string): string {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${u.search}`;
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'incident-lens-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=incident-lens-test',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the https server for `pages`. */
export async function startFixtureServer(pages: ServedPage[] = []): Promise<FixtureServer> {
  const routes = new Map<string, { body: () => string; headers: Record<string, string> }>();
  const serve = (page: ServedPage) => {
    routes.set(routeKey(page.url), { body: () => page.html ?? readFileSync(page.file!, 'utf8'), headers: page.headers ?? {} });
  };
  pages.forEach(serve);
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const route = routes.get(`${host}${req.url ?? '/'}`);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...route.headers }).end(route.body());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    serve,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** A running browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens `url` in a new tab and returns the page and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens an extension page (e.g. `popup.html?tabId=3`). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Extra Chromium switches for a run. */
export interface LaunchOptions {
  /** Load the extension (default true); false gives the same browser without it, for comparisons. */
  withExtension?: boolean;
  /** Browser UI language, e.g. "zh-CN". */
  locale?: string;
  colorScheme?: 'light' | 'dark';
}

/** Launches headless Chromium with the built extension; every host name resolves to `server`. */
export async function launchWithExtension(server: FixtureServer, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'incident-lens-profile-'));
  const args = [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--ignore-certificate-errors',
    `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  if (options.locale) args.push(`--lang=${options.locale}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    locale: options.locale,
    colorScheme: options.colorScheme,
    viewport: { width: 1200, height: 900 },
  });
  let worker: Worker | null = null;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  const openTab = async (url: string) => {
    if (!worker) {
      const page = await context.newPage();
      await page.goto(url);
      return { page, tabId: -1 };
    }
    // The extension opens the tab itself, so the test knows its id without the "tabs" permission
    // (tab URLs are hidden from an extension that lacks it).
    const opened = context.waitForEvent('page');
    const tabId = await worker.evaluate(async (href) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { create(o: { url: string; active: boolean }): Promise<{ id?: number }> } } };
      return (await chrome.tabs.create({ url: href, active: true })).id ?? -1;
    }, url);
    const page = await opened;
    await page.waitForLoadState('load');
    return { page, tabId };
  };
  const openExtensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  return {
    context,
    extensionId,
    worker: worker as Worker,
    openTab,
    openExtensionPage,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Fixture pages written for this project (always present). */
export const FIXTURES = {
  wechat: {
    url: 'https://mp.weixin.qq.com/s?__biz=TESTBIZ001==&mid=1000000001&idx=1&sn=fixture0001',
    file: join(ROOT, 'test/fixtures/pages/wechat-hospital-ransomware.html'),
  },
  news: {
    url: 'https://www.bleepingcomputer.com/news/security/northbridge-council-ransomware/',
    file: join(ROOT, 'test/fixtures/pages/news-council-breach.html'),
  },
  search: {
    url: 'https://www.bleepingcomputer.com/search/',
    file: join(ROOT, 'test/fixtures/pages/search-results.html'),
  },
  /** An incident article with the site's slogan, audience counter and reading time inside <article>, and an unaffected service. */
  banner: {
    url: 'https://www.securityweek.com/eastmoor-water-ransomware/',
    file: join(ROOT, 'test/fixtures/pages/news-banner-chrome.html'),
  },
  /** A page too short to count as an article, for "analyse anyway". */
  notice: {
    url: 'https://www.securityweek.com/service-notice/',
    file: join(ROOT, 'test/fixtures/pages/short-notice.html'),
  },
  /** A near miss: patch news with incident words, no incident. */
  nearMiss: {
    url: 'https://www.securityweek.com/vendor-patches-router-flaw/',
    file: join(ROOT, 'test/fixtures/pages/news-patch-advisory.html'),
  },
} satisfies Record<string, ServedPage>;

/** The seed article, when ../shared is present. */
export const SEED = {
  url: 'https://mp.weixin.qq.com/s?__biz=MzkyMzAwMDEyNg==&mid=2247533885&idx=3&sn=cae1aef7ca806893c82d0d36adb02cce',
  file: join(SHARED_DIR, 'seeds/wechat-royal-mail.html'),
};
export const HAS_SHARED = existsSync(SEED.file);

/**
 * The shadow roots of the extension's overlay hosts on `page` (children of <html> that host a
 * shadow root), reached through the DevTools protocol: the overlay's root is closed, so page
 * scripts (and Playwright's selectors) cannot reach it, but the protocol can. Each root is handed
 * to the test through a main-world global that is deleted at once.
 */
export async function overlayRoots(page: Page): Promise<ElementHandle<Node>[]> {
  const cdp = await page.context().newCDPSession(page);
  interface DomNode { nodeName: string; children?: DomNode[]; shadowRoots?: { backendNodeId: number }[] }
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: DomNode };
    const html = root.children?.find((node) => node.nodeName === 'HTML');
    for (const child of html?.children ?? []) {
      const shadow = child.shadowRoots?.[0];
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: 'function () { (window.__incidentLensTestRoots ??= []).push(this); }',
      });
    }
  } finally {
    await cdp.detach();
  }
  const list = await page.evaluateHandle(() => {
    const holder = window as unknown as { __incidentLensTestRoots?: Node[] };
    const roots = holder.__incidentLensTestRoots ?? [];
    delete holder.__incidentLensTestRoots;
    return roots;
  });
  const properties = await list.getProperties();
  const roots: ElementHandle<Node>[] = [];
  for (const [key, value] of properties) {
    const element = value.asElement();
    if (/^\d+$/.test(key) && element) roots.push(element);
  }
  await list.dispose();
  return roots;
}

/** The first element matching `selector` inside the overlay, or null when there is none. */
export async function overlayPart(page: Page, selector: string): Promise<ElementHandle | null> {
  for (const root of await overlayRoots(page)) {
    const found = await root.$(selector);
    if (found) return found;
  }
  return null;
}

/** Whether the overlay element matching `selector` is shown. */
export async function overlayShows(page: Page, selector: string): Promise<boolean> {
  return (await (await overlayPart(page, selector))?.isVisible()) ?? false;
}

/** Waits until the overlay element matching `selector` is shown (for scripts; tests use expect.poll). */
export async function waitForOverlay(page: Page, selector: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await overlayShows(page, selector))) {
    if (Date.now() > deadline) throw new Error(`the overlay's ${selector} was not shown within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/**
 * Runs in the page: every registered highlight whose name starts with `prefix`, with the text of each
 * of its ranges (whitespace collapsed). Plain page code, so Playwright and Puppeteer pages both run it.
 */
export function highlightTextsInPage(prefix: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
    if (!name.startsWith(prefix)) continue;
    out[name] = [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString().replace(/\s+/g, ' ').trim();
    });
  }
  return out;
}

/** Every highlight the page has registered, by name, with the text of each of its ranges (whitespace collapsed). */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(highlightTextsInPage, '');
}
