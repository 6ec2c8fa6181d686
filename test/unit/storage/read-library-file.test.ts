import { describe, expect, test } from 'vitest';
import { buildLibraryJson } from '../../../storage/export/library-file';
import { readLibraryFile } from '../../../storage/import/read-library-file';
import { FIXED_NOW, sampleClippings } from './clipping-fixtures';

const GOOD = buildLibraryJson(sampleClippings(), { now: new Date(FIXED_NOW) });

/** The good file, changed by `edit` on its parsed form. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases break the file in ways its type forbids
function edited(edit: (file: Record<string, any>) => void): string {
  const file = JSON.parse(GOOD);
  edit(file);
  return JSON.stringify(file);
}

describe('reading a library file', () => {
  test('a good file gives its clippings, with progress', () => {
    const progress: number[] = [];
    const result = readLibraryFile(GOOD, { onProgress: (done) => progress.push(done), chunk: 2 });
    expect(result.ok && result.clippings.map((c) => c.title)).toEqual(sampleClippings().map((c) => c.title).reverse());
    expect(progress).toEqual([2, 3]);
  });

  test.each([
    { name: 'empty', text: '', error: 'the file is empty' },
    { name: 'truncated', text: GOOD.slice(0, GOOD.length / 2), error: /^not valid JSON \(truncated or damaged\?\)/ },
    { name: 'not JSON', text: 'hello world', error: /^not valid JSON/ },
    { name: 'Markdown', text: '---\ntitle: "x"\n---\n# x\n', error: 'this is a Markdown file, not an Incident Lens JSON export' },
    { name: 'CSV', text: '\uFEFF"clipping title","url"\r\n"a","b"\r\n', error: 'this looks like a CSV file, not an Incident Lens JSON export' },
    { name: 'STIX bundle', text: '{"type":"bundle","id":"bundle--1","objects":[]}', error: /STIX bundle/ },
    { name: 'MISP event', text: '{"Event":{"info":"x"}}', error: /MISP event/ },
    { name: 'a JSON list', text: '[1,2]', error: 'expected a JSON object with "format": "incident-lens"' },
    { name: 'another format', text: '{"format":"hypothesis","formatVersion":1}', error: 'format: expected "incident-lens", got "hypothesis"' },
    { name: 'a newer formatVersion', text: edited((f) => (f.formatVersion = 3)), error: /^formatVersion: the file has version 3, newer than this Incident Lens reads \(2\)/ },
    { name: 'formatVersion as text', text: edited((f) => (f.formatVersion = '1')), error: 'formatVersion: expected 1 or 2, got "1"' },
    { name: 'no clippings', text: edited((f) => delete f.clippings), error: 'clippings: expected a list, got nothing (the key is missing)' },
    { name: 'an offset as text', text: edited((f) => (f.clippings[1].facts[2].start = '12')), error: 'clippings[1].facts[2].start: expected a number, got "12"' },
    { name: 'a missing field', text: edited((f) => delete f.clippings[0].note), error: 'clippings[0].note: the key is missing' },
    { name: 'an unknown field', text: edited((f) => (f.clippings[0].script = 'x')), error: 'clippings[0].script: unknown key' },
    { name: 'a wrong category', text: edited((f) => (f.clippings[2].facts[0].category = 'weapon')), error: /^clippings\[2\].facts\[0\]\.category: expected one of "organization", "service", .*, got "weapon"$/ },
    { name: '__proto__ key', text: GOOD.replace('"tags":[', '"__proto__":{"polluted":true},"tags":['), error: 'clippings[0].__proto__: the key "__proto__" is not allowed' },
    { name: 'constructor key in attrs', text: edited((f) => (f.clippings[2].facts[0].attrs = { constructor: 'x' })), error: 'clippings[2].facts[0].attrs.constructor: the key "constructor" is not allowed' },
    { name: 'an oversized string', text: edited((f) => (f.clippings[0].note = 'x'.repeat(200_001))), error: 'clippings[0].note: too long: 200001 items or characters, at most 200000' },
    { name: 'an oversized list', text: edited((f) => (f.clippings[0].tags = Array.from({ length: 501 }, (_, i) => `t${i}`))), error: 'clippings[0].tags: too long: 501 items or characters, at most 500' },
    { name: 'an offset past the text', text: edited((f) => (f.clippings[2].facts[1].end = 10_000)), error: /^clippings\[2\].facts\[1\]\.end: offset 10000 is past the end of the text \(\d+ characters\)$/ },
    { name: 'start after end', text: edited((f) => (f.clippings[2].facts[1].start = f.clippings[2].facts[1].end + 1)), error: /^clippings\[2\].facts\[1\]\.start: start \d+ is after end \d+$/ },
    { name: 'a negative offset', text: edited((f) => (f.clippings[2].facts[0].start = -1)), error: 'clippings[2].facts[0].start: expected at least 0, got -1' },
    { name: 'a bad timestamp', text: edited((f) => (f.clippings[2].savedAt = 'yesterday')), error: /^clippings\[2\]\.savedAt: expected an ISO timestamp/ },
    { name: 'a score out of range', text: edited((f) => (f.clippings[0].incident.score = 7)), error: 'clippings[0].incident.score: expected at most 1, got 7' },
    { name: 'the same id twice', text: edited((f) => (f.clippings[1].id = f.clippings[0].id)), error: 'clippings[1].id: the same id as clippings[0]' },
    { name: 'the same article twice', text: edited((f) => (f.clippings[1].url = f.clippings[0].url)), error: 'clippings[1].url: the same article as clippings[0]' },
  ])('refuses $name', ({ text, error }) => {
    const result = readLibraryFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(typeof error === 'string' ? new RegExp(`^${error.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : error);
  });

  test('a __proto__ key does not reach any prototype', () => {
    readLibraryFile(GOOD.replace('"tags":[', '"__proto__":{"polluted":true},"tags":['));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
