/**
 * Chromium for the benchmark: the e2e harness's switches (test/e2e/harness.ts), but the extension
 * is loaded from a private copy of the build, so another build of `.output` (an e2e run in the
 * same tree) cannot change the extension under a running benchmark.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, type FixtureServer } from '../../test/e2e/harness';
import { makeTempDir } from './temp-dirs';

/** Copies the built extension to a temporary folder and returns that folder. */
export function snapshotExtension(): string {
  const dir = join(makeTempDir('ext'), 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

/** A benchmark browser. */
export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The profile folder. */
  profileDir: string;
  /** Opens an extension page such as `library.html`. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Where the profile lives and which extension (null: none) is loaded. */
export interface BenchLaunchOptions {
  extensionDir: string | null;
  /** A profile to reuse (kept on close); a fresh one is made and removed otherwise. */
  profileDir?: string;
  /** Wait for the extension's service worker before returning (default true). */
  awaitWorker?: boolean;
  /** Also open a debugging port (its address in the profile's DevToolsActivePort), for CDP on the worker's target. */
  debuggingPort?: boolean;
}

/** Launches headless Chromium; every host name resolves to `server`. */
export async function launchBench(server: FixtureServer, options: BenchLaunchOptions): Promise<BenchBrowser> {
  const profile = options.profileDir ?? makeTempDir('profile');
  const args = [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--ignore-certificate-errors',
    `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`,
  ];
  if (options.debuggingPort) args.push('--remote-debugging-port=0');
  if (options.extensionDir) args.push(`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    viewport: { width: 1200, height: 900 },
  });
  let extensionId = '';
  if (options.extensionDir && (options.awaitWorker ?? true)) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    profileDir: profile,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
