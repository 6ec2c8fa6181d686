/**
 * Agencies (GUIDELINES.md `agency`): government bodies, regulators, law enforcement, national
 * CERTs and cyber centres, in English and Chinese.
 *
 * Two sources, merged leftmost-longest with the list winning ties:
 * 1. the bilingual gazetteer `engine/data/agencies.ts` (CISA, 英国国家网络安全中心, 公安机关, …);
 * 2. patterns for named bodies no list can hold, built from the place and body tables of
 *    `engine/data/agencies-places.ts`: "<Country|Demonym> government/police/courts/…"
 *    ("Italian police", "Latvia's government", 俄罗斯政府, 澳政府), "<Demonym> Ministry of X",
 *    "<Town> police", "<X> Police Department", "<X> County Sheriff's Office", "Attorney General",
 *    <城市>警方 / <地名>公安局 / 网警 / 网安部门 / 法院, 俄罗斯驻华盛顿大使馆.
 * Generic words alone (regulators, law enforcement, 监管机构, 政府) are never reported: every
 * pattern needs a place or a proper name in front of the body.
 */
import type { Fact } from '../types';
import { AGENCIES, AGENCY_BLOCKERS } from '../data/agencies';
import {
  CHINESE_PLACES,
  COUNTRY_BODIES,
  COUNTRY_PLACES,
  LOCAL_BODIES,
  REGION_PLACES,
  type AgencyBody,
  type AgencyPlace,
} from '../data/agencies-places';
import { buildGazetteer, isAcronym, type Gazetteer, type GazetteerEntry } from '../gazetteer/gazetteer';
import { alternation, selectLeftmostLongest } from '../gazetteer/span-selection';
import { overlapsAnySpan } from '../text-spans';
import type { ExtractContext, FactExtractor } from './extractor';

const BLOCKER_PREFIX = 'agency-blocker:';

/**
 * Acronyms, and proper names of one or two capitalised words (Congress, Home Office, White House),
 * match only in their own case: "work from a home office" names no ministry.
 */
export function isCaseSensitiveAgencyAlias(alias: string): boolean {
  if (isAcronym(alias)) return true;
  const words = alias.split(/\s+/);
  return words.length <= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

let gazetteer: Gazetteer | null = null;

/** The agency matcher, built on first use (a few milliseconds). */
function agencyGazetteer(): Gazetteer {
  if (!gazetteer) {
    const blockers: GazetteerEntry[] = AGENCY_BLOCKERS.map((phrase, i) => ({
      id: `${BLOCKER_PREFIX}${i}`,
      en: /\p{Script=Han}/u.test(phrase) ? [] : [phrase],
      zh: /\p{Script=Han}/u.test(phrase) ? [phrase] : [],
    }));
    gazetteer = buildGazetteer([...AGENCIES, ...blockers], { caseSensitive: isCaseSensitiveAgencyAlias });
  }
  return gazetteer;
}

interface Candidate {
  start: number;
  end: number;
  value: string;
  id?: string;
  country?: string;
  zh?: string;
}

const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;
const GAP = String.raw`[ \t\u00a0]+`;
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** A capitalised word that ends as a word (not the "U" of "U.S."). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?![.\p{L}\p{N}])`;

/** Lower-cased place name → place, for the English patterns. */
function indexPlaces(places: readonly AgencyPlace[], withDemonyms: boolean): Map<string, AgencyPlace> {
  const index = new Map<string, AgencyPlace>();
  for (const p of places) {
    for (const name of withDemonyms ? [...p.en, ...p.demonyms] : p.en) {
      if (!index.has(name.toLowerCase())) index.set(name.toLowerCase(), p);
    }
  }
  return index;
}

/** Chinese place name → place. */
function indexZhPlaces(places: readonly AgencyPlace[], withShort: boolean): Map<string, AgencyPlace> {
  const index = new Map<string, AgencyPlace>();
  for (const p of places) {
    for (const name of withShort ? (p.zhShort ?? []) : p.zh) if (!index.has(name)) index.set(name, p);
  }
  return index;
}

/** Form (lower-cased English, or Chinese) → body. */
function indexBodies(bodies: readonly AgencyBody[], lang: 'en' | 'zh'): Map<string, AgencyBody> {
  const index = new Map<string, AgencyBody>();
  for (const b of bodies) for (const form of b[lang]) index.set(lang === 'en' ? form.toLowerCase() : form, b);
  return index;
}

const PLACE_EN = indexPlaces(COUNTRY_PLACES, true);
const PLACE_EN_WITH_REGIONS = indexPlaces([...COUNTRY_PLACES, ...REGION_PLACES], true);
const PLACE_ZH = indexZhPlaces(COUNTRY_PLACES, false);
const PLACE_ZH_SHORT = indexZhPlaces(COUNTRY_PLACES, true);
const LOCAL_PLACE_ZH = indexZhPlaces([...CHINESE_PLACES, ...REGION_PLACES], false);
const BODY_EN = indexBodies(COUNTRY_BODIES, 'en');
const BODY_ZH = indexBodies(COUNTRY_BODIES, 'zh');
const SHORT_BODY_ZH = indexBodies(
  COUNTRY_BODIES.filter((b) => b.afterShort),
  'zh',
);
const LOCAL_BODY_ZH = indexBodies(LOCAL_BODIES, 'zh');

/** "<Place|Demonym>('s) <body>": Italian police, Latvia's government, uk government. */
const COUNTRY_BODY_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?<place>${alternation(PLACE_EN.keys())})(?:['’]s)?${GAP}(?<body>${alternation(BODY_EN.keys())})${NOT_WORD_AFTER}`,
  'giu',
);

