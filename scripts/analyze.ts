/**
 * The analysis CLI (DESIGN.md "Analysis CLI"), run from the project root on saved pages:
 *
 *   npm run --silent analyze -- PAGE.html [--url URL]     one Analysis as JSON
 *   npm run --silent analyze -- --jsonl LIST.jsonl        one Analysis (or {"error"}) per line
 *
 * LIST.jsonl lines are {"file": PATH, "url": URL}; PATH is resolved against the list's folder,
 * then the current directory. Without a URL a page is read at its own canonical address
 * (`<link rel=canonical>` or `og:url`), and standard error says which. Bad usage or a missing input file exits with code 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { analyzePageFile } from './analyze-page';

const USAGE = `usage: npm run --silent analyze -- PAGE.html [--url URL]
       npm run --silent analyze -- --jsonl LIST.jsonl`;

type Command = { mode: 'page'; file: string; url: string | null } | { mode: 'jsonl'; list: string };

/** Parses the arguments, or returns an error message. */
function parseArgs(args: readonly string[]): Command | string {
  let url: string | null = null;
  let list: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--url' || arg === '--jsonl') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--url') url = value;
      else list = value;
    } else if (arg === '-h' || arg === '--help') {
      return '';
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  if (list !== null) {
    if (files.length > 0 || url !== null) return '--jsonl takes no page or --url';
    return { mode: 'jsonl', list };
  }
  if (files.length !== 1) return 'give exactly one PAGE.html (or --jsonl LIST.jsonl)';
  return { mode: 'page', file: files[0], url };
}

function fail(message: string): never {
  if (message) process.stderr.write(`analyze: ${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

/** Resolves a list entry's path: relative to the list's folder first, then to the current directory. */
function resolveEntryPath(path: string, listDir: string): string {
  if (isAbsolute(path)) return path;
  const besideList = resolve(listDir, path);
  return existsSync(besideList) ? besideList : resolve(path);
}

async function runList(list: string, now: Date): Promise<void> {
  const lines = readFileSync(list, 'utf8').split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    let output: unknown;
    try {
      const entry = JSON.parse(line) as { file?: unknown; url?: unknown };
      if (typeof entry.file !== 'string') throw new Error('line has no "file"');
      const url = typeof entry.url === 'string' ? entry.url : null;
      output = await analyzePageFile(resolveEntryPath(entry.file, dirname(resolve(list))), url, now, (own) =>
        process.stderr.write(`analyze: ${entry.file as string} has no "url"; reading as ${own ?? 'a generic page'}\n`),
      );
    } catch (error) {
      output = { error: error instanceof Error ? error.message : String(error) };
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
}

async function main(): Promise<void> {
  const command = parseArgs(process.argv.slice(2));
  if (typeof command === 'string') fail(command);
  // The CLI is the edge of the system: it may read the clock and hands `now` to the engine.
  const now = new Date();
  if (command.mode === 'jsonl') {
    if (!existsSync(command.list)) fail(`no such file: ${command.list}`);
    await runList(command.list, now);
    return;
  }
  if (!existsSync(command.file)) fail(`no such file: ${command.file}`);
  try {
    const analysis = await analyzePageFile(command.file, command.url, now, (own) =>
      process.stderr.write(own ? `analyze: no --url; reading as ${own} (the page's canonical address)\n` : 'analyze: no --url and the page names no address of its own; reading it as a generic page\n'),
    );
    process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

await main();
