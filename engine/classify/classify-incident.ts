/**
 * The incident classifier: does the article's main subject an incident that actually happened to
 * someone (corpus/GUIDELINES.md), or is it a near miss (advisory, product, policy, report, opinion)
 * or other news?
 *
 * Transparent scoring, no model: cues from the lexicons (cues-en.json, cues-zh.json) become a few
 * features, each with a hand-set weight, summed and squashed by a logistic function. The title
 * weighs most, because headlines state the main subject; body cues count only in prose blocks, so
 * navigation menus and "related posts" lists (前情回顾) do not vote.
 */
import type { Fact, IncidentVerdict, Lang, Span } from '../types';
import { incidentCues, type CueGroup, type CuePattern } from './incident-cues';
import { VICTIM_ROLE_EVIDENCE } from '../facts/victims/victim-evidence';

/** What the classifier looks at. */
export interface ClassifyInput {
  title: string | null;
  text: string;
  lang: Lang;
  /** Facts already found in the text: named organisations and agencies are evidence of a victim. */
  facts?: readonly Fact[];
  /** Spans that are not article content (reference and contact lines); cues there do not count. */
  excluded?: readonly Span[];
}

/** A cue found in the title: the matched words, their clause, and the cue group's reason. */
export interface CueMatch {
  text: string;
  clause: string;
  reason: string;
}

/** The features the verdict is computed from, exported for tests and the evaluation. */
export interface IncidentFeatures {
  /** Incident kinds whose cues occur in the title, with the first match. */
  titleKinds: Map<string, CueMatch>;
  /** An event cue (遭, 被黑, was hit, suffered …) in the title, if any. */
  titleEvent: CueMatch | null;
  /** Near-miss types whose cues occur in the title, with the first match. */
  titleNearMiss: Map<string, CueMatch>;
  /** Distinct near-miss cues in the title (a headline with a count of victims and a year is a statistic). */
  titleNearMissHits: number;
  /** A named outbreak in the title (WannaCry, NotPetya): the incident itself, so its victims are known. */
  titleOutbreak: CueMatch | null;
  /**
   * Near misses of the title that hold only when the article names no victim: a warning to the
   * public, a wave on counted or unnamed systems, a kit for sale, apps found stealing, and threat
   * research or a campaign whose headline also reports an attack (on no one named).
   */
  titleUnnamedNearMiss: Map<string, CueMatch>;
  /** The title describes one victim ("a school district", "the county"), though it names none. */
  titleSingleVictim: boolean;
  /** One victim speaks or acts in the lead ("the bank said …"), though it is not named. */
  leadSingleVictim: boolean;
  /** The article's language, as given: some rules were measured on one language only. */
  lang?: Lang;
  /** Incident-kind cue counts in the body prose. */
  bodyKinds: Map<string, number>;
  /** Incident-kind cue counts in the lead (the opening prose, LEAD_LENGTH characters). */
  leadKinds: Map<string, number>;
  /** Event cues (遭, 确认, was hit …) in the lead. */
  leadEvents: number;
  bodyEvents: number;
  /** Advice to the reader in the body prose ("if you receive", "do not click"): a warning's voice. */
  bodyAdvice: number;
  /** Near-miss cue counts in the body prose. */
  bodyNearMiss: Map<string, number>;
  /** Security vocabulary anywhere (title and prose): zero means general news. */
  security: number;
  /** Length of the prose the body counts come from. */
  proseLength: number;
  organizations: number;
  /**
   * Organisations with structural victim evidence (the victim finder's `evidence` names a victim
   * role, in a sentence or the headline), not only a name near an attack word: what "a named
   * victim" means for the near misses that hold without one.
   */
  victimsWithRole: number;
  agencies: number;
  /** Named malware families and threat actors (the extractors' gazetteer finds). */
  threats: number;
  /** For a news digest (日报, 周报, 速递 …): its item headlines, and those that report an attack or outage. */
  digestItems?: number;
  digestIncidents?: number;
  /** For a digest: its headline names incidents as what it collects (安全事件速递, breach roundup). */
  digestTitledForIncidents?: boolean;
}

/**
 * Hand-set feature weights. Read them as log-odds: a title that names an attack outweighs a
 * handful of patch words in the body; a headline about a patch or a law outweighs attack words.
 */
const WEIGHTS = {
  bias: -2,
  titleKind: 2.6,
  titleEvent: 1,
  leadReport: 1.5,
  titleNearMiss: -3.4,
  titleNearMissMore: -1.5,
  bodyKind: 1.1,
  bodyEvent: 0.5,
  bodyNearMiss: -0.9,
  victim: 0.6,
  threatNamed: 0.5,
  noSecurity: -6,
  unnamedNearMiss: -3,
} as const;

/** Score at or above which the article is an incident. */
export const INCIDENT_THRESHOLD = 0.5;