/** "(<Demonym> )Ministry of Public Works and Transport", "<Place> Department of X". */
const MINISTRY_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?<place>${alternation([...PLACE_EN.keys()].map(titleCase))})(?:['’]s)?${GAP})?` +
    `(?<kind>Ministry|Department|Mayor['’]s Office) of(?: the)? ${NAME_WORD}(?:${GAP}(?:(?:and|&|of|for)${GAP}(?:the${GAP})?)?${NAME_WORD}){0,5}`,
  'gu',
);

/** "an interior ministry official": the ministry of the country the story is about. */
const BARE_MINISTRY_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?<kind>interior|foreign|defen[cs]e|justice|finance|health|economy|digital) ministry${NOT_WORD_AFTER}`,
  'giu',
);

/** "Civil Aviation Agency (CAA)": an institutional name followed by its own initials. */
const NAME_WITH_ACRONYM_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?<name>(?:${NAME_WORD}${GAP}(?:(?:and|&|of|for|on)${GAP}(?:the${GAP})?)?){1,6}` +
    `(?:Agency|Authority|Commission|Bureau|Directorate|Ministry|Department|Inspectorate|Police|Court|Regulator))` +
    String.raw`\s*[(（](?<acronym>\p{Lu}{2,8})[)）]`,
  'gu',
);

/** Names of international bodies that are not government agencies (World Anti-Doping Agency). */
const NOT_GOVERNMENT_FIRST_WORD = /^(World|International|Global|Anti|Association)\b/;

/** "the presidential election commission", "Central Election Commission". */
const ELECTION_COMMISSION_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?<place>${alternation(PLACE_EN.keys())})${GAP})?(?<kind>presidential|central|national|federal)?${GAP}?(?:election|electoral) commission${NOT_WORD_AFTER}`,
  'giu',
);

/** Town or county police: "Zwijndrecht police", "Indianapolis Metropolitan Police Department". */
const LOCAL_POLICE_EN = new RegExp(
  `(?<![\\p{L}\\p{N}_'’.-])(?<name>(?:${CAP_WORD}${GAP}){1,4})(?<body>Police Department|Police Dept\\.|County Sheriff['’]s Office|Sheriff['’]s Office|Sheriff['’]s Department|Police Service|Police Force|Constabulary|[Pp]olice [Ss]tation|Police|police)${NOT_WORD_AFTER}`,
  'gu',
);

/** Capitalised words that start a sentence or describe police without naming any. */
const NOT_A_POLICE_NAME = new Set(
  (
    'the a an and but or when after before then if as in on at by for from with while meanwhile however also ' +
    'local state city county federal national regional municipal provincial military secret cyber traffic ' +
    'transit riot border transport armed plainclothes undercover campus university some many several other ' +
    'all any both senior top former two three more most no this that these those his her their its our ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december according said says told where which who why how ' +
    'international european global interpol europol'
  ).split(' '),
);

/** "Attorney General", "New York Attorney General", "the state attorney general's office". */
const ATTORNEY_GENERAL_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?<place>${alternation([...PLACE_EN_WITH_REGIONS.keys()].map(titleCase))})(?:['’]s)?${GAP})?` +
    `(?:[Ss]tate${GAP})?[Aa]ttorneys?[ -][Gg]eneral(?:['’]s${GAP}[Oo]ffice)?${NOT_WORD_AFTER}`,
  'gu',
);

/** 俄罗斯政府, 澳大利亚政府, 俄罗斯法院; 美政府, 澳政府 with a one-character abbreviation. */
const COUNTRY_BODY_ZH = new RegExp(
  `(?<place>${alternation(PLACE_ZH.keys())})(?<body>${alternation(BODY_ZH.keys())})|` +
    `(?<short>(?:${alternation(PLACE_ZH_SHORT.keys())}){1,3})(?<shortBody>${alternation(SHORT_BODY_ZH.keys())})`,
  'gu',
);

