import { describe, expect, test } from 'vitest';
import { findCoreferentNames, type NameForm } from '../../../../engine/facts/victims/find-coreferent-names';
import { expectVictims, reportedMentions, type VictimCase } from './english-victim-cases';

// English victims, eighth round (issue 11): one victim under two forms (a place and its local government, an owner and
// its business), and the owner of data left open. The names are invented.

const cases: VictimCase[] = [
  {
    name: 'whoever left its data exposed or unprotected is the victim, also in a relative clause',
    text: 'Last year researchers found the Brennock Civic League (BCL), which left millions of voter records exposed on a cloud server. Talvo Health leaves patient files publicly accessible, the report said.',
    victims: ['Brennock Civic League', 'Talvo Health'],
    not: [],
  },
  {
    name: 'not the gerund of advice ("the risks of leaving printers exposed")',
    title: 'Hacker hijacks printers to warn owners',
    text: 'Hacker hijacks printers to warn owners\nThe hacker, who uses the alias Orrin Prints, later said that his efforts served only to raise awareness about the risks of leaving printers exposed to the internet. Orrin Prints says he is a student.',
    victims: [],
    not: ['Orrin Prints'],
  },
  {
    name: 'the passive of any verb of an attack makes its subject the victim',
    text: 'Orrin Freight, which runs depots in three states, was infiltrated in May. Talvo Health has been blackmailed since June. Brennock Books was defaced overnight. The Velmora Guild was DDoSed for a week.',
    victims: ['Orrin Freight', 'Talvo Health', 'Brennock Books', 'Velmora Guild'],
    not: [],
  },
  {
    name: 'an organisation that alerts or sends notices to its people about the incident is its victim',
    text: 'Orrin Freight alerted its customers that card data may have been taken. Talvo Health sent letters to patients about the intrusion. Brennock Books began contacting members about the breach.',
    victims: ['Orrin Freight', 'Talvo Health', 'Brennock Books'],
    not: [],
  },
  {
    name: 'a count of the people notified may be written in words or with an approximation',
    text: 'Orrin Valley Health, which runs 14 clinics, began notifying 1.2 million patients this week that hackers accessed its network. Talvo Mutual is notifying about 30,000 policyholders of the intrusion.',
    victims: ['Orrin Valley Health', 'Talvo Mutual'],
    not: [],
  },
  {
    name: 'what an organisation calls off because of an incident is its own work',
    text: 'Orrin Ridge School District canceled classes on Monday after a ransomware attack. Talvo Health postponed surgeries following a suspected cyberattack. Brennock Books closed its stores, the owner said.',
    victims: ['Orrin Ridge School District', 'Talvo Health'],
    not: ['Brennock Books'],
  },
  {
    name: 'an organisation that halts or shuts down its own operations is the one hit',
    text: 'Orrin Freight halted its production at two plants on Monday. Talvo Health shut down its email systems as a precaution.',
    victims: ['Orrin Freight', 'Talvo Health'],
    not: [],
  },
  {
    name: 'the one data was siphoned or scraped from, or whose site was defaced; not a list after a participle',
    text: 'The gang siphoned card numbers from Orrin Freight for months. Another crew scraped 90 million profiles from Talvo Social. Activists defaced the Velmora Guild on Sunday. Thousands of blogs defaced, Quill Search spam to follow, the report said.',
    victims: ['Orrin Freight', 'Talvo Social', 'Velmora Guild'],
    not: ['Quill Search'],
  },
  {
    name: 'not the agent of the passive, nor the one granting access',
    text: 'Orrin Freight was infiltrated by a crew that Talvo Labs tracks, according to Talvo Labs.',
    victims: ['Orrin Freight'],
    not: ['Talvo Labs'],
  },
  {
    name: 'where a quoted person works is no victim by itself; the victim’s own people and a second cue still count',
    text: 'Orrin Freight was hit by ransomware on Monday. Henry Quill, chief security officer at Talvo Secure in Greenvale, explained how such attacks spread. Matt Horan, security director of Brennock Solutions, said firms should never pay. Jane Roe, a spokesperson for Velmora Bank, said that hackers had breached its systems.',
    victims: ['Orrin Freight', 'Velmora Bank'],
    not: ['Talvo Secure', 'Brennock Solutions'],
  },
  {
    name: 'a chief officer’s title before a given name and a surname ends the organisation’s name; the person is none',
    text: 'Velmora Bank (VBK) was hit by ransomware. VBK Chief Operating Officer Richard Quill said the bank learned on Wednesday that customer data was exposed. Quill added that backups were safe.',
    victims: ['Velmora Bank'],
    not: ['VBK Chief Operating Officer Richard Quill', 'Richard Quill', 'Quill'],
  },
];

