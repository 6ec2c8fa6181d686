/**
 * Refiner: drops facts that overlap an excluded zone (reference, source and contact lines, share
 * and QR-code text). corpus/GUIDELINES.md: a domain or e-mail in a reference or contact line is not
 * an indicator, and nothing there is a fact of the article.
 */
import { overlapsAnySpan } from '../../text-spans';
import type { Fact, Span } from '../../types';

/** The facts that do not overlap any of the `excluded` spans. */
export function dropExcludedFacts(facts: readonly Fact[], excluded: readonly Span[]): Fact[] {
  if (excluded.length === 0) return [...facts];
  return facts.filter((fact) => !overlapsAnySpan(excluded, fact));
}
