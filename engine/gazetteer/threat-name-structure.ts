/**
 * Threat names no list holds, recognised by the words around them (GUIDELINES.md `actor`,
 * `malware`): new families and gangs are named every week, so the gazetteer alone misses them.
 *
 * - a type head after a name: "Xyz ransomware/stealer/loader/RAT/botnet/backdoor", "Xyz gang"
 *   ("Xyz hackers" is not one: "MongoDB hackers" are those who hit MongoDB),
 *   "the Xyz hacking group", "Xyz勒索软件/木马/僵尸网络", "Xyz团伙/黑客组织", "“某某”木马";
 * - a type head before a name: "the ransomware gang Xyz", "勒索软件团伙Xyz", "恶意软件Xyz";
 * - a naming phrase: "a new stealer dubbed Xyz", "tracked as Xyz", "名为Xyz的恶意软件";
 * - vendors' tracking codes: UNC1234, TA505, Storm-0558, DEV-0537, UAC-0050, MUT-1234 …;
 * - suspects of Chinese police reports named by surname (犯罪嫌疑人黄某, 将李某等3人抓获): GUIDELINES.md
 *   counts a named attacker as an actor.
 *
 * The head word stays out of the name ("Xyz ransomware" → Xyz), except a capitalised head that
 * is part of the family's own name ("Xyz Stealer", "Xyz RAT"). A name must look like one: words
 * of the language (determiners, platforms, file formats, nationalities, generic adjectives) are
 * never names; in English, a plain capitalised word counts only in running prose (lower-case head,
 * not at a sentence start), a camel-case, digit or upper-case name also in a title-case headline.
 * The scans run only when their head words occur in the text.
 */
import type { ThreatRole } from './group-or-malware';

/** A name found by its structure. */
export interface StructuredThreatName {
  start: number;
  end: number;
  role: ThreatRole;
  /** The rule that found it (tests and debugging). */
  rule: 'head-after' | 'head-before' | 'named' | 'tracking-code' | 'suspect';
}

// ---------------------------------------------------------------------------------------------
// Words that are never a name: general terms of the domain and the language (reviewed, no names).

const NOT_NAME_WORDS = (
  // determiners, pronouns, conjunctions, prepositions that open a noun phrase
  'a an the this that these those its their our your his her my any some many such other another each every no all both ' +
  'several multiple most more new novel same first second third latest last next previous earlier later early initial final ' +
  'and or of for from by with in on at to as via into over after before against about than ' +
  // generic adjectives and nouns of the domain
  'custom known unknown modular sophisticated malicious fake fileless open-source open source commodity generic legitimate ' +
  'remote access banking mobile destructive data info information credential credentials password crypto cryptocurrency ' +
  'cryptojacking ransomware malware stealer infostealer loader botnet backdoor trojan wiper worm spyware rootkit bootkit ' +
  'dropper downloader keylogger miner implant webshell shell rat virus payload tool tools kit exploit phishing ' +
  'updated upgraded advanced persistent dangerous notorious infamous prolific popular free cracked pirated public private ' +
  'own various different similar related associated dedicated specific particular additional multi-stage first-stage ' +
  'second-stage stage web cloud email mail iot router server desktop phone smartphone browser android windows linux unix ' +
  'ios macos mac osx esxi vmware nas python go golang rust java javascript typescript powershell php asp aspx jsp .net ' +
  'c c# c++ delphi nim lua perl bash vbscript vbs jscript autoit autohotkey vba excel word office pdf lnk iso msi html ' +
  'svg zip rar dll exe apk usb smb rdp ssh dns http https tcp udp api ai ml llm genai apt apts raas maas c2 cnc c&c ' +
  'ioc iocs ttp ttps cve poc it ot ics scada pos atm ddos dos botnets gang gangs group groups crew hackers hacker ' +
  'pc tv sms mms ole csrf xss sql irc p2p vpn mdm edr xdr av internet things app apps visual basic script shellcode ' +
  'pe elf macro macros binary module plugin plug-in component sample samples file files document documents ' +
  'threat threats actor actors attacker attackers operator operators affiliate affiliates member members team ' +
  'cyber cybercrime cybercriminal cybercriminals criminal criminals state state-sponsored nation-state hacktivist hacktivists ' +
  'global international national local foreign domestic government military police ransom extortion espionage ' +
  'covid covid-19 sars coronavirus chatgpt openai deepseek bitcoin ethereum monero usdt nft defi ' +
  // nationalities and regions in adjective use
  'chinese china russian russia iranian iran north south east west korean korea american us u.s. usa uk british ' +
  'israeli ukrainian pakistani indian vietnamese turkish brazilian european western eastern asian african latin ' +
  'arab arabic syrian palestinian belarusian japanese french german italian spanish dutch polish canadian australian ' +
  // words that start sentences, headlines and quotes
  'how why what when where who which while if but so yet also however after report reports researchers research ' +
  'security experts analysis alert warning breaking update updates weekly daily monthly top part inside meet'
).split(' ');
const NOT_NAME: ReadonlySet<string> = new Set(NOT_NAME_WORDS);

