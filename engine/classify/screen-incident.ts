/**
 * The content script's local screen (issue 6): can this article be an incident at all? It runs the
 * classifier on the article as the engine would, but assumes the one fact the classifier takes
 * from the extractors (a named victim organisation, +0.6 log-odds) is there. That makes its score
 * an upper bound of the engine's, so "no" here is the engine's verdict too, reached without the
 * gazetteers and without a round trip to the background worker.
 */
import { findExcludedZones } from '../facts/find-excluded-zones';
import type { Fact } from '../types';
import { classifyIncident } from './classify-incident';

/** The article fields the screen reads. */
export interface ScreenInput {
  title: string | null;
  text: string;
}

/** Stands in for "the extractors found an organisation": the classifier counts no more than that. */
const ASSUMED_VICTIM: readonly Fact[] = [{ category: 'organization', text: '', start: 0, end: 0, value: '' }];

/**
 * False only when the engine's classifier cannot call the article an incident, whatever the
 * extractors find. Never throws: a failure answers true (ask the engine).
 */
export function couldBeIncident(article: ScreenInput): boolean {
  try {
    const text = typeof article.text === 'string' ? article.text : '';
    const title = typeof article.title === 'string' ? article.title : null;
    const excluded = findExcludedZones(text);
    return classifyIncident({ title, text, lang: 'und', facts: ASSUMED_VICTIM, excluded }).isIncident;
  } catch {
    return true;
  }
}
