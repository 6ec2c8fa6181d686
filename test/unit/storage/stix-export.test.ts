import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../engine/analyze-article';
import { draftFor, type Clipping, type ClippingId } from '../../../storage/clipping';
import { indexFieldsOf } from '../../../storage/clipping-repository';
import { canonicalIdOf, uuidFor } from '../../../storage/export/entity-ids';
import { buildStixBundle, EXTENSION_ID, indicatorPattern, stixTimestamp, type StixObject } from '../../../storage/export/stix-export';
import { hasCorpus, readCorpusPage, readLabels } from '../corpus';
import { FIXED_NOW, makeClipping, makeDraft, sampleClippings } from './clipping-fixtures';
import { stixProblems } from './stix-validator';

const NOW = new Date(FIXED_NOW);

function objectsOf(bundle: { objects: StixObject[] }, type: string): StixObject[] {
  return bundle.objects.filter((object) => object.type === type);
}

const THREAT_TEXT =
  'Lazarus Group deployed WannaCry against Northfield Hospital, exploiting CVE-2017-0144.\n' +
  'The WannaCry sample beaconed to 203.0.113.7 and evil-updates.example.net; the dropper hash is d41d8cd98f00b204e9800998ecf8427e.\n' +
  'In a separate campaign, APT28 used X-Agent.';

function threatClipping(): Clipping {
  const draft = makeDraft({ text: THREAT_TEXT, note: 'Check our exposure to <b>this</b>.', tags: ['health'] }, []);
  const at = (quote: string) => THREAT_TEXT.indexOf(quote);
  const fact = (category: Clipping['facts'][number]['category'], quote: string, value: string, extra: Partial<Clipping['facts'][number]> = {}) => ({
    category,
    text: quote,
    start: at(quote),
    end: at(quote) + quote.length,
    value,
    selector: { exact: quote, prefix: '', suffix: '' },
    origin: 'engine' as const,
    ...extra,
  });
  draft.facts = [
    fact('actor', 'Lazarus Group', 'Lazarus Group', { id: 'actor:lazarus-group' }),
    fact('malware', 'WannaCry', 'WannaCry', { id: 'malware:wannacry' }),
    fact('organization', 'Northfield Hospital', 'Northfield Hospital'),
    fact('vulnerability', 'CVE-2017-0144', 'CVE-2017-0144', { attrs: { scheme: 'cve' } }),
    { ...fact('malware', 'WannaCry', 'WannaCry', { id: 'malware:wannacry' }), start: THREAT_TEXT.lastIndexOf('WannaCry'), end: THREAT_TEXT.lastIndexOf('WannaCry') + 8 },
    fact('indicator', '203.0.113.7', '203.0.113.7', { attrs: { type: 'ipv4' } }),
    fact('indicator', 'evil-updates.example.net', 'evil-updates.example.net', { attrs: { type: 'domain' } }),
    fact('indicator', 'd41d8cd98f00b204e9800998ecf8427e', 'd41d8cd98f00b204e9800998ecf8427e', { attrs: { type: 'md5' } }),
    fact('actor', 'APT28', 'APT28', { id: 'actor:apt28' }),
    fact('malware', 'X-Agent', 'X-Agent', { id: 'malware:x-agent' }),
  ];
  return makeClipping(draft);
}

