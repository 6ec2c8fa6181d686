import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { highlightCss } from '../../../entrypoints/incident-lens.content/highlight-styles';
import { hasStaticLightSheet, staticHighlightCss } from '../../../entrypoints/incident-lens.content/static-highlight-sheet';

const FILE = join(resolve(import.meta.dirname, '../../..'), 'entrypoints/incident-lens.content/static-highlights.css');

test('static-highlights.css is the light sheet as highlight-styles.ts writes it (UPDATE_GOLDEN=1 rewrites it)', () => {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(FILE, staticHighlightCss());
  const css = readFileSync(FILE, 'utf8');
  expect(css).toBe(staticHighlightCss());
  expect(css).toContain(highlightCss('light'));
});

test.each([
  { name: 'with the static file', css: staticHighlightCss(), expected: true },
  { name: 'without it', css: 'p { color: black; }', expected: false },
])('hasStaticLightSheet: $name → $expected', ({ css, expected }) => {
  const window = new Window({ url: 'https://example.test/' });
  const document = window.document as unknown as Document;
  document.write(`<!doctype html><html><head><style>${css}</style></head><body><p>x</p></body></html>`);
  expect(hasStaticLightSheet(document)).toBe(expected);
});
