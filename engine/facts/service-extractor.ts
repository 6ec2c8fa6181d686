/**
 * Service extractor: services, systems, products or sites that were disrupted, breached or
 * affected, or that the article explicitly says were not (`attrs.status`: affected | unaffected),
 * in English and Chinese (corpus/GUIDELINES.md).
 *
 * How: a service phrase is a noun phrase that ends in a service head ("customer call centres",
 * "Dish Anywhere app", "国际寄件服务", "SAP系统"), or a site name (Dish.com); it counts only inside a
 * clause or sentence that carries a disruption cue (outage, offline, 中断, 瘫痪, …) or an explicit
 * no-impact cue (remain operational, 未受影响, 正常运行, …). The cue nearest to the phrase in its
 * clause decides the status; no-impact cues are matched first so "not affected" never reads as
 * "affected".
 *
 * Precision: a service must be something a victim operates. A phrase is dropped when its head is a
 * modifier of another noun ("email addresses", "服务商"), when an article or quantity introduces it
 * ("a backup system", "an email"), when a modifier makes it the attacker's or nobody's ("leak
 * site", "虚假网站") or only says how much ("严重服务", "全面服务", "核心系统"), when it names a news
 * source ("Bleeping Computer 网站"), or when it joins bare heads ("网站和网络"). A phrase with no
 * owner — no proper name inside, no possessive before ("its", "X’s", "其"), no known organisation
 * before it; an acronym of a kind such as IT or VoIP is no name) — needs a disruption cue in its
 * own sentence that says it stopped working; weak cues (attacked, accessed, stolen, 访问, 攻击) only
 * count for owned or named services, or when the phrase is itself the subject or object of the
 * breach ("对X进行了攻击", "X遭到入侵", "breached the X"). A neighbouring sentence lends only a cue
 * that says something stopped working. The sentence's structure also drops: a breach denied
 * ("没有迹象表明X遭到入侵" → unaffected), the attacker's means ("通过X等服务外传"), a purpose
 * ("旨在", "以确保"), a condition or concessive possibility ("一旦", "也可能"), a time clause of a
 * general case ("当X被感染时"), users' own accounts, sentences dated years before the article.
 *
 * English structures (issue 11): a named possessive owner belongs to a bare head or to its "own"
 * systems ("CloudPets’ databases", "ABTA’s own IT systems"); a count says how many, not whose ("32
 * million accounts"), unless an owner follows ("153 networks of a hosting company"); people's
 * accounts and records, ransom payments, the attacker's channels ("distributed via", "sent from"),
 * a descriptor before a name ("courier service FedEx"), a site that reports ("X.net tracked") and a
 * platform named by kind ("operating system") are no victim's service; "gained access to", "broke
 * into", "the hacking of" bind a generic phrase; a denial names what it includes ("no breaches in
 * any of X’s systems including A and B").
 *
 * Vocabulary and its structures (issue 11, items 1–2): the domain's service nouns are one reviewed
 * list (data/service-nouns.ts: hotlines, ATMs, forums, grids, EV chargers, e-learning, voting,
 * border control, EHR, …); a store (database, bucket, drive) is hit when it is left open
 * ("unsecured", "publicly accessible"), a cue said of nothing else; a fallback to paper says a system
 * is gone, "stayed open" / "still in use" that it was not; a forum one is on or in is a place; a
 * backup is the recovery's means unless it was wiped or left open; only sector or kind words before
 * a head and nobody's name ("critical infrastructure", "corporate networks") make no one's service;
 * "the servers of a Toronto law firm" names its owner by kind.
 *
 * Sixth round (issue 11): a store its own clause says was left open is found however it is introduced
 * ("an internet-facing backup drive that was not password-protected"), and keeps whose people's data
 * it holds ("the database of Norrvik’s customers"); "steal", "were able to access", "took over" and
 * "introduced into" bind a phrase; a possessive pronoun makes generic systems the subject's ("its
 * systems were encrypted"). No victim's service: a service's faults ("server errors"), a site or a
 * news service that reports, a link's target or a tweet's account, systems named by where they run
 * ("on-premises infrastructure"), what a defender safeguards, advice inside a sentence ("should
 * monitor their bank accounts"), names after a preposition of place, people (a title or a given
 * name), the event word opening a sentence, phony or hidden services, a state's operations, a
 * statement's quotation, and verbs or adverbs before a head ("typically exploit", "Don’t open").
 *
 * Seventh round (issue 11), roles in the sentence that make a phrase no victim's service: the attacker's
 * own or used by it ("gangs’ use of customer portals", "the network exploited by the attackers", "into their
 * own wallets"), the imitation itself ("pages that mimic …"), what something is built or used for or could
 * suffer ("in order to destroy …", "which we use for log storage", "could be exploited", "可能允许…"), the
 * object of an attempt, a stolen or traded copy of a store, consumers' own devices, a generic or a security
 * firm's owner, a prospect, a source ("according to website x.com"), a person's field ("head of financial
 * services", "Communications Minister"), an organisation's longer name, 某 ("a certain"). Platforms and
 * protocols (Windows, Linux, IoT, RDP) name kinds, not owners; an owner in a relative clause ("servers that
 * Larkspur Hosting ran") names whose.
 *
 * Eighth round (issue 11), the vocabulary audited by kind of organisation (transport, health, finance, retail,
 * government, education, utilities, telecom, media, manufacturing, IT, DeFi): an organisation named by its kind
 * with "the" owns a domain noun ("the carmaker's production lines"), and so does one before 的 in Chinese
 * ("医院的透析", "其生产线"), which the phrase finder leaves out of the name; a domain noun of two words or more
 * is specific alone ("Parcel tracking was suspended", "the water supply was not affected"); a possessive binds a
 * bare machine word to the attack after it ("the district's network was hit by ransomware"); a product named
 * as the subject of an outage predicate went down ("Slack was down", "Outlook and Teams suffered an outage").
 * An intrusion is said by what was put where ("installed malware on its point-of-sale systems", "injected code
 * into the checkout page", "stolen from the payment system"); a relative clause's verb is no modifier ("servers
 * that process payments"); a number after a name counts nothing ("Office 365 accounts"). A denial may come
 * by the verb ("did not affect", "no disruption to", 未对…造成影响). In Chinese a domain noun a few plain
 * characters before another head modifies it ("行李分拣系统"), and 对 of 对讲 and 对账 is no preposition.
 *
 * Named products: a name coordinated with a service phrase ("Firefox 和 Tor 浏览器"), a product
 * whose users are attacked, the product whose flaw an attack used ("利用微软Exchange存在的漏洞",
 * "exploited a flaw in Exchange Server 2019"), a product written with its version in a sentence
 * that says it failed, and names introduced by 名为 beside a service word.
 */
import { buildAlternation } from '../entities/build-alternation';
import { findHanPhrases } from '../entities/find-han-phrases';
import { findLatinNames } from '../entities/find-latin-names';
import { findInlineLists, findLineListItems } from '../entities/find-listed-items';
import { keepLongestSpans } from '../entities/keep-longest-spans';
import { AGENCY_NAMES, KNOWN_ORGANIZATIONS, NON_VICTIM_ORGANIZATIONS } from '../entities/organization-gazetteers';
import { findSpanIndex, splitClauses, splitSentences } from '../entities/split-sentences';
import { ORG_HEADS_EN, ORG_HEADS_ZH } from '../data/organization-cues';
import { COUNTRY_PLACES } from '../data/agencies-places';
import { GIVEN_NAMES } from '../data/given-names';
import { ACTION_VERBS_ZH, ADVERBS_ZH, CAUSE_VERBS_ZH, PRODUCT_COUNTS_ZH } from '../data/service-phrase-words-zh';
import { ACTION_VERBS_EN, SERVICE_GERUNDS_EN } from '../data/service-phrase-words-en';
import { AFFECTED_EN, AFFECTED_ZH, BARE_SERVICE_HEADS, DOMAIN_SERVICE_HEADS_EN, DOMAIN_SERVICE_HEADS_ZH, OWNED_SERVICE_HEADS_EN, SERVICE_HEADS_EN, SERVICE_HEADS_ZH, STORE_SERVICE_HEADS, UNAFFECTED_EN, UNAFFECTED_ZH } from '../data/service-cues';
import { countStartingBefore, spansOverlap } from '../text-spans';
import type { Fact, Span } from '../types';
import type { ExtractContext, FactExtractor } from './extractor';

type Status = 'affected' | 'unaffected';

/** Agencies own services too ("国家税务局的网站"). */

const HEAD_EN = new RegExp(`(?<![\\p{L}\\p{N}-])${buildAlternation(SERVICE_HEADS_EN)}(?![\\p{L}\\p{N}])`, 'giu');
const HEAD_EN_AT_END = new RegExp(`(?<![\\p{L}\\p{N}-])${buildAlternation(SERVICE_HEADS_EN)}$`, 'iu');
const HEAD_WORD_EN = new RegExp(`^${buildAlternation(SERVICE_HEADS_EN)}$`, 'i');
const HEAD_ZH_AT_END = new RegExp(`${buildAlternation(SERVICE_HEADS_ZH)}$`, 'u');
const DOMAIN_HEAD_AT_END_ZH = new RegExp(`(?:${buildAlternation([...DOMAIN_SERVICE_HEADS_ZH])})$`, 'u');
const HEAD_SOON_AFTER_ZH = new RegExp(`^(\\p{Script=Han}{1,4}?)(?:${buildAlternation(SERVICE_HEADS_ZH.filter((h) => /^\p{Script=Han}/u.test(h)))})`, 'u');
const HEAD_ZH_AT_START = new RegExp(`^(?:${buildAlternation(SERVICE_HEADS_ZH)})`, 'u');
// "网络安全", "系统漏洞": a head followed by these is part of another word, not a service; so is a
// station ("电视台") or a card ("医保卡"; not "系统卡死", a cue).
const NOT_AFTER_HEAD_ZH = '(?!安全(?!且|无虞)|攻击|犯罪|钓鱼|威胁|空间|战|黑客|罪|诈骗|勒索|事件|漏洞|专家|研究|防御|防护|监管|运营商|台|卡(?![死顿住]))';
// A head written in Latin letters (APP, VPN) starts a word: the "App" of "WhatsApp" is no head.
const HEAD_ZH = new RegExp(
  `(?:(?<![A-Za-z])${buildAlternation(SERVICE_HEADS_ZH.filter((h) => /^[A-Za-z]/.test(h)))}|${buildAlternation(SERVICE_HEADS_ZH.filter((h) => !/^[A-Za-z]/.test(h)))})${NOT_AFTER_HEAD_ZH}`,
  'gu',
);
/** Heads of services that hold data or value, for which exposure or theft is the disruption. */
const STORE_HEAD_AT_END = new RegExp(`(?<![A-Za-z])${buildAlternation(STORE_SERVICE_HEADS)}$`, 'i');
const UNAFFECTED = new RegExp(
  `(?<![\\p{L}])${buildAlternation(UNAFFECTED_EN, { raw: true })}(?![\\p{L}])|${buildAlternation(UNAFFECTED_ZH, { raw: true })}`,
  'giu',
);
const AFFECTED = new RegExp(
  `(?<![\\p{L}])${buildAlternation(AFFECTED_EN, { raw: true })}(?![\\p{L}])|${buildAlternation(AFFECTED_ZH, { raw: true })}`,
  'giu',
);
/** Any cue, affected or not, anywhere in a string (no global state). */
const ANY_CUE = new RegExp(`${AFFECTED.source}|${UNAFFECTED.source}`, 'iu');
/** Site names written as domains: "Dish.com", "bazan.co.il". */
const SITE_NAME = /(?<![A-Za-z0-9.@/-])[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|io|gov|edu|co\.uk|co\.il|nl|de|fr|ru|cn|jp|kr|in|au|tv)(?![\p{L}\p{N}-])/gu;

