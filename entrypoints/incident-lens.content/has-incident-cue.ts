/**
 * The content script's pre-screen: does a page's title or text hold any incident cue at
 * all? A page without one cannot be an incident for the classifier, so it needs no worker round
 * trip and no paint; the popup still gets a full analysis on demand. The cue words are data
 * (incident-cue-words.json), compiled once into one case-insensitive alternation.
 */
import cueWords from './incident-cue-words.json';

/** One cue: a stable id and its English stems and Chinese words. */
export interface IncidentCueWord {
  id: string;
  en: readonly string[];
  zh: readonly string[];
}

/** The cue list (incident-cue-words.json). */
export const INCIDENT_CUE_WORDS: readonly IncidentCueWord[] = cueWords.cues;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the pre-screen's pattern: English stems at a word start, Chinese words anywhere. */
export function cuePattern(cues: readonly IncidentCueWord[]): RegExp {
  const en = cues.flatMap((c) => c.en).map(escape);
  const zh = cues.flatMap((c) => c.zh).map(escape);
  // Longest first, so a stem never hides a longer alternative that starts the same way.
  const byLength = (a: string, b: string) => b.length - a.length;
  return new RegExp(`\\b(?:${en.sort(byLength).join('|')})|${zh.sort(byLength).join('|')}`, 'i');
}

const PATTERN = cuePattern(INCIDENT_CUE_WORDS);

/** True when the title or the text holds at least one incident cue. */
export function hasIncidentCue(title: string | null, text: string): boolean {
  return (title !== null && PATTERN.test(title)) || PATTERN.test(text);
}
