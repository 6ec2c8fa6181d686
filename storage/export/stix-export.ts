/**
 * The `stix` export: one STIX 2.1 bundle. Each clipping is a `report` whose `object_refs` name the
 * objects its facts stand for: `identity` (affected organisations; agencies with sector
 * government), `intrusion-set` (actors), `malware` (families), `vulnerability`, `indicator` (a STIX
 * pattern each), the `relationship`s the article supports (named in the same paragraph: actor
 * targets organisation, actor uses malware, indicator indicates malware) and the user's note as a
 * `note`. What STIX has no object for (services and their status, dates and the words they were
 * read from, the verdict, tags, language) travels in a property extension on the report, declared
 * by an `extension-definition` in the same bundle. Ids are deterministic (storage/export/entity-ids.ts).
 */
import type { Clipping, ClippingFact } from '../clipping';
import { completeIncidents, type Incident, type IncidentRecord } from '../incident';
import { canonicalIdOf, galaxyClusterOf, uuidFor } from './entity-ids';
import { excerptOf } from './markdown-export';
import { inFileOrder } from './library-file';

/** A STIX object as plain JSON. */
export type StixObject = Record<string, unknown> & { type: string; id: string };

/** The bundle. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

const SPEC = '2.1';
/** Incident Lens as the identity that defines the extension. */
export const PRODUCER_ID = `identity--${uuidFor('identity:incident-lens')}`;
/** The clipping property extension's id. */
export const EXTENSION_ID = `extension-definition--${uuidFor('extension-definition:incident-lens-clipping-v1')}`;
/** Fixed creation time of the two objects above, so they are the same in every bundle. */
const PRODUCER_CREATED = '2026-12-01T00:00:00.000Z';

const EXTENSION_SCHEMA =
  'Incident Lens clipping (property extension on report). Properties: clipping_id (string), lang (string), ' +
  'incident {is_incident, score, kinds, reasons}, tags [string], services [{name, status, text, start, end}], ' +
  'dates [{value, text, start, end, relative}], other_facts [{category, value, text, start, end, id, attrs}], url, saved, updated. ' +
  'Offsets are UTF-16 code units into the article text. See the README of Incident Lens, section "Export".';

function producerObjects(): StixObject[] {
  return [
    { type: 'identity', spec_version: SPEC, id: PRODUCER_ID, created: PRODUCER_CREATED, modified: PRODUCER_CREATED, name: 'Incident Lens', identity_class: 'system' },
    {
      type: 'extension-definition',
      spec_version: SPEC,
      id: EXTENSION_ID,
      created_by_ref: PRODUCER_ID,
      created: PRODUCER_CREATED,
      modified: PRODUCER_CREATED,
      name: 'Incident Lens clipping',
      description: 'What an Incident Lens clipping holds beyond STIX objects: affected services with their status, dates with the words they were read from, the verdict, tags.',
      schema: EXTENSION_SCHEMA,
      version: '1.0.0',
      extension_types: ['property-extension'],
    },
  ];
}

