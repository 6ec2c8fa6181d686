/**
 * The export CLI (DESIGN.md "Export and import"), run from the project root without a browser:
 *
 *   npm run --silent export -- --format FORMAT --pages LIST.jsonl [--out PATH] [--now ISO]
 *   npm run --silent export -- --format FORMAT --library FILE.json [--out PATH] [--now ISO]
 *
 * --pages analyses each listed page ({"file": PATH, "url": URL} lines, as `analyze --jsonl`) and
 * exports it as if saved unedited at --now; --library reads a `json` export, validated exactly as
 * the library page's import validates it. Output goes to standard output or --out (a folder for
 * markdown: one note per clipping). Everything is built before anything is written: a page that
 * cannot be read or a file that fails validation exits 1 with one line on standard error, and
 * nothing is written. Bad usage exits 2.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { draftFor, type Clipping, type ClippingId } from '../storage/clipping';
import { indexFieldsOf } from '../storage/clipping-repository';
import { clippingKey } from '../storage/clipping';
import { exportClippings, markdownFiles } from '../storage/export/export-clippings';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../storage/export/export-format';
import { uuidFor } from '../storage/export/entity-ids';
import { readLibraryFile } from '../storage/import/read-library-file';
import type { IncidentRecord } from '../storage/incident';

const USAGE = `usage: npm run --silent export -- --format ${EXPORT_FORMATS.join('|')} (--pages LIST.jsonl | --library FILE.json) [--out PATH] [--now ISO]`;

interface Command {
  format: ExportFormat;
  source: { pages: string } | { library: string };
  out: string | null;
  now: Date;
}

class InputError extends Error {}

function parseArgs(args: readonly string[]): Command | string {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return '';
    if (!['--format', '--pages', '--library', '--out', '--now'].includes(arg)) return `unknown argument ${arg}`;
    const value = args[++i];
    if (value === undefined) return `${arg} needs a value`;
    values.set(arg, value);
  }
  const format = values.get('--format');
  if (!format) return '--format is required';
  if (!isExportFormat(format)) return `unknown format "${format}" (one of ${EXPORT_FORMATS.join(', ')})`;
  const pages = values.get('--pages');
  const library = values.get('--library');
  if ((pages === undefined) === (library === undefined)) return 'give exactly one of --pages LIST.jsonl and --library FILE.json';
  const nowText = values.get('--now');
  // The CLI is the edge of the system: it may read the clock and hands `now` to the builders.
  const now = nowText === undefined ? new Date() : new Date(nowText);
  if (Number.isNaN(now.getTime())) return `--now: not a date: ${nowText}`;
  return { format, source: pages !== undefined ? { pages } : { library: library! }, out: values.get('--out') ?? null, now };
}

function resolveEntryPath(path: string, listDir: string): string {
  if (isAbsolute(path)) return path;
  const besideList = resolve(listDir, path);
  return existsSync(besideList) ? besideList : resolve(path);
}

/** Each listed page analysed and kept as the library would keep it, saved unedited at `now`. */
async function clippingsOfPages(list: string, now: Date): Promise<Clipping[]> {
  if (!existsSync(list)) throw new InputError(`${list}: no such file`);
  // The engine and the page reader load only here: --library needs neither.
  const [{ analyzeArticle }, { readPageArticle }] = await Promise.all([import('../engine/analyze-article'), import('./analyze-page')]);
  const lines = readFileSync(list, 'utf8').split('\n');
  const clippings: Clipping[] = [];
  const keys = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const where = `${list}:${i + 1}`;
    let entry: { file?: unknown; url?: unknown };
    try {
      entry = JSON.parse(lines[i]) as typeof entry;
    } catch {
      throw new InputError(`${where}: not a JSON line`);
    }
    if (typeof entry.file !== 'string') throw new InputError(`${where}: the line has no "file"`);
    const file = resolveEntryPath(entry.file, dirname(resolve(list)));
    if (!existsSync(file)) throw new InputError(`${where}: no such file: ${entry.file}`);
    const url = typeof entry.url === 'string' ? entry.url : null;
    const article = await readPageArticle(readFileSync(file, 'utf8'), url);
    if (!article) throw new InputError(`${where}: no article found in ${entry.file}`);
    const draft = draftFor(article, analyzeArticle(article, { now }));
    const key = clippingKey(draft);
    // One clipping per article, as in the library: a page listed twice is saved once.
    if (keys.has(key)) continue;
    keys.add(key);
    const time = now.getTime();
    clippings.push({ ...draft, ...indexFieldsOf(draft), id: uuidFor(`clipping:${key}`) as ClippingId, key, savedAt: time, updatedAt: time });
  }
  return clippings;
}

function clippingsOfLibrary(file: string): { clippings: Clipping[]; incidents: IncidentRecord[] } {
  if (!existsSync(file)) throw new InputError(`${file}: no such file`);
  const result = readLibraryFile(readFileSync(file, 'utf8'));
  if (!result.ok) throw new InputError(`${file}: ${result.error}`);
  return { clippings: result.clippings, incidents: result.incidents };
}

function fail(message: string, code: number): never {
  process.stderr.write(`export: ${message}\n`);
  if (code === 2) process.stderr.write(`${USAGE}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const command = parseArgs(process.argv.slice(2));
  if (typeof command === 'string') {
    if (command === '') {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    fail(command, 2);
  }
  let clippings: Clipping[];
  let incidents: IncidentRecord[] = [];
  try {
    if ('pages' in command.source) clippings = await clippingsOfPages(command.source.pages, command.now);
    else ({ clippings, incidents } = clippingsOfLibrary(command.source.library));
  } catch (error) {
    if (error instanceof InputError) fail(error.message, 1);
    throw error;
  }
  const { out, format, now } = command;
  if (format === 'markdown' && out !== null) {
    if (existsSync(out) && !statSync(out).isDirectory()) fail(`--out ${out}: for markdown, --out is a folder`, 2);
    const notes = markdownFiles(clippings, incidents);
    mkdirSync(out, { recursive: true });
    for (const note of notes) writeFileSync(join(out, note.name), note.text);
    return;
  }
  const file = exportClippings(clippings, format, { now, incidents });
  if (out === null) {
    process.stdout.write(file.data);
    return;
  }
  const target = existsSync(out) && statSync(out).isDirectory() ? join(out, file.name) : out;
  writeFileSync(target, file.data);
}

await main();
