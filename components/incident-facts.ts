/**
 * What the incident page lists, gathered from all of an incident's clippings: its services with a
 * status, its agencies, actors and malware, each with every mention (which clipping, which offsets,
 * which sentence), so each fact links back to the passage it came from. Pure functions.
 */
import type { FactCategory } from '../engine/types';
import { anchorFact, type Clipping, type ClippingFact, type ClippingId } from '../storage/clipping';
import { passageAround, eventOfPassage } from '../storage/incident-repository';

/** A span of a clipping's text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One place a fact is named: the clipping, the fact's offsets and the sentence around them. */
export interface FactSource {
  clippingId: ClippingId;
  start: number;
  end: number;
  passage: TextSpan;
}

/** A service's status across the incident's articles. */
export type ServiceStatus = 'affected' | 'unaffected' | 'restored';

/** One fact of an incident: one value of a category, named in one or more clippings. */
export interface IncidentFact {
  category: FactCategory;
  /** The fact's id, else its value: what makes two mentions the same fact. */
  key: string;
  /** The first mention (its value, id and attrs name it). */
  fact: ClippingFact;
  /** Every mention, in clipping order then text order. */
  mentions: FactSource[];
  /** The clippings naming it, in the incident's order, each once. */
  clippingIds: ClippingId[];
  /** Services only. */
  status?: ServiceStatus;
}

function keyOf(fact: ClippingFact): string {
  return fact.id ?? fact.value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The facts of `category` across `clippings` (in the incident's order), one per id or value.
 * A service is `restored` when a sentence naming it says it came back, else `affected` when any
 * article says it was hit, else `unaffected`.
 */
export function incidentFacts(clippings: readonly Clipping[], category: FactCategory): IncidentFact[] {
  const byKey = new Map<string, IncidentFact & { says: Set<ServiceStatus> }>();
  for (const clipping of clippings) {
    for (const fact of clipping.facts) {
      if (fact.category !== category) continue;
      const at = anchorFact(clipping.text, fact);
      if (!at) continue;
      const key = keyOf(fact);
      let entry = byKey.get(key);
      if (!entry) {
        entry = { category, key, fact, mentions: [], clippingIds: [], says: new Set() };
        byKey.set(key, entry);
      }
      const passage = passageAround(clipping.text, at.start, at.end);
      entry.mentions.push({ clippingId: clipping.id, start: at.start, end: at.end, passage });
      if (!entry.clippingIds.includes(clipping.id)) entry.clippingIds.push(clipping.id);
      if (category === 'service') {
        const sentence = clipping.text.slice(passage.start, passage.end);
        // A service said to be unaffected was not restored, whatever else its sentence says ("…will resume once fixed").
        const unaffected = fact.attrs?.status === 'unaffected';
        entry.says.add(unaffected ? 'unaffected' : eventOfPassage(sentence) === 'restored' ? 'restored' : 'affected');
      }
    }
  }
  return [...byKey.values()].map(({ says, ...entry }) =>
    category === 'service' ? { ...entry, status: says.has('restored') ? 'restored' : says.has('affected') ? 'affected' : 'unaffected' } : entry,
  );
}
