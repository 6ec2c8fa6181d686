/**
 * Threat actors (GUIDELINES.md `actor`): named groups and gangs from the MISP-derived bilingual
 * gazetteer (APT29, Lazarus, 海莲花, LockBit as a gang). Names that are also a ransomware go to
 * this extractor only when the context says group (engine/gazetteer/group-or-malware.ts).
 */
import type { Fact } from '../types';
import { ACTOR_MATCHER_INDEX } from '../gazetteer/indexes/actors-matcher.generated';
import { extractThreatFacts, loadPackedThreatMatcher, type ThreatMatcher } from '../gazetteer/threat-matcher';
import type { ExtractContext, FactExtractor } from './extractor';

let matcher: ThreatMatcher | null = null;

/** Finds named threat actors. */
export function extractActors(ctx: ExtractContext): Fact[] {
  matcher ??= loadPackedThreatMatcher(ACTOR_MATCHER_INDEX);
  return extractThreatFacts(ctx, matcher, 'actor');
}

/** The actor extractor (registry entry). */
export const actorExtractor: FactExtractor = {
  name: 'actor-extractor',
  categories: ['actor'],
  extract: extractActors,
};