/** 俄罗斯驻华盛顿大使馆, 俄驻美大使馆. */
const EMBASSY_ZH = new RegExp(
  `(?<place>${alternation([...PLACE_ZH.keys(), ...PLACE_ZH_SHORT.keys()])})驻[\\p{Script=Han}]{1,6}?(?:大使馆|总领事馆|领事馆|使馆)`,
  'gu',
);

/** Characters that end a place-to-body gap: particles and verbs, so 北京某公司称警方 is no agency. */
const ZH_GAP = String.raw`[^\s\p{P}\p{S}A-Za-z0-9的称说与和被在了对向将已为从及等该某是有个这那也都后前时报据经并或而但就要]`;

/** <地名>(市)(区)公安局(…分局)(网安支队), 西安高新警方, 特拉华州衡平法院. */
const LOCAL_BODY_ZH_RE = new RegExp(
  `(?<place>${alternation(LOCAL_PLACE_ZH.keys())})(?:省|市|自治区)?${ZH_GAP}{0,4}?(?<body>${alternation(LOCAL_BODY_ZH.keys())})` +
    `(?:[\\p{Script=Han}]{1,5}?分局)?(?:网安支队|网安大队|派出所)?`,
  'gu',
);

/** Abbreviations that pair with the next one (英美, 中美, 欧美): "英美外交部" is not 美外交部. */
const ZH_PAIR_BEFORE = /[欧中英美日韩俄澳德法加印朝乌港台亚非]/u;

