/**
 * Resolvers shared by the English and Chinese parsers: the same relative expressions exist in both
 * languages (yesterday/昨天, last Friday/上周五, last month/上个月), only the words differ.
 */
import { addDays, inferYear, isoWeekday, isValidDate, type CalendarDate } from './calendar';
import type { ResolveContext, ResolvedDate } from './date-parser';

function dayOf(date: CalendarDate, relative = true): ResolvedDate {
  return { year: date.year, month: date.month, day: date.day, relative };
}

/** The anchor shifted by `days`: today (0), yesterday (-1), 前天 (-2), tomorrow (1). */
export function daysFromAnchor(days: number) {
  return (ctx: ResolveContext): ResolvedDate => dayOf(addDays(ctx.anchor, days));
}

/**
 * A weekday named without a week: the most recent such day on or before the anchor (news is told
 * in the past tense). `direction` 'past' excludes the anchor day itself ("last Friday"),
 * 'future' looks forward ("next Monday").
 */
export function nearestWeekday(weekday: number, direction: 'onOrBefore' | 'past' | 'future' = 'onOrBefore') {
  return (ctx: ResolveContext): ResolvedDate => {
    const current = isoWeekday(ctx.anchor);
    if (direction === 'future') {
      const ahead = (weekday - current + 7) % 7 || 7;
      return dayOf(addDays(ctx.anchor, ahead));
    }
    let back = (current - weekday + 7) % 7;
    if (back === 0 && direction === 'past') back = 7;
    return dayOf(addDays(ctx.anchor, -back));
  };
}

/** A weekday in a Monday-based calendar week relative to the anchor's: 上周五 (-1), 本周一 (0), 下周一 (1). */
export function weekdayOfWeek(weekday: number, weeks: number) {
  return (ctx: ResolveContext): ResolvedDate => {
    const monday = addDays(ctx.anchor, -isoWeekday(ctx.anchor));
    return dayOf(addDays(monday, weeks * 7 + weekday));
  };
}

/** The month of a day `days` from the anchor: "last week" (-7) is only known to its month. */
export function monthOfDaysFromAnchor(days: number) {
  return (ctx: ResolveContext): ResolvedDate => {
    const d = addDays(ctx.anchor, days);
    return { year: d.year, month: d.month, day: null, relative: true };
  };
}

/** The anchor's month shifted by `months`: last month (-1), this month (0). */
export function monthsFromAnchor(months: number) {
  return (ctx: ResolveContext): ResolvedDate => {
    const index = ctx.anchor.year * 12 + (ctx.anchor.month - 1) + months;
    return { year: Math.floor(index / 12), month: (index % 12) + 1, day: null, relative: true };
  };
}

/** The anchor's year shifted by `years`, optionally with a month: last year (-1), 今年6月 (0, 6). */
export function yearsFromAnchor(years: number, month: number | null = null, day: number | null = null) {
  return (ctx: ResolveContext): ResolvedDate | null => {
    const year = ctx.anchor.year + years;
    if (day !== null && month !== null && !isValidDate(year, month, day)) return null;
    return { year, month, day, relative: true };
  };
}

/** A year relative to the last year mentioned: "the following year" (+1), "the previous year" (-1). */
export function yearsFromLastMentioned(years: number) {
  return (ctx: ResolveContext): ResolvedDate | null =>
    ctx.lastYear === null ? null : { year: ctx.lastYear + years, month: null, day: null, relative: true };
}

/** The tense of the clause a date is told in, when the words show it. */
export type ClauseTense = 'past' | 'future' | null;

/**
 * A month (and day) written without a year: the year of the range it continues ("8月至9月"),
 * else the year that puts it closest to the publication date, corrected by the clause's tense:
 * told in the past ("a paper released in March", read in January) not more than a month after
 * publication, told in the future ("takes effect on May 25", read in June) not before it.
 */
export function monthDayWithoutYear(month: number, day: number | null, tense: ClauseTense = null) {
  return (ctx: ResolveContext): ResolvedDate | null => {
    let year = ctx.rangeStart?.year ?? inferYear(month, day, ctx.ref, ctx.lookAhead);
    if (ctx.refIsPublished && !ctx.rangeStart) {
      const monthsAhead = year * 12 + month - (ctx.ref.year * 12 + ctx.ref.month);
      // A month told in the past tense more than a month after publication is last year's; within a
      // month it is more likely the page's date that lags (a story updated, a wire date).
      if (tense === 'past' && monthsAhead > PAST_MONTHS_AHEAD) year -= 1;
      // A date told in the future tense ("takes effect on May 25") is not months before publication
      // (a "will" in a side clause does not move a date of this month or the last).
      else if (tense === 'future' && monthsAhead < -FUTURE_MONTHS_BEHIND) year += 1;
    }
    if (day !== null && !isValidDate(year, month, day)) return null;
    return { year, month, day, relative: false };
  };
}

const DAY_ONLY_MAX_DAYS_AHEAD = 7;

/** How many months after publication a month told in the past tense may still lie (see monthDayWithoutYear). */
const PAST_MONTHS_AHEAD = 1;

/** How many months before publication a date told in the future tense may still lie (see monthDayWithoutYear). */
const FUTURE_MONTHS_BEHIND = 1;

/**
 * A day of the month alone (12日, 27日晚): in the month last mentioned, else in the anchor's month,
 * or the month before when that day is more than a week ahead (27日 read on the 14th is last
 * month's; 22日 read on the 20th is this week's).
 */
export function dayWithoutMonth(day: number) {
  return (ctx: ResolveContext): ResolvedDate | null => {
    let { year, month } = ctx.lastMonth ?? ctx.anchor;
    if (!ctx.lastMonth && day > ctx.anchor.day + DAY_ONLY_MAX_DAYS_AHEAD) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    if (!isValidDate(year, month, day)) return null;
    return { year, month, day, relative: true };
  };
}
