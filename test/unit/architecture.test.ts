/**
 * Architecture test (refined-github's build/features.test.ts): catches drift between files and
 * registries and between folders and the rules of DESIGN.md / STYLE.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (pattern.test(name)) out.push(full);
    }
  };
  walk(join(ROOT, dir));
  return out;
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
}

const sourceFiles = ['engine', 'messaging', 'storage', 'components', 'entrypoints', 'scripts'].flatMap((d) => filesUnder(d, /\.(ts|tsx)$/));

describe('the engine stands alone', () => {
  test.each(filesUnder('engine', /\.ts$/).map((f) => ({ file: relative(ROOT, f), full: f })))('$file imports nothing outside engine/', ({ full }) => {
    for (const spec of importsOf(full)) {
      if (!spec.startsWith('.')) {
        expect(spec, 'only these packages may be used by the engine').toMatch(/^(chrono-node)(\/|$)/);
        continue;
      }
      const target = resolve(dirname(full), spec);
      expect(relative(join(ROOT, 'engine'), target).startsWith('..'), `${spec} leaves engine/`).toBe(false);
    }
  });
});

describe('registries list every file of their kind', () => {
  test('every *-extractor.ts is in engine/facts/extractors.ts, once', () => {
    const registry = readFileSync(join(ROOT, 'engine/facts/extractors.ts'), 'utf8');
    const files = readdirSync(join(ROOT, 'engine/facts')).filter((f) => f.endsWith('-extractor.ts'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const name = basename(file, '.ts').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      expect(registry, `${file} must be imported by the registry`).toContain(`./${basename(file, '.ts')}`);
      expect(registry.match(new RegExp(`\\b${name}\\b`, 'g'))?.length, `${name} listed`).toBeGreaterThanOrEqual(2);
    }
  });

  test('every *-reader.ts is in engine/read/read-article.ts', () => {
    const registry = readFileSync(join(ROOT, 'engine/read/read-article.ts'), 'utf8');
    for (const file of readdirSync(join(ROOT, 'engine/read')).filter((f) => f.endsWith('-reader.ts'))) {
      expect(registry).toContain(`./${basename(file, '.ts')}`);
    }
  });
});

describe('entrypoints wire, they do not think', () => {
  const entryFiles = filesUnder('entrypoints', /^(index\.ts|main\.tsx)$/);
  test.each(entryFiles.map((f) => ({ file: relative(ROOT, f), full: f })))('$file is thin', ({ full }) => {
    const source = readFileSync(full, 'utf8');
    const code = source.split('\n').filter((l) => l.trim() && !l.trim().startsWith('//') && !l.trim().startsWith('*') && !l.trim().startsWith('/*'));
    expect(code.length, 'an entrypoint only wires modules together').toBeLessThanOrEqual(45);
    expect(source, 'no control flow in an entrypoint').not.toMatch(/\b(for|while|switch)\s*\(/);
  });

  test('the content script bundle does not pull in the engine (it runs in the background), only its readers and classifier screen', () => {
    for (const file of filesUnder('entrypoints/incident-lens.content', /\.tsx?$/)) {
      for (const spec of importsOf(file)) {
        if (!spec.includes('engine/')) continue;
        expect(spec, `${relative(ROOT, file)} imports ${spec}`).toMatch(/engine\/(read\/|types|classify\/screen-incident$)/);
      }
    }
  });
});

describe('components do not reach into entrypoints', () => {
  test.each(filesUnder('components', /\.(ts|tsx)$/).map((f) => ({ file: relative(ROOT, f), full: f })))('$file imports nothing from entrypoints/', ({ full }) => {
    for (const spec of importsOf(full)) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(full), spec);
      expect(relative(join(ROOT, 'entrypoints'), target).startsWith('..'), `${spec} is an entrypoint's module`).toBe(true);
    }
  });
});

describe('components follow the house style', () => {
  const components = readdirSync(join(ROOT, 'components')).filter((f) => f.endsWith('.tsx'));
  test.each(components)('%s: one default-exported component with documented props', (file) => {
    const source = readFileSync(join(ROOT, 'components', file), 'utf8');
    const name = basename(file, '.tsx');
    expect(name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    expect(source).toMatch(new RegExp(`export default function ${name}\\b`));
    expect(source).toMatch(new RegExp(`export type ${name}Props\\b`));
  });
});

describe('no HTML from strings, no strings as code', () => {
  test.each(sourceFiles.map((f) => ({ file: relative(ROOT, f), full: f })))('$file', ({ full }) => {
    const source = readFileSync(full, 'utf8');
    expect(source).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/);
  });
});
