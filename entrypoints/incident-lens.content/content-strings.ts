/**
 * UI strings of the content script from the extension's _locales (browser.i18n works in content
 * scripts). The English text stands beside each key so the card and legend read right even where
 * i18n is unavailable (unit tests), without bundling the whole messages file into the page.
 */
import { browser } from 'wxt/browser';
import type { FactCategory } from '../../engine/types';

const ENGLISH = {
  legendTitle: 'Incident Lens',
  legendFacts: '$1 facts',
  legendFactsMentions: '$1 facts · $2 mentions',
  legendNext: 'Next fact',
  legendPrevious: 'Previous fact',
  legendHide: 'Hide on this page',
  legendShow: 'Show highlights',
  legendPosition: '$1 of $2',
  legendCount: '$1 · $2 mentions',
  legendUnaffected: 'Dashed: said not to be affected',
  cardValue: 'Name',
  cardChinese: 'Chinese name',
  cardEnglish: 'English name',
  cardKind: 'What it is',
  agencyKind_cyber: 'Cyber security agency or CERT',
  agencyKind_law_enforcement: 'Law enforcement',
  agencyKind_intelligence: 'Intelligence or security service',
  agencyKind_regulator: 'Regulator',
  agencyKind_legislature: 'Legislature',
  agencyKind_court: 'Court',
  agencyKind_government: 'Government body',
  agencyKind_international: 'International body',
  countryInternational: 'International',
  cardStatus: 'Status',
  cardType: 'Type',
  cardCountry: 'Country',
  cardRelative: 'Resolved from a relative date',
  statusAffected: 'affected',
  statusUnaffected: 'not affected',
  category_organization: 'Organisations',
  category_service: 'Services',
  category_date: 'Dates',
  category_agency: 'Agencies',
  category_actor: 'Threat actors',
  category_malware: 'Malware',
  category_vulnerability: 'Vulnerabilities',
  category_indicator: 'Indicators',
  fact_organization: 'Organisation',
  fact_service: 'Service',
  fact_date: 'Date',
  fact_agency: 'Agency',
  fact_actor: 'Threat actor',
  fact_malware: 'Malware',
  fact_vulnerability: 'Vulnerability',
  fact_indicator: 'Indicator',
} as const;

/** A key of the content script's strings. */
export type ContentStringKey = keyof typeof ENGLISH;

/** Looks up one string; `$1`, `$2` are replaced by `substitutions`. */
export type ContentStrings = (key: ContentStringKey, ...substitutions: string[]) => string;

function substitute(text: string, substitutions: string[]): string {
  return text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** English strings (tests, and the fallback of {@link localStrings}). */
export const englishStrings: ContentStrings = (key, ...substitutions) => substitute(ENGLISH[key], substitutions);

/** Strings in the browser's UI language. */
export const localStrings: ContentStrings = (key, ...substitutions) => {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, substitutions);
  } catch {
    message = '';
  }
  return message || englishStrings(key, ...substitutions);
};

/** The UI language of the page's card and legend ("zh" for any Chinese UI, else "en"). */
export function contentLanguage(): 'en' | 'zh' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  } catch {
    return 'en';
  }
}

/**
 * How many of a category: distinct facts, and mentions when they differ ("1 · 9 mentions"). The
 * popup says it in the same words (components/fact-count.ts).
 */
export function countLabel(strings: ContentStrings, values: number, mentions: number): string {
  return mentions === values ? String(values) : strings('legendCount', String(values), String(mentions));
}

/** The plural label of a category (legend). */
export function categoryLabel(strings: ContentStrings, category: FactCategory): string {
  return strings(`category_${category}`);
}

/** The singular label of a category (card). */
export function factLabel(strings: ContentStrings, category: FactCategory): string {
  return strings(`fact_${category}`);
}
