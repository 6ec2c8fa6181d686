/**
 * Agencies (GUIDELINES.md `agency`): government bodies, regulators, law enforcement, national
 * CERTs and cyber centres, in English and Chinese.
 *
 * Two sources, merged leftmost-longest with the list winning ties:
 * 1. the bilingual gazetteer `engine/data/agencies.ts` (CISA, 英国国家网络安全中心, 公安机关, …);
 * 2. patterns for named bodies no list can hold, built from the place and body tables of
 *    `engine/data/agencies-places.ts`: "<Country|Demonym> government/police/courts/…"
 *    ("Italian police", "Latvia's government", "Swiss data protection authority", 俄罗斯政府, 澳政府,
 *    巴西联邦警察, 瑞士移民局), "police in <country>", "<Demonym> Ministry of X", "<Town> police",
 *    "<X> Police Department", "<X> County Sheriff('s Office)", "<State> Attorney General" (and the bare
 *    title after it), "<State> Insurance Commissioner", "Department of Motor Vehicles", "Federal Reserve
 *    Bank of X", "U.S. Attorney's Office for the District of X", "<X> District Court", "City of X",
 *    "the city of X", "<X> City Council",
 *    <城市>警方 / <地名>公安局 / 医保局 / 市政府 / 法院, <外国城市>市政府, 俄罗斯驻华盛顿大使馆.
 * Places are found with a gazetteer of their own (every country, US state and Chinese city), then
 * the body is looked up right after them; no regex holds a list of places, so a new place costs an
 * index entry, not a longer alternation tried at every position.
 * Generic words alone (regulators, law enforcement, 监管机构, 政府) are never reported: every
 * pattern needs a place or a proper name in front of the body.
 * Text without capitals (a lower-cased feed) is matched without case: "the fbi", "police in brazil".
 */
import type { Fact } from '../types';
import { AGENCIES, AGENCY_BLOCKERS } from '../data/agencies';
import { WORLD_REGIONS } from '../data/organization-cues';
import {
  CHINESE_DISTRICTS,
  CHINESE_PLACES,
  COUNTRY_BODIES,
  COUNTRY_PLACES,
  LOCAL_BODIES,
  REGION_PLACES,
  type AgencyBody,
  type AgencyPlace,
} from '../data/agencies-places';
import { buildGazetteer, isAcronym, type Gazetteer, type GazetteerEntry } from '../gazetteer/gazetteer';
import { AGENCIES_HAN_INDEX } from '../gazetteer/indexes/agencies-han.generated';
import { AGENCIES_LATIN_INDEX } from '../gazetteer/indexes/agencies-latin.generated';
import { PLACES_HAN_INDEX } from '../gazetteer/indexes/places-han.generated';
import { PLACES_LATIN_INDEX } from '../gazetteer/indexes/places-latin.generated';
import { loadPackedGazetteer } from '../gazetteer/packed-gazetteer';
import { selectLeftmostLongest } from '../gazetteer/span-selection';
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

/**
 * The list is matched by two gazetteers, one for aliases written in Latin letters and one for
 * those that start with a Han character, each loaded on first need from its index packed at build
 * time (scripts/build-gazetteer-indexes.ts): an English article never touches the Chinese aliases
 * (a Chinese one needs both: it writes FBI and CISA too). The caseless variant, for the rare text
 * without capitals, is built from the entries when first needed.
 */
const gazetteers: { latin?: Gazetteer; caseless?: Gazetteer; han?: Gazetteer } = {};
let entriesById: Map<string, GazetteerEntry> | null = null;

function agencyEntries(): GazetteerEntry[] {
  const blockers: GazetteerEntry[] = AGENCY_BLOCKERS.map((phrase, i) => ({ id: `${BLOCKER_PREFIX}${i}`, en: [phrase], zh: [] }));
  return [...AGENCIES, ...blockers];
}

/** A listed agency (or blocker) by id: the gazetteers' entries hold only the aliases of one script. */
function agencyEntry(id: string): GazetteerEntry | undefined {
  entriesById ??= new Map(agencyEntries().map((e) => [e.id, e]));
  return entriesById.get(id);
}

/** The entries with only their aliases of one script (Han-initial or not), for one gazetteer (packed at build time). */
export function agencyEntriesOfScript(han: boolean): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const e of agencyEntries()) {
    const aliases = [...e.en, ...e.zh].filter((a) => isHanUnit(a.charCodeAt(0)) === han);
    if (aliases.length > 0) out.push({ id: e.id, en: aliases, zh: [] });
  }
  return out;
}

/** The agency matchers a text needs; without case for text without capitals. */
function agencyGazetteers(text: string, caseless: boolean): Gazetteer[] {
  const latin = caseless
    ? (gazetteers.caseless ??= buildGazetteer(agencyEntriesOfScript(false), { caseSensitive: (alias) => WORD_LIKE_ALIASES.has(alias) }))
    : (gazetteers.latin ??= loadPackedGazetteer(AGENCIES_LATIN_INDEX, () => agencyEntriesOfScript(false)));
  if (!HAS_HAN.test(text)) return [latin];
  return [latin, (gazetteers.han ??= loadPackedGazetteer(AGENCIES_HAN_INDEX, () => agencyEntriesOfScript(true)))];
}

const HAS_HAN = /[\u4e00-\u9fff]/;

/**
 * Whether the text is written without capitals (a lower-cased feed or a pasted title): then
 * acronyms and proper names match in any case. A few capitals in a long text (a URL, one name)
 * leave it lower-case; an ordinary English text has one capital every ~30 letters.
 */
export function isLowerCaseText(text: string): boolean {
  let lower = 0;
  let upper = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x41 && c <= 0x5a) upper++;
    else if (isHanUnit(c)) han++;
  }
  // A Chinese article's Latin letters are mostly links and code, where "sec" or "ice" name nothing.
  return lower >= 12 && upper * 200 <= lower && han * 4 < lower;
}

/**
 * Aliases that are everyday words in lower case ("ice", "sec", "home office"): they keep their
 * case even in a text without capitals.
 */
const WORD_LIKE_ALIASES = new Set(['ICE', 'SEC', 'DIA', 'ICO', 'AFP', 'SAC', 'OPP', 'EPA', 'Home Office', 'Garante', 'Congress', 'Senate']);

interface Candidate {
  start: number;
  end: number;
  value: string;
  id?: string;
  country?: string;
  zh?: string;
  /** Where the body starts in a "<place> <body>" match (after the place and any gap). */
  bodyStart?: number;
}

/** The kind of place a place-gazetteer entry stands for. */
type PlaceKind = 'country' | 'short' | 'region' | 'local';

interface PlaceRef {
  place: AgencyPlace;
  kind: PlaceKind;
}

/** The lists a place entry's id points into, by kind. */
const PLACE_LISTS: Record<PlaceKind, readonly AgencyPlace[]> = {
  country: COUNTRY_PLACES,
  short: COUNTRY_PLACES,
  region: REGION_PLACES,
  local: CHINESE_PLACES,
};

/**
 * Every place name (countries with their demonyms, US states and other regions, Chinese places)
 * as the entries of one gazetteer per script, so a text is scanned for places once. A name is filed
 * once: a country's name wins over a region's or a Chinese city's of the same spelling. An entry's
 * id is "<kind>:<index in its list>" (`placeRef`). Packed at build time (scripts/build-gazetteer-indexes.ts).
 */
export function placeEntries(han: boolean): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const taken = new Set<string>();
  const add = (kind: PlaceKind, index: number, names: readonly string[]) => {
    // "the Netherlands": the article belongs to the text around it ("the Dutch police", "police of the Netherlands").
    const own = names
      .filter((n) => n.length > 0 && isHanUnit(n.charCodeAt(0)) === han)
      .map((n) => n.replace(/^the /i, ''))
      .filter((n) => !taken.has(n.toLowerCase()));
    if (own.length === 0) return;
    for (const n of own) taken.add(n.toLowerCase());
    entries.push({ id: `${kind}:${index}`, en: own, zh: [] });
  };
  COUNTRY_PLACES.forEach((p, i) => add('country', i, [...p.en, ...p.demonyms, ...p.zh]));
  REGION_PLACES.forEach((p, i) => add('region', i, [...p.en, ...p.zh]));
  if (han) {
    CHINESE_PLACES.forEach((p, i) => add('local', i, p.zh));
    COUNTRY_PLACES.forEach((p, i) => add('short', i, p.zhShort ?? []));
  }
  return entries;
}

/** The place and kind a place entry's id names. */
function placeRef(id: string): PlaceRef {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon) as PlaceKind;
  return { place: PLACE_LISTS[kind][Number(id.slice(colon + 1))], kind };
}

const HAN = /\p{Script=Han}/u;

/** A CJK unified ideograph (the first unit of every Chinese place name). */
function isHanUnit(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}
/** Place gazetteers by script, each loaded on first need (see `agencyGazetteers`). */
const placeGazetteers: { latin?: Gazetteer; han?: Gazetteer } = {};

/** A place mention in the text. */
interface PlaceHit extends PlaceRef {
  start: number;
  end: number;
}

function findPlaces(text: string): PlaceHit[] {
  const indexes = [(placeGazetteers.latin ??= loadPackedGazetteer(PLACES_LATIN_INDEX))];
  if (HAS_HAN.test(text)) indexes.push((placeGazetteers.han ??= loadPackedGazetteer(PLACES_HAN_INDEX)));
  const hits = indexes.flatMap((places) => places.findAll(text).map((h) => ({ ...placeRef(h.entry.id), start: h.start, end: h.end })));
  return indexes.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
}

/** Body forms filed by their first unit (lower-cased Latin or a Han character), longest first. */
interface BodyIndex {
  byFirst: Map<string, { form: string; body: AgencyBody }[]>;
}

