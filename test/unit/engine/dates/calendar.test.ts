import { describe, expect, test } from 'vitest';
import { addDays, formatIso, inferYear, isoWeekday, isValidDate } from '../../../../engine/dates/calendar';

const ref = { year: 2023, month: 1, day: 14 };

describe('inferYear', () => {
  test.each([
    { month: 1, day: 12, expected: 2023, why: 'two days before the reference' },
    { month: 12, day: 29, expected: 2022, why: 'last December is closer than next' },
    { month: 11, day: null, expected: 2022, why: 'a month ten months ahead is not a candidate' },
    { month: 3, day: 1, expected: 2023, why: 'up to about two months ahead is allowed' },
    { month: 6, day: 1, expected: 2022, why: 'five months ahead is too far: the past is preferred' },
  ])('$month/$day → $expected ($why)', ({ month, day, expected }) => {
    expect(inferYear(month, day, ref)).toBe(expected);
  });

  test('February 29 goes to the leap year', () => {
    expect(inferYear(2, 29, { year: 2024, month: 3, day: 10 })).toBe(2024);
    expect(inferYear(2, 29, { year: 2025, month: 3, day: 10 })).toBe(2024);
  });
});

describe('calendar helpers', () => {
  test.each([
    { date: { year: 2023, month: 1, day: 11 }, weekday: 2 },
    { date: { year: 2023, month: 1, day: 15 }, weekday: 6 },
    { date: { year: 2018, month: 7, day: 23 }, weekday: 0 },
  ])('isoWeekday($date) = $weekday (Monday = 0)', ({ date, weekday }) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  test('addDays crosses month and year ends', () => {
    expect(addDays({ year: 2023, month: 1, day: 1 }, -1)).toEqual({ year: 2022, month: 12, day: 31 });
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  test.each([
    [2023, 2, 29, false],
    [2024, 2, 29, true],
    [2023, 4, 31, false],
    [2023, 13, 1, false],
    [2023, 12, 31, true],
  ])('isValidDate(%i, %i, %i) = %s', (y, m, d, valid) => {
    expect(isValidDate(y, m, d)).toBe(valid);
  });

  test.each([
    { year: 2019, month: null, day: null, iso: '2019' },
    { year: 2022, month: 11, day: null, iso: '2022-11' },
    { year: 2023, month: 1, day: 5, iso: '2023-01-05' },
  ])('formatIso($year, $month, $day) = $iso', ({ year, month, day, iso }) => {
    expect(formatIso(year, month, day)).toBe(iso);
  });
});
