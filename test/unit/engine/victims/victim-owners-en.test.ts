import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../engine/analyze-article';
import { expectVictims, type VictimCase } from './english-victim-cases';

// English victims, tenth round: whose data a leak exposed, what an organisation holds (not a product it sells), a
// business that a threat list also names, list items that each say where they are; and, for precision, a breach-check site
// and amounts written as one word. The names are invented.

const cases: VictimCase[] = [
  {
    name: 'whose data a bug leaked, and the list after it',
    text: 'A researcher found that Quillnet was leaking customer session tokens for Orrin Freight, Talvo, Brennock and others, all of which said the impact was minimal.',
    victims: ['Orrin Freight', 'Talvo', 'Brennock'],
    not: ['Quillnet'],
  },
  {
    name: 'not a time after "for"',
    text: 'Quillnet leaked data for months, and Orrin Freight found the bug. Velmora exposed records for the past two years, and Talvo Labs reported it.',
    victims: [],
    not: ['Orrin Freight', 'Talvo Labs'],
  },
  {
    name: 'records and factories are what an organisation holds, not a product it sells',
    text: 'The dump held data from the 2019 Orrin Social data breach. Reporters asked Brennock Media about the Orrin Social records it stored.',
    victims: ['Orrin Social'],
    not: [],
  },
  {
    name: 'a name hit once and named once before its product is the organisation',
    text: 'The hacker took over a phone number of one of the Orrin Ledger Project’s admins and later downloaded a copy of the Orrin Ledger forum database.',
    victims: ['Orrin Ledger Project'],
    not: [],
  },
  {
    name: 'not a lone word whose users were targeted and that names a product',
    text: 'Filewolf spreads through torrents, targeting Tundrix users who install the Tundrix app.',
    victims: [],
    not: ['Tundrix'],
  },
  {
    name: 'items alike, each with where it is ("A at X and B at Y"): the list goes on past the place',
    text: 'The breach affected bars and restaurants at hotels, such as the Orrin Grill at the Talvo Harbour Hotel and the Copper Room at the Velmora Grand.',
    victims: ['Orrin Grill', 'Copper Room'],
    not: ['Talvo Harbour Hotel', 'Velmora Grand'],
  },
  {
    name: 'not a place followed by a new clause',
    text: 'Attackers hit Orrin Freight at Brennock and Talvo Labs said nothing.',
    victims: ['Orrin Freight'],
    not: ['Brennock', 'Talvo Labs'],
  },
  {
    name: 'a breach-check site: what it lets users ask about their own accounts is no predicate of the site',
    text: 'Jane Roe runs Quillcheck, a site that allows a user to enter one of their accounts to determine if their data has been compromised. Reporters also used Velmora Lookup, which checks to see if your email has been compromised.',
    victims: [],
    not: ['Quillcheck', 'Velmora Lookup'],
  },
  {
    name: 'still the subject of a question about its own data',
    text: 'Orrin Freight is checking whether customer data has been compromised.',
    victims: ['Orrin Freight'],
    not: [],
  },
  {
    name: 'an amount or a count run into a lower-case word is no name',
    text: 'Prosecutors said the scheme scammed 100m out of Orrin Freight. The hackers stole 727accounts from Talvo Forums.',
    victims: ['Orrin Freight', 'Talvo Forums'],
    not: ['100m', '727accounts'],
  },
  {
    name: 'still a product before a product head',
    text: 'Attackers hit users of the Quillpad app. The Quillpad app was pulled from the store.',
    victims: [],
    not: ['Quillpad'],
  },
];

describe('English victims: owners and businesses', () => {
  test.each(cases)('$name', (c) => expectVictims(c));
});

/** The organisation, actor and malware facts of an article (after overlap removal). */
function namedFacts(title: string, body: string): string[] {
  const analysis = analyzeArticle({ text: `${title}\n${body}`, title, url: null } as never, { now: new Date('2024-03-01T00:00:00Z') });
  return analysis.facts.filter((f) => ['organization', 'actor', 'malware'].includes(f.category)).map((f) => `${f.category}:${f.text}`);
}

describe('a business that a threat list names', () => {
  test.each([
    {
      name: 'a vendor listed as an actor, called a company and targeted',
      title: 'Hacker steals data from spyware firm',
      body: 'A hacker broke into the servers of a spyware maker last week. The year before, PhineasFisher targeted Italian company Hacking Team, and published its internal emails.',
      has: 'organization:Hacking Team',
      hasNot: 'actor:Hacking Team',
    },
    {
      name: 'a product listed as a malware, its maker named in apposition and attacked',
      title: 'Spyware makers hacked',
      body: 'Retina-X and FlexiSpy, another spyware maker, were attacked by two hackers who stole customer data from their servers.',
      has: 'organization:FlexiSpy',
      hasNot: 'malware:FlexiSpy',
    },
    {
      name: 'not where the text does not call it a business',
      title: 'Spyware found on phones',
      body: 'Researchers found that attackers used FlexiSpy to spy on journalists, and the Hacking Team implant was found on phones.',
      has: 'malware:FlexiSpy',
      hasNot: 'organization:FlexiSpy',
    },
  ])('$name', ({ title, body, has, hasNot }) => {
    const facts = namedFacts(title, body);
    expect(facts).toContain(has);
    expect(facts).not.toContain(hasNot);
  });
});
