/**
 * Two library tabs and a popup open on the same clipping stay live, end to end in Chromium with the
 * built extension (issue 15, item 2): a note saved in tab A shows in tab B and in the popup without a
 * reload; tags saved in B reach A without losing the note A is typing; the same note changed on both
 * sides is reported, not overwritten blindly; a delete in A empties B's list and turns the popup's
 * "Saved" back into "Save".
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, ROOT, launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';

describe('live views across tabs', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer([FIXTURES.news]);
    browser = await launchWithExtension(server, { colorScheme: 'light' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the library in a new tab on the one clipping's view. */
  async function openView(): Promise<{ library: Page; view: Locator }> {
    const library = await browser.openExtensionPage('library.html');
    await expect.poll(() => library.locator('.clipping').count()).toBe(1);
    await library.locator('.clipping-title').click();
    const view = library.locator('.clipping-view');
    await expect.poll(() => view.count()).toBe(1);
    return { library, view };
  }
  const noteOf = (where: Locator | Page) => where.getByRole('textbox', { name: 'Note' }).inputValue();
  const saveButton = (popup: Page) => popup.locator('[data-action="save"]');

  test('edits in one tab show in the others without a reload; nobody loses unsaved typing; a delete reaches every view', async () => {
    const { tabId } = await browser.openTab(FIXTURES.news.url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => saveButton(popup).textContent(), { timeout: 30_000 }).toBe('Save');
    await saveButton(popup).click();
    await expect.poll(() => saveButton(popup).textContent()).toBe('Saved');

    const a = await openView();
    const b = await openView();
    const list = await browser.openExtensionPage('library.html');
    await expect.poll(() => list.locator('.clipping').count()).toBe(1);

    // A saves a note: B's open view and the popup show it, no reload.
    await a.view.getByRole('textbox', { name: 'Note' }).fill('note from A');
    await a.view.locator('[data-action="save-changes"]').click();
    await expect.poll(() => a.view.locator('[data-action="save-changes"]').textContent()).toBe('Saved');
    await expect.poll(() => noteOf(b.view)).toBe('note from A');
    await expect.poll(() => b.view.locator('[data-live="changed"]').textContent()).toContain('note');
    await expect.poll(() => noteOf(popup)).toBe('note from A');
    expect(await saveButton(popup).textContent()).toBe('Saved');

    // A types a note it has not saved; B adds a tag and saves: A shows the tag and keeps its typing.
    await a.view.getByRole('textbox', { name: 'Note' }).fill('A is still typing');
    await b.view.getByRole('combobox', { name: 'Add a tag' }).fill('from-b');
    await b.view.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
    await b.view.locator('[data-action="save-changes"]').click();
    await expect.poll(() => b.view.locator('[data-action="save-changes"]').textContent()).toBe('Saved');
    await expect.poll(() => a.view.locator('.tag').allTextContents()).toEqual(['from-b×']);
    expect(await noteOf(a.view)).toBe('A is still typing');
    await expect.poll(() => popup.locator('.tag').allTextContents()).toEqual(['from-b×']);
    await expect.poll(() => list.locator('.clipping .tag').allTextContents()).toEqual(['#from-b']);

    // B changes the note too: A is told, keeps its own text, and its save keeps B's tag.
    await b.view.getByRole('textbox', { name: 'Note' }).fill('note from B');
    await b.view.locator('[data-action="save-changes"]').click();
    await expect.poll(() => a.view.locator('[data-conflict="note"]').textContent()).toContain('note from B');
    expect(await noteOf(a.view)).toBe('A is still typing');
    // For people to look at: the conflict as tab A shows it, and the popup after B's changes.
    mkdirSync(join(ROOT, 'tmp/shots'), { recursive: true });
    await a.library.screenshot({ path: join(ROOT, 'tmp/shots/live-conflict-library-en.png') });
    await popup.screenshot({ path: join(ROOT, 'tmp/shots/live-changed-popup-en.png') });
    await a.view.locator('[data-action="save-changes"]').click();
    await expect.poll(() => a.view.locator('[data-action="save-changes"]').textContent()).toBe('Saved');
    await expect.poll(() => noteOf(b.view)).toBe('A is still typing');
    expect(await b.view.locator('.tag').allTextContents()).toEqual(['from-b×']);

    // A deletes: the list tab empties, B says so (and keeps the view), the popup offers Save again.
    await a.view.locator('[data-action="delete"]').click();
    await expect.poll(() => list.locator('.clipping').count()).toBe(0);
    await expect.poll(() => b.view.locator('[data-live="deleted"]').count()).toBe(1);
    await b.view.getByRole('button', { name: 'Back to the list' }).click();
    await expect.poll(() => b.library.locator('.clipping').count()).toBe(0);
    await expect.poll(() => saveButton(popup).textContent()).toBe('Save');
    await expect.poll(() => popup.locator('[data-live="deleted"]').count()).toBe(1);
  });
});
