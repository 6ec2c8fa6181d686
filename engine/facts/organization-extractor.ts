/**
 * Organization extractor: organisations hit or affected by the incident (victims, operators of the
 * affected service), in English and Chinese (corpus/GUIDELINES.md). Not the publisher, a cited news
 * source, a quoted security vendor, or an unrelated company.
 *
 * How: (1) candidates — known organisations (data/organizations.ts, through the gazetteer),
 * capitalised Latin name sequences (also Latin runs inside Chinese text), and Chinese phrases that
 * end in an organisation head (公司, 银行, 邮政, …); "皇家邮政（Royal Mail）" and "Scandinavian Airlines
 * (SAS)" make one group. (2) evidence per mention — victim contexts ("X was hit", "attack on X",
 * "X's systems", 遭到…攻击, X表示, 攻击X) against source contexts ("according to X", "X reported",
 * 据X报道, 安全公司X); the victim role from sentence structure anywhere in the sentence
 * (victims/find-victim-roles.ts: "X, which …, was hit", "attackers breached the clinic X", X遭到);
 * the headline's role ("Acme hit by ransomware"); known news media and security vendors, the site
 * name after the title, and the subject of an active attack verb count against; speech ("X said",
 * X表示) counts half for a bare capitalised name; evidence carries over a list ("victims include
 * A, B and C"). Names of one organisation are grouped first (victims/find-coreferent-names.ts:
 * acronyms, short forms, 皇家邮政 = 英国皇家邮政集团; 星辰物流Star Logistics side by side), and a
 * Chinese descriptor before a name ("媒体公司X", "日本汽车制造商铃木") is dropped; a Chinese phrase that
 * only describes (一级公司, 美国医疗保健公司) is no name, and the subject of a Chinese headline's incident
 * clause (铃木遭勒索软件攻击) is a name wherever the body repeats it. (3) selection — victims/score-victim-group.ts scores each group with
 * its reasons (reported as `attrs.evidence`); groups mostly named as products ("ShipManager服务器")
 * are left to the service extractor, agencies to the agency extractor.
 * Every mention of a selected group is reported, so each one is highlighted.
 *
 * Not organisations, whatever their context: a technology term or page furniture ("SS7", "Search"),
 * a place ("Ukraine", "澳大利亚保险巨头"), a person (a surname seen after a given name, a name after a
 * title or after 用户), a quantity or a headline fragment with a number ("200GB", "100 Million …"),
 * a product (a name with a version, "Microsoft 365"; software with flaws or instances, "JIRA Align中
 * 的漏洞"; a platform things are posted on, "在推特上"). "3CX 公司" is reported as "3CX": the
 * generic head is how Chinese says "company", and cues are read after it.
 */
import { buildAlternation } from '../entities/build-alternation';
import { findHanNameAfter } from '../entities/find-han-name-after';
import { BOUNDARY_CHARS, BOUNDARY_WORDS, findHanPhraseEndingAt, findHanPhrases } from '../entities/find-han-phrases';
import { findLatinNames } from '../entities/find-latin-names';
import { keepLongestSpans } from '../entities/keep-longest-spans';
import { AGENCY_NAMES, KNOWN_ORGANIZATIONS, NON_VICTIM_ORGANIZATIONS } from '../entities/organization-gazetteers';
import type { GazetteerEntry } from '../gazetteer/gazetteer';
import {
  DESCRIPTOR_NOUNS_EN,
  DESCRIPTIVE_QUALIFIERS_ZH,
  GENERIC_ORG_NOUNS_EN,
  DESCRIPTIVE_SECTORS_ZH,
  DESCRIPTOR_HEADS_ZH,
  NOT_ORGANIZATION_NAMES,
  ORG_BOUNDARY_WORDS_ZH,
  ORG_HEADS_EN,
  ORG_HEADS_ZH,
  SECTOR_DESCRIPTOR_HEADS_ZH,
  TRADE_DESCRIPTOR_HEADS_ZH,
  SOURCE_AFTER_EN,
  SOURCE_AFTER_ZH,
  SOURCE_BEFORE_EN,
  SOURCE_BEFORE_ZH,
  SPEECH_AFTER,
  VICTIM_AFTER_EN,
  VICTIM_AFTER_ZH,
  VICTIM_BEFORE_EN,
  VICTIM_BEFORE_ZH,
  WORLD_REGIONS,
} from '../data/organization-cues';
import { CHINESE_PLACES, COUNTRY_PLACES, REGION_PLACES } from '../data/agencies-places';
import { GIVEN_NAMES } from '../data/given-names';
import { SERVICE_HEADS_EN, SERVICE_HEADS_ZH } from '../data/service-cues';
import { countStartingBefore, overlapsAnySpan } from '../text-spans';
import type { Fact, Span } from '../types';
import type { ExtractContext, FactExtractor } from './extractor';
import { findCoreferentNames, type NameForm } from './victims/find-coreferent-names';
import { findVictimRoles, type VictimRole } from './victims/find-victim-roles';
import { scoreVictimGroup, type VictimScore } from './victims/score-victim-group';
import { CALLED_A_BUSINESS } from './victims/victim-evidence';

// Agencies are their own category (agency extractor): their names are never organisation candidates.
/**
 * A Latin name followed by a Chinese head: "3CX 公司", "Bybit 交易所", "WUTH医院", also with its
 * Chinese gloss between them ("IIB（以色列工业电池）公司"). The head is how Chinese says what kind of
 * organisation the Latin name is; the name is the Latin one.
 */
const LATIN_WITH_GENERIC_HEAD = new RegExp(`^([A-Za-z0-9][A-Za-z0-9 .&'’-]*?) ?(?:[（(]\\p{Script=Han}{2,12}[）)])?(?:${buildAlternation(ORG_HEADS_ZH)})$`, 'u');
/** A Chinese description or place, then a Latin name with a head: "肉类加工企业JBS公司", "英国WUTH医院". */
const DESCRIBED_LATIN_WITH_HEAD = new RegExp(`^(\\p{Script=Han}{2,})([A-Za-z][A-Za-z0-9 .&'’-]*?) ?(?:${buildAlternation(ORG_HEADS_ZH)})$`, 'u');
/** What may follow a known name inside a Chinese phrase: a generic head or nothing. */
const GENERIC_HEAD_AT = /^(?:股份有限公司|有限公司|公司|集团)?$/u;
/** What a product has and an organisation does not: "Word documents", "Chrome extensions". */
const PRODUCT_PARTS_EN = ['browser', 'browsers', 'bucket', 'buckets', 'documents', 'document', 'files', 'file', 'macros', 'plugins', 'plugin', 'extensions', 'extension', 'updates', 'installations', 'installers', 'builds'];
/**
 * A product, not its maker: a name followed (after an optional bracketed gloss) by a service head
 * ("ShipManager（轮船管理器）服务器", "Parcelforce Worldwide（全球包裹力量）服务", "Dish Anywhere app").
 */
// The Chinese heads that end in a Latin letter ("App", "VPN") need a word end too: "Wonga appears" names no app.
const PRODUCT_HEADS_ZH = [...SERVICE_HEADS_ZH, '软件', '产品', '文档', '插件', '工具', '浏览器', '存储桶', '扩展程序', '扩展'];
// What an organisation holds or runs, not what it sells: "the X records" are X's data, "X factories" its sites.
const OWNED_NOT_PRODUCT_EN = new Set(['records', 'factories', 'plants', 'production', 'production lines', 'manufacturing', 'operations']);
const PRODUCT_AFTER = new RegExp(
  `^\\s?(?:[（(][^）)\\n]{1,24}[）)])?\\s?(?:等(?:多款|多个|多项|几款|主流)?)?(?:${buildAlternation(PRODUCT_HEADS_ZH.filter((h) => !/[A-Za-z]$/.test(h)))}|${buildAlternation([...PRODUCT_HEADS_ZH.filter((h) => /[A-Za-z]$/.test(h)), ...SERVICE_HEADS_EN.filter((h) => !OWNED_NOT_PRODUCT_EN.has(h)), ...PRODUCT_PARTS_EN])}(?![\\p{L}]))`,
  'u',
);
/**
 * An active attack verb right after a name, followed by what was attacked (a number of victims, a
 * name, or a victim noun; what was stolen "from" a name), also after "has": the name is the attacker. "Acme breached, 1M records exposed" (a
 * headline's passive) has no object and stays a victim cue. "X发动攻击" and "X攻击活动" (X's campaign) too.
 */
const AGENT_AFTER = new RegExp(
  String.raw`^\s?(?:(?:has|have|had) (?=(?:hacked|breached|attacked|targeted|infiltrated|compromised|extorted) ))?(?:(?:hacks|hacked|breached|breaches|attacks|attacked|targets|targeted|infiltrated|infiltrates|compromised|compromises|hits|stole|steals|extorted|extorts) (?:the |at least |more than |over |nearly |some )?(?:\d[\d,.]*|\p{Lu})|(?:stole|steals|exfiltrated|exfiltrates) [^.;:!?\n]{0,60}? from (?:the )?\p{Lu}|(?:hacks|hacked|breached|breaches|attacks|attacked|targets|targeted|infiltrated|compromised|hits|stole|steals) (?:[\w-]+ ){0,2}(?:organi[sz]ations|companies|firms|users|victims|networks|systems|servers|accounts|banks|hospitals|governments?|agencies)|(?:已经|已|成功|曾经|曾|还|也|再次|多次|涉嫌|声称)*(?:入侵|攻击|袭击|窃取|勒索|攻破|瞄准|锁定|渗透)(?:了)?\s?(?:超过|至少|近|约)?(?:\d|[\p{Lu}]|[^，。；！？
]{0,8}(?:组织|公司|企业|机构|用户|政府|银行|医院|系统|网络|服务器))|(?:涉嫌|被指|声称)?(?:利用[^，。；！？
]{0,20}?)?(?:发动|发起|实施|策划)(?:了)?[^，。；！？
]{0,10}?攻击|(?:攻击|间谍|黑客)活动)`,
  'u',
);
/**
 * Before a name, what makes it the attacker or its supplier: "幕后黑手是X", "攻击者是X", "间谍软件公司X",
 * "spyware vendor X", "the group behind the attack, X".
 */
const AGENT_BEFORE = /(?:(?:幕后黑手|幕后主使|幕后操纵者|攻击者)(?:是|为|系)\p{Script=Han}{0,8}|间谍软件(?:公司|供应商|厂商|开发商|制造商)|\b(?:spyware|surveillance|stalkerware) (?:vendor|maker|company|firm|developer|provider)s? )$/u;
/** After a name, a malware head ("Clicker恶意软件", "Zorro botnet", "the new Zorro ransomware"): the name is the malware's (or the platform it runs on), unless an attack named after a victim follows. */
const MALWARE_AFTER = /^\s?(?:恶意软件|木马|僵尸网络|蠕虫|窃密软件|窃密木马|间谍软件|(?:malware|trojan|botnet|worm|stealer|infostealer|spyware|ransomware)\b)(?!\s?(?:攻击|(?:\p{Ll}+ )?(?:attacks?|incidents?|infections?|outbreak)\b))/u;
/**
 * A brand used as a lure, not hit: "the Acme scam", "Acme-themed phishing", "a fake Acme service", "emails impersonating Acme".
 */
const LURE_AFTER = /^(?:\s(?:scams?|lures?|phishing (?:scams?|campaigns?|emails?|messages?|pages?|sites?|kits?|lures?))\b|-themed\b)/u;
const LURE_BEFORE = /\b(?:fake|bogus|spoofed|phony|fraudulent|impersonat(?:e|es|ed|ing)(?: an?| the)?|posing as(?: an?| the)?|pretending to be(?: from)?(?: an?| the)?|masquerading as(?: an?| the)?|disguised as(?: an?| the)?|purporting to be from(?: the)?|claiming to be from(?: the)?) [‘'“"]?$/u;
/**
 * A brand and one of its products: "Acme Docs", "Acme Pay", "Acme Care". The product is a service, not an organisation.
 */
const PRODUCT_LAST_WORD_EN = /\s(?:Docs|Drive|Sheets|Slides|Play|Store|Pay|Wallet|Care|ID|Photos|Maps|Teams|Prime|Music|Assistant|Messenger|Chat|Meet|Calendar|Translate|Defender|Authenticator|Accounts?|Search|Ads|Analytics|Workspace|Drive|Pages|Mail)$/u;
/** An advisory, bulletin or vulnerability identifier ("VMSA-2024-0022", "CVE-2025-0108"): not its publisher, and the words glossed by it are no name. */
const IDENTIFIER = /^[A-Z]{2,8}-\d{4}-\d{2,6}$/;
/** The number of a list item glued to a name: "9.Key Tronic", "3、Acme". */
const LIST_NUMBER = /^\d{1,3}[.．、)）]\s?(?=\p{Lu})/u;
/** A role cue that introduces a list of the affected: "victims include", "firms affected by the leak included", "providers caught by the breach include", "客户遭遇故障，包括". */
const LIST_CUE = /\b(?:victims?|affected|impacted|hit|targeted|targeting|compromised|breached|hacked|caught|breach(?:es)?|attacks?|hacks?|leaks?|incidents?|stolen|infected|disrupting|disrupted|crippling|crippled)\b.*\b(?:include[sd]?|including)$|(?:故障|攻击|影响|中断|干扰|波及|泄露|受害[者方]?)\p{Script=Han}{0,8}[，,]?(?:其中)?(?:包括|包含|有|是|为)$/iu;
/** The end of a cue that introduces a list. */
const LIST_END = /(?:include[sd]?|including|such as|among them)$/i;
/** A list of what was taken or hit that is not organisations: "information was stolen, including …", "services impacted include …", "servers running database software such as …". */
// "passwords stolen in data breaches including A and B": a data breach is an incident, not a thing taken.
const NOT_ORGANIZATION_LIST = /\b(?:data(?! (?:breach|leak))|information|records|details|files|documents|services?|systems?|products?|apps?|platforms?|websites?|sites|software|databases?|tools?|programs?|devices?)\b/i;
const ACCORDING_TO = /\baccording to (?:the )?$|(?:据|根据)$/u;
/** Marks agency mentions while overlaps are resolved; they are dropped afterwards. */
const AGENCY_KEY = '\u0000agency';
/** Lower-case heads that English writes after a name: "the MGM hospital", "the Zwijndrecht police". */
const TRAILING_HEAD_EN = /^ (?:hospital|clinic|police|council|municipality|university|college|school|airport|port|bank|company|group|network)\b/u;
/**
 * Between two names of one list: "A, B and the C", "A、B和C", "A (twice), B", "A, as well as B"; an item may carry a
 * short descriptor ("A and a shipping company, B", "A, as well as courier service B", "A、美国互联网营销服务商B", "A和美国大型空中交通枢纽B").
 */
const LIST_JOINER =
  /^[)）]?(?:\s*[(（][^)）\n]{1,80}[)）]| with [\d,.]+(?: million| billion)?(?: [\p{Ll}-]+){0,3}| in (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.]+(?: \p{Lu}\p{L}+)?)?\s*(?:\s*[(（]|,\s*(?:and\s+|or\s+)?|,?\s+as well as\s+|\s+(?:and|or)\s+|(?:、|和|与|及|以及|，)(?:\s|\p{Script=Han}{0,12}|(?!其)(?!\p{Script=Han}{0,10}(?:泄露|攻击|事件|入侵))\p{Script=Han}{1,12}\s))(?:both\s+)?(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,4}(?:[\p{Ll}-]+,\s+)?|(?:[\p{Ll}-]+\s+){0,2}(?:firm|company|operator|service|giant|maker|provider|chain|retailer|carrier|shipper|lender|insurer|group|network)\s+)?$/u;

