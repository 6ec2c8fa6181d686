import { describe, expect, test } from 'vitest';
import { createReanalysisGate, editBetween, isMaterialChange, rebaseFacts } from '../../../entrypoints/incident-lens.content/article-change';

const ARTICLE =
  'Northbridge City Council said on Wednesday that a ransomware attack had forced its payment portal offline since May 13. ' +
  'Residents queueing at the council office: 9. The Akira gang listed the council on its leak site and claims 40 GB of data. ' +
  'The council reported the incident to the Information Commissioner and works with the National Cyber Security Centre.';

describe('isMaterialChange', () => {
  test.each([
    ['a counter ticking from 9 to 10', ARTICLE.replace(': 9.', ': 10.')],
    ['every number changed at once', ARTICLE.replace(/\d+/g, (d) => String(Number(d) * 7 + 1))],
    ['one word edited', ARTICLE.replace('Wednesday', 'Thursday')],
  ])('%s is not material', (_, next) => {
    expect(isMaterialChange(ARTICLE, next)).toBe(false);
  });

  test.each([
    ['a paragraph added', `${ARTICLE} The attackers exploited a flaw in the VPN appliance before moving to the payment servers.`],
    ['another article', ARTICLE.split('').reverse().join('')],
    ['text filled in late', ARTICLE],
  ])('%s is material', (_, next) => {
    expect(isMaterialChange(_ === 'text filled in late' ? 'Loading…' : ARTICLE, next)).toBe(true);
  });

  test('the same text is not a change', () => {
    expect(isMaterialChange(ARTICLE, ARTICLE)).toBe(false);
  });
});

describe('rebaseFacts', () => {
  const fact = (text: string, from = 0) => {
    const start = ARTICLE.indexOf(text, from);
    return { start, end: start + text.length, text };
  };
  const facts = [fact('Northbridge City Council'), fact('May 13'), fact('9'), fact('Akira'), fact('National Cyber Security Centre')];

  test('facts before a change stay, facts after it shift, a fact inside it is dropped', () => {
    const next = ARTICLE.replace(': 9.', ': 10.');
    const moved = rebaseFacts(facts, ARTICLE, next);
    expect(moved.map((f) => f.text)).toEqual(['Northbridge City Council', 'May 13', 'Akira', 'National Cyber Security Centre']);
    for (const f of moved) expect(next.slice(f.start, f.end)).toBe(f.text);
  });

  test('the same text keeps every fact', () => {
    expect(rebaseFacts(facts, ARTICLE, ARTICLE)).toEqual(facts);
  });

  test('editBetween finds the one changed region', () => {
    expect(editBetween('abc123xyz', 'abc45xyz')).toEqual({ start: 3, previousEnd: 6, nextEnd: 5 });
    expect(editBetween('aaa', 'aaaa')).toEqual({ start: 3, previousEnd: 3, nextEnd: 4 });
  });
});

describe('createReanalysisGate', () => {
  test('repeated analyses of one address wait twice as long each time, up to the maximum; a new address resets', () => {
    let now = 0;
    const gate = createReanalysisGate(() => now, 1_000, 4_000);
    gate.analysed(false);
    expect(gate.wait()).toBe(1_000);
    now = 1_000;
    expect(gate.wait()).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      gate.analysed(true);
      waits.push(gate.wait());
      now += gate.wait();
    }
    expect(waits).toEqual([2_000, 4_000, 4_000, 4_000]);
    gate.analysed(false);
    expect(gate.wait()).toBe(1_000);
  });
});
