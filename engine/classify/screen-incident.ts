/**
 * The content script's local screen (issue 6): can this article be an incident at all? It runs the
 * classifier on the article as the engine would, but assumes the facts the classifier takes from
 * the extractors (a named victim organisation, a named malware family or gang) are there. That
 * makes its score an upper bound of the engine's, so "no" here is the engine's verdict too, reached
 * without the gazetteers and without a round trip to the background worker.
 */
import { findExcludedZones } from '../facts/find-excluded-zones';
import type { Fact } from '../types';
import { classifyIncident, extractTitleFeatures } from './classify-incident';

/** The article fields the screen reads. */
export interface ScreenInput {
  title: string | null;
  text: string;
}

/**
 * Stands in for "the extractors found an organisation and a malware family or gang": the
 * classifier counts no more than whether there is one of each.
 */
const ASSUMED_FACTS: readonly Fact[] = [
  { category: 'organization', text: '', start: 0, end: 0, value: '' },
  { category: 'malware', text: '', start: 0, end: 0, value: '' },
];

/**
 * False only when the engine's classifier cannot call the article an incident, whatever the
 * extractors find. Never throws: a failure answers true (ask the engine).
 */
export function couldBeIncident(article: ScreenInput): boolean {
  try {
    const text = typeof article.text === 'string' ? article.text : '';
    const title = typeof article.title === 'string' ? article.title : null;
    const excluded = findExcludedZones(text);
    return classifyIncident({ title, text, lang: 'und', facts: ASSUMED_FACTS, excluded }).isIncident;
  } catch {
    return true;
  }
}

/**
 * Whether the screen is not worth running: the headline names an incident kind and no near miss.
 * On the corpus, 44 of 45 incident articles have such a headline, and none of the 36
 * non-incidents the screen settles has one. Skipping the screen changes no verdict (the worker's
 * answer decides, as always); it only saves an incident page the screen's work. Reads only the
 * title's cues. Never throws: a failure answers false (run the screen).
 */
export function headlineNamesIncident(title: string | null): boolean {
  try {
    const headline = typeof title === 'string' ? title.trim() : '';
    if (!headline) return false;
    const features = extractTitleFeatures(headline);
    return features.titleKinds.size > 0 && features.titleNearMissHits === 0;
  } catch {
    return false;
  }
}
