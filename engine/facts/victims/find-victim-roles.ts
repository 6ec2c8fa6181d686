/**
 * Victim roles from sentence structure: which organisation mention is the subject or the object of
 * an incident event in its sentence, however far the cue sits from the name. "Acme, which runs 40
 * clinics in Ohio, was hit by ransomware" (subject: the nearest mention before the predicate),
 * "attackers breached the Finnish clinic Vastaamo" (object: the nearest mention after the cue, not
 * after "by"), "victims include A, B and C" (object; the extractor carries the role over the list),
 * "Acme表示，其系统遭到攻击", "黑客入侵了某某公司".
 *
 * Both cue kinds are matched once over the whole text and mapped to sentences, so the cost is linear
 * in the text; a gap limit keeps a cue from reaching a name in another part of a long sentence.
 */
import { buildAlternation } from '../../entities/build-alternation';
import { findSpanIndex, splitSentences } from '../../entities/split-sentences';
import { LIST_CUES_EN, OBJECT_CUES_EN, OBJECT_CUES_ZH, SUBJECT_PREDICATES_EN, SUBJECT_PREDICATES_ZH } from '../../data/organization-cues';
import { countStartingBefore } from '../../text-spans';
import type { Span } from '../../types';

/** A mention's structural role, with the cue that gave it (kept as the reason). */
export interface VictimRole {
  kind: 'subject' | 'object';
  cue: string;
}

const SUBJECT_EN = new RegExp(`(?<![A-Za-z])${buildAlternation(SUBJECT_PREDICATES_EN, { raw: true })}(?![A-Za-z])`, 'gi');
const OBJECT_EN = new RegExp(`(?<![A-Za-z])${buildAlternation(OBJECT_CUES_EN, { raw: true })}(?![A-Za-z])`, 'gi');
const SUBJECT_ZH = new RegExp(buildAlternation(SUBJECT_PREDICATES_ZH, { raw: true }), 'g');
const OBJECT_ZH = new RegExp(buildAlternation(OBJECT_CUES_ZH, { raw: true }), 'g');
/** List cues run in their own pass: at "breaches … include A" the verb cue "breaches" would win the alternation. */
const LIST_EN = new RegExp(`(?<![A-Za-z])${buildAlternation(LIST_CUES_EN, { raw: true })}(?![A-Za-z])`, 'gi');

/** Longest gap between a subject and its predicate, and between a cue and its object (UTF-16 units). */
const SUBJECT_GAP_EN = 200;
const OBJECT_GAP_EN = 70;
const SUBJECT_GAP_ZH = 40;
const OBJECT_GAP_ZH = 16;

/**
 * What may not lie between a cue and its object: the agent ("hit by X"), a source ("according to",
 * "said"), or the end of a clause. Chinese: a comma or a passive/source marker.
 */
// A new clause ("… breaches this spring after a tip from X") ends the object's reach too.
const OBJECT_GAP_BLOCK_EN = /^\s*(?:by|from)\b|[.;:!?]|\b(?:said|says|according|told|reported|by|after|before|when|while|because|since)\b/i;
// "调查黑客攻击的谷歌威胁分析小组": a verb before 的 describes the next noun, it has no object.
const OBJECT_GAP_BLOCK_ZH = /^的|[，,。；：！？]|被|由|据/u;
/** What may not lie between a subject and its predicate: a source cue or another sentence part. */
// "X uploaded the episodes after the studio refused to pay": a new clause has a subject of its own.
// "X, which checks to see if your email has been compromised", "X, a site that lets users enter their emails to see if their
// password has been compromised": a question whose subject is the reader's or the users' own is no predicate of X.
const SUBJECT_GAP_BLOCK_EN =
  /[;:!?]|\b(?:according to|researchers?|analysts?|after|because|although|though|whereas|until|unless)\b|\b(?:if|whether) (?:your|you)\b|\b(?:users?|visitors|people|readers|anyone|customers)\b[^,;.]{0,60}\b(?:see|check|determine|find out) (?:if|whether)\b/i;
// "投诉中心收到…关于…部门遭受攻击的投诉": a name before "received" or "about" is the subject of another clause, not of the predicate.
const SUBJECT_GAP_BLOCK_ZH = /[；：！？]|据|报道|研究人员|称|关于|有关|对于|收到|接到/u;

/** The opening of an apposition up to a name inside it: "…, the company behind the app " (before "Wishbone, has suffered"). */
const APPOSITION_BEFORE = /^\.?(?:,|\s[-–—])\s+(?:the|a|an|which|who|whose)\s[^,;:()–—]{0,80}$/;

/** Reported speech whose subject is "it": "said that it", "confirmed on Monday that its systems". */
const REPORTED_PRONOUN = /\b(?:said|says|reported|reports|confirmed|confirms|announced|announces|disclosed|discloses|admitted|admits|revealed|reveals|stated|told \w+)(?: on \w+| in a statement| last \w+)? (?:that )?(?:it|its (?:[\w-]+ ){0,2}\w+) (?:had |has |have |may have |might have )?(?:been )?$/;

