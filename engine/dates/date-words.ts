/**
 * Date vocabulary as data: month and weekday names in English and Chinese, Chinese numerals,
 * and the English words that make a bare four-digit number a year. Parsers build their regular
 * expressions from these tables (longest alternative first, STYLE.md rule 5).
 */

/** English month names and abbreviations (lower case) → month number. */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2, febr: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Full English month names that are also ordinary words: alone they need a date context. */
export const EN_AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'august']);

/** English weekday names → ISO weekday (Monday = 0). */
export const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6,
};

/** English number words used in "three years ago", "two weeks ago". */
export const EN_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, several: NaN, few: NaN,
};

/** Fixed-date holidays news stories name instead of the date: [month, day]. */
export const EN_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "valentine's day": [2, 14],
  'valentines day': [2, 14],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  halloween: [10, 31],
};

/**
 * Words after which a bare four-digit number is a year ("in 2019", "since 2015", "by 2019",
 * "a 2001 land law"). Without one of them "2000 records" or "Bill 2022" stays a number or a name.
 */
export const EN_YEAR_CONTEXT_WORDS: readonly string[] = [
  'in', 'since', 'by', 'during', 'from', 'until', 'till', 'through', 'throughout', 'before', 'after',
  'between', 'of', 'around', 'circa', 'for', 'a', 'the', 'year', 'early', 'late', 'mid', 'mid-',
  'summer', 'winter', 'spring', 'autumn', 'fall', 'end of', 'beginning of', 'start of', 'middle of',
];

/** Nouns that make a preceding number a count, not a year: "2000 records", "the 2022 users". */
export const EN_COUNT_NOUNS: readonly string[] = [
  'users', 'records', 'people', 'persons', 'employees', 'staff', 'customers', 'accounts', 'files',
  'devices', 'machines', 'computers', 'servers', 'systems', 'victims', 'members', 'companies',
  'organizations', 'organisations', 'emails', 'messages', 'patients', 'students', 'hosts', 'sites',
  'websites', 'domains', 'passwords', 'credentials', 'rows', 'entries', 'documents', 'times',
  'dollars', 'euros', 'pounds', 'bitcoins', 'btc', 'gb', 'mb', 'tb', 'kb', 'bytes', 'hours',
  'minutes', 'seconds', 'days', 'points', 'votes', 'jobs', 'cases', 'incidents', 'attacks',
  'vulnerabilities', 'ips', 'addresses', 'units', 'copies', 'pages', 'lines', 'images', 'ports',
];

/** Chinese weekday characters (周X / 星期X / 礼拜X) → ISO weekday (Monday = 0). */
export const ZH_WEEKDAYS: Readonly<Record<string, number>> = {
  一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6,
};

/** Chinese numeral characters → value, for 十二月, 两个月前, 一周前. */
export const ZH_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

/** The value of a small number written in digits or Chinese numerals (up to 99), or NaN. */
export function parseSmallNumber(raw: string): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  if (raw.length === 1) return ZH_DIGITS[raw] ?? NaN;
  // 十一 = 11, 二十 = 20, 二十三 = 23
  const ten = raw.indexOf('十');
  if (ten < 0) return NaN;
  const tens = ten === 0 ? 1 : (ZH_DIGITS[raw[0]] ?? NaN);
  const units = ten === raw.length - 1 ? 0 : (ZH_DIGITS[raw[ten + 1]] ?? NaN);
  return tens * 10 + units;
}

/** A regex alternation of `words`, longest first so that "sept" wins over "sep". */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