function indexBodies(bodies: readonly AgencyBody[], lang: 'en' | 'zh', filter: (b: AgencyBody) => boolean = () => true): BodyIndex {
  const byFirst = new Map<string, { form: string; body: AgencyBody }[]>();
  for (const body of bodies.filter(filter)) {
    for (const raw of body[lang]) {
      const form = lang === 'en' ? raw.toLowerCase() : raw;
      const list = byFirst.get(form[0]) ?? [];
      list.push({ form, body });
      byFirst.set(form[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  return { byFirst };
}

/** One-character Chinese forms (美, 英, 俄) → place. */
const SHORT_PLACE_ZH = new Map(COUNTRY_PLACES.flatMap((p) => (p.zhShort ?? []).map((s) => [s, p] as const)));

const BODY_EN = indexBodies(COUNTRY_BODIES, 'en');
const BODY_ZH = indexBodies(COUNTRY_BODIES, 'zh');
const SHORT_BODY_ZH = indexBodies(COUNTRY_BODIES, 'zh', (b) => b.afterShort === true);
const LOCAL_BODY_ZH = indexBodies(LOCAL_BODIES, 'zh');
const REGION_BODY_EN = indexBodies(
  COUNTRY_BODIES.filter((b) => ['government', 'police', 'courts', 'prosecutors'].includes(b.key)),
  'en',
);

function isLatinWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

/** The longest body form at `at` (`lower` is the lower-cased text for English), ending on a word boundary for Latin forms. */
function bodyAt(index: BodyIndex, lower: string, at: number): { body: AgencyBody; end: number } | null {
  const list = index.byFirst.get(lower[at]);
  if (!list) return null;
  for (const { form, body } of list) {
    if (!lower.startsWith(form, at)) continue;
    const end = at + form.length;
    if (/[a-z]$/.test(form) && isLatinWordChar(lower[end])) continue;
    // 四川警察学院, 公安大学: a school named after the body is not the body.
    if (NOT_A_BODY_AFTER.test(lower.slice(end, end + 4))) return null;
    return { body, end };
  }
  return null;
}

/** What turns a body's name into a school, an association or a newspaper (警察学院, 法院报). */
const NOT_A_BODY_AFTER = /^(?:学院|大学|学校|职业|协会|学会|报社|academy|college|university|school|association|union)/;

/** Where the body after an English place starts: past "'s" and spaces (Latvia's government), or -1. */
function afterPlaceEn(text: string, end: number): number {
  let i = end;
  if ((text[i] === "'" || text[i] === '’') && (text[i + 1] === 's' || text[i + 1] === 'S')) i += 2;
  const spaced = i;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0') i++;
  return i > spaced && i < text.length ? i : -1;
}

const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;
const GAP = String.raw`[ \t\u00a0]+`;
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** A capitalised word that ends as a word (not the "U" of "U.S."). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?![.\p{L}\p{N}])`;
/*
 * The patterns added for local bodies and US offices use Latin classes and no Unicode flag: with
 * `\p{…}` and the `u` flag a regex costs several times more to compile and to run, and the names
 * they read (towns, counties, districts) are written in Latin letters.
 */
const LATIN_UPPER = String.raw`A-Z\u00c0-\u00d6\u00d8-\u00de`;
const LATIN_LETTER = String.raw`A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f`;
const LATIN_NOT_WORD_BEFORE = `(?<![${LATIN_LETTER}0-9_'’.-])`;
const LATIN_NOT_WORD_AFTER = `(?![${LATIN_LETTER}0-9_])`;
const LATIN_CAP_WORD = `[${LATIN_UPPER}][${LATIN_LETTER}'’-]*`;
/** One to three capitalised words: a town, county or district name (not the "U" of "U.S."). */
const LATIN_NAME_END = `(?![${LATIN_LETTER}0-9]|\\.[${LATIN_LETTER}])`;
const PLACE_WORDS = `${LATIN_CAP_WORD}${LATIN_NAME_END}(?:${GAP}${LATIN_CAP_WORD}${LATIN_NAME_END}){0,2}`;

/**
 * "Ministry of Roads and Transport", "Ministry of Health, Welfare and Sport" (a serial list ending in "and"),
 * "Department of X", "Department for Children and Families",
 * and the Secretariats and Superintendencies of Latin American governments ("Mexico's Secretariat of
 * Infrastructure", "Superintendency of Industry and Commerce"); a place before it is looked up separately.
 */
const MINISTRY_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?<kind>Ministry|Department|Secretariat|Superintendency|Superintendence|Mayor['’]s Office) (?:of|for)(?: the)? ${NAME_WORD}(?:(?:${GAP}(?:(?:and|&)${GAP}|(?:of|for)${GAP}(?:the${GAP})?)?|,${GAP}(?=(?:${NAME_WORD},${GAP}){0,3}${NAME_WORD}${GAP}(?:and|&)${GAP}${NAME_WORD}))${NAME_WORD}){0,5}`,
  'gu',
);

/** "an interior ministry official": the ministry of the country the story is about. */
const BARE_MINISTRY_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?<kind>interior|foreign|defen[cs]e|justice|finance|health|economy|digital) ministry${NOT_WORD_AFTER}`,
  'giu',
);

/** The heads of institutional names that NAME_WITH_ACRONYM_EN reads. */
const ACRONYM_NAME_HEADS_EN = 'Agency|Authority|Commission|Bureau|Directorate|Ministry|Department|Inspectorate|Police|Court|Regulator|Administration';
const ACRONYM_NAME_HEAD_EN = new RegExp(`(?:${ACRONYM_NAME_HEADS_EN})$`, 'u');

/** "Civil Aviation Agency (CAA)": an institutional name followed by its own initials. */
const NAME_WITH_ACRONYM_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?<name>(?:${NAME_WORD}${GAP}(?:(?:and|&|of|for|on)${GAP}(?:the${GAP})?)?){1,6}` +
    `(?:${ACRONYM_NAME_HEADS_EN}))` +
    String.raw`\s*[(（](?<acronym>\p{Lu}{2,8})[)）]`,
  'gu',
);

/**
 * A state body introduced by "the" and named by what it does, in any country: "the National Bureau of
 * Investigation", "the Federal Police", "the Transport and Communications Agency", "the Data Protection
 * Ombudsman", "the Office of the Comptroller General". Without a country before it (that is the place
 * patterns' case), so it needs "National/Federal/State/Central/Royal" first, or a word of a state
 * function before its head; vendors and NGOs ("the Creative Artists Agency", "the World Anti-Doping
 * Agency") have neither.
 */
/** A capitalised word that is no acronym ("the IRS and …" starts no name). */
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-][\p{L}\p{M}'’-]*(?![.\p{L}\p{N}])`;
const STATE_BODY_HEADS_EN = 'Agency|Authority|Bureau|Directorate|Inspectorate|Administration|Commission|Police|Guard|Ombudsman';
const STATE_BODY_EN = new RegExp(
  `(?<=(?:^|[^\\p{L}\\p{N}_])[Tt]he${GAP})(?<name>(?:${TITLE_WORD}${GAP}(?:(?:and|&|for|on)${GAP})?){1,5}(?:${STATE_BODY_HEADS_EN})` +
    `(?:${GAP}(?:of|for)${GAP}(?:the${GAP})?${NAME_WORD}(?:${GAP}(?:and${GAP})?${NAME_WORD}){0,3})?` +
    `|Office${GAP}of${GAP}the${GAP}(?:${NAME_WORD}${GAP}){0,3}(?:General|Commissioner|Comptroller|Ombudsman|Prosecutor|Superintendent|Controller|Director))${NOT_WORD_AFTER}`,
  'gu',
);
/** What every match of STATE_BODY_EN contains: a head, or "Office of". */
const STATE_BODY_NEEDS_EN = new RegExp(`${STATE_BODY_HEADS_EN}|Office of`, 'u');
/** What makes such a name a state body's: its rank, or a state function before the head. */
const STATE_BODY_NAME_EN = /^(?:National|Federal|State|Central|Royal)\b|\b(?:Transport|Communications|Telecommunications|Cyber|Cybersecurity|Security|Intelligence|Investigation|Police|Customs|Border|Immigration|Migration|Tax|Revenue|Environment|Environmental|Energy|Health|Food|Drug|Medicines|Defen[cs]e|Aviation|Maritime|Railway|Competition|Consumer|Financial|Data|Privacy|Statistics|Statistical|Emergency|Contingencies|Procurement|Digital|Electoral|Election|Nuclear|Crime|Criminal|Corruption|Anti-Corruption|Fraud|Audit|Prosecution|Information|Office of the)\b/u;

/** The first letters of a name's capitalised words: "Financial Supervisory Commission" → FSC. */
function capitalInitials(name: string): string {
  return name
    .split(/[ \t\u00a0]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** A company's suffix after a name ("… Agency Ltd"): a business, not a state body. */
const COMPANY_AFTER_EN = /^,?\s(?:Inc|Ltd|LLC|Limited|plc|GmbH|Corp|Co)\b/u;

/** Names of international bodies that are not government agencies (World Anti-Doping Agency). */
const NOT_GOVERNMENT_FIRST_WORD = /^(World|International|Global|Anti|Association|European Association)\b/;

/** "the presidential election commission", "Central Election Commission". */
const ELECTION_COMMISSION_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?<kind>presidential|central|national|federal)?${GAP}?(?:election|electoral) commission${NOT_WORD_AFTER}`,
  'giu',
);

/**
 * Town or county police: "Zwijndrecht police", "Indianapolis Metropolitan Police Department", and a
 * county's sheriff by the office's own name ("Orange County Sheriff", "the Clark Sheriff's deputies").
 */
const LOCAL_POLICE_EN = new RegExp(
  `(?<![\\p{L}\\p{N}_'’.-])(?<name>(?:${CAP_WORD}${GAP}){1,4})(?<body>Police Department|Police Dept\\.|County Sheriff['’]s Office|Sheriff['’]s Office|Sheriff['’]s Department|County Sheriff(?=['’]s)|Sheriff(?=['’]s)|County Sheriff|Police Service|Police Force|Constabulary|[Pp]olice [Ss]tation|Police|police)${NOT_WORD_AFTER}`,
  'gu',
);

/** Local government: "Dallas City Council", "Hackney Borough Council", "Fulton County government", "Columbus City Hall", "the Atlanta city government". */
const LOCAL_KIND = '(?:City|County|Town|Borough|District|Parish|Municipal|Metropolitan|Village|Regional|Shire)';
const LOCAL_GOVERNMENT_EN = new RegExp(
  `${LATIN_NOT_WORD_BEFORE}(?<name>(?:(?!${LOCAL_KIND} )${LATIN_CAP_WORD}${GAP}){1,3})(?<body>${LOCAL_KIND} (?:Council|Hall|Government|Commission|Board of Supervisors|Administration)|County [Gg]overnment|City [Gg]overnment|city (?:hall|government|council)|county (?:government|commission|board of supervisors)|Council|Municipality)${LATIN_NOT_WORD_AFTER}`,
  'g',
);

/** "City of Dallas", "Municipality of Anchorage", "Town of Hudson". */
const CITY_OF_EN = new RegExp(`${LATIN_NOT_WORD_BEFORE}(?<kind>City|Municipality|Town|Borough|County|State|city) of ${PLACE_WORDS}`, 'g');

/**
 * Before a lower-case "city of X", the words that make it the place ("residents of the city of X",
 * "in the city of X"): only "the city of X" as a subject or object of its own (hit, paid, said) is
 * the city's government.
 */
const PLACE_NOT_GOVERNMENT_BEFORE = /(?:^|[^A-Za-z])(?:in|of|from|near|across|throughout|around|outside|to|at|into|within|for|on|by|with|and|or|like|as)[ \t\u00a0]+the[ \t\u00a0]+$/i;

/** Words after "City of X" that make it an institution's name. */
const INSTITUTION_AFTER = /^[ \t\u00a0]*(?:[A-Z][a-z]+[ \t\u00a0]+)?(?:Hospital|Medical|Health|Cancer|Center|Centre|University|College|School|Church|Foundation|Company|Bank|Club|Hotel|Mall|FC)\b/;

/** "U.S. Attorney's Office for the Southern District of New York", "US Attorney's Office in Boston". */
const US_ATTORNEY_EN = new RegExp(
  `${LATIN_NOT_WORD_BEFORE}(?:U\\.S\\.|US|United States)${GAP}Attorney['’]?s?${GAP}(?:Office|office)` +
    `(?:(?:${GAP}for${GAP}the${GAP}(?:(?:Northern|Southern|Eastern|Western|Middle|Central)${GAP})?District${GAP}of${GAP}${PLACE_WORDS})|(?:${GAP}in${GAP}${PLACE_WORDS}))?`,
  'g',
);

/** "U.S. District Court for the Northern District of California", "Court of Appeals for the Ninth Circuit", "Delaware Chancery Court". */
const COURT_EN = new RegExp(
  // "U.S. District Court", "the Ninth Circuit Court of Appeals", "the Supreme Court": a court named
  // without its district; a bare capitalised Supreme Court is the highest court of the story's country.
  `${LATIN_NOT_WORD_BEFORE}(?:U\\.S\\.|US|United States|Federal)${GAP}(?:District|Bankruptcy|Claims)${GAP}Court(?!${GAP}for${GAP}the)${LATIN_NOT_WORD_AFTER}` +
    `|${LATIN_NOT_WORD_BEFORE}(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\\.C\\.|Federal)${GAP}Circuit${GAP}Court${GAP}of${GAP}Appeals${LATIN_NOT_WORD_AFTER}` +
    `|${LATIN_NOT_WORD_BEFORE}Supreme${GAP}Court(?!${GAP}of)${LATIN_NOT_WORD_AFTER}` +
    `|${LATIN_NOT_WORD_BEFORE}(?:(?:U\\.S\\.|US|United States|Federal)${GAP})?(?:(?:District|Bankruptcy|Circuit)${GAP}Court|Court${GAP}of${GAP}Appeals?)${GAP}for${GAP}the${GAP}` +
    `(?:(?:(?:Northern|Southern|Eastern|Western|Middle|Central)${GAP})?District${GAP}of${GAP}${PLACE_WORDS}|${LATIN_CAP_WORD}${GAP}Circuit)` +
    `|${LATIN_NOT_WORD_BEFORE}(?<name>(?:${LATIN_CAP_WORD}${GAP}){1,3})(?:Superior|Circuit|District|County|Chancery|Crown|Magistrates['’]?|Municipal|Federal|Supreme|Appeals|Appellate|Bankruptcy|Criminal|Regional)${GAP}Court${LATIN_NOT_WORD_AFTER}`,
  'g',
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
    'deputy undersheriff acting interim ' +
    'international european global interpol europol though although because since until unless whether so yet once now today yesterday tomorrow there here we they it he she you'
  ).split(' '),
);

/** Capitalised words before "Council" that make it no government: Security Council is in the list, these are not places. */
const NOT_A_COUNCIL_NAME = new Set(
  (
    'security research advisory student students privacy data safety business trade industry medical general ' +
    'european world international global national federal cyber executive editorial arts science sports ' +
    'british american atlantic pacific economic'
  ).split(' '),
);

/**
 * A county's or city's prosecutor: "Manhattan District Attorney", "the Cook County State's Attorney's
 * Office", "Marion County Prosecutor"; the name is one to three capitalised words before it.
 */
const DISTRICT_ATTORNEY_EN = new RegExp(
  `${LATIN_NOT_WORD_BEFORE}(?<name>(?:${LATIN_CAP_WORD}${GAP}){1,3})(?<body>District${GAP}Attorney|State['’]s${GAP}Attorney|Prosecuting${GAP}Attorney|County${GAP}Prosecutor)(?:['’]s${GAP}[Oo]ffice)?${LATIN_NOT_WORD_AFTER}`,
  'g',
);

/** "Attorney General", "New York Attorney General", "the state attorney general's office". */
const ATTORNEY_GENERAL_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?:[Ss]tate${GAP})?[Aa]ttorneys?[ -][Gg]eneral(?:['’]s${GAP}[Oo]ffice)?${NOT_WORD_AFTER}`,
  'gu',
);

/** A regional bank of the Federal Reserve System: "Federal Reserve Bank of New York", "the Federal Reserve of Boston". */
const FEDERAL_RESERVE_BANK_EN = new RegExp(`${LATIN_NOT_WORD_BEFORE}Federal${GAP}Reserve(?:${GAP}Bank)?${GAP}of${GAP}${PLACE_WORDS}`, 'g');

/** The head's own "of X" that belongs to an office's name ("Kansas Bureau of Investigation"), then the name's end. */
const OFFICE_OF_TAIL_EN = `(?:${GAP}(?:of|for|on)${GAP}(?:the${GAP})?[${LATIN_UPPER}][a-z]+(?:${GAP}(?:(?:and|&)${GAP})?[${LATIN_UPPER}][a-z]+){0,4})?${LATIN_NOT_WORD_AFTER}`;

/**
 * A US state's (or other region's) own office named after it: "Delaware Insurance Commissioner",
 * "California Privacy Protection Agency", "Ohio Highway Patrol", and the offices that run elections and
 * the state's guard ("Ohio Secretary of State", "Illinois State Board of Elections", "West Virginia
 * National Guard"). Not "Authority" or any other "Board": a
 * state's authorities (health exchanges, ports, transit) are public companies as often as offices. Up to four capitalised words between
 * the place and the head; `afterPlaceEn` has passed the place and its possessive.
 */
const REGION_OFFICE_EN = new RegExp(
  `(?:Secretary${GAP}of${GAP}State(?:['’]s${GAP}[Oo]ffice)?|(?:State${GAP})?Board${GAP}of${GAP}Elections?|Elections${GAP}Board|National${GAP}Guard)${LATIN_NOT_WORD_AFTER}|` +
  `(?:[${LATIN_UPPER}][a-z]+${GAP}(?:(?:and|of|for|&)${GAP})?){0,4}?(?:Commissioner|Commission|Department|Agency|Bureau|Division|Highway${GAP}Patrol|State${GAP}Patrol)` +
    OFFICE_OF_TAIL_EN,
  'y',
);

/**
 * A region's office written before the region, with or without "of": "State Criminal Police Office
 * of Lower Saxony", "State Office for the Protection of the Constitution Bavaria" (the English names
 * of German Länder bodies: Landeskriminalamt, Landesamt für Verfassungsschutz, Landesdatenschutzbeauftragte).
 */
const REGION_BODY_BEFORE_EN = new RegExp(
  `${LATIN_NOT_WORD_BEFORE}(?<office>State${GAP}(?:Criminal${GAP}Police${GAP}Office|Bureau${GAP}of${GAP}Investigation|Office${GAP}of${GAP}Criminal${GAP}Investigations?|Police|Office${GAP}for${GAP}the${GAP}Protection${GAP}of${GAP}the${GAP}Constitution|Data${GAP}Protection${GAP}(?:Commissioner|Officer|Authority))|Interior${GAP}Ministry|Ministry${GAP}of${GAP}(?:the${GAP})?Interior)(?:${GAP}(?:of|in|for)(?:${GAP}the)?)?${GAP}$`,
);

/**
 * A county's or city's office by its own name: "Licking County Emergency Management Agency", "Travis
 * County Elections Division". The name before County/City is one to three
 * capitalised words; the office is REGION_OFFICE_EN's (an agency, bureau, commission, department or
 * division head with up to four capitalised words before it); police and sheriffs are LOCAL_POLICE_EN's.
 */
const COUNTY_OFFICE_EN = new RegExp(
  `${LATIN_NOT_WORD_BEFORE}(?<name>(?:${LATIN_CAP_WORD}${GAP}){1,3})(?<kind>County|City|Parish|Township)${GAP}(?=[${LATIN_UPPER}])`,
  'g',
);

/**
 * A country's agency named after its demonym or name, which no list holds: "Swedish Transport
 * Agency", "Norwegian Communications Authority", "Finnish Transport and Communications Agency",
 * "Danish Agency for Digital Government". Heads only a state body carries (no Board, Office or
 * Service: a "British Gas Service" or "Polish Post Office" is a company).
 */
const COUNTRY_OFFICE_EN = new RegExp(
  `(?:[${LATIN_UPPER}][a-z]+(?:-[a-z]+)?${GAP}(?:(?:and|of|for|&)${GAP})?){0,4}?(?:Agency|Authority|Directorate|Inspectorate|Administration|Commission|` +
    // "Korea's Financial Supervisory Service", "Ukraine's Security Service": services of the state by what they do.
    `(?:Supervisory|Security|Intelligence|Revenue|Tax|Customs|Immigration|Migration|Border|Prosecution|Investigation|Emergency) Service)` +
    OFFICE_OF_TAIL_EN,
  'y',
);

/** Agencies that are businesses or media, not state bodies: "British News Agency", "Chinese travel agency". */
const NOT_A_STATE_AGENCY = /\b(?:News|Press|Travel|Advertising|Marketing|Talent|Model|Modelling|Recruitment|Employment|Shipping|Credit|Rating|Ratings|Collection|Debt|Property|Estate)[ \t\u00a0]+Agency\b/;

/** Words that make "<state> … Board/Office" an institution, a team or a company rather than an office. */
const NOT_IN_REGION_OFFICE = /\b(?:University|College|School|Hospital|Medical|Bank|Company|Corporation|Inc|Club|Team|Trade|Tourism|Lottery|Bar|Democratic|Republican|Party)\b/;

/**
 * Subjects of a "Department of X" that only a government has (a university has a Department of
 * Physics, never of Insurance): a bare "the Department of Insurance" is then a government body, the
 * state's or country's the article is about. General terms (usa.gov's state-government directory
 * names these departments in every state).
 */
const GOVERNMENT_DEPARTMENT_SUBJECT = /^(?:Insurance|Revenue|Motor Vehicles|Public Safety|Corrections|Correction|Homeland Security|Financial Services|Financial Institutions|Banking|Taxation|Labor|Labour|Human Services|Social Services|Children|Veterans|Transportation|Treasury|Defense|Defence|Justice|Commerce|Agriculture|Energy|Environmental|Natural Resources|Housing|Interior|Emergency|Elections|Consumer|Health(?![ \t\u00a0]+(?:Sciences?|Policy|Management|Studies|Informatics|Economics|Promotion|Education|Professions))|State(?![ \t\u00a0]+University))(?![A-Za-z])/;

/**
 * A committee of the US Congress (a legislature is a government body): "House Energy and Commerce
 * Committee", "Senate Homeland Security Committee", "House Committee on Oversight and Reform".
 */
const CONGRESS_COMMITTEE_EN = new RegExp(
  `${LATIN_NOT_WORD_BEFORE}(?<!White${GAP})(?:House|Senate)${GAP}(?:` +
    `(?:(?:[${LATIN_UPPER}][a-z]+|and|&)${GAP}){0,4}[${LATIN_UPPER}][a-z]+${GAP}Committee(?!${GAP}on${GAP})` +
    `|(?:(?:[${LATIN_UPPER}][a-z]+|and|&)${GAP}){0,5}Committee${GAP}on${GAP}(?:the${GAP})?[${LATIN_UPPER}][a-z]+(?:${GAP}(?:(?:and|&)${GAP})?[${LATIN_UPPER}][a-z]+){0,4})${LATIN_NOT_WORD_AFTER}`,
  'g',
);

/** One to three capitalised words of a town after "police in" (Groningen, São Paulo, Stoke-on-Trent). */
const TOWN_AFTER_IN_EN = new RegExp(`^[${LATIN_UPPER}][${LATIN_LETTER}]+(?:-[a-z]+-[${LATIN_UPPER}][a-z]+)?(?:[ \\t\u00a0][${LATIN_UPPER}][${LATIN_LETTER}]+){0,2}(?![${LATIN_LETTER}0-9])`);

/** Continents and world regions in English: "police in Europe" names no one force. */
const WORLD_REGION_NAMES_EN: ReadonlySet<string> = new Set(WORLD_REGIONS.flatMap((r) => r.en));

/** "police in Brazil", "prosecutors in France": the body before, the place after. */
const BODY_IN_PLACE_EN = /(?<![A-Za-z])(?<body>police|prosecutors|courts?|authorities)[ \t\u00a0]+in[ \t\u00a0]+/gi;

/** Characters that end a place-to-body gap: particles and verbs, so 北京某公司称警方 is no agency. */
const ZH_GAP = /[^\s\p{P}\p{S}A-Za-z0-9的称说与和被在了对向将已为从及等该某是有个这那也都后前时报据经并或而但就要]/u;

/** A district, county or branch after a Chinese body: 上海市公安局浦东分局网安支队. */
const ZH_BRANCH = /(?:[\u4e00-\u9fff]{1,5}?分局)?(?:网安支队|网安大队|派出所)?/y;

const EMBASSY = COUNTRY_BODIES.find((b) => b.key === 'embassy')!;

/** 俄罗斯驻华盛顿大使馆, 俄驻美大使馆: the part after the place. */
const ZH_EMBASSY = /驻[\u4e00-\u9fff]{1,6}?(?:大使馆|总领事馆|领事馆|使馆)/y;

/**
 * A national or federal body after a country's name (南非国家卫生实验室服务局, 印尼国家数据中心,
 * 墨西哥国家数字安全局) or standing alone (联邦应急管理署, 联邦人事管理局): 国家/联邦, a name of characters that
 * are no particles or verbs (安全 passes, though 全 alone stops a name), and a body's head. Leftmost-longest gives a listed name the win.
 */
// One 和 may join two fields inside the name (国家网络和密码局); around it the name stops as before.
const ZH_NATIONAL_BODY = /(?:国家|联邦)(?:(?:(?:安全|[^\s\p{P}\p{S}A-Za-z0-9的称说与和被在了对向将已为从及等该某是有个这那也都后前时据经并或而但就要遭受到击攻入侵黑客示表级本各全两多今年月日周]){1,10}|(?:安全|[^\s\p{P}\p{S}A-Za-z0-9的称说与和被在了对向将已为从及等该某是有个这那也都后前时据经并或而但就要遭受到击攻入侵黑客示表级本各全两多今年月日周]){1,6}和(?:安全|[^\s\p{P}\p{S}A-Za-z0-9的称说与和被在了对向将已为从及等该某是有个这那也都后前时据经并或而但就要遭受到击攻入侵黑客示表级本各全两多今年月日周]){1,6})(?:服务局|管理局|管理署|监管局|调查局|委员会|实验室|议院|局|署)|[^\s\p{P}\p{S}A-Za-z0-9的称说与和被在了对向将已为从及等该某是有个这那也都后前时据经并或而但就要遭受到击攻入侵黑客示表级本各全两多今年月日周]{0,6}数据中心)(?![\u4e00-\u9fff]{0,1}长)/uy;
/**
 * A ministry's or another body's name right after a country's (柬埔寨邮政通信部, 荷兰数据保护局, 美国南方司令部,
 * 日本个人信息保护委员会): two to eight characters that are no particles, verbs or 国 (和 and 经 may join its
 * words: 经济和社会部; 安全 passes though 全 alone stops), then a body's head — 部 not opening another word (部门, 部分, 部长, 部署, 部队), 局, 署,
 * 委员会, 司令部, 办公室 not followed by 长 (its chief) or opening another word (局势, 局面).
 */
const ZH_COUNTRY_MINISTRY = /(?:安全|[^\s\p{P}\p{S}A-Za-z0-9的称说与被在了对向将已为从及等该某是有个这那也都后前时据并或而但就要遭受到击攻入侵黑客示表级本各全两多今年月日周地区部国局署]){2,8}?(?:部(?![门分长署落队件位属下委])|(?:管理局|监管局|局|署|委员会|司令部|办公室)(?![\u4e00-\u9fff]{0,1}长|势|面|限|部))/uy;
/** Names before the head that make a region, a word or a unit, not a body (中西部, 总部, 俱乐部, 当局 alone, 格局). */
const ZH_NOT_MINISTRY_NAME = /[东西南北中内外头干乐总当格棋布饭赌]$|^(?:一|二|三|四|大|小)/u;

/** 联邦 opening a body's name (联邦应急管理署); after a country's name (巴西联邦警察) the longer place pattern wins. */
const ZH_FEDERAL_BODY = /联邦(?:议院|参议院|委员会|[^\s\p{P}\p{S}A-Za-z0-9的称说与和被在了对向将已为从及等该某是有个这那也都后前时据经并或而但就要遭受到击攻入侵黑客示表级本各全两多今年月日周]{1,8}?(?:管理局|管理署|监管局|调查局|委员会|议院|局|署))/gu;
/** A sub-unit after a listed Chinese body: 中央网信办举报中心, 公安部刑侦局, 某市公安局网安大队. */
const ZH_SUBUNIT = /[^\s\p{P}\p{S}A-Za-z0-9的称说与和被在了对向将已为从及等该某是有个这那也都后前时据经并或而但就要遭受到击攻入侵黑客示表级本各全两多今年月日周指导部署]{1,6}?(?:举报中心|网安大队|网安支队|网安总队|大队|支队|总队|分局|研究所|中心|局)(?![\u4e00-\u9fff]{0,1}长)/uy;

/** A regional branch after a body's Latin name: CNCERT浙江分中心, CNCERT广东分中心. */
const ZH_BRANCH_AFTER_LATIN = /[\u4e00-\u9fff]{2,4}?(?:分中心|分局|分部|办事处)/y;

/** A stable id part for a Chinese name: its characters in base 36. */
function hanSlug(name: string): string {
  return [...name].map((c) => c.charCodeAt(0).toString(36)).join('');
}

/** City governments of places no list holds (达拉斯市政府, 哥伦布市议会): the name is read backwards. */
const ZH_CITY_BODY = /(?:市政府|市政厅|市议会|市长办公室)/g;
/** Characters that never belong to such a name: particles, verbs and punctuation-like words. */
const ZH_NAME_STOP = /[^\u4e00-\u9fff]|[的称说与和被在了对向将已为从及等该某是有个这那也都后前时报据经并或而但就要遭受到击攻入侵黑客称示表级本各全两多省县区]/;

/** Two Han characters and 市 or 县 (青川县, 某某市): a place's name no list holds, checked for a body after it. */
const ZH_UNLISTED_PLACE_BODY = /[\u4e00-\u9fff]{2}[市县]/g;
/** Two characters before 市/县 that make a word, not a place (都市, 上市, 超市, 大城市, 此县). */
const ZH_NOT_A_PLACE_NAME = /^(?:.[都上超门股夜]|[大小新老中]城)$|[此我其]/;

/** The last character of a district's, county's or banner's name. */
const ZH_DISTRICT_END = /[区县旗]/g;
let districtSet: ReadonlySet<string> | null = null;
/** The full names of districts, counties and banners, as a set built on first need. */
function districtNames(): ReadonlySet<string> {
  return (districtSet ??= new Set(CHINESE_DISTRICTS));
}
/** A district as a place (no English name: its body is reported by its Chinese name). */
const CHINESE_DISTRICT_PLACE = (zh: string): AgencyPlace => ({ country: 'CN', en: [], demonyms: [], zh: [zh] });

/** A bare administrative level before a local body (省公安厅, 市民政局): the level's own body. */
const ZH_LEVEL_BODY = /[省市区县]/g;
const ZH_LEVELS: Readonly<Record<string, string>> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county' };
/** Characters that may stand right before such a level: particles and verbs that end the word before it (由省公安厅, 移交省公安厅); 各, 全, 多 make it plural, and after 该 or 本 the generic body stands alone (agency-extractor.test.ts). */
const ZH_LEVEL_BEFORE = /[由向经据和与及在对被将并或即从同会称说为交报系请给到至]/;
/** Bodies too generic after a bare level (市政府, 省警方): the place must be named. */
const NOT_AFTER_LEVEL: ReadonlySet<string> = new Set(['government', 'police', 'public-security', 'cyber-police', 'customs-district', 'federal-court', 'us-attorney']);

/** Abbreviations that pair with the next one (英美, 中美, 欧美): "英美外交部" is not 美外交部. */
const ZH_PAIR_BEFORE = /[欧中英美日韩俄澳德法加印朝乌港台亚非]/u;

function titleCase(s: string): string {
  return s.replace(/(^|[\s.])(\p{Ll})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The adjective for a place ("Italian"); its name where the demonym is a noun ("New Zealander"). */
function placeName(p: AgencyPlace): string {
  const demonym = p.demonyms[0];
  return demonym && !/er$/.test(demonym) ? demonym : p.en[0];
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

function regionBodyCandidate(p: AgencyPlace, body: AgencyBody, start: number, end: number, zh?: string): Candidate {
  // A district or county has no English name: its body is reported by its Chinese name.
  if (p.en.length === 0) {
    const name = zh ?? `${p.zh[0]}${body.zh[0]}`;
    return { start, end, value: name, id: `agency:${p.country.toLowerCase()}-${hanSlug(p.zh[0])}-${body.key}`, country: p.country, zh: name };
  }
  return {
    start,
    end,
    value: `${p.en[0]} ${body.en[0]}`,
    id: `agency:${p.country.toLowerCase()}-${slug(p.en[0])}-${body.key}`,
    country: p.country,
    zh: zh ?? `${p.zh[0]}${body.zh[0]}`,
  };
}

/** Every match of `re`; none without running it when the text lacks what every match contains (`needs`). */
function* matches(re: RegExp, text: string, needs?: RegExp): Generator<RegExpExecArray> {
  if (needs && !needs.test(text)) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Leading capitalised words that name no place ("The", "When", "Local"), dropped from a local name. */
function trimLeadingWords(name: string, stop: ReadonlySet<string>): { skipped: number; words: string[] } {
  const words = name.trim().split(/[ \t\u00a0]+/);
  let skipped = 0;
  while (words.length > 0 && stop.has(words[0].toLowerCase())) {
    skipped += words[0].length;
    words.shift();
    const rest = name.slice(skipped);
    skipped += rest.length - rest.trimStart().length;
  }
  return { skipped, words };
}

/** The place mentions of a text, and a lookup of the English place that ends right before a position. */
interface PlaceContext {
  hits: PlaceHit[];
  /** The English country or region named right before `start` ("Kenya's ", "Estonian "), if any. */
  before(start: number): PlaceHit | undefined;
}

function placeContext(text: string, caseless: boolean): PlaceContext {
  const hits = findPlaces(text).filter((h) => HAN.test(text[h.start]) || caseless || /\p{Lu}/u.test(text[h.start]));
  const byEnd = new Map<number, PlaceHit>();
  for (const h of hits) if (h.kind === 'country' || h.kind === 'region') byEnd.set(h.end, h);
  return {
    hits,
    before(start: number) {
      let i = start;
      while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u00a0')) i--;
      if (i === start) return undefined;
      if (i >= 2 && (text[i - 1] === 's' || text[i - 1] === 'S') && (text[i - 2] === "'" || text[i - 2] === '’')) {
        return byEnd.get(i - 2) ?? byEnd.get(i);
      }
      return byEnd.get(i);
    },
  };
}

/** "<Place> <body>" in English and Chinese, from the place mentions. */
function placeBodyCandidates(text: string, places: PlaceContext, out: Candidate[]): void {
  const lower = text.toLowerCase();
  for (const h of places.hits) {
    const p = h.place;
    if (!HAN.test(text[h.start])) {
      if (h.kind === 'country') {
        const before = bodyBeforeOf(text, lower, h.start);
        if (before) out.push(countryBodyCandidate(p, before.body, before.start, h.end));
      }
      if (h.kind === 'region') {
        // "State Criminal Police Office of Lower Saxony", "State Bureau of Investigation Bavaria": a
        // region's office named before it, as German Länder bodies are in English.
        const before = REGION_BODY_BEFORE_EN.exec(text.slice(Math.max(0, h.start - 60), h.start));
        if (before) {
          const start = h.start - before[0].length;
          const office = before.groups!.office.replace(/\s+/g, ' ');
          out.push({ start, end: h.end, value: `${office} ${p.en[0]}`, id: `agency:${placeIdPrefix(h)}${slug(office)}`, country: p.country });
        }
      }
      // "US"/"us" as a pronoun: only the upper-case form or a government/embassy after it.
      const at = afterPlaceEn(text, h.end);
      if (at < 0) continue;
      const found = bodyAt(h.kind === 'region' ? REGION_BODY_EN : BODY_EN, lower, at);
      if (!found) {
        const office = stickyMatch(h.kind === 'region' ? REGION_OFFICE_EN : COUNTRY_OFFICE_EN, text, at);
        // "<State> Department of X" is MINISTRY_EN's, with the place before it.
        // An office followed by its initials ("Financial Supervisory Commission (FSC)") is
        // NAME_WITH_ACRONYM_EN's, which also finds the initials where they stand alone later; not one
        // followed by initials of its own language ("National Security Authority (NSM)"), which that
        // pattern leaves alone.
        const bracketed = office === null ? null : /^\s*[(（](\p{Lu}{2,8})[)）]/u.exec(text.slice(at + office.length, at + office.length + 12));
        const initials = bracketed !== null && capitalInitials(office!) === bracketed[1] && ACRONYM_NAME_HEAD_EN.test(office!.trimEnd());
        if (office && !initials && !NOT_IN_REGION_OFFICE.test(office) && !NOT_A_STATE_AGENCY.test(office) && !/Department[ \t\u00a0]+(?:of|for)[ \t\u00a0]/.test(office)) {
          // A region is named by its name ("Ohio Bureau of …"), a country as written ("Swedish Transport Agency").
          const name = h.kind === 'region' ? `${p.en[0]} ${office.replace(/\s+/g, ' ')}` : text.slice(h.start, at + office.length).replace(/\s+/g, ' ');
          // bodyStart: a listed body after the place ("US National Security Agency") keeps its own id.
          out.push({ start: h.start, end: at + office.length, value: name, id: `agency:${placeIdPrefix(h)}${slug(office)}`, country: p.country, bodyStart: at });
        }
        continue;
      }
      if (text.slice(h.start, h.end) === 'us' && !/^(government|embassy)$/.test(found.body.key)) continue;
      const c = h.kind === 'region' ? regionBodyCandidate(p, found.body, h.start, found.end) : countryBodyCandidate(p, found.body, h.start, found.end);
      out.push({ ...c, bodyStart: at });
      continue;
    }
    if (h.kind === 'short') {
      // 英美外交部 names two ministries; the fact keeps the span, the value the first country.
      if (h.start > 0 && ZH_PAIR_BEFORE.test(text[h.start - 1])) continue;
      const embassy = stickyMatch(ZH_EMBASSY, text, h.end);
      if (embassy) {
        out.push(countryBodyCandidate(p, EMBASSY, h.start, h.end + embassy.length));
        continue;
      }
      let end = h.end;
      while (end < text.length && ZH_PAIR_BEFORE.test(text[end]) && !SHORT_BODY_ZH.byFirst.has(text[end])) end++;
      const found = bodyAt(SHORT_BODY_ZH, text, end);
      if (found) out.push(countryBodyCandidate(p, found.body, h.start, found.end));
      continue;
    }
    if (h.kind === 'country') {
      const embassy = stickyMatch(ZH_EMBASSY, text, h.end);
      if (embassy) {
        out.push(countryBodyCandidate(p, EMBASSY, h.start, h.end + embassy.length));
        continue;
      }
      // 巴西联邦警察, 俄罗斯联邦政府, 英国国家犯罪局: 联邦/国家 belong to the body's name.
      const prefixed = text.startsWith('联邦', h.end) || text.startsWith('国家', h.end) ? h.end + 2 : -1;
      const found = bodyAt(BODY_ZH, text, h.end) ?? (prefixed > 0 ? bodyAt(BODY_ZH, text, prefixed) : null);
      // 美国陆军未来司令部, 美国空军部: a service's own command or department is the body named, not the service.
      const command = found && MILITARY_SERVICES.has(found.body.key) ? stickyMatch(ZH_COUNTRY_MINISTRY, text, h.end) : null;
      if (command && h.end + command.length > found!.end && !ZH_NOT_MINISTRY_NAME.test(command.slice(0, -1))) {
        const end = h.end + command.length;
        out.push({ start: h.start, end, value: text.slice(h.start, end), id: `agency:${p.country.toLowerCase()}-${hanSlug(command)}`, country: p.country, zh: text.slice(h.start, end) });
        continue;
      }
      if (found) {
        out.push({ ...countryBodyCandidate(p, found.body, h.start, found.end), bodyStart: h.end });
        continue;
      }
      // 南非国家卫生实验室服务局, 印尼国家数据中心: a country's national or federal body the list lacks.
      const national = stickyMatch(ZH_NATIONAL_BODY, text, h.end);
      if (national) {
        const end = h.end + national.length;
        out.push({ start: h.start, end, value: text.slice(h.start, end), id: `agency:${p.country.toLowerCase()}-${hanSlug(national)}`, country: p.country, zh: text.slice(h.start, end) });
        continue;
      }
      // 柬埔寨邮政通信部, 秘鲁经济财政部: a country's ministry the list lacks, by its head 部.
      const ministry = stickyMatch(ZH_COUNTRY_MINISTRY, text, h.end);
      if (ministry && !ZH_NOT_MINISTRY_NAME.test(ministry.slice(0, -1))) {
        const end = h.end + ministry.length;
        out.push({ start: h.start, end, value: text.slice(h.start, end), id: `agency:${p.country.toLowerCase()}-${hanSlug(ministry)}`, country: p.country, zh: text.slice(h.start, end) });
        continue;
      }
      // 美国防部 is 美 + 国防部, not 美国 + 防部: the one-character form with the body after it.
      const short = SHORT_PLACE_ZH.get(text[h.start]);
      const shortBody = short && !(h.start > 0 && ZH_PAIR_BEFORE.test(text[h.start - 1])) ? bodyAt(SHORT_BODY_ZH, text, h.start + 1) : null;
      if (short && shortBody) out.push(countryBodyCandidate(short, shortBody.body, h.start, shortBody.end));
      continue;
    }
    // Regions and Chinese places: 北京市公安局, 西安高新警方, 深圳南山网安部门, 特拉华州衡平法院.
    let at = h.end;
    // 上海市场监管局, 浦东新区市场监管局: the 市 opens the body's name, not the place's suffix.
    const suffix = bodyAt(LOCAL_BODY_ZH, text, at) ? null : /^(?:省|市|自治区|特别行政区|州)/.exec(text.slice(at, at + 5));
    if (suffix) at += suffix[0].length;
    else if (p.cityOnly) continue;
    for (let gap = 0; gap <= 4 && at + gap < text.length; gap++) {
      if (gap > 0 && !ZH_GAP.test(text[at + gap - 1])) break;
      const found = bodyAt(LOCAL_BODY_ZH, text, at + gap);
      if (!found) continue;
      const branch = stickyMatch(ZH_BRANCH, text, found.end);
      const end = found.end + (branch?.length ?? 0);
      // 安徽省阜阳市公安局 is Fuyang's bureau: the place nearest the body names it.
      const inner = places.hits.find((o) => o.kind === 'local' && o.start >= at && o.end <= at + gap);
      out.push({ ...regionBodyCandidate(inner?.place ?? p, found.body, h.start, end, text.slice(h.start, end)), bodyStart: at + gap });
      break;
    }
  }
}

/** A country's armed services (COUNTRY_BODIES), whose commands and departments have names of their own. */
const MILITARY_SERVICES = new Set(['armed-forces', 'army', 'navy', 'air-force']);

/** "us-" for a country, "us-indiana-" for a region: the start of a pattern fact's id. */
function placeIdPrefix(h: PlaceHit): string {
  return `${h.place.country.toLowerCase()}-${h.kind === 'region' ? slug(h.place.en[0]) + '-' : ''}`;
}

/** The end of a name without a trailing possessive ("City of Atlanta's" → "City of Atlanta"). */
function withoutPossessive(text: string, end: number): number {
  return end >= 2 && (text[end - 1] === 's' || text[end - 1] === 'S') && (text[end - 2] === "'" || text[end - 2] === '’') ? end - 2 : end;
}

/** Forms that mean something else before "of <place>" ("the customs of Japan", "the administration of …", "People's Liberation Army of China"). */
const NOT_BEFORE_OF = new Set(['customs', 'administration', 'law enforcement', 'cert', 'presidency', 'army', 'navy', 'air force', 'armed forces']);

/** The body named right before " of (the) <place>" ("the Federal Police of Brazil"), with where it starts. */
function bodyBeforeOf(text: string, lower: string, placeStart: number): { body: AgencyBody; start: number } | null {
  const from = Math.max(0, placeStart - 12);
  const of = /[ \t\u00a0]of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/i.exec(text.slice(from, placeStart));
  if (!of) return null;
  const end = from + of.index;
  let best: { body: AgencyBody; start: number } | null = null;
  for (const list of BODY_EN.byFirst.values()) {
    for (const { form, body } of list) {
      const start = end - form.length;
      if (start < 0 || (best && start >= best.start) || NOT_BEFORE_OF.has(form)) continue;
      if (!lower.startsWith(form, start) || isLatinWordChar(lower[start - 1])) continue;
      best = { body, start };
    }
  }
  return best;
}

function stickyMatch(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && m[0].length > 0 ? m[0] : null;
}

function patternCandidates(text: string, caseless: boolean): Candidate[] {
  const out: Candidate[] = [];
  const places = placeContext(text, caseless);
  placeBodyCandidates(text, places, out);

  for (const m of matches(BODY_IN_PLACE_EN, text, /(?:police|prosecutors|courts?) in /i)) {
    const end = m.index + m[0].length;
    const h = places.hits.find((p) => p.start === end && (p.kind === 'country' || p.kind === 'region'));
    const key = m.groups!.body.toLowerCase();
    if (!h) {
      // "Police in Groningen", "prosecutors in Düsseldorf": a town's police or public prosecutor, named by the capitalised place after them.
      const town = key === 'police' || key === 'prosecutors' ? TOWN_AFTER_IN_EN.exec(text.slice(end, end + 40)) : null;
      if (town && !NOT_A_POLICE_NAME.has(town[0].split(/[ -]/)[0].toLowerCase()) && !WORLD_REGION_NAMES_EN.has(town[0])) {
        const name = `${town[0]} ${key}`;
        out.push({ start: m.index, end: end + town[0].length, value: name, id: key === 'police' ? `agency:police-${slug(name)}` : `agency:prosecutors-${slug(town[0])}` });
      }
      continue;
    }
    // "authorities in Brazil" is a generic word with a place: only police, prosecutors and courts.
    if (key === 'authorities') continue;
    const body = COUNTRY_BODIES.find((b) => b.key === (key === 'police' ? 'police' : key === 'prosecutors' ? 'prosecutors' : 'courts'))!;
    out.push(h.kind === 'region' ? regionBodyCandidate(h.place, body, m.index, h.end) : countryBodyCandidate(h.place, body, m.index, h.end));
  }

  for (const m of matches(MINISTRY_EN, text, /Ministry|Department|Office|Secretariat|Superintenden/)) {
    // "New York State Department of Financial Services": the state's, not the State Department.
    const state = /(?:^|[ \t\u00a0])State[ \t\u00a0]+$/.exec(text.slice(Math.max(0, m.index - 7), m.index));
    const h = places.before(m.index) ?? (state ? places.before(m.index - state[0].trimStart().length) : undefined);
    // A bare "Department of X" is as often a university department: only with a place, or with
    // a subject only a government has ("the Department of Insurance").
    // A Secretariat (the UN's, a party's) is a government's only with the country named.
    if (m.groups!.kind === 'Secretariat' && !h) continue;
    if (m.groups!.kind === 'Department' && !h && !GOVERNMENT_DEPARTMENT_SUBJECT.test(m[0].slice(m[0].indexOf(' of ') + 4).replace(/^the /, ''))) continue;
    const start = h ? h.start : m.index;
    // "Department of Homeland Security’s Industrial Control Systems": the name ends at its possessive.
    const kindEnd = m[0].indexOf(m.groups!.kind) + m.groups!.kind.length;
    const possessive = /['’]s(?![\p{L}\p{N}])/u.exec(m[0].slice(kindEnd));
    const end = possessive ? m.index + kindEnd + possessive.index : withoutPossessive(text, m.index + m[0].length);
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    const kindAt = name.indexOf(m.groups!.kind);
    out.push({
      start,
      end,
      value: h ? `${placeName(h.place)} ${name.slice(kindAt)}` : name,
      id: `agency:${h ? placeIdPrefix(h) : ''}${slug(name.slice(kindAt))}`,
      country: h?.place.country,
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
    while (capitalInitials(name) !== m.groups!.acronym && /[ \t\u00a0]/.test(name)) {
      const cut = name.search(/[ \t\u00a0]+/);
      const next = name.slice(cut).search(/\S/) + cut;
      offset += next;
      name = name.slice(next);
    }
    if (capitalInitials(name) !== m.groups!.acronym || NOT_GOVERNMENT_FIRST_WORD.test(name)) continue;
    const start = m.index + offset;
    out.push({ start, end: start + name.length, value: name.replace(/\s+/g, ' '), id: `agency:${slug(name)}` });
  }

  if (!caseless) {
    for (const m of matches(STATE_BODY_EN, text, STATE_BODY_NEEDS_EN)) {
      const name = m.groups!.name;
      if (!STATE_BODY_NAME_EN.test(name) || NOT_GOVERNMENT_FIRST_WORD.test(name) || COMPANY_AFTER_EN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      out.push({ start: m.index, end: m.index + name.length, value: name.replace(/\s+/g, ' '), id: `agency:${slug(name)}` });
    }
  }

  for (const m of matches(ELECTION_COMMISSION_EN, text, /lectoral|lection/i)) {
    const h = places.before(m.index + (m[0].length - m[0].trimStart().length));
    if (!h && !m.groups!.kind) continue;
    const start = h ? h.start : m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    out.push({
      start,
      end,
      value: titleCase(text.slice(start, end).replace(/\s+/g, ' ').toLowerCase()),
      id: `agency:${h ? h.place.country.toLowerCase() + '-' : ''}election-commission`,
      country: h?.place.country,
    });
  }

  for (const m of matches(LOCAL_POLICE_EN, text)) {
    const { skipped, words } = trimLeadingWords(m.groups!.name, NOT_A_POLICE_NAME);
    if (words.length === 0) continue;
    const start = m.index + skipped;
    const end = m.index + m[0].length;
    const spanText = text.slice(start, end);
    const p = places.hits.find((h) => h.start === start && h.end === start + words.join(' ').length && h.kind === 'country');
    if (p && /^police$/i.test(m.groups!.body)) {
      out.push(countryBodyCandidate(p.place, COUNTRY_BODIES.find((b) => b.key === 'police')!, start, end));
      continue;
    }
    out.push({ start, end, value: spanText.replace(/\s+/g, ' '), id: `agency:police-${slug(spanText)}` });
  }

  // Each local and US pattern runs only when its head word is in the text: most pages have none,
  // and a regex is compiled on its first run.
  for (const m of matches(LOCAL_GOVERNMENT_EN, text, /Council|Hall|Government|government|Commission|Municipality|Administration|Supervisors|city hall|city council|county commission|county board/)) {
    const { skipped, words } = trimLeadingWords(m.groups!.name, NOT_A_POLICE_NAME);
    if (words.length === 0 || NOT_A_COUNCIL_NAME.has(words[words.length - 1].toLowerCase())) continue;
    // A bare "<X> Council" or "<X> Municipality" needs a known place as its name.
    const body = m.groups!.body;
    if (/^(Council|Municipality)$/.test(body) && !places.hits.some((h) => h.start === m.index + skipped)) continue;
    const start = m.index + skipped;
    const end = m.index + m[0].length;
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    out.push({ start, end, value: name, id: `agency:local-${slug(name)}` });
  }

  for (const m of matches(CONGRESS_COMMITTEE_EN, text, /Committee/)) {
    const name = m[0].replace(/\s+/g, ' ');
    out.push({ start: m.index, end: m.index + m[0].length, value: name, id: `agency:us-${slug(name)}`, country: 'US' });
  }

  for (const m of matches(DISTRICT_ATTORNEY_EN, text, /Attorney|Prosecutor/)) {
    const { skipped, words } = trimLeadingWords(m.groups!.name, NOT_A_POLICE_NAME);
    if (words.length === 0) continue;
    const start = m.index + skipped;
    const end = m.index + m[0].length;
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    out.push({ start, end, value: name, id: `agency:local-${slug(name)}`, country: 'US' });
  }

  for (const m of matches(COUNTY_OFFICE_EN, text, /County|City|Parish|Township/)) {
    const at = m.index + m[0].length;
    const office = stickyMatch(REGION_OFFICE_EN, text, at);
    if (!office || NOT_IN_REGION_OFFICE.test(office) || /^Department[ \t\u00a0]+(?:of|for)[ \t\u00a0]/.test(office)) continue;
    const { skipped, words } = trimLeadingWords(m.groups!.name, NOT_A_POLICE_NAME);
    if (words.length === 0) continue;
    const start = m.index + skipped;
    const end = at + office.length;
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    out.push({ start, end, value: name, id: `agency:local-${slug(name)}` });
  }

  for (const m of matches(CITY_OF_EN, text, /(?:City|Municipality|Town|Borough|County|State|city) of /)) {
    const words = m[0].split(/[ \t\u00a0]+/).slice(2);
    if (NOT_A_POLICE_NAME.has(words[0].toLowerCase())) continue;
    if (m.groups!.kind === 'city' && (caseless || !/the[ \t\u00a0]+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) || PLACE_NOT_GOVERNMENT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
    // "State of Emergency", "City of Hope" (a hospital) … only a known place or a City/Town/Municipality.
    if (m.groups!.kind === 'State' || m.groups!.kind === 'County') {
      if (!places.hits.some((h) => h.start === m.index + m[0].indexOf(words[0]))) continue;
    }
    // "City of Hope National Medical Center" names a hospital, not a city.
    if (INSTITUTION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // "the city of Atlanta's IT department": the name ends at its possessive.
    const possessive = /['’]s(?![A-Za-z0-9])/.exec(m[0]);
    const end = possessive ? m.index + possessive.index : m.index + m[0].length;
    const name = text.slice(m.index, end).replace(/\s+/g, ' ');
    out.push({ start: m.index, end, value: name, id: `agency:local-${slug(name)}` });
  }

  for (const m of matches(US_ATTORNEY_EN, text, /Attorney/)) {
    const end = withoutPossessive(text, m.index + m[0].length);
    const name = text.slice(m.index, end).replace(/\s+/g, ' ').replace(/^(U\.S\.|US|United States) Attorney['’]?s? [Oo]ffice/, "U.S. Attorney's Office");
    out.push({ start: m.index, end, value: name, id: `agency:us-attorney-${slug(name.slice(23)) || 'office'}`, country: 'US', zh: '美国联邦检察官办公室' });
  }

  for (const m of matches(COURT_EN, text, /Court/)) {
    let start = m.index;
    if (m.groups!.name !== undefined) {
      const { skipped, words } = trimLeadingWords(m.groups!.name, NOT_A_POLICE_NAME);
      // "The District Court" names no court; "The Supreme Court" is the country's highest.
      if (words.length === 0 && !/Supreme[ \t\u00a0]+Court$/.test(m[0])) continue;
      start += skipped;
    }
    const end = m.index + m[0].length;
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    const h = places.hits.find((p) => p.start >= start && p.end <= end);
    out.push({ start, end, value: name, id: `agency:court-${slug(name)}`, country: h?.place.country });
  }

  let placedAttorneyGeneral: Candidate | undefined;
  for (const m of matches(ATTORNEY_GENERAL_EN, text)) {
    const h = places.before(m.index);
    const p = h?.place;
    if (!p) {
      // "state attorneys general" and a bare "the attorney general" name no one office: only
      // after "<Place> Attorney General" (the short form of that office) is the bare title a fact.
      if (/attorneys/i.test(m[0]) || !placedAttorneyGeneral) continue;
      out.push({ ...placedAttorneyGeneral, start: m.index, end: m.index + m[0].length });
      continue;
    }
    out.push({
      start: h ? h.start : m.index,
      end: m.index + m[0].length,
      value: p ? `${p.en[0]} Attorney General` : 'Attorney General',
      id: p ? `agency:${slug(p.en[0])}-attorney-general` : 'agency:attorney-general',
      country: p?.country,
      zh: p ? `${p.zh[0]}总检察长` : '总检察长',
    });
    placedAttorneyGeneral = out[out.length - 1];
  }

  for (const m of matches(FEDERAL_RESERVE_BANK_EN, text, /Federal Reserve/)) {
    const end = withoutPossessive(text, m.index + m[0].length);
    const city = text.slice(m.index, end).replace(/\s+/g, ' ').replace(/^Federal Reserve (?:Bank )?of /, '');
    out.push({ start: m.index, end, value: `Federal Reserve Bank of ${city}`, id: `agency:us-federal-reserve-bank-${slug(city)}`, country: 'US', zh: `${city}联邦储备银行` });
  }

  for (const m of matches(ZH_FEDERAL_BODY, text, /联邦/)) {
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, value: m[0], id: `agency:federal-${hanSlug(m[0])}`, zh: m[0] });
  }

  for (const m of matches(ZH_CITY_BODY, text, /市[政议长]/)) {
    let start = m.index;
    while (start > 0 && m.index - start < 6 && !ZH_NAME_STOP.test(text[start - 1])) start--;
    if (m.index - start < 2) continue;
    // A long name cut by the limit keeps a place named at its start whole (荷兰阿姆斯特丹市政府, not 兰阿姆斯特丹…).
    const cutPlace = places.hits.find((h) => h.start < start && h.end > start);
    if (cutPlace) start = cutPlace.start;
    const span = text.slice(start, m.index + m[0].length);
    out.push({ start, end: m.index + m[0].length, value: span, id: `agency:city-${[...text.slice(start, m.index)].map((c) => c.charCodeAt(0).toString(36)).join('')}`, zh: span });
  }

  // 鄠邑区公安分局, 青川县民政局: a district's or county's body, its full name looked up backwards from
  // 区/县/旗 (a set, not the place gazetteer: 2,000 names would triple the packed index the worker loads).
  for (const m of matches(ZH_DISTRICT_END, text, /[区县旗]/)) {
    const found = bodyAt(LOCAL_BODY_ZH, text, m.index + 1);
    if (!found || found.body.key === 'government') continue;
    const names = districtNames();
    let start = -1;
    for (let len = 7; len >= 2 && start < 0; len--) if (m.index - len >= 0 && names.has(text.slice(m.index - len, m.index + 1))) start = m.index - len;
    if (start < 0) continue;
    const branch = stickyMatch(ZH_BRANCH, text, found.end);
    const end = found.end + (branch?.length ?? 0);
    out.push({ ...regionBodyCandidate(CHINESE_DISTRICT_PLACE(text.slice(start, m.index + 1)), found.body, start, end, text.slice(start, end)), bodyStart: m.index + 1 });
  }

  // 省公安厅, 市民政局, 区公安分局: the province's or city's own body, its place named earlier in the text.
  for (const m of matches(ZH_LEVEL_BODY, text, /[省市区县]/)) {
    const before = m.index > 0 ? text[m.index - 1] : '';
    if (HAN.test(before) && !ZH_LEVEL_BEFORE.test(before)) continue;
    const found = bodyAt(LOCAL_BODY_ZH, text, m.index + 1);
    if (!found || NOT_AFTER_LEVEL.has(found.body.key)) continue;
    const branch = stickyMatch(ZH_BRANCH, text, found.end);
    const end = found.end + (branch?.length ?? 0);
    const span = text.slice(m.index, end);
    out.push({ start: m.index, end, value: span, id: `agency:cn-${ZH_LEVELS[m[0]]}-${found.body.key}`, country: 'CN', zh: span, bodyStart: m.index + 1 });
  }

  // 青川县公安局, 某某市网信办 of a place no list holds: the two characters before 市/县 name it.
  for (const m of matches(ZH_UNLISTED_PLACE_BODY, text, /[市县]/)) {
    const suffix = m.index + m[0].length - 1;
    const found = bodyAt(LOCAL_BODY_ZH, text, suffix + 1);
    if (!found || found.body.key === 'government') continue;
    const name = text.slice(m.index, suffix);
    if ([...name].some((c) => ZH_NAME_STOP.test(c)) || ZH_NOT_A_PLACE_NAME.test(name)) continue;
    if (places.hits.some((h) => h.end > m.index && h.start < found.end)) continue;
    const branch = stickyMatch(ZH_BRANCH, text, found.end);
    const end = found.end + (branch?.length ?? 0);
    const span = text.slice(m.index, end);
    out.push({ start: m.index, end, value: span, id: `agency:local-${hanSlug(text.slice(m.index, suffix + 1))}-${found.body.key}`, zh: span, bodyStart: suffix + 1 });
  }

  return out;
}

function gazetteerCandidates(text: string, caseless: boolean): Candidate[] {
  return agencyGazetteers(text, caseless).flatMap((g) =>
    g.findAll(text).map((hit) => {
      const entry = agencyEntry(hit.entry.id)!;
      const candidate = { start: hit.start, end: hit.end, value: entry.en[0] ?? '', id: entry.id, country: entry.attrs?.country, zh: entry.zh[0] };
      if (entry.id.startsWith(BLOCKER_PREFIX)) return candidate;
      // "中央网信办举报中心": the listed body's own unit is the agency named; after a Latin name
      // (CNCERT浙江分中心) only a regional branch, which cannot be the start of a sentence.
      const unit = stickyMatch(HAN.test(text[hit.end - 1] ?? '') ? ZH_SUBUNIT : ZH_BRANCH_AFTER_LATIN, text, hit.end);
      if (!unit) return candidate;
      const name = text.slice(hit.start, hit.end + unit.length);
      return { ...candidate, end: hit.end + unit.length, value: name, id: `${entry.id}-${hanSlug(unit)}`, zh: name };
    }),
  );
}

/**
 * A pattern whose body is the start of a longer listed name takes the whole name: "Hong Kong's
 * Privacy Commissioner for Personal Data" is the listed body (same country) with its place;
 * "Austrian Federal Criminal Police Office" stays Austrian; 山东公安机关 stays Shandong's. Any
 * other pattern that stops inside a listed name yields to it (leftmost would hide the name).
 */
function joinListedName(p: Candidate, listed: readonly Candidate[], text: string): Candidate[] {
  const body = p.bodyStart === undefined ? undefined : listed.find((l) => l.start === p.bodyStart && l.end >= p.end);
  if (body) {
    return [body.country === p.country && /[A-Za-z]/.test(text[p.start]) ? { ...body, start: p.start } : { ...p, end: body.end }];
  }
  const longer = listed.find((l) => l.start > p.start && l.start < p.end && l.end > p.end);
  return !longer || HAN.test(text[p.start]) ? [p] : [];
}

/** Capitalised words of an English agency name, and its small words that US acronyms keep (DOT: Department of Transportation). */
const AGENCY_NAME_WORDS = /^(?:\p{Lu}[\p{L}'’-]*|of|and|for)$/u;

/**
 * Acronyms the text uses for an agency it names in full: "Colorado Department of Transportation" and,
 * later, "the CDOT ransomware attack". The acronym spells the capitalised words of the name, with or
 * without its "of" ("CDT", "CDOT"), stands alone in capitals, and at least three words make it, so
 * that a short name spells no common acronym by chance. Linear in the text per name.
 */
function acronymCandidates(text: string, found: readonly Candidate[]): Candidate[] {
  const byAcronym = new Map<string, Candidate>();
  for (const c of found) {
    // "Korea's Financial Supervisory Service (FSS)": the body's initials leave its place out.
    for (const start of c.bodyStart !== undefined && c.bodyStart > c.start ? [c.start, c.bodyStart] : [c.start]) {
      const words = text.slice(start, c.end).split(/[ \t\u00a0]+/);
      if (!/^[\x20-\x7e\u00a0’]+$/.test(text.slice(start, c.end)) || !words.every((w) => AGENCY_NAME_WORDS.test(w))) continue;
      const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
      if (capitals.length < 3) continue;
      const spelled = [capitals.map((w) => w[0]).join(''), words.map((w) => w[0].toUpperCase()).join('')];
      for (const acronym of spelled) if (acronym.length <= 6 && !byAcronym.has(acronym)) byAcronym.set(acronym, c);
    }
  }
  if (byAcronym.size === 0) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_.-])\p{Lu}{3,6}(?![\p{L}\p{N}_-])/gu)) {
    const named = byAcronym.get(m[0]);
    if (!named) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: named.value, id: named.id, country: named.country, zh: named.zh });
  }
  return out;
}

/** What joins items of a Chinese list: 、, 和, 及, 与, 以及. */
const ZH_LIST_JOINER = /(?:、|以及|和|及|与)/y;
/** What may follow a list item: another joiner, the list's end (等), a clause's punctuation, 的 or a verb's particle. */
const ZH_AFTER_LIST_ITEM = /^(?:$|[、和及与等的，,。；;：:！？）)\s]|以及|均|都|也|已|将|被|遭|表示|称|发布|宣布)/u;

/**
 * Bodies named in a list after a country's body, whose country they share: 意大利外交部、交通部和米兰市政府
 * names Italy's transport ministry, 美国财政部、司法部以及国务院 the US Department of Justice and State
 * Department, though 司法部 and 国务院 alone are China's. An item is a bare listed body, a body of the
 * country table or a 部/局/署/委员会 name by the ministry pattern, ending where the list goes on or the
 * clause ends; it is named as the country's body the list holds ("美国国务院"), else by the pattern.
 * Returns the items and the bare listed candidates they replace.
 */
function listedCountryBodies(text: string, found: readonly Candidate[]): { items: Candidate[]; replaced: Set<Candidate> } {
  const items: Candidate[] = [];
  const replaced = new Set<Candidate>();
  const byStart = new Map(found.map((c) => [c.start, c]));
  for (const first of found) {
    if (!first.country || !HAN.test(text[first.start] ?? '') || !first.id?.startsWith(`agency:${first.country.toLowerCase()}-`)) continue;
    const place = COUNTRY_PLACES.find((p) => p.country === first.country);
    if (!place || !place.zh.some((zh) => text.startsWith(zh, first.start))) continue;
    readCountryList(text, place, first.end, false, byStart, items, replaced);
  }
  // "意大利多个政府部门的网站遭到攻击，包括外交部、基础设施和交通部": a list of bodies after 包括, in a sentence
  // about a foreign country's government, names that country's bodies.
  for (const m of matches(ZH_INCLUDES, text, /包括/)) {
    const sentenceStart = Math.max(m.index - 60, ...['。', '！', '？', '\n'].map((p) => text.lastIndexOf(p, m.index) + 1));
    const before = text.slice(sentenceStart, m.index);
    if (!ZH_GOVERNMENT_WORD.test(before)) continue;
    let place: AgencyPlace | undefined;
    let placeAt = -1;
    for (const p of COUNTRY_PLACES) {
      if (p.country === 'CN') continue;
      for (const zh of p.zh) {
        const at = before.lastIndexOf(zh);
        if (at > placeAt) [place, placeAt] = [p, at];
      }
    }
    if (place) readCountryList(text, place, m.index + m[0].length, true, byStart, items, replaced);
  }
  return { items, replaced };
}

/** 包括 opening a list (包括了, 其中包括). */
const ZH_INCLUDES = /包括(?:了)?/g;
/** Words that make a sentence about a government: its bodies may follow in a list. */
const ZH_GOVERNMENT_WORD = /政府|部门|部委|机构|官方/u;

/**
 * Reads the items of a list of one country's bodies from `from` (after the first body, or after 包括 when
 * `openList`), adding them to `items` and the bare listed candidates they replace to `replaced`.
 */
function readCountryList(text: string, place: AgencyPlace, from: number, openList: boolean, byStart: ReadonlyMap<number, Candidate>, items: Candidate[], replaced: Set<Candidate>): void {
  let end = from;
  for (let count = 0; count < 8; count++) {
    let at = end;
    if (!(openList && count === 0)) {
      ZH_LIST_JOINER.lastIndex = end;
      const joiner = ZH_LIST_JOINER.exec(text);
      if (!joiner) break;
      at = end + joiner[0].length;
    }
    const existing = byStart.get(at);
    // An item that names its own place (英国内政部) is no bare body of this list's country.
    if (existing && (COUNTRY_PLACES.some((p) => p.zh.some((zh) => text.startsWith(zh, at))) || existing.country === place.country)) break;
    const body = existing ? null : bodyAt(BODY_ZH, text, at);
    const ministry = existing || body ? null : stickyMatch(ZH_COUNTRY_MINISTRY, text, at);
    const itemEnd = existing ? existing.end : body ? body.end : ministry && !ZH_NOT_MINISTRY_NAME.test(ministry.slice(0, -1)) ? at + ministry.length : -1;
    if (itemEnd < 0 || !ZH_AFTER_LIST_ITEM.test(text.slice(itemEnd, itemEnd + 2))) break;
    const name = text.slice(at, itemEnd);
    const composite = `${place.zh[0]}${name}`;
    const known = gazetteerCandidates(composite, false).find((c) => c.start === 0 && c.end === composite.length && !c.id?.startsWith(BLOCKER_PREFIX));
    // A listed body with a name of its own (数位发展部资通安全署) keeps its country; only a generic
    // ministry word (司法部, 国务院) that the list's country also has is that country's here.
    if (existing && !known && bodyAt(BODY_ZH, text, at)?.end !== itemEnd) break;
    if (known) items.push({ ...known, start: at, end: itemEnd });
    else if (body) items.push({ ...countryBodyCandidate(place, body.body, at, itemEnd), zh: composite });
    else items.push({ start: at, end: itemEnd, value: composite, id: `agency:${place.country.toLowerCase()}-${hanSlug(name)}`, country: place.country, zh: composite });
    if (existing) replaced.add(existing);
    end = itemEnd;
  }
}

/** Finds agencies: the bilingual list first, then named governments, police and courts by pattern. */
export function extractAgencies(ctx: ExtractContext): Fact[] {
  const caseless = isLowerCaseText(ctx.text);
  const listed = gazetteerCandidates(ctx.text, caseless);
  const patterns = patternCandidates(ctx.text, caseless).flatMap((p) => joinListedName(p, listed, ctx.text));
  const direct = selectLeftmostLongest([...listed, ...patterns]);
  const { items, replaced } = listedCountryBodies(ctx.text, direct);
  const named = items.length === 0 ? direct : selectLeftmostLongest([...direct.filter((c) => !replaced.has(c)), ...items]);
  const candidates = caseless ? named : selectLeftmostLongest([...named, ...acronymCandidates(ctx.text, named)]);
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