/** Words that end an English service phrase on its left ("the", "its", "was", prepositions, cues). */
const STOP_EN = new Set(
  (
    'a an the this that these those its their our his her my your all some any many multiple several other ' +
    'another of to in on at for by with from into onto over under via and or but as is are was were be been ' +
    'being has have had do does did not no it they we he she which who whom what when where while also both ' +
    'each every such than then there here after before during about against between across through without ' +
    'within beyond except besides toward towards among amid around behind below above near per unlike versus upon ' +
    'inside outside along throughout despite regarding concerning see first once only just even still already ' +
    'organizations organisations companies businesses institutions firms ' +
    'up down off out offline affected impacted disrupted hacked breached compromised attacked ' +
    'including include includes included like unavailable more most less least new own same various certain ' +
    'access accessing used using use uses left took taken take takes knocked forced rendered made making ' +
    'said says say told could would should will can may might must if so because though although however ' +
    'there’s it’s that’s its’ whose whether one two three four five six seven eight nine ten ' +
    // Verbs and their subjects: "staff accessed patient records", "hackers sent phishing emails".
    'accessed sent send sending began begin posting posted post targeting downloading download steal stole ' +
    'stolen share shared sharing received receive publish published pledging offering offer offers provide ' +
    'provides provided providing runs run running operates operated owns owned started start hackers attackers ' +
    'staff employees criminals actors users customers people someone anyone everyone today yesterday ' +
    // Verbs of disruption before their object: "halted withdrawals", "suspended online banking".
    // States that are the cue of a leak, not part of the store's name: "an unsecured database".
    'unsecured unprotected misconfigured ' +
    'prevented prevents blocked blocks ' +
    'halted suspended paused stopped disabled froze frozen shut closed restored crashed encrypted infected targeted hijacked cancelled canceled ' +
    'downed exposes exposed exposing corrupted penetrated infiltrated locked affect affects impact impacts unusable ' +
    // Conjunctions and count words: "whenever mobile banking apps", "at least 15 computers".
    'whenever wherever until unless since whereas least nearly almost roughly approximately ' +
    // Verbs of imitation between two phrases: "the pages mimic actual Northwind pages".
    'mimic mimics mimicked imitate imitates imitated resemble resembles resembled impersonate impersonates ' +
    // Adverbs before a verb or after a noun: "Ransomware typically infects computers", "hospitals nearby and …".
    'typically usually reportedly allegedly apparently previously recently currently actually subsequently eventually ' +
    'initially successfully temporarily completely partially fully briefly quickly immediately automatically remotely ' +
    'effectively essentially primarily mainly largely mostly nearby reportedly widely heavily severely seriously'
  ).split(' '),
);
/** An organisation word right after a capitalised phrase: the name goes on ("Coventry Trading Standards"). */
const ORG_NAME_GOES_ON_EN = /^ (?:Standards|Commission|Authority|Council|Agency|Board|Office|Department|Bureau|Institute|Association|Ministry|Foundation|Federation|Committee|Union|Society|Inc|Ltd|LLC|Corp|Corporation|Company|Group|Holdings|plc)\b/u;
/** A capitalised name ending in Network(s)/Systems/Services: a company. */
const ORG_LIKE_EN = /^(?:\p{Lu}[\p{L}\p{N}.&-]*\s+)+(?:Networks?|Systems|Services|Technologies|Software|Solutions|Labs|Pipelines?)$/u;
/** The same name after a lower-case descriptor: "third-party provider Norcom Systems" is the company. */
const ORG_NAME_AFTER_DESCRIPTOR_EN = /^\p{Ll}[^]*\s(?:\p{Lu}[\p{L}\p{N}.&-]*\s+)+(?:Networks?|Systems|Services|Technologies|Software|Solutions|Labs|Pipelines?)$/u;
/** Bare machine words that name a victim's service only with a cue that it stopped working ("the server was wiped"). */
const STRICT_BARE_EN = new Set(['server', 'network', 'computers']);
/** A determiner, a possessive or a count cut off before its owner, with at most one adjective between: "the (infected) ", "its ", "Atlanta’s ", "1,000 ". */
const DETERMINED_BEFORE_EN = /(?:\b(?:the|its|their|our|his|her|all|these|those|this|that)\s+|['’]s?\s+|(?:\d[\d,.]*|thousand|hundred|million|dozen)s?\s+)(?:[\p{Ll}-]+\s+)?$/iu;
/** Singular generic heads: before "and" they end an item of their own ("phone system and student information system"). */
const GENERIC_SINGULAR_HEADS_EN = new Set(['system', 'service', 'website', 'site', 'app', 'application', 'network', 'portal', 'platform', 'server', 'database', 'page', 'tool']);
/** Heads that name a service when an owner's possessive stands before them ("its email", "Orvale’s email"). */
const OWNED_BARE_EN = new Set(['email', 'e-mail', 'telephony', 'intranet', 'phones', ...OWNED_SERVICE_HEADS_EN.map((h) => h.toLowerCase())]);
/** Generic plural heads that a possessive pronoun makes the subject's ("its systems were encrypted", "all their systems"). */
const OWNED_GENERIC_EN = new Set(['systems', 'system', 'infrastructure', 'networks', 'services']);
/** Bare English heads that are specific enough alone ("the website was down"). */
const BARE_OK_EN = new Set(['website', 'web site', 'websites', 'app', 'portal', 'platform', 'servers', 'server', 'network', 'computers', 'databases', 'database', ...BARE_SERVICE_HEADS.map((h) => h.toLowerCase())]);
/**
 * Nouns after a head that make the head a modifier: "email addresses", "service providers", "software makers", "network
 * operator"; a fault of it is no service either ("server errors", "app flaws"), nor the organisation a kind of service describes ("broadcast organisation",
 * "service bureaus"), an update of it ("browser update"), nor people named by the field they work in
 * ("Communications Minister", "IT staff", "network engineers").
 */
const NOUN_AFTER_HEAD_EN =
  /^\s?(?:address(?:es)?|attachments?|credentials|providers?|operators?|administrators?|admins?|users?|vendors?|companies|company|firms?|makers?|developers?|manufacturers?|suppliers?|publishers?|giants?|specialists?|startups?|start-ups?|issues?|traffic|security|scams?|campaigns?|messages?|leak site|compromise|languages?|domains?|departments?|warnings?|notifications?|alerts?|representatives?|agents?|factors?|codes?|tokens?|activity|holders?|information|info|details|requirements?|keys|kits?|contacts?|lists?|newsletters?|video|videos|footage|recordings?|data|leaks?|backups?|backup files|dumps?|cards?|errors?|bugs?|flaws?|vulnerabilit(?:y|ies)|logs?|passwords?|usernames?|organi[sz]ations?|corporations?|bureaus?|updates?|patch(?:es)?|upgrades?|releases?|ministers?|secretar(?:y|ies)|commissioners?|directors?|managers?|chiefs?|officers?|teams?|staff|personnel|experts?|engineers?|professionals?|analysts?|researchers?|workers?|side)\b/i;
/**
 * Same for Chinese: "电子邮件地址", "物流服务商", "服务状态页"; a property ("业务连续性", "系统稳定性"), a part
 * ("网络流量", "连接处理程序"; not a setting: "数据库配置错误" is the database's fault) and an action the phrase is the object of
 * ("采取隔离系统的措施") are no service either.
 */
const NOUN_AFTER_HEAD_ZH = /^\s?(?:Owner|owner|所有者|持有人|签名者)|^\p{Script=Han}{0,2}性(?!别)|^的?(?:措施|方法|方式|做法|手段|策略|步骤)|^(?:流量|处理程序|协议|日志|架构|拓扑|带宽)|^(?:文章|帖子|推文|局|署|地址|编程接口|接口|代币|代码|规则|管理员|工程师|开发|架构师|电话|访问密钥|密钥|凭据|凭证|令牌|商|提供商|供应商|提供|供应|状态|帐户|账户|账号|帐号|用户|人员|团队|行业|领域|市场|巨头|公司|企业|运营商|厂商|递送|投递)/u;
/** Article or quantity before an English phrase: "a backup system", "an email", "several servers" name no particular service. */
const INDEFINITE_BEFORE_EN =
  /(?:^|[\s“"(])(?:a|an|any|another|some|several|many|multiple|various|other|such|numerous|countless|hundreds of|thousands of|millions of|a (?:wide |broad )?(?:range|variety) of|(?:all|many|different) (?:kinds|sorts|types) of)\s+(?:[“"‘']?(?:compromised|hacked|breached|infected|affected|impacted|attacked|targeted|hijacked|legitimate|new)[”"’']?\s+)?(?:[“"])?$/i;
/**
 * A breach predicate before an article: "unauthorized access to an external web server", "accessed
 * data stored on a legacy e-commerce platform". Its object is the victim's, even when described with an
 * article; a modifier must still say which ("hacked a website" names none).
 */
const BREACH_BEFORE_ARTICLE_EN =
  /\b(?:unauthori[sz]ed access to|(?:gained|gaining|gain|got|obtained) access to|access(?:ed)?\s+(?:[\w-]+\s+){0,3}(?:stored|held|kept|hosted)\s+(?:on|in)|br(?:oke|eak|eaking) into|hack(?:ed|ing)? into|breached|infiltrated|penetrated)\s+(?:an?)\s+$/i;
/** Forum heads, and the preposition that makes a forum a place: "on a Russian-language forum", "in underground forums". */
const FORUM_HEAD_EN = /(?:forums?|message boards?|discussion boards?|bulletin boards?)$/i;
const FORUM_PLACE_BEFORE_EN = /\b(?:on|in|onto|via|through|across)\s+(?:(?:the|a|an|one|several|many|various|popular|two|three)\s+)?$/i;
/** A destructive verb bound to a backup: "encrypted the backup servers", "backup drives were wiped". */
const BACKUP_DESTROYED_BEFORE_EN = /\b(?:wiped|encrypted|deleted|destroyed|erased|corrupted|targeted|hit|compromised)\s+(?:(?:the|its|their|all)\s+)?(?:\S+\s+)?$/i;
const BACKUP_DESTROYED_AFTER_EN = /^\s+(?:(?:was|were|had been|have been|has been)\s+(?:also\s+)?(?:wiped|encrypted|deleted|destroyed|erased|corrupted|compromised|exposed|left open)|that (?:was|were) (?:not password|unsecured|unprotected|publicly|exposed|left open))/i;
/** A preposition of means before a phrase: "restored from (its) backup systems", "switched to backup servers". */
const RECOVERY_MEANS_BEFORE_EN = /\b(?:from|to|using|via|with|on|onto)\s+(?:the\s+|its\s+|their\s+|our\s+)?$/i;
/** Acronyms of protocols and kinds, no names: "some FTP and VNC services". */
const KIND_ACRONYM_EN = /^(?:FTP|SFTP|VNC|SSH|HTTP|HTTPS|SMTP|IMAP|POP3|TLS|SSL|RDP|SMB|DNS|VPN|VoIP|IT|OT|ICT|API|SaaS|PC|PCs|POS|SMS|TV|IoT)$/;
/** People's accounts are their data, not a service: "user accounts", "customer accounts", "verified accounts". */
const PEOPLE_ACCOUNTS_EN = /(?:^|\s)(?:users?|customers?|members?|individual|verified|employees?|staff|victims?|patients?|students?|players?|subscribers?|stolen)\s+(?:\S+\s+)?accounts?$/i;
/** People as a possessive owner: "developers’ Google Accounts", "victims’ email accounts". */
const PEOPLE_OWNER_BEFORE_EN = /\b(?:users|customers|developers|victims|employees|members|people|individuals|staff|students|patients|players|subscribers|clients)['’]\s+$|\b(?:user|customer|developer|victim|employee|member|individual|student|patient|player|subscriber|client)['’]s\s+$/i;
/** Heads of what people own themselves: their computers, phones, inboxes. */
const PERSONAL_HEAD_EN = /^(?:computers?|devices?|phones?|laptops?|desktops?|PCs|browsers?|inboxes|mailboxes|emails?|e-mails?|webcams|cameras?|wallets?)$/i;
/** A number or a count word among a phrase's modifiers: "32", "200m", "1.5bn", "million". */
const QUANTITY_WORD_EN = /^(?:\d[\d,.]*(?:k|m|bn|b)?|million|billion|thousand|hundred|dozen)s?$/i;
/** A number split by a thousands separator: "3,[400 websites]". */
const SPLIT_NUMBER_BEFORE = /\d,$/u;
/** Bare Chinese heads that are specific enough alone. */
const BARE_OK_ZH = new Set(['官方网站', '数据库', '官网', '首页', '网页', '门户', '印刷版', '呼叫中心', '客服中心', '网页端', '移动端', ...BARE_SERVICE_HEADS]);
/** Chinese modifiers that leave a phrase generic ("该系统", "相关服务"). */
const GENERIC_ZH = new Set([
  '该', '其', '此', '这些', '相关', '部分', '所有', '全部', '其他', '其它', '各项', '多项', '多个', '一些', '安全', '信息',
  // Adjectives and quantities that say how, not which ("严重服务中断", "全面服务", "核心系统").
  '严重', '全面', '核心', '主要', '关键', '重要', '大规模', '大型', '多种', '许多', '大量', '几个', '多家', '正常', '基本',
  '官方', '子', '离线', '云', '电子', '个人', '企业', '公共', '公众的', '内部', '外部', '新', '旧', '不同', '整体',
  '网络', '计算机', '信息技术', '电脑', '自动化', '物流', '合法', '第三方', '客户', '用户', '国际', '国内', '海外',
]);
/**
 * Modifiers that make a thing the attacker's or nobody's in particular, never a victim's service:
 * "dark web leak site", "phishing emails", "虚假网站", "钓鱼电子邮件".
 */
const NOT_VICTIM_MODIFIER = /(?:^|\s)(?:actor-controlled|attacker-controlled|hacker-controlled|leak|phishing|booter|stresser|adware|spyware|malware|darknet|dark web|spear[- ]phishing|fake|phony|phoney|bogus|counterfeit|copycat|look-?alike|hidden|onion|rogue|malicious|ddos|php-based|web shell|spoofed|fraudulent|scam|criminal|free|manual|decryption|lower|command|legitimate|extortion|ransom|malware-infected|trojani[sz]ed|backdoored|command-and-control|c2|c&c|cnc|botnet|proxy|staging|exfiltration|attacker['’]?s?|attackers['’]|alleged|purported|hacker|hackers|hacking|underground|cybercrime|cybercriminal)(?:\s|$)|^(?:[^的]*(?:虚假|钓鱼|恶意|黄色|伪造|仿冒|免费|合法|备份|犯罪|黑客|攻击者|地下|僵尸|C2|C&C|命令与控制|命令和控制|控制服务器|跳板|租赁|出租|雇佣|暗网|泄[漏露]网站|泄[漏露]站点|勒索软件|间谍软件|广告软件|流氓软件|木马|病毒|欺诈|诈骗|挖矿|后门))/i;
/** Organisation heads that end a service's owner: "摩托罗拉公司JIRA系统" → "JIRA系统". */
const OWNER_WORDS_ZH = [
  // "全国性网络中断": a scope adjective is cut off whole, before 全国 would cut it in half.
  '全国性', '全球性', '全省性', '全市性', '区域性', '地区性',
  // Words that hold a boundary character and would otherwise be cut in half ("如果网站" → "果网站").
  '如果', '那么', '如何', '已经', '个人', '给出', '当前', '虽然', '毕竟', '攻击者', '黑客们',
  // Verbs and quantities before a generic service ("注册大量基础设施", "数百万人依赖在线平台").
  '有许多', '许多', '大量', '多种', '依赖', '知道', '推送至', '寄送', '寄出', '检索', '注册', '监控', '实现', '面向', '发给', '确定', '创建',
  '使用了', '利用', '尝试', '包含', '下载', '安装', '打开', '上传', '输入',
  // Verbs and adverbs that precede a service but are no part of its name ("破坏网络", "优化网络").
  '保护', '破坏', '优化', '构建', '运行', '创建', '发送', '窃取', '重新启动', '启动', '消除', '加载',
  '不同', '当', '同一', '明显的', '更广泛的', '实际',
  '以下', '如下', '下列', '上述',
  '拒绝', '反馈', '反应', '读懂', '公司', '集团', '用户', '利用', '修复', '针对', '操作', '实施', '进行', '推出', '通过', '支持',
  // Who reports a fault is not part of what failed: "不少网友反映X银行App无法登录".
  '反映', '网友', '不少', '提示',
  // Verbs whose object a service is ("保证系统…", "禁止网络…", "排查登录…"), and words cut in half by a
  // function character ("或者连接" → "者连接", "要求软件系统" → "求软件系统", "受损系统" → "损系统").
  '获取', '保证', '提升', '提高', '禁止', '危害', '排查', '查看', '说明', '修改', '加强', '保持', '允许', '专注', '确保',
  '评估', '纳入', '检查', '尽管', '甚至', '不得', '简化', '发回', '或者', '要求', '需求', '被迫',
  '受损', '以太网', '唯一', '迅速', '快速', '区域', '领域',
  // Who says or finds is no part of what: "没有迹象表明Safe代码库…", "做好业务…".
  '表明', '迹象', '做好', '发现', '清楚', '部署', '自身',
  // 显示 as a verb ("调查显示…") ends a phrase; as a modifier ("显示系统", "显示屏") it is part of the name.
  '调查显示', '数据显示', '报告显示', '结果显示', '日志显示', '显示出',
  // "该市供水系统", "该县政府网站": a pronoun's place names nobody; the phrase starts after it.
  '该市', '该县', '该省', '该区', '该州', '该国', '该校', '该院', '全市', '全省', '全国',
  // "其余冷钱包", "各种VPN客户端": a quantity is cut off whole, not half-way through.
  '其余', '各种', '各类',
  // Verbs of imitation: what a phishing page imitates was not touched ("模仿企业VPN产品").
  '模仿', '冒充', '伪装成', '假冒', '仿冒',
  // Verbs whose object the service is and adverbs before a verb (service-phrase-words-zh.ts).
  ...ACTION_VERBS_ZH, ...ADVERBS_ZH, ...CAUSE_VERBS_ZH, ...PRODUCT_COUNTS_ZH];
/**
 * A phrase whose last modifier makes it a security or response tool: the defender's, which an
 * article names as what was strengthened, deployed or sold ("加强其网络安全系统", "security software").
 */
const DEFENDER_TOOL = new RegExp(
  `(?:安全|防护|防御|杀毒|反病毒|防病毒|响应|(?:威胁|入侵|安全|病毒|攻击|流量|漏洞|恶意|异常)(?:检测|监测)|security|antivirus|anti-virus|protection|detection|response|credit monitoring|identity monitoring)(?:\\s?(?:软件|工具|software|tools?))*\\s?(?:${buildAlternation([...SERVICE_HEADS_ZH, ...SERVICE_HEADS_EN])})$`,
  'iu',
);
/** The attacker's own software named by its owner: "Termitr 的勒索软件", "该组织的木马". */
const MALICIOUS_END_ZH = /(?:勒索软件|恶意软件|间谍软件|广告软件|流氓软件|挖矿软件|木马|病毒|后门)$/u;
/** Verbs of imitation before a phrase: a phishing page's model is no victim's service. */
const IMPERSONATED_BEFORE = /(?:伪装成|冒充|模仿|仿冒|假冒|仿造|伪造)[^，。；,;]{0,20}$|\b(?:impersonat\w*|posing as|poses as|pose as|mimic\w*|spoof\w*|masquerad\w* as|disguised as)\s+(?:\S+\s+){0,4}$/iu;
/** A number opening a Chinese phrase with a unit or measure after it: "35k 电子邮件", "40058公里长的…", "3000台服务器". */
const QUANTITY_START_ZH = /^\d[\d,.]*\s?(?:[kKmMwW万千百亿余多个条封份台家名套座]|公里|米|GB|TB)/u;
/** Quantifiers that make the phrase after them a kind of thing: "各种VPN客户端". */
const KIND_QUANTIFIER_BEFORE_ZH = /(?:各种|各类|多种|众多|许多|某些|一种|一些)的?\s?$|某(?:个|家|款|一)?(?:大型|小型|知名|著名|国内|国外|境外|海外|头部|主流|流行)*\s?$/u;
/** Verbs of posting right after a service: the service is where something was said ("在X平台发文称"). */
const POSTED_ON_AFTER_ZH = /^[\s*_]*(?:上[^，。；,;]{0,10}?)?(?:新增|更新|公布|发文|发帖|发布|发表|写道|公告|声明|宣布|表示|称|披露|回应|分享|转发|刊登|贴出|置顶|监测到|监测发现|捕获到|捕获了)/u;
/** A name written with braces right before a phrase: "Safe{Wallet} ". */
const BRACED_NAME_BEFORE = /(?<![\w{}])[A-Za-z][\w-]*\{[\w-]+\}[\w-]*\s?$/u;
/** A Latin name opening a phrase, followed by Chinese and another Latin name: "Rockstar Games开发者Slack频道". */
const LEADING_OWNER_NAME = /^[A-Za-z][\w.&-]*(?: [A-Za-z][\w.&-]*)*\s?(?=\p{Script=Han}{2,6}\s?[A-Za-z])/u;
/** Who owns a thing called its own or internal: an organisation's head or a Latin name. */
const SELF_OWNER = String.raw`(?:公司|企业|集团|机构|银行|医院|学校|大学|交易所|政府|部门|[A-Za-z][\w.&{}-]*)`;
const SELF_WORD = '(?:自身|内部|自有)';
const SELF_OWNED_ZH = new RegExp(`(?<![\\w.&{}-])${SELF_OWNER}\\s?${SELF_WORD}的?(?:${buildAlternation(SERVICE_HEADS_ZH)})${NOT_AFTER_HEAD_ZH}`, 'gu');
/** A phrase opening with an owner and a word of its own: "公司内部系统", "Bybit 自身基础设施". */
const SELF_OWNED_PHRASE = new RegExp(`^${SELF_OWNER}\\s?${SELF_WORD}`, 'u');

/** Organisation heads: an owner ending in one is reported as the organisation, not in the service. */
const ORG_OWNER_HEADS_ZH = ['公司', '集团', '企业', '银行', '医院', '大学', '政府', '机构'];
const ORG_HEADS_EN_SET = new Set(ORG_HEADS_EN);
const DEMONYMS = new Set(COUNTRY_PLACES.flatMap((p) => p.demonyms));
/** Longest English phrase: head plus this many modifier words. */
/** "the company's ", "the school district's ": an organisation named by its kind, definite, as a possessive owner. */
const DEFINITE_KIND_OWNER_BEFORE_EN = /\b[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*)['’]s\s$/u;
/** Kinds that name the attacker, its tools or people, never the organisation the article is about. */
const NOT_ORGANISATION_KIND_EN = /^(?:group|gang|actor|attacker|hacker|criminal|botnet|campaign|malware|ransomware|virus|worm|trojan|operation|user|customer|victim|employee|person|individual|patient|student|member|researcher|vendor|attack|breach|incident|world|country|nation|state|industry|sector)$/u;

/** Whether an organisation named by its kind with "the" owns what starts at `pos` ("the carmaker's production lines"). */
function definiteKindOwnerBefore(text: string, pos: number): boolean {
  const m = DEFINITE_KIND_OWNER_BEFORE_EN.exec(text.slice(Math.max(0, pos - 40), pos));
  return m !== null && !NOT_ORGANISATION_KIND_EN.test(m[1]);
}

const MAX_MODIFIERS_EN = 4;

interface Candidate extends Span {
  status: Status;
}

/** The English phrase ending with the head at [headStart, headEnd): modifiers walked leftwards. */
function englishPhrase(text: string, headStart: number, headEnd: number): Span[] {
  const phrases: Span[] = [];
  let start = headStart;
  let words = 0;
  let pos = headStart;
  while (words < MAX_MODIFIERS_EN) {
    const m = /([\p{L}\p{N}][\p{L}\p{N}.&'’/+-]*) $/u.exec(text.slice(Math.max(0, pos - 40), pos));
    if (!m) break;
    const word = m[1];
    const lower = word.toLowerCase();
    // Chinese text around an English head ("针对该 app"): the Chinese phrase finder owns it.
    if (/\p{Script=Han}/u.test(word)) break;
    // A possessive owner ("Baltimore’s 911 dispatch system") ends the phrase; a named owner of a
    // bare head or of its "own" systems is part of it ("CloudPets’ databases", "ABTA’s own IT
    // systems"): "databases" or "own IT systems" alone name nobody's.
    if (/['’]s?$/.test(word)) {
      const owner = namedOwnerBefore(text, pos, start === headStart);
      if (owner !== null) start = owner;
      break;
    }
    if (lower === 'own') {
      const owner = namedOwnerBefore(text, pos - word.length - 1, true);
      if (owner !== null) start = owner;
      break;
    }
    if (lower === 'and' || lower === '&') {
      // "wireless and data networks", "Facebook and Twitter accounts": one phrase when the left
      // word is a modifier; "libraries and recycling centers": two phrases when it is a head itself.
      const left = /([\p{L}\p{N}][\p{L}\p{N}.&'’/+-]*) $/u.exec(text.slice(Math.max(0, pos - word.length - 41), pos - word.length - 1));
      if (!left || STOP_EN.has(left[1].toLowerCase()) || /['’]s?$/.test(left[1])) break;
      // "TouchVPN and Betternet VPN": two names, each with its own singular head; "Facebook and
      // Twitter accounts" share a plural one.
      if (/^\p{Lu}/u.test(left[1]) && /^\p{Lu}/u.test(text.slice(pos, pos + 1)) && start !== headStart && !/\p{Ll}s$/u.test(text.slice(headStart, headEnd))) break;
      // Two bare heads are one phrase ("databases and applications"); a head followed by a
      // modified phrase is a list of two ("libraries and recycling centers").
      if (HEAD_WORD_EN.test(left[1])) {
        // "app and phone lines": a head specific alone after "and" is a second item of a list.
        if (start === headStart && !BARE_OK_EN.has(text.slice(headStart, headEnd).toLowerCase())) {
          start = pos - word.length - 1 - left[1].length - 1;
        } else if (start !== headStart && !/s$/i.test(left[1]) && !BARE_OK_EN.has(left[1].toLowerCase()) && !GENERIC_SINGULAR_HEADS_EN.has(left[1].toLowerCase())) {
          // "checkout and returns systems": a singular head that says nothing alone is a modifier of the same head.
          start = pos - word.length - 1 - left[1].length - 1;
        }
        break;
      }
      pos -= word.length + 1;
      words++;
      continue;
    }
    // "Kafeine believes TouchVPN": a lower-case verb before a name is no modifier of it.
    if (/^\p{Ll}+(?:[^s\P{Ll}]s|ed)$/u.test(word) && /^\p{Lu}/u.test(text.slice(pos, start === pos ? headEnd : start + 1))) break;
    // "IT telephony": an acronym is a modifier even when its lower case is a stop word; so is a
    // capitalised number word inside a sentence, a name ("the Three app").
    const namedNumber = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/.test(word) && /\p{Ll}\s$/u.test(text.slice(Math.max(0, pos - word.length - 4), pos - word.length - 1));
    if (STOP_EN.has(lower) && !/^[A-Z]{2,}$/.test(word) && !namedNumber) break;
    // A token ending a sentence or clause ("services. Websites") ends the phrase.
    if (/[.,;:]$/.test(word)) break;
    // "Don't open emails": a contracted negation is an auxiliary, and the word after it its verb.
    if (/n['’]t$/i.test(word)) {
      if (start < headStart) start = text.indexOf(' ', start) + 1;
      break;
    }
    // "Gazprom Media stations": a capitalised organisation head ends the owner's name, which the
    // organization extractor reports; the service is what follows. A bare head keeps the name it
    // would otherwise lose ("Bilderberg Group Website").
    if (ORG_HEADS_EN_SET.has(word) && /^\p{Lu}/u.test(word)) {
      // One word before the head: a Title Case headline capitalises the verb before the name too.
      // A name needs a word of its own before the organisation head ("in Exchange Server" has none).
      const nameStart = capitalisedRunStart(text, pos - word.length - 1, 1);
      if (start === headStart && /^\p{Lu}/u.test(text.slice(headStart, headEnd)) && nameStart < pos - word.length - 1) start = nameStart;
      break;
    }
    // "Washington police surveillance cameras", "Orvale council servers": a place and a public body
    // own the service, and the agency extractor reports them; the service is what follows.
    if (PUBLIC_BODY_EN.has(lower) && /\p{Lu}[\p{L}.-]* $/u.test(text.slice(Math.max(0, pos - word.length - 31), pos - word.length - 1))) break;
    // "infecting Linux operating systems", "ransomware affecting Linux based networks": a verb's
    // gerund is no modifier; the phrase is its object.
    // "customer-facing systems", "internet-facing servers": a compound with a hyphen is an adjective, no verb.
    if (GERUND_VERBS_EN.has(lower) || ACTION_VERBS_EN.has(lower) || (/^\p{Ll}[\p{Ll}]{2,}ing$/u.test(word) && !SERVICE_GERUNDS_EN.has(lower))) break;
    // "failed to update Windows-based computer systems", "forced to cancel patient appointments": a verb after "to".
    if (VERBS_AFTER_TO_EN.has(lower) && /\bto $/i.test(text.slice(Math.max(0, pos - word.length - 4), pos - word.length - 1))) break;
    pos -= word.length + 1;
    start = pos;
    words++;
  }
  phrases.push({ start, end: headEnd });
  return phrases;
}

/**
 * Words after a head that belong to its phrase: "activities" of a production or trading head
 * (group 1), the organisation a bare head stands at ("servers at the school"), or whose people's
 * data a bare store holds ("the database of Norrvik’s customers").
 */
const COMPLETION_AFTER_EN =
  /^(?:( activities)|\s(?:at|of) (?:the|a|an) (?:[\p{L}-]+ ){0,2}?(?:school|hospital|university|college|council|bank|clinic|company|library|firm|office|agency|plant|factory|airport|store|city|county|district|headquarters|ministry|department|site|facility|station|port|terminal|studio|studios|hotel|retailer|airline|insurer|utility|newspaper|broadcaster|manufacturer|provider|charity|practice|law firm|exchange)|\sof (?:the )?\p{Lu}[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*){0,3}['’]s? (?:users|customers|members|clients|patients|employees|staff|subscribers|players|students))(?![\p{L}\p{N}])/u;

/** Quantity words opening a phrase: "153 ", "2 million ". */
const COUNT_START_EN = /^(?:(?:\d[\d,.]*(?:k|m|bn|b)?\s+)(?:(?:million|billion|thousand|hundred)s?\s+)?|(?:million|billion|thousand|hundred|dozen)s?\s+)(?=\S|$)/i;
/** An owner named after a counted phrase: "… of a web-hosting company", "… belonging to X". */
const OWNER_AFTER_COUNT_EN = /^\s+(?:(?:of|inside|at|in)\s+(?:a|an|the|\p{Lu})|(?:belonging to|run by|operated by|owned by|used by)\s+[\p{L}\p{N}])/u;
/** An owner named in a relative clause after a phrase: "(140 servers) that Larkspur Hosting ran", "which the Orvale council runs". */
const OWNER_CLAUSE_AFTER_EN = /^,?\s+(?:that|which)\s+(?:\S+\s+){0,5}?\p{Lu}[\p{L}\p{N}.&-]*\s+(?:hosted|hosts|operated|operates|ran|runs|owned|owns|managed|manages|used|uses|maintained|maintains)\b/u;

/** A verb of speech right after a phrase: the organisation speaks through it ("the site said"). */
const SPEAKER_VERB_AFTER =
  /^\s+(?:(?:has |had |have )?(?:(?:never|not|also|later|first|directly|publicly|previously|initially|then|quickly|subsequently|immediately) ){0,2}(?:said|says|stated|states|told|announced|wrote|added|explained|noted|confirmed|confirms|disclosed|discloses|notified|notifies|apologi[sz]ed|apologi[sz]es|warned|warns|admitted|admits|acknowledged|acknowledges)\b|(?:took|has taken|had taken|takes) (?:down|offline) (?:all )?(?:its|their)\b|(?:took|has taken|had taken|takes) (?:all )?(?:its|their) [\p{L} ]{1,30} (?:offline|down)\b)/u;

/** Another head right after a head: "email[ platform]". */
const HEAD_AFTER_EN = new RegExp(`^[ -]${buildAlternation(SERVICE_HEADS_EN)}(?![\\p{L}\\p{N}])`, 'iu');

/** Verbs that follow "to" before their object ("to install software"), where the phrase starts after them. */
const VERBS_AFTER_TO_EN = new Set(
  ('update install cancel restore protect secure monitor rebuild recover disable block shut close replace upgrade patch reset check change unlock decrypt encrypt wipe delete ' +
    'infect hack attack target compromise breach steal hijack exploit disrupt cripple').split(' '),
);

/**
 * Verbs whose gerund stands before their object, never a modifier of a service ("infecting", "hijacking").
 * Beside the lower-case "-ing" rule it still catches them capitalised, in Title Case headlines ("Targeting").
 */
const GERUND_VERBS_EN = new Set(
  ('infecting affecting hijacking hacking attacking compromising breaching encrypting exploiting impersonating ' +
    'disrupting crippling hitting targeting knocking spoofing mimicking abusing leveraging spreading distributing ' +
    'deploying installing delivering sending using running').split(' '),
);

/** Lower-case public bodies after a place name, which own what follows them ("Ostrava police cameras"). */
const PUBLIC_BODY_EN = new Set(['police', 'government', 'council', 'authorities', 'municipality', 'ministry']);
/** A place and a public body right before a phrase: "… of Ostrava police ". */
const PUBLIC_BODY_OWNER_BEFORE = /\p{Lu}[\p{L}.-]*\s+(?:police|government|council|authorities|municipality|ministry)\s$/u;

/** The start of a run of up to `words` capitalised words ending right before `pos` (a space at pos - 1). */
function capitalisedRunStart(text: string, pos: number, words = 3): number {
  let start = pos;
  for (let i = 0; i < words; i++) {
    const m = /(\p{Lu}[\p{L}\p{N}.&-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
    if (!m || LEADING_NAME_WORDS.has(m[1])) break;
    start -= m[1].length + 1;
  }
  return start;
}

/**
 * Where a named possessive owner right before `pos` starts ("CloudPets’ ", "Atlanta’s ", "St. Louis
 * Public Library’s "), or null: a pronoun or a lower-case owner ("its", "the city’s") names nobody.
 * `wanted` says the phrase needs its owner (a bare head, or "own").
 */
function namedOwnerBefore(text: string, pos: number, wanted: boolean): number | null {
  if (!wanted) return null;
  const m = /(\p{Lu}[\p{L}\p{N}.&-]*)(?:['’]s|['’]) $/u.exec(text.slice(Math.max(0, pos - 60), pos));
  if (!m || LEADING_NAME_WORDS.has(m[1]) || /^(?:It|Its)$/.test(m[1])) return null;
  return capitalisedRunStart(text, pos - m[0].length);
}

function collectPhrases(text: string): Span[] {
  const spans: Span[] = [];
  HEAD_EN.lastIndex = 0;
  for (let m = HEAD_EN.exec(text); m; m = HEAD_EN.exec(text)) {
    const afterHead = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // "email platform", "email system": a head followed by another modifies it; the phrase ends at the later one.
    if (!m[0].includes(' ') && HEAD_AFTER_EN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const usersAfter = NOUN_AFTER_HEAD_EN.test(afterHead);
    if (usersAfter && !/^\s?users\b/i.test(afterHead)) continue;
    for (let span of englishPhrase(text, m.index, m.index + m[0].length)) {
      if (usersAfter && !isTargetedUsersProduct(text, span, afterHead)) continue;
      // "153 Linux-based networks of a web-hosting company": counted, but of a named owner; the count is cut off.
      // "more than a thousand computers inside the county's offices": the owner after the count makes the bare head someone's.
      const count = COUNT_START_EN.exec(text.slice(span.start, m.index));
      const counted =
        count !== null &&
        (OWNER_AFTER_COUNT_EN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) || OWNER_CLAUSE_AFTER_EN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)) || /['’]s\s+$/u.test(text.slice(Math.max(0, span.start - 3), span.start)));
      if (counted) span = { start: span.start + count[0].length, end: span.end };
      // "the servers that process payments": after a relative pronoun the first word is the clause's verb.
      const relativeVerb = /\b(?:that|which)\s$/u.test(text.slice(Math.max(0, span.start - 6), span.start)) ? /^\p{Ll}+\s/u.exec(text.slice(span.start, m.index)) : null;
      if (relativeVerb) span = { start: span.start + relativeVerb[0].length, end: span.end };
      const phrase = text.slice(span.start, span.end);
      // "systems at the site of …": a place after a bare head says whose it is.
      const placeAfter = COMPLETION_AFTER_EN.exec(text.slice(span.end, span.end + 40));
      // "the systems of Larson Studios": a named owner after a bare head says whose it is.
      const namedAfter = /^ of (?:the )?\p{Lu}/u.test(text.slice(span.end, span.end + 12));
      // "the servers of a Toronto law firm": a kind of organisation after "of" with a word of its own says whose.
      const kindOwnerAfter = placeAfter !== null && /^ of (?:the|a|an) [\p{L}-]+ [\p{L}-]/u.test(placeAfter[0]);
      // "shut down its email", "its online store": a head that is a service only with an owner (a word
      // of its own, or a compound head), which a possessive gives
      // ("their email" is as often the users'). An organisation named by its kind with "the" is the one
      // the article is about ("the carmaker's production lines", "the council's bin collections").
      const lower = phrase.toLowerCase();
      const ownedBare =
        ((OWNED_BARE_EN.has(lower) || phrase.includes(' ')) && /(?:\b(?:[Ii]ts|[Oo]ur)|\p{Lu}[\p{L}\p{N}.&-]*['’]s?)\s$/u.test(text.slice(Math.max(0, span.start - 40), span.start))) ||
        ((OWNED_BARE_EN.has(lower) || DOMAIN_SERVICE_HEADS_EN.has(lower)) && definiteKindOwnerBefore(text, span.start)) ||
        (OWNED_GENERIC_EN.has(phrase.toLowerCase()) && /\b(?:[Ii]ts|[Oo]ur|[Tt]heir)\s(?:(?:own|entire|whole|internal|core|main|computer|IT)\s)?$/u.test(text.slice(Math.max(0, span.start - 30), span.start)));
      // "parcel tracking", "production lines", "water supply": a domain noun of two words or more says
      // which service by itself, like a bare head; one word ("shipping", "production") does not.
      const compoundNoun = phrase.includes(' ') && DOMAIN_SERVICE_HEADS_EN.has(lower);
      if (span.start === m.index && !BARE_OK_EN.has(lower) && !compoundNoun && !counted && !placeAfter?.[0].startsWith(' at ') && !kindOwnerAfter && !namedAfter && !ownedBare) continue;
      // "Clash of Kings forum", "Bank of America servers": a name with "of" inside is cut at it; the
      // half name after "of" would knock out the organisation's whole name.
      if (/^\p{Lu}/u.test(phrase) && /\p{Lu}[\p{L}\p{N}.&-]* of $/u.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
      // "the Expedia-owned site said", "the platform told customers": a speaker is the organisation, not what failed.
      if (SPEAKER_VERB_AFTER.test(text.slice(span.end, span.end + 48))) continue;
      // "针对该 app": a bare English head inside Chinese text says no more than "该应用".
      if (span.start === m.index && /\p{Script=Han}\s?$/u.test(text.slice(Math.max(0, span.start - 2), span.start))) continue;
      if (!isSpecificEnglish(text, span, phrase, m[0].toLowerCase())) continue;
      if (describesNameAfter(text, span)) continue;
      if (DEFENDER_TOOL.test(phrase)) continue;
      if (IMPERSONATED_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
      // "emerges on a Russian-language forum", "sold in underground forums": a forum after "on" or "in"
      // is where something was posted or sold; a forum that was hit is the subject or object of the attack.
      if (FORUM_HEAD_EN.test(phrase) && FORUM_PLACE_BEFORE_EN.test(text.slice(Math.max(0, span.start - 30), span.start))) continue;
      // "DISH Network", "TriTech Software Systems": a capitalised name ending in a plural or
      // network head is a company name, not a service.
      if (ORG_LIKE_EN.test(phrase) || ORG_NAME_AFTER_DESCRIPTOR_EN.test(phrase)) continue;
      // "Coventry Trading Standards", "Halden Systems Authority": a capitalised phrase whose name goes on with an
      // organisation word is part of that organisation's name.
      if (/^\p{Lu}/u.test(phrase) && ORG_NAME_GOES_ON_EN.test(text.slice(span.end, span.end + 16))) continue;
      // "local production activities", "servers at the school": what follows the head completes it.
      const completion = COMPLETION_AFTER_EN.exec(text.slice(span.end, span.end + 40));
      spans.push(completion && (completion[1] || span.start === m.index) ? { start: span.start, end: span.end + completion[0].length } : span);
    }
  }
  for (const found of findHanPhrases(text, HEAD_ZH, { maxLength: 12, emptyModifiers: GENERIC_ZH, keepPossessiveBelow: 5, extraBoundaryWords: OWNER_WORDS_ZH, joinCoordination: true, ownerHeads: ORG_OWNER_HEADS_ZH, splitInnerHeads: true })) {
    // "软件的船载功能" split after its inner head leaves "的船载功能": the particle is no part of the name.
    // "收银系统", "网站服务器": a head followed by another head modifies it; the phrase ends at the later one.
    if (HEAD_ZH_AT_START.test(text.slice(found.end, found.end + 8))) continue;
    // "行李分拣系统", "电网调度系统": a head a few plain characters before another head modifies it too; the
    // phrase is the later head's (a cue or a particle between them ends the name: "网站暂停服务", "网站和服务").
    const innerHead = DOMAIN_HEAD_AT_END_ZH.test(text.slice(found.start, found.end)) ? HEAD_SOON_AFTER_ZH.exec(text.slice(found.end, found.end + 16)) : null;
    if (innerHead && !/[的和与及或、等被遭受在对为是将已并也均都因由从向于给把让使至到经以而但且则就才又再还仍曾会可能要应需]/u.test(innerHead[1]) && !ANY_CUE.test(innerHead[1])) continue;
        let span = text[found.start] === '的' ? { start: found.start + 1, end: found.end } : found;
    // "Safe{Wallet} 前端": a name written with braces, which the phrase finder stops at, owns the phrase.
    const braced = BRACED_NAME_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
    if (braced) span = { start: span.start - braced[0].length, end: span.end };
    // "Rockstar Games开发者Slack频道": a name, a Chinese descriptor and another name; the first is the
    // owner, reported as the organisation, and the service is the rest ("开发者Slack频道").
    const ownerName = LEADING_OWNER_NAME.exec(text.slice(span.start, span.end));
    if (ownerName) span = { start: span.start + ownerName[0].length, end: span.end };
    const phrase = text.slice(span.start, span.end).trim();
    // "暂停对外服务": 对外 ("to the public") says whom a service is for; what is left names none.
    if (text[span.start - 1] === '对' && text[span.start] === '外') continue;
    // "对讲系统", "对账系统": 对 cut as a preposition is the first character of the name's first word.
    if (text[span.start - 1] === '对' && /^[讲账]/u.test(text.slice(span.start, span.end))) span = { start: span.start - 1, end: span.end };
    // "ATM正常运行": a bare head in Latin letters inside Chinese text (English text is read by the English loop).
    if (!/\p{Script=Han}/u.test(phrase) && !(BARE_OK_ZH.has(phrase) && /^\p{Script=Han}/u.test(text.slice(span.end, span.end + 1)))) continue;
    // "4.保证系统", "1.1 应用": a list item's number opens the line, not the service's name.
    if (/^\d+(?:\.\d+)*(?:\.|\s)/u.test(phrase) && /^\d+\./u.test(phrase)) continue;
    const head = HEAD_ZH_AT_END.exec(phrase)?.[0] ?? '';
    // "医院的透析", "其生产线": the phrase finder leaves an organisation owner out of the name, but the
    // owner still makes a domain noun that organisation's service.
    if (phrase === head && !BARE_OK_ZH.has(phrase) && !(DOMAIN_SERVICE_HEADS_ZH.has(head) && organisationOwnsZh(text, span.start))) continue;
    // "接入网络": 接入 is a verb before a bare head, and a noun only inside a longer name ("…接入控制中心").
    if (phrase.startsWith('接入') && phrase.length - 2 === head.length) continue;
    // "企业资源规划（ERP）技术提供商": an abbreviation in brackets does not hide the noun the head modifies.
    const after = text.slice(span.end, span.end + 24).replace(/^[（(][A-Za-z0-9 .&-]{1,15}[）)]/u, '');
    if ((NOUN_AFTER_HEAD_ZH.test(after) && !isTargetedUsersProduct(text, span, after)) || /^(?:技术|软件|解决方案|产品)(?:提供商|供应商|厂商|公司)/u.test(after) || NOT_VICTIM_MODIFIER.test(phrase) || NOT_VICTIM_MODIFIER.test(phrase.slice(phrase.lastIndexOf('的') + 1)) || namesNonVictim(phrase)) continue;
    if (isBareCoordination(phrase)) continue;
    // "国内某大型电商平台": 某 ("a certain") names nobody in particular.
    if (/某/u.test(phrase)) continue;
    // "神经网络": a neural network is a model, not a network anyone runs.
    if (/神经网络$/u.test(phrase)) continue;
    // "即时通讯应用WhatsApp": a Chinese kind right before a Latin name describes it; the name is the product.
    if (!/[A-Za-z]/.test(phrase) && /(?:应用程序|应用|软件|浏览器|客户端|钱包|插件)$/u.test(phrase) && /^\s?[A-Z][A-Za-z0-9]/u.test(text.slice(span.end, span.end + 3))) continue;
    // "Europarl_EN网站": a Latin identifier joined by an underscore is one name with what follows it.
    const joined = /[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*_$/u.exec(text.slice(Math.max(0, span.start - 40), span.start));
    if (joined && /^[A-Za-z0-9]/.test(phrase)) span = { start: span.start - joined[0].length, end: span.end };
    // "35k 电子邮件", "40058公里长的污水系统": a count or measure says how much, not whose; "C:\\Windows\\…" is a path.
    // "各种VPN客户端", "多种钱包": a quantity before the phrase makes it a kind, not someone's service.
    if (KIND_QUANTIFIER_BEFORE_ZH.test(text.slice(Math.max(0, span.start - 4), span.start))) continue;
    if (QUANTITY_START_ZH.test(phrase) || phrase.includes('\\') || MALICIOUS_END_ZH.test(phrase)) continue;
    // "网络安全系统", "安全软件工具平台", "事件响应服务": the defender's tools, strengthened or sold after an incident.
    if (DEFENDER_TOOL.test(phrase)) continue;
    // "JIRA软件", "SonicWall 安全软件": a vendor's product or security tool named as software is
    // vulnerability or vendor news; a victim's software is named by what it does ("排班软件").
    if (head === '软件' && (/^[A-Za-z0-9 .-]+软件$/u.test(phrase) || /安全|杀毒|病毒/u.test(phrase))) continue;
    // "伪装成西班牙对外银行的内联网门户": what a phishing page imitates was not touched.
    if (IMPERSONATED_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start))) continue;
    // "在X平台发文称", "在官网发布公告": a channel the news was posted on, not a service that failed.
    if (POSTED_ON_AFTER_ZH.test(text.slice(span.end, span.end + 16))) continue;
    // "在某黑客论坛上出售", "在论坛中发帖": a forum one is on is a place, not what was hit.
    if (/论坛$|贴吧$/u.test(phrase) && /在[^，。；,;在]{0,12}$/u.test(text.slice(Math.max(0, span.start - 12), span.start)) && /^\s?[上中里内]/u.test(text.slice(span.end, span.end + 2))) continue;
    // "复杂的系统", "感染的系统", "中保存的账户": an owner before 的 must name someone (an organisation
    // head, a Latin name or a known organisation); else it describes, and the head alone is left.
    // Only where the head is all that follows 的: "处方的审核流程" names its process by what follows.
    const possessive = phrase.lastIndexOf('的');
    // "高水平的外部网络", "应用层的应用程序": an abstract noun (…性, …度, …层, 水平) before 的 is a quality,
    // never an owner; what follows 的 stands alone or not at all.
    if (possessive > 0 && ABSTRACT_OWNER_ZH.test(phrase.slice(0, possessive))) {
      const rest = phrase.slice(possessive + 1);
      const modifier = rest.slice(0, rest.length - head.length);
      if ((rest !== head || BARE_OK_ZH.has(rest)) && !GENERIC_ZH.has(modifier)) spans.push({ start: span.end - rest.length, end: span.end });
      continue;
    }
    if (possessive > 0 && phrase.slice(possessive + 1) === head && describesOnly(phrase.slice(0, possessive))) {
      if (BARE_OK_ZH.has(head)) spans.push({ start: span.end - head.length, end: span.end });
      continue;
    }
    // "未加密数据库泄露": a state that is the incident's cue is no part of the name ("数据库").
    const state = /^(?:未加密|未设密码|未受保护|不安全|暴露)(?:的)?/u.exec(phrase);
    if (state) {
      const rest = phrase.slice(state[0].length);
      if (rest.length > head.length || BARE_OK_ZH.has(rest)) spans.push({ start: span.end - rest.length, end: span.end });
      continue;
    }
    // "我们的网络服务": a pronoun owner says nothing; keep what follows 的 when it is a phrase itself.
    const pronoun = /^(?:我们|他们|你们|它们|您|我|你|他|她|它)的/u.exec(phrase);
    if (pronoun) {
      if (phrase.length - pronoun[0].length > head.length) spans.push({ start: span.end - (phrase.length - pronoun[0].length), end: span.end });
      continue;
    }
    // "Parcelforce Worldwide（全球包裹力量）服务": the name before the gloss is the service.
    const gloss = /[（(]/.exec(text.slice(span.start, span.end));
    if (gloss && gloss.index > 0) {
      spans.push({ start: span.start, end: span.start + gloss.index });
      continue;
    }
    // "广域网（WAN）": an English abbreviation right after the phrase belongs to it.
    const abbreviation = /^[（(][A-Za-z][A-Za-z0-9 .&-]{0,15}[）)]/.exec(text.slice(span.end, span.end + 18));
    spans.push(abbreviation ? { start: span.start, end: span.end + abbreviation[0].length } : span);
  }
  // "公司内部系统", "Bybit 自身基础设施": an owner and a word of its own before a bare head; the phrase
  // finder drops "内部系统" (内部 alone says nothing) and cuts at 自身.
  SELF_OWNED_ZH.lastIndex = 0;
  for (let m = SELF_OWNED_ZH.exec(text); m; m = SELF_OWNED_ZH.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  SITE_NAME.lastIndex = 0;
  for (let m = SITE_NAME.exec(text); m; m = SITE_NAME.exec(text)) {
    // "Hackread.com", "pic.twitter.com/…": a news source's or a social network's address is no victim's site.
    if (namesNonVictim(m[0]) || text[m.index + m[0].length] === '/') continue;
    // "… | The Philippine Star | philstar.com": a title's publisher; "Databreaches.net tracked …": a source.
    // "according to (the website) Leakwatch.net": a source, not a site that was hit.
    if (/\baccording to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    if (/\|\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) || SOURCE_VERB_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    // "Headline - Example.com": a site closing a line after a dash is the title's publisher.
    if (/\s[-–—]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && /^\s*(?:\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // Longest phrase wins an overlap ("Yandex搜索引擎" over "搜索引擎", "IT网络和系统" over "系统").
  return keepLongestSpans(spans, text.length);
}

/** Verbs of a news source or a researcher right after a site's name: "Databreaches.net tracked …". */
const SOURCE_VERB_AFTER = /^\s+(?:(?:first|also|previously)\s+)?(?:reported|reports|tracked|tracks|said|says|wrote|writes|noted|notes|published|publishes|covered|revealed|reveals|found|discovered|obtained|confirmed|identified|identifies|spotted|learned|contacted|verified|analy[sz]ed)\b/;
/** Words that follow a phrase in a date or a Title Case headline, not a name the phrase describes. */
const NOT_A_NAME_AFTER = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'I']);

/**
 * "courier service FedEx", "secure email platform Sigaint": a lower-case phrase followed by a name
 * describes that name, the organisation or product (GUIDELINES.md: a descriptor followed by a name
 * is the name).
 */
function describesNameAfter(text: string, span: Span): boolean {
  // "the website leakwatch.net": a kind before a domain describes that site.
  if (/^ [a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\p{L}\p{N}])/u.test(text.slice(span.end, span.end + 60)) && !/\p{Lu}/u.test(text.slice(span.start, span.end))) return true;
  const m = /^ (\p{Lu}[\p{L}\p{N}.&-]*)/u.exec(text.slice(span.end, span.end + 40));
  if (!m || NOT_A_NAME_AFTER.has(m[1]) || STOP_EN.has(m[1].toLowerCase())) return false;
  return !/\p{Lu}/u.test(text.slice(span.start, span.end).split(' ').pop() ?? '');
}

/**
 * Whether an English phrase names a particular service someone operates: not introduced by an
 * article or quantity ("a backup system", "an email"), not the attacker's or nobody's ("leak site",
 * "phishing emails"), not a number cut at its thousands separator, not a news source's site;
 * "records" are data unless electronic records, i.e. the record system.
 */
function isSpecificEnglish(text: string, span: Span, phrase: string, head: string): boolean {
  const modifiers = phrase.slice(0, phrase.length - head.length).trim().split(/\s+/).filter(Boolean);
  // A proper name among the modifiers ("IAAF servers"); a demonym ("Russian social network") is none.
  const proper = modifiers.some((w) => /^\p{Lu}/u.test(w) && !DEMONYMS.has(w) && !KIND_ACRONYM_EN.test(w));
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  // "a collective work-with-images application": two or more modifiers describe one particular thing.
  const describing = modifiers.filter((w) => !KIND_ACRONYM_EN.test(w) && !/^(?:and|or|&)$/i.test(w));
  if (INDEFINITE_BEFORE_EN.test(before) && !proper && (describing.length < 2 || modifiers.some((w) => DEMONYMS.has(w)))) {
    // "a database of Norrvik’s users": a named owner after the phrase says whose it is.
    // "an unsecured database belonging to Norrvik Travel": so does an owner named by a participle.
    const ownerAfter = /^ (?:of|(?:belonging|belonged) to|(?:owned|operated|run|managed|used) by) (?:the )?\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s?)?(?:\s|$)/u.test(text.slice(span.end, span.end + 40));
    // "an internet-connected backup drive that was not password-protected": a store the leak's own
    // clause says was left open is the one the article is about, however it is introduced.
    const leftOpen = STORE_HEAD_AT_END.test(phrase) && STORE_LEFT_OPEN_AFTER_EN.test(text.slice(span.end, span.end + 60));
    if (!ownerAfter && !leftOpen && (describing.length === 0 || !BREACH_BEFORE_ARTICLE_EN.test(text.slice(Math.max(0, span.start - 60), span.start)))) return false;
  }
  // "two-factor authentication": a security measure users turn on, not a service that was hit.
  if (/(?:factor|2FA|MFA)\s+authentication$/i.test(phrase)) return false;
  // "foreign intelligence services", "the security services": agencies, not anyone's service.
  // "Russian intelligence operations", "influence operations": a state's or an attacker's work, not a victim's.
  if (/\b(?:intelligence|secret|security|armed|military)\s+services?$/i.test(phrase) || /\b(?:intelligence|influence|covert|espionage|military|hacking|cyber|phishing|disinformation)\s+operations?$/i.test(phrase)) return false;
  if (SPLIT_NUMBER_BEFORE.test(before)) return false;
  // "the C&C; server", "a command-and-control (C2) server": the attacker's, even when punctuation splits the modifier off.
  if (modifiers.length === 0 && /(?:C&C|C2|CnC|command[- ]and[- ]control)\W*$/i.test(before)) return false;
  // "Command and Control server" split at "and": the attacker's, like "C2 server".
  if (/\bcommand[- ](?:and|&)[- ]$/i.test(before) && /^control\b/i.test(phrase)) return false;
  // "IDG News Service": a press agency reports, it is no victim's service.
  if (/\bNews\s+Services?$/.test(phrase)) return false;
  // "PCKeeper, a Windows-focused tool": an appositive describes the name before it.
  if (/,\s+(?:a|an)\s+$/i.test(before)) return false;
  // "32 million accounts", "250 TLS services", "a billion user accounts": a count of instances, not
  // a service someone runs ("911 dispatch system", a number that names, keeps a singular head).
  // A number after a name is part of the name ("Office 365 accounts", "Windows 10 machines"), no count.
  const counts = modifiers.filter((w, i) => QUANTITY_WORD_EN.test(w) && !(i > 0 && /^\p{Lu}/u.test(modifiers[i - 1]) && /^\d+$/.test(w)));
  if (counts.length > 0 && (/s$/i.test(head) || modifiers.some((w) => /^(?:million|billion|thousand|hundred|dozen)s?$/i.test(w)))) return false;
  // "the Microsoft Windows operating system": a platform a flaw or a malware is written for, named
  // by kind; a victim's own is owned ("its operating systems").
  // A vendor's possessive is the platform's maker ("smartphones with Google’s operating system"): only a pronoun makes it a victim's.
  if (/\b(?:operating|OS)\s+systems?$/i.test(phrase) && !/\b(?:its|their|our)\s+(?:\S+\s+)?$/i.test(before) && !definiteKindOwnerBefore(text, span.start)) return false;
  if (PEOPLE_ACCOUNTS_EN.test(phrase) || /\bstolen\s+(?:\S+\s+){0,2}$/i.test(before) || PEOPLE_OWNER_BEFORE_EN.test(before)) {
    if (/accounts?$/i.test(head)) return false;
  }
  // "compromised users’ computers", "victims’ inboxes": people's own machines and mail, not an organisation's service.
  if (PEOPLE_OWNER_BEFORE_EN.test(before) && PERSONAL_HEAD_EN.test(head)) return false;
  // "ransom in Bitcoin payments": payments in a currency are the ransom's, not a shop's.
  if (/^payments?$/i.test(head) && modifiers.some((w) => /^(?:bitcoin|cryptocurrency|crypto|ransom|ransomware|monero|ether|ethereum)$/i.test(w))) return false;
  // "staff W-2 records", "your checking account": records and accounts of people are data.
  if (/^(?:your|my)\s+$/i.test(before.slice(-5)) || /(?:^|\s)your\s+(?:\S+\s+){0,2}$/i.test(before)) return false;
  if (NOT_VICTIM_MODIFIER.test(phrase.slice(0, phrase.length - head.length)) || namesNonVictim(phrase)) return false;
  // "restored from its backup systems", "the backup system was restored": a backup is the recovery's
  // means. Backups the attackers wiped, encrypted or left open were hit ("encrypted the backup
  // servers", "the backup servers were wiped"), and a backup store is its data.
  if (/(?:^|\s)backup(?:\s|$)/i.test(phrase.slice(0, phrase.length - head.length))) {
    const destroyed = BACKUP_DESTROYED_BEFORE_EN.test(text.slice(Math.max(0, span.start - 30), span.start)) || BACKUP_DESTROYED_AFTER_EN.test(text.slice(span.end, span.end + 40));
    if (RECOVERY_MEANS_BEFORE_EN.test(before) || !(destroyed || STORE_HEAD_AT_END.test(phrase))) return false;
  }
  // A form's name ("W-2 records") says which data, not whose system.
  if (head === 'records' && !/electronic|\p{Lu}[\p{Ll}]/u.test(phrase.slice(0, phrase.length - head.length))) return false;
  // "medical records of 310,000 patients", "names, Social Security numbers and medical records": the
  // people's data that was taken, not the system that holds it.
  if (head === 'records' && PEOPLE_AFTER_RECORDS_EN.test(text.slice(span.end, span.end + 40))) return false;
  if (PERSONAL_DATA_MODIFIER_EN.test(phrase.slice(0, phrase.length - head.length))) return false;
  return true;
}

/** A store's own relative clause or participle saying it was left open: "… that was not password-protected", "… left exposed online". */
const STORE_LEFT_OPEN_AFTER_EN =
  /^,?\s+(?:(?:that|which)\s+(?:was|were|had been|has been|have been|is|are)\s+(?:(?:left|also|still|apparently|publicly)\s+)*|(?:left|sitting|found)\s+)(?:not password[- ]protected|unsecured|unprotected|misconfigured|unencrypted|open|exposed|publicly (?:accessible|available|exposed|open)|accessible (?:to anyone|without)|without (?:a |any )?(?:password|authentication))/i;

/** "of 310,000 patients", "of about 2 million customers", "of employees": whose records, so the records are data. */
const PEOPLE_AFTER_RECORDS_EN = /^\s+of\s+(?:(?:about|some|nearly|almost|more\s+than|over|up\s+to|roughly|approximately)\s+)?(?:[\d,.]+|patients|customers|employees|students|members|people|individuals|users|clients|residents)\b/i;

/** Personal data items inside a phrase ("Social Security numbers and medical records"): a list of data, not a service. */
const PERSONAL_DATA_MODIFIER_EN = /\b(?:Social\s+Security|(?:phone|account|card|passport|licen[cs]e|ID)\s+numbers|numbers\s+and|dates?\s+of\s+birth|birth\s*dates|home\s+addresses|e-?mail\s+addresses|names\s+and)\b/i;

/**
 * "网站和网络", "业务和网络", "信息泄露和服务": bare heads (or a short word) joined together name no
 * particular service; "网页端和移动端" (both specific alone) does.
 */
function isBareCoordination(phrase: string): boolean {
  const parts = phrase.split(/[和与及]/u);
  if (parts.length < 2) return false;
  const bare = (part: string): boolean => part.length <= 2 || HEAD_ZH_AT_END.exec(part)?.[0] === part || /泄露$/u.test(part);
  return parts.every(bare) && !parts.every((part) => BARE_OK_ZH.has(part));
}

/** An owner's organisation head: "蓝鲸超市的官网", "欧盟议会的网站". */
const OWNER_HEAD_ZH = new RegExp(`(?:${buildAlternation([...ORG_HEADS_ZH, ...ORG_OWNER_HEADS_ZH, '政府', '部门', '局', '部', '署', '委', '厅', '院', '所', '站', '网', '报'])})$`, 'u');

/** Whether an organisation owns what starts at `pos`: "其", "旗下", or an organisation's head and 的 ("医院的", "该公司的"). */
function organisationOwnsZh(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 12), pos).replace(/\s$/u, '');
  if (/(?:其|旗下的?)$/u.test(before)) return true;
  if (!/(?:的|自身的?)$/u.test(before)) return false;
  const owner = before.replace(/(?:的|自身的?)$/u, '');
  return OWNER_HEAD_ZH.test(owner) && !/(?:几|多个|多家|一些|部分|各|数个|若干|许多|众多|所有)[^，。；,;]{0,6}$/u.test(owner);
}

/** Words before 的 that say what a thing is like, not whose or which it is: "复杂的系统", "感染的系统", "中保存的账户". */
const QUALITY_BEFORE_DE = /(?:未设密码|未加密|未受保护|不安全|暴露|缺陷|复杂|感染|正常|更新|保存|存储|计|成熟|受损|老旧|过时|易受攻击|脆弱|存在漏洞|可靠|重要|关键|核心|常见|常用|主流|不同|各种|多种|现有|简单|传统|先进|强大|庞大|大型|小型)$/u;
/** An abstract noun before 的, a quality and no owner: "连续性的", "高水平的", "应用层的". */
const ABSTRACT_OWNER_ZH = /\p{Script=Han}(?:性|度|层|水平|级别|程度)$/u;

/** Whether the words before 的 only describe (and name no owner: a Latin name, an organisation head, a known organisation). */
function describesOnly(owner: string): boolean {
  if (/[A-Za-z0-9]/.test(owner) || OWNER_HEAD_ZH.test(owner) || KNOWN_ORGANIZATIONS.findAll(owner).length > 0 || AGENCY_NAMES.findAll(owner).length > 0) return false;
  return QUALITY_BEFORE_DE.test(owner);
}

/** Whether a phrase contains a news source's or vendor's name ("Bleeping Computer 网站"). */
function namesNonVictim(phrase: string): boolean {
  return NON_VICTIM_ORGANIZATIONS.findAll(phrase).length > 0;
}

interface Cue extends Span {
  status: Status;
  /** Says something happened near a thing (attacked, accessed, stolen), not that it stopped working. */
  weak?: boolean;
  /** Says data or value was exposed or taken: the disruption of a store (database, wallet). */
  exposure?: boolean;
  /** Says a store was left open (unsecured, publicly accessible): a cue for databases, buckets and drives only. */
  storeOnly?: boolean;
}

/** Affected cues too loose to make a generic phrase a service on their own. */
const WEAK_CUE = /^(?:disabled|disconnected|deactivated|(?:switched|turned) off|injected|(?:installed|planted|deployed|inserted) (?:malware|ransomware|a (?:card )?skimmer|(?:card )?skimmers|a backdoor|backdoors|a web shell|web shells|spyware|keyloggers?)|(?:was|were) (?:found|discovered|detected) on|drained|draining|manually|(?:took|taken|take|takes|taking) over|(?:took|taken|take|takes|taking|gained|seized) control of|unsecured|unprotected|misconfigured|publicly (?:accessible|available|exposed|open)|left (?:open|exposed|unprotected|unsecured)|not password[- ]protected|without (?:a |any )?password|without (?:any )?authentication|(?:gain(?:ed|ing|s)?|get|gets|got|gotten|obtain(?:ed|s)?) (?:unauthori[sz]ed |remote |illegal )?access to|attacks?|cyberattacks?|attacked|exposes|exposing|penetrated|infiltrated|rifled through|rifle through|cancell?ed|postponed|dumped|hack|ransomware|stolen|stole|steals|steal|stealing|(?:was|were|is|are|been|be) able to access|managed to access|leaked|exposed|accessed|unauthori[sz]ed access|targeted|hit|spam|breach|访问|攻击|泄露|窃取|被盗|遭|恢复|取消|入侵|加密|劫持|被窃|失窃|盗取|暴露|公开访问|未加密|未设密码|注入|控制了|接管|掏空|被掏空)$/i;
/**
 * Weak cues that are the disruption itself for a service holding data or value: a database is
 * "exposed" or "accessed", a wallet "emptied" (被窃, 盗取), a repository "injected".
 */
const EXPOSURE_CUE = /^(?:drained|draining|stole|steals|steal|stealing|(?:was|were|is|are|been|be) able to access|managed to access|unsecured|unprotected|misconfigured|publicly (?:accessible|available|exposed|open)|left (?:open|exposed|unprotected|unsecured)|not password[- ]protected|without (?:a |any )?password|without (?:any )?authentication|stolen|leaked|dumped|exposed|exposes|exposing|accessed|rifled through|rifle through|unauthori[sz]ed access|breach|泄露|窃取|被盗|被窃|失窃|盗取|暴露|公开访问|未加密|未设密码|注入|访问|控制了|接管|劫持|掏空|被掏空)$/i;

/** A store's state that leaked it ("an unsecured database"); said of a website or a scanner it is no disruption. */
const STORE_STATE_CUE = /^(?:unsecured|unprotected|misconfigured|publicly (?:accessible|available|exposed|open)|left (?:open|exposed|unprotected|unsecured)|not password[- ]protected|without (?:a |any )?password|without (?:any )?authentication)$/i;

/** Every cue of the text, sorted by start; a no-impact cue masks the affected cues inside it. */
function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  UNAFFECTED.lastIndex = 0;
  for (let m = UNAFFECTED.exec(text); m; m = UNAFFECTED.exec(text)) {
    cues.push({ start: m.index, end: m.index + m[0].length, status: 'unaffected' });
  }
  const unaffected = cues.slice();
  let u = 0;
  AFFECTED.lastIndex = 0;
  for (let m = AFFECTED.exec(text); m; m = AFFECTED.exec(text)) {
    const cue: Cue = { start: m.index, end: m.index + m[0].length, status: 'affected', weak: WEAK_CUE.test(m[0]), exposure: EXPOSURE_CUE.test(m[0]), storeOnly: STORE_STATE_CUE.test(m[0]) };
    while (u < unaffected.length && unaffected[u].end <= cue.start) u++;
    if (u < unaffected.length && spansOverlap(unaffected[u], cue)) continue;
    cues.push(cue);
  }
  return cues.sort((x, y) => x.start - y.start);
}

/**
 * The status given by the cue nearest to `phrase` among the cues inside `within`, or null when
 * there is none; `affectedOnly` for a neighbouring sentence, whose no-impact cue is about its own subject. `cues` is sorted by start, so only the neighbours of the phrase are looked at.
 */
function nearestStatus(cues: readonly Cue[], within: Span, phrase: Span, strongOnly = false, store = false, affectedOnly = false): Status | null {
  // First cue starting at or after the phrase's end.
  const lo = countStartingBefore(cues, phrase.end);
  let best: Cue | null = null;
  let bestDistance = Infinity;
  const consider = (cue: Cue, distance: number): void => {
    if (strongOnly && cue.weak && !(store && cue.exposure)) return;
    if (cue.storeOnly && !store) return;
    if (affectedOnly && cue.status === 'unaffected') return;
    // Ties go to "unaffected": explicit no-impact statements are the rarer, deliberate ones.
    if (distance < bestDistance || (distance === bestDistance && cue.status === 'unaffected')) {
      best = cue;
      bestDistance = distance;
    }
  };
  for (let i = lo; i < cues.length && cues[i].end <= within.end; i++) {
    const distance = cues[i].start - phrase.end;
    if (distance > bestDistance) break;
    consider(cues[i], distance);
  }
  // Cues before the phrase, nearest first by end; cues overlapping the phrase are part of it.
  for (let i = lo - 1, seen = 0; i >= 0 && cues[i].start >= within.start && seen < 8; i--) {
    if (cues[i].end > phrase.start) continue;
    seen++;
    consider(cues[i], phrase.start - cues[i].end);
  }
  return (best as Cue | null)?.status ?? null;
}

/**
 * An enumeration's introduction before a phrase that makes its items examples of a kind or things
 * imitated, not what the incident hit: "来自各种加密货币钱包的数据，包括…", "模仿企业VPN产品（如…）",
 * "steals data from various wallets, including…".
 */
const EXAMPLES_INTRO = /(?:各种|各类|多种|众多|various|a variety of|a range of|伪装成|冒充|模仿|仿冒|假冒|仿造|impersonat\w*|mimic\w*|spoof\w*)[^。；;!?！？]*?(?:包括|包含|例如|比如|如|including|such as|like)[^。；;!?！？]*$/iu;

/** Whether the phrase at `start` is an item of an enumeration of examples or imitations in its sentence. */
function isExampleItem(text: string, sentence: Span, start: number): boolean {
  return EXAMPLES_INTRO.test(text.slice(Math.max(sentence.start, start - 200), start));
}

/** A sentence that opens with a condition. */
const CONDITIONAL_OPENING = /^[\s“"•·*\-\d.、]*(?:如果|假如|倘若|若是|要是|万一|一旦|If|Unless|Should)(?![\p{L}])/u;
/** A condition earlier in the phrase's own clause: "…，一旦某个系统发生故障". */
const CONDITIONAL_IN_CLAUSE = /(?:如果|假如|倘若|一旦|万一|\bif\b|\bunless\b)[^。；;，,!?！？:：]*$/iu;
/** What follows a channel a claim was posted in: "在Telegram频道中，…声称". */
const POSTED_IN_AFTER_ZH = /^[中上里内]?[，,]?[^。；;]{0,30}?(?:声称|宣称|宣布|发布|发文|发帖|表示|写道|公布)/u;

/** A defender's verb right before a phrase: "safeguarding its networks", "to better protect our systems", "invest in securing their infrastructure". */
const PROTECTED_BEFORE_EN =
  /\b(?:safeguard(?:s|ed|ing)?|protect(?:s|ed|ing)?|secur(?:e|es|ed|ing)|defend(?:s|ed|ing)?|harden(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|bolster(?:s|ed|ing)?|shor(?:e|es|ed|ing) up|fortif(?:y|ies|ied|ying))\s+(?:(?:its|their|our|the|all)\s+)?(?:(?:own|entire|whole|internal|core|main|computer|IT)\s+)?$/iu;

/** Advice right before a phrase: "(should|urged to) monitor their", "to change your", "keep an eye on any". */
const ADVICE_BEFORE_EN =
  /\b(?:should|must|need to|needs to|urged to|advised to|encouraged to|asked to|told to|reminded to|recommended to|recommends that you|are advised to|notified to|instructed to|prompted to)\s+(?:also\s+|closely\s+|regularly\s+|carefully\s+)?(?:monitor|check|watch|review|change|reset|update|secure|protect|keep an eye on|look out for|be wary of|log into|log in to|sign in to|contact)\s+(?:their|your|his|her|any|all)\s+(?:[\p{L}-]+\s+){0,2}(?:(?:on|for|in|of|at)\s+(?:their|your|his|her|any|all)\s+(?:[\p{L}-]+\s+){0,2})?$/iu;

/** A sentence that opens with advice to readers or users. */
const ADVICE_SENTENCE = /^[\s“"•·*\-\d.、]*(?:(?:我们|专家|研究人员|安全人员|公司|官方)?建议|请(?:用户|您|大家)?|用户应|(?:Users|Customers|Organi[sz]ations|Companies|You) should|(?:We|Experts|Researchers) (?:recommend|advise)|It is (?:recommended|advised))/u;

/** A possessive owner right before a phrase: "its website", "Baltimore’s 911 dispatch system", "其网站", "我们的". */
const OWNER_BEFORE = /(?:\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)\s+|[\p{L}][\p{L}\p{N}&.-]*(?:['’]s|s['’])\s+(?:\p{Ll}+\s+){0,2}|(?:其|我们的|他们的|(?:该|这家|此|涉事)(?:公司|企业|集团|机构|银行|医院|大学|学校|单位|部门|政府|交易所|平台)(?:的|自身的?)|(?:公司|企业|集团|机构|银行|医院|大学|学校|单位|部门|政府|交易所|平台)(?:的|自身的?)|旗下(?:的)?)\s?)$/u;

/** Acronyms of kinds, not names: "IT系统", "VoIP 客户端", "DNS servers" name nobody's service. */
const GENERIC_ACRONYMS = /(?<![A-Za-z])(?:IT|OT|ICT|DNS|VPN|WAN|LAN|API|APP|App|SaaS|PC|PCs|POS|ERP|CRM|SCADA|ATM|ATMs|SMS|CAD|SSO|AI|VoIP|VOIP|TV|LTE|[45]G|Wi-Fi|WiFi|IoT|FTP|SFTP|VNC|SSH|HTTPS?|SMTP|IMAP|RDP|SMB|NAS)(?![A-Za-z])/g;
/**
 * Platforms named in an English phrase say which kind of machine, not whose: "Windows desktop computers",
 * "Linux servers", "Android phones" (a victim's own are owned otherwise: "its Linux servers", "the
 * servers that Larkspur Hosting ran").
 */
const PLATFORM_NAMES_EN = /(?<![A-Za-z])(?:Windows|Linux|Unix|Android|iOS|macOS|Mac|Chromebooks?)(?![A-Za-z])/g;


/**
 * Whether a phrase names a service of someone in particular: a proper name or a domain inside it
 * ("IAAF servers", "Dish.com", "SAP系统", "威马智行APP"), an owner before 的 inside it ("欧盟议会的网站"),
 * a possessive right before it ("its website", "其网站"), or an owner after it ("the website of
 * Scandinavian Airlines").
 */
function isOwned(text: string, phrase: Span): boolean {
  // "企业资源规划（ERP）": an abbreviation in brackets glosses the kind; it names no owner.
  const raw = text.slice(phrase.start, phrase.end);
  let body = raw.replace(/[（(][A-Za-z0-9 .&-]{1,15}[）)]/gu, '').replace(GENERIC_ACRONYMS, '');
  if (!/\p{Script=Han}/u.test(raw)) body = body.replace(PLATFORM_NAMES_EN, '');
  if (OWNER_CLAUSE_AFTER_EN.test(text.slice(phrase.end, phrase.end + 80))) return true;
  if (/[A-Z0-9]/.test(body.replace(/^(?:The|A|An) /, '')) || /\.[a-z]{2,}/.test(body) || SELF_OWNED_PHRASE.test(body)) return true;
  if (/\p{Script=Han}{2,}的/u.test(body) && KNOWN_ORGANIZATIONS.findAll(body).length > 0) return true;
  // "学校的教务系统", "北湖医院的挂号系统": an owner ending in an organisation's head.
  const de = body.lastIndexOf('的');
  // "几个主要机场的网站" counts owners, and names none.
  if (de > 0 && OWNER_HEAD_ZH.test(body.slice(0, de)) && !/几|多个|多家|一些|部分|各|数个|若干|许多|众多|所有/u.test(text.slice(Math.max(0, phrase.start - 6), phrase.start) + body.slice(0, de))) return true;
  const before = text.slice(Math.max(0, phrase.start - 40), phrase.start);
  if (OWNER_BEFORE.test(before) || PUBLIC_BODY_OWNER_BEFORE.test(before)) return true;
  // "《卫报》的一些技术基础设施", "Dish的": a known organisation right before, with or without 的.
  const owner = before.replace(/[》」"”]?(?:的)?(?:一些|部分|所有|全部)?\s?$/u, '');
  if (KNOWN_ORGANIZATIONS.findAll(owner.slice(-24)).some((hit) => hit.end === owner.slice(-24).length)) return true;
  // "the website of Scandinavian Airlines"; "the website’s content management system" (it owns a part).
  return /^(?: (?:of|at|for) (?:the )?\p{Lu}|['’]s )/u.test(text.slice(phrase.end, phrase.end + 12));
}

/** English modifiers that say which sector or kind of systems, not whose: "critical infrastructure", "corporate networks". */
const KIND_MODIFIERS_EN = new Set([
  'critical', 'corporate', 'enterprise', 'business', 'public', 'private', 'personal',
  'western', 'commercial', 'consumer', 'vulnerable', 'unpatched', 'insecure', 'third-party', 'national', 'sensitive', 'key', 'modern',
  // Where systems run, said of systems in general ("on-premises infrastructure", "hybrid environments").
  'premises', 'on-premises', 'on-premise', 'hybrid',
  // A tier of government said of its systems in general ("increasing hacking of municipal systems").
  'municipal',
  // How a victim runs, not what: "restoring normal operations", "return to full operations".
  'normal', 'full', 'regular', 'usual', 'daily', 'day-to-day',
  // A sector named by its services ("Financial services accounted for 12 percent of attacks").
  'financial',
]);

/** Whether every modifier of an English phrase is a kind word and at least one is there ("corporate networks"; not "networks"). */
function isKindOnlyEnglish(phrase: string): boolean {
  if (/\p{Script=Han}/u.test(phrase)) return false;
  const words = phrase.split(/\s+/);
  if (words.length < 2) return false;
  const head = HEAD_EN_AT_END.exec(phrase)?.[0] ?? words[words.length - 1];
  const modifiers = phrase.slice(0, phrase.length - head.length).trim().split(/\s+/).filter(Boolean);
  return modifiers.length > 0 && modifiers.every((w) => KIND_MODIFIERS_EN.has(w.toLowerCase()));
}

/** A named owner and a head with nothing between: "Sabre’s software", "Atlanta’s network". */
const OWNER_AND_BARE_HEAD = new RegExp(`^\\p{Lu}[^’']*(?:['’]s|['’])\\s+(?:own\\s+)?${buildAlternation(SERVICE_HEADS_EN)}$`, 'iu');

function classify(text: string, sentences: readonly Span[], cues: readonly Cue[], phrases: readonly Span[], refYear: number): Candidate[] {
  const out: Candidate[] = [];
  const clausesOf = new Map<number, Span[]>();
  for (const phrase of phrases) {
    const index = findSpanIndex(sentences, phrase.start);
    if (index < 0) continue;
    const sentence = sentences[index];
    let clauses = clausesOf.get(index);
    if (!clauses) {
      clauses = splitClauses(text, sentence);
      clausesOf.set(index, clauses);
    }
    const clause = clauses[Math.max(0, findSpanIndex(clauses, phrase.start))];
    // "建议用户监控他们的银行账户", "Users should reset their email passwords": advice names what
    // readers should look after, not what the incident disrupted.
    if (ADVICE_SENTENCE.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)))) continue;
    // "is looking to invest more in safeguarding its networks": what a defender protects is no disruption.
    if (PROTECTED_BEFORE_EN.test(text.slice(Math.max(sentence.start, phrase.start - 50), phrase.start))) continue;
    // "told employees they should monitor their bank accounts": advice inside a sentence names what people should watch.
    if (ADVICE_BEFORE_EN.test(text.slice(Math.max(sentence.start, phrase.start - 80), phrase.start))) continue;
    if (isExampleItem(text, sentence, phrase.start)) continue;
    if (isOtherRoleEnglish(text, sentence, phrase)) continue;
    // "这些漏洞可能允许未经授权者访问…并威胁到X的云基础设施": what a flaw could let attackers do is vulnerability news.
    if (/(?:可能|或可|能够|可以)(?:会)?(?:允许|让|使)[^。；;!?！？]{0,40}$/u.test(text.slice(Math.max(sentence.start, phrase.start - 50), phrase.start))) continue;
    // "2010年，McAfee删除了Windows XP的系统文件": a sentence dated years before the article tells a past incident.
    if (isBackgroundSentence(text.slice(sentence.start, sentence.end), refYear)) continue;
    // "hackers selling stolen databases", "a database from the company went up for sale": a copy taken away is data.
    if (isTradedData(text, sentence, phrase)) continue;
    // "窃取用户的WhatsApp账户": individuals' accounts are stolen data, not a service.
    if (USER_ACCOUNT_BEFORE.test(text.slice(Math.max(0, phrase.start - 12), phrase.start)) && ACCOUNT_END.test(text.slice(phrase.start, phrase.end))) continue;
    // "X应用一旦安装，就会…", "该平台也可能遭遇故障": a condition or a possibility after the phrase.
    if (HYPOTHETICAL_AFTER.test(text.slice(phrase.end, Math.min(sentence.end, phrase.end + 16)))) continue;
    // "如果没有X的系统支持，工厂将无法生产", "If crucial systems are compromised, …": a condition
    // says what could happen, not what did.
    if (CONDITIONAL_OPENING.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 12))) || CONDITIONAL_IN_CLAUSE.test(text.slice(sentence.start, phrase.start))) continue;
    // "当域控制器被感染时": a time clause of a general case, not an event.
    if (/当[^，。；,;]{0,6}$/u.test(text.slice(Math.max(sentence.start, phrase.start - 8), phrase.start)) && /^[^，。；,;]{0,12}时/u.test(text.slice(phrase.end, phrase.end + 14))) continue;
    // "这些漏洞会影响 X（版本 8.x）", "X 插件中存在两个关键漏洞": the product a flaw is found in is
    // vulnerability news, not a service the incident hit (an attack through it is read elsewhere: 利用X的漏洞).
    if (VULNERABLE_SCOPE_BEFORE.test(text.slice(Math.max(sentence.start, phrase.start - 24), phrase.start)) || VULNERABLE_AFTER.test(text.slice(phrase.end, phrase.end + 24))) continue;
    // "IT服务中断情况", "软件系统影响面": a section heading names a topic, not a service that failed.
    if (isTopicHeading(text, phrase)) continue;
        // "在Telegram频道中声称…": where a claim was posted is no service that failed.
    if (text[phrase.start - 1] === '在' && POSTED_IN_AFTER_ZH.test(text.slice(phrase.end, phrase.end + 40))) continue;
    // "obtained from previously compromised third-party services": other, earlier breaches.
    if (/\b(?:previously|earlier|formerly|once)\s+(?:compromised|breached|hacked|leaked|stolen|exposed)\s+$/i.test(text.slice(Math.max(0, phrase.start - 40), phrase.start))) continue;
    // "提供免费的身份监测服务": what a victim offers its customers afterwards is a remedy.
    if (/(?:免费|free)的?\s?$/iu.test(text.slice(Math.max(0, phrase.start - 4), phrase.start))) continue;
    // The clause first ("X remains operational; however Y was affected"), then the sentence, then
    // its neighbours: a service is often named a sentence after the outage ("The system ..."); a
    // neighbour's cue counts only when it says something stopped working (not "attacked", "访问",
    // "恢复" said of something else there).
    const neighbours = { start: sentences[Math.max(0, index - 1)].start, end: sentences[Math.min(sentences.length - 1, index + 1)].end };
    // "通过 Dropbox 和 file.io 等服务提取信息", "旨在WordPress 平台上创建帖子": a service the attacker
    // used, or one named to say what something is for, is no service that was hit.
    if (isInstrumentOrPurpose(text, clause ?? sentence, phrase)) continue;
    let status: Status | null;
    if (STRICT_BARE_EN.has(text.slice(phrase.start, phrase.end).toLowerCase())) {
      // "the server was wiped", "the network remained locked": a bare machine word, owned or not, is a
      // service only where its own clause or sentence says it stopped working; "activity on its
      // network" or "access to computers" is said of any machine. Without a determiner or an owner
      // it names machines in general ("malware infecting computers", "Computers across the world").
      // An owner after it ("an attack on computers at Orvale High School") names whose they are, and
      // an attack bound to them then says they were hit.
      const lead = text.slice(Math.max(sentence.start, phrase.start - 40), phrase.start);
      const ownerAfter = /^ (?:at|of|in|inside) (?:the )?\p{Lu}/u.test(text.slice(phrase.end, phrase.end + 12));
      if (!DETERMINED_BEFORE_EN.test(lead) && !ownerAfter) continue;
      // "the school district's network was hit by ransomware": a possessive owner binds the attack too.
      const possessed = /['’]s?\s$|\b(?:[Ii]ts|[Tt]heir|[Oo]ur)\s$/u.test(lead);
      status =
        (clause ? nearestStatus(cues, clause, phrase, true) : null) ??
        nearestStatus(cues, sentence, phrase, true) ??
        ((ownerAfter || possessed) && isBreachArgument(text, phrase) ? 'affected' : null);
    } else if (!isOwned(text, phrase)) {
      // "attacks on critical infrastructure", "break into corporate networks": with nobody's name and
      // only words of a sector or kind before its head, a phrase names a class of systems in general.
      if (isKindOnlyEnglish(text.slice(phrase.start, phrase.end)) && !/^ (?:at|of|in|inside|belonging to|owned by|run by) (?:the )?\p{Lu}/u.test(text.slice(phrase.end, phrase.end + 20))) continue;
      // A generic phrase ("the servers", "网站和网络", nobody's in particular) is a service only when
      // its own sentence says it stopped working (down, 中断, 瘫痪): a cue in a neighbouring sentence,
      // or one that only says something was attacked, accessed or stolen, is not enough, unless the
      // phrase is itself the subject or object of that attack ("对X进行了攻击", "X was hacked").
      const store = STORE_HEAD_AT_END.test(text.slice(phrase.start, phrase.end));
      status =
        (clause ? nearestStatus(cues, clause, phrase, true, store) : null) ??
        nearestStatus(cues, sentence, phrase, true, store) ??
        (isBreachArgument(text, phrase) ? 'affected' : null);
    } else {
      // "Sabre’s software": a head that says nothing alone, made specific by its owner's name only,
      // takes no cue from a neighbouring sentence.
      const ownerOnly = OWNER_AND_BARE_HEAD.test(text.slice(phrase.start, phrase.end));
      const store = STORE_HEAD_AT_END.test(text.slice(phrase.start, phrase.end));
      status =
        (clause ? nearestStatus(cues, clause, phrase, false, store) : null) ??
        nearestStatus(cues, sentence, phrase, false, store) ??
        (ownerOnly ? null : nearestStatus(cues, neighbours, phrase, true, false, true));
    }
    // "尚未发现官方前端遭到入侵的证据", "no evidence that the app was compromised": a breach denied.
    if (status === 'affected' && NEGATED_EVIDENCE_BEFORE.test(text.slice((clause ?? sentence).start, phrase.start))) status = 'unaffected';
    if (status) out.push({ ...phrase, status });
  }
  return out;
}

/** The attacker named as the owner or user of a phrase: "ransomware gangs’ use of customer portals", "the hackers’ servers". */
const ATTACKER_OWNER_BEFORE_EN =
  /\b(?:gangs?|hackers?|attackers?|criminals?|cybercriminals?|crooks?|scammers?|fraudsters?|extortionists?|threat actors?)['’]s?\s+(?:(?:use|network|array|fleet) of\s+)?(?:(?:the|own)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** The attacker named as the one using a phrase after it: "the foreign network exploited by the attackers". */
const ATTACKER_USER_AFTER_EN =
  /^,?\s+(?:(?:that|which)\s+(?:was|were|is|are|had been)\s+)?(?:used|exploited|operated|controlled|run|set up|rented|leased|hosted|registered|created|abused)\s+by\s+(?:the\s+|these\s+|those\s+)?(?:[\p{L}-]+\s+)?(?:attackers|hackers|criminals|cybercriminals|fraudsters|scammers|crooks|gangs?|threat actors?|actors|intruders)\b/iu;
/** An indefinite, generic owner: "a company's", "any organisation's", "every user's" ("a Vermont business's" is one in particular). */
const ANY_OWNER_BEFORE_EN = /\b(?:(?:a|an)\s+|(?:any|every|each)\s+(?:[\p{L}-]+\s+)?)(?:company|organi[sz]ation|business|firm|enterprise|user|person|victim|individual|consumer|customer|citizen)(?:['’]s|s['’])\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A possibility before a phrase: "the prospect of losing content on", "the risk of attacks on". */
const PROSPECT_BEFORE_EN = /\b(?:prospect|risk|threat|danger|possibility|fear|spectre|specter)\s+of\s+(?:\S+\s+){0,5}$/iu;
/** A security firm as the subject, then its or their before the phrase. */
const SECURITY_FIRM_OWNER_BEFORE_EN =
  /\b(?:security|cybersecurity|cyber-security|antivirus|anti-virus|threat intelligence)\s+(?:firm|company|vendor|provider|researchers?|outfit|giant|specialist|team)\b[^.;!?]{0,120}\b(?:its|their)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** Attackers as the subject, then "their own" before the phrase. */
const ATTACKERS_THEN_OWN_EN = /\b(?:hackers|attackers|criminals|cybercriminals|crooks|scammers|fraudsters|gangs|threat actors|thieves|intruders)\b[^.;:!?]{0,120}\btheir\s+own\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A phrase that is itself the imitation, the subject of a verb of imitating: "pages that mimic …", "apps posing as …". */
const IMITATES_AFTER_EN = /^,?\s+(?:(?:that|which)\s+)?(?:mimic|impersonat|imitat|spoof|masquerad|resembl|pos(?:e|es|ed|ing) as|look(?:s|ed)? like|(?:are|were|was|is) (?:designed|made) to look)/iu;
/**
 * A purpose or a capability before a phrase in its sentence: what malware is built to do or a system is
 * used for is no disruption ("in order to … destroy serial devices at substations", "which we use for log
 * storage").
 */
const PURPOSE_BEFORE_EN =
  /(?:\b(?:in order to|so as to|designed to|intended to|meant to|capable of|can be used to|could be used to|with the ability to|(?:not )?supposed to)\b[^.;:!?]{0,140}|\b(?:we|they|it|which|that)\s+(?:use|uses|used)\s+(?:it\s+|them\s+)?for\s+)$/iu;
/** An attempt before a phrase, which says nothing about whether it was hit: "attempting to hack Vermont’s grid", "tried to breach the network". */
const ATTEMPT_BEFORE_EN =
  /\b(?:attempt(?:ed|ing|s)?|tried|trying|tries|try|sought|seeking|seeks|plott(?:ed|ing)|plots?)\s+to\s+(?:hack(?:\s+into)?|breach|access|compromise|infiltrate|penetrate|attack|disrupt|take\s+down|knock\s+out|steal\s+from|infect|hijack|break\s+into|gain\s+access\s+to|shut\s+down|sabotage)\s+(?:\S+\s+){0,2}$/iu;
/** Consumers as the subject of a clause; "their" after them makes the personal things theirs ("taxpayers … their phones"). */
const CONSUMERS_EN = /\b(?:customers|users|travell?ers|passengers|taxpayers|subscribers|consumers|shoppers|members|players|viewers|readers|fans|victims|people|individuals|account\s+holders|cardholders|clients|voters|citizens|recipients)\b/iu;

/**
 * Whether an English phrase has a role in its sentence that makes it no victim's service: the
 * attacker's own or used by the attacker, the imitation itself, what something is for or able to do,
 * the object of an attempt, or consumers' own devices and accounts.
 */
function isOtherRoleEnglish(text: string, sentence: Span, phrase: Span): boolean {
  const body = text.slice(phrase.start, phrase.end);
  if (/\p{Script=Han}/u.test(body)) return false;
  const before = text.slice(Math.max(sentence.start, phrase.start - 160), phrase.start);
  const after = text.slice(phrase.end, Math.min(sentence.end, phrase.end + 80));
  if (ATTACKER_OWNER_BEFORE_EN.test(before.slice(-60)) || ATTACKER_USER_AFTER_EN.test(after) || IMITATES_AFTER_EN.test(after)) return true;
  // "a company's internal network is appealing to hackers": anyone's in general, nobody's in particular.
  if (ANY_OWNER_BEFORE_EN.test(before.slice(-60))) return true;
  // "the prospect of losing content on computer systems": what could be lost was not.
  if (PROSPECT_BEFORE_EN.test(before.slice(-60))) return true;
  // "security firm F-Secure says the spam its systems are blocking": the defender's own systems at work.
  if (SECURITY_FIRM_OWNER_BEFORE_EN.test(before)) return true;
  // "head of financial services at X", "the developer of the Silo web browser": a field or a product that describes a person or a company.
  if (/\b(?:head|director|chief|manager|officer|vice president|VP)\s+of\s+$/iu.test(before) || /\b(?:developer|maker|creator|vendor|publisher)\s+of\s+(?:the\s+)?$/iu.test(before)) return true;
  // "third parties that provide access to Swift's network were targeted": the providers were hit, not what they give access to.
  if (/\b(?:provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|giv(?:e|es|ing)|grant(?:s|ed|ing)?)\s+(?:\S+\s+)?access\s+to\s+(?:\S+\s+){0,2}$/iu.test(before.slice(-60))) return true;
  // "the website could be exploited by anyone": a possibility said of it, not an event ("may have been" is one).
  if (/^(?:\s+(?:for|in|of|at|on)\s+(?:\S+\s+){0,2}?[^\s,.;]+)?\s+[“"]?(?:could|might|may|would)\s+(?:(?:also|easily|potentially|still|even)\s+)?be\s+(?:\w+\s+)?(?:exploited|hacked|breached|compromised|attacked|vulnerable|targeted|abused|at risk)\b/iu.test(after)) return true;
  // "victims were told to download “Northwind support software”": the lure victims install.
  if (/\b(?:download|install|run|open)\s+(?:the\s+)?[“"]$/iu.test(before)) return true;
  // "cybercriminals … redirecting the payments into their own bitcoin wallets": what attackers call their own is theirs.
  if (ATTACKERS_THEN_OWN_EN.test(before)) return true;
  // "… meant to affect Norrvik cloud services, which crashed": its own relative clause tells what happened to it.
  const toldAfter = /^,?\s+(?:which|that)\s/u.test(after);
  if (!toldAfter && (PURPOSE_BEFORE_EN.test(before) || ATTEMPT_BEFORE_EN.test(before.slice(-80)))) return true;
  // "taxpayers … before the texts reach their phones": consumers' own devices.
  const head = HEAD_EN_AT_END.exec(body)?.[0] ?? '';
  if (/\btheir\s+(?:[\p{L}-]+\s+)?$/iu.test(before) && PERSONAL_HEAD_EN.test(head)) {
    const clauseStart = Math.max(before.search(/[^;:]*$/u), 0);
    if (CONSUMERS_EN.test(before.slice(clauseStart))) return true;
  }
  return false;
}

/** A flaw as the subject of 影响 ("这些漏洞会影响", "the flaw affects"): the versions in scope, not a disruption. */
const VULNERABLE_SCOPE_BEFORE = /(?:漏洞|缺陷|bug|Bug|BUG)[^，。；,;]{0,6}?(?:会|将|可能|均|都)?(?:影响|波及)(?:了|到)?\s?$|\b(?:flaws?|vulnerabilit(?:y|ies)|bugs?)\s+(?:that\s+)?(?:(?:could|may|might|would|also)\s+)?affect(?:s|ed)?\s+(?:the\s+)?$/iu;
/** A flaw found in the phrase right after it: "X插件中存在两个关键漏洞", "X产品中至少五个安全缺陷". */
const VULNERABLE_AFTER = /^\s?(?:插件|产品|组件|软件|版本|固件)?\s?(?:中|里|内)(?:存在|发现了?|曝出|修复了?|修补了?)?[^，。；,;]{0,12}(?:漏洞|缺陷)|^\s?(?:中|里|内)?(?:存在|曝出)[^，。；,;]{0,12}(?:漏洞|缺陷)/u;
/** Words that end a section heading about a topic: "…中断情况", "…影响面", "…分析". */
const TOPIC_HEADING_END = /(?:情况|影响面|影响范围|分析|概况|概述|回顾|总结|解读|详情|始末|时间线)\s*$/u;

/** Whether the phrase stands in a short line without sentence punctuation that ends in a topic word. */
function isTopicHeading(text: string, phrase: Span): boolean {
  const lineStart = text.lastIndexOf('\n', phrase.start - 1) + 1;
  let lineEnd = text.indexOf('\n', phrase.end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  return line.length <= 24 && !/[，。；,;!?！？]/u.test(line) && TOPIC_HEADING_END.test(line);
}

/** Owners that make an account an individual's: "用户的", "受害者" (a bank's customers' accounts are the bank's service). */
const USER_ACCOUNT_BEFORE = /(?:用户|受害者|个人|网民|玩家)(?:的)?\s?$/u;
const ACCOUNT_END = /(?:账户|账号|帐户|帐号|accounts?)$/iu;
/** A condition or a concessive possibility right after the phrase: "一旦安装", "也可能遭遇意外故障" ("可能出现延误" alone is an announced effect). */
const HYPOTHETICAL_AFTER = /^\s?(?:一旦|如果|若是|(?:也|还|都|则)(?:可能|或许)(?:会)?(?!已|曾)[^，。；,;了]{0,8}(?:[，。；,;]|$))/u;
/** A four-digit year, not a product's version ("Windows 2000"); a sentence whose years are all this much older than the article tells background. */
const YEAR = /(?<![\d.,])(?:19|20)\d{2}(?=年|\s?$|\s?[^\d万亿千百余多个台名家条份%.])/g;
/** A product's name closed by a year-like version: "Windows 2000", "Exchange Server 2019" (not "In 2012"). */
const PRODUCT_VERSION_YEAR = /\b(?!(?:In|By|Since|From|Until|Before|After|On|At|Of|During|Through|And|Or|The)\b)[A-Z][\w.+-]* (?:19|20)\d{2}\b/g;
/** Words that put a sentence in the article's own incident: "本次", "this incident". */
const CURRENT_INCIDENT = /本次|此次|这次|这起|该事件|\bthis (?:week|month|year|incident|attack|outage)\b/iu;
const BACKGROUND_YEARS = 5;

/** Whether a sentence names years, all of them at least BACKGROUND_YEARS before the article's. */
function isBackgroundSentence(sentence: string, refYear: number): boolean {
  const years = sentence.replace(PRODUCT_VERSION_YEAR, '').match(YEAR);
  return !!years && !CURRENT_INCIDENT.test(sentence) && years.every((y) => Number(y) <= refYear - BACKGROUND_YEARS);
}

/** A store's copy that was stolen or is traded: "stolen databases", "selling hacked databases", "a database … went up for sale". */
const STOLEN_BEFORE_EN = /\b(?:stolen|pilfered|hacked and stolen|leaked and stolen)\s+(?:[\p{L}-]+\s+)?$/iu;
const TRADED_BEFORE_EN = /\b(?:selling|sells|sold|auction(?:s|ed|ing)?|trading|traded|buying|bought|peddling)\s+(?:\S+\s+){0,4}$/iu;
const FOR_SALE_AFTER_EN = /^[^.;!?]{0,60}\b(?:(?:up|put|listed|offered)\s+for\s+sale|on\s+sale)\b/iu;

/** Whether a store phrase names data taken away (a stolen or traded copy), not the victim's system. */
function isTradedData(text: string, sentence: Span, phrase: Span): boolean {
  const body = text.slice(phrase.start, phrase.end);
  if (!STORE_HEAD_AT_END.test(body) || /\p{Script=Han}/u.test(body)) return false;
  const before = text.slice(Math.max(sentence.start, phrase.start - 60), phrase.start);
  return STOLEN_BEFORE_EN.test(before) || TRADED_BEFORE_EN.test(before) || FOR_SALE_AFTER_EN.test(text.slice(phrase.end, sentence.end));
}

/** A denial that opens the clause before a phrase: "尚未发现…", "没有迹象表明…", "there is no evidence that …". */
const NEGATED_EVIDENCE_BEFORE =
  /(?:(?:尚未|并未|未|没有|没)(?:发现|找到|检测到)(?:任何)?(?:证据表明|迹象表明)?|(?:没有|并无|无|尚无)(?:任何)?(?:证据|迹象)(?:表明|显示)?|\bno (?:evidence|indication|sign|reason to (?:believe|think|suspect))s?(?: (?:that|of))?|\bnothing (?:suggests|indicates) that)[^。；;!?！？]{0,30}$/iu;

/** A breach predicate bound to the phrase: its object ("对X进行了攻击", "入侵了X", "breached the X") or subject ("X遭到攻击", "X was hacked"). */
const BREACH_BEFORE =
  /(?:(?:入侵|攻破|劫持|控制|篡改|破坏|感染|攻击)了\s?$|\b(?:attack(?:s|ed)? on|assault on|hack(?:ed|ing)? into|br(?:oke|eak|eaking|eaks) into|breach(?:ed)?|compromised|infiltrated|attacked|hijacked|hijacking|took over|taken over|tak(?:e|es|ing) over|(?:hacking|hijacking|compromise|breach|infiltration|takeover) of|gain(?:ed|ing|s)? (?:unauthori[sz]ed |remote |illegal )?access to|unauthori[sz]ed access to|access(?:ed)?\s+(?:[\w-]+\s+){0,3}(?:stored|held|kept|hosted)\s+(?:on|in)|rifled? through|penetrated|exploit(?:ed|ing|s)?|(?:stolen|exfiltrated|siphoned) from|(?:installed|planted|deployed|injected|inserted)\s+(?:[\w-]+\s+){0,3}(?:on|onto|into)|(?:was|were)\s+(?:found|discovered|detected)\s+on)\s+(?:(?:the|an?|their|its)\s+)?$)/iu;
const BREACH_AFTER_ZH = /^\s?(?:(?:遭到?|被|受到?)了?(?:黑客|网络|勒索软件|勒索病毒|勒索|恶意软件|\s?DDoS\s?|分布式拒绝服务|拒绝服务)?(?:攻击|入侵|攻破|劫持|篡改|感染|黑|加密|删除))/u;
const BREACH_AFTER_EN = /^\s+(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:hacked|breached|compromised|attacked|infiltrated|hijacked|infected|(?:hit|struck|crippled) by)\b/iu;

/** Whether the phrase is the subject or object of a breach or attack predicate right next to it. */
function isBreachArgument(text: string, phrase: Span): boolean {
  // "身份和开发者服务遭攻击": kinds of services joined together name none in particular; "几个主要机场的网站": counted, none named.
  if (/[和与及、]/u.test(text.slice(phrase.start, phrase.end)) || COUNTED_BEFORE.test(text.slice(Math.max(0, phrase.start - 10), phrase.start))) return false;
  const after = text.slice(phrase.end, phrase.end + 24);
  if (BREACH_AFTER_ZH.test(after) || BREACH_AFTER_EN.test(after)) return true;
  // Wide enough for "unauthorized access to an external ", "accessed data stored on a ".
  const before = text.slice(Math.max(0, phrase.start - 48), phrase.start);
  // "对(该市的)X进行了攻击": the object of 对 with the predicate after it.
  if (/(?:对|针对)[^，。；,;对]{0,8}$/u.test(before) && /^\s?(?:进行|发起|实施)了?[^，。；,;]{0,6}?(?:攻击|入侵)/u.test(after)) return true;
  return BREACH_BEFORE.test(before);
}

/** A count before a phrase (or before its owner): "几个主要机场的", "多家银行的", "some of the". */
const COUNTED_BEFORE = /(?:几个|多个|多家|一些|部分|各|数个|若干|许多|众多|所有)[^，。；,;]{0,8}$|\b(?:some|several|many|multiple|various)\s+(?:\S+\s+){0,2}$/iu;

/** Before a phrase in its clause: the attacker's means ("通过 X 等服务"), or what something is for or built on ("旨在", "基于"). */
const INSTRUMENT_BEFORE = /(?:通过|借助|利用|via|using|through)\s?[^，。；,;]{0,12}$/iu;
const INSTRUMENT_AFTER = /^[^，。；,;]{0,10}?(?:提取|外传|外泄|传出|发送|上传|回传|分发|传播|exfiltrat|send|upload|distribut|spread)/iu;
const PURPOSE_BEFORE = /(?:旨在|基于|用来|以便|以确保)[^，。；,;]{0,20}$/u;

/**
 * A channel something was spread, sent, installed or posted through: "distributed via BitTorrent
 * sites", "sent from legitimate email accounts", "wrote on its Facebook page"; where a link leads
 * ("linked to a paste site page") or whose account one tweets from.
 */
const CHANNEL_BEFORE_EN =
  /\b(?:distributed|distributing|spread|spreading|delivered|sent|sending|installed|downloaded|hosted|posted|posting|shared|advertised|sold|offered|published|uploaded|wrote|written|announced|tweeted|tweet|tweets|tweeting|hidden|disguised|uploaded|linked|linking|links|redirected|redirecting|pointed|pointing)\s+(?:via|through|from|on|onto|using|over|in|to)\s+(?:\S+\s+){0,3}$/i;

/** A post or a statement on a page or a site: "posts on Three’s official Facebook page", "posted a statement on the home page". */
const POSTED_ON_BEFORE_EN = /\b(?:posts?|tweets?|statements?|messages?|notices?|announcements?|(?:posted|published|displayed|left|put up)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:statement|message|notice|note|announcement|banner|image|images|picture|video|link|letter))\s+(?:up\s+)?(?:on|in)\s+(?:\S+\s+){0,3}$/i;

function isInstrumentOrPurpose(text: string, clause: Span, phrase: Span): boolean {
  const before = text.slice(Math.max(clause.start, phrase.start - 30), phrase.start);
  if (POSTED_ON_BEFORE_EN.test(text.slice(Math.max(clause.start, phrase.start - 60), phrase.start))) return true;
  if (CHANNEL_BEFORE_EN.test(text.slice(Math.max(clause.start, phrase.start - 60), phrase.start))) return true;
  if (INSTRUMENT_BEFORE.test(before) && INSTRUMENT_AFTER.test(text.slice(phrase.end, phrase.end + 24))) return true;
  return PURPOSE_BEFORE.test(before);
}

/** Words that say a sentence lists services or products, not victims ("brands like X, Y" are companies: the organisations'). */
const SERVICE_WORD = /\b(?:services?|products?|apps?|applications?|stations|channels|websites?|sites|platforms?)\b|服务|产品|应用|平台|网站|功能|频道|业务/i;
/** A capitalised name ending in a service word: "Tata Consultancy Services", "Northwind Apps". */
const NAME_WITH_SERVICE_WORD_EN = /(?:\p{Lu}[\p{L}&.-]*\s+)+(?:Services?|Products?|Apps?|Applications?|Stations|Channels|Websites?|Sites|Platforms?)\b/gu;
/** Country names: "attacks in Ukraine, Bulgaria and Estonia" lists places, not products. */
const COUNTRY_NAMES = new Set(COUNTRY_PLACES.flatMap((p) => p.en));
/** An introducing line of a one-per-line list: ends in a colon and announces items. */
const LIST_INTRO = /(?:以下|如下|下列|包括|包含|清单|following|below|include|includ|including|such as|impacted|affected)[^\n]{0,80}[:：]+\s*$/iu;

/** An introducing line of speech ("做出如下回应：", "the company said the following:"): a quotation follows, not a list. */
const SPEECH_INTRO = /(?:回应|回复|声明|表示|说|称|写道|指出|解释|\bsaid|\bsays|\bstated|\bwrote|\bstatements?|\bmessage|\bletter|\bnotice|\bemail)[^\n]{0,8}[:：]+\s*$/iu;

/** An introducing line of advice, not of affected things: "建议采取以下措施：", "用户应该：". */
const ADVICE_INTRO = /建议|措施|方法|步骤|技巧|防范|防护|如何|应该|应当|需要|请|提示|注意|tips|recommend|should|steps|how to/iu;
/** A list item that starts with an instruction's verb or adverb: "检查所授予…", "使用安全模式…", "仅从官方商店". */
const INSTRUCTION_ZH = /^(?:在|仅|只|不要|切勿|避免|请|及时|定期|安装|使用|检查|进入|下载|更新|启用|禁用|开启|关闭|删除|卸载|备份|确保|保持|设置|打开|点击|避免|警惕|谨慎|加强|提高)/u;

const GIVEN_NAME_SET = new Set(GIVEN_NAMES.map((n) => n.toLowerCase()));
/** A given name and a surname: "Maria Lund", "Anna van Berg". */
function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && GIVEN_NAME_SET.has(words[0].toLowerCase()) && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:van|von|de|da|der|del|di|le|la)$/.test(w));
}

/** A preposition of place right before a run of names: "in Tasmania and Victoria", "across Ostrava, Brno and Plzeň". */
const PLACE_PREPOSITION_BEFORE_EN = /\b(?:in|at|across|throughout|near|around)\s+$/;

/** The same preposition before earlier names of a run: "in Tasmania and ", "across Ostrava, Brno and ". */
const PLACES_RUN_BEFORE_EN = /\b(?:in|at|across|throughout|near|around)\s+(?:\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?(?:,\s+|\s+(?:and|or)\s+))*$/u;

/** Named products in enumerations: inline runs of names and one-item-per-line lists. */
function findListedServices(text: string, sentences: readonly Span[], cues: readonly Cue[], lang: string): Candidate[] {
  const out: Candidate[] = [];
  const names = findLatinNames(text, { anyCase: lang === 'zh' });
  for (const run of findInlineLists(text, names)) {
    const index = findSpanIndex(sentences, run[0].start);
    if (index < 0) continue;
    const sentence = sentences[index];
    // "Former Chairman of Tata Consultancy Services": a service word inside a capitalised name is the name's, not the sentence's.
    const said = text.slice(sentence.start, sentence.end).replace(NAME_WITH_SERVICE_WORD_EN, '');
    if (!SERVICE_WORD.test(said) || isExampleItem(text, sentence, run[0].start)) continue;
    // "photos of celebrities including Maria Lund and Anna Berg were leaked": a run with a person's name lists people.
    if (run.some((item) => isPersonName(text.slice(item.start, item.end)))) continue;
    // "factories in Tasmania and Victoria": names after a preposition of place are where, not what.
    if (PLACE_PREPOSITION_BEFORE_EN.test(text.slice(Math.max(sentence.start, run[0].start - 12), run[0].start))) continue;
    const status = nearestStatus(cues, sentence, run[run.length - 1]);
    if (status) for (const item of run) if (!COUNTRY_NAMES.has(text.slice(item.start, item.end))) out.push({ ...item, status });
  }
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (LIST_INTRO.test(line) && !ADVICE_INTRO.test(line) && !SPEECH_INTRO.test(line)) {
      const context = { start: Math.max(0, lineStart - 300), end: lineEnd };
      const status = nearestStatus(cues, context, { start: lineEnd, end: lineEnd }) ?? 'affected';
      for (const item of findLineListItems(text, lineEnd)) {
        // A Chinese item is a name (Latin letters) or a service phrase, not an instruction ("在手机上安装…", "仅从官方商店").
        const body = text.slice(item.start, item.end);
        if (/\p{Script=Han}/u.test(body) && !/[A-Za-z]/.test(body) && !HEAD_ZH_AT_END.test(body)) continue;
        if (INSTRUCTION_ZH.test(body)) continue;
        // "“Unfortunately, …”": a line that opens with a quotation mark is speech, not an item.
        if (/^[“"‘]/u.test(body) || /^[“"‘]/u.test(text.slice(Math.max(0, item.start - 1), item.start))) continue;
        // "以下是我们关于…的声明：": a line that is a sentence or introduces more is no product's name.
        if ((body.match(/\p{Script=Han}/gu)?.length ?? 0) > 12 || /[:：]\s*$/u.test(body)) continue;
        // A list of CVE ids or file paths ("CVE-2022-26258", "C:\\Windows\\"): flaws and places on disk, no service.
        if (/^[“"'‘]?(?:CVE-\d|[A-Za-z]:\\)/i.test(body)) continue;
        out.push({ ...item, status });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

// A product named next to a found service: "Sling and our wireless networks remain operational",
// "Medora ePR, electronic patient record systems".
const PRODUCT_NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}.&-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)`;
const NAME_BEFORE_PHRASE = new RegExp(`(?<![\\p{L}\\p{N}])(${PRODUCT_NAME}(?: ${PRODUCT_NAME}){0,3})(?:,\\s+| and (?:our |the |its |their )?)$`, 'u');
// "The targeted platform is called Medora."
// "…使用了名为“Arcadia”的…"
const NAMED_AFTER_HEAD = new RegExp(
  `(?:\\b(?:platform|system|service|app|application|software|site|website|portal|tool|product)s? (?:is |was |are |were )?(?:called|named|dubbed|known as) |(?:名为|叫做|称为|名叫)\\s?[“"「]?)(${PRODUCT_NAME}(?: ${PRODUCT_NAME}){0,3})`,
  'gu',
);

/** Product names opening a clause, then an outage predicate: "Slack was down", "Outlook and Teams suffered an outage". */
const OUTAGE_SUBJECT_EN = new RegExp(
  `(?:^|[.;:!?]\\s+|\\n|,\\s+(?:(?:and|but|while)\\s+)?|\\b(?:that|after|when|as)\\s+)(?:[Tt]he\\s+)?(${PRODUCT_NAME}(?: ${PRODUCT_NAME}){0,2}(?:(?:,\\s+|,?\\s+and\\s+)${PRODUCT_NAME}(?: ${PRODUCT_NAME}){0,2}){0,3})\\s+(?:(?:was|were|is|are)\\s+(?:(?:also|still|briefly|completely|temporarily)\\s+)?(?:down|offline|unavailable|unreachable|inaccessible|not working)|went\\s+(?:down|offline|dark)|crashed|stopped working|(?:suffered|experienced|had|saw)\\s+(?:an?\\s+)?(?:(?:major|massive|global|widespread|partial|brief|lengthy|hours-long)\\s+)?(?:outages?|disruptions?))\\b`,
  'gu',
);
const DATA_OR_SERVICE_NOUN_AFTER_EN = /^\s+(?:data|information|info|details|records|accounts?|funds|money|payments?|cards?|credentials|passwords|care|safety|services?|systems?|operations|records)\b/u;
const SUBJECT_BEFORE_CUE = new RegExp(
  `^\\s*(?:The )?(${PRODUCT_NAME}(?: ${PRODUCT_NAME}){0,3})(?:,[^,\\n]{1,60},)?(?:\\s+[\\p{Ll}’']+){0,4}\\s+$`,
  'u',
);

/** Names listed right after a service phrase: "Apple’s systems including iCloud and Apple ID", "its apps, such as X". */
const INCLUDED_NAMES_AFTER = new RegExp(
  `^,?\\s+(?:including|such as|like|namely)\\s+(${PRODUCT_NAME}(?: ${PRODUCT_NAME}){0,3}(?:,\\s+${PRODUCT_NAME}(?: ${PRODUCT_NAME}){0,3})*(?:,?\\s+(?:and|or)\\s+${PRODUCT_NAME}(?: ${PRODUCT_NAME}){0,3})?)`,
  'u',
);

/** Product names standing next to found services or introduced as a service's name. */
function findNamedProducts(text: string, sentences: readonly Span[], cues: readonly Cue[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const f of found) {
    // "any of Apple’s systems including iCloud and Apple ID": the names the phrase includes share its status.
    const included = INCLUDED_NAMES_AFTER.exec(text.slice(f.end, f.end + 160));
    if (included) {
      const listStart = f.end + included[0].length - included[1].length;
      const itemPattern = new RegExp(`${PRODUCT_NAME}(?: ${PRODUCT_NAME}){0,3}`, 'gu');
      // The list ends with its sentence: "… and Apple ID. The alleged list …".
      const list = included[1].split(/\.\s/u)[0];
      for (let m = itemPattern.exec(list); m; m = itemPattern.exec(list)) {
        const name = m[0].replace(/\.+$/, '');
        if (LEADING_NAME_WORDS.has(name.split(' ')[0]) || namesNonVictim(name)) continue;
        out.push({ start: listStart + m.index, end: listStart + m.index + name.length, status: f.status });
      }
    }
    const before = text.slice(Math.max(0, f.start - 60), f.start);
    const m = NAME_BEFORE_PHRASE.exec(before) ?? NAME_BEFORE_PHRASE_ZH.exec(before);
    if (!m || LEADING_NAME_WORDS.has(m[1].split(' ')[0]) || COUNTRY_NAMES.has(m[1])) continue;
    const start = f.start - before.length + m.index;
    // "factories in Tasmania and Victoria, courier services": the last of a run of places, not a product.
    if (PLACES_RUN_BEFORE_EN.test(text.slice(Math.max(0, start - 60), start))) continue;
    out.push({ start, end: start + m[1].replace(/\.+$/, '').length, status: f.status });
  }
  // "Eventbrite, which owns Ticketfly, doesn't have any issues": a name opening a sentence whose
  // predicate is a no-impact cue is a service said to be unaffected.
  for (const cue of cues) {
    if (cue.status !== 'unaffected') continue;
    const index = findSpanIndex(sentences, cue.start);
    if (index < 0) continue;
    const lead = text.slice(sentences[index].start, cue.start);
    const m = SUBJECT_BEFORE_CUE.exec(lead);
    if (!m || LEADING_NAME_WORDS.has(m[1].split(' ')[0])) continue;
    // "Customer data was not accessed", "Patient care was not affected": a sentence's capitalised first
    // word before a noun of data or of a service is a common noun, not a product.
    if (!m[1].includes(' ') && DATA_OR_SERVICE_NOUN_AFTER_EN.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length))) continue;
    // "Norrvik Airlines said flights were operating normally": the name is who speaks, not what ran.
    if (/\s(?:said|says|told|stated|confirmed|added|noted|explained|clarified|announced|insisted|stressed|emphasi[sz]ed|claimed|assured|reassured|maintained|wrote|tweeted)\s/u.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length) + ' ')) continue;
    // "Mayor Bottoms clarified what …": a title names a person, never a product; "Cyberattack has
    // not affected …" opens with the event itself.
    if (PERSON_TITLE_EN.test(m[1]) || isPersonName(m[1]) || EVENT_WORD_EN.test(m[1])) continue;
    const start = sentences[index].start + m.index + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length, status: 'unaffected' });
  }
  DESCRIBED_NAME_ZH.lastIndex = 0;
  for (let m = DESCRIBED_NAME_ZH.exec(text); m; m = DESCRIBED_NAME_ZH.exec(text)) {
    // "恶意应用Clicker", "广告软件应用HiddenAds": the attacker's software, not a victim's product.
    if (NOT_VICTIM_MODIFIER.test(m[1]) || MALICIOUS_END_ZH.test(m[1]) || /恶意|木马|病毒|虚假|钓鱼|勒索|间谍|广告|流氓|黑客|攻击/u.test(m[1])) continue;
    // "在即时通讯软件Telegram上": where something was posted or found.
    if (m[1].includes('在') || /^[上中里内]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
    const start = m.index + m[0].length - m[2].length;
    const span = { start, end: start + m[2].replace(/\.+$/, '').length };
    // "钱包 Owner", "应用 Admin": a role written in English after the kind is a person, not a product's name.
    if (namesNonVictim(m[2]) || /^(?:Owners?|Admins?|Administrators?|Users?|Developers?|Team|Teams)$/.test(m[2])) continue;
    const index = findSpanIndex(sentences, start);
    if (index < 0) continue;
    const status = nearestStatus(cues, sentences[index], span);
    if (status) out.push({ ...span, status });
  }
  NAMED_PACKAGE_ZH.lastIndex = 0;
  for (let m = NAMED_PACKAGE_ZH.exec(text); m; m = NAMED_PACKAGE_ZH.exec(text)) {
    const name = m[1] ?? m[2];
    const start = m.index + m[0].indexOf(name);
    const span = { start, end: start + name.length };
    const index = findSpanIndex(sentences, start);
    if (index < 0) continue;
    const around = { start: sentences[Math.max(0, index - 1)].start, end: sentences[Math.min(sentences.length - 1, index + 1)].end };
    const status = nearestStatus(cues, around, span);
    if (status) out.push({ ...span, status });
  }
  out.push(...findExploitedProducts(text, sentences));
  // "Falcon sensor for Windows version 7.11 …会遭遇崩溃": a product named with its version, in a sentence that says it failed.
  VERSIONED_NAME.lastIndex = 0;
  for (let m = VERSIONED_NAME.exec(text); m; m = VERSIONED_NAME.exec(text)) {
    if (LEADING_NAME_WORDS.has(m[0].split(' ')[0]) || namesNonVictim(m[0])) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const index = findSpanIndex(sentences, span.start);
    if (index < 0) continue;
    const status = nearestStatus(cues, sentences[index], span, true);
    if (status) out.push({ ...span, status });
  }
  // "Slack was down for hours", "Outlook and Teams suffered an outage": a product named as the subject of
  // an outage predicate is what went down. Organisations (by their head word or a known name), places,
  // people and the event word are who or what it happened to, not a product.
  OUTAGE_SUBJECT_EN.lastIndex = 0;
  for (let m = OUTAGE_SUBJECT_EN.exec(text); m; m = OUTAGE_SUBJECT_EN.exec(text)) {
    const names = m[1].split(/,\s+(?:and\s+)?|\s+and\s+/u);
    let offset = m.index + m[0].indexOf(m[1]);
    for (const name of names) {
      const start = text.indexOf(name, offset);
      offset = start + name.length;
      const words = name.split(' ');
      if (LEADING_NAME_WORDS.has(words[0]) || COUNTRY_NAMES.has(name) || DEMONYMS.has(name) || EVENT_WORD_EN.test(name) || PERSON_TITLE_EN.test(name + ' ') || isPersonName(name)) continue;
      if (ORG_HEADS_EN_SET.has(words[words.length - 1]) || ORG_HEADS_EN_SET.has(words[words.length - 1].toLowerCase()) || KNOWN_ORGANIZATIONS.findAll(name).some((hit) => hit.end - hit.start === name.length) || AGENCY_NAMES.findAll(name).length > 0 || namesNonVictim(name)) continue;
      out.push({ start, end: start + name.length, status: 'affected' });
    }
  }
  NAMED_AFTER_HEAD.lastIndex = 0;
  for (let m = NAMED_AFTER_HEAD.exec(text); m; m = NAMED_AFTER_HEAD.exec(text)) {
    // "The targeted platform is called CareLink Hub. This is …": the name ends with its sentence.
    m[1] = m[1].split(/\.\s/u)[0];
    const start = m.index + m[0].length - (m[0].length - m[0].lastIndexOf(m[1]));
    // "将威胁组织命名为“X”": a name researchers give, never a product's.
    if (text[m.index - 1] === '命') continue;
    // "该mod名为YoWhatsApp", "开发了名为X的预测模型": a Chinese 名为 names a service only when a
    // service word stands before it or its name is followed by 的 and a service head.
    if (/^(?:名为|叫做|称为|名叫)/u.test(m[0]) && !NAMED_SERVICE_BEFORE_ZH.test(text.slice(Math.max(0, m.index - 8), m.index)) && !NAMED_SERVICE_AFTER_ZH.test(text.slice(start + m[1].length, start + m[1].length + 12))) continue;
    // "名为“How To Restore Your Files.txt”的赎金提示": a file's name, not a product's.
    if (FILE_NAME_AFTER.test(text.slice(start + m[1].length, start + m[1].length + 24))) continue;
    // PRODUCT_NAME's letters run on into Chinese ("HiddenAds的恶意软件"): a Chinese name keeps its Latin part.
    const latin = /\p{Script=Han}/u.test(m[1]) ? /^[A-Za-z0-9.&+ -]*[A-Za-z0-9]/.exec(m[1])?.[0] : m[1];
    if (!latin) continue;
    // "名为“EncryptHub”的威胁者", "名为HiddenAds的恶意软件": the name of an attacker or of its tool.
    // "攻击者被称为“X”", "追踪为MUT-8694的威胁组织": a name given to the attacker.
    if (NAMED_ATTACKER_AFTER_ZH.test(text.slice(start + latin.length, start + latin.length + 16))) continue;
    if (/(?:攻击者|黑客|组织|团伙|威胁者|恶意软件|木马|勒索软件|attackers?|group|gang|actor|malware)\s?(?:被|is |was )?$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    m[1] = latin;
    const span = { start, end: start + m[1].replace(/\.+$/, '').length };
    const index = findSpanIndex(sentences, start);
    if (index < 0) continue;
    const around = { start: sentences[Math.max(0, index - 1)].start, end: sentences[Math.min(sentences.length - 1, index + 1)].end };
    const status = nearestStatus(cues, around, span);
    if (status) out.push({ ...span, status });
  }
  return out;
}

/** The incident's own words, capitalised at a sentence's start: "Cyberattack has not affected …". */
const EVENT_WORD_EN = /^(?:Cyber-?attacks?|Attacks?|Hacks?|Breach(?:es)?|Ransomware|Malware|Outages?|Incidents?|Intrusions?|Leaks?)$/i;

/** A person's title opening a name: "Mayor Bottoms", "Chief Executive Lee". */
const PERSON_TITLE_EN = /^(?:Mayor|President|Governor|Minister|Secretary|Senator|Chancellor|Commissioner|Director|Chief|CEO|CTO|CIO|CISO|Chairman|Chairwoman|Spokesman|Spokeswoman|Spokesperson|Sheriff|Superintendent|Principal|Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Judge|Officer|Detective|Captain|General)\s/u;

/** An attack predicate earlier in the clause: "攻击…", "针对…", "targeting …". */
const ATTACK_BEFORE_IN_CLAUSE = /(?:攻击|针对|瞄准|入侵|\btarget(?:s|ed|ing)?\b|\battack(?:s|ed|ing)?\b)[^。；;，,!?！？]{0,30}$/iu;

/**
 * "攻击 Windows 上的 Firefox 和 Tor 浏览器用户", "targeting Tor Browser users": a named product
 * whose users are attacked is the product hit; its users are no service, the product is.
 */
function isTargetedUsersProduct(text: string, span: Span, after: string): boolean {
  if (!/^\s?(?:用户|users\b)/iu.test(after)) return false;
  const phrase = text.slice(span.start, span.end);
  return /[A-Z]/.test(phrase) && ATTACK_BEFORE_IN_CLAUSE.test(text.slice(Math.max(0, span.start - 40), span.start));
}


/** A service word right before 名为: "一款名为", "应用程序名为", "平台叫做". */
const NAMED_SERVICE_BEFORE_ZH = new RegExp(`(?:${buildAlternation(SERVICE_HEADS_ZH)}|产品|工具|浏览器|插件)[^，。；,;]{0,3}$`, 'u');
/** 的 and a service head right after a 名为 name: "名为X的应用". */
const NAMED_SERVICE_AFTER_ZH = new RegExp(`^[”"」]?\\s?的\\s?[^，。；,;的]{0,4}(?:${buildAlternation([...SERVICE_HEADS_ZH, '仓库', '项目', '产品', '工具', '插件', '浏览器'])})`, 'u');

/** A product's name written with an explicit version: "Falcon sensor for Windows version 7.11", "Chrome v126.0", "Copyfish 2.8.5". */
const VERSIONED_NAME = /(?<![\w.-])[A-Z][\w.+-]*(?: (?:[A-Z][\w+-]*|for|sensor|agent|client|server|app|plugin|extension)){0,5} (?:(?:version |v)\d+(?:\.\d+)+|\d+\.\d+\.\d+)(?![\w.])/g;
/** A product's name with an optional version: "Exchange", "Exchange Server 2019", "Falcon sensor version 7.11". */
const VERSIONED_PRODUCT = String.raw`[A-Z][\w.+-]*(?: (?:[A-Z][\w.+-]*|for|sensor|agent|client|server))*(?: (?:version |v)?\d+(?:\.\d+)*)?`;
/**
 * The product whose flaw an attack used: "攻击者利用微软Exchange存在的漏洞", "exploited a flaw in
 * Exchange Server 2019", "利用WhatsApp漏洞": the breached product, with its vendor when one is
 * written right before it in Chinese. Group 1 (zh) or 2 (en) is the product.
 */
const EXPLOITED_PRODUCT = new RegExp(
  `利用(?:了)?\\s?(?:[^，。；,;A-Za-z]{0,6}的)?\\s?\\p{Script=Han}{0,4}(${VERSIONED_PRODUCT})\\s?(?:中|里|上)?(?:存在)?的?\\s?(?:[\\w-]{1,16}\\s?)?(?:多个|两个|一个|高危|严重|远程代码执行|零日|安全|未修补的?|已知的?|未知的?)*\\s?(?:漏洞|缺陷|零日)` +
    `|\\bexploit(?:ed|ing|s)?\\s+(?:an?\\s+|the\\s+|two\\s+|several\\s+|multiple\\s+)?(?:[\\w-]+\\s+){0,3}?(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero-days?)\\s+in\\s+(?:the\\s+)?(${VERSIONED_PRODUCT})(?![\\w-])`,
  'gu',
);

function findExploitedProducts(text: string, sentences: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  EXPLOITED_PRODUCT.lastIndex = 0;
  for (let m = EXPLOITED_PRODUCT.exec(text); m; m = EXPLOITED_PRODUCT.exec(text)) {
    const name = (m[1] ?? m[2]).replace(/[\s.]+$/u, '');
    // "利用CVE-2024-1234漏洞": an identifier is the flaw, not the product.
    // A security vendor or news source named here is the vendor of an unnamed product ("Check Point的防火墙漏洞").
    if (/^(?:CVE|CNVD|CNNVD|GHSA)\b/i.test(name) || LEADING_NAME_WORDS.has(name.split(' ')[0]) || namesNonVictim(name)) continue;
    const nameStart = m.index + m[0].indexOf(name, m[1] ? 2 : 7);
    let start = nameStart;
    const index = findSpanIndex(sentences, start);
    if (index < 0 || isExampleItem(text, sentences[index], start)) continue;
    // "微软Exchange": the vendor written right before the name belongs to it.
    const before = text.slice(Math.max(0, start - 8), start);
    const vendor = KNOWN_ORGANIZATIONS.findAll(before).find((hit) => hit.end === before.length && /\p{Script=Han}/u.test(hit.alias));
    if (vendor) start -= vendor.end - vendor.start;
    // "a flaw in Apple's Mobile Safari browser": a name with a possessive is the vendor; its product follows.
    if (/^['’]s?\s/u.test(text.slice(nameStart + name.length, nameStart + name.length + 3))) continue;
    out.push({ start, end: nameStart + name.length, status: 'affected' });
  }
  return out;
}

/** A product's name in Latin letters only (the Unicode letters of PRODUCT_NAME would run on into Chinese). */
const LATIN_PRODUCT_NAME = String.raw`(?:[A-Z][A-Za-z0-9.&+-]*|[a-z]+[A-Z][A-Za-z0-9]*)`;
/** "Firefox 和 Tor 浏览器", "Chrome、Edge 浏览器": a product name coordinated with a found service phrase. */
const NAME_BEFORE_PHRASE_ZH = new RegExp(`(?<![A-Za-z0-9.&-])(${LATIN_PRODUCT_NAME}(?: ${LATIN_PRODUCT_NAME}){0,2})\\s?(?:和|与|及|以及|、)\\s?$`, 'u');
/**
 * A product named after a Chinese descriptor and its kind: "即时通讯应用WhatsApp", "开源浏览器Firefox".
 * Group 1 is the descriptor, group 2 the name.
 */
const DESCRIBED_NAME_ZH = new RegExp(
  `(\\p{Script=Han}{2,8})(?:应用程序|应用|软件|浏览器|客户端|App|APP|app|钱包|插件) ?(${LATIN_PRODUCT_NAME}(?: ${LATIN_PRODUCT_NAME}){0,2})(?![A-Za-z0-9])`,
  'gu',
);
/**
 * A package or repository named with 名为: "程序包名为 @0xengine/xmlrpc", "名为“yawpp”的GitHub 项目仓库"
 * (names in any case, with @ and /, which the capitalised product pattern misses). Group 1 or 2 is the name.
 */
const NAMED_PACKAGE_ZH =
  /(?:程序包|软件包|依赖包|代码包|包|库|插件|扩展|项目|仓库)\s?(?:名为|名叫|叫做|称为)\s?[“"「]?([@A-Za-z][\w@/.-]*\w)|(?:名为|名叫|叫做|称为)\s?[“"「]?([@A-Za-z][\w@/.-]*\w)[^。；\n]{0,40}?的\s?(?:GitHub\s?|npm\s?|PyPI\s?)?(?:项目)?(?:仓库|存储库|代码库|程序包|软件包|插件|扩展)/gu;

/** What a 名为 name is the name of, when it is the attacker's: "…的威胁者", "…的恶意软件". */
const NAMED_ATTACKER_AFTER_ZH = /^[”"」]?[^，。的]{0,12}的(?:威胁|黑客|组织|团伙|恶意|木马|勒索|病毒|攻击者|僵尸|后门|间谍|广告软件|挖矿|犯罪)/u;

/** The rest of a file name after a name: " Files.txt", ".exe". */
const FILE_NAME_AFTER = /^[\w -]{0,16}\.(?:txt|html?|exe|dll|zip|rar|pdf|docx?|xlsx?|js|ps1|bat|lnk|iso)\b/i;

/** Sentence words that the product-name pattern would otherwise take for a name. */
const LEADING_NAME_WORDS = new Set([
  'The', 'This', 'These', 'Its', 'Our', 'Their', 'And', 'But', 'However', 'In', 'On', 'At', 'It', 'We', 'They',
  // Pronouns, quantifiers and openers that start a sentence in capitals ("There have not been…", "Some students…").
  'There', 'Here', 'That', 'Those', 'What', 'Which', 'When', 'While', 'If', 'As', 'So', 'A', 'An', 'He', 'She', 'I', 'You',
  'Some', 'Many', 'Most', 'All', 'Both', 'Several', 'Other', 'Others', 'Each', 'Every', 'No', 'None',
  // Prepositions opening a time or place phrase ("By Saturday, checkout … were restored").
  'By', 'For', 'From', 'After', 'Before', 'Since', 'Until', 'During', 'With', 'Without', 'Of', 'To', 'Last', 'Next', 'Early', 'Late',
]);

/** The service extractor (registry name "service"). */
export const serviceExtractor: FactExtractor = {
  name: 'service',
  categories: ['service'],
  extract(ctx: ExtractContext): Fact[] {
    const { text, excluded } = ctx;
    const sentences = splitSentences(text);
    const phrases = collectPhrases(text).filter((p) => !excluded.some((x) => spansOverlap(x, p)));
    const cues = findCues(text);
    const classified = classify(text, sentences, cues, phrases, ctx.refDate.getUTCFullYear());
    // Listed items replace phrases inside them and yield to longer phrases around them; named
    // products come last and only fill gaps.
    const listed = findListedServices(text, sentences, cues, ctx.lang);
    const inner = keepLongestSpans([...classified, ...listed], text.length);
    const named = findNamedProducts(text, sentences, cues, inner);
    const found = keepLongestSpans(named, text.length, inner).concat(inner).filter((c) => !excluded.some((x) => spansOverlap(x, c)));
    found.sort((a, b) => a.start - b.start);
    return found.map((c) => ({
      category: 'service' as const,
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      value: text.slice(c.start, c.end).replace(/\s+/g, ' '),
      attrs: { status: c.status },
    }));
  },
};
