import { describeEnglishServiceCases, type EnglishServiceCase } from './english-service-cases';

// What binds an English service phrase to the incident, and what unbinds it (issue 11): a store
// left open however it is introduced, theft and reach verbs, whose people's data a store holds;
// a service's faults, a site that reports, a link's target, systems named by where they run.
// Every sentence and name here is invented.

const cases: EnglishServiceCase[] = [
  {
    name: 'a store its own clause says was left open is found after an article',
    text: 'Researchers found files of Halden patients on an internet-facing backup drive that was not password-protected.',
    expected: [['internet-facing backup drive', 'affected']],
  },
  {
    name: 'a store left open is found after an article, with a participle or "which"',
    text: 'A researcher came across a database left exposed to anyone online. Another found a storage bucket, which was publicly accessible.',
    expected: [
      ['database', 'affected'],
      ['storage bucket', 'affected'],
    ],
  },
  {
    name: 'an article before a store with no word of its being open still names none',
    text: 'The gang sells access to a database and to a backup drive on its forum.',
    expected: [],
  },
  {
    name: 'steal and "were able to access" say a store was taken from',
    text: 'Intruders managed to steal the database of Pellam’s members. Police do not know how they were able to access the archive database, while the mail server was never touched.',
    expected: [
      ['database of Pellam’s members', 'affected'],
      ['archive database', 'affected'],
    ],
  },
  {
    name: 'a store of a named organisation’s customers keeps whose they are; any other "of" phrase is not taken in',
    text: 'Thieves stole the database of Orvale Bank’s customers. The database of records was also stolen.',
    expected: [
      ['database of Orvale Bank’s customers', 'affected'],
      ['database', 'affected'],
    ],
  },
  {
    name: 'malware introduced into a network infected it',
    text: 'The worm was introduced into the network from a USB stick left in the car park.',
    expected: [['network', 'affected']],
  },
  {
    name: 'a fault of a service is no service: errors, bugs, flaws, logs',
    text: 'Norrvik server errors were blamed for the leaked data. Halden app flaws let attackers in. Pellam portal logs were stolen.',
    expected: [],
    absent: ['Norrvik server', 'Halden app', 'Pellam portal'],
  },
  {
    name: 'a site or sites that state or identify are the press, with adverbs between',
    text: 'Most news sites never directly stated that the attackers breached Orvale. Leakwatch.net identified the studio as the victim of the breach.',
    expected: [],
    absent: ['news sites', 'Leakwatch.net'],
  },
  {
    name: 'where a link leads and whose account one tweets from are channels',
    text: 'After the breach the attacker posted links that linked to a Pastebin page, and the mayor kept writing tweets from his official account during the outage.',
    expected: [],
    absent: ['Pastebin page', 'official account'],
  },
  {
    name: 'systems named only by where they run are systems in general; an owner still makes them someone’s',
    text: 'Problems that affect on-premises infrastructure also affect hybrid environments. Attackers disrupted Norrvik’s on-premises infrastructure.',
    expected: [['on-premises infrastructure', 'affected']],
  },
  {
    name: 'hackers who took over a system hijacked it; a business taken over is no service',
    text: 'The town paid hackers who took over the town’s computer system. Pellam took over Orvale Foods last year.',
    expected: [['computer system', 'affected']],
  },
  {
    name: 'advice inside a sentence names what people should watch, not what was hit',
    text: 'The mayor told staff they should monitor their bank accounts after Orvale’s payroll system was hacked. Customers were urged to check their loyalty accounts too.',
    expected: [['payroll system', 'affected']],
    absent: ['bank accounts', 'loyalty accounts'],
  },
  {
    name: 'names after a preposition of place are where the hit services stand',
    text: 'Some firms were also affected, including Orvale factories in Halden and Pellam, Norrvik courier services, and the offices of a law firm.',
    expected: [
      ['Orvale factories', 'affected'],
      ['Norrvik courier services', 'affected'],
    ],
    absent: ['Halden', 'Pellam'],
  },
  {
    name: 'a person with a title who speaks of services is no service',
    text: 'Mayor Halvorsen clarified which services had not been impacted and were still available to residents.',
    expected: [],
    absent: ['Mayor Halvorsen'],
  },
  {
    name: 'a verb of attack before a product ends its phrase',
    text: 'Similar attacks, which typically exploit unpatched Norrvik software, hit the region last year. The worm targets Orvale servers, which crashed.',
    expected: [
      ['Norrvik software', 'affected'],
      ['Orvale servers', 'affected'],
    ],
    absent: ['typically exploit unpatched Norrvik software', 'targets Orvale servers'],
  },
  {
    name: 'a contracted negation and the verb after it are no modifiers of a service',
    text: 'Businesses warned: Don’t open emails that claim the entire network was hacked.',
    expected: [['entire network', 'affected']],
    absent: ['open emails', 'Don’t open emails'],
  },
  {
    name: 'phony, counterfeit and look-alike apps and a hidden service are the attacker’s',
    text: 'After the breach of the Orvale website, attackers spread phony Orvale apps. Counterfeit Orvale portals went offline. Lookalike Norrvik sites crashed. The data sat on a Tor hidden service that was hacked.',
    expected: [['Orvale website', 'affected']],
    absent: ['phony Orvale apps', 'Counterfeit Orvale portals', 'Lookalike Norrvik sites', 'Tor hidden service'],
  },
  {
    name: 'contain is a verb before its object, not a modifier',
    text: 'The dump appears to contain Orvale forum accounts; the forum was hacked.',
    expected: [['Orvale forum accounts', 'affected']],
    absent: ['contain Orvale forum accounts'],
  },
  {
    name: 'a possessive pronoun makes generic systems the subject’s, affected or not',
    text: 'Orvale said its systems were encrypted overnight. The ransomware locked staff out of all their systems. Pellam said its infrastructure was not affected.',
    expected: [
      ['systems', 'affected'],
      ['systems', 'affected'],
      ['infrastructure', 'unaffected'],
    ],
  },
  {
    name: 'generic systems with an article or with nobody’s pronoun stay unnamed',
    text: 'The systems were encrypted overnight. Some systems crashed. His systems crashed.',
    expected: [],
  },
  {
    name: 'what a defender safeguards or hardens is no disruption',
    text: 'After the cyberattacks the council is investing in safeguarding its networks and hardening its systems.',
    expected: [],
  },
  {
    name: 'an adverb before a verb or after a noun is no modifier of a service',
    text: 'Ransomware typically infects computers, which crash. Patients were sent to hospitals nearby and the emergency room was closed.',
    expected: [['emergency room', 'affected']],
    absent: ['Ransomware typically infects computers', 'hospitals nearby and emergency room'],
  },
  {
    name: 'two-factor authentication is a safeguard, and a trading card game no trading service',
    text: 'After the breach, Orvale told users to turn on two-factor authentication. Halden, a game based on the Orvale trading card game, was hacked.',
    expected: [],
    absent: ['two-factor authentication', 'Orvale trading'],
  },
  {
    name: 'brands named as examples are the companies, not services',
    text: 'The outage at Norrvik, which impacted big brands like Orvale, Pellam and Halden, was caused by a bug.',
    expected: [],
    absent: ['Orvale', 'Pellam', 'Halden'],
  },
  {
    name: 'a list with a person’s name lists people; the event opening a sentence is no product',
    text: 'Private photos of stars including Maria Lund, Anna Berg and Kaitlyn were leaked on different online platforms. Cyberattack has not affected the Orvale government, officials said.',
    expected: [],
    absent: ['Maria Lund', 'Anna Berg', 'Kaitlyn', 'Cyberattack'],
  },
  {
    name: 'intelligence and influence operations are a state’s work; 2FA authentication a safeguard',
    text: 'The report described Russian intelligence operations and influence operations that hacked the Orvale website. The hackers bypassed its 2FA authentication.',
    expected: [['Orvale website', 'affected']],
    absent: ['Russian intelligence operations', 'influence operations', '2FA authentication'],
  },
  {
    name: 'a quoted statement after "the following statement:" is speech, not a list of services',
    text: 'Lena Dahl, CEO of Orvale, issued the following statement:\n“Unfortunately, Orvale was the target of and fell victim to scammers, as so many other companies have,” said Dahl.',
    expected: [],
  },
  {
    name: 'a command-and-control server split at "and", a press agency and verbs of trade are no victim’s service',
    text: 'The malware talks to its Command and Control server, which crashed. The report by Norrvik News Service said the Orvale site was hacked. Thieves sold Pellam devices after the Pellam website was hacked.',
    expected: [
      ['Orvale site', 'affected'],
      ['Pellam devices', 'affected'],
      ['Pellam website', 'affected'],
    ],
    absent: ['Control server', 'Norrvik News Service', 'sold Pellam devices'],
  },
];

describeEnglishServiceCases('serviceExtractor: English bindings', cases);
