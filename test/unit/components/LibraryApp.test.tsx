// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import LibraryApp from '../../../components/LibraryApp';
import type { ClippingId } from '../../../storage/clipping';
import { createClippingRepository, type ClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { createIncidentRepository } from '../../../storage/incident-repository';
import { sampleClippings } from '../storage/clipping-fixtures';

let db: IncidentLensDatabase;
let repository: ClippingRepository;
const persist = vi.fn(async () => true);

beforeEach(async () => {
  db = openDatabase(`library-${Math.random()}`);
  repository = createClippingRepository(db);
  persist.mockClear();
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

async function renderWith(clippings = sampleClippings(), pageSize = 50) {
  await db.clippings.bulkPut(clippings);
  const view = render(<LibraryApp repository={repository} incidents={createIncidentRepository(db)} requestPersistence={persist} pageSize={pageSize} undoMs={60_000} />);
  await screen.findByRole('search');
  await screen.findByText(/^\d+ found$/); // the whole library is loaded for search
  return view;
}

const rowTitles = () => [...document.querySelectorAll('.clipping-title')].map((el) => el.textContent);

describe('LibraryApp', () => {
  test('the newest page shows before the whole library is loaded for search', async () => {
    await db.clippings.bulkPut(sampleClippings());
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((done) => (finish = done));
    const listAll = repository.listAll;
    vi.spyOn(repository, 'listAll').mockImplementation(async () => {
      await gate;
      return listAll();
    });
    render(<LibraryApp repository={repository} incidents={createIncidentRepository(db)} requestPersistence={persist} pageSize={2} />);
    await waitFor(() => expect(rowTitles()).toHaveLength(2));
    expect(screen.getByText('Clippings: 3')).toBeTruthy();
    expect(screen.getByText('Loading the library for search…')).toBeTruthy();
    finish();
    expect(await screen.findByText('3 found')).toBeTruthy();
    expect(screen.getByText('Page 1 of 2')).toBeTruthy();
  });

  test('an empty library says how to add clippings, and asks for persistent storage', async () => {
    render(<LibraryApp repository={repository} incidents={createIncidentRepository(db)} requestPersistence={persist} />);
    expect(await screen.findByText(/No clippings yet/)).toBeTruthy();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  test('lists clippings newest first with site, date, verdict, kinds and key facts', async () => {
    await renderWith();
    expect(rowTitles()).toEqual(['网络攻击致使英国邮政中断国际寄件', 'Council payment portal offline after ransomware', 'Password tips']);
    const first = document.querySelector('.clipping')! as HTMLElement;
    expect(within(first).getByText('安全应急响应中心')).toBeTruthy();
    expect(within(first).getByText('2023-01-14')).toBeTruthy();
    expect(within(first).getByText('Incident article')).toBeTruthy();
    expect(within(first).getByText('Outage')).toBeTruthy();
    expect(within(first).getByText('Royal Mail')).toBeTruthy();
    expect(within(document.querySelectorAll('.clipping')[2] as HTMLElement).getByText('Not an incident article')).toBeTruthy();
  });

  test.each([
    { query: '皇家邮政', expected: ['网络攻击致使英国邮政中断国际寄件'] },
    { query: 'portal', expected: ['Council payment portal offline after ransomware'] },
    { query: '医院', expected: [] },
  ])('search "$query"', async ({ query, expected }) => {
    await renderWith();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: query } });
    await waitFor(() => expect(rowTitles()).toEqual(expected));
    if (expected.length === 0) expect(screen.getByText('No clipping matches.')).toBeTruthy();
  });

  test('filters by agency and by language', async () => {
    await renderWith();
    fireEvent.change(document.querySelector('select[name="factValue"]')!, { target: { value: 'organization:Royal Mail' } });
    await waitFor(() => expect(rowTitles()).toEqual(['网络攻击致使英国邮政中断国际寄件']));
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    fireEvent.change(document.querySelector('select[name="lang"]')!, { target: { value: 'en' } });
    await waitFor(() => expect(rowTitles()).toHaveLength(2));
  });

  test('pages the list', async () => {
    await renderWith(sampleClippings(), 2);
    expect(rowTitles()).toHaveLength(2);
    expect(screen.getByText('Page 1 of 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Password tips']));
  });

  test('opens a clipping with its facts marked in the category colours, edits and saves it', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: '网络攻击致使英国邮政中断国际寄件' }));
    const view = await waitFor(() => document.querySelector('.clipping-view') as HTMLElement);
    const marks = [...view.querySelectorAll('.clipping-text mark')];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-incident-lens')])).toEqual([
      ['1月10日', 'date'],
      ['皇家邮政', 'organization'],
      ['英国国家网络安全中心', 'agency'],
    ].sort((a, b) => view.textContent!.indexOf(a[0]) - view.textContent!.indexOf(b[0])));
    expect((marks[0] as HTMLElement).style.background).toContain('--il-');
    const note = within(view).getByRole('textbox', { name: 'Note' });
    fireEvent.input(note, { target: { value: '已核实 verified' } });
    fireEvent.click(within(view).getByRole('button', { name: 'Remove “皇家邮政”' }));
    expect(view.querySelectorAll('.clipping-text mark')).toHaveLength(2);
    fireEvent.click(within(view).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => {
      const stored = await db.clippings.where('lang').equals('zh').first();
      expect(stored?.note).toBe('已核实 verified');
      expect(stored?.factValues).not.toContain('organization:Royal Mail');
    });
    await waitFor(() => expect(within(view).getByRole('button', { name: 'Saved' })).toBeTruthy());
    fireEvent.click(within(view).getByRole('button', { name: 'Back to the list' }));
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'verified' } });
    await waitFor(() => expect(rowTitles()).toEqual(['网络攻击致使英国邮政中断国际寄件']));
  });

  test('delete offers undo, and undo brings the clipping back', async () => {
    await renderWith();
    const row = document.querySelectorAll('.clipping')[1] as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(rowTitles()).toHaveLength(2));
    expect(await db.clippings.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    expect(await db.clippings.count()).toBe(3);
  });

  test('a failed edit shows the reason and keeps the edit on screen', async () => {
    await renderWith();
    vi.spyOn(repository, 'update').mockRejectedValueOnce(new Error('The browser has no room left'));
    fireEvent.click(screen.getByRole('button', { name: 'Password tips' }));
    const note = await screen.findByRole('textbox', { name: 'Note' });
    fireEvent.input(note, { target: { value: 'keep this' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toContain('no room left');
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('keep this');
  });

  test('charts draw the timeline and counts as SVG, and a bar filters the list', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('tab', { name: 'Charts' }));
    const timeline = await screen.findByRole('img', { name: 'Saved incidents by incident date' });
    expect(timeline.tagName.toLowerCase()).toBe('svg');
    expect(timeline.querySelectorAll('[data-count="1"]')).toHaveLength(2);
    const agencies = screen.getByRole('img', { name: 'By agency' });
    const bar = agencies.querySelector('[data-label="National Cyber Security Centre"]')!;
    expect(bar.querySelector('rect')).toBeTruthy();
    fireEvent.click(bar);
    await waitFor(() => expect(rowTitles()).toEqual(['网络攻击致使英国邮政中断国际寄件', 'Council payment portal offline after ransomware']));
  });
});

