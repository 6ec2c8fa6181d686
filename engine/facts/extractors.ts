/**
 * The ordered registry of fact extractors (STYLE.md rule 3). `analyzeArticle` runs them in this
 * order, then the refiners in `refiners/`.
 *
 * Why this order: overlapping facts are resolved by category tier first, then length
 * (refiners/remove-overlaps.ts); this order breaks the remaining ties, earlier wins.
 * - vulnerability, indicator: exact syntax (CVE ids, IPs, hashes, URLs).
 * - agency, actor, malware: gazetteer names with stable ids; at equal length "LockBit" the gang
 *   comes before "LockBit" the malware.
 * - date before organization and service: a span that is both a date and a name ("June 2022",
 *   "April 3") is a date; a longer name still wins ("Windows 2000").
 * - organization, service: open-ended names found from context.
 */
import { actorExtractor } from './actor-extractor';
import { agencyExtractor } from './agency-extractor';
import { dateExtractor } from './date-extractor';
import type { FactExtractor } from './extractor';
import { indicatorExtractor } from './indicator-extractor';
import { malwareExtractor } from './malware-extractor';
import { organizationExtractor } from './organization-extractor';
import { serviceExtractor } from './service-extractor';
import { vulnerabilityExtractor } from './vulnerability-extractor';

/** All fact extractors, in precedence order (see the header). */
export const extractors: readonly FactExtractor[] = [
  vulnerabilityExtractor,
  indicatorExtractor,
  agencyExtractor,
  actorExtractor,
  malwareExtractor,
  dateExtractor,
  organizationExtractor,
  serviceExtractor,
];
