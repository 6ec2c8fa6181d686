/**
 * Dates typed by hand in the library's filters, in either UI language: "2024-05-06",
 * "2024/5/6", "2024.5.6", "2024年5月6日". The browser's date input shows its own locale's
 * format (mm/dd/yyyy in a Chinese UI on an English system), so the library takes text instead.
 */

const DATE_FORMS = /^\s*(?<year>\d{4})\s*(?:[-/.]|年)\s*(?<month>\d{1,2})\s*(?:[-/.]|月)\s*(?<day>\d{1,2})\s*日?\s*$/;

/** The ISO date (YYYY-MM-DD) of a typed date, or null when it is not a real calendar date. */
export function parseTypedDate(text: string): string | null {
  const m = DATE_FORMS.exec(text);
  if (!m?.groups) return null;
  const year = Number(m.groups.year);
  const month = Number(m.groups.month);
  const day = Number(m.groups.day);
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
