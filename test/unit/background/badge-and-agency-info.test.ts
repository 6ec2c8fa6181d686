/** The toolbar badge's states and the agency facts the worker hands the page's hover card. */
import { describe, expect, test } from 'vitest';
import { agencyInfo, agencyKindOf } from '../../../engine/data/agency-info';
import type { Fact } from '../../../engine/types';
import { withAgencyInfo } from '../../../entrypoints/background/analysis-service';
import { badgeFor, CHECKED_BADGE } from '../../../entrypoints/background/badge';

describe('badgeFor', () => {
  test.each([
    { name: 'no article: nothing', report: { isArticle: false, isIncident: false, factCount: 0 }, text: '' },
    { name: 'checked, not an incident: a quiet mark, no number', report: { isArticle: true, isIncident: false, factCount: 4 }, text: CHECKED_BADGE },
    { name: 'incident: its fact count', report: { isArticle: true, isIncident: true, factCount: 27 }, text: '27' },
    { name: 'incident with very many facts', report: { isArticle: true, isIncident: true, factCount: 1200 }, text: '999+' },
  ])('$name', ({ report, text }) => {
    expect(badgeFor(report).text).toBe(text);
  });

  test('the checked state is quieter than the incident state', () => {
    const checked = badgeFor({ isArticle: true, isIncident: false, factCount: 0 });
    const incident = badgeFor({ isArticle: true, isIncident: true, factCount: 3 });
    expect(checked.color).not.toBe(incident.color);
    expect(/\d/.test(checked.text)).toBe(false);
  });
});

describe('agencyKindOf', () => {
  test.each([
    ['Cybersecurity and Infrastructure Security Agency', 'cyber'],
    ['CERT Polska', 'cyber'],
    ['Federal Bureau of Investigation', 'law-enforcement'],
    ['Cyber Police of Ukraine', 'law-enforcement'],
    ['National Security Agency', 'intelligence'],
    ['Information Commissioner\'s Office', 'regulator'],
    ['Securities and Exchange Commission', 'regulator'],
    ['European Parliament', 'legislature'],
    ['Supreme People\'s Court', 'court'],
    ['Department of Energy', 'government'],
    ['Northwind Trading', null],
  ])('%s → %s', (name, kind) => expect(agencyKindOf(name)).toBe(kind));
});

describe('agency facts carry what the card shows', () => {
  test('names in both languages, country and kind from the gazetteer by id', () => {
    expect(agencyInfo('agency:us-fbi')).toMatchObject({ en: 'Federal Bureau of Investigation', zh: '美国联邦调查局', country: 'US', kind: 'law-enforcement' });
    expect(agencyInfo('agency:no-such-body')).toBeNull();
  });

  test.each([
    {
      name: 'an agency fact gains en, zh and agencyKind; its own attrs win',
      fact: { category: 'agency', text: 'FBI', start: 0, end: 3, value: 'Federal Bureau of Investigation', id: 'agency:us-fbi', attrs: { country: 'US' } },
      attrs: { en: 'Federal Bureau of Investigation', zh: '美国联邦调查局', country: 'US', agencyKind: 'law-enforcement' },
    },
    { name: 'an unknown id: unchanged', fact: { category: 'agency', text: 'X', start: 0, end: 1, value: 'X', id: 'agency:none' }, attrs: undefined },
    { name: 'another category: unchanged', fact: { category: 'organization', text: 'FBI', start: 0, end: 3, value: 'FBI', id: 'agency:us-fbi' }, attrs: undefined },
  ] as { name: string; fact: Fact; attrs?: Record<string, string> }[])('$name', ({ fact, attrs }) => {
    expect(withAgencyInfo(fact).attrs).toEqual(attrs);
  });
});
