import { describe, test } from 'vitest';
import { expectVictims, type VictimCase } from './english-victim-cases';

// English victim selection, fifth round (issue 11): classes of organisations reported that are not
// victims (the topic named only in the headline, leakers, persons, products, places), each with
// sentences of our own. The names are invented.

const cases: VictimCase[] = [
  {
    name: 'a name only in the headline and the lead, with no evidence in the body, is the topic, not a victim',
    text: 'Quorvane and a lesson on the limits of attribution\nAnalysts have studied Quorvane for years, and the code of Quorvane tells us little about its author.',
    title: 'Quorvane and a lesson on the limits of attribution',
    victims: [],
    not: ['Quorvane'],
  },
  {
    name: 'the lead organisation that speaks about the incident stays a victim',
    text: 'Teddy maker under fire over breach\nThe questions swirl around Plushmark Toys, a company behind a line of talking animals. Plushmark Toys said it had informed its users.',
    victims: ['Plushmark Toys'],
    not: [],
  },
  {
    name: 'who published a leak is its source, not its victim',
    text: 'The agency warned about the latest document dump by the online whistle-blower organization Leakvault. Leakvault said the files came from an insider. Hackers breached the Harlow Defence Agency network last year, Leakvault claims.',
    victims: [],
    not: ['Leakvault'],
  },
  {
    name: 'a form code is no organisation',
    text: 'W-9 forms of staff were compromised\nAttackers stole W-9 records. The W-9 forms were breached at Brennick College.',
    title: 'W-9 forms of staff were compromised',
    victims: ['Brennick College'],
    not: ['W-9'],
  },
  {
    name: 'a person named with a title before or after, and later by the surname alone, is no organisation',
    text: 'Executive director Wendel Quarry said the Oakshore Public Library was hit by ransomware. "We are sorry," Quarry said. Quarry added that no data was taken.\nThe attack was the first, according to Tomas Vrell, head of research at Norlight. Vrell explained that backups helped.',
    victims: ['Oakshore Public Library'],
    not: ['Quarry', 'Wendel Quarry', 'Vrell'],
  },
  {
    name: 'a chief executive named after a title inside a run, then by the surname',
    text: 'Chairman and CEO Orrin Tallent said hackers tried to extort money from Brightfield Studios.\nHackers targeted Tallent again.',
    victims: ['Brightfield Studios'],
    not: ['Tallent', 'CEO Rob Tallent'],
  },
  {
    name: 'a public office and its holder are no organisation',
    text: 'Separately, Ohio Insurance Commissioner Dana Welke announced that a security breach impacted Corbin Claims Services.',
    victims: ['Corbin Claims Services'],
    not: ['Ohio Insurance', 'Ohio Insurance Commissioner Dana Welke'],
  },
  {
    name: '"St." opens a name and ends no sentence',
    text: 'The St. Ardwick Public Library was hit by ransomware on Thursday, and the St. Ardwick Public Library closed its branches.',
    victims: ['St. Ardwick Public Library'],
    not: ['St'],
  },
  {
    name: 'a new clause after the name has a subject of its own',
    text: 'The thieves uploaded the stolen episodes to The Torrent Harbor after the streaming giant refused to pay a ransom.',
    victims: [],
    not: ['Torrent Harbor'],
  },
  {
    name: 'an aside between dashes passes the predicate to the name before it',
    text: 'Also, the Harbor City Gulls - a minor league team affiliated with the Denton Rangers - said staff payroll records were compromised after a phishing email.',
    victims: ['Harbor City Gulls'],
    not: ['Denton Rangers'],
  },
  {
    name: 'a security firm described in apposition is a source',
    text: 'Meanwhile Korvix, a Finnish cybersecurity firm, has confirmed that some of the victims paid. Attackers targeted the game’s players, the Dravon Security research team explains.',
    victims: [],
    not: ['Korvix', 'Dravon Security'],
  },
  {
    name: 'a researcher named before the firm makes the firm a source',
    text: 'Security researcher Piet Holm from the Vantage Foundation said he also found the exposed database of Quillmark Toys.',
    victims: [],
    not: ['Vantage Foundation'],
  },
  {
    // A known brand (gazetteer) with one of its products: the product and the lure are the service's business.
    name: 'a known brand’s product used as a lure is no organisation',
    text: 'A nasty phishing scam that impersonates a Microsoft Teams request has swept the internet. The Microsoft Teams phishing emails targeted Microsoft Teams users.',
    victims: [],
    not: ['Microsoft Teams'],
  },
  {
    name: 'a brand used as a lure is not hit',
    text: 'Hackers breached Calloway Foods on Monday. Conmen then sent emails impersonating Calloway Foods to its shoppers. The Marlin Energy scam was first seen in May, and Marlin Energy-themed emails hit inboxes.',
    victims: ['Calloway Foods'],
    not: ['Marlin Energy'],
  },
  {
    name: 'a platform before "ransomware" is where the ransomware runs',
    text: 'Filewolf is the new Tundrix ransomware spread through torrents, targeting Tundrix users who download cracked apps.',
    victims: [],
    not: ['Tundrix'],
  },
  {
    name: 'a place after "in" a name with a head is a place, also before a lower-case head',
    text: 'Files scrambled in a ransomware attack on Hollowmere High School in Kereru included exams. The Kereru school has since restored its systems. Marden Valley College in Glen Ashby was subject to a cyber attack.',
    victims: ['Hollowmere High School', 'Marden Valley College'],
    not: ['Kereru', 'Kereru school', 'Glen Ashby'],
  },
  {
    name: 'a place’s possessive is no part of the name, and keeps a list together',
    text: 'The worm spread fast, disrupting car plants, global shipper Parcelon Corp and France’s Radio Lumière, among others.',
    victims: ['Parcelon Corp', 'Radio Lumière'],
    not: ['France’s Radio Lumière'],
  },
  {
    name: 'party members, data types, tickers, forms and a described attacker are no organisations',
    text: 'On Friday, Democrats in the state Senate were locked out of their network. The exposed data includes names, Social Security numbers and addresses on a server that was infected. The tactics resemble those of the Russia-linked group known as Fancy Team. A Russia-linked group was blamed for the attack on Kelden Bank. Kelden Bank (KLDN.L) declined to comment.',
    victims: ['Kelden Bank'],
    not: ['Democrats', 'Social Security', 'Russia-linked group', 'KLDN.L'],
  },
  {
    name: 'one word before a plural kind of organisation describes them',
    text: 'The gang released the stolen episodes along with a warning to other Hollywood studios. Western officials were also hit, sources said.',
    victims: [],
    not: ['Hollywood', 'Western'],
  },
  {
    name: 'security jargon capitalised in a heading or a job title is no organisation',
    text: 'BEC attacks are essentially phishing scams, or Spear Phishing since the criminals pick a target. Stolen data from Brennick College appeared on the Dark Web, said the head of Threat Intelligence at Corvane Inc., a firm that was also hit.',
    victims: ['Brennick College'],
    not: ['Spear Phishing', 'Dark Web', 'Threat Intelligence'],
  },
];

