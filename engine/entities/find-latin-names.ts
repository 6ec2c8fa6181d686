/**
 * Finds Latin-script proper-name sequences: "NHS Ayrshire & Arran", "Port of San Diego", "3CX",
 * "Yum! Brands", "Dish.com", also inside Chinese text ("遭受攻击的Dish Network表示"). No `\b`:
 * boundaries are checked by hand so names glued to CJK characters or full-width punctuation work.
 * Leading sentence words ("The", "However", "According") and trailing possessives are trimmed.
 */
import type { Span } from '../types';

// A name token: capitalised word, digit-led code (3CX, 911), dotted acronym (D.C.) also glued to a word (T.J.Maxx), or a word with
// inner dots/hyphens/ampersands/apostrophes (Shopfront.com, T-Mobile, AT&T, Marlow’s).
const L = String.raw`[\p{Script=Latin}0-9]`;
// "St. Louis Public Library", "Mt. Sinai Hospital": a place word's abbreviation before a capitalised word is part of the name.
const TOKEN = String.raw`(?:(?:St|Mt|Ft|Ste)\.(?= \p{Lu})|(?:\p{Lu}\.){2,}(?:\p{Lu}${L}+)?|[\p{Lu}0-9]${L}*(?:[-.&'’]${L}+)*!?)`;
const LOWER_TOKEN = String.raw`(?:(?:\p{Lu}\.){2,}|${L}+(?:[-.&'’]${L}+)*!?)`;
// "for" joins the words of a body's name ("Center for Internet Security", "Fight for the Future"), not a job
// title to its employer ("Medical Director for the Acme Trust").
const TITLE_BEFORE_FOR = String.raw`(?<!(?:Director|Minister|Secretary|Officer|Manager|Head|Chief|Spokesperson|Spokesman|Spokeswoman|President|Commissioner|Chair|Chairman|Chairwoman|Lead|Editor|Correspondent|Reporter|Candidate|Counsel|Adviser|Advisor|Consultant|Analyst|Researcher|Architect|Engineer|Evangelist|Strategist|Partner|Principal|Governor|Mayor|Senator|Lawyer|Attorney) )`;
const CONNECTOR = String.raw`(?: (?:of|${TITLE_BEFORE_FOR}for|de|del|la|van|von|der|du|&)(?: the)? | )`;

const UPPER_NAME = new RegExp(`(?<![\\p{Script=Latin}0-9])${TOKEN}(?:${CONNECTOR}${TOKEN})*`, 'gu');
// Inside Chinese text any Latin run is a candidate (iPhone, bazan.co.il); words are single-spaced.
const ANY_NAME = new RegExp(`(?<![\\p{Script=Latin}0-9])${LOWER_TOKEN}(?:(?: &)? ${LOWER_TOKEN})*`, 'gu');

/** Capitalised words that start sentences or are not names on their own. */
const LEADING_WORDS = new Set(
  (
    'The A An This That These Those In On At For But And Or However After Before When While Although If As It Its ' +
    'Our We They He She His Her Their Some Many Most All Any According During Meanwhile Since With Without ' +
    'From To By Of Also Other Another Earlier Later Last Next Today Yesterday Now Then There Here What Which Who ' +
    'Why How Where One Two Three Each Every Both Such So Yet Still Even Just Only More Less Not No Yes Mr Mrs Ms ' +
    'Dr Sir Dear Once Under Over Into Upon About Among Between Through Against Despite Following Further ' +
    'Additionally Moreover Instead Although Though Because Unlike Like Please Read Click Share See Update Note ' +
    'Photo Image Source Via Image: I You My Your Us Them'
  ).split(' '),
);

/**
 * Number words that open sentences ("Three customers said") but are also brand names (the mobile
 * operator Three). Such a word is a name in a text that writes it capitalised after a lower-case
 * word and alone ("the operator Three has", "customers of Three said"): a sentence's first word
 * never stands there.
 */
const NUMBER_WORDS = ['One', 'Two', 'Three'] as const;
const NUMBER_WORD_AS_NAME = new RegExp(String.raw`(?<=\p{Ll},? )(${NUMBER_WORDS.join('|')})(?![\p{L}\p{N}]| \p{Lu}| \d)`, 'gu');

/** The number words that `text` uses as names (see `NUMBER_WORDS`). */
function numberWordsUsedAsNames(text: string): Set<string> {
  const words = new Set<string>();
  if (!NUMBER_WORDS.some((w) => text.includes(w))) return words;
  for (const m of text.matchAll(NUMBER_WORD_AS_NAME)) words.add(m[1]);
  return words;
}

