/**
 * Threat actors (GUIDELINES.md `actor`): named groups and gangs from the MISP-derived bilingual
 * gazetteer (APT29, Lazarus, 海莲花, LockBit as a gang), and names no list holds, by their structure. Names that are also a ransomware go to
 * this extractor only when the context says group (engine/gazetteer/group-or-malware.ts).
 */
import type { Fact } from '../types';
import { findThreatFacts } from '../gazetteer/threat-facts';
import type { ExtractContext, FactExtractor } from './extractor';

/**
 * Finds named threat actors: listed ones, and those no list holds named by their structure ("the
 * Xyz gang", "Xyz勒索软件团伙", "tracked as UNC1234", 犯罪嫌疑人黄某; threat-name-structure.ts).
 */
export function extractActors(ctx: ExtractContext): Fact[] {
  return findThreatFacts(ctx, 'actor');
}

/** The actor extractor (registry entry). */
export const actorExtractor: FactExtractor = {
  name: 'actor-extractor',
  categories: ['actor'],
  extract: extractActors,
};
