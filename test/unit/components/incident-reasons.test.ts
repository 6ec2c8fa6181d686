import { describe, expect, test } from 'vitest';
import { incidentReasonLabel } from '../../../components/incident-reasons';
import english from '../../../public/_locales/en/messages.json';
import chinese from '../../../public/_locales/zh_CN/messages.json';
import { proposeIncidentFor, scoreMatch, type MatchFeatures } from '../../../storage/incident-matcher';
import type { IncidentId } from '../../../storage/incident';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A message lookup over one locale's messages.json, substituting as the browser does. */
function sayIn(messages: Messages) {
  return ((key: string, ...substitutions: string[]) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key}`);
    let text = entry.message;
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), substitutions[Number(content.slice(1)) - 1] ?? '');
    return text;
  }) as Parameters<typeof incidentReasonLabel>[1];
}

const ROYAL_MAIL = { key: 'org:royal-mail', id: 'org:royal-mail', en: 'Royal Mail', zh: '皇家邮政', forms: ['皇家邮政'] };
const features = (over: Partial<MatchFeatures>): MatchFeatures => ({ victims: [ROYAL_MAIL], kinds: ['ransomware'], firstDate: '2023-01-11', lastDate: '2023-01-11', threats: [], services: [], titleWords: [], isIncident: true, ...over });

/** Every reason the matcher writes, from real matcher calls. */
function matcherReasons(): string[] {
  const reasons = [
    ...scoreMatch(features({ firstDate: '2023-01-12', lastDate: '2023-01-12', threats: ['actor:lockbit'], services: ['export'] }), features({ threats: ['actor:lockbit'], services: ['export'] })).reasons,
    ...scoreMatch(features({ firstDate: '2023-01-20', lastDate: '2023-01-20', kinds: ['outage'], threats: ['a'] }), features({ threats: ['b'] })).reasons,
    ...scoreMatch(features({ kinds: ['ddos'] }), features({ kinds: ['breach'] })).reasons,
    ...scoreMatch(features({ firstDate: null, lastDate: null }), features({})).reasons,
    ...scoreMatch(features({ firstDate: '2023-05-01', lastDate: '2023-05-01' }), features({})).reasons,
    ...scoreMatch(features({ firstDate: '2023-05-20', lastDate: '2023-05-20' }), features({ firstDate: '2023-01-11', lastDate: '2023-04-30' })).reasons,
    ...scoreMatch(features({ victims: [], titleWords: ['louis', 'library'] }), features({ victims: [], titleWords: ['louis', 'library'] })).reasons,
  ];
  const nov = { incident: { id: 'nov' as IncidentId }, features: features({ firstDate: '2022-11-10', lastDate: '2022-11-10' }) };
  for (const proposal of [proposeIncidentFor(features({}), [nov]), proposeIncidentFor(features({ victims: [] }), []), proposeIncidentFor(features({}), [])]) {
    if (proposal.kind === 'new') reasons.push(...proposal.reasons);
  }
  return [...new Set([...reasons, 'chosen by you', 'split out by you', 'merged by you'])];
}

describe('incident reasons in the UI language', () => {
  const reasons = matcherReasons();
  test('every reason the matcher writes has a message: English says it as stored, Chinese says it in Chinese', () => {
    expect(reasons.length).toBeGreaterThanOrEqual(18);
    for (const reason of reasons) {
      // English as stored, kinds by their English names ("Ransomware", "Data breach").
      expect(incidentReasonLabel(reason, sayIn(english as Messages)).toLowerCase()).toBe(reason.toLowerCase().replace(/\bbreach\b/, 'data breach'));
      const zh = incidentReasonLabel(reason, sayIn(chinese as Messages));
      // Only names, kinds' codes and numbers may stay Latin: no English words left.
      expect(zh.replace(/Royal Mail|actor:lockbit|export|louis|library|DDoS|[\d.]+/g, ''), `${reason} → ${zh}`).not.toMatch(/[a-z]{3,}/i);
    }
  });
  test('kinds are named in the UI language; a nested "closest incident" reason is translated too', () => {
    const say = sayIn(chinese as Messages);
    expect(incidentReasonLabel('same victim: Royal Mail (皇家邮政)', say)).toBe('同一受害方：Royal Mail (皇家邮政)');
    expect(incidentReasonLabel('dates 3 days apart', say)).toBe('日期相隔 3 天');
    expect(incidentReasonLabel('closest incident scored 0 (below 0.6): same victim: Royal Mail; dates 62 days apart (more than 45): another incident', say)).toBe(
      '最接近的事件得分 0（低于 0.6）：同一受害方：Royal Mail; 日期相隔 62 天（超过 45 天）：另一事件',
    );
    expect(incidentReasonLabel('something a later version says', say)).toBe('something a later version says');
  });
});
