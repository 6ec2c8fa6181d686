/**
 * Export and import end to end, in Chromium with the built extension: save three pages from the
 * popup (one with HTML, Markdown, formula and front-matter payloads in its title, text and note),
 * export each format from the library page and check the downloaded files, export the popup's
 * clipping and a selection, then import the JSON into a fresh profile and get the same library;
 * import it again (nothing to do) and import a broken file (refused, library unchanged).
 * Screenshots go to tmp/shots/ for people to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { stixProblems } from '../unit/storage/stix-validator';
import { FIXTURES, ROOT, launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer, type ServedPage } from './harness';

const SHOTS = join(ROOT, 'tmp/shots');
const PAYLOAD: ServedPage = {
  url: 'https://www.bleepingcomputer.com/news/security/payload-injection/',
  file: join(ROOT, 'test/fixtures/pages/payload-injection.html'),
};
const NOTE_PAYLOAD = '<img src=x onerror=alert(1)>\n=1+1\n---\ntitle: "evil"\n[x](javascript:alert(1))';

let server: FixtureServer;
let browser: ExtensionBrowser;
const downloads = mkdtempSync(join(tmpdir(), 'incident-lens-downloads-'));

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer([FIXTURES.wechat, FIXTURES.news, PAYLOAD]);
  browser = await launchWithExtension(server, { colorScheme: 'light' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Clicks `trigger` and returns the file it downloads: its suggested name and bytes. */
