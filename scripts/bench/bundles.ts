/**
 * Browser bundles injected into benchmark pages: the peers (Readability and mark.js ship browser
 * builds; chrono-node is bundled here as an IIFE) and our own page probe (reader, engine and
 * highlighter in one IIFE), so every figure is measured in the same page, freshly injected.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../test/e2e/harness';

/** Source text of each bundle; `probe` is null when our modules do not build yet. */
export interface BenchBundles {
  readability: string;
  markjs: string;
  chrono: string;
  probe: string | null;
  probeError: string | null;
}

/** Bundles `entry` (a file, or source text resolved from a folder) as one minified browser IIFE; `plugins` may swap sources. */
export async function iife(entry: { contents: string; resolveDir: string } | string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { ...entry, loader: 'ts' } }),
    plugins,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Builds (or reads) every bundle. */
export async function buildBundles(): Promise<BenchBundles> {
  const readability = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const markjs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const chrono = await iife({
    contents: "import * as chrono from 'chrono-node'; (globalThis as any).__chrono = chrono;",
    resolveDir: ROOT,
  });
  let probe: string | null = null;
  let probeError: string | null = null;
  try {
    probe = await iife(join(import.meta.dirname, 'page-probe.ts'));
  } catch (error) {
    probeError = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error);
  }
  return { readability, markjs, chrono, probe, probeError };
}
