/**
 * The matcher's reasons (storage/incident-matcher.ts) in the UI language. The matcher writes them
 * in English into each clipping's stored link (exports carry them as they are); the screens read
 * each one back by its fixed pattern and say it with the _locales message of that pattern. Kinds
 * are named in the UI language; names, words and numbers stay as they are. A reason no pattern
 * knows (written by a later matcher) is shown as stored.
 */
import english from '../public/_locales/en/messages.json';
import { t } from './i18n';

type Say = typeof t;
type MessageKey = Parameters<Say>[0];

/** Kinds ("ransomware, outage") by their names in the UI language (as i18n's kindLabel, through `say`). */
function kinds(list: string, say: Say): string {
  return list
    .split(', ')
    .map((kind) => {
      const key = `kind_${kind.replace(/-/g, '_')}`;
      return key in english ? say(key as MessageKey) : kind;
    })
    .join(', ');
}

/** Patterns of the matcher's reasons, each with its message and how its parts are said. */
const PATTERNS: ReadonlyArray<[RegExp, MessageKey, (parts: string[], say: Say) => string[]]> = [
  [/^same victim: (.+)$/su, 'incidentReasonSameVictim', (p) => p],
  [/^dates overlap$/u, 'incidentReasonDatesOverlap', (p) => p],
  [/^dates (\d+) days? apart \(more than (\d+)\): another incident$/u, 'incidentReasonTooFar', (p) => p],
  [/^dates 1 day apart$/u, 'incidentReasonOneDayApart', (p) => p],
  [/^dates (\d+) days apart$/u, 'incidentReasonDatesApart', (p) => p],
  [/^no date to compare$/u, 'incidentReasonNoDate', (p) => p],
  [/^the incident would span (\d+) days \(more than (\d+)\)$/u, 'incidentReasonTooLong', (p) => p],
  [/^same kind: (.+)$/su, 'incidentReasonSameKind', ([list], say) => [kinds(list, say)]],
  [/^related kinds$/u, 'incidentReasonRelatedKinds', (p) => p],
  [/^kinds disagree: (.+) vs (.+)$/su, 'incidentReasonKindsDisagree', ([a, b], say) => [kinds(a, say), kinds(b, say)]],
  [/^same actor or malware: (.+)$/su, 'incidentReasonSameThreat', (p) => p],
  [/^different actors or malware$/u, 'incidentReasonOtherThreats', (p) => p],
  [/^same affected service: (.+)$/su, 'incidentReasonSameService', (p) => p],
  [/^no victim in common$/u, 'incidentReasonNoVictimInCommon', (p) => p],
  [/^same story: titles share (.+)$/su, 'incidentReasonSameStory', (p) => p],
  [/^the article names no victim organisation$/u, 'incidentReasonNoVictim', (p) => p],
  [/^no incident in the library has this victim$/u, 'incidentReasonNoSuchVictim', (p) => p],
  [/^closest incident scored ([\d.]+) \(below ([\d.]+)\): (.*)$/su, 'incidentReasonBelowThreshold', ([score, threshold, rest], say) => [score, threshold, rest.split('; ').map((reason) => incidentReasonLabel(reason, say)).join('; ')]],
  [/^chosen by you$/u, 'incidentReasonChosen', (p) => p],
  [/^split out by you$/u, 'incidentReasonSplit', (p) => p],
  [/^merged by you$/u, 'incidentReasonMerged', (p) => p],
];

/** One stored reason in the UI language (`say`: the message lookup, the UI's by default). */
export function incidentReasonLabel(reason: string, say: Say = t): string {
  for (const [pattern, key, parts] of PATTERNS) {
    const match = pattern.exec(reason);
    if (match) return say(key, ...parts(match.slice(1), say));
  }
  return reason;
}
