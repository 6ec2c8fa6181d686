/**
 * What the hover card says about a fact: its category and what a reader needs — the name in the
 * UI language with the other language's beside it, the country by name, what kind of body an
 * agency is, the status of a service, the ISO date, the refanged indicator. Stable ids stay in the
 * analysis and exports; a reader has no use for them here. Pure, so the card is tested without a page.
 */
import type { Fact } from '../../engine/types';
import { factLabel, type ContentStringKey, type ContentStrings } from './content-strings';

/** One labelled line of the card. */
export interface CardLine {
  /** Stable name of the line, for tests and styling. */
  name: 'value' | 'other-name' | 'kind' | 'status' | 'type' | 'country' | 'relative';
  label: string;
  value: string;
}

/** The card of one fact. */
export interface FactDescription {
  title: string;
  lines: CardLine[];
}

/** The UI language of the card. */
export type CardLanguage = 'en' | 'zh';

const AGENCY_KINDS = new Set(['cyber', 'law-enforcement', 'intelligence', 'regulator', 'legislature', 'court', 'government', 'international']);

/** Country or region code (ISO 3166, "EU", "UN") by name in `lang`; the code when the runtime has no name. */
export function countryName(code: string, lang: CardLanguage, strings: ContentStrings): string {
  if (code === 'INT') return strings('countryInternational');
  try {
    const names = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region', fallback: 'code' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Describes `fact` for the card, in `lang`. */
export function describeFact(fact: Fact, strings: ContentStrings, lang: CardLanguage = 'en'): FactDescription {
  const attrs = fact.attrs ?? {};
  // Canonical names: `value` is English; the worker adds `en`/`zh` for gazetteer entries.
  const english = attrs.en ?? fact.value ?? fact.text;
  const chinese = attrs.zh && attrs.zh !== english ? attrs.zh : null;
  const name = lang === 'zh' && chinese ? chinese : english || fact.text;
  const lines: CardLine[] = [{ name: 'value', label: strings('cardValue'), value: name }];
  if (chinese) {
    const other = lang === 'zh' ? { label: strings('cardEnglish'), value: english } : { label: strings('cardChinese'), value: chinese };
    if (other.value && other.value !== name) lines.push({ name: 'other-name', ...other });
  }
  if (fact.category === 'agency' && attrs.agencyKind && AGENCY_KINDS.has(attrs.agencyKind)) {
    lines.push({ name: 'kind', label: strings('cardKind'), value: strings(`agencyKind_${attrs.agencyKind.replace('-', '_')}` as ContentStringKey) });
  }
  if (fact.category === 'service' && attrs.status) {
    const status = attrs.status === 'unaffected' ? strings('statusUnaffected') : attrs.status === 'affected' ? strings('statusAffected') : attrs.status;
    lines.push({ name: 'status', label: strings('cardStatus'), value: status });
  }
  if (attrs.type) lines.push({ name: 'type', label: strings('cardType'), value: attrs.type });
  if (attrs.country) lines.push({ name: 'country', label: strings('cardCountry'), value: countryName(attrs.country, lang, strings) });
  if (fact.category === 'date' && attrs.relative === 'true') lines.push({ name: 'relative', label: strings('cardRelative'), value: fact.text });
  return { title: factLabel(strings, fact.category), lines };
}