describe('English victim forms (eighth round)', () => {
  test.each(cases)('$name', (c) => expectVictims(c));

  test('a place and "Village of" the place are one organisation: the evidence of one reports both', () => {
    const title = 'After computer hack, Brennock pays $2K ransom';
    const texts = reportedMentions(`${title}\nVILLAGE OF BRENNOCK - The village paid the ransom last week. The Town of Orrin Falls said Orrin Falls was hit by ransomware too.`, title);
    expect(texts).toEqual(expect.arrayContaining(['Brennock', 'VILLAGE OF BRENNOCK', 'Town of Orrin Falls', 'Orrin Falls']));
  });

  test('an owner and its business named by a kind word after the possessive are one organisation', () => {
    const text = 'Aunt Dora’s Marketplace said that foreign hackers had breached its payment system. Aunt Dora is a family chain with four stores.';
    expect(reportedMentions(text, 'Grocer says hackers breached its payment system')).toEqual(['Aunt Dora’s Marketplace', 'Aunt Dora']);
  });
});

describe('findCoreferentNames: local governments and owners', () => {
  const options = {
    isPlace: (n: string) => n === 'Orrinland',
    isHead: (w: string) => ['Group', 'Bank'].includes(w),
    isKind: (w: string) => ['marketplace', 'bakery'].includes(w),
  };
  const form = (value: string, count = 1, id?: string): NameForm => ({ key: value.toLowerCase(), value, count, ...(id ? { id } : {}) });
  test.each([
    { name: 'Village of X and X', names: [form('VILLAGE OF BRENNOCK'), form('Brennock', 3)], links: [['village of brennock', 'brennock', 'short form']] },
    { name: 'City of X and X', names: [form('City of Orrin Falls', 2), form('Orrin Falls')], links: [['orrin falls', 'city of orrin falls', 'short form']] },
    // An acronym continued by "of" and a place and by another word is the body of that place, not its event.
    { name: 'X of <place> and X', names: [form('VGA of Orrinland'), form('VGA Championship'), form('VGA')], links: [['vga', 'vga of orrinland', 'short form']] },
    { name: 'not a word continued two ways', names: [form('Velmora of Orrinland'), form('Velmora Championship'), form('Velmora')], links: [] },
    { name: 'an owner and its business', names: [form('Aunt Dora’s Marketplace'), form('Aunt Dora')], links: [['aunt dora', 'aunt dora’s marketplace', 'short form']] },
    // A product after the possessive is the owner's product, not the owner; a known owner keeps its own group.
    { name: 'not an owner and its product', names: [form('Aunt Dora’s Pantry Planner'), form('Aunt Dora')], links: [] },
    { name: 'not a known owner', names: [form('Velmora’s Bakery'), form('Velmora', 2, 'org:velmora')], links: [] },
    // "of" after another kind is part of a name: "Bank of Orrin" is not Orrin.
    { name: 'not a bank of a place', names: [form('Bank of Orrin'), form('Orrin')], links: [] },
  ])('$name', ({ names, links }) => {
    expect(findCoreferentNames(names, options).map((l) => [l.from, l.to, l.reason])).toEqual(links);
  });
});
