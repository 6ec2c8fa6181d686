// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import LibraryApp from '../../../components/LibraryApp';
import PopupExport from '../../../components/PopupExport';
import { createInlineTransfer } from '../../../components/inline-transfer';
import { createClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { createIncidentRepository } from '../../../storage/incident-repository';
import { buildLibraryJson } from '../../../storage/export/library-file';
import { FIXED_NOW, makeClipping, makeDraft, sampleClippings } from '../storage/clipping-fixtures';

let db: IncidentLensDatabase;
let downloads: Array<{ name: string; blob: Blob }>;

beforeEach(() => {
  db = openDatabase(`transfer-${Math.random()}`);
  downloads = [];
  // The browser's side of a download: the blob handed to an <a download>, caught here.
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

async function renderLibrary(clippings = sampleClippings()) {
  await db.clippings.bulkPut(clippings);
  render(<LibraryApp repository={createClippingRepository(db)} incidents={createIncidentRepository(db)} requestPersistence={async () => true} transfer={createInlineTransfer(db)} />);
  await screen.findByText(`${clippings.length} found`);
}

function chooseFile(text: string, name = 'library.json') {
  const input = document.querySelector('[data-field="import-file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('library export and import', () => {
  test('exports the ticked clippings as JSON, named by day', async () => {
    await renderLibrary();
    const boxes = screen.getAllByRole('checkbox', { name: 'Select for export' });
    fireEvent.click(boxes[0]);
    fireEvent.click(boxes[2]);
    expect((screen.getByRole('combobox', { name: 'Clippings to export' }) as HTMLSelectElement).value).toBe('selected');
    fireEvent.click(document.querySelector('[data-format="json"]')!);
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toMatch(/^incident-lens-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await downloads[0].blob.text());
    expect(file.clippings).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Select none' }));
    fireEvent.click(screen.getByRole('button', { name: 'Select all (3)' }));
    expect(screen.getAllByRole('checkbox', { name: 'Select for export' }).every((box) => (box as HTMLInputElement).checked)).toBe(true);
  });

  test('import: the summary first, nothing written until confirmed, then the list shows the new clipping', async () => {
    const library = sampleClippings();
    await renderLibrary(library);
    const extra = makeClipping(makeDraft({ text: 'Port of Example hit by ransomware.', url: 'https://news.example.org/port', title: 'Port outage' }), FIXED_NOW);
    chooseFile(buildLibraryJson([...library.slice(1), extra], { now: new Date(FIXED_NOW) }));
    expect(await screen.findByText('library.json holds 3 clippings: 1 new, 0 updated, 2 unchanged.')).toBeTruthy();
    expect(await db.clippings.count()).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported: 1 new, 0 updated from the file, 0 kept from your library \(newer there\), 2 unchanged\./)).toBeTruthy();
    expect(await screen.findByText('Port outage')).toBeTruthy();
    expect(await db.clippings.count()).toBe(4);
  });

  test('a broken file is refused with what and where; the library is unchanged', async () => {
    await renderLibrary();
    const broken = buildLibraryJson(sampleClippings(), { now: new Date(FIXED_NOW) }).replace(/"start":\d+/, '"start":"3"');
    chooseFile(broken, 'broken.json');
    expect((await screen.findByRole('alert')).textContent).toBe('The file was not imported, nothing was changed: clippings[1].facts[0].start: expected a number, got "3" ×');
    expect(await db.clippings.count()).toBe(3);
  });

  test('an empty library offers Import', async () => {
    render(<LibraryApp repository={createClippingRepository(db)} incidents={createIncidentRepository(db)} requestPersistence={async () => true} transfer={createInlineTransfer(db)} />);
    await screen.findByText('Clippings: 0');
    chooseFile(buildLibraryJson(sampleClippings(), { now: new Date(FIXED_NOW) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText('3 found')).toBeTruthy();
  });
});

describe('popup export', () => {
  test.each([
    ['markdown', /^网络攻击致使英国邮政中断国际寄件\.md$/, /^---\ntitle: "网络攻击致使英国邮政中断国际寄件"/],
    ['stix', /^incident-lens-2024-06-01\.stix\.json$/, /"type": "bundle"/],
    ['csv', /^incident-lens-2024-06-01\.csv$/, /^\uFEFF"clipping title"/],
  ])('exports the page\'s clipping as %s', async (format, name, content) => {
    const [royal] = sampleClippings();
    render(<PopupExport clipping={royal} now={() => new Date(FIXED_NOW)} />);
    fireEvent.click(document.querySelector(`[data-format="${format}"]`)!);
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toMatch(name);
    const bytes = new Uint8Array(await downloads[0].blob.arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toMatch(content);
  });
});
