import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../../../engine/facts/extractor';
import { serviceExtractor } from '../../../engine/facts/service-extractor';

const REF_DATE = new Date(Date.UTC(2023, 0, 14));

/** One English sentence and the services it should give (text and status), and phrases it must not. */
export interface EnglishServiceCase {
  name: string;
  text: string;
  expected: [string, 'affected' | 'unaffected'][];
  absent?: string[];
}

/** The service extractor's [text, status] pairs on `text`, each checked against its offsets. */
function services(text: string): [string, unknown][] {
  const ctx: ExtractContext = { text, lang: 'en', published: '2023-01-14', refDate: REF_DATE, excluded: [] };
  const facts = serviceExtractor.extract(ctx);
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.text);
  return facts.map((f) => [f.text, f.attrs?.status]);
}

/** Runs a table of English service cases as one describe block. */
export function describeEnglishServiceCases(title: string, cases: readonly EnglishServiceCase[]): void {
  describe(title, () => {
    test.each(cases)('$name', ({ text, expected, absent = [] }) => {
      const found = services(text);
      expect(found).toEqual(expected);
      for (const phrase of absent) expect(found.map(([t]) => t)).not.toContain(phrase);
    });
  });
}
