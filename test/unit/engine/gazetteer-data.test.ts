import { describe, expect, test } from 'vitest';
import { AGENCIES, AGENCIES_CURATED, AGENCY_BLOCKERS } from '../../../engine/data/agencies';
import { CHINESE_PLACES, COUNTRY_BODIES, COUNTRY_PLACES, LOCAL_BODIES, REGION_PLACES } from '../../../engine/data/agencies-places';
import { MALWARE } from '../../../engine/data/malware';
import { MALWARE_SUPPLEMENT } from '../../../engine/data/malware-supplement';
import { THREAT_ACTORS } from '../../../engine/data/threat-actors';
import { ACTOR_SUPPLEMENT } from '../../../engine/data/threat-actors-supplement';
import { foldText, type GazetteerEntry } from '../../../engine/gazetteer/gazetteer';
import { CONTEXT_ATTR, PROPER_ATTR, namesIn } from '../../../engine/gazetteer/threat-entry';

const gazetteers: { name: string; prefix: string; entries: readonly GazetteerEntry[] }[] = [
  { name: 'agencies', prefix: 'agency:', entries: AGENCIES },
  { name: 'threat actors', prefix: 'actor:', entries: THREAT_ACTORS },
  { name: 'malware', prefix: 'malware:', entries: MALWARE },
];

function fold(alias: string): string {
  return foldText(alias.trim()).replace(/ +/g, ' ');
}