/** A character of a Latin name token: letters, digits and inner . _ - ("XWorm", "8Base", "Larva-208"). */
const TOKEN_CHAR = /[A-Za-z0-9._-]/;
const TOKEN_EDGE = /[A-Za-z0-9]/;

/** Where the Latin token ending at `end` starts (at most 40 characters back), or -1. */
function latinTokenStart(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < 40 && TOKEN_CHAR.test(text[s - 1])) s--;
  while (s < end && !TOKEN_EDGE.test(text[s])) s++;
  return s < end && TOKEN_EDGE.test(text[end - 1]) ? s : -1;
}
/** A version after a name ("4.0", "v2", "3.0"): part of the name, never a name alone. */
const VERSION_TOKEN = /^v?\d+(?:\.\d+)+$|^v\d+$/;
/** "Kremlin-backed", "Russia-linked": an adjective made from a name, not a name. */
const HYPHEN_ADJECTIVE = /-(?:backed|linked|based|sponsored|aligned|affiliated|nexus|speaking|related|themed|style|like|focused|funded|owned|made|era|stage|level|scale|wide|specific|[a-z]+ing|[a-z]+ed)$/i;

/** Whether `token` has a shape no ordinary word has: camel case, a digit, upper case (3+ letters). */
function isDistinctive(token: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(token) || /\d/.test(token) || (/^[A-Z][A-Z0-9]{2,}$/.test(token) && !NOT_NAME.has(token.toLowerCase()));
}

function isNameToken(token: string): boolean {
  return !NOT_NAME.has(token.toLowerCase()) && !HYPHEN_ADJECTIVE.test(token) && !/^\d+[KkMmBb]?$/.test(token) && !/[._-]$/.test(token);
}

/** Whether `start` opens a sentence, a line, a quote or a headline (the capital says nothing there). */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[\n.!?:;"“‘'(（【「。！？：；]/.test(text[i]);
}

interface NameSpan {
  start: number;
  end: number;
}

/**
 * The Latin name ending right before `end` (after optional spaces): up to three name tokens and a
 * version. `prose` (English): plain capitalised words are names only in running prose; Han context
 * (`prose` false): any token not a general word.
 */
