import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = join(ROOT, 'entrypoints/incident-lens.content/index.ts');

/** Every project file the content script bundles, following relative imports from its entry. */
function bundledFiles(): string[] {
  const seen = new Set<string>();
  const queue = [ENTRY];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm)) {
      const base = resolve(dirname(file), match[1]);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && candidate.match(/\.(ts|tsx|json)$/));
      if (target) queue.push(target);
    }
  }
  return [...seen].map((file) => relative(ROOT, file)).sort();
}

describe('content script bundle', () => {
  const files = bundledFiles();

  test('follows the entry into its own modules', () => {
    expect(files).toEqual(expect.arrayContaining(['entrypoints/incident-lens.content/page-controller.ts', 'entrypoints/incident-lens.content/highlighter.ts']));
  });

  test('imports no engine module beyond the readers, the local screen and the types (the extractors and gazetteers run in the background)', () => {
    const engine = files.filter((file) => file.startsWith('engine/'));
    expect(engine.length).toBeGreaterThan(0);
    const screen = ['engine/classify/', 'engine/facts/find-excluded-zones.ts', 'engine/text-spans.ts'];
    expect(engine.filter((file) => !file.startsWith('engine/read/') && file !== 'engine/types.ts' && !screen.some((allowed) => file.startsWith(allowed)))).toEqual([]);
    expect(engine.filter((file) => /^engine\/(data|gazetteer|entities|dates|indicators)\/|-extractor\.ts$/.test(file))).toEqual([]);
  });

  test('imports no storage or UI module other than the site preferences and the shared palette', () => {
    expect(files.filter((file) => file.startsWith('storage/') || file.startsWith('components/')).sort()).toEqual([
      'components/category-colors.ts',
      'storage/site-preferences.ts',
    ]);
  });

  test('never parses HTML', () => {
    for (const file of files) expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/innerHTML|outerHTML\s*=|insertAdjacentHTML|DOMParser|createContextualFragment/);
  });
});