function titleCase(s: string): string {
  return s.replace(/(^|[\s.])(\p{Ll})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function placeName(p: AgencyPlace): string {
  return p.demonyms[0] ?? p.en[0];
}

function countryBodyCandidate(p: AgencyPlace, body: AgencyBody, start: number, end: number): Candidate {
  return {
    start,
    end,
    value: `${placeName(p)} ${body.en[0]}`,
    id: `agency:${p.country.toLowerCase()}-${body.key}`,
    country: p.country,
    zh: `${p.zh[0]}${body.zh[0]}`,
  };
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

function patternCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];

  for (const m of matches(COUNTRY_BODY_EN, text)) {
    const p = PLACE_EN.get(m.groups!.place.toLowerCase());
    const body = BODY_EN.get(m.groups!.body.toLowerCase());
    // "US"/"us" as a pronoun: only the upper-case form or a government/embassy after it.
    if (m.groups!.place === 'us' && !/^(government|embassy)$/i.test(m.groups!.body)) continue;
    if (p && body) out.push(countryBodyCandidate(p, body, m.index, m.index + m[0].length));
  }

  for (const m of matches(MINISTRY_EN, text)) {
    const p = m.groups!.place ? PLACE_EN.get(m.groups!.place.toLowerCase()) : undefined;
    // A bare "Department of X" is as often a university department: only with a place.
    if (m.groups!.kind === 'Department' && !p) continue;
    const name = m[0].replace(/\s+/g, ' ');
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: name,
      id: `agency:${p ? p.country.toLowerCase() + '-' : ''}${slug(name.slice(name.indexOf(m.groups!.kind)))}`,
      country: p?.country,
    });
  }

  for (const m of matches(BARE_MINISTRY_EN, text)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: titleCase(m[0].toLowerCase()),
      id: `agency:${slug(m.groups!.kind)}-ministry`,
    });
  }

  for (const m of matches(NAME_WITH_ACRONYM_EN, text)) {
    // Drop leading words ("The", "Kenya's") until the capitals spell the acronym.
    let name = m.groups!.name;
    let offset = 0;
    const initials = (s: string) =>
      s
        .split(/[ \t\u00a0]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
    while (initials(name) !== m.groups!.acronym && /[ \t\u00a0]/.test(name)) {
      const cut = name.search(/[ \t\u00a0]+/);
      const next = name.slice(cut).search(/\S/) + cut;
      offset += next;
      name = name.slice(next);
    }
    if (initials(name) !== m.groups!.acronym || NOT_GOVERNMENT_FIRST_WORD.test(name)) continue;
    const start = m.index + offset;
    out.push({ start, end: start + name.length, value: name.replace(/\s+/g, ' '), id: `agency:${slug(name)}` });
  }

  for (const m of matches(ELECTION_COMMISSION_EN, text)) {
    const g = m.groups!;
    if (!g.place && !g.kind) continue;
    const p = g.place ? PLACE_EN.get(g.place.toLowerCase()) : undefined;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: titleCase(m[0].replace(/\s+/g, ' ').toLowerCase()),
      id: `agency:${p ? p.country.toLowerCase() + '-' : ''}election-commission`,
      country: p?.country,
    });
  }

  for (const m of matches(LOCAL_POLICE_EN, text)) {
    const words = m.groups!.name.trim().split(/[ \t\u00a0]+/);
    let skipped = 0;
    while (words.length > 0 && NOT_A_POLICE_NAME.has(words[0].toLowerCase())) {
      skipped += words[0].length;
      words.shift();
      const rest = m[0].slice(skipped);
      skipped += rest.length - rest.trimStart().length;
    }
    if (words.length === 0) continue;
    const start = m.index + skipped;
    const end = m.index + m[0].length;
    const spanText = text.slice(start, end);
    const p = PLACE_EN.get(words.join(' ').toLowerCase());
    if (p && /^police$/i.test(m.groups!.body)) {
      out.push(countryBodyCandidate(p, COUNTRY_BODIES.find((b) => b.key === 'police')!, start, end));
      continue;
    }
    out.push({ start, end, value: spanText.replace(/\s+/g, ' '), id: `agency:police-${slug(spanText)}` });
  }

  for (const m of matches(ATTORNEY_GENERAL_EN, text)) {
    const p = m.groups!.place ? PLACE_EN_WITH_REGIONS.get(m.groups!.place.toLowerCase()) : undefined;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: p ? `${p.en[0]} Attorney General` : 'Attorney General',
      id: p ? `agency:${slug(p.en[0])}-attorney-general` : 'agency:attorney-general',
      country: p?.country,
      zh: p ? `${p.zh[0]}总检察长` : '总检察长',
    });
  }

  for (const m of matches(COUNTRY_BODY_ZH, text)) {
    const g = m.groups!;
    if (g.place) {
      out.push(countryBodyCandidate(PLACE_ZH.get(g.place)!, BODY_ZH.get(g.body)!, m.index, m.index + m[0].length));
    } else if (m.index === 0 || !ZH_PAIR_BEFORE.test(text[m.index - 1])) {
      // 英美外交部 names two ministries; the fact keeps the span, the value the first country.
      const p = PLACE_ZH_SHORT.get(g.short[0])!;
      out.push(countryBodyCandidate(p, SHORT_BODY_ZH.get(g.shortBody)!, m.index, m.index + m[0].length));
    }
  }

  for (const m of matches(EMBASSY_ZH, text)) {
    const p = PLACE_ZH.get(m.groups!.place) ?? PLACE_ZH_SHORT.get(m.groups!.place)!;
    out.push(countryBodyCandidate(p, COUNTRY_BODIES.find((b) => b.key === 'embassy')!, m.index, m.index + m[0].length));
  }

  for (const m of matches(LOCAL_BODY_ZH_RE, text)) {
    const p = LOCAL_PLACE_ZH.get(m.groups!.place)!;
    const body = LOCAL_BODY_ZH.get(m.groups!.body)!;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: `${p.en[0]} ${body.en[0]}`,
      id: `agency:${p.country.toLowerCase()}-${slug(p.en[0])}-${body.key}`,
      country: p.country,
      zh: m[0],
    });
  }

  return out;
}

function gazetteerCandidates(text: string): Candidate[] {
  return agencyGazetteer()
    .findAll(text)
    .map((hit) => ({
      start: hit.start,
      end: hit.end,
      value: hit.entry.en[0] ?? '',
      id: hit.entry.id,
      country: hit.entry.attrs?.country,
      zh: hit.entry.zh[0],
    }));
}

/** Finds agencies: the bilingual list first, then named governments, police and courts by pattern. */
export function extractAgencies(ctx: ExtractContext): Fact[] {
  const candidates = selectLeftmostLongest([...gazetteerCandidates(ctx.text), ...patternCandidates(ctx.text)]);
  const facts: Fact[] = [];
  for (const c of candidates) {
    if (c.id?.startsWith(BLOCKER_PREFIX)) continue;
    if (overlapsAnySpan(ctx.excluded, c)) continue;
    const attrs: Record<string, string> = {};
    if (c.country) attrs.country = c.country;
    if (c.zh) attrs.zh = c.zh;
    facts.push({
      category: 'agency',
      text: ctx.text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      value: c.value,
      ...(c.id ? { id: c.id } : {}),
      attrs,
    });
  }
  return facts;
}

/** The agency extractor (registry entry). */
export const agencyExtractor: FactExtractor = {
  name: 'agency-extractor',
  categories: ['agency'],
  extract: extractAgencies,
};
