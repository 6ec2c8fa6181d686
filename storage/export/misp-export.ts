/**
 * The `misp` export: one MISP event per clipping, in MISP's core JSON format. One clipping gives
 * `{"Event": …}` (what MISP's "Add event from JSON" and the events API take); several give
 * `{"response": [{"Event": …}, …]}` (what MISP's own search returns; PyMISP reads both).
 * Events are shared with "your organisation only"; uuids are deterministic, so importing again
 * updates the event. Actors and malware become galaxy tags by their MISP galaxy cluster; the
 * article's Markdown note is the event report.
 */
import type { Clipping, ClippingFact } from '../clipping';
import { galaxyClusterOf, uuidFor } from './entity-ids';
import { inFileOrder } from './library-file';
import { buildMarkdown } from './markdown-export';

/** MISP distribution levels used here. */
const YOUR_ORGANISATION_ONLY = '0';
const INHERIT_EVENT = '5';
/** threat_level_id 4 is "undefined"; analysis 2 is "completed" (the article is what it is). */
const THREAT_LEVEL_UNDEFINED = '4';
const ANALYSIS_COMPLETED = '2';

/** A MISP attribute as exported. */
export interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  to_ids: boolean;
  comment: string;
  distribution: string;
  timestamp: string;
}

const INDICATOR_TYPES: Record<string, { type: string; category: string }> = {
  ipv4: { type: 'ip-dst', category: 'Network activity' },
  ipv6: { type: 'ip-dst', category: 'Network activity' },
  domain: { type: 'domain', category: 'Network activity' },
  url: { type: 'url', category: 'Network activity' },
  email: { type: 'email-src', category: 'Payload delivery' },
  md5: { type: 'md5', category: 'Payload delivery' },
  sha1: { type: 'sha1', category: 'Payload delivery' },
  sha256: { type: 'sha256', category: 'Payload delivery' },
  sha512: { type: 'sha512', category: 'Payload delivery' },
};

/** The MISP type and category of a fact, or null when it travels as a tag or not at all. */
function attributeKind(fact: ClippingFact): { type: string; category: string; toIds: boolean; comment: string } | null {
  switch (fact.category) {
    case 'indicator': {
      const kind = INDICATOR_TYPES[fact.attrs?.type ?? ''];
      return kind ? { ...kind, toIds: true, comment: 'indicator named in the article' } : { type: 'text', category: 'Other', toIds: false, comment: 'indicator named in the article' };
    }
    case 'vulnerability':
      return /^CVE-\d{4}-\d+$/i.test(fact.value)
        ? { type: 'vulnerability', category: 'External analysis', toIds: false, comment: '' }
        : { type: 'text', category: 'External analysis', toIds: false, comment: 'vulnerability' };
    case 'organization':
      return { type: 'target-org', category: 'Targeting data', toIds: false, comment: 'affected organisation' };
    case 'agency':
      return { type: 'text', category: 'Other', toIds: false, comment: 'agency named in the article' };
    case 'service':
      return { type: 'text', category: 'Other', toIds: false, comment: `service (${fact.attrs?.status ?? 'status unknown'})` };
    default:
      return null;
  }
}

/** The event's date: when the incident happened, else the publication, else the day it was saved. */
function eventDate(clipping: Clipping): string {
  const date = clipping.incidentDate ?? clipping.published;
  if (date && /^\d{4}(-\d{2}){0,2}/.test(date)) {
    const [year, month = '01', day = '01'] = date.slice(0, 10).split('-');
    return `${year}-${month}-${day}`;
  }
  return new Date(clipping.savedAt).toISOString().slice(0, 10);
}

/** The MISP event of one clipping. */
export function buildMispEvent(clipping: Clipping): Record<string, unknown> {
  const eventUuid = uuidFor(`misp-event:${clipping.key}`);
  const timestamp = String(Math.floor(clipping.updatedAt / 1000));
  const attributes: MispAttribute[] = [];
  const seen = new Set<string>();
  const add = (type: string, category: string, value: string, toIds: boolean, comment: string) => {
    const key = `${type}|${value}`;
    if (seen.has(key) || !value) return;
    seen.add(key);
    attributes.push({ uuid: uuidFor(`misp-attribute:${eventUuid}:${key}`), type, category, value, to_ids: toIds, comment, distribution: INHERIT_EVENT, timestamp });
  };
  if (clipping.url) add('link', 'External analysis', clipping.url, false, clipping.site ? `article (${clipping.site})` : 'article');
  const tags = new Map<string, { name: string }>();
  const facts = [...clipping.facts].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const fact of facts) {
    const cluster = galaxyClusterOf(fact);
    if (cluster) {
      const name = `misp-galaxy:${cluster.galaxy}="${cluster.value}"`;
      tags.set(name, { name });
      continue;
    }
    if (fact.category === 'actor') {
      add('threat-actor', 'Attribution', fact.value, false, 'threat actor named in the article');
      continue;
    }
    if (fact.category === 'malware') {
      add('text', 'Payload delivery', fact.value, false, 'malware named in the article');
      continue;
    }
    const kind = attributeKind(fact);
    if (kind) add(kind.type, kind.category, kind.category === 'External analysis' && kind.type === 'vulnerability' ? fact.value.toUpperCase() : fact.value, kind.toIds, kind.comment);
  }
  for (const tag of clipping.tags) tags.set(tag, { name: tag });
  const report = {
    uuid: uuidFor(`misp-event-report:${eventUuid}`),
    name: clipping.title || clipping.url || 'Article',
    content: buildMarkdown(clipping),
    distribution: INHERIT_EVENT,
    timestamp,
  };
  return {
    uuid: eventUuid,
    info: clipping.title || clipping.url || 'Incident Lens clipping',
    date: eventDate(clipping),
    distribution: YOUR_ORGANISATION_ONLY,
    threat_level_id: THREAT_LEVEL_UNDEFINED,
    analysis: ANALYSIS_COMPLETED,
    published: false,
    timestamp,
    Attribute: attributes,
    Tag: [...tags.values()],
    EventReport: [report],
  };
}

/** The MISP JSON of `clippings`. */
export function buildMispJson(clippings: readonly Clipping[]): string {
  const events = inFileOrder(clippings).map((clipping) => ({ Event: buildMispEvent(clipping) }));
  const body = events.length === 1 ? events[0] : { response: events };
  return `${JSON.stringify(body, null, 2)}\n`;
}