/** Body blocks shorter than this are menus, buttons or captions, not prose. */
const MIN_PROSE_BLOCK = 25;

/**
 * Prose read for the body counts, in characters. An article states its subject in the title and
 * the opening paragraphs; reading further only dilutes or repeats the densities (they are per
 * 1,000 characters read), while a 1 MB page would cost a second of regex work. News articles are a
 * few thousand characters; this is several times the longest in the corpus.
 */
export const MAX_PROSE_READ = 30_000;

/**
 * Classifies an article as incident or not, with the incident kinds and the cues behind it.
 * Pure and total: any input gives a verdict.
 */
export function classifyIncident(input: ClassifyInput): IncidentVerdict {
  const features = extractIncidentFeatures(input);
  const z = scoreFeatures(features);
  const score = 1 / (1 + Math.exp(-z));
  const isIncident = score >= INCIDENT_THRESHOLD;
  return {
    isIncident,
    score: Math.round(score * 1000) / 1000,
    kinds: isIncident ? pickKinds(features) : [],
    reasons: explain(features, isIncident),
  };
}

/** The log-odds of "incident" for the given features. */
export function scoreFeatures(f: IncidentFeatures): number {
  const bodyKindHits = sum(f.bodyKinds.values());
  const bodyNearMissHits = sum(f.bodyNearMiss.values());
  // Densities per 1,000 characters of prose, so long articles do not win on length alone.
  const perK = Math.max(1, f.proseLength / 1000);
  let z = WEIGHTS.bias;
  if (f.titleKinds.size > 0) z += WEIGHTS.titleKind;
  if (f.titleKinds.size > 0 && f.titleEvent) z += WEIGHTS.titleEvent;
  // A headline that names no attack (a quote, a question, a name) leaves its event to the lead: a
  // lead that names an attack and reports it happened speaks for the headline, with less weight.
  if (f.titleKinds.size === 0 && f.leadKinds.size > 0 && f.leadEvents > 0) z += WEIGHTS.leadReport;
  // A digest whose items are largely incidents is an incident article (its main subjects are
  // incidents, GUIDELINES.md): its headline's digest word is no near miss, and its items speak as
  // a headline would.
  const incidentDigest = isIncidentDigest(f);
  if (incidentDigest) z += WEIGHTS.titleKind;
  else if (f.titleNearMissHits > 0) z += WEIGHTS.titleNearMiss;
  if (f.titleNearMissHits > 1 && !incidentDigest) z += WEIGHTS.titleNearMissMore;
  z += WEIGHTS.bodyKind * Math.log1p(bodyKindHits / perK);
  z += WEIGHTS.bodyEvent * Math.log1p(f.bodyEvents / perK);
  z += WEIGHTS.bodyNearMiss * Math.log1p(bodyNearMissHits / perK);
  if (f.organizations > 0 || f.titleOutbreak) z += WEIGHTS.victim;
  // A campaign, a warning, a wave on counted systems or a kit for sale, with no victim named
  // anywhere (no organisation the victim finder selects, no outbreak, no victim described in the
  // headline), is a report under GUIDELINES.md, whatever attack its headline tells.
  if (!incidentDigest && f.titleNearMissHits === 0 && f.titleUnnamedNearMiss.size > 0 && !namesVictim(f)) z += WEIGHTS.titleNearMiss;
  // A headline about a family, a campaign or a trend (research, campaign, report) that names no
  // victim anywhere is about the threat, not an attack someone suffered: the body's attack words
  // describe what the threat does, so they must not outvote the headline (GUIDELINES.md: a threat
  // report without a specific incident is a near miss).
  // An English trend or statistic (report) is decisive even beside a named victim: the organisations
  // a trend piece names are its examples ("Hackers increase attacks on energy sector computers").
  // Not in Chinese, where report cues (损失超, 分析报告) also head reports of one victim's incident.
  const threatSubject = [...f.titleNearMiss.keys()].some((type) => THREAT_SUBJECT_NEAR_MISSES.has(type));
  const trendWithExamples = f.lang === 'en' && f.titleNearMiss.has('report') && !f.titleSingleVictim;
  if (!incidentDigest && (trendWithExamples || (threatSubject && !namesVictim(f)))) z += WEIGHTS.unnamedNearMiss;
  // A scam warning speaks to the lure's possible victims, not about one it hit (GUIDELINES.md: a
  // report without a specific incident).
  if (!incidentDigest && f.titleNearMissHits === 0 && isScamWarning(f, perK)) z += WEIGHTS.unnamedNearMiss;
  // A named malware family or gang is evidence that something was deployed, not proof: it adds a
  // little, as a named victim does (threat research names them too).
  if (f.threats > 0) z += WEIGHTS.threatNamed;
  // No security word at all, no named malware or gang, and no incident cue in the title: general news.
  if (f.security === 0 && f.threats === 0 && f.titleKinds.size === 0) z += WEIGHTS.noSecurity;
  return z;
}

