import { describe, expect, test } from 'vitest';
import type { IncidentId, IncidentVictim } from '../../../storage/incident';
import { foldOrganizationName, titleWordsOf } from '../../../storage/incident';
import { proposeIncidentFor, scoreMatch, type MatchFeatures } from '../../../storage/incident-matcher';

const ROYAL_MAIL: IncidentVictim = { key: 'org:royal-mail', id: 'org:royal-mail', en: 'Royal Mail', zh: '皇家邮政', forms: ['皇家邮政'] };
const ROYAL_MAIL_BY_NAME: IncidentVictim = { key: 'name:royal mail', id: null, en: 'Royal Mail', zh: null, forms: ['Royal Mail'] };
const STAR_ZH: IncidentVictim = { key: 'name:星辰物流', id: null, en: 'Star Logistics', zh: '星辰物流', forms: ['星辰物流', 'Star Logistics'] };
const STAR_EN: IncidentVictim = { key: 'name:star logistics', id: null, en: 'Star Logistics Ltd', zh: null, forms: ['Star Logistics Ltd'] };
const COUNCIL: IncidentVictim = { key: 'name:northfield council', id: null, en: 'Northfield Council', zh: null, forms: ['Northfield Council'] };

function features(over: Partial<MatchFeatures>): MatchFeatures {
  return { victims: [ROYAL_MAIL], kinds: ['ransomware'], firstDate: '2023-01-11', lastDate: '2023-01-12', threats: [], services: [], titleWords: [], ...over };
}

describe('scoreMatch', () => {
  test.each([
    { name: 'same victim by id across languages, same days', clipping: features({}), incident: features({}), match: true },
    { name: 'id on one side, name on the other', clipping: features({ victims: [ROYAL_MAIL_BY_NAME] }), incident: features({}), match: true },
    { name: 'Chinese name with the English form beside it = English name (suffix folded)', clipping: features({ victims: [STAR_EN] }), incident: features({ victims: [STAR_ZH] }), match: true },
    { name: 'a follow-up 33 days later', clipping: features({ firstDate: '2023-02-14', lastDate: '2023-02-14', kinds: ['breach'] }), incident: features({}), match: true },
    { name: 'same company, an outage 62 days earlier: another incident', clipping: features({ firstDate: '2022-11-10', lastDate: '2022-11-10', kinds: ['outage'] }), incident: features({}), match: false },
    { name: 'different victims, same day, no story in common', clipping: features({ victims: [COUNCIL] }), incident: features({}), match: false },
    { name: 'kinds that disagree and different actors', clipping: features({ kinds: ['ddos'], threats: ['actor:killnet'] }), incident: features({ kinds: ['breach'], threats: ['actor:lockbit'] }), match: false },
    { name: 'no dates: victim and kind decide', clipping: features({ firstDate: null, lastDate: null }), incident: features({}), match: true },
    { name: 'window would pass 120 days', clipping: features({ firstDate: '2023-05-20', lastDate: '2023-05-20' }), incident: features({ firstDate: '2023-01-11', lastDate: '2023-04-30' }), match: false },
    { name: 'no victim in common but the same story (3 title words, next day)', clipping: features({ victims: [], titleWords: ['louis', 'public', 'library'], firstDate: '2017-01-19', lastDate: '2017-01-19' }), incident: features({ victims: [COUNCIL], titleWords: ['library', 'louis', 'public', 'recover'], firstDate: '2017-01-18', lastDate: '2017-01-18' }), match: true },
    { name: 'one title word is not a story', clipping: features({ victims: [], titleWords: ['whatsapp', 'banking'] }), incident: features({ victims: [COUNCIL], titleWords: ['whatsapp', 'backdoor'] }), match: false },
    { name: 'the same story 10 days apart is two', clipping: features({ victims: [], titleWords: ['louis', 'public', 'library'], firstDate: '2017-01-28', lastDate: '2017-01-28' }), incident: features({ victims: [COUNCIL], titleWords: ['library', 'louis', 'public'], firstDate: '2017-01-18', lastDate: '2017-01-18' }), match: false },
  ])('$name', ({ clipping, incident, match }) => {
    const { score, reasons } = scoreMatch(clipping, incident);
    expect(score >= 0.6, reasons.join('; ')).toBe(match);
  });
});

describe('proposeIncidentFor', () => {
  const jan = { incident: { id: 'jan' as IncidentId }, features: features({}) };
  const nov = { incident: { id: 'nov' as IncidentId }, features: features({ firstDate: '2022-11-10', lastDate: '2022-11-10', kinds: ['outage'] }) };
  test('the best existing incident, the other same-victim one as an alternative', () => {
    const proposal = proposeIncidentFor(features({ firstDate: '2023-01-13', lastDate: '2023-01-13' }), [nov, jan]);
    expect(proposal.kind).toBe('existing');
    if (proposal.kind !== 'existing') return;
    expect(proposal.match.incidentId).toBe('jan');
    expect(proposal.match.reasons[0]).toBe('same victim: Royal Mail (皇家邮政)');
    expect(proposal.alternatives.map((alternative) => alternative.incidentId)).toEqual(['nov']);
  });
  test('a new incident, with why', () => {
    expect(proposeIncidentFor(features({ firstDate: '2023-09-01', lastDate: '2023-09-01' }), [nov, jan])).toMatchObject({ kind: 'new', reasons: [expect.stringMatching(/^closest incident scored 0/)] });
    expect(proposeIncidentFor(features({ victims: [] }), [])).toMatchObject({ kind: 'new', reasons: ['the article names no victim organisation'] });
  });
});

describe('names and titles', () => {
  test.each([
    ['The Royal Mail Group Ltd', 'royal mail'],
    ['Scotty’s Brewhouse', 'scottys brewhouse'],
    ['星辰物流有限公司', '星辰物流'],
    ['Ｒｏｙａｌ Ｍａｉｌ plc', 'royal mail'],
  ])('foldOrganizationName(%s) = %s', (name, folded) => {
    expect(foldOrganizationName(name)).toBe(folded);
  });
  test.each([
    ['St. Louis Public Library Recovers from Ransomware Attack | Threatpost | The first stop', 'Threatpost', ['loui', 'public', 'library', 'recover']],
    ['Callisto Group hackers targeted Foreign Office data - BBC News', 'bbc.com', ['callisto', 'target', 'foreign', 'office']],
    ['网络攻击致使英国邮政巨头中断国际寄件服务（Royal Mail）', null, ['royal', 'mail']],
  ])('titleWordsOf(%s)', (title, site, words) => {
    expect(titleWordsOf({ title, site })).toEqual(words);
  });
});
