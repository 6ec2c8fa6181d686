import { Dexie } from 'dexie';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import type { ClippingDraft } from '../../../storage/clipping';
import { createClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { exportClippings } from '../../../storage/export/export-clippings';
import { buildLibraryJson } from '../../../storage/export/library-file';
import { createTransferOperations } from '../../../storage/export/library-transfer';
import { INCIDENT_CORE_EXTENSION_ID, buildStixBundle, stixIncidentId } from '../../../storage/export/stix-export';
import { createIncidentRepository } from '../../../storage/incident-repository';
import { readLibraryFile } from '../../../storage/import/read-library-file';
import { makeDraft } from './clipping-fixtures';
import { stixProblems } from './stix-validator';

const NOW = new Date('2026-12-06T00:00:00.000Z');
const opened: IncidentLensDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function library() {
  const db = openDatabase(`incident-export-${Math.random()}`);
  opened.push(db);
  let tick = Date.UTC(2026, 11, 1);
  let ids = 0;
  const options = { now: () => (tick += 1_000), newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` };
  return { db, clippings: createClippingRepository(db, options), incidents: createIncidentRepository(db, options) };
}

const royal = (draft: ClippingDraft): ClippingDraft => ({ ...draft, facts: draft.facts.map((fact) => (fact.category === 'organization' ? { ...fact, id: 'org:royal-mail' } : fact)) });
const ZH = '1月12日消息，英国皇家邮政（Royal Mail）遭网络攻击，国际出口服务中断。';
const EN = 'Royal Mail said on 11 January 2023 that a cyber incident disrupted its export services.';
const NOV = 'Royal Mail Track and Trace was down on 10 November 2022.';

/** Three clippings: two on January 2023 (one incident, one link accepted), one on November 2022; the two incidents marked related. */
async function filledLibrary() {
  const lib = library();
  const zh = await lib.clippings.save(royal(makeDraft({ text: ZH, url: 'https://mp.weixin.qq.com/s?sn=a', lang: 'zh', title: '皇家邮政遭网络攻击', published: '2023-01-14', incident: { isIncident: true, score: 0.9, kinds: ['outage'], reasons: [] } }, [['organization', '英国皇家邮政', 'Royal Mail'], ['date', '1月12日', '2023-01-12']])));
  const en = await lib.clippings.save(royal(makeDraft({ text: EN, url: 'https://news.example.org/jan', title: 'Royal Mail export disruption', published: '2023-01-12', incident: { isIncident: true, score: 0.9, kinds: ['outage', 'intrusion'], reasons: [] } }, [['organization', 'Royal Mail'], ['date', '11 January 2023', '2023-01-11']])));
  const nov = await lib.clippings.save(royal(makeDraft({ text: NOV, url: 'https://news.example.org/nov', title: 'Track and Trace down', published: '2022-11-10', incident: { isIncident: true, score: 0.7, kinds: ['outage'], reasons: [] } }, [['organization', 'Royal Mail'], ['date', '10 November 2022', '2022-11-10']])));
  const january = (await lib.incidents.linkOnSave(zh.id)).incidentId!;
  await lib.incidents.linkOnSave(en.id);
  await lib.incidents.accept(en.id);
  const november = (await lib.incidents.linkOnSave(nov.id)).incidentId!;
  await lib.incidents.setRelated(january, november, true);
  return { ...lib, january, november, zh, en, nov };
}

describe('exports carry incidents', () => {
  test('json: export → empty library → import → export gives the same bytes, incidents and links restored', async () => {
    const source = await filledLibrary();
    const first = await (await createTransferOperations(source.db).exportFile('json', null, NOW)).blob.text();
    const file = JSON.parse(first);
    expect(file.formatVersion).toBe(2);
    expect(file.incidents.map((incident: { id: string }) => incident.id).sort()).toEqual([source.january, source.november].sort());

    const target = library();
    const transfer = createTransferOperations(target.db);
    expect(await transfer.prepareImport(new Blob([first]))).toMatchObject({ ok: true });
    await transfer.confirmImport();
    expect(await target.db.incidents.toArray()).toEqual(await source.db.incidents.toArray());
    expect((await target.db.clippings.get(source.en.id))?.incidentLink).toEqual((await source.db.clippings.get(source.en.id))?.incidentLink);
    const again = await (await createTransferOperations(target.db).exportFile('json', null, NOW)).blob.text();
    expect(again).toBe(first);
  });

  test('json: a version 1 file still imports; its clippings keep the links the library had', async () => {
    const source = await filledLibrary();
    const clippings = await source.db.clippings.toArray();
    const v1 = buildLibraryJson(clippings.map((clipping) => ({ ...clipping, incidentId: null, incidentLink: null, note: 'edited later', updatedAt: clipping.updatedAt + 60_000 })), { now: NOW })
      .replace('"formatVersion": 2', '"formatVersion": 1')
      .replace(/,\n {2}"incidents": \[\]/, '');
    const read = readLibraryFile(v1);
    expect(read).toMatchObject({ ok: true, incidents: [] });
    const transfer = createTransferOperations(source.db);
    expect(await transfer.prepareImport(new Blob([v1]))).toMatchObject({ ok: true, summary: { updated: 3 } });
    await transfer.confirmImport();
    expect((await source.db.clippings.get(source.zh.id))).toMatchObject({ note: 'edited later', incidentId: source.january });
    expect((await source.db.incidents.get(source.january))?.clippingIds).toHaveLength(2);
  });

  test('json: a link to an incident the file does not hold is refused, with where', async () => {
    const source = await filledLibrary();
    const text = await (await createTransferOperations(source.db).exportFile('json', null, NOW)).blob.text();
    const broken = text.replace(`"incidentId":"${source.november}"`, '"incidentId":"nowhere"');
    expect(readLibraryFile(broken)).toEqual({ ok: false, error: expect.stringMatching(/^clippings\[\d\]\.incidentId: no incident with this id in the file$/) });
  });

  test('markdown: one note per incident linking the notes of its clippings', async () => {
    const source = await filledLibrary();
    const file = exportClippings(await source.db.clippings.toArray(), 'markdown', { now: NOW, incidents: await source.db.incidents.toArray() });
    const notes = Object.fromEntries(Object.entries(unzipSync(file.data as Uint8Array)).map(([name, bytes]) => [name, strFromU8(bytes)]));
    const incidentNotes = Object.keys(notes).filter((name) => name.startsWith('Incident - '));
    expect(incidentNotes.sort()).toEqual(['Incident - Royal Mail outage (Nov 2022).md', 'Incident - Royal Mail outage, intrusion (Jan 2023).md']);
    const january = notes['Incident - Royal Mail outage, intrusion (Jan 2023).md'];
    expect(january).toContain('victims: ["Royal Mail (皇家邮政)"]');
    expect(january).toContain('first_date: "2023-01-11"');
    expect(january).toContain('- [Royal Mail export disruption](<Royal Mail export disruption.md>) (Example News, en, incident date 2023-01-11)\n');
    expect(january).toContain('- [皇家邮政遭网络攻击](<皇家邮政遭网络攻击.md>) (Example News, zh, incident date 2023-01-12) — proposed, not yet accepted');
    for (const link of january.matchAll(/\]\(<([^>]+)>\)/g)) expect(notes[link[1]]).toBeDefined();
  });

  test('stix: incident objects with the incident core extension, reports linked, related-to and duplicate-of; valid', async () => {
    const source = await filledLibrary();
    // Merge November into January and split it out again: January keeps November's id as merged.
    await source.incidents.merge(source.january, source.november);
    const split = await source.incidents.split(source.nov.id);
    const bundle = buildStixBundle(await source.db.clippings.toArray(), { now: NOW, incidents: await source.db.incidents.toArray() });
    expect(stixProblems(bundle)).toEqual([]);
    const january = bundle.objects.find((object) => object.id === stixIncidentId(source.january))!;
    expect(january).toMatchObject({ type: 'incident', name: 'Royal Mail: outage, intrusion (Jan 2023)', extensions: { [INCIDENT_CORE_EXTENSION_ID]: { extension_type: 'property-extension', determination: 'successful-attempt', investigation_status: 'open', incident_types: ['denial-of-service', 'compromised-system'] } } });
    const reports = bundle.objects.filter((object) => object.type === 'report');
    expect(reports.filter((report) => (report.object_refs as string[]).includes(january.id))).toHaveLength(2);
    const relationships = bundle.objects.filter((object) => object.type === 'relationship').map((object) => [object.relationship_type, object.source_ref, object.target_ref]);
    expect(relationships).toContainEqual(['duplicate-of', stixIncidentId(source.november), january.id]);
    // The extension's vocabularies (Incident Core Extension 2.0): "confirmed" is no determination.
    const old = { ...bundle, objects: bundle.objects.map((object) => (object.id === january.id ? { ...object, extensions: { [INCIDENT_CORE_EXTENSION_ID]: { extension_type: 'property-extension', determination: 'confirmed', investigation_status: 'open' } } } : object)) };
    expect(stixProblems(old)).toEqual([expect.stringMatching(/determination confirmed is not in incident-determination-enum/)]);
    const splitId = stixIncidentId(split.incidentId!);
    // The split-out incident has the same victim, months apart: related, not the same.
    expect(relationships.filter(([kind, a, b]) => kind === 'related-to' && [a, b].sort().join() === [january.id, splitId].sort().join())).toHaveLength(1);
  });
});

describe('incident types', () => {
  test('kinds become incident-type-ov values where one says the same; the others stay', async () => {
    const { incidentTypesOf } = await import('../../../storage/export/stix-export');
    const { INCIDENT_TYPE_OV } = await import('./stix-validator');
    expect(incidentTypesOf(['ransomware', 'outage', 'ddos', 'breach', 'phishing'])).toEqual(['compromised-system', 'denial-of-service', 'unauthorized-release', 'phishing']);
    for (const kind of ['ransomware', 'breach', 'ddos', 'intrusion', 'malware', 'espionage', 'defacement', 'outage']) expect(INCIDENT_TYPE_OV.has(incidentTypesOf([kind])[0])).toBe(true);
  });
});
