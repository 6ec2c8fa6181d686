/**
 * End-to-end harness for the Firefox build (.output/firefox-mv2) in Debian's headless Firefox ESR,
 * driven over WebDriver BiDi with puppeteer-core (TOOLCHAIN.md, "Firefox, for end-to-end tests").
 *
 * Pages come from the same https fixture server as the Chromium tests (harness.ts). Firefox has no
 * host-resolver rules, so real host names reach that server through a small local proxy: Firefox
 * is told to use it for every host, and its CONNECT handler pipes each tunnel to the fixture server
 * whatever host was asked for. Nothing leaves the machine.
 *
 * Extension pages get a fixed address through the pref `extensions.webextensions.uuids`. Puppeteer
 * never reports a navigation to a moz-extension:// page as done, so extension pages are opened
 * without waiting for the navigation and tests poll for their elements instead.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, type FixtureServer } from './harness';

/** The built Firefox extension. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/**
 * Whether to run the Firefox tests: a developer machine may have only Chromium, so they skip there;
 * CI sets INCIDENT_LENS_REQUIRE_FIREFOX=1, and then a missing Firefox fails the launch instead.
 */
export const HAS_FIREFOX = existsSync(FIREFOX) || process.env.INCIDENT_LENS_REQUIRE_FIREFOX === '1';

/** A local HTTP proxy whose CONNECT tunnels all end at one port. */
export interface TunnelProxy {
  port: number;
  close(): Promise<void>;
}

/** Starts a proxy that answers every CONNECT by piping the tunnel to 127.0.0.1:`targetPort`. */
export async function startTunnelProxy(targetPort: number): Promise<TunnelProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      client.off('data', onData);
      if (!head.subarray(0, 8).toString('latin1').startsWith('CONNECT ')) {
        // Plain-http requests are not served: every fixture page is https.
        client.end('HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const rest = head.subarray(end + 4);
        if (rest.length > 0) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** A running Firefox with the extension installed as a temporary add-on. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's base URL, `moz-extension://<uuid>/`. */
  extensionBase: string;
  /** Opens `url` in a new tab, brought to the front, and waits for its load. */
  openTab(url: string): Promise<Page>;
  /** Opens an extension page (e.g. `library.html`) in a new tab without waiting for the navigation. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** The add-on id from the build's manifest (wxt.config.ts sets it). */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/** Launches headless Firefox ESR with the built extension; every host name reaches `server`. */
export async function launchFirefoxWithExtension(server: FixtureServer): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  const proxy = await startTunnelProxy(server.port);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Lets the BiDi session see and drive moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: uuid }),
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
  const extensionBase = `moz-extension://${uuid}/`;
  const openTab = async (url: string) => {
    const page = await browser.newPage();
    await page.bringToFront();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    await page.bringToFront();
    // The navigation never reports done for extension pages; callers poll for elements instead.
    page.goto(`${extensionBase}${path}`).catch(() => undefined);
    return page;
  };
  return {
    browser,
    extensionBase,
    openTab,
    openExtensionPage,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

/** Resolves once `ready()` holds (outside a test, where `expect.poll` is not available). */
export async function waitUntil(ready: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
