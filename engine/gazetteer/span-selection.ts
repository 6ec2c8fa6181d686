/**
 * Span bookkeeping shared by the gazetteer-backed extractors: choosing leftmost-longest among
 * candidates from several sources (list hits, patterns) and dropping those in excluded spans.
 */
import type { Span } from '../types';

/**
 * Keeps non-overlapping spans, leftmost first, then longest; ties keep the earlier item of `items`
 * (callers list their most trusted source first).
 */
export function selectLeftmostLongest<T extends Span>(items: readonly T[]): T[] {
  const order = items.map((item, index) => ({ item, index }));
  order.sort((a, b) => a.item.start - b.item.start || b.item.end - a.item.end || a.index - b.index);
  const kept: T[] = [];
  let end = -1;
  for (const { item } of order) {
    if (item.start < end) continue;
    kept.push(item);
    end = item.end;
  }
  return kept;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex alternation of literals, longest first (STYLE.md rule 5). Ties go in code-unit order:
 * `localeCompare` (ICU collation) made building the agency patterns a visible part of the
 * worker's start, and the order of equal-length literals does not change what matches.
 */
export function alternation(literals: Iterable<string>): string {
  return [...new Set(literals)]
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(escapeRegExp)
    .join('|');
}
