import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The manifest's content script, which every listed page compiles in its first task: it only imports the first stage a task later. */
const ENTRY = join(ROOT, 'entrypoints/incident-lens.content/index.ts');
/** The first stage, which every listed page loads. */
const FIRST_STAGE = join(ROOT, 'entrypoints/incident-lens-first.ts');
/** The classifier screen, loaded on pages with incident cues. */
const SCREEN = join(ROOT, 'entrypoints/incident-lens-screen.ts');
/** The second stage, loaded only on pages that need it. */
const SECOND_STAGE = join(ROOT, 'entrypoints/incident-lens-page.ts');

/** Every project file a script bundles, following relative imports from its entry. */
function bundledFiles(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
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

describe("content script: the manifest's script only schedules", () => {
  test('bundles nothing but the stages\' hand-over (the first stage is its own script, imported a task later)', () => {
    expect(bundledFiles(ENTRY)).toEqual(['entrypoints/incident-lens.content/index.ts', 'entrypoints/incident-lens.content/second-stage.ts']);
  });
});

describe('content script: the first stage stays small', () => {
  const files = bundledFiles(FIRST_STAGE);

  test('reads the article and checks the cue words', () => {
    expect(files).toEqual(expect.arrayContaining(['entrypoints/incident-lens.content/first-stage.ts', 'entrypoints/incident-lens.content/has-incident-cue.ts', 'engine/read/read-article.ts']));
  });

  test('bundles no part of the second stage: no controller, screen, highlighter, overlay or painter', () => {
    const second = files.filter((file) => /page-controller|fact-painter|highlighter|overlay|highlight-styles|pointer-tracker|legend-counts|article-change|content-strings|engine\/classify\//.test(file));
    expect(second).toEqual([]);
  });

  test('imports no storage or UI module other than the site switch (the news list goes to the manifest, wxt.config.ts)', () => {
    expect(files.filter((file) => file.startsWith('storage/') || file.startsWith('components/')).sort()).toEqual(['storage/site-preferences.ts']);
  });

  test('never parses HTML', () => {
    for (const file of files) expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/innerHTML|outerHTML\s*=|insertAdjacentHTML|DOMParser|createContextualFragment/);
  });
});

describe('content script: the screen', () => {
  test('bundles the classifier screen and nothing of the page controller', () => {
    const files = bundledFiles(SCREEN);
    expect(files).toContain('engine/classify/screen-incident.ts');
    expect(files.filter((file) => file.startsWith('entrypoints/') && !/incident-lens-screen\.ts$|second-stage\.ts$/.test(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith('engine/') && !/^engine\/(classify\/|facts\/find-excluded-zones\.ts|facts\/victims\/victim-evidence\.ts|text-spans\.ts|types\.ts)/.test(file))).toEqual([]);
  });
});

describe('content script: the second stage', () => {
  const files = bundledFiles(SECOND_STAGE);

  test('does not bundle the screen again (the first stage hands it over)', () => {
    expect(files.filter((file) => file.startsWith('engine/classify/'))).toEqual([]);
  });

  test("follows the entry into the content script's modules", () => {
    expect(files).toEqual(expect.arrayContaining(['entrypoints/incident-lens.content/page-controller.ts', 'entrypoints/incident-lens.content/highlighter.ts']));
  });

  test('does not bundle the readers or the cue words again (the first stage hands them over)', () => {
    expect(files.filter((file) => file === 'engine/read/read-article.ts' || file.endsWith('has-incident-cue.ts'))).toEqual([]);
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
