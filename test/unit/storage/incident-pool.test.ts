import { describe, expect, test } from 'vitest';
import { pairVerdict, silverVictimNames } from '../../../scripts/incident-pool';

describe('held-out pool proxy (eval-incidents --pool)', () => {
  test('silver victim names: organisation forms that look like names, folded; pronouns and descriptions left out', () => {
    const facts = [
      { cat: 'organization', forms: ['Radisson Hotel Group'] },
      { cat: 'organization', forms: ['it'] },
      { cat: 'organization', forms: ['hotel group', 'The company'] },
      { cat: 'date', forms: ['October 2018'] },
    ];
    expect(silverVictimNames(facts)).toEqual(['radisson hotel']);
  });
  test.each([
    [['hancock health'], ['indiana based hancock health', 'kansas heart hospital'], 'agree'],
    [['barts'], ['barts health nhs trust'], 'agree'],
    [['hancock health'], ['hollywood presbyterian medical center'], 'disagree'],
    [[], ['atlanta'], 'unknown'],
  ])('%j ~ %j: %s', (a, b, verdict) => {
    expect(pairVerdict(a, b)).toBe(verdict);
  });
});
