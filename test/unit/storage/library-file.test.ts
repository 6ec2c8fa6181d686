import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { FACT_CATEGORIES } from '../../../engine/types';
import { quoteSelector, type Clipping, type ClippingFact } from '../../../storage/clipping';
import { createClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { buildLibraryJson, fromLibraryClipping, toLibraryClipping } from '../../../storage/export/library-file';
import { createTransferOperations } from '../../../storage/export/library-transfer';
import { applyImport } from '../../../storage/import/apply-import';
import { planImport } from '../../../storage/import/plan-import';
import { readLibraryFile } from '../../../storage/import/read-library-file';
import { FIXED_NOW, makeClipping, makeDraft, sampleClippings } from './clipping-fixtures';

const NOW = new Date(FIXED_NOW);
let dbCount = 0;
const open: IncidentLensDatabase[] = [];

function freshDb(): IncidentLensDatabase {
  const db = openDatabase(`library-file-test-${++dbCount}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** Imports a file's text into `db` as the library page does: read, plan, apply. */
async function importText(db: IncidentLensDatabase, text: string) {
  const read = readLibraryFile(text);
  if (!read.ok) throw new Error(read.error);
  const plan = planImport(await db.clippings.toArray(), read.clippings);
  await applyImport(db, plan);
  return plan;
}

const textArb = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '皇', '家', '邮', '政', '😀', '"', '\\', '<', '=', 'é'), minLength: 0, maxLength: 80 });

const clippingArb: fc.Arbitrary<Clipping> = fc
  .record({
    text: textArb,
    url: fc.webUrl(),
    canonical: fc.option(fc.webUrl(), { nil: null }),
    title: fc.option(fc.string(), { nil: null }),
    site: fc.option(fc.string(), { nil: null }),
    published: fc.option(fc.constantFrom('2024-05-16', '2023-01', '2024-05-16T08:00:00+08:00'), { nil: null }),
    lang: fc.constantFrom('en', 'zh', 'und'),
    note: fc.string(),
    tags: fc.uniqueArray(fc.string({ maxLength: 10 }), { maxLength: 4 }),
    isIncident: fc.boolean(),
    score: fc.double({ min: 0, max: 1, noNaN: true }),
    kinds: fc.uniqueArray(fc.constantFrom('ransomware', 'breach', 'ddos', 'outage'), { maxLength: 3 }),
    savedAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
    edited: fc.integer({ min: 0, max: 1_000_000 }),
    spans: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        category: fc.constantFrom(...FACT_CATEGORIES),
        value: fc.string(),
        id: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        attrs: fc.option(fc.dictionary(fc.constantFrom('status', 'type', 'zh', 'relative'), fc.string()), { nil: undefined }),
        origin: fc.constantFrom('engine' as const, 'user' as const),
      }),
      { maxLength: 5 },
    ),
  })
  .map((r) => {
    const facts: ClippingFact[] = r.spans.map((s) => {
      const start = r.text.length ? s.a % (r.text.length + 1) : 0;
      const end = start + (r.text.length ? s.b % (r.text.length - start + 1) : 0);
      return {
        category: s.category,
        text: r.text.slice(start, end),
        start,
        end,
        value: s.value,
        ...(s.id !== undefined ? { id: s.id } : {}),
        ...(s.attrs !== undefined ? { attrs: s.attrs } : {}),
        selector: quoteSelector(r.text, start, end),
        origin: s.origin,
      };
    });
    const draft = makeDraft({
      text: r.text,
      url: r.url,
      canonicalUrl: r.canonical,
      title: r.title,
      site: r.site,
      published: r.published,
      lang: r.lang,
      note: r.note,
      tags: r.tags,
      incident: { isIncident: r.isIncident, score: r.score, kinds: r.kinds, reasons: [r.note.slice(0, 5)] },
      facts,
    });
    const clipping = makeClipping(draft, r.savedAt);
    return { ...clipping, updatedAt: r.savedAt + r.edited };
  });

/** Libraries: clippings with unique ids and unique articles, as the database holds them. */
const libraryArb = fc.uniqueArray(clippingArb, { maxLength: 8, selector: (c) => c.key }).map((clippings) => clippings.map((c, i) => ({ ...c, id: `id-${i}-${c.id}` as Clipping['id'] })));

describe('json library file', () => {
  test('any library → export → import into an empty database → export gives the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb, async (library) => {
        const first = buildLibraryJson(library, { now: NOW });
        const db = freshDb();
        await importText(db, first);
        const again = buildLibraryJson(await createClippingRepository(db).listAll(), { now: NOW });
        expect(again).toBe(first);
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  test('every field a clipping holds is in the file, derived index fields are derived again', () => {
    for (const clipping of sampleClippings()) {
      const item = toLibraryClipping(clipping);
      expect(Object.keys(item)).toEqual(['id', 'url', 'canonicalUrl', 'title', 'site', 'published', 'lang', 'savedAt', 'updatedAt', 'incident', 'tags', 'note', 'facts', 'text']);
      expect(fromLibraryClipping(item)).toEqual(clipping);
    }
  });

  test('the envelope describes itself', () => {
    const file = JSON.parse(buildLibraryJson(sampleClippings(), { now: NOW }));
    expect(file).toMatchObject({ format: 'incident-lens', formatVersion: 2, exportedAt: '2024-06-01T00:00:00.000Z', incidents: [] });
    expect(file.clippings).toHaveLength(3);
  });

  test('importing the same file twice changes nothing', async () => {
    const db = freshDb();
    const text = buildLibraryJson(sampleClippings(), { now: NOW });
    const first = await importText(db, text);
    expect(first.added).toHaveLength(3);
    const before = await db.clippings.toArray();
    const second = await importText(db, text);
    expect(second).toEqual({ added: [], updated: [], keptLocal: 0, unchanged: 3 });
    expect(await db.clippings.toArray()).toEqual(before);
  });

  test('a clipping in both: the newer updatedAt wins, counted per side; matched by article when ids differ', async () => {
    const db = freshDb();
    const [royal, council, advice] = sampleClippings();
    await db.clippings.bulkPut([royal, { ...council, note: 'library edit', updatedAt: FIXED_NOW + 5_000 }, advice]);
    const incoming = [
      { ...royal, note: 'newer in the file', updatedAt: FIXED_NOW + 9_000 },
      { ...council, note: 'older in the file', updatedAt: FIXED_NOW + 1_000 },
      { ...advice, id: 'another-profile-id' as Clipping['id'], note: 'same article, other id', updatedAt: FIXED_NOW + 9_000 },
      makeClipping(makeDraft({ text: 'New article', url: 'https://news.example.org/new' })),
    ];
    const plan = await importText(db, buildLibraryJson(incoming, { now: NOW }));
    expect({ added: plan.added.length, updated: plan.updated.length, keptLocal: plan.keptLocal, unchanged: plan.unchanged }).toEqual({ added: 1, updated: 2, keptLocal: 1, unchanged: 0 });
    const notes = Object.fromEntries((await db.clippings.toArray()).map((c) => [c.id, c.note]));
    expect(notes[royal.id]).toBe('newer in the file');
    expect(notes[council.id]).toBe('library edit');
    expect(notes['another-profile-id']).toBe('same article, other id');
    expect(notes[advice.id]).toBeUndefined();
    expect(await db.clippings.count()).toBe(4);
  });

  test('all or nothing: a write the browser refuses leaves the library as it was', async () => {
    const db = freshDb();
    const [royal] = sampleClippings();
    await db.clippings.put(royal);
    const read = readLibraryFile(buildLibraryJson(sampleClippings().slice(1), { now: NOW }));
    if (!read.ok) throw new Error(read.error);
    const plan = planImport([royal], read.clippings);
    // The second row repeats the first one's article: the unique key index refuses it mid-transaction.
    plan.added.push({ ...plan.added[0], id: 'duplicate-article' as Clipping['id'] });
    await expect(applyImport(db, plan)).rejects.toThrow(/Nothing was imported/);
    expect(await db.clippings.toArray()).toEqual([royal]);
  });

  test('an oversized file is refused before it is read', async () => {
    const operations = createTransferOperations(freshDb(), { maxImportBytes: 2 * 1024 * 1024 });
    const big = new Blob(['x'.repeat(3 * 1024 * 1024)]);
    expect(await operations.prepareImport(big)).toEqual({ ok: false, error: 'the file is 3 MB, more than the 2 MB an import reads' });
  });
});
