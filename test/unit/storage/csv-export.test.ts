import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { buildCsv, CSV_COLUMNS, neutraliseCell } from '../../../storage/export/csv-export';
import { makeClipping, makeDraft, sampleClippings } from './clipping-fixtures';

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('CSV export', () => {
  test('UTF-8 with BOM, a header, one row per fact; Chinese as is', () => {
    const rows = parse(buildCsv(sampleClippings()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const royal = rows.filter((row) => row[1] === 'https://mp.weixin.qq.com/s?sn=royal');
    expect(royal).toHaveLength(3);
    expect(royal[0]).toEqual(['网络攻击致使英国邮政中断国际寄件', 'https://mp.weixin.qq.com/s?sn=royal', '2023-01-14', 'organization', '皇家邮政', 'Royal Mail', '', '']);
    expect(new TextEncoder().encode(buildCsv([])).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  test('a clipping without facts still has its row', () => {
    const rows = parse(buildCsv([makeClipping(makeDraft({ text: 'Nothing here.', title: 'Empty' }))]));
    expect(rows).toEqual([[...CSV_COLUMNS], ['Empty', 'https://news.example.org/a', '2024-05-16', '', '', '', '', '']]);
  });

  test.each([
    ['=HYPERLINK("http://evil.example","click")', true],
    ['+1+cmd|" /C calc"!A0', true],
    ['-2+3', true],
    ['@SUM(A1:A2)', true],
    ['\t=1+1', true],
    ['\r=1+1', true],
    ['   =1+1', true],
    [' \u00a0@cmd', true],
    ['Royal Mail', false],
    ['a=b', false],
    ['', false],
  ])('cell %j neutralised: %s', (value, neutralised) => {
    expect(neutraliseCell(value)).toBe(neutralised ? `'${value}` : value);
  });

  test('formula payloads in title, url, text and value reach the sheet as text', () => {
    const payload = '=cmd|" /C calc"!A0';
    const clipping = makeClipping(makeDraft({ text: `Before ${payload} after "quoted", and a\nnew line.`, title: `  +${payload}`, url: '@https://x.example' }, [['organization', payload]]));
    const rows = parse(buildCsv([clipping]));
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^(?:[\t\r]|\s*[=+\-@])/);
    expect(rows[1]).toEqual([`'  +${payload}`, "'@https://x.example", '2024-05-16', 'organization', `'${payload}`, `'${payload}`, '', '']);
  });

  test('quotes, commas and new lines survive quoting', () => {
    const text = 'He said "hi, there"\nand left.';
    const clipping = makeClipping(makeDraft({ text, title: 'a, "b"\nc' }, [['organization', 'He said "hi, there"\nand']]));
    const rows = parse(buildCsv([clipping]));
    expect(rows[1][0]).toBe('a, "b"\nc');
    expect(rows[1][4]).toBe('He said "hi, there"\nand');
  });
});
