import { expect } from 'vitest';
import type { ExtractContext } from '../../../../engine/facts/extractor';
import { organizationExtractor } from '../../../../engine/facts/organization-extractor';

/** The table-driven cases of the English victim-selection tests: invented sentences and the names they must (not) yield. */

const REF_DATE = new Date(Date.UTC(2024, 2, 1));

/** One case: an article's text (and headline), the organisation values that must and must not be reported. */
export interface VictimCase {
  name: string;
  text: string;
  title?: string;
  /** Values that must be reported. */
  victims: string[];
  /** Values that must not be reported. */
  not: string[];
}

/** The organisation facts reported for an English text, one per mention. */
function reportedFacts(text: string, title: string | null) {
  const ctx: ExtractContext = { text, title, lang: 'en', published: '2024-03-01', refDate: REF_DATE, excluded: [] };
  return organizationExtractor.extract(ctx);
}

/** The distinct values the organisation extractor reports for an English text. */
export function reportedOrganizations(text: string, title: string | null = null): string[] {
  return [...new Set(reportedFacts(text, title).map((f) => f.value))];
}

/** The texts of the organisation facts reported for an English text: every mention of a victim group. */
export function reportedMentions(text: string, title: string | null = null): string[] {
  return reportedFacts(text, title).map((f) => f.text);
}

/** Asserts one case: every victim reported, none of `not`. */
export function expectVictims({ text, title, victims, not }: VictimCase): void {
  const values = reportedOrganizations(text, title ?? null);
  for (const v of victims) expect(values).toContain(v);
  for (const v of not) expect(values).not.toContain(v);
}
