import { describe, test } from 'vitest';
import { expectVictims, type VictimCase } from './english-victim-cases';

// English victim precision, ninth round (issue 11): organisations reported on silver articles that CASIE lists as no
// victim (the silver victim precision proxy of `npm run eval`), sorted by the role their sentence gives them: who
// disclosed or studied the incident, where a victim is, what software was exploited, who a person is. The names are invented.

const cases: VictimCase[] = [
  {
    name: 'a security firm or a breach-notification service that discloses or announces is the source, not the victim',
    text: 'Hackers breached Corvel Freight. On Monday, security firm Nestwarden disclosed the spyware behind the theft. Late Saturday, breach notification service LeakTally announced the addition of 1.2 million customer records to its database.',
    victims: ['Corvel Freight'],
    not: ['Nestwarden', 'LeakTally', 'Late Saturday'],
  },
  {
    name: 'a described security firm that is itself breached stays the victim',
    text: 'Security firm Nestwarden was breached last week, and attackers stole its source code.',
    victims: ['Nestwarden'],
    not: [],
  },
  {
    name: 'the author of a report or a study is its source',
    text: 'Attackers breached the cloud account of Corvel Freight, according to a report by security company Nestwarden. Details of the breach were included in the Nestwarden report. A Tallisker Labs study found that half of the firms surveyed had been hit by ransomware.',
    victims: ['Corvel Freight'],
    not: ['Nestwarden', 'Tallisker Labs'],
  },
  {
    name: 'a vendor\'s operating system, which malware targets, is a product and names no victim',
    text: 'Ransomware hit Velmora Clinic. Such campaigns are usually written for Nestwarden’s operating system rather than for others.',
    victims: ['Velmora Clinic'],
    not: ['Nestwarden'],
  },
  {
    name: 'software with a flaw, or that applications are built with, is exploited, not hit',
    title: 'Gang Made $100,000 by Exploiting Quillstack Zero-Day',
    text: 'Attackers have been compromising systems running applications built with Quillstack. For their attacks, the groups use a zero-day in Quillstack, fixed last month. They also hit Velmora Clinic.',
    victims: ['Velmora Clinic'],
    not: ['Quillstack'],
  },
  {
    name: 'a place after a described organisation and "in" is where it is, not a victim',
    text: 'U.S. organizations were hit too, including a transit system in Corvelport and a hospital in Harrow Vale. Ransomware was used to coerce Velmora Medical Center, a hospital in Tallisker Bay, to pay 40 bitcoin.',
    victims: ['Velmora Medical Center'],
    not: ['Corvelport', 'Harrow Vale', 'Tallisker Bay'],
  },
  {
    name: 'a US state abbreviation after a town names a place, and so does the town',
    text: 'Attackers hit Velmora Clinic. The gang had hit a small charity in Corvelton, Ind., the Little Lantern Trust, and wiped its servers. Officials in Harrowgate, N.C. must decide whether to pay.',
    victims: ['Velmora Clinic'],
    not: ['Ind', 'Corvelton', 'Harrowgate'],
  },
  {
    name: 'a city hit by the attack keeps its victim role elsewhere in the text (the rule above drops only the mention after "in")',
    text: 'Ransomware crippled the systems of the City of Corvelport on Thursday. A clinic in Corvelport was not affected.',
    victims: ['City of Corvelport'],
    not: [],
  },
  {
    name: 'an adverb that opens a sentence is no part of a name',
    text: 'Ransomware hit Velmora Video. Thankfully Stuart backs up every system, so the firm survived the online attack.',
    victims: ['Velmora Video'],
    not: ['Thankfully Stuart', 'Stuart'],
  },
  {
    name: 'a person who "had her photos leaked" is a person, not an organisation',
    text: 'Hackers leaked private photos of several wrestlers. Alba Quist, who holds the title of champion, had her photos leaked as well on April 28.',
    victims: [],
    not: ['Alba Quist', 'Alba'],
  },
  {
    name: 'a rank or an honorific before a name is a person\'s title, and the surname later is that person',
    text: 'Ransomware hit Velmora Clinic, DCP Quist said. Quist said the police were investigating. General Sir Alan Brindle, commander of the joint forces, warned of cyber threats. Northrop Dynamics was breached too.',
    victims: ['Velmora Clinic', 'Northrop Dynamics'],
    not: ['DCP Quist', 'Quist', 'General Sir Alan Brindle'],
  },
  {
    name: 'a plural of people ends no organisation\'s name: alone or after a place it names people; after a name, that name\'s people',
    title: 'Porn Viewers Extorted',
    text: 'The breach hit Velmora Clinic. It also affected Danes and South Koreans, and Holidaymakers were targeted. Porn Viewers were extorted. Corvel Mobile Customers were hit too, as were 148million Americans.',
    victims: ['Velmora Clinic', 'Corvel Mobile'],
    not: ['Danes', 'South Koreans', 'Holidaymakers', 'Porn Viewers', 'Porn', 'Corvel Mobile Customers', '148million', '148million Americans'],
  },
  {
    name: 'a Title Case headline\'s verb or a leading adjective is no part of the name',
    text: 'Massive Velmora Docs Attack Hits Users. Hackers targeted Massive Velmora Docs users. Quillstack Returns With New Tricks. Emails related to Quillstack Returns infected Velmora Clinic.',
    victims: ['Velmora Clinic', 'Velmora Docs'],
    not: ['Quillstack Returns', 'Quillstack Returns With New Tricks', 'Massive Velmora Docs', 'Velmora Docs Attack Hits', 'Massive Velmora Docs Attack Hits Users'],
  },
  {
    name: 'a state\'s intelligence services and a currency\'s letters are no victims',
    text: 'On Sept 10, ransomware hit Velmora Clinic. The attacks were attributed to Harrowland’s intelligence services. Almost 250 people lost HK$1.9 million.',
    victims: ['Velmora Clinic'],
    not: ['Harrowland', 'HK'],
  },
  {
    name: 'a device or a program named after its maker, a contraction, a department and a holiday are no victims',
    text: 'Ransomware hit Velmora Clinic over Christmas. Attackers compromised the Quillstack Player and a Corvel TV in its lobby, and Russian-speaking hackers encrypted the Harrow Point of Sale. We’ve seen Polish IT teams hit before.',
    victims: ['Velmora Clinic'],
    not: ['Christmas', 'Quillstack Player', 'Corvel TV', 'Russian-speaking', 'Harrow Point of Sale', 'We’ve', 'Polish IT'],
  },
  {
    name: 'a two-letter word opening a quote ("Be warned") is no name',
    text: 'Ransomware hit Velmora Clinic. Velmora Clinic said: “Be warned that these messages are fake.” Patients should be careful.',
    victims: ['Velmora Clinic'],
    not: ['Be'],
  },
  {
    name: 'an attacker introduced by name ("known as", "calling itself", "group called") is never the victim',
    text: 'A hacking organization identifying itself as the Quillstack Family says it breached Velmora Clinic. A hacker (or hacker group) known as The Corvel Lord has leaked episodes stolen from Harrow Studios. They blamed the attacks on a pro-Russia group called Tallisker. The Quillstack Family said it was hit by a rival.',
    victims: ['Velmora Clinic', 'Harrow Studios'],
    not: ['Quillstack Family', 'The Corvel Lord', 'Corvel Lord', 'Tallisker'],
  },
];

describe('English victim roles: sources, places, exploited software and persons', () => {
  test.each(cases)('$name', (c) => expectVictims(c));
});
