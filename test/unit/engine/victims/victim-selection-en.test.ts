import { describe, test } from 'vitest';
import { expectVictims, type VictimCase } from './english-victim-cases';

// English victim selection, fourth round (issue 11): classes of missed named victims, each with
// sentences of our own. The names are invented.

const cases: VictimCase[] = [
  {
    name: 'the first item of a list after "caught by the breach include" is a victim, one word or not',
    text: 'The leak also hit several carriers.\nProviders caught by the breach include Velcom, Tarnet and Brisa Mobile, reports suggest.',
    victims: ['Velcom', 'Tarnet', 'Brisa Mobile'],
    not: [],
  },
  {
    name: 'a victim that reported a count of its own attacks is no source',
    text: 'Figures obtained by the paper show a rise in incidents. Hollins Valley Hospitals Trust reported four ransomware attacks in 2016.',
    victims: ['Hollins Valley Hospitals Trust'],
    not: [],
  },
  {
    name: 'a researcher that reported a rise in attacks stays a source',
    text: 'Brantwell Labs reported a sharp rise in ransomware attacks this year. Attackers breached Oakmere Clinic on Monday.',
    victims: ['Oakmere Clinic'],
    not: ['Brantwell Labs'],
  },
  {
    name: 'a speaker whose database was accessed, however long the clause between',
    text: 'Corvel Claims Services recently announced that one of its databases used by dentists across three counties to check whether treatments will be paid for by insurers was accessed in May.',
    victims: ['Corvel Claims Services'],
    not: [],
  },
  {
    name: 'the owner of information related to it that was found exposed',
    text: 'Sensitive information related to the Eastbrook Water Authority has been found exposed on a public server.',
    victims: ['Eastbrook Water Authority'],
    not: [],
  },
  {
    name: 'a name joined by "for the" is one name, not its last word',
    text: 'Phishing emails were sent to the US nonprofit Stand for the Open Web. Attackers targeted Stand for the Open Web and its donors.',
    victims: ['Stand for the Open Web'],
    not: ['Open Web'],
  },
  {
    name: 'a job title "for" its employer does not join the two',
    text: 'Dr Maya Lind, Medical Director for the Harrowgate Health Board, said: "Harrowgate Health Board has been hit by ransomware."',
    victims: ['Harrowgate Health Board'],
    not: ['Medical Director for the Harrowgate Health Board'],
  },
  {
    name: 'dotted initials glued to a word are one name',
    text: 'More than a decade ago, K.L.Brandt suffered a very similar data breach.',
    victims: ['K.L.Brandt'],
    not: ['Brandt'],
  },
];

describe('English victim selection: classes of missed named victims', () => {
  test.each(cases)('$name', expectVictims);
});
