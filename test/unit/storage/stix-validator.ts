/**
 * Test helper: validates a STIX 2.1 bundle against the OASIS JSON schemas kept in
 * test/fixtures/stix2-json-schemas (draft 2020-12, TOOLCHAIN.md pitfall 8), and checks what the
 * schemas cannot: every `*_ref` and `*_refs` resolves inside the bundle, ids are unique, and
 * `modified` is not before `created`. Returns the problems found, empty when the bundle is valid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const SCHEMAS = resolve(__dirname, '../../fixtures/stix2-json-schemas/schemas');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';

function createAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  for (const folder of ['common', 'sdos', 'sros', 'observables']) {
    for (const file of readdirSync(join(SCHEMAS, folder))) {
      if (file.endsWith('.json')) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, folder, file), 'utf8')));
    }
  }
  return ajv;
}

/** 2.1 object types bundle.json does not list (see stixProblems). */
const NOT_IN_BUNDLE_SCHEMA = new Set(['note', 'opinion', 'grouping', 'location', 'incident', 'extension-definition']);

let ajv: ReturnType<typeof createAjv> | null = null;

function schemaIdOf(type: string): string {
  if (type === 'relationship' || type === 'sighting') return `${BASE}/sros/${type}.json`;
  if (type === 'extension-definition' || type === 'marking-definition' || type === 'language-content') return `${BASE}/common/${type}.json`;
  return `${BASE}/sdos/${type}.json`;
}

function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsOf(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.endsWith('_ref') && typeof inner === 'string') out.push(inner);
      else if (key.endsWith('_refs') && Array.isArray(inner)) out.push(...inner.filter((ref): ref is string => typeof ref === 'string'));
      else refsOf(inner, out);
    }
  }
  return out;
}

/** incident-determination-enum of the Incident Core Extension 2.0 (section 4.1): a closed list ("confirmed" is not in it). */
const INCIDENT_DETERMINATIONS = new Set(['blocked', 'successful-attempt', 'failed-attempt', 'false-positive', 'low-value', 'suspected']);
/** incident-investigation-ov (section 3.2): open, but its values are these. */
const INCIDENT_INVESTIGATION_STATUSES = new Set(['new', 'open', 'closed']);
/** incident-type-ov (section 3.3): open; a value outside it is allowed but must not be a near-miss spelling of one. */
export const INCIDENT_TYPE_OV = new Set([
  'compromised-system',
  'denial-of-service',
  'destruction',
  'equipment-loss',
  'equipment-theft',
  'major',
  'supply-chain-customer',
  'supply-chain-vendor',
  'unauthorized-access',
  'unauthorized-equipment',
  'unauthorized-release',
  'unauthorized-use',
]);

/**
 * Extension definitions published elsewhere (so a bundle need not carry them), with the checks
 * of their properties. The OASIS Incident Core Extension 2.0 (oasis-open/cti-stix-common-objects,
 * extension-definition-specifications/incident-core, "Incident Core Extension.adoc" and
 * incident_core.json): a property extension on `incident` whose `determination` (required) comes
 * from incident-determination-enum, `investigation_status` (required) from
 * incident-investigation-ov, and `incident_types` is a non-empty list of strings.
 */
const PUBLISHED_EXTENSIONS: Record<string, (extension: Record<string, unknown>) => string[]> = {
  'extension-definition--ef765651-680c-498d-9894-99799f2fa126': (extension) => [
    ...(extension.extension_type === 'property-extension' ? [] : ['extension_type must be property-extension']),
    ...(INCIDENT_DETERMINATIONS.has(String(extension.determination)) ? [] : [`determination ${String(extension.determination)} is not in incident-determination-enum`]),
    ...(INCIDENT_INVESTIGATION_STATUSES.has(String(extension.investigation_status)) ? [] : [`investigation_status ${String(extension.investigation_status)} is not in incident-investigation-ov`]),
    ...(extension.incident_types === undefined || (Array.isArray(extension.incident_types) && extension.incident_types.length > 0 && extension.incident_types.every((type) => typeof type === 'string')) ? [] : ['incident_types must be a non-empty list of strings']),
  ],
};

/** Problems of `bundle`, one line each. */
export function stixProblems(bundle: { id?: string; objects?: Array<Record<string, unknown>> }): string[] {
  ajv ??= createAjv();
  const problems: string[] = [];
  const objects = bundle.objects ?? [];
  // bundle.json's list of object types lacks several 2.1 objects (note, grouping, location,
  // extension-definition…), and its rule for the others ("exactly one of core or
  // cyber-observable-core") refuses them, as both accept them: the envelope is checked here with
  // the objects it lists, and every object below against its own type's schema.
  const validateBundle = ajv.getSchema(`${BASE}/common/bundle.json`)!;
  if (!validateBundle({ ...bundle, objects: objects.filter((object) => !NOT_IN_BUNDLE_SCHEMA.has(String(object.type))) })) problems.push(`bundle: ${ajv.errorsText(validateBundle.errors)}`);
  const ids = new Set<string>();
  for (const object of objects) {
    const id = String(object.id);
    if (ids.has(id)) problems.push(`${id}: id used twice`);
    ids.add(id);
    const validate = ajv.getSchema(schemaIdOf(String(object.type)));
    if (!validate) problems.push(`${id}: no schema for type ${String(object.type)}`);
    else if (!validate(object)) problems.push(`${id}: ${ajv.errorsText(validate.errors)}`);
    if (typeof object.created === 'string' && typeof object.modified === 'string' && object.modified < object.created) problems.push(`${id}: modified before created`);
  }
  for (const object of objects) {
    for (const ref of refsOf(object)) if (!ids.has(ref)) problems.push(`${String(object.id)}: ${ref} is not in the bundle`);
    for (const [key, extension] of Object.entries((object.extensions as Record<string, Record<string, unknown>> | undefined) ?? {})) {
      const published = PUBLISHED_EXTENSIONS[key];
      if (published) problems.push(...published(extension).map((problem) => `${String(object.id)}: ${key}: ${problem}`));
      else if (key.startsWith('extension-definition--') && !ids.has(key)) problems.push(`${String(object.id)}: extension ${key} is not defined in the bundle`);
    }
  }
  return problems;
}