/**
 * Headline near misses whose subject is a threat rather than a victim: threat research about a
 * family or technique, a campaign told by the population it targets, a report or trend. Without a
 * named victim they are decisive (see scoreFeatures).
 */
const THREAT_SUBJECT_NEAR_MISSES: ReadonlySet<string> = new Set(['research', 'campaign', 'report', 'warning', 'lure']);

/**
 * Advice to the reader per 1,000 characters of prose from which a scam article is a warning: it
 * tells readers what to do when the lure reaches them ("if you receive …, do not click"), where a
 * report of a scam that hit someone tells what happened to its victims. CASIE annotates most scam
 * warnings as attacks, so each one made a report costs a silver incident: the density is set just
 * above the densest warning of the readable silver articles outside the project's labelled sets
 * (2.26), so that the rule takes only what the project labels (README, eighth round).
 */
export const SCAM_WARNING_ADVICE = 2.3;

/** Kinds a scam warning is about: the lure (phishing) and the fraud it serves. */
const SCAM_KINDS: ReadonlySet<string> = new Set(['phishing', 'fraud']);

/**
 * A scam warning: the headline reports no event and names no victim (nor does the article: see
 * namesVictim), every attack the headline names is a scam, the body speaks of the scam more than
 * of any other attack, and it advises its readers as the lure's possible victims.
 */
function isScamWarning(f: IncidentFeatures, perK: number): boolean {
  if (f.titleEvent || namesVictim(f) || f.bodyAdvice / perK < SCAM_WARNING_ADVICE) return false;
  if (![...f.titleKinds.keys()].every((kind) => SCAM_KINDS.has(kind))) return false;
  const top = [...f.bodyKinds].sort((a, b) => b[1] - a[1])[0];
  return top !== undefined && SCAM_KINDS.has(top[0]);
}

/** Whether the article names a victim: an organisation the victim finder selected, an outbreak, or one victim described in the headline. */
function namesVictim(f: IncidentFeatures): boolean {
  return f.victimsWithRole > 0 || f.titleOutbreak !== null || f.titleSingleVictim || f.leadSingleVictim;
}

/** Computes the classifier's features from the article. */
export function extractIncidentFeatures(input: ClassifyInput): IncidentFeatures {
  const cues = incidentCues();
  const givenTitle = (input.title ?? '').trim();
  const prose = proseBlocks(input.text ?? '', givenTitle, input.excluded ?? []);
  // No title (a bare page): the lead sentence states the main subject, as a headline would.
  const title = givenTitle || leadSentence(prose[0] ?? '');
  const proseText = cueText(prose.join('\n').slice(0, MAX_PROSE_READ));
  const lead = cueText(proseText.text.slice(0, LEAD_LENGTH));
  const facts = input.facts ?? [];
  const everything = cueText(`${title}\n${proseText.text}`);
  return {
    ...extractTitleFeatures(title),
    lang: input.lang,
    bodyKinds: countMatches(cues.kinds, proseText),
    leadKinds: countMatches(cues.kinds, lead),
    leadEvents: countMatches(cues.events, lead).get('event') ?? 0,
    leadSingleVictim: cues.leadSingleVictim.some((cue) => countCue(cue, lead) > 0),
    bodyEvents: countMatches(cues.events, proseText).get('event') ?? 0,
    bodyNearMiss: countMatches(cues.nearMiss, proseText),
    bodyAdvice: cues.readerAdvice.reduce((n, cue) => n + countCue(cue, proseText), 0),
    security: cues.security.reduce((n, cue) => n + countCue(cue, everything), 0),
    proseLength: proseText.text.length,
    organizations: facts.filter((f) => f.category === 'organization').length,
    victimsWithRole: facts.filter(hasVictimRole).length,
    agencies: facts.filter((f) => f.category === 'agency').length,
    threats: facts.filter((f) => f.category === 'malware' || f.category === 'actor').length,
    ...(DIGEST_TITLE.test(title) ? readDigestItems(input.text ?? '', title) : {}),
  };
}

/**
 * Whether a fact is an organisation the victim finder gave a victim role (engine/facts/victims:
 * its `evidence` reads "victim role: …" or "headline: victim role"). An impersonated brand, an app
 * store or a vendor near an attack word is selected on a cue alone and is no named victim of a
 * campaign. A fact without evidence (a caller that does not score victims: the content script's
 * screen, which assumes a victim) counts, so the screen stays an upper bound of the engine.
 */
function hasVictimRole(fact: Fact): boolean {
  if (fact.category !== 'organization') return false;
  const evidence = fact.attrs?.evidence;
  return evidence === undefined || evidence.includes(VICTIM_ROLE_EVIDENCE);
}