/** A publication date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time) as a STIX timestamp, or null. */
export function stixTimestamp(date: string | null): string | null {
  if (!date) return null;
  const day = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  const ms = day ? Date.UTC(Number(day[1]), Number(day[2] ?? 1) - 1, Number(day[3] ?? 1)) : Date.parse(date);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function escapePattern(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

const HASH_NAMES: Record<string, string> = { md5: 'MD5', sha1: "'SHA-1'", sha256: "'SHA-256'", sha512: "'SHA-512'" };

/** The STIX pattern of an indicator fact, or null for a type STIX has no pattern for. */
export function indicatorPattern(fact: Pick<ClippingFact, 'value' | 'attrs'>): string | null {
  const value = escapePattern(fact.value);
  const type = fact.attrs?.type;
  switch (type) {
    case 'ipv4':
      return `[ipv4-addr:value = '${value}']`;
    case 'ipv6':
      return `[ipv6-addr:value = '${value}']`;
    case 'domain':
      return `[domain-name:value = '${value}']`;
    case 'url':
      return `[url:value = '${value}']`;
    case 'email':
      return `[email-addr:value = '${value}']`;
    default:
      return type && HASH_NAMES[type] ? `[file:hashes.${HASH_NAMES[type]} = '${value}']` : null;
  }
}

/** The paragraph (text block) index of each offset, to tell which facts the article names together. */
function paragraphOf(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Entity {
  object: StixObject;
  aliases: Set<string>;
  created: number;
  modified: number;
}

const ENTITY_CATEGORIES = new Set(['organization', 'agency', 'actor', 'malware', 'vulnerability', 'indicator']);

/** The OASIS Incident Core Extension (oasis-open/cti-stix-common-objects, extension-definitions/sdos/incident-core). */
export const INCIDENT_CORE_EXTENSION_ID = 'extension-definition--ef765651-680c-498d-9894-99799f2fa126';

/**
 * Incident kinds (corpus/GUIDELINES.md) in the incident core extension's incident-type-ov (section
 * 3.3) where a value of it says the same: an outage and a DDoS are a loss of availability, a breach
 * the unauthorised release of information, espionage unauthorised access, and an intrusion, a
 * ransomware or malware infection or a defacement a compromised system. The vocabulary is open:
 * kinds it has no value for (phishing, fraud, supply-chain, whose side of the chain the article
 * does not say) are kept as they are.
 */
const INCIDENT_TYPES: Readonly<Record<string, string>> = {
  outage: 'denial-of-service',
  ddos: 'denial-of-service',
  breach: 'unauthorized-release',
  espionage: 'unauthorized-access',
  intrusion: 'compromised-system',
  ransomware: 'compromised-system',
  malware: 'compromised-system',
  defacement: 'compromised-system',
};

/** An incident's kinds as incident-type-ov values (see {@link INCIDENT_TYPES}), in order, once each. */
export function incidentTypesOf(kinds: readonly string[]): string[] {
  return [...new Set(kinds.map((kind) => INCIDENT_TYPES[kind] ?? kind))];
}

/** An incident's STIX id: deterministic, so a re-export updates it, and a merged incident's id still names it. */
export function stixIncidentId(incidentId: string): string {
  return `incident--${uuidFor(`incident:${incidentId}`)}`;
}

/**
 * The `incident` objects of `incidents` (issue 16): name and description from the incident, the
 * OASIS incident core extension 2.0 where it fits (determination, from incident-determination-enum:
 * successful-attempt — "caused at least some harm" — when a source reports an incident, else
 * suspected; investigation status open, from incident-investigation-ov; incident types: its kinds
 * as incident-type-ov values, {@link incidentTypesOf}). Relationships: `related-to` between incidents the user marked related and between
 * incidents of one victim (another incident at the same company); each incident merged into
 * another stays as a stub that is `duplicate-of` the survivor, so a reader that imported the
 * older export learns where it went.
 */
function incidentObjects(incidents: readonly Incident[], clippings: readonly Clipping[], relate: (kind: string, source: string, target: string, created: number, modified: number) => void): StixObject[] {
  const objects: StixObject[] = [];
  const reporting = new Map(clippings.map((clipping) => [clipping.id, clipping.incident.isIncident]));
  for (const incident of incidents) {
    const created = new Date(incident.createdAt).toISOString();
    const modified = new Date(Math.max(incident.createdAt, incident.updatedAt)).toISOString();
    const victims = incident.victims.map((victim) => (victim.zh && victim.zh !== victim.en ? `${victim.en} (${victim.zh})` : victim.en));
    const window = incident.firstDate ? (incident.lastDate && incident.lastDate !== incident.firstDate ? `${incident.firstDate} to ${incident.lastDate}` : incident.firstDate) : null;
    const description = [victims.length ? `Victims: ${victims.join(', ')}.` : '', window ? `Dates: ${window}.` : '', `Sources: ${incident.clippingIds.length}.`].filter(Boolean).join(' ');
    const confirmed = incident.clippingIds.some((id) => reporting.get(id));
    objects.push({
      type: 'incident',
      spec_version: SPEC,
      id: stixIncidentId(incident.id),
      created,
      modified,
      name: incident.title,
      description,
      extensions: {
        [INCIDENT_CORE_EXTENSION_ID]: {
          extension_type: 'property-extension',
          determination: confirmed ? 'successful-attempt' : 'suspected',
          investigation_status: 'open',
          ...(incident.kinds.length ? { incident_types: incidentTypesOf(incident.kinds) } : {}),
        },
      },
    });
    for (const merged of incident.mergedIds) {
      const stub = stixIncidentId(merged);
      objects.push({ type: 'incident', spec_version: SPEC, id: stub, created, modified, name: `${incident.title} (merged)`, description: `Merged into ${incident.title}.` });
      relate('duplicate-of', stub, stixIncidentId(incident.id), incident.createdAt, incident.updatedAt);
    }
  }
  const inBundle = new Set(incidents.map((incident) => incident.id as string));
  for (const [i, incident] of incidents.entries()) {
    const keys = new Set(incident.victims.map((victim) => victim.key));
    for (const other of incidents.slice(i + 1)) {
      const marked = incident.relatedIds.includes(other.id) || other.relatedIds.includes(incident.id);
      const sameVictim = other.victims.some((victim) => keys.has(victim.key));
      if (!(marked || sameVictim) || !inBundle.has(other.id)) continue;
      const [source, target] = [incident, other].sort((a, b) => (a.id < b.id ? -1 : 1));
      relate('related-to', stixIncidentId(source.id), stixIncidentId(target.id), Math.min(incident.createdAt, other.createdAt), Math.max(incident.updatedAt, other.updatedAt));
    }
  }
  return objects;
}

/** Builds the STIX 2.1 bundle of `clippings` (and the incidents they are linked to, among `incidents`), exported at `now`. */
export function buildStixBundle(clippings: readonly Clipping[], { now, incidents: records = [] }: { now: Date; incidents?: readonly IncidentRecord[] }): StixBundle {
  const incidents = completeIncidents(records, clippings);
  const incidentOfClipping = new Map<string, string>();
  for (const incident of incidents) for (const id of incident.clippingIds) incidentOfClipping.set(id, stixIncidentId(incident.id));
  const entities = new Map<string, Entity>();
  const reports: StixObject[] = [];
  const extras: StixObject[] = [];
  const relationships = new Map<string, StixObject & { created: string; modified: string }>();

  const entityFor = (fact: ClippingFact, clipping: Clipping, published: string): string | null => {
    const canonical = canonicalIdOf(fact);
    const type = { organization: 'identity', agency: 'identity', actor: 'intrusion-set', malware: 'malware', vulnerability: 'vulnerability', indicator: 'indicator' }[fact.category as string];
    if (!type) return null;
    const id = `${type}--${uuidFor(canonical)}`;
    let entity = entities.get(id);
    if (!entity) {
      const base: StixObject = { type, spec_version: SPEC, id, created: '', modified: '' };
      const cluster = galaxyClusterOf(fact);
      switch (fact.category) {
        case 'organization':
          Object.assign(base, { name: fact.value, identity_class: 'organization' });
          break;
        case 'agency':
          Object.assign(base, { name: fact.value, identity_class: 'organization', sectors: ['government'] });
          break;
        case 'actor':
          Object.assign(base, { name: fact.value });
          break;
        case 'malware':
          Object.assign(base, { name: fact.value, is_family: true });
          break;
        case 'vulnerability':
          Object.assign(base, {
            name: fact.value,
            ...(/^CVE-\d{4}-\d+$/i.test(fact.value) ? { external_references: [{ source_name: 'cve', external_id: fact.value.toUpperCase() }] } : {}),
          });
          break;
        case 'indicator': {
          const pattern = indicatorPattern(fact);
          if (!pattern) return null;
          Object.assign(base, { name: fact.value, pattern, pattern_type: 'stix', valid_from: published, indicator_types: ['malicious-activity'] });
          break;
        }
      }
      if (cluster) base.external_references = [{ source_name: `misp-galaxy:${cluster.galaxy}`, external_id: cluster.uuid, description: cluster.value }];
      entity = { object: base, aliases: new Set(), created: clipping.savedAt, modified: clipping.updatedAt };
      entities.set(id, entity);
      if (cluster && cluster.value !== fact.value) entity.aliases.add(cluster.value);
    }
    entity.created = Math.min(entity.created, clipping.savedAt);
    entity.modified = Math.max(entity.modified, clipping.updatedAt);
    if (fact.text !== entity.object.name && (fact.category === 'actor' || fact.category === 'malware')) entity.aliases.add(fact.text);
    return id;
  };

  const relate = (kind: string, source: string, target: string, clipping: Clipping): string => {
    const id = `relationship--${uuidFor(`relationship:${kind}:${source}:${target}`)}`;
    const existing = relationships.get(id);
    const created = new Date(clipping.savedAt).toISOString();
    const modified = new Date(Math.max(clipping.savedAt, clipping.updatedAt)).toISOString();
    if (!existing) {
      relationships.set(id, { type: 'relationship', spec_version: SPEC, id, created, modified, relationship_type: kind, source_ref: source, target_ref: target });
    } else {
      if (created < existing.created) existing.created = created;
      if (modified > existing.modified) existing.modified = modified;
    }
    return id;
  };

  for (const clipping of inFileOrder(clippings)) {
    const created = new Date(clipping.savedAt).toISOString();
    const modified = new Date(Math.max(clipping.savedAt, clipping.updatedAt)).toISOString();
    const published = stixTimestamp(clipping.published) ?? created;
    const reportId = `report--${uuidFor(`report:${clipping.key}`)}`;
    const refs = new Set<string>();
    const incidentRef = incidentOfClipping.get(clipping.id);
    if (incidentRef) refs.add(incidentRef);
    const paragraph = paragraphOf(clipping.text);
    const byCategory = new Map<string, Array<{ id: string; paragraph: number }>>();
    const services: unknown[] = [];
    const dates: unknown[] = [];
    const otherFacts: unknown[] = [];
    const facts = [...clipping.facts].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const fact of facts) {
      const id = ENTITY_CATEGORIES.has(fact.category) ? entityFor(fact, clipping, published) : null;
      if (id) {
        refs.add(id);
        const list = byCategory.get(fact.category) ?? [];
        list.push({ id, paragraph: paragraph(fact.start) });
        byCategory.set(fact.category, list);
      } else if (fact.category === 'service') {
        services.push({ name: fact.value, status: fact.attrs?.status ?? 'unknown', text: fact.text, start: fact.start, end: fact.end });
      } else if (fact.category === 'date') {
        dates.push({ value: fact.value, text: fact.text, start: fact.start, end: fact.end, relative: fact.attrs?.relative === 'true' });
      } else {
        otherFacts.push({ category: fact.category, value: fact.value, text: fact.text, start: fact.start, end: fact.end, ...(fact.id ? { id: fact.id } : {}), ...(fact.attrs ? { attrs: fact.attrs } : {}) });
      }
    }
    const together = (a: string, b: string, kind: string) => {
      for (const source of byCategory.get(a) ?? []) {
        for (const target of byCategory.get(b) ?? []) {
          if (source.paragraph === target.paragraph && source.id !== target.id) refs.add(relate(kind, source.id, target.id, clipping));
        }
      }
    };
    together('actor', 'organization', 'targets');
    together('actor', 'malware', 'uses');
    together('indicator', 'malware', 'indicates');

    const extension: Record<string, unknown> = {
      extension_type: 'property-extension',
      clipping_id: clipping.id,
      url: clipping.url,
      lang: clipping.lang,
      saved: created,
      updated: new Date(clipping.updatedAt).toISOString(),
      incident: {
        is_incident: clipping.incident.isIncident,
        score: clipping.incident.score,
        ...(clipping.incident.kinds.length ? { kinds: clipping.incident.kinds } : {}),
        ...(clipping.incident.reasons.length ? { reasons: clipping.incident.reasons } : {}),
      },
    };
    // STIX custom properties may not hold empty lists: absent means none.
    if (clipping.tags.length) extension.tags = clipping.tags;
    if (services.length) extension.services = services;
    if (dates.length) extension.dates = dates;
    if (otherFacts.length) extension.other_facts = otherFacts;

    if (clipping.note.trim()) {
      const noteId = `note--${uuidFor(`note:${clipping.key}`)}`;
      extras.push({ type: 'note', spec_version: SPEC, id: noteId, created, modified, content: clipping.note, object_refs: [reportId] });
    }
    const excerpt = excerptOf(clipping, 1_200, false);
    // A report must refer to something: a clipping without facts refers to the extension that carries it.
    const objectRefs = refs.size ? [...refs] : [EXTENSION_ID];
    reports.push({
      type: 'report',
      spec_version: SPEC,
      id: reportId,
      created,
      modified,
      name: clipping.title || clipping.url || 'Untitled',
      ...(excerpt ? { description: excerpt } : {}),
      report_types: ['threat-report'],
      published,
      object_refs: objectRefs,
      ...(clipping.tags.length ? { labels: clipping.tags } : {}),
      ...(clipping.lang && clipping.lang !== 'und' ? { lang: clipping.lang } : {}),
      external_references: [{ source_name: clipping.site || 'article', url: clipping.url, ...(clipping.published ? { description: `published ${clipping.published}` } : {}) }],
      extensions: { [EXTENSION_ID]: extension },
    });
  }

  const entityObjects = [...entities.values()].map(({ object, aliases, created, modified }) => {
    const out: StixObject = { ...object, created: new Date(created).toISOString(), modified: new Date(Math.max(created, modified)).toISOString() };
    if (aliases.size && (object.type === 'intrusion-set' || object.type === 'malware')) out.aliases = [...aliases];
    return out;
  });
  const incidentStix = incidentObjects(incidents, clippings, (kind, source, target, created, modified) => {
    const id = `relationship--${uuidFor(`relationship:${kind}:${source}:${target}`)}`;
    relationships.set(id, { type: 'relationship', spec_version: SPEC, id, created: new Date(created).toISOString(), modified: new Date(Math.max(created, modified)).toISOString(), relationship_type: kind, source_ref: source, target_ref: target });
  });
  const objects = [...producerObjects(), ...reports, ...extras, ...entityObjects, ...incidentStix, ...relationships.values()];
  const bundleId = `bundle--${uuidFor(`bundle:${now.toISOString()}:${reports.map((report) => report.id).join(',')}`)}`;
  return { type: 'bundle', id: bundleId, objects };
}

/** The bundle as the file's text. */
export function buildStixJson(clippings: readonly Clipping[], { now, incidents = [] }: { now: Date; incidents?: readonly IncidentRecord[] }): string {
  return `${JSON.stringify(buildStixBundle(clippings, { now, incidents }), null, 2)}\n`;
}
