import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../../../../engine/facts/extractor';
import { organizationExtractor } from '../../../../engine/facts/organization-extractor';

// English victim selection, fifth round (issue 11): classes of organisations reported that are not
// victims (the topic named only in the headline, leakers, persons, products, places), each with
// sentences of our own. The names are invented.

const REF_DATE = new Date(Date.UTC(2024, 2, 1));

function reported(text: string, title: string | null = null): string[] {
  const ctx: ExtractContext = { text, title, lang: 'en', published: '2024-03-01', refDate: REF_DATE, excluded: [] };
  return [...new Set(organizationExtractor.extract(ctx).map((f) => f.value))];
}

interface Case {
  name: string;
  text: string;
  title?: string;
  /** Values that must be reported. */
  victims: string[];
  /** Values that must not be reported. */
  not: string[];
}

const cases: Case[] = [
  {
    name: 'a name only in the headline and the lead, with no evidence in the body, is the topic, not a victim',
    text: 'Quorvane and a lesson on the limits of attribution\nAnalysts have studied Quorvane for years, and the code of Quorvane tells us little about its author.',
    title: 'Quorvane and a lesson on the limits of attribution',
    victims: [],
    not: ['Quorvane'],
  },
  {
    name: 'the lead organisation that speaks about the incident stays a victim',
    text: 'Teddy maker under fire over breach\nThe questions swirl around Plushmark Toys, a company behind a line of talking animals. Plushmark Toys said it had informed its users.',
    victims: ['Plushmark Toys'],
    not: [],
  },
];

describe('English victim selection: classes of non-victims reported', () => {
  test.each(cases)('$name', ({ text, title, victims, not }) => {
    const values = reported(text, title ?? null);
    for (const v of victims) expect(values).toContain(v);
    for (const v of not) expect(values).not.toContain(v);
  });
});
