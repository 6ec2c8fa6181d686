/**
 * The victim decision for one organisation group (all mentions of one organisation), as a small
 * explainable score: structural and contextual victim evidence against source evidence, with the
 * reasons kept so a reader (and a test) can see why an organisation was reported.
 *
 * Points: each mention with a victim cue next to it counts 1, a victim role in its sentence 1 (½
 * for a Chinese phrase found only by its head, such as 综合医院); speech ("X said", X表示) counts 1
 * for a name with an organisation head, ½ otherwise, and nothing for a name also cited as a source; the headline
 * counts 2 when it gives the name a victim role ("Acme hit by ransomware"), ½ when it only names it;
 * how often a name is mentioned is no evidence (a platform or a vendor is named often too). A group is a victim with at least 1 point and more
 * points than source evidence ("according to X", "researchers at X"); or, without any source
 * evidence, when it is the lead's most-mentioned organisation and the body gives it some evidence (a cue,
 * a role or speech), not just the headline. Known sources and vendors, and names
 * mostly used as a product, never are, except the operator of a faulty update that caused the
 * outage (1 point: "CrowdStrike问题更新导致…蓝屏").
 */
import { VICTIM_ROLE_EVIDENCE } from './victim-evidence';

/** What the article says about one organisation group. */
export interface VictimEvidence {
  /** Mentions with a victim cue next to them ("X was hit", "attack on X", X遭到). */
  cued: number;
  /** Mentions that are the subject or object of an incident event elsewhere in their sentence. */
  roles: number;
  /** The cues of those roles ("subject of “was hit”"), for the reasons. */
  roleCues: readonly string[];
  /** Speech after a mention, weighted (X said, X表示). */
  speech: number;
  /** How the headline names the group: with a victim role, only by name, or not at all. */
  headline: 'role' | 'mention' | null;
  /** Mentions cited as a source, vendor or researcher. */
  source: number;
  mentions: number;
  /** A known news source or security vendor. */
  nonVictim: boolean;
  /** Its faulty update caused the outage ("CrowdStrike问题更新导致…蓝屏"): the operator, vendor or not. */
  faultyUpdate?: boolean;
  /** Mostly named as a product ("ShipManager服务器"): the service extractor reports it. */
  productLike: boolean;
  /** The lead's most-mentioned organisation. */
  leadTop: boolean;
}

/** The decision, its score and the reasons behind it (short English phrases). */
export interface VictimScore {
  victim: boolean;
  score: number;
  reasons: string[];
}

/** Scores one group; see the module header for the points. */
export function scoreVictimGroup(e: VictimEvidence): VictimScore {
  const reasons: string[] = [];
  if (e.nonVictim && !e.faultyUpdate) return { victim: false, score: 0, reasons: ['known source or vendor'] };
  if (e.productLike) return { victim: false, score: 0, reasons: ['named as a product'] };
  let score = 0;
  const add = (points: number, reason: string): void => {
    if (points <= 0) return;
    score += points;
    reasons.push(reason);
  };
  add(e.cued, `victim cue ×${e.cued}`);
  add(e.faultyUpdate ? 1 : 0, 'its faulty update caused the outage');
  add(e.roles, `${VICTIM_ROLE_EVIDENCE}: ${e.roleCues.join(', ')}${e.roles > e.roleCues.length ? ' …' : ''}`);
  // Speech is the weakest evidence: sources and vendors speak too, so it counts only for a name never cited as one.
  add(e.source === 0 ? e.speech : 0, 'speaks about the incident');
  add(e.headline === 'role' ? 2 : e.headline === 'mention' ? 0.5 : 0, e.headline === 'role' ? `headline: ${VICTIM_ROLE_EVIDENCE}` : 'named in headline');
  if (e.source > 0) reasons.push(`source evidence ×${e.source}`);
  if (score >= 1 && score > e.source) return { victim: true, score, reasons };
  // Being the lead's most-named organisation decides only with some evidence from the body: a name that is
  // only in the headline and the lead ("EyePyramid and a lesson on attribution") is the article's topic, a
  // malware, a product or a gang as often as its victim.
  const bodyEvidence = e.cued + e.roles + (e.source === 0 ? e.speech : 0);
  if (e.leadTop && e.source === 0 && bodyEvidence > 0) return { victim: true, score, reasons: [...reasons, 'main organisation of the lead'] };
  return { victim: false, score, reasons };
}