function latinNameBefore(text: string, end: number, mode: 'en-prose' | 'en-title' | 'zh'): NameSpan | null {
  let e = end;
  while (e > 0 && text[e - 1] === ' ') e--;
  if (mode !== 'zh' && e === end) return null; // English needs the space before its head word
  const tokens: NameSpan[] = [];
  let pos = e;
  while (tokens.length < 4) {
    const start = latinTokenStart(text, pos);
    if (start < 0) break;
    if (start > 0 && /[A-Za-z0-9._@/\\#-]/.test(text[start - 1])) break; // part of a longer word or path
    tokens.unshift({ start, end: pos });
    if (start === 0 || text[start - 1] !== ' ' || (start > 1 && text[start - 2] === ' ')) break;
    pos = start - 1;
  }
  // Keep the tokens nearest the head that are name tokens; a version only after a name token.
  const kept: NameSpan[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = text.slice(tokens[i].start, tokens[i].end);
    if (kept.length === 0 && VERSION_TOKEN.test(t) && i > 0) {
      kept.unshift(tokens[i]);
      continue;
    }
    if (!isNameToken(t)) break;
    if (mode !== 'zh') {
      const capital = /^[\p{Lu}\p{N}]/u.test(t);
      if (!capital) break;
      // In a title-case headline every word is capitalised, and upper-case words shout: only
      // camel case or a digit marks a name there.
      if (mode === 'en-title' ? !/\p{Ll}\p{Lu}|\d/u.test(t) : !isDistinctive(t) && opensSentence(text, tokens[i].start)) break;
    }
    kept.unshift(tokens[i]);
    if (kept.length >= 3) break;
  }
  while (kept.length && VERSION_TOKEN.test(text.slice(kept[0].start, kept[0].end))) kept.shift();
  if (kept.length === 0) return null;
  if (/[$€£¥]/.test(text[kept[0].start - 1] ?? '')) return null; // an amount: "$55K ransomware demand"
  const name = { start: kept[0].start, end: kept[kept.length - 1].end };
  const first = text.slice(name.start, kept[0].end);
  // A lone lower-case token in Chinese text is a word ("web", "app"), unless it holds a digit.
  if (mode === 'zh' && kept.length === 1 && /^[a-z]+$/.test(first) && first.length < 4) return null;
  return name;
}

/** The Latin name starting at `start` (after optional spaces and an opening quote). */
function latinNameAfter(text: string, start: number, mode: 'en' | 'zh'): NameSpan | null {
  let s = start;
  while (s < text.length && text[s] === ' ') s++;
  const quoted = /[“"「『‘']/.test(text[s] ?? '');
  if (quoted) s++;
  // Inner dots only: "OSX.Dok", not the full stop of "… gang Velmora."
  const re = /[A-Za-z0-9](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9]))*(?:-[A-Za-z0-9](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9]))*)*/y;
  const tokens: NameSpan[] = [];
  let pos = s;
  while (tokens.length < 3) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    const t = m[0];
    if (VERSION_TOKEN.test(t) && tokens.length > 0) {
      tokens.push({ start: pos, end: pos + t.length });
      break;
    }
    if (!isNameToken(t)) break;
    if (mode === 'en' && !/^[\p{Lu}\p{N}]/u.test(t)) break;
    tokens.push({ start: pos, end: pos + t.length });
    pos += t.length;
    if (text[pos] !== ' ' || !/[A-Za-z0-9]/.test(text[pos + 1] ?? '')) break;
    pos++;
  }
  // Trim a trailing "." of a sentence end from the last token ("… gang Akira.").
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1];
  while (last.end > last.start && /[._]/.test(text[last.end - 1])) last.end--;
  const name = { start: tokens[0].start, end: last.end };
  if (name.end <= name.start) return null;
  if (/[\p{L}\p{N}]/u.test(text[name.end] ?? '') && mode === 'en') return null;
  // In English, one plain word after a head must be capitalised and not open "Microsoft said".
  if (mode === 'zh' && tokens.length === 1 && /^[a-z]+$/.test(text.slice(name.start, name.end))) return null;
  return name;
}

/** Generic words of the domain that a quote may hold (“黑客”组织, “勒索”病毒): never a name. */
const HAN_GENERIC = /勒索|木马|病毒|团伙|组织|黑客|软件|程序|网络|诈骗|攻击|漏洞|数据|信息|电信|洗钱|跑分|水军|黑产|灰产|色情|赌博|杀猪/u;

function isQuotedName(name: string): boolean {
  return isNameToken(name.trim()) && !HAN_GENERIC.test(name) && name.trim().length >= 2;
}

