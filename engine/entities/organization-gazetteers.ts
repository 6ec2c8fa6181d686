/**
 * The organisation name lists as matchers, built once for the organisation and service extractors
 * (both ask "is this a known company?", "is this a news source or vendor?" and "is this a government
 * body?").
 */
import { AGENCIES } from '../data/agencies';
import { nonVictimOrganizations } from '../data/non-victim-organizations';
import { organizations } from '../data/organizations';
import { buildGazetteer } from '../gazetteer/gazetteer';

/** Well-known organisations with their English and Chinese names (Royal Mail = 皇家邮政). */
export const KNOWN_ORGANIZATIONS = buildGazetteer(organizations);

/** News sources, security vendors and platforms: where a story is told, never its victim. */
export const NON_VICTIM_ORGANIZATIONS = buildGazetteer(nonVictimOrganizations);

/** Agencies by every name and alias, for extractors that only ask whether a name is a government body's. */
export const AGENCY_NAMES = buildGazetteer(AGENCIES);
