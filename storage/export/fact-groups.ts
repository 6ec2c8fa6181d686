/**
 * A clipping's facts grouped as the exports list them: by category (in the UI's order), then by
 * normalised value, with every distinct mention and the statuses the article gave it.
 */
import { FACT_CATEGORIES, type FactCategory } from '../../engine/types';
import type { ClippingFact } from '../clipping';

/** One entity or value named in the article. */
export interface FactGroup {
  category: FactCategory;
  value: string;
  id: string | undefined;
  /** Distinct mention texts, in order of first appearance. */
  mentions: string[];
  /** Distinct `attrs.status` values (services: affected, unaffected). */
  statuses: string[];
  /** The first mention's attributes. */
  attrs: Record<string, string>;
  /** Every fact of the group, in text order. */
  facts: ClippingFact[];
}

/** English headings of the categories, for files (the UI has its own translated labels). */
export const CATEGORY_TITLES: Readonly<Record<FactCategory, string>> = {
  organization: 'Organisations',
  service: 'Services',
  date: 'Dates',
  agency: 'Agencies',
  actor: 'Threat actors',
  malware: 'Malware',
  vulnerability: 'Vulnerabilities',
  indicator: 'Indicators',
};

/** The facts grouped by category (UI order), then by value (first mention first). */
export function groupFacts(facts: readonly ClippingFact[]): FactGroup[] {
  const sorted = [...facts].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups = new Map<string, FactGroup>();
  for (const fact of sorted) {
    const key = `${fact.category}\u0000${fact.id ?? fact.value.toLowerCase()}`;
    let group = groups.get(key);
    if (!group) {
      group = { category: fact.category, value: fact.value, id: fact.id, mentions: [], statuses: [], attrs: { ...fact.attrs }, facts: [] };
      groups.set(key, group);
    }
    group.facts.push(fact);
    if (!group.mentions.includes(fact.text)) group.mentions.push(fact.text);
    const status = fact.attrs?.status;
    if (status && !group.statuses.includes(status)) group.statuses.push(status);
  }
  const order = (category: FactCategory) => FACT_CATEGORIES.indexOf(category);
  return [...groups.values()].sort((a, b) => order(a.category) - order(b.category));
}
