import { describe, test } from 'vitest';
import { expectVictims, type VictimCase } from './english-victim-cases';

// English victim names, seventh round (issue 11): where a capitalised run holds more than the victim's name
// (the people of an organisation before it, a kind written as an acronym, an officer's title and name after it)
// and where a person's name was read as an organisation. The names are invented.

const cases: VictimCase[] = [
  {
    name: 'the subject of a reporting verb owns the "its" something an attack took, across an apposition',
    text: 'Harrowgate Water, a utility serving 400,000 homes in the north, said on Tuesday that a ransomware attack had knocked its billing portal offline. Velmora Freight confirmed that the outage had crippled its booking system.',
    victims: ['Harrowgate Water', 'Velmora Freight'],
    not: [],
  },
  {
    name: 'the people of an organisation opening a sentence ("Employees of X") are no part of its name, and make it the victim',
    text: 'Employees of Lantern for the Commons were targeted with spear-phishing emails last week. Users of Velmora Mail were hit too.',
    victims: ['Lantern for the Commons', 'Velmora Mail'],
    not: ['Employees of Lantern for the Commons', 'Users of Velmora Mail'],
  },
  {
    name: '"X of Y" inside a sentence stays one name',
    text: 'Hackers breached the Friends of Harrow Park charity, and the Members of Ostrava Guild were told of it.',
    victims: ['Friends of Harrow Park'],
    not: ['Harrow Park'],
  },
  {
    name: 'a kind written as an acronym, maybe after a country, describes the name after it',
    text: 'Staff at US NGOs Lantern for the Commons and Open Harbor were targeted by phishing. The Canadian ISP Corvel Net was breached by the same crew.',
    victims: ['Lantern for the Commons', 'Open Harbor', 'Corvel Net'],
    not: ['US NGOs Lantern for the Commons', 'Canadian ISP Corvel Net'],
  },
  {
    name: 'an acronym inside a name after a word that is no place stays in it',
    text: 'Talvo ISP Services was hit by ransomware on Monday.',
    victims: ['Talvo ISP Services'],
    not: [],
  },
  {
    name: 'a chair, a manager, an administrator or a superintendent in a run is a person; the body before the title keeps its name',
    text: 'Brennock Party Chair Dana Whitlow resigned after the breach. Brennock Party systems were hit by ransomware. North Fallow City Administrator Terence Holm said North Fallow City was hit by ransomware. County Manager Dena Marsh confirmed the attack. Superintendent Michael Stroud said Orrin Valley School District was hit.',
    victims: ['Brennock Party', 'North Fallow City', 'Orrin Valley School District'],
    not: ['Brennock Party Chair Dana Whitlow', 'North Fallow City Administrator Terence Holm', 'County Manager Dena Marsh', 'Marsh', 'Superintendent Michael Stroud'],
  },
  {
    name: 'a common given name and a surname is a person, and the surname alone later too',
    text: 'Velmora Bank was hit by ransomware. Stacey Quill was among the customers affected, and Melanie Harrow had her account breached. Quill said the bank was still investigating.',
    victims: ['Velmora Bank'],
    not: ['Stacey Quill', 'Melanie Harrow', 'Quill'],
  },
  {
    name: 'where a name is based ("Sharjah-based X") describes it: the name is reported without it',
    text: 'Hackers breached Sharjah-based Corvane Bank last week. San Marlo-based Quidlo said its systems were encrypted by ransomware.',
    victims: ['Corvane Bank', 'Quidlo'],
    not: ['Sharjah-based Corvane Bank', 'San Marlo-based Quidlo'],
  },
  {
    name: 'a place after a possessive ("X\'s US customers") leaves the owner as the name',
    text: "Velmora's US customers were hit by the breach, and Velmora's UK staff were told to reset passwords.",
    victims: ['Velmora'],
    not: ["Velmora's US", "Velmora's UK"],
  },
  {
    name: 'a place and a kind acronym alone describe ("Canadian ISP"); the name after it takes the cue',
    text: 'Rsync errors led to a data breach at Canadian ISP, Corvel Internet, exposing customer records.',
    victims: ['Corvel Internet'],
    not: ['Canadian ISP'],
  },
  {
    name: 'the object of "taking aim at" and of "extract a payment from (either)" is the target',
    text: 'This time the group is taking aim at the Harlow Institute for Policy. The hackers were not able to extract a payment from either Larson Sound Studios or Brightwell Pictures.',
    victims: ['Harlow Institute for Policy', 'Larson Sound Studios', 'Brightwell Pictures'],
    not: [],
  },
  {
    name: 'a count between a possessive and what the owner loses ("X\'s nearly 4,000 employees") keeps the cue, and the count is no part of the name',
    text: "The email asked for the W-2 forms of Sunvale's nearly 4,000 employees. Talvo's 1.2 million customers were told to reset their passwords.",
    victims: ['Sunvale', 'Talvo'],
    not: ["Talvo's 1.2"],
  },
  {
    name: 'an incident noun before "of" opening a headline ("Hack of X’s 911 system") is no part of the name',
    title: 'Hack of Brennock’s 911 dispatch system was ransomware attack, officials say',
    text: 'Hack of Brennock’s 911 dispatch system was ransomware attack, officials say\nThe dispatch system of Brennock was taken offline for 17 hours.',
    victims: ['Brennock'],
    not: ['Hack of Brennock'],
  },
  {
    name: 'the subject of "were (recently) forced to take their … offline" is the victim, after the people who speak for it',
    text: 'Brennock Airport authorities were recently forced to take their flight information displays offline for two days. Talvo Freight had to take its booking systems offline as well.',
    victims: ['Brennock Airport', 'Talvo Freight'],
    not: [],
  },
];

describe('English victim names (seventh round)', () => {
  test.each(cases)('$name', (c) => expectVictims(c));
});
