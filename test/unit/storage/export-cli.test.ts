import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { stixProblems } from './stix-validator';

const ROOT = resolve(__dirname, '../../..');
const LIST = 'test/fixtures/pages/export-list.jsonl';
const NOW = '2026-12-06T10:00:00.000Z';
const work = mkdtempSync(join(tmpdir(), 'export-cli-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the export CLI the way `npm run export` does (tsx), from the project root. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('export CLI', () => {
  const libraryPath = join(work, 'library.json');

  test('--pages → json: one clipping per page, saved at --now; --library json gives the same bytes', () => {
    const first = runCli(['--format', 'json', '--pages', LIST, '--now', NOW]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const file = JSON.parse(first.stdout);
    expect(file).toMatchObject({ format: 'incident-lens', formatVersion: 2, exportedAt: NOW });
    expect(file.clippings).toHaveLength(4);
    expect(file.clippings.every((c: { savedAt: string }) => c.savedAt === NOW)).toBe(true);
    // A note with payloads of every kind, as a user might paste.
    file.clippings[3].note = '<img src=x onerror=alert(1)>\n=1+1\n---\ntitle: "evil"\n[x](javascript:alert(1))';
    writeFileSync(libraryPath, JSON.stringify(file));
    // Read and written again in the product's layout; from there, json → json is byte for byte.
    const again = runCli(['--format', 'json', '--library', libraryPath, '--now', NOW]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(file);
    writeFileSync(libraryPath, again.stdout);
    expect(runCli(['--format', 'json', '--library', libraryPath, '--now', NOW]).stdout).toBe(again.stdout);
  });

  test('markdown --out FOLDER: one note per clipping; payloads stay text', () => {
    const out = join(work, 'notes');
    expect(runCli(['--format', 'markdown', '--library', libraryPath, '--out', out, '--now', NOW]).status).toBe(0);
    const names = readdirSync(out);
    expect(names).toHaveLength(4);
    const markdownIt = new MarkdownIt({ html: true, linkify: true });
    for (const name of names) {
      expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(out, name), 'utf8'))!;
      expect(Object.keys(parseYaml(front))).toEqual(['title', 'url', 'site', 'published', 'saved', 'updated', 'incident', 'kinds', 'tags', 'lang', 'clipping']);
      const tags = new Set([...markdownIt.render(body).matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
      for (const tag of tags) expect(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'blockquote', 'code']).toContain(tag);
    }
    const payload = names.find((name) => name.startsWith('=HYPERLINK'))!;
    const meta = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(out, payload), 'utf8'))![1]);
    expect(meta.title).toMatch(/^=HYPERLINK\("http:\/\/evil\.example","x"\) <img src=x onerror=alert\(1\)> \[click\]\(javascript:alert\(1\)\)"\ninjected: true$/);
    expect(meta.site).toBe('---\nevil: yes');
  });

  test('csv: BOM, no cell a spreadsheet would run', () => {
    const { status, stdout } = runCli(['--format', 'csv', '--library', libraryPath]);
    expect(status).toBe(0);
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(stdout.slice(1), { skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^(?:[\t\r]|\s*[=+\-@])/);
  });

  test('stix: a valid bundle; misp: an event per clipping', () => {
    const stix = runCli(['--format', 'stix', '--pages', LIST, '--now', NOW]);
    expect(stix.status).toBe(0);
    const bundle = JSON.parse(stix.stdout);
    expect(stixProblems(bundle)).toEqual([]);
    expect(bundle.objects.filter((o: { type: string }) => o.type === 'report')).toHaveLength(4);
    const misp = runCli(['--format', 'misp', '--library', libraryPath]);
    expect(misp.status).toBe(0);
    expect(JSON.parse(misp.stdout).response).toHaveLength(4);
  });

  test.each([
    { name: 'truncated', edit: (text: string) => text.slice(0, 500), error: /not valid JSON/ },
    { name: '__proto__ key', edit: (text: string) => text.replace('"tags":[', '"__proto__":{},"tags":['), error: /clippings\[0\]\.__proto__: the key "__proto__" is not allowed/ },
    { name: 'offset outside the text', edit: (text: string) => text.replace(/"end":\d+/, '"end":99999999'), error: /clippings\[0\]\.facts\[0\]\.end: offset 99999999 is past the end/ },
  ])('a broken library file ($name): exit 1, one line saying what and where, nothing written', ({ edit, error }) => {
    const broken = join(work, 'broken.json');
    writeFileSync(broken, edit(readFileSync(libraryPath, 'utf8')));
    const out = join(work, 'never.csv');
    const { status, stdout, stderr } = runCli(['--format', 'csv', '--library', broken, '--out', out]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(error);
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    { name: 'no format', args: ['--pages', LIST] },
    { name: 'bad --now', args: ['--format', 'json', '--pages', LIST, '--now', 'soon'] },
  ])('bad usage exits 2: $name', ({ args }) => {
    const { status, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage:/);
  });

  test('a page that cannot be read: exit 1 naming the list line', () => {
    const { status, stderr } = runCli(['--format', 'json', '--pages', 'test/fixtures/pages/list.jsonl']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/list\.jsonl:2: no such file: does-not-exist\.html/);
  });
});
