/**
 * Refiner: drops malformed facts, so a faulty extractor cannot break the engine's contract
 * (DESIGN.md: `text === articleText.slice(start, end)`, offsets inside the text, non-empty).
 */
import { FACT_CATEGORIES, type Fact } from '../../types';

const CATEGORIES: ReadonlySet<string> = new Set(FACT_CATEGORIES);

/** Whether `fact` is well-formed against `text`. */
export function isValidFact(fact: Fact, text: string): boolean {
  return (
    fact !== null &&
    typeof fact === 'object' &&
    CATEGORIES.has(fact.category) &&
    Number.isInteger(fact.start) &&
    Number.isInteger(fact.end) &&
    fact.start >= 0 &&
    fact.end > fact.start &&
    fact.end <= text.length &&
    typeof fact.value === 'string' &&
    fact.text === text.slice(fact.start, fact.end)
  );
}
