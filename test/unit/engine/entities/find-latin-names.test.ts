import { describe, expect, test } from 'vitest';
import { findLatinNames } from '../../../../engine/entities/find-latin-names';

function names(text: string, anyCase = false): string[] {
  return findLatinNames(text, { anyCase }).map((s) => text.slice(s.start, s.end));
}

describe('findLatinNames', () => {
  test.each([
    { text: 'Medical Director for the NHS Ayrshire & Arran said', expected: ['Medical Director', 'NHS Ayrshire & Arran'] },
    { text: 'Australian Health Insurer Medibank Suffers Breach Exposing Millions Of Customers', expected: [] },
    { text: 'victims included the Port of San Diego.', expected: ['Port of San Diego'] },
    { text: 'The attack on Yum! Brands and 3CX', expected: ['Yum! Brands', '3CX'] },
    { text: "SAS's statement", expected: ['SAS'] },
    { text: 'The Dish Anywhere app', expected: ['Dish Anywhere'] },
    { text: 'D.C. Health Link', expected: ['D.C. Health Link'] },
  ])('finds names in English: $text', ({ text, expected }) => {
    expect(names(text)).toEqual(expected);
  });

  test.each([
    { text: 'However, In January the Swedish hackers struck.', absent: ['However', 'In January', 'January', 'Swedish'] },
    { text: 'It was 9.4 million records.', absent: ['9.4', 'It'] },
  ])('skips sentence words, months, demonyms and numbers: $text', ({ text, absent }) => {
    for (const a of absent) expect(names(text)).not.toContain(a);
  });

  test('a number word is a name where the text also writes it alone after a lower-case word', () => {
    const text = 'Three said it was investigating. The mobile operator Three has 9 million customers.';
    expect(names(text)).toEqual(['Three', 'Three']);
    expect(names('Three, the operator, said that customers of Three saw bills.')).toEqual(['Three', 'Three']);
    expect(names('Three customers said the site was down. Two of them complained.')).toEqual([]);
    expect(names('The hackers stole data. Three days later, two more were hit.')).toEqual([]);
  });

  test('finds Latin names glued to Chinese text, any case', () => {
    const text = '美国运营商Dish Network遭遇攻击，包括Dish.com、bazan.co.il和iPhone。';
    expect(names(text, true)).toEqual(['Dish Network', 'Dish.com', 'bazan.co.il', 'iPhone']);
  });

  test('a number before a Chinese date or quantity word starts the next phrase', () => {
    expect(names('电信运营商Norvik 3月5日遭受攻击，Acme 2家子公司停工。', true)).toEqual(['Norvik', 'Acme']);
    expect(names('Windows 11 系统', true)).toEqual(['Windows 11']);
  });

  test('an ampersand joins the words of one name inside Chinese text', () => {
    expect(names('律师事务所Harlow Penn & Vance遭到攻击', true)).toEqual(['Harlow Penn & Vance']);
  });

  test('never takes Chinese characters into a name', () => {
    expect(names('DNV的ShipManager服务器', true)).toEqual(['DNV', 'ShipManager']);
  });
});
