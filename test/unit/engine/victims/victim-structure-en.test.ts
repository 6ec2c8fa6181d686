import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../../../../engine/facts/extractor';
import { organizationExtractor } from '../../../../engine/facts/organization-extractor';

// English victim selection, sixth round (issue 11): classes of named victims missed on the silver set,
// each fixed by a rule of sentence structure and tested on sentences of our own. The names are invented.

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
    name: 'a word that only starts like a product head ("appears", "applied") makes no product of the name before it',
    text: 'Payday lender Quidlo appears to be the latest big-name brand to suffer a data breach. Quidlo applied new passwords to every account, and your Quidlo account should be safe.',
    victims: ['Quidlo'],
    not: [],
  },
  {
    name: 'a name before a real product head is still the product',
    text: 'Attackers breached the Quidlo app and the Quidlo app store listing was pulled.',
    victims: [],
    not: ['Quidlo'],
  },
];

describe('English victim selection: sentence structure, sixth round', () => {
  test.each(cases)('$name', ({ text, title, victims, not }) => {
    const values = reported(text, title ?? null);
    for (const v of victims) expect(values).toContain(v);
    for (const v of not) expect(values).not.toContain(v);
  });
});
