import { describeEnglishServiceCases, type EnglishServiceCase } from './english-service-cases';

// English sentence structures of services (issue 11): who owns a bare head, what a count, a
// person's account or an attacker's channel is, which predicates bind a generic phrase, how a
// denial names services. Every sentence and name here is invented.

const cases: EnglishServiceCase[] = [
  {
    name: 'a named possessive owner belongs to a bare head; a pronoun or a lower-case owner does not',
    text: 'Hackers accessed Norrvik’s database and left a ransom note. Later its database was wiped.',
    expected: [
      ['Norrvik’s database', 'affected'],
      ['database', 'affected'],
    ],
  },
  {
    name: 'a named owner of its "own" systems is part of the phrase',
    text: 'Pellam said that although Pellam’s own IT systems remained secure, the web server was hacked.',
    expected: [
      ['Pellam’s own IT systems', 'unaffected'],
      ['web server', 'affected'],
    ],
  },
  {
    name: 'a name ending in an organisation head keeps a capitalised bare head; a lone organisation head does not',
    text: 'Hackers defaced the Orrin Group Website on Monday. Attackers exploited a flaw in Exchange Server 2019 to breach the mail servers.',
    expected: [
      ['Orrin Group Website', 'affected'],
      ['Exchange Server 2019', 'affected'],
      ['mail servers', 'affected'],
    ],
  },
  {
    name: 'a count says how many, not whose; a number that names keeps its singular head',
    text: 'The breach affected 32 million accounts and 250 TLS services were down. The 911 dispatch system was down for hours.',
    expected: [['911 dispatch system', 'affected']],
    absent: ['32 million accounts', 'accounts', '250 TLS services', 'TLS services'],
  },
  {
    name: 'a count of an owner’s things is cut off, leaving the owner’s service',
    text: 'The worm has been responsible for hijacking 153 Linux-based networks of a web-hosting company. It hit 2 million accounts of the forum.',
    expected: [['Linux-based networks', 'affected']],
    absent: ['153 Linux-based networks', 'accounts'],
  },
  {
    name: 'breach predicates bind a generic phrase: gained access to, broke into, the hacking of',
    text:
      'An intruder gained access to an organization email account last month. Criminals broke into the library network and installed malware. ' +
      'The files came from the hacking of the professional and personal email accounts of several staff members.',
    expected: [
      ['organization email account', 'affected'],
      ['library network', 'affected'],
      ['professional and personal email accounts', 'affected'],
    ],
  },
  {
    name: 'a denial names the systems it includes; "no reason to believe" denies',
    text:
      'There have not been any breaches in any of Norrvik’s systems including Cloudly and Norrvik ID. The list came from elsewhere. ' +
      'There is no reason to believe that any other Pellam systems have been affected.',
    expected: [
      ['Norrvik’s systems', 'unaffected'],
      ['Cloudly', 'unaffected'],
      ['Norrvik ID', 'unaffected'],
      ['Pellam systems', 'unaffected'],
    ],
    absent: ['There'],
  },
  {
    name: 'a breach or an impact denied: "had not been hacked", "none of that data was impacted"',
    text:
      'The company claimed that Velmora’s site had not been hacked, but blamed a supplier. ' +
      'Personal information is not stored on its servers, and none of that data was impacted by the attack.',
    expected: [
      ['Velmora’s site', 'unaffected'],
      ['servers', 'unaffected'],
    ],
  },
  {
    name: "the attacker's channels and means are no victim's service",
    text:
      'The ransomware is distributed via torrent distribution sites and was offline by noon. The phishing emails were sent from legitimate email accounts that had been compromised. ' +
      'He wrote on Acme’s Facebook page that the outage was shocking. The gang sent extortion emails to the board after the breach. The malware-infected Android app was hacked together.',
    expected: [],
    absent: ['torrent distribution sites', 'legitimate email accounts', 'Facebook page', 'extortion emails', 'malware-infected Android app'],
  },
  {
    name: 'a descriptor followed by a name describes the name',
    text: 'The worm hit hospitals and courier service Fastpost in the US. The secure email platform Quietbox went offline in February.',
    expected: [],
    absent: ['courier service', 'secure email platform', 'secure email'],
  },
  {
    name: "a site that reports or publishes is a source, not a victim's site",
    text: 'Heist linked to malware | Headlines | dailypaper.com A firm said the bank was hacked. Breachwatch.net tracked every hacked company.',
    expected: [],
    absent: ['dailypaper.com', 'Breachwatch.net'],
  },
  {
    name: "people's records and accounts, stolen accounts and ransom payments are data, not services",
    text:
      'Staff W-2 records were compromised. The hackers offered stolen Cloudly accounts for sale after the breach. They demanded the ransom in Bitcoin payments after the attack. ' +
      'Attackers compromised user accounts of the forum. Consider credit cards: having your checking account emptied hurts.',
    expected: [],
    absent: ['W-2 records', 'Staff W-2 records', 'Cloudly accounts', 'Bitcoin payments', 'user accounts', 'checking account'],
  },
  {
    name: 'products listed with their versions, and two names joined by "and" with singular heads',
    text: 'Pagewise 0.4.9, Tabkit 1.1.3 and Colour Pad 2.8.5 were compromised in July. Rian believes SafeTunnel and Fastnet VPN were also compromised.',
    expected: [
      ['Pagewise 0.4.9', 'affected'],
      ['Tabkit 1.1.3', 'affected'],
      ['Colour Pad 2.8.5', 'affected'],
      ['SafeTunnel', 'affected'],
      ['Fastnet VPN', 'affected'],
    ],
    absent: ['believes SafeTunnel and Fastnet VPN'],
  },
  {
    name: 'what completes a head: activities, the organisation it stands at, a coordinated singular head',
    text:
      'Carmaker Velo had to halt its local production activities because of the attack. Backups stored on servers at the school were also encrypted. ' +
      'By Saturday, checkout and returns systems were restored after the outage.',
    expected: [
      ['local production activities', 'affected'],
      ['servers at the school', 'affected'],
      ['checkout and returns systems', 'affected'],
    ],
  },
  {
    name: 'a gerund, a following noun or a protocol acronym leaves no service',
    text:
      'Erebus is capable of infecting Linux operating systems. Fraudsters run Business Email Compromise attacks on firms. It is written in the Swift programming language and hacked together. ' +
      'The lure looks like an official cloud account warning about a hack. The scan found some FTP and VNC services offline. The data came from previously compromised third-party services.',
    expected: [],
    absent: ['infecting Linux operating systems', 'Linux operating systems', 'Business Email', 'Swift programming', 'official cloud account', 'FTP and VNC services', 'third-party services'],
  },
  {
    name: 'a verb after "to", an ordinal or an appositive is no part of a service; people’s accounts are theirs',
    text:
      'Firms that failed to update Windows-based computer systems were hit by the worm. The team acted after that first system was encrypted. ' +
      'Traffic went to PCFixer, a Windows-focused tool that was hacked later. The phishing emails compromised developers’ Google Accounts. ' +
      'Of the ransomware payments tracked, most were hacked away.',
    expected: [['Windows-based computer systems', 'affected']],
    absent: ['update Windows-based computer systems', 'first system', 'Windows-focused tool', 'Google Accounts', 'ransomware payments'],
  },
  {
    name: 'a verb before a service is no part of it, while a gerund naming what the service does is',
    text:
      'The attack on Corvale left staff hindering operations across sites while the city spent weeks restoring online services after the outage. ' +
      'Brenna Rail said hackers disrupted its ticketing system and the baggage handling system was offline. The council had to abandon electronic services when the servers went down.',
    expected: [
      ['online services', 'affected'],
      ['ticketing system', 'affected'],
      ['baggage handling system', 'affected'],
      ['electronic services', 'affected'],
      ['servers', 'affected'],
    ],
    absent: ['weeks restoring online services', 'restoring online services', 'abandon electronic services'],
  },
  {
    name: 'a bare machine word (server, network, computers) needs a cue in its own clause that it stopped working',
    text: 'The network remained locked on Wednesday. There was suspicious activity on its network. The server was wiped. Staff turned their computers back on after the attack.',
    expected: [
      ['network', 'affected'],
      ['server', 'affected'],
    ],
    absent: ['computers'],
  },
  {
    name: 'ransomware told without the word: held for ransom, locked, restricted; "locked down" is the defender’s',
    text: 'Hackers took the Orvale Police Department’s server for ransom last month. The university said access to online networks was being restricted. Staff locked down the payroll system after the scare.',
    expected: [
      ['Orvale Police Department’s server', 'affected'],
      ['online networks', 'affected'],
    ],
    absent: ['payroll system'],
  },
  {
    name: 'a count followed by its owner, or after a possessive owner, leaves the owner’s machines',
    text:
      'A virus shut down more than a thousand computers inside the Orvale county offices. Ransomware encrypted at least 15 computers belonging to members of the Varnia parliament. ' +
      'The attack affected 40 of the city’s 90 network video recorders.',
    expected: [
      ['computers', 'affected'],
      ['computers', 'affected'],
      ['network video recorders', 'affected'],
    ],
    absent: ['thousand computers', '15 computers', '90 network video recorders'],
  },
  {
    name: 'an article after a breach predicate, or before an owner, still names the victim’s service; after a participle it names none',
    text:
      'Hackers had unauthorized access to an external web server. An intruder accessed data stored on a legacy booking platform. Thieves stole a database of Norrvik’s customers. ' +
      'Users visiting a compromised website were infected, and others a “hacked” website.',
    expected: [
      ['external web server', 'affected'],
      ['legacy booking platform', 'affected'],
      ['database of Norrvik’s customers', 'affected'],
    ],
    absent: ['website'],
  },
  {
    name: 'a head that modifies what follows is no service: activity, holders, information, requirement, video',
    text:
      'Staff saw unusual database activity before the breach. The attack hit account holders and stole customer login information. Hackers corrupted body camera video. ' +
      'The breach led to a 2-step authentication requirement.',
    expected: [],
    absent: ['unusual database', 'account', 'customer login', 'body camera', '2-step authentication'],
  },
  {
    name: 'a verb or a conjunction ends the phrase on its left',
    text: 'Crews worked to destroy Serial-to-Ethernet devices that were infected. The trojan shows a fake form whenever mobile banking apps are opened after infection.',
    expected: [['Serial-to-Ethernet devices', 'affected']],
    absent: ['destroy Serial-to-Ethernet devices', 'form whenever mobile banking apps', 'mobile banking apps'],
  },
  {
    name: 'agencies called services, remedies, speakers and publishers are no affected services',
    text:
      'Breach at Norrvik: what we know - Examplenews.com\nForeign intelligence services hacked the ministry. Norrvik is offering credit monitoring services after the breach. ' +
      'The Norrvik-owned site said it was hacked. Norrvik said its website was hacked.',
    expected: [['website', 'affected']],
    absent: ['Examplenews.com', 'intelligence services', 'credit monitoring services', 'Norrvik-owned site'],
  },
  {
    name: 'a descriptor before a company name ending in Systems describes the company',
    text: 'The leak came after its third-party provider Norcom Systems was hacked.',
    expected: [],
    absent: ['third-party provider Norcom Systems', 'Norcom Systems'],
  },
  {
    name: 'a place and a public body own the service after them; people own their own computers',
    text:
      'The hacking of Ostrava police surveillance cameras left them unable to record. The attackers compromised users’ computers with malware. ' +
      'The sample has no C&C; server and was shut down.',
    expected: [['surveillance cameras', 'affected']],
    absent: ['Ostrava police surveillance cameras', 'computers', 'server'],
  },
  {
    name: 'countries listed in a sentence with a service word are places, not products',
    text: 'Cyberattacks in Estonia, Germany, Austria and France appeared aimed at influencing elections and disrupted government websites.',
    expected: [['government websites', 'affected']],
    absent: ['Estonia', 'Germany', 'Austria', 'France'],
  },
  {
    name: 'cues without the usual words: exposes, downed, was not working',
    text: 'Norrvik’s website exposes customers’ details to strangers. The Orvale app on his phone wasn’t working. The virus downed systems at the site of the plant.',
    expected: [
      ['Norrvik’s website', 'affected'],
      ['Orvale app', 'affected'],
      ['systems at the site', 'affected'],
    ],
    absent: ['downed systems'],
  },
  {
    name: 'a bare machine word with its owner after it is bound by an attack on it',
    text: 'An attack on computers at Grassfield Academy has parents worried. An attack on computers is every firm’s worry.',
    expected: [['computers', 'affected']],
  },
  {
    name: 'where a statement was posted is no service that failed',
    text: 'Staff posted a statement on the home page after the breach. Posts on Norrvik’s official Facebook page said the portal was down.',
    expected: [['portal', 'affected']],
    absent: ['home page', 'official Facebook page'],
  },
  {
    name: 'gerunds that name what a site does stay in its name; a capitalised number word inside a sentence is a name',
    text: 'A popular horse racing website (Racingpulse.example) was hacked on Tuesday. Customers found the Three app was down on Monday.',
    expected: [
      ['popular horse racing website', 'affected'],
      ['Three app', 'affected'],
    ],
  },
  {
    name: 'a country named before a listed name is a place; data, leaks and kits after a head make it a modifier',
    text: 'The worm hit the health service in the UK, FedEx and PetroChina, whose systems were down. The NSA’s surveillance tool kit leaked. Norrvik Suffers Cloud Data Leak Exposing Data',
    expected: [
      ['health service', 'affected'],
      ['FedEx', 'affected'],
      ['PetroChina', 'affected'],
    ],
    absent: ['UK', 'surveillance tool', 'Norrvik Suffers Cloud'],
  },
  {
    name: 'a console is a service; unusable is a cue; backups, dumps and attack tools are not services; affect is a verb',
    text:
      'Hackers penetrated Norrvik’s Kubernetes console, which had no password. The malware encrypted a number of town systems, rendering them unusable. ' +
      'The leak held dozens of SQL database backup files. The archive also held a PHP-based DDoS tool. The flood was meant to affect Norrvik cloud services, which crashed.',
    expected: [
      ['Kubernetes console', 'affected'],
      ['town systems', 'affected'],
      ['Norrvik cloud services', 'affected'],
    ],
    absent: ['SQL database', 'PHP-based DDoS tool', 'affect Norrvik cloud services'],
  },
  {
    name: 'a bare head with a named owner after it is that owner’s; getting access to it is a weak cue',
    text: 'The hackers managed to get access to the systems of Orvale Studios in Halden. Officials said the systems of the city were fine.',
    expected: [['systems', 'affected']],
  },
];

describeEnglishServiceCases('serviceExtractor: English structures', cases);
