/**
 * Generates the agency extractor's data, committed, so the worker never derives it at run time:
 *
 * - engine/data/agencies.generated.ts: named national and international bodies from
 *   scripts/agency-data/national-bodies.txt (official names; sources listed in that file), each
 *   with a stable id, its country, English and Chinese names. Aliases already held by the
 *   hand-curated entries of engine/data/agencies.ts stay theirs (ids there are exported by users).
 * - engine/data/agency-places.generated.ts: every country and territory with its English names,
 *   demonyms and Chinese name (mledoze/countries, ODbL-1.0: name.common/official, altSpellings
 *   that are English words, demonyms.eng, translations.zho), and China's provinces,
 *   prefecture-level cities and county-level cities (modood/Administrative-divisions-of-China,
 *   from the National Bureau of Statistics' division codes) with a pinyin English name
 *   (pinyin-pro; the hand table in engine/data/agencies-places.ts overrides the spelling).
 *
 *   npm run build-agency-data -- --countries PATH/countries.json --divisions PATH/dist
 *
 * (`fetch` mledoze/countries and modood/Administrative-divisions-of-China, then point at their
 * countries.json and dist/ folder.) The output is deterministic: same input, same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { AGENCIES_CURATED } from '../engine/data/agencies';

const args = process.argv.slice(2);
function option(name: string): string {
  const i = args.indexOf(name);
  if (i < 0 || !args[i + 1]) {
    console.error(`Missing ${name}. Usage: npm run build-agency-data -- --countries countries.json --divisions dist/`);
    process.exit(1);
  }
  return args[i + 1];
}

const root = resolve(import.meta.dirname, '..');
const countriesPath = resolve(option('--countries'));
const divisionsDir = resolve(option('--divisions'));

// ---------- countries ----------

interface MledozeCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  translations: Record<string, { common: string; official: string }>;
}

/** An English-looking alternative spelling ("Great Britain", not "Deutschland" or "FR"). */
function isEnglishAltSpelling(s: string, c: MledozeCountry): boolean {
  if (s.length < 4 || !/^[A-Za-z .'-]+$/.test(s)) return false;
  // Native or transliterated names of other languages are filed as altSpellings too.
  return /^(Republic|Kingdom|State|Commonwealth|Federal|Federation|Democratic|People's|United|Principality|Grand Duchy|Sultanate|Islamic|Union)\b/.test(s) || s.includes(c.name.common);
}

const countries = (JSON.parse(readFileSync(countriesPath, 'utf8')) as MledozeCountry[])
  .filter((c) => c.translations.zho)
  .sort((a, b) => a.cca2.localeCompare(b.cca2))
  .map((c) => {
    const en = unique([c.name.common, c.name.official, ...c.altSpellings.filter((s) => isEnglishAltSpelling(s, c))]);
    const demonyms = unique(
      [c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? '']
        .flatMap((d) => d.split(/,\s*/))
        .filter((d) => d && d !== c.name.common && /^[A-Za-z' -]+$/.test(d)),
    );
    const zh = unique([c.translations.zho.common, c.translations.zho.official]);
    return [c.cca2, en, demonyms, zh] as const;
  });

// ---------- Chinese divisions ----------

interface Division {
  code: string;
  name: string;
}
const provinces = JSON.parse(readFileSync(join(divisionsDir, 'provinces.json'), 'utf8')) as Division[];
const cities = JSON.parse(readFileSync(join(divisionsDir, 'cities.json'), 'utf8')) as Division[];
const areas = JSON.parse(readFileSync(join(divisionsDir, 'areas.json'), 'utf8')) as Division[];

/** 河北省 → 河北, 广西壮族自治区 → 广西, 兴安盟 → 兴安; 自治州 keep their full name. */
function shortName(name: string): string | null {
  if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(name)) return null;
  const autonomous = /^(.{2,3}?)(?:壮族|回族|维吾尔)?自治区$/.exec(name);
  if (autonomous) return autonomous[1];
  if (name.endsWith('自治州')) return name;
  return name.replace(/(省|市|地区|盟|特别行政区)$/, '');
}

function pinyinName(zh: string): string {
  const syllables = pinyin(zh.replace(/自治州$/, ''), { toneType: 'none', type: 'array', v: true });
  // An apostrophe where a syllable starting with a vowel would merge (Xi'an, Lu'an).
  const joined = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1) + (zh.endsWith('自治州') ? ' Prefecture' : '');
}

/** [English, Chinese, level]: p = province, c = prefecture city, x = county-level city (matched only with 市). */
const chinesePlaces: (readonly [string, string, 'p' | 'c' | 'x'])[] = [];
const seenZh = new Set<string>();
function addPlace(zh: string | null, level: 'p' | 'c' | 'x'): void {
  if (!zh || zh.length < 2 || seenZh.has(zh)) return;
  seenZh.add(zh);
  chinesePlaces.push([pinyinName(zh), zh, level]);
}
for (const p of provinces) addPlace(shortName(p.name), 'p');
for (const c of cities) addPlace(shortName(c.name), 'c');
for (const a of areas) if (a.name.endsWith('市') && a.name.length >= 3) addPlace(a.name.slice(0, -1), 'x');

/**
 * Chinese full names of city districts, counties and banners (鄠邑区, 青川县, 达拉特旗), for the bodies
 * named after them (鄠邑区公安分局, 青川县民政局). Kept whole: without 区/县 most are everyday words.
 * Two-character names (城区, 郊区, 和县) and development zones are left out: they read as words, or are
 * no administrative division with a government. No English names: a body of one is reported by its
 * Chinese name, as bodies of places no list holds are, and 2,000 pinyin names would weigh on the
 * worker's bundle for nothing a reader sees.
 */
const districts: string[] = [];
for (const a of areas) {
  if (!/[区县旗]$/.test(a.name) || a.name.length < 3 || /开发区|产业|园区|管理区|合作区|试验区|示范区/.test(a.name) || districts.includes(a.name)) continue;
  districts.push(a.name);
}

// ---------- named bodies ----------

const curatedAliases = new Map<string, string>();
for (const e of AGENCIES_CURATED) for (const a of [...e.en, ...e.zh]) curatedAliases.set(foldAlias(a), e.id);
/** Ids handed out so far: the curated ones are never reused. */
const usedIds = new Set<string>(AGENCIES_CURATED.map((e) => e.id));
const countryZh = new Map(countries.map(([cc, , , zh]) => [cc, zh[0]]));

const bodies: (readonly [string, string, string[], string[]])[] = [];
const claimed = new Map<string, string>(curatedAliases);
const dropped: string[] = [];
const lines = readFileSync(join(root, 'scripts/agency-data/national-bodies.txt'), 'utf8').split('\n');
for (const [lineNo, line] of lines.entries()) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [cc, kind, enField, zhField = ''] = line.split('|').map((s) => s.trim());
  if (!/^([A-Z]{2}|INT)$/.test(cc) || !kind || !enField) throw new Error(`national-bodies.txt:${lineNo + 1}: malformed line`);
  const en = enField.split(';').map((s) => s.trim()).filter(Boolean);
  let zh = zhField.split(';').map((s) => s.trim()).filter(Boolean);
  if (zh.length === 0) {
    const place = countryZh.get(cc);
    if (!place) throw new Error(`national-bodies.txt:${lineNo + 1}: no Chinese name given and none to compose`);
    zh = [`${place}${en.find(isAcronymLike) ?? en[0]}`];
  }
  const id = bodyId(cc, en);
  const keep = (alias: string) => {
    const key = foldAlias(alias);
    const owner = claimed.get(key);
    if (owner && owner !== id) {
      dropped.push(`${alias} (${id}, held by ${owner})`);
      return false;
    }
    claimed.set(key, id);
    return true;
  };
  const enKept = en.filter(keep);
  const zhKept = zh.filter(keep);
  if (enKept.length === 0 || zhKept.length === 0) {
    dropped.push(`entry ${id}: no own ${enKept.length === 0 ? 'English' : 'Chinese'} name left`);
    continue;
  }
  bodies.push([id, cc, enKept, zhKept]);
}

function isAcronymLike(s: string): boolean {
  return /^[A-Z][A-Za-z0-9.-]{1,9}$/.test(s) && /[A-Z].*[A-Z]/.test(s);
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `<cc>-<acronym>` when the body has one, else `<cc>-<slug of its name>`; unique and never a curated id. */
function bodyId(cc: string, en: string[]): string {
  const acronym = en.find((n) => isAcronymLike(n) && !n.includes(' '));
  const base = `agency:${cc.toLowerCase()}-${slug(acronym ?? en[0]).slice(0, 48).replace(/-$/, '')}`;
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  return id;
}

/** Same fold as the gazetteer's alias key (engine/gazetteer/gazetteer.ts `foldAlias`), for clash checks. */
function foldAlias(alias: string): string {
  return alias
    .trim()
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[’‘′]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
}

// ---------- output ----------

const json = (x: unknown) => JSON.stringify(x);

writeFileSync(
  join(root, 'engine/data/agency-places.generated.ts'),
  `/* Generated by scripts/build-agency-data.ts — do not edit. Sources: mledoze/countries (ODbL-1.0),
 * modood/Administrative-divisions-of-China (National Bureau of Statistics division codes), pinyin by pinyin-pro. */

/** [ISO code, English names, English demonyms, Chinese names] for every country and territory. */
export const GENERATED_COUNTRIES: readonly (readonly [string, readonly string[], readonly string[], readonly string[]])[] = [
${countries.map((c) => `  ${json(c)},`).join('\n')}
];

/** [English (pinyin), Chinese, level]: p province, c prefecture-level city, x county-level city. */
export const GENERATED_CHINESE_PLACES: readonly (readonly [string, string, 'p' | 'c' | 'x'])[] = [
${chinesePlaces.map((p) => `  ${json(p)},`).join('\n')}
];

/** Chinese full names of city districts, counties and banners, space-separated. */
export const GENERATED_CHINESE_DISTRICTS = ${json(districts.join(' '))};
`,
);

writeFileSync(
  join(root, 'engine/data/agencies.generated.ts'),
  `/* Generated by scripts/build-agency-data.ts from scripts/agency-data/national-bodies.txt — do not edit.
 * Official names of national and international bodies; the sources are listed in that file. */

/** [id, country, English names (first canonical), Chinese names (first canonical)]. */
export const GENERATED_AGENCIES: readonly (readonly [string, string, readonly string[], readonly string[]])[] = [
${bodies.map((b) => `  ${json(b)},`).join('\n')}
];
`,
);

console.log(
  `${countries.length} countries, ${chinesePlaces.length} Chinese places, ${districts.length} districts and counties, ${bodies.length} named bodies (+${AGENCIES_CURATED.length} curated)`,
);
if (dropped.length) console.log(`aliases left to their first owner:\n  ${dropped.join('\n  ')}`);
