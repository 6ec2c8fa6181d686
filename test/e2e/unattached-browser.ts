/**
 * Headless Chromium with the extension, driven with puppeteer-core and never attached to the
 * extension's service worker: a debugger attached to a service worker keeps it running, so only a
 * browser like this one sees Chromium stop an idle worker (Playwright attaches to every worker).
 * Used by the reader-presence e2e test and the bench's `pause` section.
 */
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { CHROMIUM, type FixtureServer } from './harness';

/** A page the extension does not run on: not a listed news site, no host permission granted. */
export const ELSEWHERE_PAGE = { url: 'https://www.example.org/weather', html: '<!doctype html><title>Weather</title><p>Sunny spells, light winds.</p>' };

/** A browser whose worker is left to Chromium's idle stop. */
export interface UnattachedBrowser {
  browser: Browser;
  page: Page;
  /** The browser's own DevTools session (targets are listed, never attached). */
  cdp: CDPSession;
}

/** Launches Chromium with `extensionDir` in `profileDir`; every host name resolves to `server`. */
export async function launchUnattached(server: FixtureServer, extensionDir: string, profileDir: string): Promise<UnattachedBrowser> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profileDir,
    enableExtensions: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--ignore-certificate-errors',
      `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`,
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
    targetFilter: (target) => target.type() !== 'service_worker',
  });
  return { browser, page: await browser.newPage(), cdp: await browser.target().createCDPSession() };
}

/** The target ids of the extension's running service workers (none while Chromium has it stopped). */
export async function runningWorkerIds(browser: UnattachedBrowser): Promise<string[]> {
  const { targetInfos } = await browser.cdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://')).map((t) => t.targetId);
}
