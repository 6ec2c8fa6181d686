/**
 * Cheap language detection for article text: script counts decide between CJK, Cyrillic and
 * Latin-script languages, stopwords decide among the Latin ones. Only the first ~5,000 characters
 * are sampled: an article's language does not change halfway, and the engine runs on every page.
 *
 * Chinese security news is full of Latin brand names (Microsoft 365, LockBit, CVE-2023-…), so CJK
 * characters are weighed against Latin *words*, not letters: one Han character per two English
 * words is already a Chinese article. An English article quoting a Chinese name stays English.
 * The page's declared language (html lang) is only a hint, used when the text has too little
 * signal to decide.
 */
import type { Lang } from '../types';

/** How much of the text is sampled. */
const SAMPLE_LENGTH = 5000;
/** Fewer letters than this and the text cannot speak for itself: fall back to the declared hint. */
const MIN_SIGNAL = 12;
/** Share of kana among Han + kana above which CJK text is Japanese (Japanese mixes in kanji). */
const KANA_SHARE_JA = 0.1;

/** Stopwords per Latin-script language: short, frequent, and mostly distinctive. */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'was', 'for', 'with', 'it', 'on', 'as', 'by', 'this', 'from', 'has',
    'have', 'are', 'were', 'said', 'be', 'at', 'which', 'its', 'an', 'or', 'not', 'but', 'they', 'their', 'been'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'auf', 'für', 'sich',
    'dem', 'des', 'auch', 'wurde', 'werden', 'sind', 'bei', 'nach', 'wie', 'oder', 'einen', 'einer', 'durch'],
  fr: ['le', 'la', 'les', 'et', 'est', 'des', 'une', 'un', 'du', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au',
    'avec', 'ce', 'sont', 'été', 'mais', 'aux', 'cette', 'ont', 'leur', 'selon'],
  es: ['el', 'la', 'los', 'las', 'y', 'es', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'del', 'se', 'al', 'fue',
    'está', 'según', 'pero', 'sus', 'como', 'más', 'este', 'esta', 'han', 'ha'],
};

const STOPWORD_SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]));

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** "zh-CN" → "zh", "EN_us" → "en", "" → null. */
function normaliseDeclared(declared: string | null | undefined): Lang | null {
  const primary = declared?.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return /^[a-z]{2,3}$/u.test(primary) ? primary : null;
}

/** The language of a Latin-script text by stopword hits, or null when no language stands out. */
function detectLatin(sample: string, hint: Lang | null): Lang | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores: Record<string, number> = {};
  for (const w of words) {
    for (const [lang, set] of Object.entries(STOPWORD_SETS)) if (set.has(w)) scores[lang] = (scores[lang] ?? 0) + 1;
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 2) return null;
  const [top, second] = ranked;
  // Close call (shared words such as "la", "que", "des"): the declared language breaks the tie.
  if (second && hint && (hint === top[0] || hint === second[0]) && second[1] >= top[1] * 0.8) return hint;
  return top[0];
}

/**
 * The language of an article text: "en", "zh", "ja", "ko", "ru", "uk", "de", "fr", "es", …, or
 * "und" when neither the text nor the declared language tells. `declared` is the page's own
 * claim (html lang), used only where the text is silent or ambiguous.
 */
export function detectLanguage(text: string, declared?: string | null): Lang {
  const hint = normaliseDeclared(declared);
  const sample = text.slice(0, SAMPLE_LENGTH);
  const han = count(sample, /\p{Script=Han}/gu);
  const kana = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(sample, /\p{Script=Hangul}/gu);
  const cyrillicWords = count(sample, /\p{Script=Cyrillic}+/gu);
  const latinWords = count(sample, /\p{Script=Latin}{2,}/gu);
  const arabic = count(sample, /\p{Script=Arabic}/gu);
  const letters = han + kana + hangul + count(sample, /[\p{Script=Latin}\p{Script=Cyrillic}]/gu) + arabic;
  if (letters < MIN_SIGNAL) return hint ?? 'und';

  const cjk = han + kana + hangul;
  if (cjk * 2 >= latinWords + cyrillicWords && cjk > 0) {
    if (hangul > han + kana) return 'ko';
    if (kana > (han + kana) * KANA_SHARE_JA) return 'ja';
    return 'zh';
  }
  if (arabic > latinWords * 2 && arabic > cyrillicWords * 2) return 'ar';
  if (cyrillicWords > latinWords) {
    // Ukrainian letters absent from Russian.
    return /[ґєії]/i.test(sample) ? 'uk' : 'ru';
  }
  return detectLatin(sample, hint) ?? hint ?? 'und';
}
