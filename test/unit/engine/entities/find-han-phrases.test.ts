import { describe, expect, test } from 'vitest';
import { findHanPhraseEndingAt, findHanPhrases } from '../../../../engine/entities/find-han-phrases';

const ORG_HEAD = /有限公司|公司|医院|邮政|实验室|中心/gu;
const SERVICE_HEAD = /服务器|服务|系统|网站|功能|APP|电视/gu;

function phrases(text: string, head: RegExp, options: Parameters<typeof findHanPhrases>[2]): string[] {
  return findHanPhrases(text, head, options).map((s) => text.slice(s.start, s.end));
}

describe('findHanPhrases', () => {
  test.each([
    { text: '据悉，多伦多病童医院遭到攻击', expected: ['多伦多病童医院'] },
    { text: '另外两个组织，人道主义对话中心没有回应', expected: ['人道主义对话中心'] },
    { text: '阿贡和劳伦斯利弗莫尔国家实验室', expected: ['劳伦斯利弗莫尔国家实验室'] },
    { text: '该公司表示', expected: [] },
    { text: '通报称，成都轨道交通集团有限公司', expected: ['成都轨道交通集团有限公司'] },
    { text: '此前，埃及电信公司', expected: ['埃及电信公司'] },
    { text: '受害企业之一深圳市云帆供应链管理有限公司', expected: ['深圳市云帆供应链管理有限公司'] },
  ])('organisation phrases: $text', ({ text, expected }) => {
    expect(phrases(text, ORG_HEAD, { maxLength: 18, emptyModifiers: new Set(['', '该']) })).toEqual(expected);
  });

  test.each([
    { text: '宣布暂停国际寄件服务', expected: ['国际寄件服务'] },
    { text: '访问了Elasticsearch 服务器', expected: ['Elasticsearch 服务器'] },
    { text: '皇家邮政的Track and Trace网站', expected: ['Track and Trace网站'] },
    { text: '船上的其他系统', expected: ['系统'] },
    { text: '欧盟议会的网站被迫关闭', expected: ['欧盟议会的网站'] },
    { text: '某连锁公司的收银系统', expected: ['收银系统'] },
    { text: '影响IT服务和系统', expected: ['IT服务', 'IT服务和系统'] },
    { text: '导致Dish电视和客户服务中断', expected: ['Dish电视', '客户服务'] },
    { text: '威马智行APP远程控制功能失效', expected: ['威马智行APP', '远程控制功能'] },
    { text: '导致即时通讯服务中断', expected: ['即时通讯服务'] },
    { text: '暂停以太坊钱包服务', expected: ['以太坊钱包服务'] },
  ])('service phrases: $text', ({ text, expected }) => {
    const found = phrases(text, SERVICE_HEAD, {
      maxLength: 12,
      keepPossessiveBelow: 5,
      joinCoordination: true,
      ownerHeads: ['公司'],
      splitInnerHeads: true,
      extraBoundaryWords: ['公司'],
    });
    expect(found).toEqual(expected);
  });
});

describe('findHanPhraseEndingAt', () => {
  test.each([
    { text: '英国邮件递送服务巨头皇家邮政（Royal Mail）', before: '（', expected: '皇家邮政' },
    { text: '瞄准了美国布鲁克海文 (BNL)', before: ' (', expected: '美国布鲁克海文' },
    { text: '了(BNL)', before: '(', expected: null },
  ])('$expected', ({ text, before, expected }) => {
    const span = findHanPhraseEndingAt(text, text.indexOf(before), 18);
    expect(span ? text.slice(span.start, span.end) : null).toBe(expected);
  });
});