/** Tokens that never stand alone as a name (months, days, generic capitalised words). */
const NOT_NAMES = new Set(
  (
    'January February March April May June July August September October November December Jan Feb Mar Apr ' +
    'Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Ransomware ' +
    'Malware Hackers Hacker Attack Attacks Data Breach Security Cybersecurity Cyber Police Government ' +
    'Company Companies Customers Users Employees Staff News Report Reports Statement Internet Online Website ' +
    'Email Twitter Telegram IT CEO CTO CISO Chief Director Officer President Minister Spokesperson Spokesman ' +
    'Spokeswoman Researchers Analysts Experts Officials Network Networks Systems System Services Service ' +
    'Attackers Attacker Criminals Cybercriminals Scammers Fraudsters Investigators Authorities Victims Thieves Intruders ' +
    // Security jargon that headings and job titles capitalise: "Spear Phishing", "Threat Intelligence", "the Dark Web".
    'Phishing Spear Threat Threats Intelligence Dark Web Exploit Exploits Zero-Day Hacking Hacks Botnet Spyware Infostealer'
  ).split(' '),
);

/** Months and days: they open a sentence ("Friday Acme confirmed") but never a name. */
const DATE_WORDS = new Set(
  'January February March April June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
);

/** Demonyms that the suffix rule (-ian, -ish, -ese, -ean) misses. */
const DEMONYMS = new Set(['Dutch', 'French', 'Czech', 'Greek', 'Swiss', 'Thai', 'Iraqi', 'Israeli', 'Pakistani', 'Saudi', 'Western', 'Eastern', 'Northern', 'Southern']);

const POSSESSIVE = /['’]s?$/u;

/** Options of `findLatinNames`. */
export interface LatinNameOptions {
  /** Accept lower-case-initial tokens too (for Latin runs inside Chinese text). */
  anyCase?: boolean;
}

/**
 * People of an organisation, or an incident, before "of", opening a sentence or a headline: "Employees of", "Customers
 * of the", "Hack of" ("Hack of Riverton’s 911 system").
 */
const PEOPLE_OF = /^(?:Employees|Customers|Users|Members|Staff|Patients|Students|Clients|Subscribers|Residents|Shareholders|Workers|Passengers|Guests|Investors|Officials|Executives|Victims|Thousands|Hundreds|Millions|Dozens|Hacks?|Hacking|Breach(?:es)?|Attacks?|Compromise|Theft) of (?:the )?(?=\p{Lu})/u;

/** Spans of Latin proper-name sequences in `text`, trimmed of sentence words and possessives. */
export function findLatinNames(text: string, { anyCase = false }: LatinNameOptions = {}): Span[] {
  const pattern = anyCase ? ANY_NAME : UPPER_NAME;
  const spans: Span[] = [];
  const namedNumbers = numberWordsUsedAsNames(text);
  const leading = (word: string): boolean => LEADING_WORDS.has(word) && !namedNumbers.has(word);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    // Trim leading sentence words and dates: "The Dish Anywhere app" → "Dish Anywhere", "On Friday Acme Bank" → "Acme Bank".
    for (;;) {
      const word = /^[^ ]+/.exec(text.slice(start, end))?.[0] ?? '';
      if (!(leading(word) || DATE_WORDS.has(word)) || word.length === end - start) break;
      start += word.length + 1;
    }
    // "3,400 of Acme Corp": a count before "of" is no part of the name.
    const count = /^\d[\d,.]* (?:of|de|del|du)(?: the)? /.exec(text.slice(start, end));
    if (count) start += count[0].length;
    // "Employees of Acme were targeted", "Users of Acme Mail", "Hack of Acme’s 911 system": the people of an organisation
    // or an incident, capitalised as the sentence's first word, are no part of its name.
    const people = PEOPLE_OF.exec(text.slice(start, end));
    if (people && /(?:^|[\n.!?:"“‘(]\s*)$/u.test(text.slice(Math.max(0, start - 3), start))) start += people[0].length;
    const head = /^[^ ]+/.exec(text.slice(start, end))?.[0] ?? '';
    if (head.length === end - start && leading(head)) continue;
    // Trailing connectors left by the regex ("Port of") cannot happen; possessives can.
    const possessive = POSSESSIVE.exec(text.slice(start, end));
    if (possessive) end -= possessive[0].length;
    // "Kyivstar 12月12日", "Acme 3家": a number before a Han date or quantity word starts the next phrase.
    const number = / \d+$/.exec(text.slice(start, end));
    if (number && /^[年月日号时点分万亿多余个家名台次]/u.test(text[end] ?? '')) end -= number[0].length;
    // Trailing "!" belongs to names like "Yum!" only when followed by more of the name.
    if (text[end - 1] === '!' && !/\S/.test(text[end] ?? ' ')) end--;
    if (end <= start) continue;
    const words = text.slice(start, end).split(' ');
    if (words.every((w) => NOT_NAMES.has(w) || leading(w))) continue;
    if (!/\p{L}/u.test(words.join(''))) continue;
    // Longer runs are headlines in title case or sentences in capitals, not one name.
    if (words.length > 6) continue;
    // A lone nationality or language adjective (Swedish, Russian, Dutch) is not a name.
    if (words.length === 1 && (/^\p{Lu}\p{Ll}+(?:ian|ish|ese|ean)$/u.test(words[0]) || DEMONYMS.has(words[0]))) continue;
    spans.push({ start, end });
  }
  return spans;
}
