import { describe, expect, test } from 'vitest';
import type { IncidentId, IncidentVictim } from '../../../storage/incident';
import type { ClippingFact } from '../../../storage/clipping';
import { foldOrganizationName, isVectorVictim, mainVictimsOf, titleWordsOf, victimEvidenceStrength, victimsOfClipping } from '../../../storage/incident';
import { proposeIncidentFor, scoreMatch, titleWordWeights, type MatchFeatures } from '../../../storage/incident-matcher';

const ROYAL_MAIL: IncidentVictim = { key: 'org:royal-mail', id: 'org:royal-mail', en: 'Royal Mail', zh: '皇家邮政', forms: ['皇家邮政'] };
const ROYAL_MAIL_BY_NAME: IncidentVictim = { key: 'name:royal mail', id: null, en: 'Royal Mail', zh: null, forms: ['Royal Mail'] };
const STAR_ZH: IncidentVictim = { key: 'name:星辰物流', id: null, en: 'Star Logistics', zh: '星辰物流', forms: ['星辰物流', 'Star Logistics'] };
const STAR_EN: IncidentVictim = { key: 'name:star logistics', id: null, en: 'Star Logistics Ltd', zh: null, forms: ['Star Logistics Ltd'] };
const COUNCIL: IncidentVictim = { key: 'name:northfield council', id: null, en: 'Northfield Council', zh: null, forms: ['Northfield Council'] };

function features(over: Partial<MatchFeatures>): MatchFeatures {
  return { victims: [ROYAL_MAIL], kinds: ['ransomware'], firstDate: '2023-01-11', lastDate: '2023-01-12', threats: [], services: [], titleWords: [], isIncident: true, ...over };
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
    { name: 'the same story, but the article is judged no incident: not linked by title', clipping: features({ victims: [], isIncident: false, titleWords: ['louis', 'public', 'library'], firstDate: '2017-01-19', lastDate: '2017-01-19' }), incident: features({ victims: [COUNCIL], titleWords: ['library', 'louis', 'public'], firstDate: '2017-01-18', lastDate: '2017-01-18' }), match: false },
    { name: 'the same story, but the incident holds only no-incident articles', clipping: features({ victims: [], titleWords: ['louis', 'public', 'library'], firstDate: '2017-01-19', lastDate: '2017-01-19' }), incident: features({ victims: [], isIncident: false, titleWords: ['library', 'louis', 'public'], firstDate: '2017-01-18', lastDate: '2017-01-18' }), match: false },
    { name: 'the same story 10 days apart is two', clipping: features({ victims: [], titleWords: ['louis', 'public', 'library'], firstDate: '2017-01-28', lastDate: '2017-01-28' }), incident: features({ victims: [COUNCIL], titleWords: ['library', 'louis', 'public'], firstDate: '2017-01-18', lastDate: '2017-01-18' }), match: false },
  ])('$name', ({ clipping, incident, match }) => {
    const { score, reasons } = scoreMatch(clipping, incident);
    expect(score >= 0.6, reasons.join('; ')).toBe(match);
  });
});

describe('title word weights (learnt from the library)', () => {
  const story = (titleWords: string[]) => features({ victims: [], titleWords, firstDate: '2018-08-07', lastDate: '2018-08-07' });
  test('a word one incident uses weighs 1, a word all use 0, a word no incident uses yet 1', () => {
    const weight = titleWordWeights(new Map([['patch', 100], ['spectre', 1]]), 100);
    expect(weight('spectre')).toBe(1);
    expect(weight('patch')).toBe(0);
    expect(weight('foreshadow')).toBe(1);
  });
  test('a small library weighs as one of 50 incidents: two shared words still link', () => {
    const weight = titleWordWeights(new Map([['patch', 2], ['critical', 2]]), 3);
    expect(scoreMatch(story(['patch', 'critical', 'hp']), story(['patch', 'critical', 'oracle']), weight).score).toBeGreaterThanOrEqual(0.6);
  });
  test('words many incidents share do not make a story; rare ones do', () => {
    const weight = titleWordWeights(new Map([['patch', 40], ['critical', 30], ['spectre', 2], ['intel', 3]]), 200);
    expect(scoreMatch(story(['patch', 'critical', 'hp']), story(['patch', 'critical', 'oracle']), weight).score).toBe(0);
    expect(scoreMatch(story(['intel', 'spectre', 'older']), story(['intel', 'spectre', 'v2']), weight).score).toBeGreaterThanOrEqual(0.6);
  });
});