describe('LibraryApp and other writers', () => {
  test('a clipping another writer saves, edits or deletes shows up live, reading only what changed', async () => {
    await renderWith();
    const listAll = vi.spyOn(repository, 'listAll');
    const getMany = vi.spyOn(repository, 'getMany');
    const other = createClippingRepository(db);
    const [extra] = sampleClippings();
    const saved = await other.save({ ...extra, url: 'https://news.example.org/new', title: '新的剪藏 new clipping' });
    await waitFor(() => expect(rowTitles()[0]).toBe('新的剪藏 new clipping'));
    await other.update({ ...saved, title: 'renamed elsewhere' }, saved);
    await waitFor(() => expect(rowTitles()[0]).toBe('renamed elsewhere'));
    await other.remove(saved.id);
    await waitFor(() => expect(rowTitles()).not.toContain('renamed elsewhere'));
    expect(screen.getByText('Clippings: 3')).toBeTruthy();
    expect(listAll).not.toHaveBeenCalled();
    expect(getMany.mock.calls.flatMap(([ids]) => ids).every((id) => id === saved.id)).toBe(true);
  });

  test('the open clipping follows another tab: untouched fields update, the unsaved note stays, a note changed on both sides is reported', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: 'Password tips' }));
    const view = await waitFor(() => document.querySelector('.clipping-view') as HTMLElement);
    const other = createClippingRepository(db);
    const stored = (await db.clippings.get(view.dataset.clippingId as ClippingId))!;
    // Another tab adds a tag while nothing is typed here: the view shows it.
    const tagged = await other.update({ ...stored, tags: [...stored.tags, 'from-b'] }, stored);
    await waitFor(() => expect(view.textContent).toContain('from-b'));
    expect(within(view).getByRole('status').textContent).toContain('tags');
    // The user types a note; another tab changes the title and the note.
    fireEvent.input(within(view).getByRole('textbox', { name: 'Note' }), { target: { value: 'mine' } });
    await other.update({ ...tagged, title: 'Retitled in B', note: 'theirs' }, tagged);
    await waitFor(() => expect((within(view).getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Retitled in B'));
    expect((within(view).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('mine');
    const conflict = view.querySelector('[data-conflict="note"]')!;
    expect(conflict.textContent).toContain('theirs');
    // Saving keeps the user's note over theirs, and the other tab's title and tag.
    fireEvent.click(within(view).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await db.clippings.get(stored.id))?.note).toBe('mine'));
    const after = (await db.clippings.get(stored.id))!;
    expect(after.title).toBe('Retitled in B');
    expect(after.tags).toContain('from-b');
    await waitFor(() => expect(view.querySelector('[data-conflict]')).toBeNull());
    // "Use theirs" takes the other tab's note instead.
    fireEvent.input(within(view).getByRole('textbox', { name: 'Note' }), { target: { value: 'draft' } });
    await other.update({ ...after, note: 'theirs again' }, after);
    fireEvent.click(await within(view).findByRole('button', { name: 'Use theirs' }));
    expect((within(view).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('theirs again');
    // Deleted by another tab: the view stays with what was typed, says so, and cannot save.
    fireEvent.input(within(view).getByRole('textbox', { name: 'Note' }), { target: { value: 'typed before the delete' } });
    await other.remove(stored.id);
    expect((await within(view).findByRole('alert')).textContent).toContain('deleted in another tab');
    expect((within(view).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('typed before the delete');
    expect((within(view).getByRole('button', { name: 'Save changes' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
