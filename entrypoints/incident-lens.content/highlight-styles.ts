/**
 * Colours of the highlights, one per fact category, for light and dark pages, and the stylesheet
 * that applies them. The sheet is a constructable CSSStyleSheet adopted by the document: it styles
 * `::highlight(incident-lens-<category>)` (DESIGN.md) and the `<mark>` fallback without adding a
 * single node to the page.
 */
import { CATEGORY_COLORS, type CategoryColor, type ColorScheme } from '../../components/category-colors';
import { FACT_CATEGORIES, type FactCategory } from '../../engine/types';

/** Background and text colour of one category's highlight. */
export type HighlightColour = CategoryColor;

/** Page tone the colours are chosen for. */
export type PageTone = ColorScheme;

/** The highlight name of a category (DESIGN.md contract). */
export function highlightName(category: FactCategory): string {
  return `incident-lens-${category}`;
}

/** The highlight of the fact the card is showing. */
export const FOCUS_HIGHLIGHT = 'incident-lens-focus';

/**
 * Services the article says were not affected: painted over their category's highlight (a higher
 * priority), so they stay in `incident-lens-service` (DESIGN.md) yet read differently on the page —
 * a pale background with a dashed underline instead of the solid colour.
 */
export const UNAFFECTED_HIGHLIGHT = 'incident-lens-unaffected';

/** The look of an unaffected service per tone; contrast of text on background above 7:1. */
export const UNAFFECTED_STYLE: Readonly<Record<PageTone, { background: string; text: string; line: string }>> = {
  light: { background: '#eef6fd', text: '#1a1a1a', line: '#1a6fb8' },
  dark: { background: '#1b2733', text: '#e8eaed', line: '#7cb8ee' },
};

/** The one palette shared with the library (components/category-colors.ts). */
export const HIGHLIGHT_COLOURS = CATEGORY_COLORS;

/** Parses `rgb()`/`rgba()` as computed styles give them; null when transparent or unknown. */
export function parseCssColour(value: string): { r: number; g: number; b: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]) };
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The tone of a page from the computed backgrounds of body and html (first opaque one wins), read
 * once. A page that paints no background shows the browser's canvas: dark only when the page opts
 * into a dark colour-scheme and the user prefers dark.
 */
export function detectPageTone(backgrounds: string[], canvasIsDark: boolean): PageTone {
  for (const value of backgrounds) {
    const colour = parseCssColour(value);
    if (colour) return relativeLuminance(colour) < 0.2 ? 'dark' : 'light';
  }
  return canvasIsDark ? 'dark' : 'light';
}

/** Reads the tone of `doc` (one getComputedStyle per element, no layout). */
export function readPageTone(doc: Document): PageTone {
  const view = doc.defaultView;
  if (!view) return 'light';
  const elements = [doc.body, doc.documentElement].filter((el): el is HTMLElement => el !== null);
  const backgrounds = elements.map((el) => view.getComputedStyle(el).backgroundColor);
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return detectPageTone(backgrounds, prefersDark && /dark/.test(scheme));
}

/** The CSS text of the page sheet for a tone. */
export function highlightCss(tone: PageTone): string {
  const rules: string[] = [];
  for (const category of FACT_CATEGORIES) {
    const { background, text } = HIGHLIGHT_COLOURS[tone][category];
    rules.push(
      `::highlight(${highlightName(category)}) { background-color: ${background}; color: ${text}; }`,
      `mark[data-incident-lens="${category}"] { background-color: ${background}; color: ${text}; padding: 0; border-radius: 2px; }`,
    );
  }
  const unaffected = UNAFFECTED_STYLE[tone];
  const dashed = `underline dashed 2px ${unaffected.line}`;
  rules.push(
    `::highlight(${UNAFFECTED_HIGHLIGHT}) { background-color: ${unaffected.background}; color: ${unaffected.text}; text-decoration: ${dashed}; text-underline-offset: 3px; }`,
    `mark[data-incident-lens="service"][data-incident-lens-status="unaffected"] { background-color: ${unaffected.background}; color: ${unaffected.text}; text-decoration: ${dashed}; text-underline-offset: 3px; }`,
  );
  const focus = tone === 'dark' ? '#ffffff' : '#1a1a1a';
  rules.push(
    `::highlight(${FOCUS_HIGHLIGHT}) { text-decoration: underline 2px ${focus}; text-underline-offset: 3px; }`,
    `mark[data-incident-lens][data-incident-lens-focus] { outline: 2px solid ${focus}; outline-offset: 1px; }`,
  );
  return rules.join('\n');
}

/**
 * Builds (but does not adopt) the highlight sheet for `doc`, or null where constructable sheets are
 * missing. Parsing the rules is split from adopting them so the content script can do it while the
 * worker analyses, off the paint's critical path.
 */
export function createHighlightSheet(doc: Document, tone: PageTone): CSSStyleSheet | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || !('adoptedStyleSheets' in doc)) return null;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(highlightCss(tone));
  return sheet;
}

/** Adopts `sheet` into `doc` and returns the function that removes it again (a no-op for null). */
export function adoptSheet(doc: Document, sheet: CSSStyleSheet | null): () => void {
  if (!sheet) return () => undefined;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * Adopts the highlight sheet into `doc` and returns the function that removes it again.
 * Constructable sheets change no node, so the page's DOM stays as the site built it.
 */
export function adoptHighlightSheet(doc: Document, tone: PageTone): () => void {
  return adoptSheet(doc, createHighlightSheet(doc, tone));
}
