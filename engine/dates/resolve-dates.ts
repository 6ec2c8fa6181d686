/**
 * Finds the date expressions of a text and resolves them to ISO values, in three steps:
 * parse (every locale's parsers; articles mix English and Chinese), keep the longest of
 * overlapping candidates, then resolve in text order so that a relative date ("昨天",
 * "last Tuesday", "12日") takes the nearest preceding explicit full date as its anchor.
 */
import { calendarDateOf, formatIso, fromDayNumber, toDayNumber, type CalendarDate } from './calendar';
import { runParsers, type DateParser, type ParsedDate, type ResolvedDate } from './date-parser';
import { enDateParsers } from './en-date-parsers';
import { zhDateParsers } from './zh-date-parsers';
import type { Span } from '../types';

/** All parsers, Chinese first: on equal spans the earlier parser wins, and Chinese forms are stricter. */
export const dateParsers: readonly DateParser[] = [...zhDateParsers, ...enDateParsers];

/** One date found in the text, resolved. */
export interface DateMention {
  /** Exactly `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** ISO: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** True when the value was resolved from a relative expression (yesterday, 周三, 12日…). */
  relative: boolean;
  /** The parser that found it. */
  parser: string;
}

/** Options of `resolveDates`. */
export interface ResolveDatesOptions {
  /** Reference for relative expressions when the text gives none: the publication date, else now. */
  refDate: Date;
  /**
   * Whether `refDate` is the publication date. When it is only "now", the latest explicit date
   * in the text that is not after it stands in for the publication date.
   */
  refIsPublished?: boolean;
  /** Spans to skip (reference and contact lines); dates there neither count nor anchor. */
  excluded?: readonly Span[];
}

/**
 * How many days before the reference an explicit date may lie and still anchor relative dates.
 * A story's own dateline ("1月12日消息", a byline date) sits within days of publication and
 * anchors "昨天"/"today"; an event date weeks earlier ("1月7日周六晚上" in a story published
 * 1月21日) does not make the reporter's later "今天" or "上周四" refer to its week. Three days
 * cover a story filed on Friday and published on Monday; an event date a week back ("revealed on
 * Oct 23" in a story of Oct 30) is not a dateline, and anchoring on it would put "on Monday" in
 * the wrong week.
 */
const ANCHOR_WINDOW_DAYS = 3;

/**
 * Right before a date that is a bound or a cut-off ("as of February 5", "since March 30", "until
 * May 2"), not the day the story tells: such a date anchors nothing.
 */
const BOUND_BEFORE = /(?<![A-Za-z])(?:as\s+of|since|until|till|through|before|after|by|from)\s+$/i;

/** Between a date and the weekday that names it only spaces or brackets: "1月7日 周六". */
const ADJACENT = /^[\s（(]*$/;

/** Between a range's two ends only a connector: "2022年8月至9月", "from 2015 to 2016". */
const RANGE_CONNECTOR = /^\s*(?:至|到|-|–|—|~|～|、|和|与|及|and|to|through|or|\/|,|，)\s*$/;

/**
 * Folds full-width digits and the ideographic space to ASCII. One UTF-16 unit each way, so the
 * folded text has the original's offsets.
 */
export function foldDateText(text: string): string {
  return text.replace(/[\uFF10-\uFF19\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48),
  );
}

/**
 * Keeps the longest candidate of each overlapping group (by the text each claims); on equal
 * length, the earlier parser's.
 */
function removeOverlaps(candidates: ParsedDate[]): ParsedDate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.claimEnd - b.c.claimStart - (a.c.claimEnd - a.c.claimStart) || a.order - b.order);
  const kept: ParsedDate[] = [];
  for (const { c } of ranked) {
    if (kept.every((k) => c.claimEnd <= k.claimStart || c.claimStart >= k.claimEnd)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isExcluded(span: Span, excluded: readonly Span[]): boolean {
  return excluded.some((x) => span.start < x.end && span.end > x.start);
}

/** Every date expression in `text`, resolved, in text order. */
export function resolveDates(text: string, options: ResolveDatesOptions): DateMention[] {
  const folded = foldDateText(text);
  const excluded = options.excluded ?? [];
  const candidates = removeOverlaps(runParsers(dateParsers, folded)).filter((c) => !isExcluded(c, excluded));
  const now = calendarDateOf(options.refDate);
  const first = resolveInOrder(text, folded, candidates, now, true, options.refIsPublished ?? true);
  if (options.refIsPublished ?? true) return first;
  const published = estimatePublication(first, now);
  return published ? resolveInOrder(text, folded, candidates, published, false, false) : first;
}

/** The latest explicit date of the text not after `now`, at its last day: the best guess of an undated story's date. */
function estimatePublication(mentions: readonly DateMention[], now: CalendarDate): CalendarDate | null {
  let latest: number | null = null;
  for (const m of mentions) {
    if (m.relative) continue;
    const [y, mo, d] = m.value.split('-').map(Number);
    const lastDay = d ? toDayNumber({ year: y, month: mo, day: d }) : toDayNumber({ year: mo ? y : y + 1, month: mo ? mo + 1 : 1, day: 1 }) - 1;
    if (lastDay <= toDayNumber(now) && (latest === null || lastDay > latest)) latest = lastDay;
  }
  return latest === null ? null : fromDayNumber(latest);
}

function resolveInOrder(
  text: string,
  folded: string,
  candidates: readonly ParsedDate[],
  ref: CalendarDate,
  lookAhead: boolean,
  refIsPublished: boolean,
): DateMention[] {
  const refDay = toDayNumber(ref);
  let anchor: CalendarDate = ref;
  let lastMonth: { year: number; month: number } | null = null;
  let lastYear: number | null = null;
  let previous: { end: number; date: ResolvedDate } | null = null;
  const mentions: DateMention[] = [];
  for (const candidate of candidates) {
    // What lies between two mentions is measured between the text they claim ("12月20日（星期二）至…").
    const between = previous ? folded.slice(previous.end, candidate.claimStart) : null;
    // Only a month continues a range ("8月至9月"); "in 2019, mid-March" is a list, not a range.
    const rangeStart =
      previous && between !== null && previous.date.month !== null && RANGE_CONNECTOR.test(between)
        ? previous.date
        : null;
    // A relative date right after a full date ("12月20日 星期二") names that date's day.
    const adjacentFull =
      previous && between !== null && ADJACENT.test(between) && previous.date.day !== null ? previous.date : null;
    const localAnchor = adjacentFull
      ? { year: adjacentFull.year, month: adjacentFull.month!, day: adjacentFull.day! }
      : anchor;
    const date = candidate.resolve({ ref, lookAhead, refIsPublished, anchor: localAnchor, lastMonth, lastYear, rangeStart });
    if (!date) continue;
    mentions.push({
      text: text.slice(candidate.start, candidate.end),
      start: candidate.start,
      end: candidate.end,
      value: formatIso(date.year, date.month, date.day),
      relative: date.relative,
      parser: candidate.parser,
    });
    if (date.day !== null && date.month !== null && !date.relative) {
      const full = { year: date.year, month: date.month, day: date.day };
      const before = refDay - toDayNumber(full);
      const bound = BOUND_BEFORE.test(folded.slice(Math.max(0, candidate.start - 12), candidate.start));
      if (before >= 0 && before <= ANCHOR_WINDOW_DAYS && !bound) anchor = full;
    }
    if (date.month !== null) lastMonth = { year: date.year, month: date.month };
    lastYear = date.year;
    previous = { end: candidate.claimEnd, date };
  }
  return mentions;
}
