import { describe, test } from 'vitest';
import { expectVictims, type VictimCase } from './english-victim-cases';

// English victim selection, sixth round (issue 11): classes of named victims missed on the silver set,
// each fixed by a rule of sentence structure and tested on sentences of our own. The names are invented.

const cases: VictimCase[] = [
  {
    name: 'a word that only starts like a product head ("appears", "applied") makes no product of the name before it',
    text: 'Payday lender Quidlo appears to be the latest big-name brand to suffer a data breach. Quidlo applied new passwords to every account, and your Quidlo account should be safe.',
    victims: ['Quidlo'],
    not: [],
  },
  {
    name: 'a name before a real product head is still the product',
    text: 'Attackers breached the Quidlo app and the Quidlo app store listing was pulled.',
    victims: [],
    not: ['Quidlo'],
  },
  {
    name: 'an item of a list introduced by what a group targets ("targeting <kind>, including X") is the target, acronym or not',
    text: 'The crew has long been targeting defence bodies, including NORTAC and Velmont Aerospace, with spear-phishing emails.',
    victims: ['NORTAC', 'Velmont Aerospace'],
    not: [],
  },
  {
    name: 'a name followed by the number of its records leaked or exposed lost them; a head count is no loss',
    text: 'A leaked database lists 2 million staff. It is followed by the Harlan Postal Service with 81,200 leaked employee records and Brevik Telecom with 60,000. Corvane Logistics, with 12,400 personnel records exposed, is third. Talvo Foods, with 5,000 employees, said it had not used the broker.',
    victims: ['Harlan Postal Service', 'Brevik Telecom', 'Corvane Logistics'],
    not: ['Talvo Foods'],
  },
  {
    name: 'what was stolen may take a few words before "from" its owner',
    text: 'In another extortion attempt, the gang stole hundreds of gigabytes of files from the Quellmark Glue adhesive company.',
    victims: ['Quellmark Glue'],
    not: [],
  },
  {
    name: 'a refusal of the hacker(s) demands, with a bracketed plural',
    text: 'Orrin Games Studio, the developer of a fantasy series, has made it clear that it will not meet the hacker(s) demands.',
    victims: ['Orrin Games Studio'],
    not: [],
  },
  {
    name: 'a list after "hacking groups" or "attackers" names attackers: the cue word must end where it ends',
    text: 'Hacking groups such as Grey Vortex and Nimbus Crew have leaked files. Attackers such as Pale Lantern were blamed for the attack on Orlen Freight.',
    victims: ['Orlen Freight'],
    not: ['Grey Vortex', 'Nimbus Crew', 'Pale Lantern'],
  },
  {
    name: 'a lone capitalised word whose only evidence is speech is a surname as often as a name: not reported; an acronym that speaks is',
    text: 'Brennock Water Board was hit by ransomware on Monday. "We cannot say more," Valdrane said. Valdrane added that backups were intact. The TWU said its members were told to stay home, and the TWU added that pay was not affected.',
    victims: ['Brennock Water Board', 'TWU'],
    not: ['Valdrane'],
  },
  {
    name: 'a lone word that speaks and has a victim cue is still reported',
    text: 'Corvix said its systems were hit by ransomware. Corvix said the attack began on Friday.',
    victims: ['Corvix'],
    not: [],
  },
  {
    name: 'incident words closing a Title Case headline run are no part of the name, and "X Hacked" is X hit',
    text: 'Lahore motor marketplace Tarmak Hacked, 700k accounts stolen\nIn an email sent to users, Tarmak asked them to change their passwords.',
    title: 'Lahore motor marketplace Tarmak Hacked, 700k accounts stolen',
    victims: ['Tarmak'],
    not: ['Tarmak Hacked'],
  },
  {
    name: 'a name before "Data Breach Incident" or "Got Hacked" in a headline ends before them',
    text: 'Orvalle Pacific Airways Data Breach Incident\nOrvalle Pacific Airways said data of 9 million passengers was accessed.\nHow the Brindle Water Authority Got Hacked with Ransomware\nThe Brindle Water Authority was hit in April.',
    victims: ['Orvalle Pacific Airways', 'Brindle Water Authority'],
    not: ['Orvalle Pacific Airways Data Breach Incident', 'Brindle Water Authority Got Hacked'],
  },
  {
    name: 'the active verb of a headline keeps its subject an attacker: "Guides Infected 600,000 Devices"',
    text: 'Malware Posing as Kestrel Guides Infected 600,000 Devices\nA strain of malware posed as game guides.',
    title: 'Malware Posing as Kestrel Guides Infected 600,000 Devices',
    victims: [],
    not: ['Kestrel Guides'],
  },
  {
    name: 'an aside between dashes does not part an attack word from its object',
    text: 'The files were published after a hack—purportedly aided by a foreign government—of the Northfield Civic League last year.',
    victims: ['Northfield Civic League'],
    not: [],
  },
  {
    name: 'the organisation whose admins were taken over is hit, as it is when its staff are',
    text: 'The same hacker took over a mobile number for one of the Brightwater Project’s admins and reset their passwords.',
    victims: ['Brightwater Project'],
    not: [],
  },
  {
    name: 'a list of software, databases or tools hit is of products, not organisations',
    text: 'Hackers have targeted thousands of servers running database software such as Quillstore and Brindex this month.',
    victims: [],
    not: ['Quillstore', 'Brindex'],
  },
  {
    name: 'a list after "data breaches including" names organisations breached; a list of data taken does not',
    text: 'The group uses passwords stolen in earlier data breaches including Trellonet and Pinecast. Leaked records contain account data, including names, Encrypted Passwords and emails.',
    victims: ['Trellonet', 'Pinecast'],
    not: ['Encrypted Passwords'],
  },
  {
    name: 'the site named before its tagline at the end of a headline is the publisher, not the object of the headline’s cue',
    text: 'Velmar Confirms Card Breach Impacting 300 Hotels | Tidewire | The first stop for security news\nVelmar Hotels was hit by malware on its payment servers.',
    title: 'Velmar Confirms Card Breach Impacting 300 Hotels | Tidewire | The first stop for security news',
    victims: ['Velmar Hotels'],
    not: ['Tidewire'],
  },
  {
    name: 'who stole something "from" a name, or "has targeted" banks, is the attacker',
    text: 'A hacking group known as the Grey Magistrate has targeted investment banks. In another extortion attempt, the Grey Magistrate stole hundreds of gigabytes of files from Halvorsen Freight last week.',
    victims: ['Halvorsen Freight'],
    not: ['Grey Magistrate'],
  },
  {
    name: 'a word named once, opening a sentence, is no name though a cue follows it ("Paid subscribers were affected")',
    text: 'The breach at Kelbrook Media exposed 40,000 accounts. Paid subscribers were affected too. Unless users reset passwords, the risk remains.',
    victims: ['Kelbrook Media'],
    not: ['Paid', 'Unless'],
  },
  {
    name: 'a name that opens several sentences, with a role, is still reported',
    text: 'Hackers threaten to leak a film unless a ransom is paid.\nDorrance was targeted by the gang last month. Dorrance is working with investigators. Dorrance declined to pay.',
    victims: ['Dorrance'],
    not: [],
  },
];

describe('English victim selection: sentence structure, sixth round', () => {
  test.each(cases)('$name', expectVictims);
});
