/**
 * One palette for fact categories, shared by the page highlights (content script) and the
 * library's clipping view, fact lists and charts, so a fact has the same colour everywhere
 * (the page, the clipping view and the charts agree). Pastels with near-black text for light schemes, deep tones with white text for dark
 * ones; every pair keeps a contrast ratio above 7:1 (test/unit/content/highlight-styles.test.ts).
 * The values are those the content script's highlights were tuned with.
 */
import type { FactCategory } from '../engine/types';

/** Background and text colour of one category's highlight. */
export interface CategoryColor {
  background: string;
  text: string;
}

/** Colour scheme a palette is for. */
export type ColorScheme = 'light' | 'dark';

/** Highlight colours per scheme and category. */
export const CATEGORY_COLORS: Readonly<Record<ColorScheme, Readonly<Record<FactCategory, CategoryColor>>>> = {
  light: {
    organization: { background: '#ffe566', text: '#1a1a1a' },
    service: { background: '#9fd3ff', text: '#1a1a1a' },
    date: { background: '#b5ef9c', text: '#1a1a1a' },
    agency: { background: '#c9b8ff', text: '#1a1a1a' },
    actor: { background: '#ff9e9e', text: '#1a1a1a' },
    malware: { background: '#ffb25c', text: '#1a1a1a' },
    vulnerability: { background: '#ffa3e0', text: '#1a1a1a' },
    indicator: { background: '#d6dade', text: '#1a1a1a' },
  },
  dark: {
    organization: { background: '#5c5600', text: '#ffffff' },
    service: { background: '#0b4a80', text: '#ffffff' },
    date: { background: '#1f5e1a', text: '#ffffff' },
    agency: { background: '#4f2f96', text: '#ffffff' },
    actor: { background: '#8c1420', text: '#ffffff' },
    malware: { background: '#8a3a06', text: '#ffffff' },
    vulnerability: { background: '#7a1a70', text: '#ffffff' },
    indicator: { background: '#4a4f57', text: '#ffffff' },
  },
};

/** The colours of `category` in a scheme. */
export function categoryColor(category: FactCategory, scheme: ColorScheme = 'light'): CategoryColor {
  return CATEGORY_COLORS[scheme][category];
}

/**
 * CSS custom properties `--il-<category>-bg` / `--il-<category>-fg` for both schemes, as style
 * sheet text: extension pages add it once (components/CategoryColorStyle.tsx) so stylesheets and
 * SVG charts use `var(--il-agency-bg)`.
 */
export function categoryColorCss(selector = ':root'): string {
  const rules = (scheme: ColorScheme) =>
    Object.entries(CATEGORY_COLORS[scheme])
      .map(([category, { background, text }]) => `--il-${category}-bg: ${background}; --il-${category}-fg: ${text};`)
      .join(' ');
  return `${selector} { ${rules('light')} }\n@media (prefers-color-scheme: dark) { ${selector} { ${rules('dark')} } }`;
}
