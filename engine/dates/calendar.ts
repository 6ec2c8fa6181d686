/**
 * Calendar arithmetic on plain UTC day numbers. Dates in articles are calendar dates, never
 * instants, so everything here is timezone-free: a `CalendarDate` is year, month (1–12) and day.
 */

/** A calendar date (no time, no zone). */
export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar date. */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The calendar date of an instant, read in UTC (the engine's reference dates are UTC midnights). */
export function calendarDateOf(instant: Date): CalendarDate {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

/** `date` shifted by `days` (negative for the past). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Day of the week, Monday = 0 … Sunday = 6 (ISO order, as Chinese 周一…周日 count). */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (ISO index 3).
  return (((toDayNumber(date) + 3) % 7) + 7) % 7;
}

/** Whether year/month/day name a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** How far a date may lie after the reference and still be read as meant (news mostly reports the past). */
const MAX_DAYS_AHEAD = 62;
const MAX_MONTHS_AHEAD = 2;

/**
 * The year for a month (and day) given without one: the candidate closest to `ref`, where a date
 * more than about two months after `ref` is not a candidate (announcements look ahead only a little).
 * With `lookAhead` false nothing after `ref` is (when `ref` is the latest date the text names).
 */
export function inferYear(month: number, day: number | null, ref: CalendarDate, lookAhead = true): number {
  let best = ref.year;
  let bestDistance = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    let ahead: number;
    let distance: number;
    if (day === null) {
      ahead = year * 12 + month - (ref.year * 12 + ref.month);
      distance = Math.abs(ahead);
      if (ahead > (lookAhead ? MAX_MONTHS_AHEAD : 0)) continue;
    } else {
      if (!isValidDate(year, month, day)) continue;
      ahead = toDayNumber({ year, month, day }) - toDayNumber(ref);
      distance = Math.abs(ahead);
      if (ahead > (lookAhead ? MAX_DAYS_AHEAD : 0)) continue;
    }
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/** ISO form of a date of any precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatIso(year: number, month?: number | null, day?: number | null): string {
  const y = String(year).padStart(4, '0');
  if (month == null) return y;
  const m = String(month).padStart(2, '0');
  if (day == null) return `${y}-${m}`;
  return `${y}-${m}-${String(day).padStart(2, '0')}`;
}