/** A quoted Han (or mixed) name right before `end`: “银狐”木马, 「某某」团伙. */
function quotedNameBefore(text: string, end: number): NameSpan | null {
  let e = end;
  while (e > 0 && text[e - 1] === ' ') e--;
  if (!/[”"」』’]/.test(text[e - 1] ?? '')) return null;
  const m = /[“"「『‘]\s*([\p{Script=Han}A-Za-z0-9·._ -]*[\p{Script=Han}A-Za-z0-9])\s*$/u.exec(text.slice(Math.max(0, e - 17), e - 1));
  if (!m) return null;
  const start = e - 1 - (m[0].length - m[0].indexOf(m[1]));
  return isQuotedName(m[1]) ? { start, end: start + m[1].length } : null;
}

/** A quoted Han (or mixed) name right after `start`: 木马“修狗”. */
function quotedNameAfter(text: string, start: number): NameSpan | null {
  const m = /\s*[“"「『]([\p{Script=Han}A-Za-z0-9·._ -]{2,12})[”"」』]/uy;
  m.lastIndex = start;
  const r = m.exec(text);
  if (!r) return null;
  const s = r.index + r[0].indexOf(r[1]);
  return isQuotedName(r[1]) ? { start: s, end: s + r[1].length } : null;
}

// ---------------------------------------------------------------------------------------------
// English heads.

/** Malware heads after a name; a capitalised RAT/Stealer/Loader/Botnet is part of the name. */
const EN_MALWARE_HEAD =
  /(?<![\p{L}\p{N}-])(?:ransomware|malware|info-?stealer|stealer|loader|RAT|botnet|backdoor|web ?shell|wiper|(?:banking |remote access )?trojan|spyware|rootkit|bootkit|dropper|downloader|keylogger|worm|cryptominer|implant|variant|strain|encryptor|locker|phishing kit|PhaaS kit)(?![\p{L}\p{N}-])/giu;
/** Capitalised heads that belong to the family's own name ("Skuld Stealer", "XWorm RAT"). */
const HEAD_IN_NAME = /^(?:RAT|Stealer|Infostealer|Loader|Botnet|Backdoor|Wiper|Locker|Miner|Worm|Shell|WebShell)$/;
/** Group heads after a name; "group" alone only with a qualifier or after a distinctive name. */
const EN_GROUP_HEAD =
  /(?<![\p{L}\p{N}-])(?:(?:ransomware|hacking|hacker|hacktivist|threat|cybercrime|cyber-?criminal|criminal|extortion|APT|espionage|state-sponsored|data extortion) (?:gang|group|crew|collective|syndicate|actor|cartel)|gang|crew|threat actors?|group)(?![\p{L}\p{N}-])/giu;
/** Group heads before a name ("the ransomware gang Akira", "hacktivist group Handala"). */
const EN_GROUP_HEAD_BEFORE =
  /(?<![\p{L}\p{N}-])(?:ransomware|hacking|hacker|hacktivist|threat|cybercrime|cyber-?criminal|extortion|APT|espionage|state-sponsored) (?:gang|group|crew|collective|actor)(?: (?:called|named|dubbed|known as))? (?=["“']?[A-Z0-9])/gu;
/** Naming phrases: "dubbed Xyz", "tracked as Xyz", "a group known as Xyz". */
const EN_NAMED = /(?<![\p{L}\p{N}-])(?:dubbed|codenamed|code-named|tracked as|known as|calls? itself|calling itself|self-styled|self-proclaimed|named|called)\s+(?:the\s+)?(?=["“']?[A-Z0-9])/gu;
/** The kind said before a naming phrase ("a new stealer dubbed", "the group tracked as"). */
const EN_KIND_BEFORE =
  /(?<kind>ransomware|malware|stealer|infostealer|loader|RAT|botnet|backdoor|web ?shell|wiper|trojan|spyware|rootkit|bootkit|dropper|downloader|keylogger|worm|implant|variant|strain|family|gang|group|crew|collective|actor|hackers|cluster|syndicate)s?(?: [\w-]+){0,2},? *$/iu;
const EN_GROUP_KIND = /^(?:gang|group|crew|collective|actor|hackers|cluster|syndicate)$/i;

/** A group word right after a malware head ("Akira ransomware gang/operators"). */
const GROUP_WORD_AFTER = /^[\s-]*(?:gangs?|groups?|crews?|operators?|operations?|affiliates?|actors?|threat actors?|members?|cartel|syndicate|team)(?![\p{L}\p{N}])/iu;
/** A noun after a head that makes the head its modifier ("ransomware attack", "malware protection"). */
const MODIFIED_NOUN_AFTER =
  /^[\s-]*(?:attacks?|incidents?|outbreaks?|protection|removal|analysis|analysts?|researchers?|research|detection|scanners?|scanning|defen[cs]es?|threats?|landscape|market|economy|industry|epidemic|crisis|victims?|hunters?|experts?|demands?|scare|problem|issue)(?![\p{L}\p{N}])/iu;
/** Nationality adjectives by their ending ("Sudanese", "Iranian", "Israeli"). */
const NATIONALITY_SHAPE = /(?:ese|ian|ean|ish|an|i)$/;

/** Whether Han characters sit right around [start, end): Latin words inside Chinese text. */
function hanNear(text: string, start: number, end: number): boolean {
  return /\p{Script=Han}/u.test(text.slice(Math.max(0, start - 30), start)) || /\p{Script=Han}/u.test(text.slice(end, end + 3));
}

/** Cheap test of whether any English head can be in the text. */
const EN_ANY_HEAD = /ransomware|malware|stealer|loader|RAT|botnet|backdoor|shell|wiper|trojan|spyware|rootkit|bootkit|dropper|downloader|keylogger|worm|miner|implant|variant|strain|encryptor|locker|gang|group|crew|hackers|actor|dubbed|named|called|known as|tracked as|itself|self-/i;

function englishNames(text: string, out: StructuredThreatName[]): void {
  for (const m of text.matchAll(EN_MALWARE_HEAD)) {
    const head = m[0];
    const after = text.slice(m.index + head.length, m.index + head.length + 20);
    // "Akira ransomware gang": the group head decides (below).
    if (GROUP_WORD_AFTER.test(after)) continue;
    // "the Atlanta ransomware attack", "malware protection": the head is a modifier, and a victim
    // or a product stands before it.
    if (MODIFIED_NOUN_AFTER.test(after)) continue;
    const lowerHead = head === head.toLowerCase();
    // "RAT" is written in capitals in prose too; other capitalised heads are title case, except
    // those that belong to a family's name in Chinese text, which has no title case ("Skuld Stealer").
    const inName = head === 'RAT' || (HEAD_IN_NAME.test(head) && hanNear(text, m.index, m.index + head.length));
    const mode = lowerHead || inName ? 'en-prose' : 'en-title';
    if (!lowerHead && head !== 'RAT' && /^[A-Z]+$/.test(head)) continue; // "MALWARE" in a shouted headline
    const name = latinNameBefore(text, m.index, mode);
    if (!name) continue;
    if (/^(?:variant|strain|encryptor|locker)$/i.test(head) && !isDistinctive(text.slice(name.start, name.end).split(' ')[0])) continue;
    const end = HEAD_IN_NAME.test(head) ? m.index + head.length : name.end;
    out.push({ start: name.start, end, role: 'malware', rule: 'head-after' });
  }
  for (const m of text.matchAll(EN_GROUP_HEAD)) {
    const head = m[0];
    if (/^[A-Z][a-z]/.test(head)) {
      // "Threat Actor" in a headline: only distinctive names. "Xyz Group" names a company.
      const name = /^group$/i.test(head) ? null : latinNameBefore(text, m.index, 'en-title');
      if (name) out.push({ start: name.start, end: name.end, role: 'actor', rule: 'head-after' });
      continue;
    }
    const name = latinNameBefore(text, m.index, 'en-prose');
    if (!name) continue;
    const words = text.slice(name.start, name.end).split(' ');
    // "the Adani group", "the Tata group": a plain "group" needs a name no ordinary word is.
    if (head.toLowerCase() === 'group' && !words.some(isDistinctive)) continue;
    // "Sudanese hackers", "Iranian threat actors": a nationality, not a name.
    if (words.length === 1 && !isDistinctive(words[0]) && NATIONALITY_SHAPE.test(words[0])) continue;
    out.push({ start: name.start, end: name.end, role: 'actor', rule: 'head-after' });
  }
  for (const m of text.matchAll(EN_GROUP_HEAD_BEFORE)) {
    const name = latinNameAfter(text, m.index + m[0].length, 'en');
    if (name) out.push({ ...name, role: 'actor', rule: 'head-before' });
  }
  for (const m of text.matchAll(EN_NAMED)) {
    const name = latinNameAfter(text, m.index + m[0].length, 'en');
    if (!name) continue;
    const kind = EN_KIND_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.groups?.kind;
    const tracked = /^tracked/i.test(m[0]);
    if (!kind && !tracked) continue;
    if (/^CVE-/i.test(text.slice(name.start, name.end))) continue;
    const role: ThreatRole = tracked || EN_GROUP_KIND.test(kind!) ? 'actor' : 'malware';
    // "a family called …" in plain words may be anything; a family's name has a name's shape.
    const words = text.slice(name.start, name.end).split(' ');
    if (/^family$/i.test(kind ?? '') && !words.some(isDistinctive)) continue;
    out.push({ ...name, role, rule: 'named' });
  }
}

// ---------------------------------------------------------------------------------------------
// Chinese heads.

const ZH_GROUP_QUALIFIER = '(?:勒索软件|勒索病毒|勒索|黑客|APT|网络犯罪|犯罪|威胁|攻击|网络间谍|间谍|黑产|诈骗|网络)';
/** Malware heads (after or before a name). */
const ZH_MALWARE_HEAD =
  '(?:勒索软件|勒索病毒|勒索木马|(?:恶意软件|木马|后渗透|渗透|攻击|C2)框架|恶意软件|恶意程序|远控木马|远程访问木马|远控|(?:网络)?钓鱼工具包|钓鱼套件|加密程序|加密器|窃密木马|窃密软件|信息窃取(?:器|程序|木马|软件)|窃取(?:器|程序)|银行木马|挖矿木马|挖矿程序|僵尸网络|后门程序|后门|木马程序|木马|蠕虫病毒|蠕虫|间谍软件|加载器|下载器|擦除器|擦除软件|Webshell|WebShell|webshell)';
/** "X团伙/组织/黑客组织/勒索软件团伙" after a name. */
const ZH_GROUP_AFTER = new RegExp(`^\\s*(?:${ZH_GROUP_QUALIFIER}\\s*)?(?:团伙|组织|团体|小组)`, 'u');
/** Plain 病毒 is also a biological virus (HIV 病毒, 病毒学研究所): only 病毒家族 counts. */
const ZH_MALWARE_AFTER = new RegExp(`^\\s*(?:${ZH_MALWARE_HEAD}|病毒家族|变种)`, 'u');
/** A group head that names a gang: 组织 alone is any organisation (称为CERT的组织). */
const ZH_QUALIFIED_GROUP_AFTER = new RegExp(`^\\s*(?:${ZH_GROUP_QUALIFIER}\\s*(?:团伙|组织|团体|小组)|团伙|威胁(?:行为)?者|威胁参与者|威胁行为体|黑客)`, 'u');
/** A head, then a name: "勒索软件团伙Akira", "黑客组织Handala", "恶意软件Xyz", "木马“修狗”". */
const ZH_HEAD_BEFORE = new RegExp(
  `(?<group>${ZH_GROUP_QUALIFIER}(?:团伙|组织|团体)|团伙)|(?<malware>${ZH_MALWARE_HEAD}(?:家族)?)(?=\\s*[“"「『]?[A-Za-z0-9\\p{Script=Han}])`,
  'gu',
);
/** Any Chinese head word (the scans run only when one occurs). */
const ZH_ANY_HEAD = /勒索|恶意|木马|僵尸|后门|蠕虫|间谍|窃密|窃取|挖矿|加载器|下载器|擦除|团伙|组织|团体|小组|病毒|名为|代号|称为|自称|命名|追踪为|跟踪为|某/u;
/** A Chinese head right after a Latin letter or digit (and a space): the name is read backwards from it. */
const HAN_HEAD_AFTER_LATIN = new RegExp(`(?<=[A-Za-z0-9] ?)(?:${ZH_GROUP_QUALIFIER}|${ZH_MALWARE_HEAD}|团伙|组织|团体|小组|病毒家族|变种)`, 'gu');
const ZH_GROUP_BEFORE_NAMING = new RegExp(`${ZH_GROUP_QUALIFIER}(?:团伙|组织|团体)[，,\\s]*(?:被|也)?$`, 'u');
const ZH_MALWARE_BEFORE_NAMING = new RegExp(`${ZH_MALWARE_HEAD}[，,\\s]*(?:被|也)?$`, 'u');
/** "等" and a kind after a name: "Winos 4.0 等复杂恶意软件", "Xyz等黑客团伙". */
const ZH_EXAMPLE_OF_KIND = new RegExp(
  `\\s*等(?:多种|多个|各种|复杂|新型|知名)?的?\\s*(?:(?<group>${ZH_GROUP_QUALIFIER}(?:团伙|组织))|${ZH_MALWARE_HEAD})`,
  'gu',
);
/** Naming phrases: 名为X的…, 代号为X, 自称X, 被追踪为X. */
const ZH_NAMED = /(?:名为|名叫|叫做|称为|称作|自称|代号为?|命名为|追踪为|跟踪为|标记为|编号为)\s*/gu;

/** The role a Chinese head after [.., end) gives, or null; `qualified`: 组织 alone is no gang. */
function zhRoleAfter(text: string, end: number, qualified = false): ThreatRole | null {
  const after = text.slice(end, end + 16).replace(/^[”"」』’]/, '');
  if ((qualified ? ZH_QUALIFIED_GROUP_AFTER : ZH_GROUP_AFTER).test(after)) return 'actor';
  if (ZH_MALWARE_AFTER.test(after)) return 'malware';
  return null;
}

/** "X组织" with X an upper-case acronym is an organisation (ISO组织, OWASP组织), not a gang. */
function isPlainOrganisation(text: string, name: NameSpan, end: number): boolean {
  const after = text.slice(end, end + 8).replace(/^[\s”"」』’]+/, '');
  return /^组织/.test(after) && /^[A-Z]{2,6}$/.test(text.slice(name.start, name.end));
}

function chineseNames(text: string, out: StructuredThreatName[]): void {
  // A Latin name, then a head: "Termite勒索软件团伙", "XWorm RAT", "Winos 4.0木马".
  for (const m of text.matchAll(HAN_HEAD_AFTER_LATIN)) {
    const end = text[m.index - 1] === ' ' ? m.index - 1 : m.index;
    const role = zhRoleAfter(text, end);
    if (!role) continue;
    const name = latinNameBefore(text, end, 'zh');
    if (!name) continue;
    if (name.start > 0 && /[A-Za-z0-9]/.test(text[name.start - 1])) continue;
    if (role === 'actor' && isPlainOrganisation(text, name, end)) continue;
    out.push({ ...name, role, rule: 'head-after' });
  }
  // "Winos 4.0 等复杂恶意软件": a name, 等 and a head (the example of a kind).
  for (const m of text.matchAll(ZH_EXAMPLE_OF_KIND)) {
    const role: ThreatRole = m.groups?.group ? 'actor' : 'malware';
    const name = latinNameBefore(text, m.index, 'zh');
    if (name && !(name.start > 0 && /[A-Za-z0-9]/.test(text[name.start - 1]))) out.push({ ...name, role, rule: 'head-after' });
  }
  // A quoted name, then a head: “银狐”团伙, “修狗”木马.
  for (const m of text.matchAll(/[”"」』]/gu)) {
    const role = zhRoleAfter(text, m.index + 1);
    if (!role) continue;
    const name = quotedNameBefore(text, m.index + 1);
    if (name) out.push({ ...name, role, rule: 'head-after' });
  }
  // A head, then a name: "勒索软件团伙Akira", "恶意软件Xyz", "木马“修狗”".
  for (const m of text.matchAll(ZH_HEAD_BEFORE)) {
    const role: ThreatRole = m.groups?.group ? 'actor' : 'malware';
    const at = m.index + m[0].length;
    const name = latinNameAfter(text, at, 'zh') ?? quotedNameAfter(text, at);
    if (!name) continue;
    // "勒索软件团伙Akira勒索软件": the head after decides (the scan above reports it).
    if (zhRoleAfter(text, name.end) !== null) continue;
    out.push({ ...name, role, rule: 'head-before' });
  }
  // A naming phrase: 名为X的勒索软件, 一个名为X的黑客组织, 被追踪为X.
  for (const m of text.matchAll(ZH_NAMED)) {
    const at = m.index + m[0].length;
    const name = latinNameAfter(text, at, 'zh') ?? quotedNameAfter(text, at);
    if (!name) continue;
    let after = name.end;
    while (/[”"」』’\s的]/.test(text[after] ?? '') && after < name.end + 3) after++;
    // "名为X的新型钓鱼工具包": an adjective may stand between 的 and the head.
    let role = zhRoleAfter(text, after, true);
    const adjective = /^(?:新型|新的|一种|一个|复杂)/u.exec(text.slice(after, after + 2))?.[0];
    if (!role && adjective) role = zhRoleAfter(text, after + adjective.length, true);
    if (!role) {
      // "一个新的勒索软件团伙，名为Xyz": the head right before the phrase.
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      if (/追踪|跟踪/.test(m[0])) role = 'actor';
      else if (ZH_GROUP_BEFORE_NAMING.test(before)) role = 'actor';
      else if (ZH_MALWARE_BEFORE_NAMING.test(before)) role = 'malware';
    }
    if (role) out.push({ ...name, role, rule: 'named' });
  }
  suspects(text, out);
}

// ---------------------------------------------------------------------------------------------
// Suspects named by surname in Chinese police reports (黄某, 李某某).

/** The hundred commonest Chinese surnames (a general list). */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const SUSPECT = `[${SURNAMES}]某{1,2}`;
/** A suspect's title before the name, or an arrest after it. */
const SUSPECT_TITLED = new RegExp(`(?:犯罪嫌疑人|嫌疑人|被告人|嫌犯|被告|主犯|从犯|涉案人员?|违法行为人|作案人)\\s*(${SUSPECT})((?:\\s*[、和及与]\\s*${SUSPECT})*)`, 'gu');
const SUSPECT_ARRESTED = new RegExp(
  `(?<![\\p{Script=Han}])(${SUSPECT})((?:\\s*[、和及与]\\s*${SUSPECT})*)(?:等\\s*\\d*\\s*[名人]*)?\\s*(?:已\\s*)?(?:被|因|涉嫌)?\\s*(?:抓获|刑事拘留|刑拘|逮捕|批捕|判处|判刑|落网|归案|非法|犯)`,
  'gu',
);
const SUSPECT_CAUGHT = new RegExp(`将(?:犯罪嫌疑人|嫌疑人)?\\s*(${SUSPECT})((?:\\s*[、和及与]\\s*${SUSPECT})*)(?:等\\s*\\d*\\s*[名人]*)?\\s*(?:抓获|刑事拘留|刑拘|逮捕|抓捕|控制)`, 'gu');
const ONE_SUSPECT = new RegExp(SUSPECT, 'gu');
/** A victim's or witness's title before the name: not a suspect. */
const NOT_SUSPECT_BEFORE = /(?:受害人|被害人|事主|报案人|报警人|网民|市民|群众|员工|客户|证人)\s*$/u;

function suspects(text: string, out: StructuredThreatName[]): void {
  if (!text.includes('某')) return;
  for (const re of [SUSPECT_TITLED, SUSPECT_ARRESTED, SUSPECT_CAUGHT]) {
    for (const m of text.matchAll(re)) {
      const first = m.index + m[0].indexOf(m[1]);
      if (NOT_SUSPECT_BEFORE.test(text.slice(Math.max(0, first - 6), first))) continue;
      out.push({ start: first, end: first + m[1].length, role: 'actor', rule: 'suspect' });
      if (!m[2]) continue;
      const restStart = first + m[1].length;
      for (const s of m[2].matchAll(ONE_SUSPECT)) out.push({ start: restStart + s.index, end: restStart + s.index + s[0].length, role: 'actor', rule: 'suspect' });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Tracking codes.

/**
 * Vendors' names for clusters they have not attributed: Mandiant UNC1234, Proofpoint TA505,
 * Microsoft Storm-0558 / DEV-0537 (风暴-0558 in Chinese), CERT-UA UAC-0050, Talos UAT-1234,
 * Mandiant/Google FIN7, APT41, TAG-22, Datadog MUT-1234, PRODAFT LARVA-208, Unit 42 CL-STA-0048,
 * TGR-STA-1234, 360 APT-C-53, QiAnXin APT-Q-12.
 */
const TRACKING_CODE =
  /(?<![A-Za-z0-9_./-])(?:UNC\d{3,5}|TA\d{3,4}|(?:Storm|STORM|风暴|DEV|UAC|UAT|MUT|TAG|Larva|LARVA|TGR-STA|TGR-CRI|CL-STA|CL-CRI|CL-UNK|APT-C|APT-Q|APT-K)-\d{2,5}|APT ?\d{1,3}|FIN\d{1,2}|TEMP\.[A-Z][a-z]+)(?![A-Za-z0-9_/-]|\.\d)/gu;

function trackingCodes(text: string, out: StructuredThreatName[]): void {
  for (const m of text.matchAll(TRACKING_CODE)) out.push({ start: m.index, end: m.index + m[0].length, role: 'actor', rule: 'tracking-code' });
}

// ---------------------------------------------------------------------------------------------

let cachedText: string | null = null;
let cachedNames: readonly StructuredThreatName[] = [];

/**
 * Every threat name found by its structure in `text`, in text order (overlaps possible; the
 * extractors choose). The last text's result is kept: the actor and malware extractors both ask.
 */
export function findStructuredThreatNames(text: string): readonly StructuredThreatName[] {
  if (text === cachedText) return cachedNames;
  const out: StructuredThreatName[] = [];
  trackingCodes(text, out);
  if (EN_ANY_HEAD.test(text)) englishNames(text, out);
  if (ZH_ANY_HEAD.test(text)) chineseNames(text, out);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  cachedText = text;
  cachedNames = out;
  return out;
}

/** "（又名 Xyz）", "(aka Xyz)", ", also known as Xyz" right after a name. */
const ALIAS_AFTER = /^\s*[（(,，]\s*(?:又名|又称|亦称|也称为?|也被称为|也叫|别名|aka|a\.k\.a\.|also known as|also called|also tracked as)\s*/iu;

/**
 * The other name given right after a threat name that ends at `end` ("Mispadu（又名 URSA）",
 * "Xyz (aka Abc)"): the same actor or family, so the same role.
 */
export function findAliasAfter(text: string, end: number): { start: number; end: number } | null {
  const m = ALIAS_AFTER.exec(text.slice(end, end + 40));
  if (!m) return null;
  const at = end + m[0].length;
  return latinNameAfter(text, at, /\p{Script=Han}/u.test(m[0]) ? 'zh' : 'en') ?? quotedNameAfter(text, at);
}
