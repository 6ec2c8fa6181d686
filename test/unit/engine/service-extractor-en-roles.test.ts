import { describeEnglishServiceCases, type EnglishServiceCase } from './english-service-cases';

// English roles that make a service phrase no victim's (issue 11, seventh round): the attacker's
// own or used by it, the imitation itself, what malware is built to do or a system is used for, the
// object of an attempt, consumers' own devices, kinds named by a platform or a protocol, and the
// organisation a service word describes. Every sentence and name here is invented.

const cases: EnglishServiceCase[] = [
  {
    name: 'a headline verb in the present tense ends the phrase before it',
    text: 'Cyberattack on Larkspur city portal disrupts services\nThe Larkspur portal was disrupted for days by a DDoS attack.',
    expected: [['Larkspur city portal', 'affected'], ['Larkspur portal', 'affected']],
    absent: ['portal disrupts services', 'Larkspur city portal disrupts services'],
  },
  {
    name: 'what a victim does to keep going is no part of a service’s name: divert, reroute, cancel',
    text: 'Hackers encrypted the Larkspur Clinic network, forcing it to take its booking system offline, divert ambulances and cancel appointments.',
    // The ambulances diverted are the clinic's emergency service, affected.
    expected: [['booking system', 'affected'], ['ambulances', 'affected']],
    absent: ['divert ambulances', 'cancel appointments'],
  },
  {
    name: 'what the attackers own or use is theirs: a gang’s portals, a network exploited by the attackers',
    text:
      'Ransomware gangs’ use of customer service portals keeps growing, and the portals were down for hours. ' +
      'Police blocked the unidentified foreign network exploited by the attackers after Orvale Bank’s app was disrupted.',
    expected: [['Orvale Bank’s app', 'affected']],
    absent: ['customer service portals', 'unidentified foreign network'],
  },
  {
    name: 'a phrase that imitates is the fake; what it imitates is untouched',
    text: 'While the pages mimic actual Northwind pages, they are fake, and victims were hacked after entering their details.',
    expected: [],
    absent: ['pages', 'actual Northwind pages', 'pages mimic actual Northwind pages'],
  },
  {
    name: 'what malware is built to do and what a system is used for are no disruption',
    text:
      'The toolkit can reach substations in order to shut off breakers and destroy serial-to-ethernet devices at the plant. ' +
      'An unauthorised user gained access to one of our standalone systems, which we use for log storage and analytics.',
    expected: [['standalone systems', 'affected']],
    absent: ['serial-to-ethernet devices', 'log storage'],
  },
  {
    name: 'the object of an attempt was not necessarily hit; what the attempt did hit still is',
    text: 'The governor accused the group of attempting to hack Halden’s electrical grid. Malware infected a Halden Power laptop.',
    expected: [['Halden Power laptop', 'affected']],
    absent: ['electrical grid'],
  },
  {
    name: 'consumers’ own devices after "their" are not the victim’s; employees’ are the organisation’s',
    text:
      'The agency stopped thousands of taxpayers from receiving scam texts, with most halted before they reach their phones. ' +
      'Employees at Pellam could not use their computers after the attack.',
    expected: [['computers', 'affected']],
    absent: ['phones'],
  },
  {
    name: 'a platform or a protocol names a kind of machine, not whose it is; an owner in a relative clause does',
    text:
      'Recent attacks have been contained to Windows desktop computers and laptops. The new ransomware attacks IoT and smart devices. ' +
      'The worm attacked more than 200 Linux servers that the web host Norrvik Hosting ran, locking up its customers’ sites.',
    expected: [['Linux servers', 'affected']],
    absent: ['Windows desktop computers', 'IoT and smart devices'],
  },
  {
    name: 'a service word before an organisation word describes the organisation',
    text: 'Satellite broadcast organisation Orvale suffered an outage. Third parties known as Swift Service Bureaus were targeted by the attackers.',
    expected: [],
    absent: ['Satellite broadcast', 'Swift Service'],
  },
  {
    name: 'a tier of government alone names systems in general; a statement up on a site is posted there',
    text:
      'The hack comes amid increasing hacking of municipal systems across the country. ' +
      'Although there is no statement up on the Halden site, the spokeswoman said the attack was contained.',
    expected: [],
    absent: ['municipal systems', 'Halden site'],
  },
  {
    name: 'a stolen or traded copy of a store is data; the store that was breached is the service',
    text:
      'The breach of Orvale’s customer database came to light after a stolen database from the company went up for sale. ' +
      'Hackers were seen selling hacked and stolen databases on the dark web.',
    expected: [['customer database', 'affected']],
    absent: ['database', 'databases'],
  },
  {
    name: 'what attackers call their own is theirs; a range of systems is a kind; normal operations say how, not what',
    text:
      'Rival criminals are hijacking the ransom payments and redirecting them into their own bitcoin wallets, which were emptied. ' +
      'Malware is prevalent in a wide range of industrial systems that were infected. Pellam paid to speed the return to normal operations, which were disrupted.',
    expected: [],
    absent: ['bitcoin wallets', 'industrial systems', 'normal operations'],
  },
  {
    name: 'a source is no site that was hit: "according to website x.com"; a vendor’s possessive leaves its product',
    text:
      'According to website leakwatch.net, 3 million Orvale accounts were affected by the breach. ' +
      'Scammers have been exploiting a flaw in Northwind’s Mobile Browser to extort users.',
    expected: [],
    absent: ['website', 'leakwatch.net', 'Northwind'],
  },
  {
    name: 'people named by their field, an update of a product and an organisation’s longer name are no services',
    text:
      'The leak was traced, according to Halden Communications Minister Lars Berg, after the outage. ' +
      'A Northwind browser update now warns users who were hacked. Orvale Trading Standards warned that Orvale Mall was hit.',
    expected: [],
    absent: ['Halden Communications', 'Northwind browser', 'Orvale Trading'],
  },
  {
    name: 'a generic owner, a prospect, a security firm’s own systems and a lure to download name no victim’s service',
    text:
      'However, a company’s internal messaging network is also appealing to hackers who hit firms. ' +
      'The prospect of losing valuable content on computer systems that are encrypted makes victims pay. ' +
      'Security firm Norrguard says most of the spam that its systems are blocking is infected. ' +
      'Victims were told their account was suspended and that they need to download “Northwind support software”. ' +
      'A Halden business’s computer system was attacked by hackers.',
    expected: [['computer system', 'affected']],
    absent: ['internal messaging network', 'computer systems', 'systems', 'Northwind support software'],
  },
  {
    name: 'what a defender is securing, and what could be exploited, were not hit; what may have been compromised was',
    text:
      'In these cases, securing RDP servers that attackers hit is critical. The Orvale website for Halden could be exploited by a child. ' +
      'Orvale said its online shop may have been compromised.',
    expected: [['online shop', 'affected']],
    absent: ['RDP servers', 'Orvale website'],
  },
  {
    name: 'what providers give access to, a maker’s platform, alleged data, rules for merchants and notices to customers name no service hit',
    text:
      'Third parties that provide access to Orvale’s network were targeted by the attackers. ' +
      'This ransomware affects smartphones with Northwind’s operating system. A spokesman said the alleged emails were hacked. ' +
      'Merchants are not supposed to store card codes on their e-commerce sites, the breach showed. ' +
      'Customers have been notified to change their passwords on their profile accounts after the breach.',
    expected: [],
    absent: ['Orvale’s network', 'operating system', 'alleged emails', 'e-commerce sites', 'profile accounts'],
  },
  {
    name: 'a hacker platform, a person’s field, a company’s product and names inside a company’s name are no services',
    text:
      'The hacker is part of an underground hacker platform that was hacked. ' +
      'Attacks rose, said Lena Berg, head of financial services at Orvale, after the outage. Norrguard is the developer of the Silo web browser, which was hacked. ' +
      'In an interview with Halden-TV, Arne Lund, Former Chairman of Orvale Consultancy Services, said banks were hit.',
    expected: [],
    absent: ['underground hacker platform', 'financial services', 'Silo web browser', 'Halden-TV', 'Arne Lund'],
  },
];

describeEnglishServiceCases('serviceExtractor: English roles', cases);
