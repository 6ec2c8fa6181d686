import { categoryColorCss } from './category-colors';

/** Props of {@link CategoryColorStyle}. */
export type CategoryColorStyleProps = Record<string, never>;

/**
 * The category palette as CSS variables (`--il-<category>-bg/-fg`, light and dark), so extension
 * pages colour facts like the page highlights. A text node inside <style>, never assigned HTML.
 */
export default function CategoryColorStyle(_props: CategoryColorStyleProps) {
  return <style>{categoryColorCss()}</style>;
}
