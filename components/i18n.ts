/**
 * UI strings from the extension's _locales (the browser's language decides). Outside an extension
 * (component tests) the English messages stand in, so tests read real strings.
 */
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

type MessageKey = keyof typeof english;

function fallback(key: MessageKey, substitutions: string[]): string {
  const entry = english[key] as { message: string; placeholders?: Record<string, { content: string }> };
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const index = Number(content.replace('$', '')) - 1;
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), substitutions[index] ?? '');
  }
  return text;
}

/** The message `key` in the UI language, with `$1`… substitutions. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, substitutions);
  } catch {
    message = '';
  }
  return message || fallback(key, substitutions);
}

/** The UI language ("zh" or "en"). */
export function uiLanguage(): 'zh' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  } catch {
    return 'en';
  }
}

/** An incident kind ("ransomware", "supply-chain", …) in the UI language; unknown kinds as they are. */
export function kindLabel(kind: string): string {
  const key = `kind_${kind.replace(/-/g, '_')}`;
  return key in english ? t(key as MessageKey) : kind;
}

/**
 * How many facts of a category: distinct values, and mentions when they differ ("1 · 9 mentions").
 * The page's legend says it in the same words (content-strings.ts `countLabel`).
 */
export function factCountLabel(values: number, mentions: number): string {
  return mentions === values ? String(values) : t('legendCount', String(values), String(mentions));
}

/** A language tag ("zh", "en-GB") by name in the UI language; the tag itself when the runtime has no name. */
export function languageName(tag: string, ui: 'zh' | 'en' = uiLanguage()): string {
  try {
    return new Intl.DisplayNames([ui === 'zh' ? 'zh-CN' : 'en'], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
