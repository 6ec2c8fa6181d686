import { describe, expect, test } from 'vitest';
import { CATEGORY_COLORS, categoryColor, categoryColorCss } from '../../../components/category-colors';
import { FACT_CATEGORIES } from '../../../engine/types';
import { HIGHLIGHT_COLOURS } from '../../../entrypoints/incident-lens.content/highlight-styles';

describe('category palette', () => {
  test('the library paints facts in the page highlight colours, light and dark', () => {
    // One palette, not two copies kept in step: the content script uses this very object.
    expect(HIGHLIGHT_COLOURS).toBe(CATEGORY_COLORS);
  });

  test.each(FACT_CATEGORIES)('%s has a colour in both schemes and a CSS variable for each', (category) => {
    expect(categoryColor(category, 'light').background).toMatch(/^#[0-9a-f]{6}$/);
    expect(categoryColor(category, 'dark').background).not.toBe(categoryColor(category, 'light').background);
    const css = categoryColorCss();
    expect(css).toContain(`--il-${category}-bg: ${CATEGORY_COLORS.light[category].background};`);
    expect(css).toContain(`--il-${category}-bg: ${CATEGORY_COLORS.dark[category].background};`);
  });

  test('dark colours only apply under prefers-color-scheme: dark', () => {
    const css = categoryColorCss();
    const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
    expect(darkAt).toBeGreaterThan(css.indexOf(CATEGORY_COLORS.light.agency.background));
    expect(css.indexOf(CATEGORY_COLORS.dark.agency.background)).toBeGreaterThan(darkAt);
  });
});
