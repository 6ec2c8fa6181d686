/**
 * Deterministic ids for exported objects: UUIDv5 of the entity's canonical id in Incident Lens'
 * namespace. The canonical id is the MISP galaxy cluster's uuid for actors and malware the
 * gazetteers know, the engine's entity id otherwise (`agency:gb-ncsc`, `org:royal-mail`), else
 * the category and normalised name. The same agency named in two clippings, or exported twice,
 * gets the same id, so a platform updates its object instead of adding another.
 */
import { v5 as uuidV5 } from 'uuid';
import type { ClippingFact } from '../clipping';
import galaxyData from './galaxy-clusters.generated.json';

/** Incident Lens' UUIDv5 namespace (itself UUIDv5 of "incident-lens" in the URL namespace). */
export const ID_NAMESPACE = uuidV5('incident-lens', uuidV5.URL);

/** A UUIDv5 of `name` in Incident Lens' namespace. */
export function uuidFor(name: string): string {
  return uuidV5(name, ID_NAMESPACE);
}

/** A MISP galaxy cluster: galaxy type (`threat-actor`, `malpedia`…), cluster uuid, cluster value. */
export interface GalaxyCluster {
  galaxy: string;
  uuid: string;
  value: string;
}

type GalaxyTable = Record<string, [string, string, string]>;
const GALAXY: { actor: GalaxyTable; malware: GalaxyTable } = galaxyData as unknown as { actor: GalaxyTable; malware: GalaxyTable };

/** The MISP galaxy cluster of an actor or malware fact, when the gazetteer entry came from one. */
export function galaxyClusterOf(fact: Pick<ClippingFact, 'category' | 'id'>): GalaxyCluster | null {
  if ((fact.category !== 'actor' && fact.category !== 'malware') || !fact.id) return null;
  const prefix = `${fact.category}:`;
  if (!fact.id.startsWith(prefix)) return null;
  const row = GALAXY[fact.category][fact.id.slice(prefix.length)];
  return row ? { galaxy: row[0], uuid: row[1], value: row[2] } : null;
}

/** The canonical id of the entity a fact names. */
export function canonicalIdOf(fact: Pick<ClippingFact, 'category' | 'id' | 'value' | 'attrs'>): string {
  const cluster = galaxyClusterOf(fact);
  if (cluster) return `misp-galaxy:${cluster.uuid}`;
  if (fact.id) return fact.id;
  if (fact.category === 'indicator') return `indicator:${fact.attrs?.type ?? ''}:${fact.value}`;
  if (fact.category === 'vulnerability') return `vulnerability:${fact.value.toUpperCase()}`;
  return `${fact.category}:${fact.value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}