function orgFact(value: string, evidence: string | undefined, start: number): ClippingFact {
  return { category: 'organization', text: value, value, start, end: start + value.length, selector: { exact: value, prefix: '', suffix: '' }, origin: 'engine', ...(evidence ? { attrs: { evidence } } : {}) };
}

describe('main victims', () => {
  test('evidence strength: cues and roles 1, headline role 2, a mention in the headline ½, sources against', () => {
    expect(victimEvidenceStrength('victim cue ×3; named in headline')).toBe(3.5);
    expect(victimEvidenceStrength('victim role: object of “DUPED”, subject of “was hit”; headline: victim role')).toBe(4);
    expect(victimEvidenceStrength('speaks about the incident; source evidence ×2')).toBe(-1.5);
    expect(victimEvidenceStrength(undefined)).toBe(2);
  });
  test('the victim with the strongest evidence comes first, not the most mentioned', () => {
    const clipping = { title: 'Hancock Health pays ransom', facts: [orgFact('Dropbox', 'speaks about the incident', 0), orgFact('Dropbox', 'speaks about the incident', 10), orgFact('Dropbox', 'speaks about the incident', 20), orgFact('Hancock Health', 'victim cue ×1; headline: victim role', 30)] };
    expect(victimsOfClipping(clipping).map((victim) => victim.en)).toEqual(['Hancock Health', 'Dropbox']);
    expect(mainVictimsOf(clipping).map((victim) => victim.en)).toEqual(['Hancock Health']);
  });
  test.each([
    ['Fake Minecraft Mods in Google Play Rack Up Nearly a Million Downloads', 'Google Play', 'victim cue ×1; named in headline', true],
    ['Danes targeted by malware spread through Dropbox', 'Dropbox', 'named in headline; main organisation of the lead', true],
    ['Beware these bogus WhatsApp subscription messages', 'WhatsApp', 'victim cue ×1', true],
    ['Locky Returns via Spam and Dropbox-Themed Phishing Attacks', 'Dropbox', 'named in headline', true],
    ['WhatsApp accounts hijacked in a breach of WhatsApp servers', 'WhatsApp', 'victim role: object of “breach of”', false],
    ['Royal Mail halts international exports after cyber incident', 'Royal Mail', 'speaks about the incident; named in headline', false],
    ['Hackers hit Dropbox', 'Dropbox', 'named in headline', false],
  ])('%s: %s is the vector: %s', (title, name, evidence, vector) => {
    const victim = { key: `name:${foldOrganizationName(name)}`, id: null, en: name, zh: null, forms: [name] };
    expect(isVectorVictim(victim, evidence, title)).toBe(vector);
  });
  test('a platform the headline names as the vector is no main victim; the next victim is', () => {
    const clipping = { title: 'Danes targeted by malware spread through Dropbox', facts: [orgFact('Dropbox', 'named in headline; main organisation of the lead', 0), orgFact('Danes', 'victim cue ×1', 20)] };
    expect(mainVictimsOf(clipping).map((victim) => victim.en)).toEqual(['Danes']);
    expect(mainVictimsOf({ title: 'Fake apps in Google Play', facts: [orgFact('Google Play', 'victim cue ×1', 0)] })).toEqual([]);
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
    ['Hospital pays $55,000 ransom; 6.5 million records', null, ['hospital', 'pay', '55000', 'ransom', 'record']],
  ])('titleWordsOf(%s)', (title, site, words) => {
    expect(titleWordsOf({ title, site })).toEqual(words);
  });
});
