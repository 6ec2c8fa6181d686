/**
 * The organisation name lists as matchers, shared by the organisation and service extractors (both
 * ask "is this a known company?", "is this a news source or vendor?" and "is this a government
 * body?"). Their indexes are packed at build time (scripts/build-gazetteer-indexes.ts from
 * engine/data/organizations.ts, non-victim-organizations.ts and agencies.ts), so loading them
 * rebuilds nothing.
 */
import { AGENCIES } from '../data/agencies';
import { nonVictimOrganizations } from '../data/non-victim-organizations';
import { organizations } from '../data/organizations';
import { loadPackedGazetteer } from '../gazetteer/packed-gazetteer';
import { AGENCY_NAMES_INDEX } from '../gazetteer/indexes/agency-names.generated';
import { KNOWN_ORGANIZATIONS_INDEX } from '../gazetteer/indexes/known-organizations.generated';
import { NON_VICTIM_ORGANIZATIONS_INDEX } from '../gazetteer/indexes/non-victim-organizations.generated';

/** Well-known organisations with their English and Chinese names (Royal Mail = 皇家邮政). */
export const KNOWN_ORGANIZATIONS = loadPackedGazetteer(KNOWN_ORGANIZATIONS_INDEX, () => organizations);

/** News sources, security vendors and platforms: where a story is told, never its victim. */
export const NON_VICTIM_ORGANIZATIONS = loadPackedGazetteer(NON_VICTIM_ORGANIZATIONS_INDEX, () => nonVictimOrganizations);

/** Agencies by every name and alias, for extractors that only ask whether a name is a government body's. */
export const AGENCY_NAMES = loadPackedGazetteer(AGENCY_NAMES_INDEX, () => AGENCIES);