describe('English victim selection: classes of non-victims reported', () => {
  test.each(cases)('$name', expectVictims);
});

// Named victims missed on unseen articles, by class (same round; the names are invented).
const missed: VictimCase[] = [
  {
    name: 'the owner of machines that were infected, without a possessive',
    text: 'On Monday, Brisco Golf of America computers were infected with ransomware.',
    victims: ['Brisco Golf of America'],
    not: [],
  },
  {
    name: 'the company whose finance chief is asked about the incident',
    text: 'Reporters reached out to Tarnwell Scaffolding’s CFO, Ed Marsh, for more information.',
    victims: ['Tarnwell Scaffolding'],
    not: [],
  },
  {
    name: 'the object of "has affected", the items joined by "as well as", and a sentence-opening descriptor',
    text: 'The worm has affected clinics in Wales and Portuguese telecom operator Vialtel, as well as courier service Parcelon in the US. Car-maker Ostrava Motors had to halt its local production because of the attack.',
    victims: ['Vialtel', 'Parcelon', 'Ostrava Motors'],
    not: ['Car-maker Ostrava Motors'],
  },
  {
    name: 'an aside between dashes that names another organisation',
    text: 'Finally today, the Harbor City Gulls - a Class A minor league team affiliated with the Denton Rangers - said staff payroll records were compromised after a phishing email.',
    victims: ['Harbor City Gulls'],
    not: ['Denton Rangers'],
  },
  {
    name: 'the first item of a list introduced by what was stolen from a kind of organisation, acronym or not',
    text: 'The account threatened the release of material stolen from other media companies, including KBX, Norland Geographic and Vox.',
    victims: ['KBX', 'Norland Geographic', 'Vox'],
    not: [],
  },
];

describe('English victim selection: classes of missed named victims, fifth round', () => {
  test.each(missed)('$name', expectVictims);
});
