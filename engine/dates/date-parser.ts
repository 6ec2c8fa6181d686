/**
 * The date-parser model, after chrono: each locale has an ordered list of parsers; a parser is a
 * regular expression plus a function that turns one match into a `ParsedDate`. Resolution is
 * deferred: a parsed date carries a `resolve` function that is called in text order with what
 * precedes it (the anchor date, the last year and month mentioned), so relative expressions
 * ("yesterday", 上周五, 12日) resolve against the story's own dates, not only the publication date.
 */
import type { CalendarDate } from './calendar';

/** A date resolved to ISO precision: year, optionally month, optionally day. */
export interface ResolvedDate {
  year: number;
  month: number | null;
  day: number | null;
  /** True when the value depends on a reference (yesterday, 周三, 12日, last year…). */
  relative: boolean;
}

/** What precedes a mention in the text, for resolving it. */
export interface ResolveContext {
  /** The publication date (or the caller's now). */
  ref: CalendarDate;
  /**
   * Whether dates a little after `ref` are plausible. False when `ref` is only estimated as the
   * latest date an undated text names: then nothing in it lies later.
   */
  lookAhead: boolean;
  /**
   * Whether `ref` is the publication date, so that a month told in the past tense can be kept from
   * the months after it. False in the pass that only estimates an undated text's date.
   */
  refIsPublished: boolean;
  /** The nearest preceding explicit full date in the text, else `ref`. */
  anchor: CalendarDate;
  /** The nearest preceding resolved mention with a month, if any. */
  lastMonth: { year: number; month: number } | null;
  /** The nearest preceding resolved mention of any precision, if any. */
  lastYear: number | null;
  /**
   * The mention just before this one when only a range connector (至, 到, -, "and", "to", "/")
   * separates them, so "2022年8月至9月" gives 9月 the year 2022.
   */
  rangeStart: ResolvedDate | null;
}

/** One date expression found in the text, not yet resolved. */
export interface ParsedDate {
  start: number;
  end: number;
  /**
   * The text the match holds against other candidates, when wider than the reported span: in
   * "本周三（3月1日）" the date "3月1日" is reported, the restating weekday only claimed.
   */
  claimStart: number;
  claimEnd: number;
  /** Name of the parser that found it (for tests and debugging). */
  parser: string;
  resolve(ctx: ResolveContext): ResolvedDate | null;
}

/** What a parser's `build` returns for one match; offsets default to the whole match. */
export interface ParsedMatch {
  /** Offsets of the date words relative to the match start, when they are narrower than the match. */
  offset?: number;
  length?: number;
  /**
   * When the reported span is narrower than the match, whether the rest of the match is still
   * claimed, so no other candidate (the weekday of "12月20日（星期二）") is made from it.
   */
  claimsMatch?: boolean;
  resolve(ctx: ResolveContext): ResolvedDate | null;
}

/** One parser: a global regular expression and a builder for its matches. */
export interface DateParser {
  name: string;
  /** Must carry the `g` flag. Runs on the folded text (same length as the original). */
  pattern: RegExp;
  /** The parsed date for one match, or null to reject it (e.g. "2022 users"). */
  build(match: RegExpExecArray, text: string): ParsedMatch | null;
}

/** Runs parsers over `text` and returns every candidate, in parser order. */
export function runParsers(parsers: readonly DateParser[], text: string): ParsedDate[] {
  const found: ParsedDate[] = [];
  for (const parser of parsers) {
    parser.pattern.lastIndex = 0;
    for (const match of text.matchAll(parser.pattern)) {
      const built = parser.build(match as RegExpExecArray, text);
      if (!built) continue;
      const start = match.index + (built.offset ?? 0);
      const end = start + (built.length ?? match[0].length - (built.offset ?? 0));
      if (end <= start) continue;
      const claimsMatch = built.claimsMatch === true;
      found.push({
        start,
        end,
        claimStart: claimsMatch ? match.index : start,
        claimEnd: claimsMatch ? match.index + match[0].length : end,
        parser: parser.name,
        resolve: built.resolve,
      });
    }
  }
  return found;
}

/** An explicit date: fixed components, no reference needed. */
export function fixedDate(year: number, month: number | null = null, day: number | null = null): ResolvedDate {
  return { year, month, day, relative: false };
}