// A victim cue may follow an alias or a place: "Scandinavian Airlines (SAS) said", "the MGM hospital in Navi Mumbai was attacked".
const AFTER_ASIDE = String.raw`(?:!?\s*[(（][^)）\n]{1,40}[)）])?(?:\s+(?:in|at|of) \p{Lu}[\w-]+(?: \p{Lu}[\w-]+){0,2})?`;
const VICTIM_AFTER = new RegExp(`^${AFTER_ASIDE}(?:${buildAlternation(VICTIM_AFTER_EN, { raw: true })}|${buildAlternation(VICTIM_AFTER_ZH, { raw: true })})`, 'u');
// English and Chinese victim cues before a mention, tested one after the other: the Chinese cues count
// code points (`{0,14}`) and need `u`, the English ones need `i`, and `iu` together (Unicode case
// folding) made this the slowest regex of the engine.
const VICTIM_BEFORE_EN_CUE = new RegExp(buildAlternation(VICTIM_BEFORE_EN, { raw: true }), 'i');
const VICTIM_BEFORE_ZH_CUE = new RegExp(buildAlternation(VICTIM_BEFORE_ZH, { raw: true }), 'u');
/** "the Acme Hospital attack", "the Acme ransomware attack": an attack named after its victim. */
const NAMED_ATTACK_AFTER = /^(?:['’]s)?\s(?:ransomware |cyber[- ]?|malware |phishing |DDoS )?attacks?\b(?! surface)/u;
const SPEECH = new RegExp(`^${AFTER_ASIDE}${buildAlternation(SPEECH_AFTER, { raw: true })}`, 'u');
const SOURCE_AFTER = new RegExp(`^(?:${buildAlternation(SOURCE_AFTER_EN, { raw: true })}|${buildAlternation(SOURCE_AFTER_ZH, { raw: true })})`, 'u');
const SOURCE_BEFORE = new RegExp(`(?:${buildAlternation(SOURCE_BEFORE_EN, { raw: true })}|${buildAlternation(SOURCE_BEFORE_ZH, { raw: true })})`, 'i');
const HEAD_ZH = new RegExp(buildAlternation(ORG_HEADS_ZH), 'gu');
const HEAD_ZH_AT_END = new RegExp(`${buildAlternation(ORG_HEADS_ZH)}$`, 'u');
const DESCRIPTOR_AT_END = new RegExp(`${buildAlternation(DESCRIPTOR_HEADS_ZH)}$`, 'u');
const HEADS_EN = new Set(ORG_HEADS_EN.map((h) => h.toLowerCase()));
const GIVEN = new Set(GIVEN_NAMES.map((n) => n.toLowerCase()));
const NOT_NAMES = new Set(NOT_ORGANIZATION_NAMES);
const GENERIC_NOUNS_EN = new Set(GENERIC_ORG_NOUNS_EN);
/** A lower-case descriptor noun right before a capitalised word: "telecom firm |Telefonica", "global shipper |FedEx". */
const DESCRIPTOR_NOUN_BEFORE_EN = new RegExp(`(?<![\\p{L}-])${buildAlternation([...DESCRIPTOR_NOUNS_EN, 'shipper', 'developer', 'carrier', 'broadcaster', 'manufacturer', 'carmaker', 'automaker', 'telco', 'bank', 'hospital', 'clinic', 'retailer', 'ISP'])} $`, 'u');
/** A lower-case descriptor noun right after a word: "Harbour| authority", "Payday| lender". */
const DESCRIPTOR_NOUN_AFTER_EN = new RegExp(`^ ${buildAlternation(DESCRIPTOR_NOUNS_EN)}\\b`, 'u');
/** Countries, regions and cities with their demonyms (folded): "Ukraine", "Latvia", "澳大利亚" are places, not victims' names. */
const PLACES = new Set(
  [...[...COUNTRY_PLACES, ...REGION_PLACES, ...CHINESE_PLACES].flatMap((p) => [...p.en, ...p.demonyms, ...p.zh]), ...WORLD_REGIONS.flatMap((r) => [...r.en, ...r.zh])].map((n) => foldKey(n)),
);
/** Demonyms alone (folded): "French", "Dutch". */
const DEMONYM_NAMES = new Set(COUNTRY_PLACES.flatMap((p) => p.demonyms).map((n) => foldKey(n)));
/** Descriptor nouns after "<place><sector>": the phrase describes a sector, not a name. */
const SECTOR_AFTER = new RegExp(`^(?:${buildAlternation([...DESCRIPTOR_HEADS_ZH, '行业', '业', '商', '领域', '市场', '部门'])})`, 'u');
const DESCRIPTOR_ZH = new RegExp(buildAlternation(DESCRIPTOR_HEADS_ZH), 'gu');
/** A Chinese descriptor right before a Latin name, with something before it (a sector, a place): "零售巨头|Woolworths", "软件提供商 |ClickBalance". */
// Not after an attacker's descriptor (黑客组织, 间谍软件公司) nor a vendor's (安全公司): those cite the name, and a platform or brand is a product.
const DESCRIPTOR_BEFORE_LATIN_ZH = new RegExp(`(?<!黑客|犯罪|勒索|间谍软件|安全|监控)(?:${buildAlternation(DESCRIPTOR_HEADS_ZH.filter((d) => !['组织', '平台', '品牌', '媒体'].includes(d)))}) ?$`, 'u');
/**
 * The operator of a faulty update that caused the outage: "CrowdStrike问题更新导致…蓝屏", "CrowdStrike's faulty
 * update crashed…". A security vendor is otherwise never a victim; this is the one role that makes it the incident's organisation.
 */
const FAULTY_UPDATE_AFTER = /^\s?(?:(?:的)?(?:问题|错误|故障|缺陷|有缺陷的|有问题的|一次|一个)?(?:软件|内容|配置)?更新(?:[^，。；！？\n]{0,8}?)(?:导致|引发|造成|致使)[^。；！？\n]{0,16}?(?:蓝屏|崩溃|宕机|中断|故障|瘫痪|停机)|(?:['’]s)? (?:faulty|botched|defective|flawed|buggy|bad|problematic) (?:[\w-]+ ){0,2}update)/u;
const SECTOR_DESCRIPTORS: ReadonlySet<string> = new Set(SECTOR_DESCRIPTOR_HEADS_ZH);
const TRADE_DESCRIPTORS: ReadonlySet<string> = new Set(TRADE_DESCRIPTOR_HEADS_ZH);

/**
 * Whether a descriptor with its modifier describes the name after it: a sector descriptor ("汽车制造商")
 * or a sector descriptor after a place or a rank ("日本制造商"); a trade descriptor after any two or
 * more Han characters ("风力涡轮机制造商"). Never when what follows is a head alone or a head after one
 * character: "汽车制造商协会" is one body, not 协会.
 */
function describesName(descriptor: string, modifier: string, kind: Description, name: string): boolean {
  const head = HEAD_ZH_AT_END.exec(name);
  if (head && head.index < 2) return false;
  if (kind === Description.Sector || (SECTOR_DESCRIPTORS.has(descriptor) && kind !== Description.None)) return true;
  return TRADE_DESCRIPTORS.has(descriptor) && modifier.length >= 2 && /^\p{Script=Han}+$/u.test(modifier);
}
/** The same, for descriptors inside one phrase (a separate regex: the text-wide scan keeps its own lastIndex). */
const DESCRIPTOR_IN_PHRASE = new RegExp(DESCRIPTOR_ZH.source, 'gu');
/** Han place names (countries, regions, Chinese places): a descriptor's modifier may hold them. */
const HAN_PLACES = new Set([...COUNTRY_PLACES, ...REGION_PLACES, ...CHINESE_PLACES].flatMap((p) => p.zh).concat(WORLD_REGIONS.flatMap((r) => r.zh)));
const QUALIFIERS_ZH = new Set(DESCRIPTIVE_QUALIFIERS_ZH);
const SECTORS_ZH = new Set(DESCRIPTIVE_SECTORS_ZH);
/** Description words by first character, each with its kind: the segmentation tries only words that can start at a position. */
const DESCRIPTION_WORDS = new Map<string, { word: string; kind: number }[]>();
for (const [words, kind] of [[HAN_PLACES, 1], [QUALIFIERS_ZH, 2], [SECTORS_ZH, 3]] as const) {
  for (const word of words) {
    const list = DESCRIPTION_WORDS.get(word[0]) ?? [];
    const same = list.find((w) => w.word === word);
    if (same) same.kind = Math.max(same.kind, kind);
    else list.push({ word, kind });
    DESCRIPTION_WORDS.set(word[0], list);
  }
}
/** Title words before a person's name: "President Macron", "CEO Tim Cook". */
const PERSON_TITLE = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|Senator|Governor|Mayor|CEO|CTO|CISO|spokes(?:person|man|woman)|researcher|analyst|founder|director|chief|candidate|commissioner)\.? |(?:总统|总理|部长|研究员|研究人员|发言人|首席执行官|分析师|创始人|博主|主管|负责人|用户|网友|作者)\s?)$/u;
/**
 * Not an organisation's name: a quantity or a headline fragment with a number ("200GB", "100 Million
 * Horizon Bridge Crypto Theft"), a product or version with a trailing number ("STALKER 2", "Microsoft
 * 365"), or a form's or model's code of a number, a hyphen and a letter (a filing's "8-K", "10-Q").
 */
const NUMBERED_NAME = /^\d{1,2}-[A-Z]$|^\d[\d.,]*\s?(?:[KMGTP]i?B|bytes?|%)$|(?:^|\s)(?:\d[\d.,]*|[$€£]\S*)(?:\s+(?:Million|Billion|Thousand|Trillion|[KMB]))?(?:\s|$)/i;

/** Modifiers that leave a Chinese organisation phrase generic ("该公司", "安全公司"). */
const GENERIC_ZH = new Set([
  '', '该', '这家', '那家', '一家', '此', '其', '本', '母', '子', '分', '大', '多家', '各', '某', '安全', '网络安全',
  '科技', '网络', '信息', '技术', '软件', '互联网', '上市', '研究', '数据', '中', '受害', '问题', '相关', '这些',
  '服务', '外包', '供应', '合作', '保险', '金融', '电信', '能源', '医疗', '物流', '航空', '汽车', '运营', '美国',
  '英国', '中国', '全球', '国际', '国内', '国外', '当地', '其他', '部分', '多', '两家', '三家', '几家', '许多',
  '目标', '主体', '涉事', '社交', '新闻', '黑客', '犯罪', '母公司', '竞争对手', '第三方',
]);

/** How far around a mention the context cues look, in UTF-16 units. */
const WINDOW_AFTER = 90;
const WINDOW_BEFORE = 100;
/** The lead: where the article (or its title line) names its subject. */
const LEAD_LENGTH = 400;

interface Mention extends Span {
  /** Grouping key: entity id or folded name. */
  key: string;
  value: string;
  id?: string;
  nonVictim: boolean;
  /** Found through a known name or an organisation head (not just capitalisation). */
  named: boolean;
  /** End of a generic head the fact leaves out ("3CX 公司"): context cues are read after it. */
  headEnd?: number;
  /** One word opening a line or sentence, where its capital says nothing. */
  sentenceStart?: boolean;
  /** Start of a descriptor before the name ("日本汽车制造商铃木"): cues before it reach the name. */
  contextStart?: number;
  /**
   * A Chinese form next to a bracketed Latin one, or a head-less name after a descriptor (日本汽车制造商铃木):
   * its other occurrences in the text are mentions too.
   */
  gloss?: boolean;
  /** After an English descriptor noun ("telecom firm Telefonica"): a name, though one word. */
  described?: boolean;
}

interface Group {
  key: string;
  value: string;
  id?: string;
  mentions: Mention[];
  /** Mentions with a victim cue next to them. */
  cued: number;
  /** Mentions with a victim role elsewhere in their sentence (and no cue next to them). */
  roles: number;
  /** The roles' cues, for the reasons ("subject of “was hit”"). */
  roleCues: string[];
  /** Roles of mentions found only by their shape (counted ½ each): a name the text gives a head elsewhere counts them in full. */
  weakRoles: number;
  /** Mentions whose faulty update caused the outage. */
  faultyUpdates: number;
  /** Named once as the attacker or its spyware vendor: an identity, so no other mention makes it a victim. */
  attacker: boolean;
  speech: number;
  source: number;
  /** Mentions that read as a product: followed by a service head, or alone on a list line. */
  productLike: number;
  /** A mention of more than one word that does not read as a product has a victim cue ("one of the X Project's admins"). */
  cuedAsOrganization?: boolean;
  nonVictim: boolean;
  named: boolean;
  inLead: boolean;
  headline: 'role' | 'mention' | null;
  /** Named outside a Title Case headline (where capitals say nothing). */
  inBody: boolean;
  /** A mention opens a sentence right before a lower-case noun that makes a cue ("End users", "Paid breach …"). */
  openerBeforeNoun?: boolean;
  /** The text calls it a business ("Italian company X", "X, another spyware maker,"): an organisation, whatever a threat list says. */
  business?: boolean;
}

function foldKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isExcluded(span: Span, excluded: readonly Span[]): boolean {
  return overlapsAnySpan(excluded, span);
}

/** True when the last word of a Latin name is an organisation head ("Crosshouse Hospital"). */
function hasEnglishHead(name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && HEADS_EN.has(words[words.length - 1].replace(/[.,!]$/, '').toLowerCase());
}

function collectMentions(text: string, lang: string): Mention[] {
  const candidates: Mention[] = [];
  const fromEntry = (entry: GazetteerEntry, span: Span, nonVictim: boolean): Mention => ({
    start: span.start,
    end: span.end,
    key: entry.id,
    value: entry.en[0],
    id: entry.id,
    nonVictim,
    named: true,
  });
  const sources = NON_VICTIM_ORGANIZATIONS.findAll(text).map((hit) => fromEntry(hit.entry, hit, true));
  const surnames = new Set<string>();
  const knownHits = KNOWN_ORGANIZATIONS.findAll(text);
  for (const hit of knownHits) candidates.push(fromEntry(hit.entry, hit, false));
  for (const span of findHanPhrases(text, HEAD_ZH, { maxLength: 18, emptyModifiers: GENERIC_ZH, extraBoundaryWords: ORG_BOUNDARY_WORDS_ZH })) {
    const name = text.slice(span.start, span.end);
    if (name.length < 3) continue;
    // "德国汽车|零部件供应商", "中国移动|通信集团": a head that runs on into a kind of company is a sector word there.
    if (SECTOR_RUNS_ON.test(text.slice(span.end, span.end + 10))) continue;
    // "3CX 公司", "SentinelOne 公司": a Latin name with a generic head is that name.
    // "肉类加工企业JBS公司": a descriptor, then a Latin name with a generic head; the Latin name is the name.
    const describedLatin = DESCRIBED_LATIN_WITH_HEAD.exec(name);
    if (describedLatin && (DESCRIPTOR_AT_END.test(describedLatin[1]) || describe(describedLatin[1]) !== Description.None)) {
      const start = span.start + describedLatin[1].length;
      candidates.push({ start, end: start + describedLatin[2].length, headEnd: span.end, key: foldKey(describedLatin[2]), value: describedLatin[2], nonVictim: false, named: true, contextStart: span.start });
      continue;
    }
    const latin = LATIN_WITH_GENERIC_HEAD.exec(name);
    if (latin) {
      const source = sources.find((m) => m.start === span.start);
      if (source) {
        source.end = Math.max(source.end, span.end);
        continue;
      }
      // The name is the fact; the generic head is how Chinese writes "company" after it.
      candidates.push({ start: span.start, end: span.start + latin[1].length, headEnd: span.end, key: foldKey(latin[1]), value: latin[1], nonVictim: false, named: true });
      continue;
    }
    // "某市第一医院", "某连锁酒店集团", "华东某大学": 某 ("a certain") withholds the name, wherever it stands.
    if (name.includes('某')) continue;
    // "美国一电力公司", "日本某医院": a place, then 一 or 某, describes one of its organisations.
    if (isPlaceThenIndefinite(name)) continue;
    // "九家网络安全公司", "3家银行": a count of organisations describes them; it names none.
    if (COUNTED_ORGS_ZH.test(name) || COUNT_INSIDE_ZH.test(name)) continue;
    // "美国最大药品福利管理公司", "全球第二大物流集团": after a superlative, a phrase with a generic head ranks a kind of company.
    if (GENERIC_ORG_HEAD.test(name) && SUPERLATIVE_BEFORE_ZH.test(text.slice(Math.max(0, span.start - 6), span.start)) && descriptionEnd(name) === 0) continue;
    // "一级公司", "松散联盟", "美国医疗保健公司": a description of a kind of organisation, not a name.
    const orgHead = HEAD_ZH_AT_END.exec(name);
    if (orgHead && isDescriptive(name.slice(0, orgHead.index), GENERIC_ORG_HEAD.test(name)) && !(isPlaceAndFieldName(name.slice(0, orgHead.index), orgHead[0]) && !QUANTIFIER_BEFORE_ZH.test(text.slice(Math.max(0, span.start - 3), span.start)))) continue;
    // "一公司", "外银行": one Han character before the head is a fragment of a longer word, not a name
    // (short names with a head are known ones: the gazetteer finds them).
    if (orgHead && orgHead.index === 1 && HAN_NAME.test(name)) continue;
    // "美国摩托罗拉公司": a known name inside a phrase with a generic head is that organisation.
    const known = knownHits.find((h) => h.start >= span.start && h.end <= span.end && GENERIC_HEAD_AT.test(text.slice(h.end, span.end)));
    if (known) {
      candidates.push({ ...fromEntry(known.entry, known, false), headEnd: span.end });
      continue;
    }
    // "德国物流服务商北岸速运": a description before the name is no part of it.
    const described = descriptionEnd(name);
    if (described > 0) {
      const value = name.slice(described);
      candidates.push({ start: span.start + described, end: span.end, key: foldKey(value), value, nonVictim: false, named: true, contextStart: span.start });
      continue;
    }
    candidates.push({ ...span, key: foldKey(name), value: name, nonVictim: false, named: true });
  }
  candidates.push(...findNamesAfterDescriptors(text));
  if (lang === 'zh') candidates.push(...findItemsBeforeKindNoun(text), ...findConfirmingSubjects(text));
  for (const latin of joinAndNames(text, findLatinNames(text, { anyCase: lang === 'zh' })).map((run) => splitLatinRun(text, run))) {
    // "9.Key Tronic 确认遭遇数据泄露": the number of a list item is no part of the name.
    const numbered = LIST_NUMBER.exec(text.slice(latin.start, latin.end));
    const found = numbered ? { start: latin.start + numbered[0].length, end: latin.end } : latin;
    const trailing = TRAILING_HEAD_EN.exec(text.slice(found.end, found.end + 16));
    let span = trailing ? { start: found.start, end: found.end + trailing[0].length } : found;
    // "Car-maker Dacia had to halt…", "Retailer Acme said": a descriptor capitalised only because it opens the sentence.
    const lead = /^(\p{Lu}[\p{Ll}-]+) (?=\p{Lu})/u.exec(text.slice(span.start, span.end));
    let ledByDescriptor = false;
    if (lead && SENTENCE_START.test(text.slice(Math.max(0, span.start - 3), span.start)) && isDescriptorWord(lead[1])) {
      span = { start: span.start + lead[0].length, end: span.end };
      ledByDescriptor = true;
    }
    // "Sharjah-based InvestBank", "San Francisco-based Acme": where a name is based describes it, it is no part of it.
    const based = BASED_LEAD.exec(text.slice(span.start, span.end));
    if (based) {
      span = { start: span.start + based[0].length, end: span.end };
      ledByDescriptor = true;
    }
    // "US NGOs Fight for the Future", "the ISP Acme Online": a kind written as an acronym describes the name after it.
    const kindAcronym = KIND_ACRONYM_LEAD.exec(text.slice(span.start, span.end));
    // Only a place or its demonym may come before the kind ("Canadian ISP KWIC"); "Acme ISP Services" is one name.
    if (kindAcronym && (kindAcronym[1] === undefined || PLACES.has(foldKey(kindAcronym[1])) || DEMONYM_NAMES.has(foldKey(kindAcronym[1])))) {
      span = { start: span.start + kindAcronym[0].length, end: span.end };
      ledByDescriptor = true;
    }
    // "Bybit CEO Ben Zhou": a job title inside a run ends the organisation's name; the person follows,
    // and the person's surname alone names them later ("Zhou said").
    const title = JOB_TITLE_INSIDE.exec(text.slice(span.start, span.end)) ?? chiefOfficerBeforePerson(text.slice(span.start, span.end));
    if (title) {
      const person = text.slice(span.start + title.index + title[0].length, span.end).split(' ').filter(Boolean);
      if (person.length >= 1 && person.length <= 3) surnames.add(foldKey(person[person.length - 1]));
      // "Delaware Insurance Commissioner Jane Roe": a public office before a person is the person's title, no organisation's name.
      if (PUBLIC_TITLE_INSIDE.test(title[0])) continue;
      span = { start: span.start, end: span.start + title.index - (POSSESSIVE_END.exec(text.slice(span.start, span.start + title.index))?.[0].length ?? 0) };
    }
    // "Velmora Customers Hit by Breach", "Acme Users": the people of an organisation after its name are no part of it.
    const lastSpace = text.lastIndexOf(' ', span.end - 1);
    const owner = lastSpace > span.start ? text.slice(span.start, lastSpace) : '';
    // Not after a place or a demonym ("South Koreans", "US Users"): that run names people, dropped below.
    if (owner && isPeoplePlural(text.slice(lastSpace + 1, span.end)) && !PLACES.has(foldKey(owner)) && !DEMONYM_NAMES.has(foldKey(owner))) {
      // One unknown word before them ("Porn Viewers") is a name only where the text also names it without its people.
      if (/^\p{Nd}/u.test(owner) || (!owner.includes(' ') && owner !== owner.toUpperCase() && countOccurrences(text, owner) <= countOccurrences(text, text.slice(span.start, span.end)))) continue;
      span = { start: span.start, end: lastSpace };
    }
    const name = text.slice(span.start, span.end);
    if (name.length < 2 || /^\d+$/.test(name)) continue;
    // "Kansas City area hospitals", "Bay Area-based": a name before "area" is where, not who.
    if (PLACE_AREA_AFTER.test(text.slice(span.end, span.end + 8))) continue;
    const words = name.split(' ');
    // "executive director Jane Roe", "Jane Roe, head of research at Acme": a person, named by a title before or
    // after; the surname alone names that person later in the article ("Roe said").
    if (words.length >= 2 && words.length <= 3 && !hasEnglishHead(name) && (PERSON_TITLE.test(text.slice(Math.max(0, span.start - 24), span.start)) || PERSON_APPOSITION_AFTER.test(text.slice(span.end, span.end + 48)))) {
      surnames.add(foldKey(words[words.length - 1]));
      continue;
    }
    // "General Sir Chris Deverell", "DCP Doshi", "Sgt. Jane Roe": a rank or an honorific opening a run is a person's title,
    // and the surname alone names that person later ("Doshi said").
    const rank = RANK_LEAD.exec(name);
    if (rank && !hasEnglishHead(name)) {
      const person = name.slice(rank[0].length).split(' ');
      const needsGiven = !/[.]|^\p{Lu}{2,4}$/u.test(rank[1]) && !/^(?:Detective|Inspector|Sheriff|Sergeant|Constable|Superintendent|Commissioner)$/u.test(rank[1]);
      if (person.length <= 3 && (!needsGiven || rank[2] !== undefined || GIVEN.has(person[0].toLowerCase()))) {
        surnames.add(foldKey(person[person.length - 1]));
        continue;
      }
    }
    // "Rupert Hogg", "Günter Born": a given name and a surname is a person; the surname alone names
    // that person later in the article ("Born said").
    // "Jane Ortega's CEO": a person has no CEO, spokesperson or systems; an organisation does.
    if (words.length >= 2 && words.length <= 3 && GIVEN.has(words[0].toLowerCase()) && !hasEnglishHead(name) && !ORGANIZATION_POSSESSION_AFTER.test(text.slice(span.end, span.end + 24))) {
      surnames.add(foldKey(words[words.length - 1]));
      continue;
    }
    // A lone head word ("Post", "Bank") is a fragment, not a name.
    if (!name.includes(' ') && HEADS_EN.has(name.toLowerCase()) && name !== name.toUpperCase()) continue;
    const sentenceStart = !name.includes(' ') && name !== name.toUpperCase() && SENTENCE_START.test(text.slice(Math.max(0, span.start - 3), span.start));
    // "telecom firm Telefonica", "transit agency TransLink": after a descriptor noun the word is a name.
    // "零售巨头Woolworths", "ERP软件提供商ClickBalance": after a Chinese descriptor too.
    const described = ledByDescriptor || DESCRIPTOR_NOUN_BEFORE_EN.test(text.slice(Math.max(0, span.start - 24), span.start)) || DESCRIPTOR_BEFORE_LATIN_ZH.test(text.slice(Math.max(0, span.start - 12), span.start));
    candidates.push({ ...span, key: foldKey(name), value: name, nonVictim: false, named: hasEnglishHead(name), sentenceStart, ...(described ? { described } : {}) });
    // "皇家邮政（Royal Mail）": the Chinese name before a bracketed Latin alias is a mention too.
    // Not for a technology term ("企业资源规划（ERP）"): the gloss translates a term, not a name.
    if (!NOT_NAMES.has(name) && !IDENTIFIER.test(name) && /^[（(]$/.test(text.slice(span.start - 1, span.start)) && /^[）)]/.test(text.slice(span.end, span.end + 1))) {
      const han = findHanPhraseEndingAt(text, text[span.start - 2] === ' ' ? span.start - 2 : span.start - 1, 18);
      if (han) {
        // "美国叉车制造商科朗设备（Crown Equipment）": the name starts after its description.
        const start = han.start + lastDescriptorEnd(text.slice(han.start, han.end));
        const hanName = text.slice(start, han.end);
        candidates.push({ start, end: han.end, key: foldKey(hanName), value: hanName, nonVictim: false, named: true, contextStart: han.start });
      }
    }
    // "Northwind Traders（北风贸易）": the Chinese gloss of a Latin name names it too, here and wherever the text repeats it.
    // Only for a name of several words or with a head: a lone word glossed is mostly a product or a term ("Keychain（钥匙串）").
    const gloss = name.includes(' ') && !NOT_NAMES.has(name) && /^[（(]$/.test(text.slice(span.end, span.end + 1)) ? GLOSS_ZH.exec(text.slice(span.end + 1, span.end + 14)) : null;
    if (gloss && !PRODUCT_AFTER.test(text.slice(span.end + 2 + gloss[1].length, span.end + 42))) {
      const start = span.end + 1;
      candidates.push({ start, end: start + gloss[1].length, key: foldKey(gloss[1]), value: gloss[1], nonVictim: false, named: true, gloss: true });
    }
  }
  // Longest candidate wins an overlap ("NHS Ayrshire & Arran" over "NHS", "空客航空结构件公司" over "空客").
  // Agency names and cited sources win ties, so "BleepingComputer" stays a source, yet a longer
  // name around them ("Silicon Valley Bank", "Latvian Ministry of Defence") is a candidate of its own.
  const agencies: Mention[] = AGENCY_NAMES.findAll(text).map((hit) => ({ ...fromEntry(hit.entry, hit, true), key: AGENCY_KEY }));
  // The text's lower-case words, computed once and only when a capitalised common word needs them.
  let lower: Set<string> | null = null;
  // Only words of prose: "medibank.com.au", "npm install acme-sdk" or "@acme" name the organisation, they do not lower-case it.
  const lowerWords = (): Set<string> => (lower ??= new Set(text.match(/(?<![\p{L}\p{N}._/@-])\p{Ll}{3,}(?![\p{L}\p{N}_/@-]|\.\p{L})/gu) ?? []));
  const kept = candidates.filter((m) => !isProductMention(text, m) && (m.id || !isNotOrganization(text, m, surnames, lang, lowerWords)));
  return keepLongestSpans([...agencies, ...sources, ...kept], text.length).filter((m) => m.key !== AGENCY_KEY);
}

/** A stock ticker: "MSFT.O", "ACME.L", "NASDAQ: ACME". */
const TICKER = /^(?:\p{Lu}{1,5}\.\p{Lu}{1,2}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX):? ?\p{Lu}{1,5})$/u;
/** A plural kind of organisation after a word: "Hollywood| studios", "Valley| firms". */
const KIND_PLURAL_AFTER = /^ (?:studios|companies|firms|banks|hospitals|universities|schools|retailers|businesses|governments|agencies|organi[sz]ations|outlets|startups|lenders|insurers|carriers|brands)\b/u;
/** Lower-case descriptor nouns that may open a sentence before a name: "Car-maker", "Retailer", "Lender". */
const DESCRIPTOR_WORDS_EN = new Set([...DESCRIPTOR_NOUNS_EN, ...GENERIC_ORG_NOUNS_EN]);

/** Where a name is based, before it: "Sharjah-based |InvestBank", "San Francisco-based |Acme". */
const BASED_LEAD = /^(?:\p{Lu}[\p{L}.]* ){0,2}\p{Lu}[\p{L}.]*-based (?=\p{Lu})/u;
/** A kind of organisation written as an acronym, maybe after a country's, before a name: "US NGOs |Fight for the Future", "ISP |Acme Online". */
const KIND_ACRONYM_LEAD = /^(?:(\p{Lu}[\p{L}.]*) )?(?:NGOs?|ISPs?|MSPs?|NPOs?) (?=\p{Lu})/u;

/** Whether a capitalised sentence-opening word is a descriptor noun ("Car-maker", "Carmaker", "Retailer"). */
function isDescriptorWord(word: string): boolean {
  const lower = word.toLowerCase();
  return DESCRIPTOR_WORDS_EN.has(lower) || /(?:^|-)(?:\p{Ll}+)?maker$/u.test(lower) || /-(?:maker|giant|firm|company|operator)$/u.test(lower);
}

/** A possessive closing a name: "Disney's", "Acme’s". */
const POSSESSIVE_END = /['’]s?$/u;
/** What only an organisation owns, after a possessive: "Jane Ortega's CEO", "Brindlemoor's IT department". */
const ORGANIZATION_POSSESSION_AFTER = /^['’]s (?:CEO|COO|CFO|CTO|CISO|chief|chairman|board|spokes(?:person|man|woman)|shareholders|employees|customers|subscribers|systems|servers|network|website|headquarters|subsidiary|parent|IT)\b/u;
/** A possessive inside a capitalised run: "Brindlemoor’s IT", "Marlow’s Alehouse", "Acme’s 1.2 million". */
const INNER_POSSESSIVE = /['’]s (?=\p{Lu}|\p{Nd})/u;
/**
 * A sentence adverb or a time word opening a capitalised run: "Thankfully Stuart backs up …", "Late Saturday, …",
 * "Meanwhile Acme said". General English words, none of them a name's first word.
 */
const LEADING_ADVERB = /^(?:Thankfully|Fortunately|Unfortunately|Luckily|Sadly|Hopefully|Meanwhile|Additionally|Similarly|Separately|Finally|Initially|Ultimately|Currently|Recently|Previously|Reportedly|Apparently|Allegedly|Interestingly|Ironically|Notably|Importantly|Specifically|Overall|Instead|Yesterday) (?=\p{Lu})|^(?:Massive|Huge|Sneaky|Scary|Latest|Another|Widespread|Alleged|Suspected|Apparent) (?=\p{Lu})|^(?:(?:Late|Early|Last|Next|Earlier|Later|This) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?=\p{Lu})/u;
/**
 * A rank or an honorific opening a run, before a person's name: "General Sir Chris Deverell", "DCP Doshi", "Lt. Jane Roe".
 * Group 1 is the title, group 2 an honorific after it. A title that is also a word of names ("General Dynamics", "Lord
 * Abbett") needs a given name or "Sir" after it; an abbreviation or a police rank does not.
 */
const RANK_LEAD = /^(Sir|Dame|Lord|Lady|General|Gen\.|Gov\.|Sen\.|Rep\.|Col\.|Lt\.|Sgt\.|Capt\.|Cmdr\.|Det\.|Insp\.|Supt\.|DCP|ACP|DSP|DCI|Detective|Inspector|Sheriff|Sergeant|Constable|Superintendent|Commissioner|Colonel|Lieutenant|Captain|Admiral|Commander|Judge)(?: (Sir|Dame))? (?=\p{Lu})/u;
/** A year opening a capitalised run: "In 2019 Eastvale Memorial Hospital paid". */
const LEADING_YEAR = /^(?:19|20)\d{2} (?=\p{Lu})/u;

/**
 * One capitalised run as the name it holds: a year before a name is no part of it ("2016 Hollywood
 * Memorial Hospital"), nor a term or a person the name owns ("Brindlemoor’s IT department" → Brindlemoor).
 */
function splitLatinRun(text: string, whole: Span): Span {
  const run = cutIncidentWords(text, whole);
  const year = LEADING_YEAR.exec(text.slice(run.start, run.end)) ?? LEADING_ADVERB.exec(text.slice(run.start, run.end));
  const start = year ? run.start + year[0].length : run.start;
  const possessive = INNER_POSSESSIVE.exec(text.slice(start, run.end));
  if (!possessive) return { start, end: run.end };
  // "Marlow’s Alehouse", "Children's Hospital": a possessive inside a name is part of it, unless what
  // follows is a term or a job title ("Brindlemoor’s IT", "Jane Ortega’s CEO Sam Reyes"): then the owner is the name.
  const owned = text.slice(start + possessive.index + possessive[0].length, run.end);
  const firstOwned = owned.split(' ')[0];
  // "France’s TV5 Monde", "Pennsylvania's Acme Bank": a place's possessive says where the name is, it is no part of it.
  // "Newfoundland and Labrador's Eastern Health": the run starts after "and", inside the place's own name.
  const owner = text.slice(start, start + possessive.index);
  const joined = PLACE_BEFORE_AND.exec(text.slice(Math.max(0, start - 30), start));
  if (PLACES.has(foldKey(owner)) || (joined && PLACES.has(foldKey(`${joined[1]} and ${owner}`)))) return { start: start + possessive.index + possessive[0].length, end: run.end };
  // "Verizon's US customers": a place after the possessive says where the owner's customers are; the owner is the name.
  // "Acme's 1.2 million customers": so does a count.
  return NOT_NAMES.has(firstOwned) || JOB_TITLE_INSIDE.test(` ${owned}`) || PLACES.has(foldKey(owned)) || /^\p{Nd}/u.test(owned) ? { start, end: start + possessive.index } : { start, end: run.end };
}

/** A capitalised word and "and" right before a run: the first half of a place named with "and" ("Trinidad and |Tobago"). */
const PLACE_BEFORE_AND = /(\p{Lu}\p{L}+) and $/u;

const INCIDENT_WORDS_TITLE = String.raw`(?:Hacked|Hacks?|Hackers|Breach(?:ed|es)?|Attack(?:s|ed)?|Targeted|Leak(?:s|ed)?|Ransomware|Incidents?|Outages?|Compromised|Infected|Threatens?|Duped|Extorted|Phishing|Malware|Campaign|Trojan)`;
/**
 * Incident words closing a capitalised run, as a Title Case headline writes them: "Acme Point of Sale Hacked",
 * "Acme Airways Data Breach Incident", "Acme Utility Got Hacked", "Acme Hackers Threaten". The name ends before
 * them (and before a data or channel word that qualifies them: "Data Breach", "Phishing Campaign").
 */
const INCIDENT_SUFFIX = new RegExp(
  String.raw` (?:(?:Got|Gets|Was|Were|Is|Are|Been|Has Been|Have Been|Had Been|Again) )?(?:(?:Data|Phishing|Malware|Email|E-mail|Cyber|Security|Credit Card Data|Card Data) )?${INCIDENT_WORDS_TITLE}(?: ${INCIDENT_WORDS_TITLE})*$`,
  'u',
);
const INCIDENT_WORD_ONLY = new RegExp(`^${INCIDENT_WORDS_TITLE}$`, 'u');

/** A verb of a Title Case headline inside a capitalised run, and what follows it: "I.R.S.| Says", "Locky| Returns". */
const HEADLINE_VERB_INSIDE = / (?:Says|Say|Warns|Confirms|Admits|Reveals|Denies|Returns|Continues?|Goes|Go|Is|Are|Was|Were|Addressed|Notifies|Pays|Suffers|Discloses|Blames|Urges|Shuts|Restores|Faces|Hits)(?= |$).*$/u;
/** A run without the incident words that close it; empty when only an incident word is left ("Targeted Email Malware Campaign"). */
function cutIncidentWords(text: string, whole: Span): Span {
  // "I.R.S. Says", "Locky Returns", "Cybercriminals Go Cryptocurrency Crazy": a Title Case headline's verb ends the name before it.
  const verb = HEADLINE_VERB_INSIDE.exec(text.slice(whole.start, whole.end));
  const run = verb ? { start: whole.start, end: whole.start + verb.index } : whole;
  const value = text.slice(run.start, run.end);
  const cut = INCIDENT_SUFFIX.exec(value);
  if (!cut) return run;
  return INCIDENT_WORD_ONLY.test(value.slice(0, cut.index)) ? { start: run.start, end: run.start } : { start: run.start, end: run.start + cut.index };
}

/** The first half of a public body's "X and Y" (Water and Sewer, Gas and Electric, Health and Human Services). */
const PAIRED_SECTOR_WORD = /^(?:Water|Gas|Power|Light|Electric|Sewer|Sewage|Health|Parks|Fish|Transit|Roads|Housing|Fire|Police|Science|Technology)$/u;

/**
 * "Onslow Water and Sewer Authority": a name whose head follows "and" is one name with the words
 * before it, when those words end in a sector word that public bodies pair ("Water and Sewer", "Gas
 * and Electric") and have no head of their own (so "Google and Facebook", "Yahoo and AOL Mail" and
 * "Northern Lincolnshire and Goole Trust" stay apart).
 */
function joinAndNames(text: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    if (b && text.slice(a.end, b.start) === ' and ') {
      const first = text.slice(a.start, a.end);
      const second = text.slice(b.start, b.end);
      const words = first.split(' ');
      if (words.length >= 2 && PAIRED_SECTOR_WORD.test(words[words.length - 1]) && !HEADS_EN.has(words[0].toLowerCase()) && hasEnglishHead(second) && second.split(' ').length <= 3) {
        joined.push({ start: a.start, end: b.end });
        i++;
        continue;
      }
    }
    joined.push(a);
  }
  return joined;
}

/** How much a Chinese modifier describes: not at all, by places, by qualifiers ("一级", "当地"), by a sector ("医疗保健"). */
const enum Description {
  None = 0,
  Places = 1,
  Qualifiers = 2,
  Sector = 3,
}

/**
 * How a Chinese modifier describes an organisation when it is made only of places, qualifiers and
 * sector words ("美国医疗保健" → Sector, "当地" → Qualifiers, "美国" → Places), else None: the
 * strongest word kind found on a full segmentation.
 */
function describe(modifier: string): Description {
  if (modifier.length === 0) return Description.None;
  // reach[i]: 0 = not reachable, else the strongest kind seen on a way to i (Places counts 1).
  const reach = new Uint8Array(modifier.length + 1);
  reach[0] = Description.Places;
  for (let i = 0; i < modifier.length; i++) {
    if (!reach[i]) continue;
    for (const { word, kind } of DESCRIPTION_WORDS.get(modifier[i]) ?? []) {
      if (modifier.startsWith(word, i)) reach[i + word.length] = Math.max(reach[i + word.length], kind, reach[i]);
    }
  }
  return reach[modifier.length] as Description;
}

/**
 * Whether a Chinese modifier only describes: with a qualifier or a sector word ("一级", "美国医疗保健");
 * places alone only before a head that just says "company" ("加拿大公司"), since 美国银行 and 日本航空 are names.
 */
function isDescriptive(modifier: string, placesSuffice = false): boolean {
  // "瑞士国际航空", "美国国际集团": a country's name, then 国际, before a head is how flag carriers and groups are named.
  if (isPlaceThenInternational(modifier)) return false;
  const kind = describe(modifier);
  return kind >= Description.Qualifiers || (placesSuffice && kind === Description.Places);
}

/** Whether a modifier is a place's name and 国际 alone ("瑞士国际"). */
function isPlaceThenInternational(modifier: string): boolean {
  if (!modifier.endsWith('国际')) return false;
  const place = modifier.slice(0, -2);
  return place.length >= 2 && (DESCRIPTION_WORDS.get(place[0]) ?? []).some(({ word }) => word === place && HAN_PLACES.has(word));
}

/** 一 or 某 (with an optional measure word) that makes what follows "one / a certain" organisation. */
const INDEFINITE_AFTER_PLACE_ZH = /^(?:某|一(?:家|所|个|座)?)(?![号汽线流级期])\p{Script=Han}{2}/u;

/** Whether a Chinese phrase is a place, then 一 or 某, then a description ("美国一电力公司", "华东某大学"). */
function isPlaceThenIndefinite(name: string): boolean {
  for (const { word } of DESCRIPTION_WORDS.get(name[0] ?? '') ?? []) {
    if (HAN_PLACES.has(word) && name.startsWith(word) && INDEFINITE_AFTER_PLACE_ZH.test(name.slice(word.length))) return true;
  }
  return false;
}

/** Heads of institutions that are named by their place and field: 上海交通大学, 北京儿童医院, 中国医药研究院. */
const PLACE_AND_FIELD_HEAD = /^(?:大学|学院|医院|研究院|研究所|中学|小学|科学院)$/u;

/** A quantifier or demonstrative right before a phrase makes it a description: "一家美国医疗大学", "这所大学". */
const QUANTIFIER_BEFORE_ZH = /(?:[一两几数多该这那某各每](?:家|所|个|座)?|其他|其它)\s?$/u;

/** Whether `modifier` is fields only ("交通", "儿童医疗"), segmented over the sector words. */
function isFieldsOnly(modifier: string): boolean {
  const reach = new Uint8Array(modifier.length + 1);
  reach[0] = 1;
  for (let i = 0; i < modifier.length; i++) {
    if (!reach[i]) continue;
    for (const { word } of DESCRIPTION_WORDS.get(modifier[i]) ?? []) {
      if (SECTORS_ZH.has(word) && modifier.startsWith(word, i)) reach[i + word.length] = 1;
    }
  }
  return reach[modifier.length] === 1;
}

/**
 * Whether a place then a field before an institution's head is its name ("上海交通大学" is one
 * university, "北京儿童医院" one hospital), unlike the same words before "company" (美国医疗保健公司)
 * or with a qualifier (一家美国大学), which describe.
 */
function isPlaceAndFieldName(modifier: string, head: string): boolean {
  if (!PLACE_AND_FIELD_HEAD.test(head)) return false;
  for (const { word } of DESCRIPTION_WORDS.get(modifier[0] ?? '') ?? []) {
    if (HAN_PLACES.has(word) && modifier.startsWith(word) && word.length < modifier.length && isFieldsOnly(modifier.slice(word.length))) return true;
  }
  return false;
}

/** Text right after a head that continues it into a kind of company or a trade: "(汽车)零部件供应商", "(能源)行业", "(汽车)制造商". */
const SECTOR_RUNS_ON = new RegExp(
  `^(?:零部件|配件|设备|装备|芯片|电池|座椅|轮胎|材料|整车)?(?:${buildAlternation([...DESCRIPTOR_HEADS_ZH, '行业', '产业', '领域', '板块'])})`,
  'u',
);

/** What an owner of subsidiaries or brands is followed by: "旗下", "'s subsidiary". */
const OWNER_AFTER = /^(?:\s?旗下|['’]s (?:subsidiar(?:y|ies)|brands?|units?|divisions?)\b)/u;

/** A rank before a phrase: "美国最大(的)", "全球第二大", "欧洲头号". */
const SUPERLATIVE_BEFORE_ZH = /(?:最大|最著名|最知名|最主要|最重要|第[一二三四五六七八九十\d]{1,2}大|头号)(?:的)?\s?$/u;

/** Heads that only say "company": before them a place alone describes ("加拿大公司"), while 美国银行 names one bank. */
const GENERIC_ORG_HEAD = /(?:股份有限公司|有限公司|分公司|子公司|公司|集团|企业|联盟)$/u;

/** Where a description that opens a Chinese phrase ends ("德国物流服务商|北岸速运"), or 0. */
function descriptionEnd(name: string): number {
  let end = 0;
  const descriptor = DESCRIPTOR_IN_PHRASE;
  descriptor.lastIndex = 0;
  for (let m = descriptor.exec(name); m; m = descriptor.exec(name)) {
    const after = m.index + m[0].length;
    const kind = describe(name.slice(0, m.index));
    if (name.length - after >= 2 && describesName(m[0], name.slice(0, m.index), kind, name.slice(after))) end = after;
  }
  return end;
}

/** "area" right after a name makes the name a place: "Kansas City area hospital network". */
const PLACE_AREA_AFTER = /^[ -]area(?![\w-])/u;

/** A Chinese gloss in brackets: 2 to 10 Han characters, nothing else. */
const GLOSS_ZH = /^(\p{Script=Han}{2,10})[）)]/u;

/** Where the last descriptor inside a Chinese phrase ends, when a name of 2+ characters follows ("美国叉车制造商|科朗设备"), or 0. */
function lastDescriptorEnd(phrase: string): number {
  let end = 0;
  const descriptor = DESCRIPTOR_IN_PHRASE;
  descriptor.lastIndex = 0;
  for (let m = descriptor.exec(phrase); m; m = descriptor.exec(phrase)) {
    if (m.index > 0 && phrase.length - (m.index + m[0].length) >= 2) end = m.index + m[0].length;
  }
  return end;
}

/** Nouns that follow a descriptor without naming anything: "公司员工", "公司发言人". */
const NOT_NAME_AFTER_DESCRIPTOR = /^(?:开发|研发|推出|发布|使用|提供|合作|收购|投资|计划|拥有|成立|负责|运营|管理|生产|销售|部署|采用|支持|交易|支付|结算|清算|行情|订单|泄露|泄漏|外泄|遭|被|受|攻击|入侵|勒索|宕机|故障|瘫痪|中断|事件|漏洞|黑客|网络|系统|数据|员工|客户|用户|高管|发言人|负责人|股价|总部|内部|业务|服务|信息|资料|文件|财务|安全|方面|官方|本身|自身|董事|股东|成员|人士|代表|名称|名下|所有|一直|正在|也|近期|最近|此前|之后|之前|今天|昨天)/u;

/**
 * Chinese names right after a descriptor: "日本汽车制造商铃木", "美国医疗保健公司森林谷健康". The
 * descriptor's modifier must only describe ("一家" or "该" is no description: "该公司系统" names
 * nothing); cues before the descriptor reach the name (contextStart).
 */
function findNamesAfterDescriptors(text: string): Mention[] {
  const found: Mention[] = [];
  DESCRIPTOR_ZH.lastIndex = 0;
  for (let m = DESCRIPTOR_ZH.exec(text); m; m = DESCRIPTOR_ZH.exec(text)) {
    // The name first: most descriptors are followed by none ("公司的", "公司表示"), and it is the cheaper test.
    const name = findHanNameAfter(text, m.index + m[0].length);
    if (!name) continue;
    const modifier = findHanPhraseEndingAt(text, m.index, 10);
    // "当地企业随机抽查": a name follows a description that says the sector, not one that only qualifies;
    // a descriptor that says the sector itself ("日本制造商", "美国第二大药企") needs a place or a rank before it.
    const kind = modifier ? describe(text.slice(modifier.start, m.index)) : Description.None;
    const value = text.slice(name.start, name.end);
    if (!modifier || !describesName(m[0], text.slice(modifier.start, m.index), kind, value)) continue;
    if (NOT_NAME_AFTER_DESCRIPTOR.test(value) || describe(value) !== Description.None) continue;
    // A name with no head of its own ("铃木") is a name wherever the text repeats it ("铃木确认…").
    found.push({ ...name, key: foldKey(value), value, nonVictim: false, named: true, contextStart: modifier.start, gloss: !HEAD_ZH_AT_END.test(value) });
  }
  return found;
}

/**
 * After a list, the kind of organisation its items are: "星巴克、雀巢等大型零售商", "A和B等多家企业", "对A等客户".
 * Not 平台, 品牌, 媒体 or 组织: platforms and brands are products, listed media are cited, 组织 are gangs too.
 */
const KIND_NOUN_AFTER_LIST = new RegExp(
  `^等(?:(?:\\d+|[一二两三四五六七八九十几数多]+)家|众多|其他|诸多)?(?<modifier>\\p{Script=Han}{0,6}?)(?:${buildAlternation([...DESCRIPTOR_HEADS_ZH.filter((d) => !['平台', '品牌', '媒体', '组织'].includes(d)), '客户', '商家', '单位', '超市', '酒店', '商场', '药店', '诊所', '学院'])})`,
  'u',
);
/** The separator before a list item: 、, 和, 及, 与, 以及. */
const ITEM_SEPARATOR_BEFORE = /(?:、|以及|和|及|与)$/u;

/**
 * Bare Chinese names listed before the kind of organisation they are: "其客户包括星巴克、雀巢等大型零售商" →
 * 星巴克, 雀巢. The list is read backwards from 等 over items of two to six Han characters (Latin items are
 * names already); the first item starts after its clause's boundary (包括, 对, a comma). Each item is a
 * name wherever the text repeats it; a place, a description (多家银行) or a generic word is no item.
 */
function findItemsBeforeKindNoun(text: string): Mention[] {
  const found: Mention[] = [];
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    const kind = KIND_NOUN_AFTER_LIST.exec(text.slice(at, at + 16));
    // The words between 等 and the kind noun only describe ("大型", "美国知名"): "等待处理的公司" is no list.
    const modifier = kind?.groups?.modifier ?? '';
    if (!kind || (modifier !== '' && describe(modifier) === Description.None)) continue;
    let end = at;
    for (let n = 0; n < 8; n++) {
      const item = findHanPhraseEndingAt(text, end, 8);
      if (!item) break;
      const value = text.slice(item.start, item.end);
      if (BARE_HAN_NAME.test(value) && !GENERIC_ZH.has(value) && !PLACES.has(foldKey(value)) && describe(value) === Description.None && !NOT_NAME_AFTER_DESCRIPTOR.test(value)) {
        found.push({ ...item, key: foldKey(value), value, nonVictim: false, named: true, gloss: !HEAD_ZH_AT_END.test(value) });
      }
      const separator = ITEM_SEPARATOR_BEFORE.exec(text.slice(Math.max(0, item.start - 2), item.start));
      if (!separator) break;
      end = item.start - separator[0].length;
    }
  }
  return found;
}

/**
 * A bare Chinese name that confirms an incident to its own systems: "银河娱乐证实，其酒店预订系统遭黑客入侵",
 * "某某购物周二承认，其会员数据被窃". The subject of 证实, 确认 or 承认 at a clause's start, with 其 after
 * the comma and an incident word in that clause, is the organisation the statement is about, though its
 * name has no head and no list holds it. Four to six characters: two or three are as often a person's
 * name ("张伟证实，其账号被盗"). A time word between subject and verb is skipped.
 */
const CONFIRMING_SUBJECT_ZH = /(?<=^|[。！？；\n，,：:])\s?(\p{Script=Han}{4,6}?)(?:(?:周[一二三四五六日]|[今昨前]天|近日|日前|本周|上周|\d{1,2}月\d{1,2}日|\d{1,2}日)(?:晚间|上午|下午|晚上)?)?(?:发布声明|发表声明|公开)?(?:证实|确认|承认)(?:称)?[，,：:]\s?其[^。！？；\n]{0,30}?(?:遭|被|泄露|泄漏|外泄|攻击|入侵|勒索|中断|故障|瘫痪|宕机)/gu;

function findConfirmingSubjects(text: string): Mention[] {
  const found: Mention[] = [];
  CONFIRMING_SUBJECT_ZH.lastIndex = 0;
  for (let m = CONFIRMING_SUBJECT_ZH.exec(text); m; m = CONFIRMING_SUBJECT_ZH.exec(text)) {
    const value = m[1];
    const start = m.index + m[0].indexOf(value);
    if (GENERIC_ZH.has(value) || PLACES.has(foldKey(value)) || describe(value) !== Description.None || NOT_NAME_AFTER_DESCRIPTOR.test(value)) continue;
    // The words before a name (该公司, 警方, 官方) end the subject: only a bare name is read.
    if (BOUNDARY_WORDS.some((w) => value.includes(w)) || [...value].some((c) => BOUNDARY_CHARS.has(c))) continue;
    found.push({ start, end: start + value.length, key: foldKey(value), value, nonVictim: false, named: true, gloss: !HEAD_ZH_AT_END.test(value) });
  }
  return found;
}

/** The last words of a device's or a program's name: "Samsung TV", "Linux PC", "Flash Player", "Acme Point of Sale". */
const PRODUCT_LAST_WORDS = /\s(?:TVs?|PCs?|Player|CMS|Point of Sale|Routers?|Smartphones?|Laptops?|MacBooks?|iPhones?|Printers?|Cameras?|Plugin|Plug-in|Extension|Toolkit)$/u;
/** Plurals of people, which end a run that names a group of people: "Porn Viewers", "Holidaymakers", "Danes". */
const PEOPLE_PLURALS = new Set([
  'activists', 'viewers', 'users', 'customers', 'holidaymakers', 'travellers', 'travelers', 'tourists', 'moguls', 'investors',
  'voters', 'shoppers', 'gamers', 'fans', 'residents', 'citizens', 'consumers', 'subscribers', 'donors', 'players', 'parents',
  'teachers', 'workers', 'victims', 'patients', 'students', 'employees', 'journalists', 'dissidents', 'officials', 'owners',
  'americans', 'danes', 'swedes', 'finns', 'poles', 'brits', 'scots', 'turks', 'kiwis', 'aussies', 'muslims', 'christians',
]);
/** A capitalised plural that may be a demonym's: "Koreans", "Americans" (checked against the demonyms). */
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/** How often a string occurs in a text. */
function countOccurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/** Whether a word is a plural of people: "Viewers", "Holidaymakers", "Koreans". */
function isPeoplePlural(word: string): boolean {
  return PEOPLE_PLURALS.has(word.toLowerCase()) || (DEMONYM_PLURAL.test(word) && DEMONYM_NAMES.has(foldKey(word.slice(0, -1))));
}

/**
 * Whether an unknown candidate is something other than an organisation: a technology term or page
 * furniture ("SS7", "Search"), a place ("Ukraine", "澳大利亚保险" — a place with a sector word), a
 * person (a surname seen after a given name, or a name after a title), a number or a product version,
 * a lower-case word inside Chinese text ("iPhone", "payload"), or a common word capitalised only
 * because it opens a sentence ("Extortion fears after…" while the text also says "extortion").
 */
function isNotOrganization(text: string, m: Mention, surnames: ReadonlySet<string>, lang: string, lowerWords: () => ReadonlySet<string>): boolean {
  const name = text.slice(m.start, m.end);
  if (NOT_NAMES.has(name) || NOT_NAMES.has(m.value)) return true;

  const folded = foldKey(name);
  if (PLACES.has(folded)) return true;
  const head = HEAD_ZH_AT_END.exec(name);
  // "澳大利亚保险巨头" (an Australian insurance giant) describes a sector, while "纽约邮报" names one paper.
  if (head && PLACES.has(foldKey(name.slice(0, head.index))) && SECTOR_AFTER.test(text.slice(m.end, m.end + 4))) return true;
  if (NUMBERED_NAME.test(name) && !m.named) return true;
  // "US$100m", "727accounts": a number run into a lower-case unit or word is an amount or a count, not a name.
  if (/^\d[\d.,]*\p{Ll}+$/u.test(name)) return true;
  // "Leading French", "the Dutch": a demonym ends a description, not a name.
  if (/\s/.test(name) && DEMONYM_NAMES.has(foldKey(name.slice(name.lastIndexOf(' ') + 1)))) return true;
  // "900家公司", "17195辆汽车": a count of organisations or things, not one of them.
  if (/\d\s?(?:多|余)?(?:家|个|辆|名|所|座|款|类)/u.test(name) && !/[A-Za-z]/.test(name)) return true;
  if (/^Q[1-4]$/.test(name)) return true;
  // "VMSA-2024-0022", "GHSA-…": an advisory or bulletin identifier, not its publisher.
  if (IDENTIFIER.test(name)) return true;
  // "美国上万家汽车经销商", "数千家公司": a count of organisations, not one of them.
  if (/(?:上|数|几|近|超|成)?[十百千万亿]+(?:多|余)?家/u.test(name)) return true;
  // "AlphaFold3", "PowerPoint2016": a CamelCase word with a version glued to it is a product.
  if (/^\p{Lu}?\p{Ll}+\p{Lu}[\p{L}]*\d+$/u.test(name)) return true;
  // "IDs", "PINs", "ATMs": the plural of an acronym is a kind of thing, not an organisation.
  if (/(?:^|\s)\p{Lu}{2,}s$/u.test(name)) return true;
  // "Canadian ISP", "US NGOs": a kind written as an acronym after a place describes, it names nothing.
  const kind = /^(\p{Lu}[\p{L}.]*) (?:NGOs?|ISPs?|MSPs?|NPOs?|IT|HR)$/u.exec(name);
  if (kind && (PLACES.has(foldKey(kind[1])) || DEMONYM_NAMES.has(foldKey(kind[1])))) return true;
  // "China-based", "New Jersey-based company": where something is based, not what it is called.
  if (/-based(?: \p{Ll}+)?$/u.test(name)) return true;
  // "a Russia-linked group", "Iran-backed hackers": who is behind an attack, described, not named.
  if (!m.id && /-(?:linked|backed|sponsored|affiliated|aligned|connected|tied|speaking)(?: \p{Ll}+)?$/u.test(name)) return true;
  // "We’ve", "They’re": a contraction opens a sentence, it names nobody.
  if (/^\p{Lu}\p{Ll}*['’](?:ve|re|ll|d|m)$/u.test(name)) return true;
  // "Samsung TV", "Linux PC", "Flash Player", "Plone CMS", "Kmart Point of Sale": a device or a program, named after its maker or platform.
  if (!m.id && !hasEnglishHead(name) && PRODUCT_LAST_WORDS.test(name)) return true;
  // "W-2", "F-16": a form, a model or a flight, not an organisation.
  if (/^\p{Lu}{1,2}-\d{1,4}$/u.test(name)) return true;
  // "MSFT.O", "NYSE: ACME": a stock ticker beside a name is no mention of its own.
  if (TICKER.test(name)) return true;
  // "Social Security numbers", "National Insurance number": a kind of data, not the body that issues it.
  if (!m.id && !hasEnglishHead(name) && /^ (?:numbers?|cards?|nos?\.)\b/iu.test(text.slice(m.end, m.end + 10))) return true;
  // "South India", "Northern Ireland": a compass point before a place is a place.
  const compass = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest)(?:ern)? (.+)$/u.exec(name);
  if (compass && PLACES.has(foldKey(compass[1]))) return true;
  // "other Hollywood studios", "Silicon Valley firms": one unknown word before a plural kind of organisation describes them.
  if (!m.id && !m.named && !name.includes(' ') && name !== name.toUpperCase() && KIND_PLURAL_AFTER.test(text.slice(m.end, m.end + 24))) return true;
  // "100M", "000-Plus Hotels": an amount, or a number cut at its thousands separator.
  if (/^\d[\d.,]*[KMB]n?$|^\d{3}-/u.test(name)) return true;
  // "South Korean company", "the Dutch hospital": a place with a lower-case head is a description, not a name.
  const description = /^(.+?) \p{Ll}+$/u.exec(name);
  if (description && PLACES.has(foldKey(description[1]))) return true;
  // "iPhone", "payload": a lower-case word inside Chinese text is a term or a product; a site named by its
  // domain ("意大利新闻网站fanpage.it确认…") is a name, and still needs a victim cue or role of its own.
  if (/^\p{Ll}/u.test(name) && lang === 'zh' && (!SITE_DOMAIN.test(name) || /[@/.:]/u.test(text[m.start - 1] ?? ''))) return true;
  // "Malwarebytes researcher Jérôme Segura": a name after a person's title is a person, whatever its length.
  if (!m.named && name.includes(' ') && !hasEnglishHead(name) && PERSON_TITLE.test(text.slice(Math.max(0, m.start - 24), m.start))) return true;
  // "HK$1.9 million", "US$242,000": a currency's letters before its sign.
  if (/^\p{Lu}{1,3}$/u.test(name) && text[m.end] === '$') return true;
  // "Porn Viewers", "Net Neutrality Activists", "South Koreans", "148million Americans": a run ending in a plural of people
  // names a group of people, not an organisation.
  if (!m.named && isPeoplePlural(name.slice(name.lastIndexOf(' ') + 1))) return true;
  // "Vickery shared his latest findings": a name followed by a personal pronoun is a person's.
  if (!m.named && /^[\p{Lu}][\p{L}’'-]+(?: [\p{Lu}][\p{L}’'-]+)?$/u.test(name) && PERSONAL_PRONOUN_AFTER.test(text.slice(m.end, m.end + 40))) return true;
  if (!name.includes(' ') && /^\p{Lu}/u.test(name)) {
    // "Banks affected include …", "Utility confirms breach": a kind of organisation, not one of them.
    if (GENERIC_NOUNS_EN.has(name.toLowerCase())) return true;
    // "Harbour authority hit by …": a sentence's first word before a lower-case descriptor noun only
    // describes (a name would capitalise its head: "Harbour Authority").
    if (!m.named && SENTENCE_START.test(text.slice(Math.max(0, m.start - 3), m.start)) && DESCRIPTOR_NOUN_AFTER_EN.test(text.slice(m.end, m.end + 20))) return true;
    if (surnames.has(folded)) return true;
    if (PERSON_TITLE.test(text.slice(Math.max(0, m.start - 24), m.start))) return true;
    // Only where capitals say nothing: at the start of a line or sentence, or after a quote. A word
    // opening a sentence and followed by a comma ("Unfortunately,", "Recently,") is no name either.
    if (!m.named && /^\p{Lu}\p{Ll}+$/u.test(name) && SENTENCE_START.test(text.slice(Math.max(0, m.start - 3), m.start))) {
      // A two-letter word ("Be warned", "So far") is checked in the text itself: the lower-case words kept are of three letters or more.
      if (/^\s?,/.test(text.slice(m.end, m.end + 2)) || lowerWords().has(name.toLowerCase()) || (name.length === 2 && text.includes(` ${name.toLowerCase()} `))) return true;
    }
  }
  return false;
}

/**
 * A site named by its domain: "fanpage.it", "example-news.co.uk" (a word, a TLD, maybe a second-level
 * label before it); not a host ("admin.target.com"), nor a file name ("app-52c9.js", "setup.sh"), whose
 * extensions look like country codes.
 */
const SITE_DOMAIN = /^[a-z][a-z-]*[a-z](?:\.(?:co|com|org|net|gov|ac|edu))?\.(?!(?:js|ts|py|sh|rb|pl|cs|go|md|db|so|gz|7z|rs|kt|pm|ps|vb|hs|el|ml)$)(?:[a-z]{2}|com|net|org|info|news|media|online|site)$/u;

/** A verb and a personal pronoun after a name ("Vickery shared his findings", "Smith said she"): the name is a person's. */
const PERSONAL_PRONOUN_AFTER = /^,?\s(?:[a-z]+\s){1,2}(?:his|her|he|she|him)\b/u;

/** A job title inside a capitalised run, after the organisation's name: "Bybit CEO Ben Zhou", "Halborn COO". */
// Also "DNC Chair Jane Roe", "North Bend City Administrator Jane Roe", "County Manager Jane Roe": an officer of the body
// named before the title (the city, the county, the school district), which keeps its name.
const JOB_TITLE_INSIDE = /(?:^|\s)(?:CEO|COO|CTO|CFO|CISO|CIO|CSO|Founder|Co-founder|Cofounder|President|Vice President|Chairman|Chairwoman|Chairperson|Chair|Spokesperson|Spokesman|Spokeswoman|Commissioner|Secretary|Governor|Mayor|Senator|Minister|Attorney[- ]General|(?:City|County|Town|Village|General|Managing|Branch|Project|Product|Program|Office|IT|Network|Systems) Manager|Administrator|Superintendent|Treasurer|Comptroller)(?:\s|$)/u;
/** "Chief Operating Officer", "Chief Technology Officer" before a given name and a surname. */
const CHIEF_OFFICER_INSIDE = /(?:^|\s)Chief(?: \p{Lu}\p{Ll}+){1,3} Officer(?= (\p{Lu}\p{Ll}+) \p{Lu})/u;

/**
 * "Acme Chief Operating Officer Jane Roe": a chief officer's title inside a run, only before a common given name (a
 * title alone also ends names of bodies: "Office of the Chief Information Officer").
 */
function chiefOfficerBeforePerson(run: string): RegExpExecArray | null {
  const chief = CHIEF_OFFICER_INSIDE.exec(run);
  return chief && GIVEN.has(chief[1].toLowerCase()) ? chief : null;
}

/** Public offices among those titles: the run before them names the office's jurisdiction, not an organisation. */
const PUBLIC_TITLE_INSIDE = /Commissioner|Secretary|Governor|Mayor|Senator|Minister|Attorney[- ]General/u;
/** After a person's name, a title in apposition: "Jane Roe, head of research at Acme", "Jane Roe, the chief executive". */
const PERSON_APPOSITION_AFTER = /^,\s(?:a |an |the )?(?:[\p{L}’'-]+ ){0,3}(?:head|chief|director|manager|officer|CEO|CTO|CISO|CFO|COO|founder|co-founder|president|chairman|chairwoman|spokes(?:person|man|woman)|researcher|analyst|professor|strategist|expert|lawyer|attorney|consultant|engineer|editor|reporter|lecturer|executive|vice president|VP|partner|principal)\b/u;

/** Where a capital letter is the sentence's, not the name's: line start, after . ! ? or an opening quote. */
const SENTENCE_START = /(?:^|\n|[.!?]["'”’]?\s+|[“"‘']\s?)$/u;

/** What only software has, right after its name: flaws, instances, tenants, versions. */
const PRODUCT_PART_AFTER = /^\s?(?:(?:中的|中|里的)[^，。；\n]{0,6}(?:漏洞|缺陷)|(?:的)?(?:漏洞|缺陷|实例|租户|版本)|(?:vulnerabilit(?:y|ies)|flaws?|bugs?|instances?|tenants?|versions?)\b)/iu;

/**
 * Whether a mention, even of a known organisation, names its product or platform instead:
 * "Microsoft 365" (a name with a version number), "在推特上发布" (where something is posted).
 */
function isProductMention(text: string, m: Mention): boolean {
  // "JIRA Align中的两个漏洞", "JIRA Service Management 实例", "a flaw in Foo Server vulnerability": software has flaws and instances.
  if (PRODUCT_PART_AFTER.test(text.slice(m.headEnd ?? m.end, (m.headEnd ?? m.end) + 16))) return true;
  if (/^[A-Za-z]/.test(text.slice(m.start, m.start + 1)) && /^\s?\d{1,4}(?![\d.,:年月日%])/u.test(text.slice(m.end, m.end + 6))) return true;
  // "在推特上", "在X（原Twitter）上": where something is posted, also as the bracketed former name of the platform.
  return PLATFORM_AFTER.test(text.slice(m.end, m.end + 2)) && PLATFORM_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
}

/** Around a platform something is posted on: 在 before it (or before the name it glosses), 上 after it. */
const PLATFORM_BEFORE = /(?:[在和]|[在和][^\s（(，。；]{1,12}[（(](?:原|前|即|旧称|原名)?)$/u;
const PLATFORM_AFTER = /^[）)]?上/u;

/** Points every mention of key `from` at `to`'s key, value and id. */
function relink(byKey: Map<string, Mention[]>, from: Mention, to: Mention): void {
  if (from.key === to.key) return;
  const moved = byKey.get(from.key) ?? [];
  byKey.delete(from.key);
  for (const m of moved) {
    m.key = to.key;
    m.value = to.value;
    m.id = to.id;
    m.nonVictim ||= to.nonVictim;
  }
  const list = byKey.get(to.key);
  if (list) for (const m of moved) list.push(m);
  else byKey.set(to.key, moved);
}

function indexByKey(mentions: readonly Mention[]): Map<string, Mention[]> {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  return byKey;
}

/** Links "A（B）" / "A (B)" so both names share A's group (皇家邮政（Royal Mail）, Scandinavian Airlines (SAS)). */
const HAN_NAME = /^\p{Script=Han}+$/u;

function linkAliases(text: string, mentions: Mention[]): void {
  const byKey = indexByKey(mentions);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    const between = text.slice(a.end, b.start);
    const bracketed = /^\s?[（(]$/.test(between) && /^[）)]/.test(text.slice(b.end, b.end + 1));
    // "星辰物流Star Logistics": a Chinese name and its Latin name side by side are one name.
    const apposed = /^ ?$/.test(between) && HAN_NAME.test(a.value) && /^[A-Za-z]/.test(b.value) && a.named;
    if (!bracketed && !apposed) continue;
    // The known or Latin form gives the canonical value; both mentions take it and one key.
    const canonical = a.id ? a : b.id ? b : /[A-Za-z]/.test(a.value) ? a : b;
    relink(byKey, canonical === a ? b : a, canonical);
  }
}

/**
 * Names of one organisation share a group: an acronym and its expansion ("CPS", "Chicago Public
 * Schools"), a short form and the full name ("Medibank", "Medibank Private"; "Cathay Pacific",
 * "Cathay Pacific Airways"), a Chinese name with a place or generic head around it (皇家邮政,
 * 英国皇家邮政集团). The known (gazetteer) group's key and value win.
 */
function linkCoreferentNames(mentions: Mention[]): void {
  const byKey = indexByKey(mentions);
  const forms: NameForm[] = [...byKey.values()].map((list) => ({ key: list[0].key, value: list[0].value, id: list[0].id, count: list.length }));
  const links = findCoreferentNames(forms, {
    isPlace: (name) => PLACES.has(foldKey(name)),
    isHead: (word) => HEADS_EN.has(word.toLowerCase()),
    isKind: (word) => GENERIC_NOUNS_EN.has(word),
  });
  for (const { from, to } of links) {
    // Follow earlier links: a key may already have joined another group.
    const fromList = byKey.get(from);
    const toMention = byKey.get(to)?.[0] ?? mentions.find((m) => m.key === to);
    if (fromList && toMention && fromList[0].key !== toMention.key) relink(byKey, fromList[0], toMention);
  }
}

/**
 * "媒体公司X", "美国医疗服务商Acme": a Chinese descriptor right before a name is no organisation of its
 * own; dropping it lets the name stand where the descriptor stood (cues before it reach the name).
 */
function dropDescriptors(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    if (!next || m.id || !DESCRIPTOR_AT_END.test(text.slice(m.start, m.headEnd ?? m.end))) return true;
    return !/^\s?$/.test(text.slice(m.headEnd ?? m.end, next.start));
  });
}

interface MentionScore {
  victim: boolean;
  role: VictimRole | null;
  speech: boolean;
  source: boolean;
  /** Only "according to X": victims are quoted about their own incident too, so it counts half. */
  weakSource?: boolean;
  /** Its faulty update caused the outage. */
  faultyUpdate?: boolean;
  /** Named as the attacker or its supplier ("幕后黑手是X", "spyware vendor X"): who it is, not what it did here. */
  attacker?: boolean;
  /** The victim cue is only a quoted person's employer ("Jane Roe, security director at X,"): it counts half. */
  employerOnly?: boolean;
}

/**
 * The passive victim cue as a Title Case headline writes it: "Acme Hacked, 700k accounts stolen", "Acme Got Hacked
 * With Ransomware", "Acme Breached By …". Not before a name or a number ("Lazarus Targeted Acme Bank", "Guides
 * Infected 600,000 Devices": the active verb, its subject the attacker).
 */
const TITLE_VICTIM_AFTER = /^ (?:(?:Got|Gets|Was|Were|Is|Are|Has Been|Have Been|Had Been) )?(?:Hacked|Breached|Attacked|Targeted|Compromised|Infected|Crippled|Disrupted|Extorted|Hit)(?: (?:By|by|With|with)\b|(?! (?:\p{Lu}|\d))(?=[\s,.:;!?–—-]|$))/u;

/** A security firm, a leak tracker or a news site described before a name: "security firm |X", "breach notification service |X". */
const DESCRIBED_SOURCE_BEFORE = /\b(?:(?:cyber-?)?security|cyber security|antivirus|anti-virus|anti-malware|threat intelligence|blockchain analytics|research) (?:firm|company|vendor|provider|outfit|researchers?|lab|labs) (?:the )?$|\b(?:(?:data )?(?:breach|leak) (?:notification|alert|monitoring|tracking) (?:service|site|website)|(?:tech |technology )?news (?:site|outlet|website)) (?:the )?$/iu;
/** What a source does with a finding, right after its name: "X disclosed", "X has announced", "X, which …, warned". */
const FINDING_AFTER = /^(?:,[^,]{1,60},)?\s+(?:has |had |have )?(?:first )?(?:disclosed|announced|confirmed|revealed|discovered|detected|warned|reported|published|spotted|found|uncovered|identified|observed|flagged|noticed)(?!\w)/u;

/**
 * An attacker introduced by name: "a hacking organization identifying itself as the |X", "a hacker (or hacker group) known as
 * |X", "a pro-Russia group called |X", "the enigmatic group the |X", "The group that claimed responsibility, |X".
 */
const ATTACKER_NAMED_BEFORE = /(?:\b(?:hack(?:er|ers|ing|tivists?)|threat|criminal|cybercriminal|ransomware|extortion|APT|activist|pro-\p{L}+|\p{L}+-linked)(?:[\s/](?:or\s)?[\p{L}()]+){0,4}?\s(?:known|identified|identifying (?:itself|themselves)|calling (?:itself|themselves)|called|dubbed|named|going by the name)(?: as)?|\b(?:enigmatic|mysterious|notorious|hacking|hacker|cybercrime|extortion|ransomware) (?:group|gang|crew|collective)|\bclaimed responsibility,)\s(?:the\s)?$/iu;

/** A predicate that gives its subject a person's pronoun: "had her photos leaked", "said his account was hacked". */
const PERSON_PREDICATE = /^(?:had|has|have|saw|found|got|said|says|told|lost)\s(?:[\w-]+\s)?(?:his|her)\b/u;

function scoreMention(text: string, m: Mention, role: VictimRole | null): MentionScore {
  const end = m.headEnd ?? m.end;
  const after = text.slice(end, end + WINDOW_AFTER);
  const before = text.slice(Math.max(0, (m.contextStart ?? m.start) - WINDOW_BEFORE), m.contextStart ?? m.start);
  // "the Kentucky Methodist Hospital attack": an attack named after a name with an organisation head
  // (or a known one) is an attack on it; a bare word before "attack" is as often the attacker or the malware.
  // A cue right after the name ("向X发出置评请求") says more than a source word before it ("向").
  // "安全公司奇点实验室": the descriptor itself may cite the name as a source.
  const beforeName = m.contextStart === undefined ? before : text.slice(Math.max(0, m.start - WINDOW_BEFORE), m.start);
  // "security firm X disclosed the spyware", "breach notification service X announced": the descriptor says who X is, and
  // what a security firm or a leak tracker discloses is its finding; "security firm X was breached" is still a victim.
  const findingOfSource = DESCRIBED_SOURCE_BEFORE.test(beforeName) && FINDING_AFTER.test(after);
  const victimAfter = !findingOfSource && (VICTIM_AFTER.test(after) || TITLE_VICTIM_AFTER.test(after) || ((m.named || m.id !== undefined) && NAMED_ATTACK_AFTER.test(after)));
  // "the Acme scam", "a fake Acme service": a brand used as a lure is not the one hit there; it counts as a weak source.
  const lure = LURE_AFTER.test(after) || LURE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
  const source = lure || SOURCE_AFTER.test(after) || (!victimAfter && (SOURCE_BEFORE.test(before) || SOURCE_BEFORE.test(beforeName) || RESEARCHER_NAMED_BEFORE.test(beforeName)));
  // "EncryptHub入侵了618个组织", "Lazarus hacked Acme": the subject of an active attack verb with an object is the attacker.
  // "spyware vendor X was itself breached": the descriptor says who X is, the predicate after it what happened to X here.
  const attacker = (AGENT_BEFORE.test(beforeName) || ATTACKER_NAMED_BEFORE.test(beforeName)) && !victimAfter;
  const agent = attacker || AGENT_AFTER.test(after);
  const victim = !agent && !lure && (victimAfter || VICTIM_BEFORE_EN_CUE.test(before) || VICTIM_BEFORE_ZH_CUE.test(before));
  // A lure counts half too: a brand hit once and impersonated afterwards ("emails impersonating Acme") stays the victim.
  const weakSource = source && !agent && (lure || (!SOURCE_AFTER.test(after) && ACCORDING_TO.test(before)));
  // "Jane Roe, chief security officer at X, explained …": the cue before X is only where a quoted person works; experts
  // and vendors are introduced so as often as the victim's own staff, so without another cue it is no victim.
  const employerOnly = victim && !victimAfter && PERSON_TITLE_EMPLOYER_BEFORE.test(beforeName) && !PEOPLE_CUE_BEFORE_NON_TITLE.test(beforeName);
  // "Alba Quist, who holds the title, had her photos leaked": a predicate that gives the subject a his or her is a person's.
  const personRole = role !== null && !m.id && !m.named && PERSON_PREDICATE.test(role.cue);
  return { victim, role: victim || agent || lure || personRole ? null : role, speech: !victim && !role && !agent && SPEECH.test(after), source: source || agent, weakSource, faultyUpdate: FAULTY_UPDATE_AFTER.test(after), attacker, employerOnly };
}

/**
 * A person's name, then in apposition the title that says where they work: "Henry Roe, chief security officer at ",
 * "Matt Doe, security director of ", "Ian Poe, the chief technical officer of " (not a spokesperson, who speaks for the
 * organisation about its own incident).
 */
const PERSON_TITLE_EMPLOYER_BEFORE =
  /\p{Lu}[\p{L}’'.-]+(?: \p{Lu}[\p{L}’'.-]+){1,2}, (?:a |an |the )?(?:[\p{L}-]+ ){0,4}(?:officer|director|head|CEO|CTO|CISO|CIO|COO|CSO|founder|co-founder|president|chairman|chairwoman|manager|professor|lecturer|analyst|researcher|consultant|engineer|partner|principal|strategist|adviser|advisor|expert|scientist|VP|evangelist|architect)(?: [\p{L}-]+){0,3} (?:at|of|with|for|from) (?:the )?$/u;
/** The people of a victim, not a title: "customers of", "staff at" (a person's title cue is the only one halved). */
const PEOPLE_CUE_BEFORE_NON_TITLE = /\b(?:spokes(?:person|man|woman)|representative|staff|employees|customers|patients|users|clients|passengers|members)\b[^,]*$/u;

/** A researcher named before the firm: "security researcher Jane Roe from the Acme Foundation", "analyst Jane Roe at Acme". */
const RESEARCHER_NAMED_BEFORE = /\b(?:researchers?|analysts?|experts?|scientists?) (?:\p{Lu}[\p{L}’'.-]+ ){1,3}(?:at|from|with|of) (?:the )?$/u;

/** Between a parent and its subsidiary: "X披露了近期旗下子公司Y", "X旗下的Y", "X's subsidiary Y". */
const PARENT_BEFORE_SUBSIDIARY = /^(?:[^，。；！？\n]{0,10}旗下(?:的)?(?:子公司|公司|品牌|企业)?|['’]s (?:subsidiary|unit|division) )\s?$/u;

/**
 * Words that call a name a business: before it ("Italian company |X", "the spyware maker |X") or in an apposition after it
 * ("X|, another spyware maker,"). A threat list may hold the same name (a surveillance vendor listed as an actor, its
 * product as a malware); where the text calls it a business and it is the one hit, it is reported as the organisation.
 */
const BUSINESS_WORDS = String.raw`(?:company|firm|maker|vendor|developer|manufacturer|retailer|startup|business|provider)`;
const BUSINESS_BEFORE = new RegExp(String.raw`(?<![\p{L}-])${BUSINESS_WORDS} $`, 'u');
const BUSINESS_APPOSITION_AFTER = new RegExp(String.raw`^,\s(?:a|an|another|the)\s(?:[\p{L}-]+\s){0,3}${BUSINESS_WORDS}\b`, 'u');

/** A lower-case noun right after a word that makes a victim cue of it: "End users", "Paid breach notification", "Protecting patients". */
const NOUN_CUE_AFTER = /^ (?:users|customers|subscribers|clients|staff|employees|workers|patients|members|passengers|students|systems|servers|networks|websites?|data|breach(?:es)?|hacks?|leaks?|attacks?|outages?|incidents?)\b/u;

/** Whether a role comes from a list of what was taken or hit that is not organisations ("information was stolen, including …"). */
function isListOfThings(role: VictimRole): boolean {
  return LIST_END.test(role.cue) && NOT_ORGANIZATION_LIST.test(role.cue);
}

/** Whether two neighbouring mentions are items of one list ("A, B and the C", "A、B和C"). */
function joinedInList(text: string, a: Mention, b: Mention): boolean {
  const gap = text.slice(a.headEnd ?? a.end, b.start);
  if (LIST_JOINER.test(gap)) return true;
  // "FedEx and Britain's National Health Service": a place's possessive before an item is no break in the list.
  const owner = /(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)['’]s\s$/u.exec(gap);
  return owner !== null && PLACES.has(foldKey(owner[1])) && LIST_JOINER.test(gap.slice(0, owner.index));
}

/** Whether the second mention says where the first one is: "the Copper Room| at |the Harbour Hotel". */
function atPlaceBetween(text: string, item: Mention, place: Mention): boolean {
  return /^ at (?:the )?$/u.test(text.slice(item.headEnd ?? item.end, place.start));
}

function groupMentions(text: string, mentions: Mention[], lang: string, headline: Headline): Group[] {
  const roles = findVictimRoles(text, mentions, lang);
  const scores = mentions.map((m, i) => scoreMention(text, m, roles[i]));
  // A role from a list of things ("database software such as A and B") is no evidence, and carries over no list.
  const hasVictimEvidence = (sc: MentionScore): boolean => sc.victim || (sc.role !== null && !isListOfThings(sc.role));
  // An item of a list of things takes no evidence from its neighbours either.
  const receivesListEvidence = (sc: MentionScore): boolean => !sc.victim && sc.role === null;
  // Victims come in lists: "attacks targeting DNV, MOPT, and Yum! Brands", "Reinier van Arkel and
  // Ypse": victim evidence of the first name carries over the joined names, and evidence of the last
  // ("A and B were hit") back over them.
  for (let i = 1; i < mentions.length; i++) {
    if (!joinedInList(text, mentions[i - 1], mentions[i])) continue;
    // "A at the X Hotel and the B at the Y Hotel": in items alike, where an item is ("at X") is no item; the list goes on after it.
    const parallel = i >= 2 && i + 1 < mentions.length && atPlaceBetween(text, mentions[i - 2], mentions[i - 1]) && atPlaceBetween(text, mentions[i], mentions[i + 1]);
    const from = parallel ? i - 2 : i - 1;
    if (hasVictimEvidence(scores[from]) && !scores[i].source && receivesListEvidence(scores[i])) scores[i] = { ...scores[i], victim: true, speech: false };
  }
  for (let i = mentions.length - 2; i >= 0; i--) {
    // Where an item is ("A at the X Hotel and the B …") takes nothing back from the items.
    if (i >= 1 && atPlaceBetween(text, mentions[i - 1], mentions[i])) continue;
    // "X披露了旗下子公司Y的数据泄露事件", "X's subsidiary Y was hit": the parent is affected too (not the reverse).
    if (!joinedInList(text, mentions[i], mentions[i + 1]) && !PARENT_BEFORE_SUBSIDIARY.test(text.slice(mentions[i].headEnd ?? mentions[i].end, mentions[i + 1].start))) continue;
    if (hasVictimEvidence(scores[i + 1]) && !scores[i].source && receivesListEvidence(scores[i])) scores[i] = { ...scores[i], victim: true, speech: false };
  }
  // "Teams、Confluence和SharePoint等平台", "Facebook and Twitter accounts": the items of a list whose
  // last item is named as a product are products too.
  const productLike = mentions.map((m) => isProductLike(text, m));
  for (let i = mentions.length - 2; i >= 0; i--) {
    if (productLike[i + 1] && !productLike[i] && joinedInList(text, mentions[i], mentions[i + 1])) productLike[i] = true;
  }
  const groups = new Map<string, Group>();
  mentions.forEach((m, index) => {
    let g = groups.get(m.key);
    if (!g) {
      g = { key: m.key, value: m.value, id: m.id, mentions: [], cued: 0, roles: 0, roleCues: [], weakRoles: 0, faultyUpdates: 0, attacker: false, speech: 0, source: 0, productLike: 0, nonVictim: false, named: false, inLead: false, headline: null, inBody: false };
      groups.set(m.key, g);
    }
    g.mentions.push(m);
    if (m.sentenceStart && NOUN_CUE_AFTER.test(text.slice(m.end, m.end + 40))) g.openerBeforeNoun = true;
    if (BUSINESS_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || BUSINESS_APPOSITION_AFTER.test(text.slice(m.headEnd ?? m.end, (m.headEnd ?? m.end) + 60))) g.business = true;
    const { victim, role, speech, source } = scores[index];
    if (victim) g.cued += scores[index].employerOnly ? 0.5 : 1;
    // "information was stolen, including passports, other IDs and …": a list of what was taken, not of victims.
    else if (role && !isListOfThings(role)) {
      // A Chinese phrase found only by its head ("综合医院", "当今汽车") is a weaker name than a known one.
      // So is a lone capitalised word ("Islamic", "Medora"): it may be a product, a group or an adjective.
      // Except as an item of a list the text introduces as the affected ("firms affected include CVS").
      if (weakName(text, m) && !(LIST_CUE.test(role.cue) && !NOT_ORGANIZATION_LIST.test(role.cue))) {
        g.roles += 0.5;
        g.weakRoles++;
      } else g.roles += 1;
      if (g.roleCues.length < 2) g.roleCues.push(`${role.kind} of “${role.cue}”`);
    }
    // Speech is weak evidence, but a name with an organisation head (纽约邮报, … Hospital) that speaks about
    // the incident is rarely a passer-by.
    if (speech) g.speech += m.named ? 1 : 0.5;
    if (source) g.source += scores[index].weakSource ? 0.5 : 1;
    if (productLike[index]) g.productLike++;
    // A lone word ("targeting Tundrix users") is as often a platform as its owner. A victim's role counts like a
    // cue: "The Orvale Courier said hackers had breached its databases" after "Hackers hit Orvale Courier databases".
    else if ((victim || (role && !isListOfThings(role))) && !weakName(text, m)) g.cuedAsOrganization = true;
    if (scores[index].faultyUpdate) g.faultyUpdates++;
    g.attacker ||= scores[index].attacker === true;
    g.nonVictim ||= m.nonVictim;
    // "Kakao旗下的KakaoTalk", "Acme's subsidiary": what owns subsidiaries or brands is a company, however often its name is a product's.
    g.named ||= m.named || OWNER_AFTER.test(text.slice(m.headEnd ?? m.end, (m.headEnd ?? m.end) + 16));
    g.inLead ||= m.start < LEAD_LENGTH;
    const name = foldKey(text.slice(m.start, m.end));
    // The site's name, in the title's suffix or anywhere else, is the publisher.
    if (headline.publisher.has(name) || (m.start >= headline.publisherAt && m.start < headline.inText)) {
      g.source += 2;
      return;
    }
    if (!(headline.titleCase && m.start < headline.inText)) g.inBody = true;
    const inHeadline = headline.inText ? m.start < headline.inText : headline.names.has(name);
    if (inHeadline) {
      const titleRole = headline.inText ? hasVictimEvidence(scores[index]) : headline.victims.has(foldKey(text.slice(m.start, m.end)));
      g.headline = titleRole ? 'role' : (g.headline ?? 'mention');
    }
  });
  // "Vidisco 公司是…" elsewhere, "入侵 Vidisco" here: the head the text gives the name once makes it a name everywhere.
  for (const g of groups.values()) if (g.named) g.roles += g.weakRoles * 0.5;
  return [...groups.values()];
}

/** A name found only by its shape: a Chinese phrase by its head, or one capitalised Latin word without a head. */
function weakName(text: string, m: Mention): boolean {
  if (m.id || m.named || m.described) return false;
  return /^\p{Script=Han}/u.test(m.value) || /^[\p{L}\p{N}.&'’-]+$/u.test(text.slice(m.start, m.end));
}

/** "Acme computers were infected", "Acme email accounts were hijacked": the organisation's own machines, hit. */
const OWNED_MACHINES_HIT = /^ (?:computers|computer systems|computer networks?|networks|IT systems|databases|email accounts|e-mail accounts|files) (?:were|have been|had been|was) /u;

/** Whether a name opens with a known organisation's name and goes on: "Google Docs". */
function startsWithKnownName(name: string): boolean {
  return KNOWN_ORGANIZATIONS.findAll(name).some((hit) => hit.start === 0 && name[hit.end] === ' ');
}

/** A flaw named after software: "Quillstack| zero-day", "Quillstack| vulnerability", "Exploiting Quillstack| Zero-Day". */
const FLAW_AFTER = /^ (?:zero-?days?|0-?days?|vulnerabilit(?:y|ies)|flaws?|bugs?|exploits?|security (?:holes?|flaws?|bugs?))\b/iu;
/** Software a flaw is in, or that applications run on: "a zero-day in |Quillstack", "applications built with |Quillstack". */
const FLAW_BEFORE = /\b(?:(?:zero-?days?|0-?days?|vulnerabilit(?:y|ies)|flaws?|bugs?|holes?|weakness(?:es)?|exploits?) in|(?:built|developed) (?:with|on)|running|powered by) (?:the |an? )?(?:(?:older|outdated|unpatched|vulnerable|old) )?(?:versions? of )?$/u;

/** Whether a mention reads as a product name rather than an organisation. */
function isProductLike(text: string, m: Mention): boolean {
  const after = text.slice(m.headEnd ?? m.end, (m.headEnd ?? m.end) + 40);
  // "Acme computers were infected": the owner of the machines hit, not a product.
  if (OWNED_MACHINES_HIT.test(text.slice(m.headEnd ?? m.end, (m.headEnd ?? m.end) + 60))) return false;
  if (PRODUCT_AFTER.test(after)) return true;
  // "Exploiting Quillstack Zero-Day", "a zero-day in Quillstack", "applications built with Quillstack": software exploited.
  if (!m.id && (FLAW_AFTER.test(after) || FLAW_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))) return true;
  // "Clicker恶意软件", "Zorro botnet": an unknown name before a malware head names the malware.
  if (!m.id && MALWARE_AFTER.test(after)) return true;
  // "Acme Docs", "Acme Care": a known brand's product, not the brand ("Blue Springs Family Care" is a practice).
  if (!m.id && !m.named && PRODUCT_LAST_WORD_EN.test(text.slice(m.start, m.end)) && startsWithKnownName(text.slice(m.start, m.end))) return true;
  // A name alone on a short line is an item of a product list ("Yandex Mail", "Boost Mobile").
  const atLineStart = m.start === 0 || text[m.start - 1] === '\n';
  return atLineStart && /^\s*(?:[（(][^）)\n]*[）)])?[。.]?\s*(?:\n|$)/u.test(after);
}

/** The victim score of a group (module victims/score-victim-group.ts). */
function scoreGroup(g: Group, top: Group | undefined): VictimScore {
  // Named only by a capitalised run of a Title Case headline ("Lock Business Services"): no name the body confirms.
  if (!g.inBody && !g.id) return { victim: false, score: 0, reasons: ['only in a Title Case headline'] };
  // "此次攻击的幕后黑手是间谍软件公司X" once, "向X发出停止侵权通知函" later: the text said who X is, and a
  // cease-and-desist letter or "X did not respond" does not make the attacker's supplier its victim.
  if (g.attacker) return { victim: false, score: 0, reasons: ['named as the attacker or its spyware vendor'] };
  // "Extortion fears after…": one unknown word, capitalised only where every word is, needs a victim
  // cue or role of its own; being first in the lead or the headline says nothing about it.
  // Named once, at a sentence start, before a noun that makes a cue ("End users, despite…", "Paid breach notification
  // service…", "Protecting patients"): the word qualifies the noun, it names nobody ("Tallisker suffered a breach" does).
  if (!g.id && !g.named && (g.cued + g.roles === 0 || (g.mentions.length === 1 && g.openerBeforeNoun && g.headline !== 'role')) && g.mentions.every((m) => m.sentenceStart)) {
    return { victim: false, score: 0, reasons: ['capitalised only at sentence starts'] };
  }
  // "Grobman said", "Narang added": a lone capitalised word whose only evidence is speech is a person as often as an
  // organisation (a surname quoted after a full name not read as a person's); it needs a cue, a role or the headline.
  // An acronym ("REO said") is no surname.
  if (!g.id && !g.named && g.cued + g.roles === 0 && g.headline === null && g.speech > 0 && g.mentions.every((m) => !m.described && !/\s/.test(m.value) && m.value !== m.value.toUpperCase())) {
    return { victim: false, score: 0, reasons: ['a lone word that only speaks'] };
  }
  return scoreVictimGroup({
    cued: g.cued,
    roles: g.roles,
    roleCues: g.roleCues,
    speech: g.speech,
    headline: g.headline,
    source: g.source,
    mentions: g.mentions.length,
    nonVictim: g.nonVictim,
    // Only for a known organisation: an unknown name before 更新 is as often a component ("WAN的更新").
    faultyUpdate: g.faultyUpdates > 0 && g.id !== undefined,
    // Mostly named as a product: the service extractor reports it.
    // Half its mentions, one of the others hit ("the X Project's admins", then "the X forum"): the organisation, with its product.
    productLike: (g.productLike * 2 > g.mentions.length || (g.productLike * 2 === g.mentions.length && !g.cuedAsOrganization)) && !g.id && !g.named,
    // "卡巴斯基发现WhatsApp的一款恶意mod": a platform read as a product anywhere is the channel, not the lead's victim by default.
    leadTop: g === top && g.productLike === 0,
  });
}

/**
 * The headline's organisations: where the text opens with the title, the length of that first line
 * (its mentions are read in place); otherwise the folded names found in the title, and those the title
 * gives a victim role ("Acme hit by ransomware", "Acme confirms data breach").
 */
interface Headline {
  inText: number;
  names: Set<string>;
  victims: Set<string>;
  /** The site's name after the headline ("… - Help Net Security", "… | Fox Business"): a publisher. */
  publisher: Set<string>;
  /** Where that suffix starts in the first line, when the text opens with the title. */
  publisherAt: number;
  /** Every word capitalised: its capitalised runs ("Ransomware Actors Shift Gears") are no names by themselves. */
  titleCase: boolean;
}

/** The separator before a site name at the end of a title, and the site name (five words at most). */
const PUBLISHER_SUFFIX = /\s[|–—-]\s((?:[^\s|–—]+\s?){1,5})$/u;
/** A site's name before its tagline: "… | Threatpost | The first stop for security news" (bars only: dashes also part clauses). */
const PUBLISHER_SUFFIX_BEFORE_TAGLINE = /\s\|\s((?:[^\s|–—]+\s?){1,3})\s\|\s[^|]+$/u;

function readHeadline(text: string, title: string | null | undefined, lang: string): Headline {
  const headline: Headline = { inText: 0, names: new Set(), victims: new Set(), publisher: new Set(), publisherAt: Infinity, titleCase: false };
  const t = title?.trim();
  if (!t) return headline;
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  headline.titleCase = lang !== 'zh' && words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.8;
  const suffix = PUBLISHER_SUFFIX_BEFORE_TAGLINE.exec(t) ?? PUBLISHER_SUFFIX.exec(t);
  if (suffix) {
    for (const m of collectMentions(suffix[1], lang)) headline.publisher.add(foldKey(suffix[1].slice(m.start, m.end)));
  }
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  if (firstLine.trim() === t) {
    headline.inText = firstLine.length;
    if (suffix) headline.publisherAt = firstLine.lastIndexOf(suffix[0]);
    return headline;
  }
  const mentions = collectMentions(t, lang);
  const roles = findVictimRoles(t, mentions, lang);
  mentions.forEach((m, i) => {
    const name = foldKey(t.slice(m.start, m.end));
    headline.names.add(name);
    if (roles[i] || scoreMention(t, m, null).victim) headline.victims.add(name);
  });
  for (const name of headlineSubjects(t)) {
    headline.names.add(foldKey(name));
    headline.victims.add(foldKey(name));
  }
  return headline;
}

/** A clause of a Chinese headline: its subject, then an incident predicate ("丰田遭勒索软件攻击"). */
const HEADLINE_SUBJECT_ZH = /^(?<subject>[\p{Script=Han}A-Za-z0-9·&.' -]{2,16}?)(?:再次|再度|又|疑似|或|已|近日|日前|突发|被曝|曝)?(?:出现|发生)?(?:遭到|遭受|遭遇|遭|被黑|被攻击|被入侵|被勒索|被加密|发生(?:了)?(?:数据)?泄露|数据泄露|泄露|宕机|崩了|瘫痪|中招|(?:确认|证实|承认)(?:遭|发生|数据|[^，。：:！？]{0,12}?(?:泄露|遭|被盗|被黑|被窃))|(?:系统|服务|网络)?(?:故障|中断)|停服|因[^，。：:]{0,10}(?:泄露|攻击|入侵|故障|宕机)(?:事件)?被)/u;
/**
 * A descriptor's head alone ("供应商", what "多家车企供应商" leaves once its description is dropped) or
 * after words that only describe ("澳洲电信运营商", "媒体集团", not "美国银行"): a kind of organisation, no name.
 */
function isDescriptorHead(phrase: string): boolean {
  const head = DESCRIPTOR_AT_END.exec(phrase);
  if (head === null) return false;
  // Places alone describe only before a head that just says "company" (美国公司), not 美国银行.
  return head.index === 0 || isDescriptive(phrase.slice(0, head.index), GENERIC_ORG_HEAD.test(phrase));
}

/** A count opening a phrase: "九家", "3 家", "十余所", "三座工厂" (家, 所, 个, 座, 间 and 处 count organisations and sites). */
const COUNTED_ORGS_ZH = /^(?:[\d,]+|[一二三四五六七八九十百千万两几数多]+)\s?(?:余|多)?\s?(?:家|所|个|座|间|处)/u;
/** A count after a place or a descriptor: "全美数千家药房", "美国3家医院", "当地十余所学校" describe a number of organisations. */
const COUNT_INSIDE_ZH = /\p{Script=Han}(?:\d[\d,]*|[一二两三四五六七八九十几数多][十百千万]?)\s?(?:余|多)?\s?(?:家|所|座|间)\p{Script=Han}/u;
/** A zone or site after a place in a headline subject (华北2（北京）|地域, 香港|可用区C): the place is read by `withoutRegion`. */
const ZONE_AT_END_ZH = /\d*(?:[（(][^）)]{1,6}[）)])?(?:地域|区域|可用区[A-Za-z]?\d?|节点|机房|数据中心)$/u;
const DIRECTION_ZH = /^(?:华[北东南中]|西[南北]|东北)$/u;

/** "阿里云华北2（北京）地域" → 阿里云: the place and zone of a provider that failed say where, not who. */
function withoutRegion(subject: string): string {
  const zone = ZONE_AT_END_ZH.exec(subject);
  if (!zone) return subject;
  const rest = subject.slice(0, zone.index);
  for (let n = Math.min(4, rest.length - 2); n >= 2; n--) {
    const place = rest.slice(rest.length - n);
    if (DIRECTION_ZH.test(place) || PLACES.has(foldKey(place))) return rest.slice(0, rest.length - n);
  }
  return subject;
}
/** What a headline subject cannot be: an indefinite or generic noun, data, a malware or a gang, a whole country or region ("全美", "全国"). */
const NOT_HEADLINE_SUBJECT = /^全\p{Script=Han}{1,2}$|某|多家|一家|多个|数家|大量|黑客|用户|数据|信息|漏洞|勒索软件|恶意软件|木马|病毒|团伙|组织$|系统|网络|平台$|[Aa][Pp][Pp]|账号|账户|客户|员工|个人|政府|部门|网站|官网|服务器|设备|巨头$|企业$|公司$|机构$|(?:作业|业务|服务|功能|生产|运营|交易|支付|供应|航班|办公|通信|交通|供电|网购|物流|节点|机房)$/u;

/**
 * The subjects of a Chinese headline's incident clauses ("丰田遭勒索软件攻击，…" → 丰田): the
 * victim the article is about, even when the body never puts a cue next to it. A description
 * before the name is dropped ("日本汽车制造商丰田" → 丰田); a generic subject (某零售巨头, 用户数据) is none.
 */
function headlineSubjects(title: string): string[] {
  const subjects: string[] = [];
  for (const clause of title.split(/[：:｜|，,！!？?\s【】[\]「」“”"、；;]+/u)) {
    const found = HEADLINE_SUBJECT_ZH.exec(clause)?.groups?.subject.trim();
    if (!found) continue;
    // "阿里云华北2（北京）地域(出现网络故障)": the part of a provider that failed is where, not who.
    const subject = withoutRegion(found.slice(descriptionEnd(found)));
    if (subject.length < 2 || NOT_HEADLINE_SUBJECT.test(subject) || PLACES.has(foldKey(subject)) || NOT_NAMES.has(subject) || isPlaceThenIndefinite(subject) || isDescriptorHead(subject)) continue;
    if (describe(subject) !== Description.None || AGENCY_NAMES.findAll(subject).length > 0) continue;
    // "美国知名卫星电视(服务中断)": a subject that opens with a qualifier describes, and names no one.
    if (opensWithQualifier(subject)) continue;
    subjects.push(subject);
  }
  return subjects;
}

/** Whether a phrase opens with places and a qualifier ("美国知名", "当地大型"): a description, not a name. */
function opensWithQualifier(phrase: string): boolean {
  for (let i = 2; i < phrase.length; i++) if (describe(phrase.slice(0, i)) === Description.Qualifiers) return true;
  return false;
}

/**
 * Body mentions of the headline's subjects and of Chinese glosses that no candidate covers ("铃木"
 * named bare in the body of "铃木遭勒索软件攻击", "北风贸易" after "Northwind Traders（北风贸易）"),
 * merged into the sorted, non-overlapping mentions.
 */
function addHeadlineSubjects(text: string, mentions: Mention[], title: string | null | undefined, excluded: readonly Span[]): Mention[] {
  const glosses = mentions.filter((m) => m.gloss).map((m) => m.value);
  const subjects = [...new Set([...(title ? headlineSubjects(title.trim()) : []), ...glosses])];
  if (subjects.length === 0) return mentions;
  const added: Mention[] = [];
  for (const subject of subjects) {
    for (let at = text.indexOf(subject); at >= 0; at = text.indexOf(subject, at + subject.length)) {
      const span = { start: at, end: at + subject.length };
      // Inside a longer word ("铃木" in "铃木汽车" is that name's business).
      if (/^[A-Za-z0-9]/.test(subject) && /[A-Za-z0-9]/.test(text[at - 1] ?? '')) continue;
      if (overlapsSorted(mentions, span) || added.some((a) => a.start < span.end && span.start < a.end) || isExcluded(span, excluded)) continue;
      added.push({ ...span, key: foldKey(subject), value: subject, nonVictim: false, named: true });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
/**
 * US states as news style abbreviates them after a town ("Muncie, Ind.", "Raleigh, N.C."): general abbreviations, each
 * with its period.
 */
const US_STATE_ABBREVIATIONS = new Set([
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Kans.', 'Ky.', 'La.', 'Md.',
  'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nebr.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.',
  'Okla.', 'Ore.', 'Pa.', 'Penn.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.', 'D.C.',
]);
/** Right after a town: a comma and a US state's abbreviation ("Muncie|, Ind."). */
const US_STATE_AFTER = new RegExp(`^, (?:${[...US_STATE_ABBREVIATIONS].map((a) => a.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'u');
/**
 * An organisation described by a lower-case noun, then "in", right before a name: "a hospital in |Harrow Vale", "a transit
 * system in |Corvelport", "a Holiday Inn Express in |San Juan" (a named one: the rule above).
 */
const DESCRIBED_THEN_IN = new RegExp(
  `\\b(?:a|an|one|the|another|its|their)(?: [\\p{Ll}-]+){0,2} (?:${[...GENERIC_ORG_NOUNS_EN.filter((n) => /[^s]s$|ies$/u.test(n) === false), 'system', 'trust', 'facility', 'plant', 'office', 'branch', 'store', 'property', 'location', 'site', 'campus', 'center', 'centre', 'practice'].join('|')}) in (?:the )?$`,
  'u',
);
/**
 * "Acme Valley College in Glen Park", "Hawley High School in Taranaki": after a name with a head, "in" and a
 * name without one give where the organisation is. That place is no organisation, anywhere in the text,
 * nor a place with a lower-case head ("as Taranaki school falls victim": a school there, unnamed).
 */
function dropPlacesOfNames(text: string, mentions: Mention[]): Mention[] {
  const places = new Set<string>();
  // Mentions that are places only where they stand (a city may be hit elsewhere in the text: "a clinic in X", "the City of X").
  const placedHere = new Set<Mention>();
  for (let i = 0; i < mentions.length; i++) {
    const b = mentions[i];
    if (b.id || b.named || !/^\p{Lu}/u.test(b.value)) continue;
    const a = mentions[i - 1];
    if (a && (a.id || hasEnglishHead(a.value)) && text.slice(a.end, b.start) === ' in ') places.add(b.key);
    // "a hospital in Harrow Vale", "a transit system in Corvelport": after an organisation described, not named, "in" gives where it is.
    else if (DESCRIBED_THEN_IN.test(text.slice(Math.max(0, b.start - 40), b.start))) placedHere.add(b);
    // "Corvelton, Ind.", "Harrowgate, N.C.": a town before a US state's abbreviation, and the abbreviation itself.
    if (US_STATE_AFTER.test(text.slice(b.end, b.end + 8))) placedHere.add(b);
    if (US_STATE_ABBREVIATIONS.has(text.slice(b.start, b.end + 1)) && /,\s$/u.test(text.slice(Math.max(0, b.start - 2), b.start))) placedHere.add(b);
  }
  if (places.size === 0 && placedHere.size === 0) return mentions;
  return mentions.filter((m) => {
    if (m.id) return true;
    if (placedHere.has(m)) return false;
    if (places.has(m.key) && !m.named) return false;
    const described = /^(.+) \p{Ll}+$/u.exec(text.slice(m.start, m.end));
    return !(described && places.has(foldKey(described[1])));
  });
}

/** What separates the items of a Chinese list. */
const LIST_SEPARATOR_ZH = /以及|[、和与及]/u;
/** A bare Chinese name: two to six Han characters. */
const BARE_HAN_NAME = /^\p{Script=Han}{2,6}$/u;

/**
 * "包括美国咖啡连锁店A、英国莫里森和英国 C超市链": a bare Chinese name with no head between two items of a
 * list is an item too, after its place or descriptor; it is found wherever the text repeats it. Only
 * inside a list both of whose ends are names already, and never a description (当地企业, 多家银行).
 */
function addBareListItems(text: string, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1];
    const b = mentions[i];
    if (!joinedInList(text, a, b)) continue;
    const from = a.headEnd ?? a.end;
    const gap = text.slice(from, b.start);
    const parts = gap.split(LIST_SEPARATOR_ZH);
    let offset = from + parts[0].length;
    for (let k = 1; k < parts.length - 1; k++) {
      const part = parts[k];
      const partStart = offset + (text.startsWith('以及', offset) ? 2 : 1);
      offset = partStart + part.length;
      // "英国莫里森": the place (or a descriptor) before the name is no part of it.
      let skip = lastDescriptorEnd(part);
      for (let n = Math.min(part.length - 2, 6); skip === 0 && n >= 2; n--) if (HAN_PLACES.has(part.slice(0, n))) skip = n;
      const value = part.slice(skip).trim();
      if (!BARE_HAN_NAME.test(value) || GENERIC_ZH.has(value) || PLACES.has(foldKey(value)) || describe(value) !== Description.None) continue;
      const start = partStart + part.indexOf(value, skip);
      added.push({ start, end: start + value.length, key: foldKey(value), value, nonVictim: false, named: false, gloss: true });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((x, y) => x.start - y.start);
}

/** The bare name of a Chinese group ("威马汽车" → "威马", "铃木" → itself), or null when it has none worth finding. */
function bareName(g: Group): string | null {
  if (g.id || !/\p{Script=Han}/u.test(g.value)) return null;
  const head = HEAD_ZH_AT_END.exec(g.value);
  // A name without a head ("铃木" after "日本汽车制造商") is found bare wherever the text repeats it.
  if (!head) return HAN_NAME.test(g.value) && g.value.length >= 2 ? g.value : null;
  const bare = g.value.slice(0, g.value.length - head[0].length);
  return bare.length < 2 || GENERIC_ZH.has(bare) ? null : bare;
}

/** Whether `span` overlaps one of `sorted` (non-overlapping spans sorted by start). */
function overlapsSorted(sorted: readonly Span[], span: Span): boolean {
  const before = countStartingBefore(sorted, span.end);
  return before > 0 && sorted[before - 1].end > span.start;
}

/**
 * Mentions of selected Chinese groups' bare names: "威马汽车" also reported as "威马". One pass over
 * the text for all groups (positions indexed by their first two characters), so an article naming
 * thousands of organisations stays linear.
 */
function findShortMentions(text: string, groups: readonly Group[], taken: readonly Span[]): Map<Group, Mention[]> {
  const found = new Map<Group, Mention[]>();
  const byPrefix = new Map<string, { bare: string; group: Group }[]>();
  for (const g of groups) {
    const bare = bareName(g);
    if (!bare) continue;
    const prefix = bare.slice(0, 2);
    const list = byPrefix.get(prefix);
    if (list) list.push({ bare, group: g });
    else byPrefix.set(prefix, [{ bare, group: g }]);
  }
  if (byPrefix.size === 0) return found;
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const next = new Map<Group, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const entries = byPrefix.get(text.slice(i, i + 2));
    if (!entries) continue;
    for (const { bare, group } of entries) {
      // Occurrences do not overlap one another: "威马威马" is two, not three.
      if (i < (next.get(group) ?? 0) || !text.startsWith(bare, i)) continue;
      next.set(group, i + bare.length);
      const span = { start: i, end: i + bare.length };
      if (overlapsSorted(sorted, span)) continue;
      const list = found.get(group) ?? [];
      list.push({ ...span, key: group.key, value: group.value, nonVictim: false, named: true });
      found.set(group, list);
    }
  }
  return found;
}

/** The organization extractor (registry name "organization"). */
export const organizationExtractor: FactExtractor = {
  name: 'organization',
  categories: ['organization'],
  extract(ctx: ExtractContext): Fact[] {
    const { text, lang, excluded } = ctx;
    const found = dropDescriptors(text, collectMentions(text, lang).filter((m) => !isExcluded(m, excluded)));
    const mentions = lang === 'zh' ? addHeadlineSubjects(text, addBareListItems(text, found), ctx.title, excluded) : dropPlacesOfNames(text, found);
    linkAliases(text, mentions);
    linkCoreferentNames(mentions);
    const groups = groupMentions(text, mentions, lang, readHeadline(text, ctx.title, lang));
    const top = groups
      // Named in the headline or with some victim evidence: a lead also holds page chrome ("How to Protect Your WhatsApp").
      .filter((g) => g.inLead && !g.nonVictim && (g.named || g.mentions.length >= 2) && (g.headline !== null || g.cued + g.roles + g.speech > 0))
      .sort((a, b) => b.mentions.length - a.mentions.length || b.cued + b.roles - (a.cued + a.roles))[0];
    const facts: Fact[] = [];
    const victims = groups.map((g) => ({ g, score: scoreGroup(g, top) })).filter(({ score }) => score.victim);
    const short = findShortMentions(text, victims.map(({ g }) => g), mentions);
    for (const { g, score } of victims) {
      const all = [...g.mentions, ...(short.get(g) ?? []).filter((m) => !isExcluded(m, excluded))];
      const evidence = [...score.reasons, ...(g.business ? [CALLED_A_BUSINESS] : [])].join('; ');
      for (const m of all) {
        // "Yandex Mail" alone on a line of a product list, in Yandex's group: the product, not the company.
        if (g.mentions.length > 1 && foldKey(text.slice(m.start, m.end)) !== foldKey(g.value) && isProductLike(text, m)) continue;
        facts.push({
          category: 'organization',
          text: text.slice(m.start, m.end),
          start: m.start,
          end: m.end,
          value: g.value,
          ...(g.id ? { id: g.id } : {}),
          attrs: { evidence },
        });
      }
    }
    return facts.sort((a, b) => a.start - b.start);
  },
};
