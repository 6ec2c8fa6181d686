/**
 * Chinese date parsers, in order (ties only: the longest span wins, so "2022年10月27日" is one
 * date, not "10月27日" or "27日" inside it). Chinese has no word spaces, so boundaries are
 * "no digit before/after", never `\b`; spaces that WeChat editors put around digits
 * ("2023 年 1 月 10 日") are allowed. Full-width digits are folded to ASCII before matching.
 */
import { isValidDate } from './calendar';
import { fixedDate, type DateParser } from './date-parser';
import { parseSmallNumber, ZH_WEEKDAYS } from './date-words';
import {
  dayWithoutMonth,
  daysFromAnchor,
  monthDayWithoutYear,
  monthOfDaysFromAnchor,
  monthsFromAnchor,
  nearestWeekday,
  weekdayOfWeek,
  yearsFromAnchor,
  type ClauseTense,
} from './relative-dates';

/** Words that put a clause ahead of the story: 将于, 即将, 计划于, 预计, 拟于, 有望, 届时, 起施行, 起生效 (not 将 alone, which also marks an object: 将数据加密; nor 实施 as in 实施攻击). */
const FUTURE_ZH = /将于|将在|将会|即将|计划于|预计|拟于|有望|届时|起施行|起实施|起生效|起正式/u;
/** Words that tell what happened to the story's subject: 已, 曾, 发生, 发现, 遭, 入侵, 窃取 (not speech: 表示 and 称 report anything). */
const PAST_ZH = /已|曾|发生|发现|察觉|检测到|遭|入侵|窃取|泄露/u;

/**
 * The tense of the clause a month without a year is told in ("万豪已于2月底发现", "新规将于3月起施行"):
 * from the last sentence end or semicolon before the date (within 40 characters) to the next clause
 * end after it (within 30). A clause with a future word is not past ("将于3月公布").
 */
function zhClauseTense(text: string, start: number, end: number): ClauseTense {
  const before = text.slice(Math.max(0, start - 40), start);
  const clauseBefore = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('\n')) + 1);
  const after = text.slice(end, end + 30);
  const stop = after.search(/[，。；！？\n,]/u);
  const clause = clauseBefore + after.slice(0, stop < 0 ? after.length : stop);
  // Only the past tense moves a year: a plan told in Chinese ("预计3月恢复") is as often one made months
  // before publication as one ahead of it, so future words only keep a clause from reading as past.
  return PAST_ZH.test(clause) && !FUTURE_ZH.test(clause) ? 'past' : null;
}

const YEAR = '((?:19|20)\\d{2})\\s*年';
/** A month in digits or Chinese numerals (十二月, 3月), with the optional 份 of "10月份". */
const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月(?:份)?';
const DAY = '(\\d{1,2})\\s*[日号]';
/**
 * A day not followed by a character that makes 日 part of a word (日本, 日志, 日内, 日均, 日报 the
 * newspaper); 日报道, 日报送, 日报告 are the day and a verb ("据…6月17日报道").
 */
const DAY_END = '(?![本元志语常均益期内间子记])(?!报(?![道送告称名案警]))';
/** A day alone is a date only as N日 (2号 is more often a number: "2号机器人"), and not "3日后" (a span). */
const LONE_DAY = '(\\d{1,2})\\s*日(?![本元志语常均益期内间子记前后])(?!报(?![道送告称名案警]))';
/** Words before a number of days that make it a quantity (至少留存30日, 为期15日, 长达20日). */
const DURATION_BEFORE = '(?<!(?:至少|留存|保存|保留|为期|长达|超过|不少于|不超过|不低于|持续|历时|耗时|期限)\\s*)';
const WEEKDAY_WORD = '(?:周|星期|礼拜)[一二三四五六日天]';
/**
 * The weekday that often follows a date, "12月20日（星期二）", "1月7日周六": it only restates the
 * date, so the date's match claims it (no separate 周二 fact) but the reported span is the date.
 */
const WEEKDAY_AFTER = `(\\s*(?:[（(]\\s*${WEEKDAY_WORD}\\s*[)）]|${WEEKDAY_WORD}))?`;
/**
 * Not the tail of a longer number, version or time ("3.11月", "17:11月"); a colon counts only after
 * a digit, so a labelled field ("时间：11月25日", "日期：3月2日") still gives its date.
 */
const NO_DIGIT_BEFORE = '(?<![\\d.\\-/])(?<!\\d\\s*[:：])';
const WEEKDAY = '(?:周|星期|礼拜)([一二三四五六日天])';
const RELATIVE_YEARS: Readonly<Record<string, number>> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };

/** Relative words that an explicit date may restate: 本周三, 上周四, 昨天, 一周前, 三天前. */
const RELATIVE_WORDS =
  `(?:(?:上个?|本|这|下个?)?${WEEKDAY_WORD}|前天|昨天|昨日|今天|(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*个?(?:天|日|周|星期|月|年)前)`;
/** The explicit date of a restatement: [year] month day (groups: year, month, day). */
const RESTATED_DATE = `(?:${YEAR}\\s*)?${MONTH}\\s*${DAY}`;

function month(raw: string): number {
  const n = parseSmallNumber(raw);
  return n >= 1 && n <= 12 ? n : NaN;
}

/** The Chinese parsers, year-month-day first down to a lone day, then relative words. */
export const zhDateParsers: readonly DateParser[] = [
  {
    name: 'zh-year-month-day',
    pattern: new RegExp(`${NO_DIGIT_BEFORE}${YEAR}\\s*(\\d{1,2})\\s*月\\s*${DAY}${DAY_END}${WEEKDAY_AFTER}`, 'g'),
    build: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isValidDate(y, mo, d) ? { ...withoutWeekday(m, m[4]), resolve: () => fixedDate(y, mo, d) } : null;
    },
  },
  {
    name: 'zh-year-month',
    pattern: new RegExp(`${NO_DIGIT_BEFORE}${YEAR}\\s*${MONTH}`, 'g'),
    build: (m) => {
      const [y, mo] = [Number(m[1]), month(m[2])];
      return Number.isNaN(mo) ? null : { resolve: () => fixedDate(y, mo) };
    },
  },
  {
    name: 'zh-year',
    // 2017年; not the opening year of a title in 《…》 (《2022年隐私立法修正案》 is a law's name), not 90年代
    pattern: new RegExp(`(?<![\\d.\\-/:：《])${YEAR}(?![代度]|\\d)`, 'g'),
    build: (m) => {
      const y = Number(m[1]);
      return { resolve: () => fixedDate(y) };
    },
  },
  {
    name: 'zh-relative-year-month-day',
    // 去年11月, 今年6月, 今年1月5日
    pattern: new RegExp(`(前年|去年|今年|明年)\\s*${MONTH}(?:\\s*${DAY}${DAY_END})?`, 'g'),
    build: (m) => {
      const mo = month(m[2]);
      if (Number.isNaN(mo)) return null;
      return { resolve: yearsFromAnchor(RELATIVE_YEARS[m[1]], mo, m[3] ? Number(m[3]) : null) };
    },
  },
  {
    name: 'zh-month-day',
    pattern: new RegExp(`${NO_DIGIT_BEFORE}(?<![年个几每数多])${MONTH}\\s*${DAY}${DAY_END}${WEEKDAY_AFTER}`, 'g'),
    build: (m) => {
      const [mo, d] = [month(m[1]), Number(m[2])];
      if (Number.isNaN(mo) || !isValidDate(2000, mo, d)) return null;
      return { ...withoutWeekday(m, m[3]), resolve: monthDayWithoutYear(mo, d, zhClauseTense(m.input, m.index, m.index + m[0].length)) };
    },
  },
  {
    name: 'zh-month',
    // 11月, 10月份, 十二月份; not 3个月 (a duration) nor 每月
    pattern: new RegExp(`${NO_DIGIT_BEFORE}(?<![年个几每数多上下本这])${MONTH}`, 'g'),
    build: (m) => {
      const mo = month(m[1]);
      return Number.isNaN(mo) ? null : { resolve: monthDayWithoutYear(mo, null, zhClauseTense(m.input, m.index, m.index + m[0].length)) };
    },
  },
  {
    name: 'zh-day',
    // 12日, 27日晚, 周四（22日）: the month of the last date mentioned
    // "至少留存30日", "为期15日", "30日以上": a quantity of days is a duration, not the 30th.
    pattern: new RegExp(`${NO_DIGIT_BEFORE}(?<![第每近前后数几月])${DURATION_BEFORE}${LONE_DAY}(?!以上|以内|之内|左右)`, 'g'),
    build: (m) => {
      const d = Number(m[1]);
      return d >= 1 && d <= 31 ? { resolve: dayWithoutMonth(d) } : null;
    },
  },
  {
    name: 'zh-weekday-with-day',
    // 周四（22日）: the bracketed day says which day the weekday is; "22日" alone would read as
    // incomplete, so the span keeps the weekday.
    pattern: new RegExp(`(?<![每一两几个])(?:上个?|本|这|下个?)?${WEEKDAY_WORD}\\s*[（(]\\s*${DAY}\\s*[)）]`, 'g'),
    build: (m) => {
      const d = Number(m[1]);
      return d >= 1 && d <= 31 ? { resolve: dayWithoutMonth(d) } : null;
    },
  },
  {
    name: 'zh-relative-restated',
    // 本周三（3月1日）, 上周四（2月23日）, 一周前即3月22日, 三周前（3月3日）: a relative expression
    // restated by an explicit date. The explicit date is the fact (its own span and value); the
    // relative words are claimed so they do not become a second, vaguer fact of the same day.
    pattern: new RegExp(
      `(?<![每一两几个\\d])${RELATIVE_WORDS}\\s*(?:[（(]\\s*(${RESTATED_DATE})\\s*[)）]|[，,]?\\s*(?:即|也就是|亦即)\\s*(${RESTATED_DATE})${DAY_END})`,
      'g',
    ),
    build: (m) => {
      const date = m[1] ?? m[5];
      const [y, mo, d] = m[1] !== undefined ? [m[2], m[3], m[4]] : [m[6], m[7], m[8]];
      const monthNumber = month(mo);
      const day = Number(d);
      if (Number.isNaN(monthNumber)) return null;
      const offset = m[0].lastIndexOf(date);
      if (y !== undefined) {
        const year = Number(y);
        if (!isValidDate(year, monthNumber, day)) return null;
        return { offset, length: date.length, claimsMatch: true, resolve: () => fixedDate(year, monthNumber, day) };
      }
      if (!isValidDate(2000, monthNumber, day)) return null;
      return { offset, length: date.length, claimsMatch: true, resolve: monthDayWithoutYear(monthNumber, day) };
    },
  },
  {
    name: 'zh-relative-day',
    // "在数字化高速发展的今天", "直到今天", "今天的AfterShip": 今天 as "nowadays" is no date.
    pattern: /(前天|昨天|昨日|昨晚|(?<![的到至])今天(?!的)|今晨|明天)/g,
    build: (m) => {
      const days = m[1] === '前天' ? -2 : m[1].startsWith('昨') ? -1 : m[1] === '明天' ? 1 : 0;
      return { resolve: daysFromAnchor(days) };
    },
  },
  {
    name: 'zh-weekday',
    // 周三, 星期三, 上周五, 本周一, 下周一; not 每周一 (a schedule) nor 一周三次.
    // Opening hours "周一至周五" are a schedule, not a date.
    pattern: new RegExp(`(?<![每一两几个至到~～—-])(上个?|本|这|下个?)?${WEEKDAY}(?!\\s*[至到~～—-]\\s*(?:周|星期))`, 'g'),
    build: (m) => {
      const weekday = ZH_WEEKDAYS[m[2]];
      if (!m[1]) return { resolve: nearestWeekday(weekday) };
      const weeks = m[1].startsWith('上') ? -1 : m[1].startsWith('下') ? 1 : 0;
      return { resolve: weekdayOfWeek(weekday, weeks) };
    },
  },
  {
    name: 'zh-relative-period',
    // 上个月, 本月, 上周 (→ its month), 本周早些时候, 去年, 今年. A bare 本周 ("this week") is as often
    // the future as the past ("可能本周不会发布"), so only its "earlier" form counts.
    pattern: /(上个?月|本月|这个月|下个?月|上周(?![一二三四五六日天末])|(?:本周|这周)早些时候|前年|去年|今年|明年)/g,
    build: (m) => {
      const word = m[1];
      if (word in RELATIVE_YEARS) return { resolve: yearsFromAnchor(RELATIVE_YEARS[word]) };
      if (word.includes('周')) return { resolve: monthOfDaysFromAnchor(word.startsWith('上') ? -7 : 0) };
      const shift = word.startsWith('上') ? -1 : word.startsWith('下') ? 1 : 0;
      return { resolve: monthsFromAnchor(shift) };
    },
  },
  {
    name: 'zh-ago',
    // 两个月前, 一周前, 3天前, 三年前
    pattern: /(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个)?(天|日|周|星期|月|年)前(?![后夕])/g,
    build: (m) => {
      const n = parseSmallNumber(m[1]);
      if (!Number.isFinite(n) || n <= 0) return null;
      if (m[0].includes('个') ? m[2] !== '月' && m[2] !== '星期' : m[2] === '月') return null;
      if (m[2] === '天' || m[2] === '日') return { resolve: daysFromAnchor(-n) };
      if (m[2] === '周' || m[2] === '星期') return { resolve: monthOfDaysFromAnchor(-7 * n) };
      if (m[2] === '月') return { resolve: monthsFromAnchor(-n) };
      return { resolve: yearsFromAnchor(-n) };
    },
  },
];

/** Reports a date without the weekday that follows it ("12月20日（星期二）" → "12月20日"), still claiming it. */
function withoutWeekday(m: RegExpExecArray, weekday: string | undefined): { length?: number; claimsMatch?: boolean } {
  return weekday ? { length: m[0].length - weekday.length, claimsMatch: true } : {};
}