describe('STIX 2.1 export', () => {
  test('a bundle of the sample library validates against the OASIS schemas; refs resolve', () => {
    const bundle = buildStixBundle([...sampleClippings(), threatClipping()], { now: NOW });
    expect(stixProblems(bundle)).toEqual([]);
    expect(objectsOf(bundle, 'report')).toHaveLength(4);
  });

  test('a report per clipping with the article as external reference; services and dates in the extension', () => {
    const [royalMail] = sampleClippings();
    const withService = makeClipping(makeDraft({ ...royalMail, facts: undefined }, [['service', '国际出口服务'], ['date', '1月10日', '2023-01-10']]));
    withService.facts[0].attrs = { status: 'affected' };
    const bundle = buildStixBundle([withService], { now: NOW });
    const [report] = objectsOf(bundle, 'report');
    expect(report).toMatchObject({ name: royalMail.title, published: '2023-01-14T00:00:00.000Z', external_references: [{ url: royalMail.url }] });
    const extension = (report.extensions as Record<string, Record<string, unknown>>)[EXTENSION_ID];
    expect(extension.services).toEqual([{ name: '国际出口服务', status: 'affected', text: '国际出口服务', start: expect.any(Number), end: expect.any(Number) }]);
    expect(extension.dates).toEqual([expect.objectContaining({ value: '2023-01-10', text: '1月10日', relative: false })]);
    expect(objectsOf(bundle, 'extension-definition')).toHaveLength(1);
    expect(stixProblems(bundle)).toEqual([]);
  });

  test('objects for each category, relationships from one paragraph only, the note as a note', () => {
    const bundle = buildStixBundle([threatClipping()], { now: NOW });
    const byName = (type: string, name: string) => objectsOf(bundle, type).find((object) => object.name === name)!;
    expect(byName('intrusion-set', 'Lazarus Group')).toBeDefined();
    expect(byName('malware', 'WannaCry')).toMatchObject({ is_family: true });
    expect(byName('identity', 'Northfield Hospital')).toMatchObject({ identity_class: 'organization' });
    expect(byName('vulnerability', 'CVE-2017-0144')).toMatchObject({ external_references: [{ source_name: 'cve', external_id: 'CVE-2017-0144' }] });
    expect(byName('indicator', '203.0.113.7')).toMatchObject({ pattern: "[ipv4-addr:value = '203.0.113.7']", pattern_type: 'stix' });
    const lazarus = byName('intrusion-set', 'Lazarus Group').id;
    const wannacry = byName('malware', 'WannaCry').id;
    const relations = objectsOf(bundle, 'relationship').map((r) => [r.relationship_type, r.source_ref, r.target_ref]);
    expect(relations).toContainEqual(['targets', lazarus, byName('identity', 'Northfield Hospital').id]);
    expect(relations).toContainEqual(['uses', lazarus, wannacry]);
    expect(relations).toContainEqual(['uses', byName('intrusion-set', 'APT28').id, byName('malware', 'X-Agent').id]);
    // Different paragraphs: the article does not say Lazarus used X-Agent.
    expect(relations).not.toContainEqual(['uses', lazarus, byName('malware', 'X-Agent').id]);
    expect(relations).toContainEqual(['indicates', byName('indicator', '203.0.113.7').id, wannacry]);
    expect(objectsOf(bundle, 'note')[0]).toMatchObject({ content: 'Check our exposure to <b>this</b>.', object_refs: [objectsOf(bundle, 'report')[0].id] });
  });

  test('ids are deterministic: the same agency in two clippings and in two exports is one object', () => {
    const [royalMail, council] = sampleClippings();
    for (const clipping of [royalMail, council]) for (const fact of clipping.facts) if (fact.category === 'agency') fact.id = 'agency:gb-ncsc';
    const first = buildStixBundle([royalMail, council], { now: NOW });
    const again = buildStixBundle([council], { now: new Date(FIXED_NOW + 86_400_000) });
    const agencies = objectsOf(first, 'identity').filter((object) => (object.sectors as string[] | undefined)?.includes('government'));
    expect(agencies).toHaveLength(1);
    expect(agencies[0].id).toBe(`identity--${uuidFor('agency:gb-ncsc')}`);
    expect(objectsOf(again, 'identity').map((o) => o.id)).toContain(agencies[0].id);
    expect(objectsOf(again, 'report')[0].id).toBe(objectsOf(first, 'report').find((r) => r.name === council.title)!.id);
  });

  test('actors and malware known to MISP take the galaxy cluster uuid as canonical id', () => {
    expect(canonicalIdOf({ category: 'actor', id: 'actor:apt28', value: 'APT28' })).toMatch(/^misp-galaxy:[0-9a-f-]{36}$/);
    expect(canonicalIdOf({ category: 'organization', value: 'Royal  Mail' })).toBe('organization:royal mail');
  });

  test.each([
    [{ value: '203.0.113.7', attrs: { type: 'ipv4' } }, "[ipv4-addr:value = '203.0.113.7']"],
    [{ value: "http://x.example/a'b\\c", attrs: { type: 'url' } }, "[url:value = 'http://x.example/a\\'b\\\\c']"],
    [{ value: 'a'.repeat(64), attrs: { type: 'sha256' } }, `[file:hashes.'SHA-256' = '${'a'.repeat(64)}']`],
    [{ value: 'x', attrs: { type: 'unknown' } }, null],
  ])('indicator pattern %#', (fact, pattern) => {
    expect(indicatorPattern(fact)).toBe(pattern);
  });

  test.each([
    ['2023-01-14', '2023-01-14T00:00:00.000Z'],
    ['2023-01', '2023-01-01T00:00:00.000Z'],
    ['2023', '2023-01-01T00:00:00.000Z'],
    ['2023-01-14T08:30:00+08:00', '2023-01-14T00:30:00.000Z'],
    ['someday', null],
    [null, null],
  ])('stixTimestamp(%s)', (date, expected) => {
    expect(stixTimestamp(date)).toBe(expected);
  });
});

describe.skipIf(!hasCorpus)('STIX 2.1 export of every corpus page', () => {
  test('one bundle of all corpus pages, and one per page, validate', () => {
    const clippings: Clipping[] = [];
    for (const label of readLabels()) {
      const article = readCorpusPage(label);
      if (!article) continue;
      const draft = draftFor(article, analyzeArticle(article, { now: NOW }));
      const key = draft.canonicalUrl ?? draft.url;
      if (clippings.some((c) => c.key === key)) continue;
      clippings.push({ ...draft, ...indexFieldsOf(draft), id: uuidFor(key) as ClippingId, key, savedAt: FIXED_NOW, updatedAt: FIXED_NOW });
    }
    expect(clippings.length).toBeGreaterThan(70);
    const all = buildStixBundle(clippings, { now: NOW });
    expect(stixProblems(all)).toEqual([]);
    for (const clipping of clippings) expect(stixProblems(buildStixBundle([clipping], { now: NOW })), clipping.url).toEqual([]);
    const types = new Set(all.objects.map((o) => o.type));
    for (const type of ['report', 'identity', 'intrusion-set', 'malware', 'vulnerability', 'indicator', 'relationship', 'extension-definition']) expect(types, type).toContain(type);
  });
});
