/**
 * Hand-written additions to the generated threat-actor data (threat-actors.generated.ts): the
 * Chinese names Chinese vendors and media use, names the MISP filters dropped because they are
 * also English words, and ransomware gangs named after their ransomware.
 *
 * Group or ransomware: LockBit, Conti, BlackCat/ALPHV, Hive, Clop … are both a gang (actor) and
 * its ransomware (malware); both gazetteers list them and `classifyThreatMention`
 * (engine/gazetteer/group-or-malware.ts) decides per mention: "LockBit gang/group/operators/
 * affiliates/团伙/组织" → actor, "LockBit ransomware/勒索软件/3.0" → malware, a bare name → actor.
 * Only Chinese names we are sure of are listed; the rest fall back to the English name.
 */
import type { ThreatSupplement } from '../gazetteer/threat-entry';

/** Supplementary actor names (merged into the generated entries by id). */
export const ACTOR_SUPPLEMENT: readonly ThreatSupplement[] = [
  // Chinese names of APT groups (360, Antiy, QiAnXin and Chinese media).
  { id: 'actor:apt32', zh: ['海莲花', '海莲花组织'], en: ['OceanLotus'] },
  { id: 'actor:patchwork', zh: ['白象', '白象组织'] },
  { id: 'actor:bitter', en: ['Bitter', 'BITTER APT'], context: ['Bitter'] },
  { id: 'actor:lazarus-group', zh: ['拉撒路', '拉撒路组织', 'Lazarus组织'], en: ['Lazarus', 'BlueNoroff'], proper: ['Lazarus'] },
  { id: 'actor:apt28', zh: ['奇幻熊'], en: ['Fancy Bear', 'APT 28'] },
  { id: 'actor:apt29', zh: ['舒适熊'], en: ['Cozy Bear', 'APT 29'] },
  { id: 'actor:coldriver', zh: ['冷河'], en: ['Callisto Group'] },
  { id: 'actor:cyber-av3ngers', zh: ['网络复仇者'], en: ['CyberAvengers'] },
  { id: 'actor:deadeye-jackal', zh: ['叙利亚电子军'], en: ['Syrian Electronic Army', 'SEA hackers'] },
  { id: 'actor:anonymous-russia', en: ['Anonymous Russia'], zh: ['俄罗斯匿名者'], proper: ['Anonymous Russia'] },
  { id: 'actor:vanilla-tempest', en: ['Vice Society'], proper: ['Vice Society'] },
  // Ransomware gangs (double names, see above).
  { id: 'actor:lockbit', en: ['LockBit', 'LockBitSupp'] },
  { id: 'actor:conti', en: ['Conti'] },
  { id: 'actor:blackcat', en: ['BlackCat', 'ALPHV', 'ALPHV/BlackCat', 'BlackCat/ALPHV', 'Noberus'] },
  { id: 'actor:hive', en: ['Hive'], context: ['Hive'] },
  { id: 'actor:clop', en: ['Clop', 'Cl0p'] },
  { id: 'actor:black-basta', en: ['Black Basta', 'BlackBasta'] },
  { id: 'actor:ragnar-locker', en: ['Ragnar Locker', 'RagnarLocker'] },
  { id: 'actor:quantum', en: ['Quantum'], context: ['Quantum'] },
  { id: 'actor:cuba', en: ['Cuba'], context: ['Cuba'] },
  { id: 'actor:rhysida', en: ['Rhysida'] },
  { id: 'actor:revil', en: ['REvil', 'Sodinokibi'] },
  { id: 'actor:darkside', en: ['DarkSide'] },
  { id: 'actor:blackmatter', en: ['BlackMatter'] },
  { id: 'actor:maze', en: ['Maze'], context: ['Maze'] },
  { id: 'actor:egregor', en: ['Egregor'] },
  { id: 'actor:netwalker', en: ['NetWalker'] },
  { id: 'actor:avaddon', en: ['Avaddon'] },
  { id: 'actor:babuk', en: ['Babuk'] },
  { id: 'actor:medusa', en: ['Medusa'], context: ['Medusa'] },
  { id: 'actor:8base', en: ['8Base'] },
  { id: 'actor:bianlian', en: ['BianLian'] },
  { id: 'actor:royal', en: ['Royal'], context: ['Royal'] },
  { id: 'actor:play', en: ['Play'], context: ['Play'] },
];