/** Headline words of a news digest: several stories, no single main subject. */
const DIGEST_TITLE = /早报|日报|周报|月报|快讯|速递|动态|要闻|周刊|资讯|汇总|牛览|早知道|每日|week in review|weekly|roundup|digest|news brief/i;
/**
 * A digest headline that names incidents as what it collects ("安全事件速递", "weekly breach
 * roundup"): its publisher states the main subject, so two incident items confirm it.
 */
const DIGEST_OF_INCIDENTS = /(?:安全|网络|攻击|泄露|泄密|勒索|数据)事件|(?:incident|breach|attack|hack)(?:es|s)\b/i;
/** Incident items a digest needs before its items decide: any digest, one titled for incidents. */
const MIN_DIGEST_INCIDENTS = 3;
const MIN_TITLED_DIGEST_INCIDENTS = 2;
/**
 * Share of a digest's distinct items that must be incidents. A digest has several main subjects:
 * a weekly security digest in which every fourth story or more is an attack, breach or outage is
 * about incidents; a tech-news digest with one outage among twenty stories is not.
 */
const MIN_DIGEST_INCIDENT_SHARE = 0.25;
/** Item headlines of a digest are short lines: longer ones are the items' prose. */
const DIGEST_ITEM = { min: 8, max: 60 };

/** Whether a digest's items make it an incident article (see the constants above). */
function isIncidentDigest(f: IncidentFeatures): boolean {
  const incidents = f.digestIncidents ?? 0;
  if (f.digestTitledForIncidents && incidents >= MIN_TITLED_DIGEST_INCIDENTS) return true;
  return incidents >= MIN_DIGEST_INCIDENTS && incidents >= (f.digestItems ?? 0) * MIN_DIGEST_INCIDENT_SHARE;
}

/**
 * A digest's distinct item headlines (short lines without a sentence end) and how many of them
 * report an attack or outage as a headline would: an incident kind, an event and no near miss.
 * A table of contents repeats the items' headlines (often numbered, "5.…"): each counts once.
 */
function readDigestItems(text: string, title: string): Pick<IncidentFeatures, 'digestItems' | 'digestIncidents' | 'digestTitledForIncidents'> {
  const seen = new Set<string>();
  let incidents = 0;
  for (const line of digestLines(text.slice(0, MAX_PROSE_READ))) {
    if (line.length < DIGEST_ITEM.min || line.length > DIGEST_ITEM.max || line === title || /[。.!?！？]$|https?:/u.test(line)) continue;
    if (DIGEST_ITEM_FIELD.test(line) || DIGEST_CONTACT.test(line)) continue;
    const item = line.replace(DIGEST_ITEM_NUMBER, '');
    if (seen.has(item)) continue;
    seen.add(item);
    const f = extractTitleFeatures(item);
    if (f.titleKinds.size > 0 && f.titleEvent && f.titleNearMissHits === 0) incidents++;
  }
  return { digestItems: seen.size, digestIncidents: incidents, digestTitledForIncidents: DIGEST_OF_INCIDENTS.test(title) };
}

/** An item's number in a digest ("5.", "12、", "(3)", "【4】"), dropped so the contents and the body's headline match. */
const DIGEST_ITEM_NUMBER = /^(?:\d{1,3}\s*[.、．)）]|[(（【]\d{1,3}[)）】])\s*/u;

/** A contact or business line in a digest's footer (a phone number, a WeChat id): not an item. */
const DIGEST_CONTACT = /\d{7,}|微信\s*[：:号]|(?:合作|咨询|投稿)\s*[：:]|(?:phone|tel|wechat)\s*[：:]/iu;

/**
 * A digest item's metadata line ("时间：11月25日", "来源：…", "Source: …"): a field of the item,
 * not its headline, so it neither counts as an item nor dilutes the share of incident items.
 */
const DIGEST_ITEM_FIELD = /^(?:时间|日期|发布时间|来源|作者|编辑|责编|出处|链接|原文|标签|关键词|date|time|source|author|tags?)\s*[：:]/iu;

/**
 * The lines of a digest, trimmed, with a headline wrapped over two lines joined: a line that ends
 * in a comma ("某公司遭勒索软件攻击，" / "业务中断") continues on the next.
 */
function digestLines(text: string): string[] {
  const lines: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const joined = pending + line;
    pending = '';
    if (/[，,]$/u.test(joined) && joined.length < DIGEST_ITEM.max) pending = joined;
    else lines.push(joined);
  }
  if (pending) lines.push(pending);
  return lines;
}

/** The features read from the headline alone. */
export type TitleFeatures = Pick<
  IncidentFeatures,
  'titleKinds' | 'titleEvent' | 'titleNearMiss' | 'titleNearMissHits' | 'titleOutbreak' | 'titleUnnamedNearMiss' | 'titleSingleVictim'
