/**
 * The light palette's highlight rules ship as the content script's own CSS file
 * (`static-highlights.css`, listed in the manifest), which the browser puts in place before the
 * page is first styled. Adopting a sheet with `::highlight()` rules later makes the browser
 * restyle every element of the document: on a 200,000-element page that was one 1.3–2.2 s task
 * (3.3 s on this loaded 2-core machine). Light pages, most of them, then need no sheet at paint
 * time; dark pages, and pages the script reaches on demand (where no manifest CSS was injected),
 * still adopt the tone's sheet (highlight-styles.ts).
 */
import { highlightCss } from './highlight-styles';

/** The custom property the static file sets on :root, by which the script knows the file is in place. */
export const STATIC_SHEET_PROPERTY = '--incident-lens-static-highlights';

/** The text of `static-highlights.css`: the light sheet, and the marker property. */
export function staticHighlightCss(): string {
  return `/* Generated from highlight-styles.ts (highlightCss('light')); test/unit/content/static-highlight-sheet.test.ts checks it. */\n`
    + `:root { ${STATIC_SHEET_PROPERTY}: light; }\n${highlightCss('light')}\n`;
}

/** Whether the static light sheet is in place in `doc` (one computed-style read of the root). */
export function hasStaticLightSheet(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  return view.getComputedStyle(doc.documentElement).getPropertyValue(STATIC_SHEET_PROPERTY).trim() === 'light';
}
