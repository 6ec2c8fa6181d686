import { describe, expect, test } from 'vitest';
import { findSpanIndex, splitClauses, splitSentences } from '../../../../engine/entities/split-sentences';

describe('splitSentences', () => {
  test.each([
    { text: 'The site was down. It is back!', expected: ['The site was down', 'It is back'] },
    { text: '服务中断。系统已恢复！\n下一行', expected: ['服务中断', '系统已恢复', '下一行'] },
    { text: 'Version 3.1 of Dish.com is up', expected: ['Version 3.1 of Dish.com is up'] },
    // A period before a lower-case word closes an abbreviation; before a capital it ends the sentence.
    { text: 'Acme Inc. revealed a breach. Acme Inc. The end.', expected: ['Acme Inc. revealed a breach', 'Acme Inc', 'The end'] },
  ])('$text', ({ text, expected }) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('splitClauses', () => {
  test.each([
    {
      text: 'Sling remains operational; however the call centres were affected',
      expected: ['Sling remains operational', 'the call centres were affected'],
    },
    { text: '邮件可能延误，但包裹服务并未中断', expected: ['邮件可能延误', '包裹服务并未中断'] },
    { text: 'The site was down', expected: ['The site was down'] },
  ])('$text', ({ text, expected }) => {
    expect(splitClauses(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('findSpanIndex', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 7, end: 10 },
  ];
  test.each([
    { offset: 0, expected: 0 },
    { offset: 4, expected: 0 },
    { offset: 5, expected: -1 },
    { offset: 9, expected: 1 },
    { offset: 10, expected: -1 },
  ])('offset $offset → $expected', ({ offset, expected }) => {
    expect(findSpanIndex(spans, offset)).toBe(expected);
  });
});
