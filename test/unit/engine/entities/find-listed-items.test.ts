import { describe, expect, test } from 'vitest';
import { findInlineLists, findLineListItems } from '../../../../engine/entities/find-listed-items';
import { findLatinNames } from '../../../../engine/entities/find-latin-names';

describe('findInlineLists', () => {
  test.each([
    { text: 'stations Relax FM, Comedy Radio, and Humor FM', expected: [['Relax FM', 'Comedy Radio', 'Humor FM']] },
    { text: 'Microsoft Teams、Outlook、Xbox 和其它服务', expected: [['Microsoft Teams', 'Outlook', 'Xbox']] },
    { text: 'Acme and Globex met in Paris', expected: [] },
    { text: 'Acme, Globex. Initech', expected: [] },
  ])('$text', ({ text, expected }) => {
    const names = findLatinNames(text, { anyCase: /\p{Script=Han}/u.test(text) });
    expect(findInlineLists(text, names).map((run) => run.map((s) => text.slice(s.start, s.end)))).toEqual(expected);
  });
});

describe('findLineListItems', () => {
  test.each([
    {
      text: 'Impacted:\nDish.com\nThe Dish Anywhere app\n\nLater prose.',
      expected: ['Dish.com', 'The Dish Anywhere app'],
    },
    {
      text: '包含以下产品：\nYandex Maps\nAlice (AI助手)\nYandex搜索引擎与索引机器人\n泄露文件的目录列表已经被研究人员共享到了公开的代码托管平台上，感兴趣的读者可以查看。',
      expected: ['Yandex Maps', 'Alice', 'Yandex搜索引擎', '索引机器人'],
    },
    {
      text: '清单包括:\nMicrosoft Teams、Exchange Online、Outlook和Microsoft Graph。',
      expected: ['Microsoft Teams', 'Exchange Online', 'Outlook', 'Microsoft Graph'],
    },
    { text: 'Impacted:\nThis line is ordinary prose that goes on far too long to be a list item at all.', expected: [] },
  ])('$expected', ({ text, expected }) => {
    const introEnd = text.indexOf('\n');
    expect(findLineListItems(text, introEnd).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});