async function download(page: Page, trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Exports from the library page's menu in `format`, with `scope` chosen. */
async function exportFrom(library: Page, format: string, scope?: string) {
  const menu = library.locator('.library-transfer .export-menu');
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator('summary').click();
  if (scope) await menu.locator('[data-field="export-scope"]').selectOption(scope);
  const file = await download(library, menu.locator(`[data-format="${format}"]`));
  await expect.poll(() => library.locator('.export-done').getAttribute('data-file')).toBe(file.name);
  return file;
}

/** The clippings of a `json` export, without the export's own time. */
function clippingsOf(bytes: Buffer) {
  return JSON.parse(bytes.toString('utf8')).clippings as Array<Record<string, unknown>>;
}

async function chooseImport(library: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await library.locator('[data-field="import-file"]').setInputFiles(file);
}

describe('export and import', () => {
  let exportedJson: Buffer;

  test('save three pages, export every format from the library and this clipping from the popup', async () => {
    for (const served of [FIXTURES.wechat, FIXTURES.news, PAYLOAD]) {
      const { tabId } = await browser.openTab(served.url);
      const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await expect.poll(() => popup.locator('.fact').count()).toBeGreaterThan(0);
      if (served === PAYLOAD) await popup.getByRole('textbox', { name: 'Note' }).fill(NOTE_PAYLOAD);
      await popup.locator('[data-action="save"]').click();
      await expect.poll(() => popup.locator('[data-action="save"]').textContent()).toBe('Saved');
      if (served === FIXTURES.news) {
        // The popup exports its page's clipping.
        await popup.setViewportSize({ width: 400, height: 900 });
        await popup.locator('.popup-export summary').click();
        await popup.screenshot({ path: join(SHOTS, 'popup-export-en.png'), fullPage: true });
        const note = await download(popup, popup.locator('.popup-export [data-format="markdown"]'));
        expect(note.name).toBe('Northbridge council confirms ransomware attack took payment portal offline.md');
        expect(note.bytes.toString('utf8')).toMatch(/^---\ntitle: "Northbridge council/);
      }
      await popup.close();
    }

    const library = await browser.openExtensionPage('library.html');
    await expect.poll(() => library.locator('.clipping').count()).toBe(3);

    const json = await exportFrom(library, 'json', 'all');
    expect(json.name).toMatch(/^incident-lens-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(json.bytes.toString('utf8'));
    expect(file).toMatchObject({ format: 'incident-lens', formatVersion: 2 });
    expect(file.clippings).toHaveLength(3);
    // Every save links its clipping to an incident (issue 16); the file carries them.
    expect(file.clippings.every((c: { incidentId?: string }) => file.incidents.some((i: { id: string }) => i.id === c.incidentId))).toBe(true);
    expect(file.clippings.find((c: { note: string }) => c.note === NOTE_PAYLOAD)).toBeDefined();
    exportedJson = json.bytes;

    const markdown = await exportFrom(library, 'markdown');
    expect(markdown.name).toMatch(/^incident-lens-\d{4}-\d{2}-\d{2}-markdown\.zip$/);
    const allNotes = unzipSync(new Uint8Array(markdown.bytes));
    // One note per clipping, then one per incident (issue 16), which links its clippings' notes.
    const notes = Object.fromEntries(Object.entries(allNotes).filter(([name]) => !name.startsWith('Incident - ')));
    expect(Object.keys(notes)).toHaveLength(3);
    expect(Object.keys(allNotes).length - 3).toBe(file.incidents.length);
    const renderer = new MarkdownIt({ html: true, linkify: true });
    for (const [name, bytes] of Object.entries(notes)) {
      expect(name).not.toMatch(/[<>:"/\\|?*]/);
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(strFromU8(bytes))!;
      expect(Object.keys(parseYaml(front))).toEqual(['title', 'url', 'site', 'published', 'saved', 'updated', 'incident', 'kinds', 'tags', 'lang', 'clipping']);
      for (const [, tag] of renderer.render(body).matchAll(/<([a-z0-9]+)/g)) expect(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'blockquote', 'code']).toContain(tag);
    }

    const csv = await exportFrom(library, 'csv');
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['clipping title', 'url', 'published', 'category', 'text', 'value', 'status', 'id']);
    expect(rows.some((row) => row[0].includes('医院'))).toBe(true);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^(?:[\t\r]|\s*[=+\-@])/);

    const stix = await exportFrom(library, 'stix');
    const bundle = JSON.parse(stix.bytes.toString('utf8'));
    expect(stixProblems(bundle)).toEqual([]);
    expect(bundle.objects.filter((o: { type: string }) => o.type === 'report')).toHaveLength(3);

    const misp = await exportFrom(library, 'misp');
    expect(JSON.parse(misp.bytes.toString('utf8')).response).toHaveLength(3);

    // The current search result, and a ticked selection.
    await library.getByRole('searchbox').fill('Northbridge');
    await expect.poll(() => library.locator('.clipping').count()).toBe(1);
    expect(clippingsOf((await exportFrom(library, 'json', 'results')).bytes)).toHaveLength(1);
    await library.getByRole('searchbox').fill('');
    await expect.poll(() => library.locator('.clipping').count()).toBe(3);
    await library.locator('.clipping .select-clipping').nth(0).check();
    await library.locator('.clipping .select-clipping').nth(2).check();
    const selected = clippingsOf((await exportFrom(library, 'json', 'selected')).bytes);
    expect(selected).toHaveLength(2);
    await library.locator('.library-transfer .export-menu summary').click(); // open, for the screenshot
    await library.screenshot({ path: join(SHOTS, 'library-export-menu-en.png') });
  });

  test('import into a fresh profile gives the same library; again changes nothing; a broken file is refused', async () => {
    const fresh = await launchWithExtension(server, { colorScheme: 'light' });
    try {
      const library = await fresh.openExtensionPage('library.html');
      await expect.poll(() => library.locator('.empty').count()).toBe(1);
      await chooseImport(library, { name: 'incident-lens.json', mimeType: 'application/json', buffer: exportedJson });
      const dialog = library.locator('.import-dialog');
      await expect.poll(() => dialog.locator('.import-summary').textContent()).toBe('incident-lens.json holds 3 clippings: 3 new, 0 updated, 0 unchanged.');
      await library.screenshot({ path: join(SHOTS, 'library-import-confirm-en.png') });
      await dialog.locator('[data-action="confirm-import"]').click();
      await expect.poll(() => dialog.locator('.import-done').textContent()).toMatch(/^Imported: 3 new, 0 updated from the file, 0 kept from your library \(newer there\), 0 unchanged\./);
      await expect.poll(() => library.locator('.clipping').count()).toBe(3);
      const again = await exportFrom(library, 'json', 'all');
      expect(clippingsOf(again.bytes)).toEqual(clippingsOf(exportedJson));

      // The same file again: nothing to write.
      await chooseImport(library, { name: 'incident-lens.json', mimeType: 'application/json', buffer: exportedJson });
      await expect.poll(() => dialog.locator('.import-summary').textContent()).toBe('incident-lens.json holds 3 clippings: 0 new, 0 updated, 3 unchanged.');
      expect(await dialog.locator('[data-action="confirm-import"]').isDisabled()).toBe(true);
      await dialog.locator('[data-action="cancel-import"]').click();

      // A broken file: the message says what and where; the library is unchanged.
      const broken = JSON.parse(exportedJson.toString('utf8'));
      broken.clippings[1].facts[0].start = 'twelve';
      await chooseImport(library, { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
      await expect.poll(() => dialog.locator('.import-error').textContent()).toMatch(/^The file was not imported, nothing was changed: clippings\[1\]\.facts\[0\]\.start: expected a number, got "twelve"/);
      await library.screenshot({ path: join(SHOTS, 'library-import-refused-en.png') });
      await chooseImport(library, { name: 'cut.json', mimeType: 'application/json', buffer: exportedJson.subarray(0, 2000) });
      await expect.poll(() => dialog.locator('.import-error').textContent()).toMatch(/not valid JSON/);
      await library.reload();
      await expect.poll(() => library.locator('.clipping').count()).toBe(3);
      expect(clippingsOf((await exportFrom(library, 'json', 'all')).bytes)).toEqual(clippingsOf(exportedJson));
    } finally {
      await fresh.close();
    }
  });
});
