/**
 * The worker's answer to `analyzeArticle` as it travels to the page: the analysis with its facts
 * packed. A fact's text is the article's own text at its offsets, which the page holds already, and
 * most facts of a long article repeat a few values (one victim named a thousand times), so the
 * message carries each distinct fact (category, value, id, attrs) once and per fact only three
 * numbers. On the generated 200,000-element page the answer went from ~3 MB to well under 1 MB,
 * and its deserialisation in the page (one task, measured 60–80 ms) shrinks with it. Plain data,
 * structured-clonable and JSON-safe, like every message (protocol.ts).
 */
import type { Analysis, Fact } from '../engine/types';

/** A fact without its place in the text: what repeats across mentions. */
export type FactKind = Omit<Fact, 'text' | 'start' | 'end'>;

/** An analysis whose facts are packed: `kinds` once each, `spans` as [kind, start, end] triples. */
export interface PackedAnalysis extends Omit<Analysis, 'facts'> {
  facts: { kinds: FactKind[]; spans: number[] };
}

/** The key of a fact's kind: facts with the same key differ only in where they are. */
function kindKey(fact: Fact): string {
  return JSON.stringify([fact.category, fact.value, fact.id ?? null, fact.attrs ?? null]);
}

/** Packs `analysis` for the message to the page (in the worker). */
export function packAnalysis(analysis: Analysis): PackedAnalysis {
  const index = new Map<string, number>();
  const kinds: FactKind[] = [];
  const spans: number[] = [];
  for (const fact of analysis.facts) {
    const key = kindKey(fact);
    let k = index.get(key);
    if (k === undefined) {
      k = kinds.length;
      index.set(key, k);
      const kind: FactKind = { category: fact.category, value: fact.value };
      if (fact.id !== undefined) kind.id = fact.id;
      if (fact.attrs !== undefined) kind.attrs = fact.attrs;
      kinds.push(kind);
    }
    spans.push(k, fact.start, fact.end);
  }
  return { ...analysis, facts: { kinds, spans } };
}

/**
 * The analysis again, facts in their order, each with its text cut from `text` (the article the
 * worker analysed). Facts of one kind share its `attrs` object, which nobody writes to.
 */
export function unpackAnalysis(packed: PackedAnalysis, text: string): Analysis {
  const { kinds, spans } = packed.facts;
  const facts: Fact[] = new Array<Fact>(spans.length / 3);
  for (let i = 0, f = 0; i < spans.length; i += 3, f++) {
    const kind = kinds[spans[i]];
    const start = spans[i + 1];
    const end = spans[i + 2];
    const fact: Fact = { category: kind.category, text: text.slice(start, end), start, end, value: kind.value };
    if (kind.id !== undefined) fact.id = kind.id;
    if (kind.attrs !== undefined) fact.attrs = kind.attrs;
    facts[f] = fact;
  }
  return { ...packed, facts };
}
