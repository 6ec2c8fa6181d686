/**
 * Builds one regex alternation from a word list (STYLE.md rule 5: longest alternative first, so
 * "call centres" wins over "call centre" and "股份有限公司" over "公司").
 */

/** Escapes regex metacharacters of a literal word. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A non-capturing alternation `(?:a|b|…)` of `items`, longest first. Items are literal words
 * unless `raw` is set, in which case they are regex sources (cue patterns with their own syntax).
 */
export function buildAlternation(items: readonly string[], { raw = false }: { raw?: boolean } = {}): string {
  const unique = [...new Set(items)].sort((a, b) => b.length - a.length);
  return `(?:${unique.map((item) => (raw ? item : escapeRegExp(item))).join('|')})`;
}
