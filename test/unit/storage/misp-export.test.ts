import { describe, expect, test } from 'vitest';
import type { Clipping } from '../../../storage/clipping';
import { uuidFor } from '../../../storage/export/entity-ids';
import { buildMispEvent, buildMispJson } from '../../../storage/export/misp-export';
import { makeClipping, makeDraft, sampleClippings } from './clipping-fixtures';

const TEXT = 'APT28 used X-Agent against Harbour Board (CVE-2023-4966); C2 at 203.0.113.7 and https://evil.example/x, hash d41d8cd98f00b204e9800998ecf8427e. NCSC is helping. Booking was down on 3 May 2024.';

function threatClipping(): Clipping {
  const clipping = makeClipping(
    makeDraft({ text: TEXT, title: 'Harbour Board breach', published: '2024-05-06', tags: ['tlp:green'] }, [
      ['actor', 'APT28'],
      ['malware', 'X-Agent'],
      ['organization', 'Harbour Board'],
      ['vulnerability', 'CVE-2023-4966'],
      ['indicator', '203.0.113.7'],
      ['indicator', 'https://evil.example/x'],
      ['indicator', 'd41d8cd98f00b204e9800998ecf8427e'],
      ['agency', 'NCSC', 'National Cyber Security Centre'],
      ['service', 'Booking'],
      ['date', '3 May 2024', '2024-05-03'],
    ]),
  );
  const set = (i: number, extra: Partial<Clipping['facts'][number]>) => Object.assign(clipping.facts[i], extra);
  set(0, { id: 'actor:apt28' });
  set(1, { id: 'malware:x-agent' });
  set(4, { attrs: { type: 'ipv4' } });
  set(5, { attrs: { type: 'url' } });
  set(6, { attrs: { type: 'md5' } });
  set(8, { attrs: { status: 'affected' } });
  return { ...clipping, incidentDate: '2024-05-03' };
}

describe('MISP export', () => {
  test('an event per clipping: info, incident date, your organisation only, deterministic uuid', () => {
    const clipping = threatClipping();
    const event = buildMispEvent(clipping);
    expect(event).toMatchObject({ info: 'Harbour Board breach', date: '2024-05-03', distribution: '0', published: false, uuid: uuidFor(`misp-event:${clipping.key}`) });
    expect(buildMispEvent(clipping)).toEqual(event);
  });

  test('attributes for the link, indicators, CVEs and organisations; galaxy tags for actors and malware', () => {
    const event = buildMispEvent(threatClipping()) as { Attribute: Array<{ type: string; value: string; to_ids: boolean }>; Tag: Array<{ name: string }>; EventReport: Array<{ content: string }> };
    const attributes = event.Attribute.map(({ type, value, to_ids }) => [type, value, to_ids]);
    expect(attributes).toEqual(
      expect.arrayContaining([
        ['link', 'https://news.example.org/a', false],
        ['ip-dst', '203.0.113.7', true],
        ['url', 'https://evil.example/x', true],
        ['md5', 'd41d8cd98f00b204e9800998ecf8427e', true],
        ['vulnerability', 'CVE-2023-4966', false],
        ['target-org', 'Harbour Board', false],
      ]),
    );
    const tags = event.Tag.map((tag) => tag.name);
    expect(tags).toContain('tlp:green');
    expect(tags.some((tag) => /^misp-galaxy:(threat-actor|mitre-intrusion-set)="APT28"$/.test(tag))).toBe(true);
    expect(tags.some((tag) => /^misp-galaxy:[a-z-]+=".*X-Agent.*"$/i.test(tag))).toBe(true);
    // Uuids of attributes are unique and stable.
    const uuids = (event.Attribute as unknown as Array<{ uuid: string }>).map((a) => a.uuid);
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(event.EventReport[0].content).toMatch(/^---\ntitle: "Harbour Board breach"/);
  });

  test('one clipping is {"Event"}, several are {"response": [...]}', () => {
    expect(Object.keys(JSON.parse(buildMispJson([threatClipping()])))).toEqual(['Event']);
    const several = JSON.parse(buildMispJson(sampleClippings()));
    expect(several.response).toHaveLength(3);
    expect(several.response[0].Event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