describe.each(gazetteers)('$name', ({ prefix, entries }) => {
  test('every entry has English and Chinese names', () => {
    const missing = entries.filter((e) => e.en.length === 0 || e.zh.length === 0 || e.en.some((n) => !n.trim()));
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  test('ids are unique and well-formed', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !new RegExp(`^${prefix}[a-z0-9][a-z0-9-]*$`).test(id))).toEqual([]);
  });

  test('aliases are unique across entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const alias of new Set([...e.en, ...e.zh].map(fold))) {
        const other = owner.get(alias);
        if (other && other !== e.id) clashes.push(`${alias}: ${other} / ${e.id}`);
        owner.set(alias, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('Chinese name lists hold Chinese names or the Latin name Chinese text uses', () => {
    const odd = entries.filter((e) => e.zh.some((n) => !/\p{Script=Han}/u.test(n) && !e.en.includes(n)));
    expect(odd.map((e) => e.id)).toEqual([]);
  });
});

describe('agencies', () => {
  test('at least 800 entries in at least 60 countries, plus EU and UN bodies', () => {
    const countries = new Set(AGENCIES.map((e) => e.attrs?.country));
    expect(AGENCIES.length).toBeGreaterThanOrEqual(800);
    expect([...countries].filter((c) => c && /^[A-Z]{2}$/.test(c) && c !== 'EU' && c !== 'UN').length).toBeGreaterThanOrEqual(60);
    expect(countries.has('EU')).toBe(true);
    expect(countries.has('UN')).toBe(true);
  });

  test('every entry names its country', () => {
    expect(AGENCIES.filter((e) => !/^([A-Z]{2}|INT)$/.test(e.attrs?.country ?? '')).map((e) => e.id)).toEqual([]);
  });

  test.each([
    ['NCA', 'agency:gb-nca'],
    ['AFP', 'agency:au-afp'],
    ['NCSC', 'agency:gb-ncsc'],
    ['英国国家网络安全中心', 'agency:gb-ncsc'],
    ['公安部', 'agency:cn-mps'],
    ['网信办', 'agency:cn-cac'],
    ['CNCERT', 'agency:cn-cncert'],
  ])('the shared alias %s belongs to %s', (alias, id) => {
    expect(AGENCIES.filter((e) => [...e.en, ...e.zh].includes(alias)).map((e) => e.id)).toEqual([id]);
  });

  test('the curated entries come first and keep their ids', () => {
    expect(AGENCIES.slice(0, AGENCIES_CURATED.length)).toEqual(AGENCIES_CURATED);
    for (const id of ['agency:us-cisa', 'agency:gb-ncsc', 'agency:cn-cac', 'agency:hk-pcpd', 'agency:tw-mjib', 'agency:br-pf']) {
      expect(AGENCIES_CURATED.map((e) => e.id)).toContain(id);
    }
  });

  test.each([
    ['BaFin', 'agency:de-bafin'],
    ['国家医保局', 'agency:cn-nhsa'],
    ['国务院国资委', 'agency:cn-sasac'],
    ['保安局', 'agency:hk-security-bureau'],
    ['Bundespolizei', 'agency:de-federal-police'],
  ])('the generated alias %s belongs to %s', (alias, id) => {
    expect(AGENCIES.filter((e) => [...e.en, ...e.zh].includes(alias)).map((e) => e.id)).toEqual([id]);
  });

  test('blockers are not themselves agency aliases', () => {
    const aliases = new Set(AGENCIES.flatMap((e) => [...e.en, ...e.zh]).map(fold));
    expect(AGENCY_BLOCKERS.filter((b) => aliases.has(fold(b)))).toEqual([]);
  });
});

describe('agency place and body tables', () => {
  test('every country and territory, all US states and every Chinese prefecture are places', () => {
    expect(new Set(COUNTRY_PLACES.map((p) => p.country)).size).toBeGreaterThanOrEqual(245);
    expect(new Set(REGION_PLACES.filter((p) => p.country === 'US').map((p) => p.en[0])).size).toBeGreaterThanOrEqual(51);
    expect(CHINESE_PLACES.length).toBeGreaterThanOrEqual(700);
    for (const zh of ['医保局', '国资委', '公安厅', '网信办', '市政府']) expect(LOCAL_BODIES.flatMap((b) => b.zh)).toContain(zh);
  });

  test('a body form belongs to one body', () => {
    for (const bodies of [COUNTRY_BODIES, LOCAL_BODIES]) {
      for (const lang of ['en', 'zh'] as const) {
        const forms = bodies.flatMap((b) => b[lang].map((f) => f.toLowerCase()));
        expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
      }
    }
  });

  test('generic words alone are no body form (GUIDELINES.md: regulators, 监管机构 need a name)', () => {
    const forms = COUNTRY_BODIES.flatMap((b) => [...b.en, ...b.zh]);
    for (const generic of ['regulator', 'regulators', 'authorities', '监管机构', '相关部门', '主管部门', '金融监管机构']) expect(forms).not.toContain(generic);
  });

  test.each([...COUNTRY_PLACES, ...REGION_PLACES, ...CHINESE_PLACES].map((p) => [p.en[0], p] as const))(
    '%s has English and Chinese names',
    (_, p) => {
      expect(p.en.length).toBeGreaterThan(0);
      expect(p.zh.length).toBeGreaterThan(0);
      expect(p.country).toMatch(/^[A-Z]{2}$/);
    },
  );

  test.each([...COUNTRY_BODIES, ...LOCAL_BODIES].map((b) => [b.key, b] as const))('body %s has en and zh forms', (_, b) => {
    expect(b.en.length).toBeGreaterThan(0);
    expect(b.zh.length).toBeGreaterThan(0);
  });
});

describe('threat supplements', () => {
  test.each([
    ['actor', ACTOR_SUPPLEMENT, THREAT_ACTORS],
    ['malware', MALWARE_SUPPLEMENT, MALWARE],
  ] as const)('every %s supplement entry resolves and its special names are its own', (_, supplement, entries) => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const s of supplement) {
      const e = byId.get(s.id);
      expect(e, s.id).toBeDefined();
      const names = new Set(e!.en);
      for (const n of [...namesIn(e!, PROPER_ATTR), ...namesIn(e!, CONTEXT_ATTR)]) expect(names.has(n), `${s.id}: ${n}`).toBe(true);
      for (const n of s.zh ?? []) expect(e!.zh).toContain(n);
    }
  });

  test.each([
    ['海莲花', 'actor:apt32'],
    ['APT29', 'actor:apt29'],
    ['Lazarus Group', 'actor:lazarus-group'],
    ['响尾蛇', 'actor:sidewinder'],
    ['LockBit', 'actor:lockbit'],
  ])('actor alias %s is in %s', (alias, id) => {
    expect(THREAT_ACTORS.find((e) => e.id === id)?.en.concat(THREAT_ACTORS.find((e) => e.id === id)!.zh)).toContain(alias);
  });

  test.each([
    ['LockBit', 'malware:lockbit'],
    ['Emotet', 'malware:emotet'],
    ['WannaCry', 'malware:wannacryptor'],
  ])('malware alias %s is in %s', (alias, id) => {
    expect(MALWARE.find((e) => e.id === id)?.en).toContain(alias);
  });

  test.each(['Chrome', 'Windows', 'Agent', 'Bad', 'Pay', 'Dark', 'Ghost', 'Android', 'Microsoft'])(
    'the common word %s is no malware or actor name that matches without context',
    (word) => {
      for (const e of [...MALWARE, ...THREAT_ACTORS]) {
        if (!e.en.some((n) => n.toLowerCase() === word.toLowerCase())) continue;
        expect(namesIn(e, CONTEXT_ATTR).map((n) => n.toLowerCase()), e.id).toContain(word.toLowerCase());
      }
    },
  );
});