>;

/** Reads a headline as the classifier does: the incident kinds, event and near misses it names. */
export function extractTitleFeatures(title: string): TitleFeatures {
  const cues = incidentCues();
  const titleText = cueText(title);
  const titleKinds = firstMatches(cues.kinds, titleText);
  // A named outbreak is its kind: "WannaCry: was it an accident?" is about a ransomware incident,
  // and the outbreak is its subject, unless the headline tells a scam or phishing that uses the
  // outbreak's name as its lure ("fake WannaCry fix emails").
  const outbreaks = firstMatches(cues.outbreaks, titleText);
  const outbreak = [...outbreaks.values()][0] ?? null;
  const outbreakSubject = outbreak !== null && !LURE_KINDS.some((kind) => titleKinds.has(kind)) && !namesOutbreakTool(title, outbreak);
  for (const [kind, match] of outbreaks) if (!titleKinds.has(kind)) titleKinds.set(kind, match);
  // "Hit by ransomware? This free tool might help": an event in an opening question addresses the
  // reader ("have you been …?"); it reports nothing, so events are read after it.
  const eventText = cueText(title.replace(OPENING_QUESTION, ''));
  const titleEvent = firstMatches(cues.events, eventText).get('event') ?? firstMatches(cues.titleEvents, eventText).get('event') ?? null;
  // A headline that reports an attack through a flaw ("hackers exploited a VPN flaw to breach …",
  // "黑客利用漏洞入侵…"), caused by a faulty update, or announced by its victim ("… announces
  // breach affecting 92 million accounts") is about the attack: those words are not a near miss.
  const attackReported = titleKinds.size > 0 && titleEvent !== null;
  // "某邮箱大面积登录异常，官方：已修复": in an outage headline that names no flaw, "fixed" is the
  // recovery of the service, not a patch.
  const outageFixed = titleKinds.has('outage') && !FLAW_WORDS.test(title);
  // "某公司VPN漏洞遭利用，客户数据泄露": a flaw exploited with a consequence the headline reports
  // (data stolen, files encrypted, a service down) is the attack; exploited with no more than a
  // break-in to devices ("防火墙又被黑：漏洞遭在野利用") it is vulnerability news.
  const consequenceReported = [...titleKinds.keys()].some((kind) => !EXPLOIT_KINDS.has(kind));
  // What may follow a reported attack is no hypothetical, unless the event word is the hypothetical's
  // own (将遭…攻击: "will suffer an attack").
  const hypothetical = attackReported ? firstMatches(cues.titleNearMiss.filter((g) => g.id === 'hypothetical'), titleText).get('hypothetical') : undefined;
  const ownEvent = hypothetical !== undefined && titleEvent !== null && hypothetical.text.includes(titleEvent.text);
  // A family's or a warning's headline that describes the one victim it hit is about that attack,
  // whether or not an event cue reports it (VICTIM_OVERRIDES).
  const singleVictim = cues.titleSingleVictim.some((cue) => countCue(cue, titleText) > 0);
  const nearMissGroups = cues.titleNearMiss.filter(
    (g) =>
      !(attackReported && REPORTED_ATTACK_OVERRIDES.has(g.id) && !(g.id === 'hypothetical' && ownEvent)) &&
      !(singleVictim && titleKinds.size > 0 && VICTIM_OVERRIDES.has(g.id)) &&
      !(outageFixed && g.id === 'vulnerability') &&
      !(consequenceReported && g.id === 'exploited-flaw') &&
      !(outbreakSubject && OUTBREAK_OVERRIDES.has(g.id)),
  );
  // "Ticket site under attack: is your account one of those taken over?": a question after a
  // headline clause that reports an attack by itself is the hook, not commentary; near misses are
  // read in the clause that states the news.
  const nearMissText = attackReported ? (reportingHead(title) ?? titleText) : titleText;
  // Threat research or a campaign whose headline also reports an attack is the attack only when
  // someone is named as hit ("new ransomware variant hammers school district"); on no one named
  // ("new ransomware variant hits users") it stays research, which the scorer decides.
  const overridden = attackReported ? cues.titleNearMiss.filter((g) => UNNAMED_VICTIM_OVERRIDES.has(g.id)) : [];
  const titleUnnamedNearMiss = firstMatches([...cues.titleUnnamedVictims, ...overridden], titleText);
  return {
    titleKinds,
    titleEvent,
    titleNearMiss: firstMatches(nearMissGroups, nearMissText),
    titleNearMissHits: countDistinctPatterns(nearMissGroups, nearMissText),
    titleOutbreak: outbreakSubject ? outbreak : null,
    titleUnnamedNearMiss,
    titleSingleVictim: singleVictim,
  };
}

