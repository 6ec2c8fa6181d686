/**
 * What the hover card says about a fact: its category and normalised value (ISO date, canonical
 * agency name in English and Chinese, CVE id, refanged indicator), plus the status of a service.
 * Pure, so the card's content is tested without a page.
 */
import type { Fact } from '../../engine/types';
import { factLabel, type ContentStrings } from './content-strings';

/** One labelled line of the card. */
export interface CardLine {
  /** Stable name of the line, for tests and styling. */
  name: 'value' | 'zh' | 'status' | 'type' | 'country' | 'id' | 'relative';
  label: string;
  value: string;
}

/** The card of one fact. */
export interface FactDescription {
  title: string;
  lines: CardLine[];
}

/** Describes `fact` for the card. */
export function describeFact(fact: Fact, strings: ContentStrings): FactDescription {
  const lines: CardLine[] = [{ name: 'value', label: strings('cardValue'), value: fact.value || fact.text }];
  const attrs = fact.attrs ?? {};
  if (attrs.zh && attrs.zh !== fact.value) lines.push({ name: 'zh', label: strings('cardChinese'), value: attrs.zh });
  if (fact.category === 'service' && attrs.status) {
    const status = attrs.status === 'unaffected' ? strings('statusUnaffected') : attrs.status === 'affected' ? strings('statusAffected') : attrs.status;
    lines.push({ name: 'status', label: strings('cardStatus'), value: status });
  }
  if (attrs.type) lines.push({ name: 'type', label: strings('cardType'), value: attrs.type });
  if (attrs.country) lines.push({ name: 'country', label: strings('cardCountry'), value: attrs.country });
  if (fact.category === 'date' && attrs.relative === 'true') lines.push({ name: 'relative', label: strings('cardRelative'), value: fact.text });
  if (fact.id) lines.push({ name: 'id', label: strings('cardId'), value: fact.id });
  return { title: factLabel(strings, fact.category), lines };
}