/** An attack verb whose object is "its" something: "knocked its billing portal offline", "encrypted its servers". */
const DISRUPTED_ITS_EN = /(?<![A-Za-z])(?:knocked|took|taken|brought|shut|disrupted|crippled|encrypted|paralysed|paralyzed|hit|affected|compromised|breached|disabled|locked|infected|targeted|forced)(?:\s+(?:down|out|offline))?\s+its(?![A-Za-z])/gi;
/** A reporting verb that opens what its subject says: "said", "confirmed on Monday that". */
const REPORTING_VERB_EN = /(?<![A-Za-z])(?:said|says|confirmed|confirms|announced|announces|disclosed|discloses|reported|reports|stated|states|told|admitted|revealed|warned)(?![A-Za-z])/i;
/** A gap that is only an apposition (", a water utility serving 400,000 homes in the north,"). */
const APPOSITION_ONLY_EN = /^,\s+(?:the|a|an|which|who|whose)\s[^;:!?]{0,160},\s*$/i;

/**
 * The victim role of each mention (same order as `mentions`, which must be sorted by start and not
 * overlap), or null where its sentence gives it none.
 */
export function findVictimRoles(text: string, mentions: readonly Span[], lang: string): (VictimRole | null)[] {
  const roles: (VictimRole | null)[] = mentions.map(() => null);
  if (mentions.length === 0) return roles;
  const sentences = splitSentences(text);
  const zh = lang === 'zh';
  const subject = zh ? SUBJECT_ZH : SUBJECT_EN;
  const object = zh ? OBJECT_ZH : OBJECT_EN;
  const subjectGap = zh ? SUBJECT_GAP_ZH : SUBJECT_GAP_EN;
  const objectGap = zh ? OBJECT_GAP_ZH : OBJECT_GAP_EN;
  const subjectBlock = zh ? SUBJECT_GAP_BLOCK_ZH : SUBJECT_GAP_BLOCK_EN;
  const objectBlock = zh ? OBJECT_GAP_BLOCK_ZH : OBJECT_GAP_BLOCK_EN;

  subject.lastIndex = 0;
  for (let m = subject.exec(text); m; m = subject.exec(text)) {
    const sentence = sentences[findSpanIndex(sentences, m.index)];
    if (!sentence) continue;
    // The nearest mention ending before the predicate, inside its sentence; after "said that it"
    // the pronoun is the sentence's subject ("X, serving the San Antonio area, reported that it was hit").
    let i = countStartingBefore(mentions, m.index) - 1;
    while (i >= 0 && mentions[i].end > m.index) i--;
    if (!zh && REPORTED_PRONOUN.test(text.slice(Math.max(sentence.start, m.index - 48), m.index))) {
      const first = countStartingBefore(mentions, sentence.start);
      if (first <= i) i = first;
    }
    if (i < 0 || mentions[i].start < sentence.start) continue;
    // "Acme Inc., the company behind the app Wishbone, has suffered": a name inside an apposition
    // describes the subject before it, which is the predicate's.
    // "Acme Trust - a team affiliated with the Beta Club - said …": an aside between dashes, too.
    // The aside may itself name more than one ("- a Class A team affiliated with the Beta Club -"): the subject is the name before it.
    if (!zh && /^(?:,|\s[-–—]\s)/.test(text.slice(mentions[i].end, m.index))) {
      for (let j = i - 1; j >= 0 && j >= i - 3 && mentions[j].start >= sentence.start; j--) {
        if (APPOSITION_BEFORE.test(text.slice(mentions[j].end, mentions[i].start))) {
          i = j;
          break;
        }
      }
    }
    const gap = text.slice(mentions[i].end, m.index);
    if (gap.length > subjectGap || subjectBlock.test(gap)) continue;
    roles[i] ??= { kind: 'subject', cue: m[0] };
  }
  // "X, a water utility, said on Tuesday that a ransomware attack had knocked its billing portal
  // offline": the owner of what the attack took is the reporting clause's subject.
  if (!zh) {
    DISRUPTED_ITS_EN.lastIndex = 0;
    for (let m = DISRUPTED_ITS_EN.exec(text); m; m = DISRUPTED_ITS_EN.exec(text)) {
      const sentence = sentences[findSpanIndex(sentences, m.index)];
      if (!sentence) continue;
      const report = REPORTING_VERB_EN.exec(text.slice(sentence.start, m.index));
      const first = countStartingBefore(mentions, sentence.start);
      if (!report || first >= mentions.length) continue;
      const verbAt = sentence.start + report.index;
      const mention = mentions[first];
      if (mention.end > verbAt || !/^\s*(?:the\s+)?$/i.test(text.slice(sentence.start, mention.start))) continue;
      const gap = text.slice(mention.end, verbAt);
      if (gap.length > SUBJECT_GAP_EN || (SUBJECT_GAP_BLOCK_EN.test(gap) && !APPOSITION_ONLY_EN.test(gap))) continue;
      roles[first] ??= { kind: 'subject', cue: m[0] };
    }
  }
  for (const cues of zh ? [object] : [LIST_EN, object]) {
    cues.lastIndex = 0;
    for (let m = cues.exec(text); m; m = cues.exec(text)) {
      const end = m.index + m[0].length;
      const sentence = sentences[findSpanIndex(sentences, m.index)];
      const i = countStartingBefore(mentions, end);
      if (i >= mentions.length || !sentence || mentions[i].start >= sentence.end) continue;
      // A bracketed aside does not count towards the gap: "including the HSE (which said it stopped the malware), the NHS".
      const gap = text.slice(end, mentions[i].start).replace(/\s?[(（][^()（）\n]*[)）]/gu, '');
      if (gap.length > objectGap || objectBlock.test(gap)) continue;
      roles[i] ??= { kind: 'object', cue: m[0] };
    }
  }
  return roles;
}
