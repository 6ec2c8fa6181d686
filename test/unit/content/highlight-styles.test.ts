import { describe, expect, test } from 'vitest';
import { FACT_CATEGORIES } from '../../../engine/types';
import {
  detectPageTone,
  HIGHLIGHT_COLOURS,
  highlightCss,
  parseCssColour,
  relativeLuminance,
  type PageTone,
} from '../../../entrypoints/incident-lens.content/highlight-styles';

function hex(value: string) {
  const n = parseInt(value.slice(1), 16);
  return { r: n >> 16, g: (n >> 8) & 255, b: n & 255 };
}

function contrast(a: string, b: string): number {
  const [x, y] = [relativeLuminance(hex(a)), relativeLuminance(hex(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe.each(['light', 'dark'] as PageTone[])('%s colours', (tone) => {
  test.each([...FACT_CATEGORIES])('%s text is legible on its highlight (contrast ≥ 7)', (category) => {
    const { background, text } = HIGHLIGHT_COLOURS[tone][category];
    expect(contrast(background, text)).toBeGreaterThanOrEqual(7);
  });
  test('the eight backgrounds are distinct colours', () => {
    const backgrounds = FACT_CATEGORIES.map((c) => hex(HIGHLIGHT_COLOURS[tone][c].background));
    for (let i = 0; i < backgrounds.length; i++) {
      for (let j = i + 1; j < backgrounds.length; j++) {
        const a = backgrounds[i];
        const b = backgrounds[j];
        const distance = Math.hypot(a.r - b.r, a.g - b.g, a.b - b.b);
        expect(distance, `${FACT_CATEGORIES[i]} vs ${FACT_CATEGORIES[j]}`).toBeGreaterThan(40);
      }
    }
  });
  test('the sheet styles every ::highlight name and its <mark> fallback', () => {
    const css = highlightCss(tone);
    for (const category of FACT_CATEGORIES) {
      expect(css).toContain(`::highlight(incident-lens-${category})`);
      expect(css).toContain(`mark[data-incident-lens="${category}"]`);
    }
  });
});

describe('page tone', () => {
  test.each([
    { backgrounds: ['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)'], canvasIsDark: false, tone: 'light' },
    { backgrounds: ['rgb(18, 18, 18)', 'rgb(255, 255, 255)'], canvasIsDark: false, tone: 'dark' },
    { backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(32, 33, 36)'], canvasIsDark: false, tone: 'dark' },
    { backgrounds: ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], canvasIsDark: false, tone: 'light' },
    { backgrounds: ['rgba(0, 0, 0, 0)', 'transparent'], canvasIsDark: true, tone: 'dark' },
    { backgrounds: ['rgb(250, 249, 245)'], canvasIsDark: true, tone: 'light' },
    { backgrounds: ['rgb(160, 160, 160)'], canvasIsDark: false, tone: 'light' },
    { backgrounds: ['rgb(90, 90, 90)'], canvasIsDark: false, tone: 'dark' },
  ] as { backgrounds: string[]; canvasIsDark: boolean; tone: PageTone }[])('$backgrounds (dark canvas: $canvasIsDark) → $tone', ({ backgrounds, canvasIsDark, tone }) => {
    expect(detectPageTone(backgrounds, canvasIsDark)).toBe(tone);
  });
  test.each([
    { value: 'rgb(1, 2, 3)', parsed: { r: 1, g: 2, b: 3 } },
    { value: 'rgba(1, 2, 3, 0.9)', parsed: { r: 1, g: 2, b: 3 } },
    { value: 'rgb(1 2 3 / 80%)', parsed: { r: 1, g: 2, b: 3 } },
    { value: 'rgba(1, 2, 3, 0.1)', parsed: null },
    { value: 'transparent', parsed: null },
  ])('parseCssColour($value)', ({ value, parsed }) => {
    expect(parseCssColour(value)).toEqual(parsed);
  });
});
