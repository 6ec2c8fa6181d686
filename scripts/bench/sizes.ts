/**
 * Bundle sizes: every JavaScript file of the built extension, raw and gzip, grouped by the
 * entrypoint that loads it (content script, background, popup, library, other pages).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built script. */
export interface ScriptSize {
  file: string;
  raw: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Sizes of every .js file under `outputDir`, largest gzip first. */
export function scriptSizes(outputDir: string): ScriptSize[] {
  return walk(outputDir)
    .filter((path) => path.endsWith('.js'))
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(outputDir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** The scripts an HTML entrypoint loads (module scripts and modulepreloads), relative to the output. */
export function scriptsOfPage(outputDir: string, html: string): string[] {
  const source = readFileSync(join(outputDir, html), 'utf8');
  const found = [...source.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(found)];
}