/** A short question that opens a headline and is followed by its news ("Hit by ransomware? …"). */
const OPENING_QUESTION = /^[^?？:：]{3,40}[?？](?=\s*\S)/u;

/** A headline made of a clause, a colon and a question (a site's name may follow the question). */
const QUESTION_HOOK = /^([^:：?？]{8,}?)\s*[:：]\s*[^:：]+[?？](?:\s+[-–—|•]\s+[^?？]{1,60})?\s*$/u;

/** The clause before a question hook, when it reports an attack (a kind and an event) by itself. */
function reportingHead(title: string): CueText | null {
  const head = QUESTION_HOOK.exec(title)?.[1];
  if (!head) return null;
  const cues = incidentCues();
  const text = cueText(head);
  const reports = firstMatches(cues.kinds, text).size > 0 && (firstMatches(cues.events, text).size > 0 || firstMatches(cues.titleEvents, text).size > 0);
  return reports ? text : null;
}

/**
 * Near misses a headline that describes its one victim overrides: a family's write-up or a warning
 * that tells of the victim it hit ("New ransomware strain steals data from county hospital", "Boss
 * of hacked company warns of cybercrime threat"). Not a campaign's: "scammers target bank
 * customers" describes the lure's brand, not a victim.
 */
const VICTIM_OVERRIDES: ReadonlySet<string> = new Set(['research', 'warning', 'lure']);

/**
 * Whether the headline names the outbreak's exploit or tool rather than the outbreak ("WannaCry
 * exploit could infect newer systems"): what the exploit can do is vulnerability news or a
 * hypothetical, not a follow-up on the outbreak's victims.
 */
function namesOutbreakTool(title: string, outbreak: CueMatch): boolean {
  const at = title.toLowerCase().indexOf(outbreak.text.toLowerCase());
  return at >= 0 && OUTBREAK_TOOL.test(title.slice(at + outbreak.text.length));
}

