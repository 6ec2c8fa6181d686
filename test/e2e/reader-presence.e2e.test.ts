/**
 * The worker stays warm while a reader is on a listed page (reader-presence.ts), in Chromium with
 * the built extension, against Chromium's real idle stop: two browsers side by side read the same
 * news article; in one the reader stays on it, in the other the reader leaves for a page the
 * extension does not run on. 45 s later each opens an incident article. Where the reader stayed,
 * the worker that analysed the first article is still the one running; where the reader left,
 * Chromium stopped it after its 30 s of idleness and the next article had to start it again.
 *
 * Driven with puppeteer-core over the DevTools protocol and never attached to the worker: a
 * debugger attached to a service worker keeps it running (Playwright attaches to every worker,
 * which is why the other e2e tests cannot see an idle stop).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { EXTENSION_DIR, FIXTURES, highlightTextsInPage, startFixtureServer, type FixtureServer } from './harness';
import { ELSEWHERE_PAGE, launchUnattached, runningWorkerIds, type UnattachedBrowser } from './unattached-browser';

const PAUSE_MS = 45_000;

interface Reader extends UnattachedBrowser {
  profile: string;
  /** Workers running once the next article was highlighted. */
  runningAfter: number;
  /** Every service worker target id seen, in order, and whether none was running at some poll. */
  workers: string[];
  stoppedOnce: boolean;
  poll?: ReturnType<typeof setInterval>;
}

let server: FixtureServer;

async function launchReader(): Promise<Reader> {
  const profile = mkdtempSync(join(tmpdir(), 'incident-lens-presence-'));
  const reader: Reader = { ...(await launchUnattached(server, EXTENSION_DIR, profile)), profile, runningAfter: 0, workers: [], stoppedOnce: false };
  reader.poll = setInterval(() => {
    void runningWorkerIds(reader)
      .then((running) => {
        if (running.length === 0) reader.stoppedOnce = true;
        for (const id of running) if (reader.workers.at(-1) !== id) reader.workers.push(id);
      })
      .catch(() => undefined);
  }, 1_000);
  return reader;
}

/** Milliseconds from navigation to the first registered highlight of `url`. */
async function openArticle(page: Page, url: string): Promise<number> {
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 30_000, polling: 20 });
  return Date.now() - started;
}

async function closeReader(reader: Reader): Promise<void> {
  clearInterval(reader.poll);
  await reader.browser.close();
  rmSync(reader.profile, { recursive: true, force: true });
}

describe('a reader on a news page keeps the worker warm for the next article', () => {
  let stayed: Reader;
  let left: Reader;
  const nextArticle: { stayed: number; left: number } = { stayed: 0, left: 0 };

  beforeAll(async () => {
    server = await startFixtureServer([FIXTURES.news, FIXTURES.wechat, ELSEWHERE_PAGE]);
    [stayed, left] = await Promise.all([launchReader(), launchReader()]);
    // Both read the same incident article: its analysis runs in each worker.
    await Promise.all([openArticle(stayed.page, FIXTURES.news.url), openArticle(left.page, FIXTURES.news.url)]);
    await left.page.goto(ELSEWHERE_PAGE.url);
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    nextArticle.stayed = await openArticle(stayed.page, FIXTURES.wechat.url);
    nextArticle.left = await openArticle(left.page, FIXTURES.wechat.url);
    for (const reader of [stayed, left]) reader.runningAfter = (await runningWorkerIds(reader)).length;
    console.log(`next article after a ${PAUSE_MS / 1000} s pause: reader stayed ${nextArticle.stayed} ms, reader left ${nextArticle.left} ms`);
  }, PAUSE_MS + 120_000);

  afterAll(async () => {
    await Promise.all([stayed && closeReader(stayed), left && closeReader(left)]);
    await server?.close();
  });

  test('where the reader stayed, the worker that read the first article is still running', () => {
    expect(stayed.workers.length).toBe(1);
    expect(stayed.stoppedOnce).toBe(false);
    expect(stayed.runningAfter).toBe(1);
  });

  test('where the reader left, Chromium stopped the idle worker and the next article started it again', () => {
    expect(left.stoppedOnce).toBe(true);
    // Chromium may give the restarted worker its old target id: what counts is that one runs again.
    expect(left.runningAfter).toBe(1);
  });

  test('both next articles are highlighted', async () => {
    for (const reader of [stayed, left]) {
      const highlights = await reader.page.evaluate(highlightTextsInPage, 'incident-lens-');
      expect(Object.values(highlights).flat().length).toBeGreaterThan(0);
    }
  });
});
