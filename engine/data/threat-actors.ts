/**
 * The threat-actor gazetteer: MISP-derived names (threat-actors.generated.ts) plus the
 * hand-written supplement (Chinese names, ransomware gangs).
 */
import type { GazetteerEntry } from '../gazetteer/gazetteer';
import { buildThreatEntries } from '../gazetteer/threat-entry';
import { GENERATED_ACTORS } from './threat-actors.generated';
import { ACTOR_SUPPLEMENT } from './threat-actors-supplement';

/** Every threat actor, ids "actor:<slug>", canonical English name first. */
export const THREAT_ACTORS: readonly GazetteerEntry[] = buildThreatEntries('actor', GENERATED_ACTORS, ACTOR_SUPPLEMENT);
