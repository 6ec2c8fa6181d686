/**
 * Fact names in the UI language, for the library: an agency's Chinese name in the Chinese UI and
 * its English one in the English UI, with the other for a tooltip. Names come from the agency
 * gazetteer by the fact's id (or its canonical English value), then from the fact's own `attrs.zh`;
 * other facts show their normalised value.
 */
import { agencyInfo, agencyInfoByName } from '../engine/data/agency-info';
import type { Fact, FactCategory } from '../engine/types';
import { uiLanguage } from './i18n';

/** A name to show and the other language's name (null when there is none). */
export interface ShownName {
  shown: string;
  other: string | null;
}

function pick(en: string, zh: string | null, ui: 'en' | 'zh'): ShownName {
  if (!zh || zh === en) return { shown: en, other: null };
  return ui === 'zh' ? { shown: zh, other: en } : { shown: en, other: zh };
}

/** The name of a fact in the UI language. */
export function factName(fact: Pick<Fact, 'category' | 'value' | 'id' | 'attrs'>, ui: 'en' | 'zh' = uiLanguage()): ShownName {
  if (fact.category === 'agency') {
    const info = (fact.id ? agencyInfo(fact.id) : null) ?? agencyInfoByName(fact.value);
    if (info) return pick(info.en, info.zh, ui);
  }
  return pick(fact.value, fact.attrs?.zh ?? null, ui);
}

/** The name of a stored fact value ("National Cyber Security Centre") of `category`, in the UI language. */
export function valueName(category: FactCategory, value: string, ui: 'en' | 'zh' = uiLanguage()): ShownName {
  return factName({ category, value }, ui);
}