/** An outbreak's name used for its exploit or tool: "WannaCry exploit", "NotPetya's exploits". */
const OUTBREAK_TOOL = /^(?:['’]s)?\s+(?:exploits?|exploit kit|tool(?:s|kit)?)\b/i;

/** Kinds that make a named outbreak in the same headline a lure, not the subject. */
const LURE_KINDS: readonly string[] = ['fraud', 'phishing'];

/**
 * Near misses a named outbreak in the headline overrides: a follow-up on WannaCry is about the
 * incident, whether it asks a question ("was it an accident?"), recalls the flaw it spread by or
 * the warning before it, or what could follow. Counts and variants (report, research) are not
 * overridden: "new WannaCry variant" is research, "blocks 21 million WannaCry attempts" a tally.
 */
const OUTBREAK_OVERRIDES: ReadonlySet<string> = new Set(['vulnerability', 'opinion', 'hypothetical', 'exploited-flaw', 'allegation']);

/** Near misses a reported attack overrides only when a victim is named (see REPORTED_ATTACK_OVERRIDES). */
const UNNAMED_VICTIM_OVERRIDES: ReadonlySet<string> = new Set(['research', 'campaign', 'warning', 'lure']);

/** Kinds that exploiting a flaw is by itself (a break-in, a payload): no consequence for a victim. */
const EXPLOIT_KINDS: ReadonlySet<string> = new Set(['intrusion', 'malware', 'espionage']);

/** Words that name a flaw or its fix: an outage headline with one of them may still be patch news. */
const FLAW_WORDS = /漏洞|补丁|CVE-|vulnerab|patch|flaw|exploit/i;

/**
 * Near-miss types a headline that reports an attack (a kind and an event) overrides: its flaw, its
 * "announces", the family's novelty ("new ransomware variant hammers school district" is the
 * attack, not research about the variant) and what may follow from it ("council hit by cyber
 * attack; services may be disrupted for days"). Counts and trends are not overridden: "860 sites
 * hit by ransomware last year" is a statistic.
 */
const REPORTED_ATTACK_OVERRIDES: ReadonlySet<string> = new Set(['vulnerability', 'product', 'research', 'campaign', 'hypothetical', 'warning', 'lure']);

/**
 * Kinds of the incident the article is about, not every attack word in it: those the headline
 * names, those the lead (the opening paragraph, which restates the headline's event) names, and a
 * kind the rest of the body keeps returning to (a share of all kind mentions, not a word in a
 * background paragraph). With none of these, the body's most mentioned kind.
 */
function pickKinds(f: IncidentFeatures): string[] {
  const kinds = new Set(f.titleKinds.keys());
  // A headline that names no kind (a quote, a question, a name): the lead states the event.
  if (kinds.size === 0) for (const kind of f.leadKinds.keys()) kinds.add(kind);
  const total = sum(f.bodyKinds.values());
  for (const [kind, n] of f.bodyKinds) {
    if (DISTINCTIVE_KINDS.has(kind) ? n >= total * MIN_DISTINCTIVE_SHARE : n >= MIN_BODY_MENTIONS && n >= total * MIN_BODY_SHARE) kinds.add(kind);
  }
  if (kinds.size === 0) {
    const top = [...f.bodyKinds].sort((a, b) => b[1] - a[1])[0];
    if (top) kinds.add(top[0]);
  }
  // Report the most specific kinds: a generic kind goes when a kind that implies it is present.
  for (const [generic, specifics] of SUBSUMED_BY) {
    if (specifics.some((k) => kinds.has(k))) kinds.delete(generic);
  }
  // Ordered as corpus/GUIDELINES.md lists them.
  return KIND_ORDER.filter((k) => kinds.has(k));
}

/** Mentions a kind needs in the body, and its share of all kind mentions, to count without the headline or lead. */
const MIN_BODY_MENTIONS = 3;
const MIN_BODY_SHARE = 0.2;
const MIN_DISTINCTIVE_SHARE = 0.07;

/** The lead: the opening prose, where a news article restates its headline's event. */
const LEAD_LENGTH = 300;

/**
 * Kinds whose words are rare outside an article about them (a DDoS, a defacement, a supply-chain
 * attack, an espionage campaign): a mention or two is enough unless they are a sliver of a long
 * article about another kind (MIN_DISTINCTIVE_SHARE: one DDoS line in a breach story is background).
 * Others need three mentions and a fifth of all, since "hackers", "stolen" or "outage" also appear
 * in background paragraphs.
 */
const DISTINCTIVE_KINDS: ReadonlySet<string> = new Set(['ddos', 'defacement', 'supply-chain', 'espionage']);

/**
 * Generic kinds and the specific kinds that imply them: ransomware, data theft, supply-chain and
 * espionage campaigns are intrusions; phishing and ransom demands are how the fraud was done; a
 * ransomware family is the malware.
 */
const SUBSUMED_BY: ReadonlyMap<string, readonly string[]> = new Map([
  ['intrusion', ['ransomware', 'breach', 'supply-chain', 'espionage', 'phishing']],
  ['fraud', ['phishing', 'ransomware']],
  ['malware', ['ransomware']],
]);

const KIND_ORDER = [
  'ransomware',
  'breach',
  'ddos',
  'intrusion',
  'malware',
  'phishing',
  'fraud',
  'defacement',
  'supply-chain',
  'espionage',
  'outage',
] as const;

/** Human-readable reasons: the cues that pushed the verdict, strongest first. */
function explain(f: IncidentFeatures, isIncident: boolean): string[] {
  const reasons: string[] = [];
  if (!isIncident && f.titleKinds.size === 0) reasons.push('title names no attack, breach, leak or outage');
  const cues = incidentCues();
  const reasonOf = (groups: readonly CueGroup[], id: string) => groups.find((g) => g.id === id)?.reason ?? id;
  // One reason per title clause: "title says: 某医院遭勒索软件攻击 (勒索软件攻击 (ransomware attack))".
  const clauses = new Set<string>();
  for (const match of f.titleKinds.values()) {
    if (clauses.has(match.clause)) continue;
    clauses.add(match.clause);
    reasons.push(`title says: ${match.clause} (${match.reason})`);
  }
  if (f.titleEvent && f.titleKinds.size > 0) reasons.push(`title reports it happened: ${f.titleEvent.text}`);
  for (const match of f.titleNearMiss.values()) reasons.push(`title looks like a near miss: ${match.clause} (${match.reason})`);
  if (f.titleNearMissHits === 0 && !namesVictim(f)) {
    for (const match of f.titleUnnamedNearMiss.values()) reasons.push(`title looks like a near miss, and no victim is named: ${match.clause} (${match.reason})`);
  }
  if (f.titleOutbreak) reasons.push(`title names an outbreak: ${f.titleOutbreak.text}`);
  if (!isIncident && isScamWarning(f, Math.max(1, f.proseLength / 1000))) reasons.push('advises readers against a scam and names no victim: a warning, not an attack');
  const topKinds = [...f.bodyKinds].sort((a, b) => b[1] - a[1]).slice(0, 3);
  for (const [kind, n] of topKinds) reasons.push(`${reasonOf(cues.kinds, kind)}: ${n} mention(s) in the text`);
  if (f.bodyEvents > 0) reasons.push(`${f.bodyEvents} event cue(s) (was hit, confirmed, 遭, 确认 …)`);
  const topNear = [...f.bodyNearMiss].sort((a, b) => b[1] - a[1]).slice(0, 2);
  for (const [type, n] of topNear) reasons.push(`near-miss cues: ${reasonOf(cues.nearMiss, type)}, ${n} mention(s)`);
  if (isIncident && f.organizations > 0) reasons.push(`names ${f.organizations} affected organisation mention(s)`);
  if (isIncident && f.threats > 0) reasons.push(`names ${f.threats} malware or threat-actor mention(s)`);
  if (f.security === 0 && f.threats === 0 && f.titleKinds.size === 0) reasons.push('no security vocabulary: general news');
  return reasons;
}

/** The first sentence of a block, at most MAX_LEAD characters. */
function leadSentence(block: string): string {
  const end = block.search(/[。！？!?]|\.(?:\s|$)/u);
  return (end < 0 ? block : block.slice(0, end + 1)).slice(0, MAX_LEAD);
}

const MAX_LEAD = 200;

/**
 * A block that is a link as captured from a page ("[### Related post title](/blog/…)"): a
 * related-posts or navigation entry, not the article's prose.
 */
const LINK_LINE = /^!?\[[^\]]*\]\(/u;

/**
 * Prose blocks of the body: long enough to be sentences, not the title again, not excluded. Stops
 * once MAX_PROSE_READ characters of prose are collected (see there).
 */
function proseBlocks(text: string, title: string, excluded: readonly Span[]): string[] {
  const blocks: string[] = [];
  let collected = 0;
  const inZone = excludedLookup(excluded);
  for (let start = 0; start <= text.length && collected < MAX_PROSE_READ; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const trimmed = text.slice(start, end).trim();
    const blockStart = start;
    start = end + 1;
    if (trimmed.length < MIN_PROSE_BLOCK || trimmed === title || LINK_LINE.test(trimmed)) continue;
    if (inZone(blockStart)) continue;
    blocks.push(trimmed);
    collected += trimmed.length + 1;
  }
  return blocks;
}

/**
 * Whether an offset lies in an excluded zone, for offsets asked in ascending order (blocks are
 * visited front to back): a sweep over the zones sorted by start, not a scan of all per block.
 */
function excludedLookup(excluded: readonly Span[]): (offset: number) => boolean {
  const zones = [...excluded].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -Infinity;
  return (offset) => {
    while (next < zones.length && zones[next].start <= offset) reach = Math.max(reach, zones[next++].end);
    return offset < reach;
  };
}

/** A text the cues are matched against, with its lower-cased copy for the anchors' `includes`. */
interface CueText {
  text: string;
  lower: string;
}

function cueText(text: string): CueText {
  return { text, lower: text.toLowerCase() };
}

/**
 * Whether a cue can match at all: the text holds one literal of each of its requirement sets.
 * Exact, because every match holds them (cue-anchor.ts) and the cues are case-insensitive without
 * Unicode mode, where no non-ASCII character matches an ASCII one.
 */
function mayMatch(cue: CuePattern, text: CueText): boolean {
  return cue.requirements.every((set) => set.some((literal) => text.lower.includes(literal)));
}

function firstMatches(groups: readonly CueGroup[], { text, lower }: CueText): Map<string, CueMatch> {
  const found = new Map<string, CueMatch>();
  if (!text) return found;
  for (const group of groups) {
    if (found.has(group.id)) continue;
    for (const cue of group.patterns) {
      if (!mayMatch(cue, { text, lower })) continue;
      const re = cue.regex;
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m) {
        found.set(group.id, { text: m[0], clause: clauseAround(text, m.index, m.index + m[0].length), reason: group.reason });
        break;
      }
    }
  }
  return found;
}

/** Headline clause boundaries: Chinese and Western punctuation, and the "｜" of WeChat titles. */
const CLAUSE_BREAK = /[，,。：:；;！!？?|｜【】]/u;
const MAX_CLAUSE = 90;

/** The clause of `text` around [start, end), trimmed, at most MAX_CLAUSE characters. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to])) to++;
  const clause = text.slice(from, to).trim();
  return clause.length <= MAX_CLAUSE ? clause : text.slice(start, end);
}

function countDistinctPatterns(groups: readonly CueGroup[], text: CueText): number {
  return groups.reduce((n, g) => n + g.patterns.filter((cue) => countCue(cue, text) > 0).length, 0);
}

/**
 * Matches per cue group id, each pattern counted on its own. (One combined alternation per list
 * was measured: about 20% slower in V8 than separate scans, and it merges overlapping cues.)
 */
function countMatches(groups: readonly CueGroup[], text: CueText): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of groups) {
    const n = group.patterns.reduce((total, cue) => total + countCue(cue, text), 0);
    if (n > 0) counts.set(group.id, (counts.get(group.id) ?? 0) + n);
  }
  return counts;
}

function countCue(cue: CuePattern, text: CueText): number {
  return mayMatch(cue, text) ? countRegex(cue.regex, text.text) : 0;
}

function countRegex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
