/**
 * One palette for fact categories, shared by the page highlights (content script) and the
 * library's clipping view and charts, so a fact has the same colour everywhere (issue #5).
 * Light colours sit behind dark text; dark colours behind light text (prefers-color-scheme: dark).
 */
import type { FactCategory } from '../engine/types';

/** Background and text colour of one category's highlight in one colour scheme. */
export interface CategoryColor {
  /** Highlight background. */
  background: string;
  /** Text on that background. */
  color: string;
}

/** Light-scheme highlight colours per category. */
export const LIGHT_CATEGORY_COLORS: Readonly<Record<FactCategory, CategoryColor>> = {
  organization: { background: '#ffe08a', color: '#1f1f1f' },
  service: { background: '#b9e6c9', color: '#1f1f1f' },
  date: { background: '#c6dafc', color: '#1f1f1f' },
  agency: { background: '#e3c8f5', color: '#1f1f1f' },
  actor: { background: '#ffc4a8', color: '#1f1f1f' },
  malware: { background: '#f7b4b4', color: '#1f1f1f' },
  vulnerability: { background: '#ffd0e6', color: '#1f1f1f' },
  indicator: { background: '#cfd8dc', color: '#1f1f1f' },
};

/** Dark-scheme highlight colours per category. */
export const DARK_CATEGORY_COLORS: Readonly<Record<FactCategory, CategoryColor>> = {
  organization: { background: '#6b5200', color: '#fff8e1' },
  service: { background: '#1e5c3a', color: '#e8f5e9' },
  date: { background: '#1f4a8a', color: '#e8f0fe' },
  agency: { background: '#5b2a7a', color: '#f3e5f5' },
  actor: { background: '#7a3a1c', color: '#fbe9e7' },
  malware: { background: '#7f1f1f', color: '#ffebee' },
  vulnerability: { background: '#7a2450', color: '#fce4ec' },
  indicator: { background: '#3c4a52', color: '#eceff1' },
};

/** The colours of `category` in the given scheme. */
export function categoryColor(category: FactCategory, scheme: 'light' | 'dark' = 'light'): CategoryColor {
  return (scheme === 'dark' ? DARK_CATEGORY_COLORS : LIGHT_CATEGORY_COLORS)[category];
}

/**
 * CSS custom properties `--il-<category>-bg` / `--il-<category>-fg` for both schemes, as a style
 * sheet text: extension pages add it once so stylesheets and SVG charts can use `var(...)`.
 */
export function categoryColorCss(selector = ':root'): string {
  const rules = (palette: Readonly<Record<FactCategory, CategoryColor>>) =>
    Object.entries(palette)
      .map(([category, { background, color }]) => `--il-${category}-bg: ${background}; --il-${category}-fg: ${color};`)
      .join(' ');
  return `${selector} { ${rules(LIGHT_CATEGORY_COLORS)} }\n@media (prefers-color-scheme: dark) { ${selector} { ${rules(DARK_CATEGORY_COLORS)} } }`;
}
