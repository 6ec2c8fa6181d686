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

/**
 * The pattern, built on first use, not when the script loads: every listed page evaluates this
 * module in its content script's first task, which should only schedule work (README Performance).
 */
let pattern: RegExp | null = null;
const cues = (): RegExp => (pattern ??= cuePattern(INCIDENT_CUE_WORDS));

/** True when the title or the text holds at least one incident cue. */
export function hasIncidentCue(title: string | null, text: string): boolean {
  return (title !== null && cues().test(title)) || cues().test(text);
}

/** Characters of text tested per step of {@link incidentCueSteps}: well under a millisecond of scanning. */
export const CUE_CHUNK_CHARS = 16_384;

/**
 * {@link hasIncidentCue} as steps (engine/read/steps.ts): the text is tested a chunk at a time, so a
 * long article without cues is scanned without one long task. Each chunk is tested with the end of
 * the one before it (longer than any cue), so a cue across a chunk boundary is found; a match at the
 * very start of that overlap is not taken, since what precedes it (a word start or not) is outside
 * the slice, and such a match lies wholly inside the chunk before, which already tested it.
 */
export function* incidentCueSteps(title: string | null, text: string, chunkChars = CUE_CHUNK_CHARS): Generator<void, boolean, void> {
  if (title !== null && cues().test(title)) return true;
  if (text.length <= chunkChars) return cues().test(text);
  const overlap = longestCue() + 1;
  const global = new RegExp(cues().source, 'gi');
  for (let start = 0; start < text.length; start += chunkChars) {
    const from = Math.max(0, start - overlap);
    const slice = text.slice(from, start + chunkChars);
    global.lastIndex = 0;
    for (let match = global.exec(slice); match; match = global.exec(slice)) {
      if (match.index > 0 || from === 0) return true;
      global.lastIndex = match.index + 1;
    }
    yield;
  }
  return false;
}

let longest = 0;
/** Length of the longest cue word, English or Chinese. */
function longestCue(): number {
  longest ||= Math.max(...INCIDENT_CUE_WORDS.flatMap((c) => [...c.en, ...c.zh]).map((w) => w.length));
  return longest;
}
