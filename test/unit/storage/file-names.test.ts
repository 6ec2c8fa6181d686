import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportClippings } from '../../../storage/export/export-clippings';
import { fileDate, safeFileBase, uniqueFileNames } from '../../../storage/export/file-names';
import { FIXED_NOW, makeClipping, makeDraft, sampleClippings } from './clipping-fixtures';

const NOW = new Date(FIXED_NOW);

describe('file names', () => {
  test.each([
    ['Council: payment portal / offline?', 'Council payment portal offline'],
    ['网络攻击致使英国邮政中断国际寄件', '网络攻击致使英国邮政中断国际寄件'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['...hidden', 'hidden'],
    ['trailing dots...  ', 'trailing dots'],
    ['a\u0000b\u001fc', 'a b c'],
    ['<>:"/\\|?*', 'clipping'],
    [null, 'clipping'],
    ['x'.repeat(300), 'x'.repeat(100)],
    [`${'x'.repeat(99)}😀`, 'x'.repeat(99)],
  ])('safeFileBase(%j) = %j', (title, base) => {
    expect(safeFileBase(title)).toBe(base);
  });

  test('unique names, compared as case-insensitive file systems do', () => {
    expect(uniqueFileNames(['a.md', 'A.md', 'a.md', 'b.md'])).toEqual(['a.md', 'A (2).md', 'a (3).md', 'b.md']);
  });

  test('export files are named by day and format; several Markdown notes come as a zip', () => {
    expect(fileDate(NOW)).toBe('2024-06-01');
    expect(exportClippings(sampleClippings(), 'json', { now: NOW }).name).toBe('incident-lens-2024-06-01.json');
    expect(exportClippings(sampleClippings(), 'csv', { now: NOW }).name).toBe('incident-lens-2024-06-01.csv');
    expect(exportClippings(sampleClippings(), 'stix', { now: NOW }).name).toBe('incident-lens-2024-06-01.stix.json');
    expect(exportClippings(sampleClippings(), 'misp', { now: NOW }).name).toBe('incident-lens-2024-06-01.misp.json');
    const [one] = sampleClippings();
    expect(exportClippings([one], 'markdown', { now: NOW }).name).toBe(`${one.title}.md`);
    const twins = [one, makeClipping(makeDraft({ text: 'x', title: one.title, url: 'https://other.example/' }))];
    const zip = exportClippings(twins, 'markdown', { now: NOW });
    expect(zip.name).toBe('incident-lens-2024-06-01-markdown.zip');
    const files = unzipSync(zip.data as Uint8Array);
    expect(Object.keys(files).sort()).toEqual([`${one.title} (2).md`, `${one.title}.md`].sort());
    expect(strFromU8(files[`${one.title}.md`])).toMatch(/^---\n/);
    // The same export gives the same bytes.
    expect(exportClippings(twins, 'markdown', { now: NOW }).data).toEqual(zip.data);
  });
});
