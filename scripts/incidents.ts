/**
 * The incidents CLI (issue 16), run from the project root without a browser:
 *
 *   npm run --silent incidents -- --pages LIST.jsonl [--now ISO]
 *
 * Saves the listed pages in order into an empty library, accepting every incident proposal, and
 * prints one JSON line per page: {"file", "incident": ID, "victims": [English names]} (or
 * {"file", "error"}). LIST.jsonl lines are as for `analyze --jsonl`: {"file": PATH, "url": URL};
 * PATH is resolved against the list's folder, then the current directory. Bad usage or a missing
 * list exits with code 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { PageToLink } from './link-pages';

const USAGE = 'usage: npm run --silent incidents -- --pages LIST.jsonl [--now ISO]';

function fail(message: string): never {
  process.stderr.write(`incidents: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function resolveEntryPath(path: string, listDir: string): string {
  if (isAbsolute(path)) return path;
  const besideList = resolve(listDir, path);
  return existsSync(besideList) ? besideList : resolve(path);
}

/** The list's pages, read lazily in order; a bad line becomes an error entry. */
async function* pagesOf(list: string): AsyncGenerator<PageToLink | { file: string; error: string }> {
  const lines = readFileSync(list, 'utf8').split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    let entry: { file?: unknown; url?: unknown };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      yield { file: line, error: 'not a JSON line' };
      continue;
    }
    if (typeof entry.file !== 'string') {
      yield { file: line, error: 'the line has no "file"' };
      continue;
    }
    const path = resolveEntryPath(entry.file, dirname(resolve(list)));
    if (!existsSync(path)) {
      yield { file: entry.file, error: `no such file: ${entry.file}` };
      continue;
    }
    const html = readFileSync(path, 'utf8');
    const url = typeof entry.url === 'string' ? entry.url : null;
    yield { file: entry.file, html, url };
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let list: string | null = null;
  let now = new Date();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    if (arg !== '--pages' && arg !== '--now') fail(`unknown argument ${arg}`);
    const value = args[++i];
    if (value === undefined) fail(`${arg} needs a value`);
    if (arg === '--pages') list = value;
    else {
      now = new Date(value);
      if (Number.isNaN(now.getTime())) fail(`--now ${value} is not a date`);
    }
  }
  if (list === null) fail('give --pages LIST.jsonl');
  if (!existsSync(list)) fail(`${list}: no such file`);
  // The engine, the page reader and the database load only once the arguments are good.
  const [{ linkPages }, { victimsOfClipping }] = await Promise.all([import('./link-pages'), import('../storage/incident')]);
  const pages: Array<PageToLink | { file: string; error: string }> = [];
  for await (const page of pagesOf(list)) pages.push(page);
  const { pages: linked } = await linkPages(pages, now);
  for (const page of linked) {
    const line = 'error' in page ? { file: page.file, error: page.error } : { file: page.file, incident: page.incidentId, victims: victimsOfClipping(page.clipping).map((victim) => victim.en) };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

await main();
