/**
 * Excluded zones: reference, source, contact, copyright and share lines are zones; article
 * paragraphs never are. Our own lines in English and Chinese, span properties, the seed page (its
 * reference domain and contact email are in zones and are not indicators) and, on the corpus, no
 * labelled fact swallowed whole.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findExcludedZones } from '../../../engine/facts/find-excluded-zones';
import { findIndicators } from '../../../engine/facts/indicator-extractor';
import type { Span } from '../../../engine/types';
import { hasCorpus, readCorpusPage, readLabels } from '../corpus';

/** The text of each zone of `text`. */
const zoneTexts = (text: string): string[] => findExcludedZones(text).map((z) => text.slice(z.start, z.end));

const BODY = 'The hospital said its systems were restored on Monday.';
const BODY_ZH = '医院表示，系统已于周一恢复。';

describe('findExcludedZones: whole lines that are zones', () => {
  test.each([
    '参考资料：bleepingcomputer.com',
    '参考链接：https://example.org/report',
    '参考来源：路透社',
    '原文链接',
    '原文来源：安全内参',
    '文章来源：某某安全',
    '来源：每日经济新闻',
    '（来源：CNNVD）',
    '编译：代码卫士',
    '转载请注明出处',
    '本文作者：张三',
    '“投稿联系方式：孙中豪 010-82992251 sunzhonghao@cert.org.cn”',
    '联系方式：press@example.cn',
    '商务合作：bd@example.cn',
    '免责声明：本文仅代表作者观点',
    '声明：本文来自微信公众号',
    '微信扫一扫',
    '关注该公众号',
    '长按二维码关注我们',
    '点击“阅读原文”查看全文',
    '往期推荐',
    '推荐阅读',
    '京ICP备15039648号-15',
    'Source: Reuters',
    'Sources: BBC, CNN',
    'References:',
    'Read more: https://example.com/story',
    'Related: Hospital hit by ransomware',
    'Contact: press@example.com',
    'Email us at tips@example.com',
    'Follow us on Twitter and LinkedIn',
    'Copyright © 2025 Example Media. All rights reserved.',
    'Share this article',
    'Subscribe to our newsletter',
    'SHARE',
    '- END -',
    '本文来源：某某公众号',
    'Image: Getty Images',
    'This article originally appeared on Example News.',
  ])('%s', (line) => {
    const text = `${BODY}\n${line}\n${BODY_ZH}`;
    expect(zoneTexts(text)).toEqual([line]);
  });
});

describe('findExcludedZones: article content is never a zone', () => {
  test.each([
    'The attackers stole the source code of the game and leaked it online.',
    'Sources told Reuters that the ransom demand was $5 million.',
    'According to the source, the breach began in March.',
    'Related incidents hit three other hospitals in the same week.',
    'Contacted by email, the company declined to comment.',
    'Copyright lawsuits against the AI firm were filed this year.',
    '据悉，此次泄露的数据来源于该公司的一台测试服务器。',
    '消息来源于一位不愿透露姓名的内部人士。',
    '该公司的联系方式在泄露数据中被公开。',
    '如果你想获得直播笔记或企业合作联系方式，请关注公众号。',
    '扫码送礼品实为窃取个人信息，警方提醒市民注意。',
    'ICP注销备案方法：登录工信部系统提交申请。',
    '参考官方补丁代码进行修复。',
    'The END of support for the old servers left them unpatched.',
    'Images of the ransom note were shared on Telegram.',
  ])('%s', (line) => {
    expect(zoneTexts(`${BODY}\n${line}\n${BODY_ZH}`)).toEqual([]);
  });
});

describe('findExcludedZones: blocks and mid-line notes', () => {
  test('a reference header takes the reference lines after it, up to the next paragraph', () => {
    const text = [
      BODY,
      '参考资源',
      '1、https://www.example.com/news/ransomware-attack',
      '2、https://news.example.org/story/123',
      '纽约时报',
      '与此同时，该医院表示将继续与执法部门合作调查此次攻击事件，并通知受影响的患者。',
    ].join('\n');
    const zones = zoneTexts(text);
    expect(zones).toHaveLength(1);
    expect(zones[0]).toMatch(/^参考资源\n1、https:.*\n2、https:.*\n纽约时报$/u);
  });

  test('a read-next header takes the article titles after it', () => {
    const text = [BODY_ZH, '阅读推荐', '【安全圈】某漏洞 (CVE-2023-21746) 安全通告', '【安全圈】某医院遭勒索攻击', BODY_ZH.repeat(3)].join('\n');
    expect(zoneTexts(text)).toEqual(['阅读推荐\n【安全圈】某漏洞 (CVE-2023-21746) 安全通告\n【安全圈】某医院遭勒索攻击']);
  });

  test('an inline reference takes only link lines after it', () => {
    const text = `${BODY_ZH}\n参考资料：therecord.media\n该公司尚未回应。`;
    expect(zoneTexts(text)).toEqual(['参考资料：therecord.media']);
  });

  test('a contact note glued to the last sentence starts a zone mid-line', () => {
    const text = '如有需要，可与CNNVD联系。联系方式: vuln@example.gov.cn';
    expect(zoneTexts(text)).toEqual(['联系方式: vuln@example.gov.cn']);
  });

  test('a follow note after a question starts a zone mid-line', () => {
    const text = 'Found it useful? Follow us on Google News to read more.';
    expect(zoneTexts(text)).toEqual(['Follow us on Google News to read more.']);
  });

  test('spans are sorted, disjoint, inside the text, and never split a line at its end', () => {
    const line = fc.constantFrom(
      BODY, BODY_ZH, '参考资料：', 'bleepingcomputer.com', '原文来源：安全内参', '推荐阅读', '【标题】某事件', 'Source: BBC', '',
      'https://example.com/a', 'Follow us on X', '联系方式: a@b.cn', '关注我们', '1、https://x.org', '[',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.string()), { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const zones: Span[] = findExcludedZones(text);
        zones.forEach((z, i) => {
          expect(z.start).toBeGreaterThanOrEqual(0);
          expect(z.end).toBeLessThanOrEqual(text.length);
          expect(z.start).toBeLessThan(z.end);
          if (i > 0) expect(z.start).toBeGreaterThan(zones[i - 1].end);
          expect(z.end === text.length || text[z.end] === '\n').toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});

const SHARED = resolve(import.meta.dirname, '../../../../shared');
const SEED_PAGE = resolve(SHARED, 'seeds/wechat-royal-mail.html');
const SEED_LABEL = resolve(SHARED, 'corpus/labels-seed.jsonl');

describe.skipIf(!existsSync(SEED_PAGE) || !existsSync(SEED_LABEL))('seed page', () => {
  test('bleepingcomputer.com and the contact email are in zones and are not indicators', () => {
    const { url } = JSON.parse(readFileSync(SEED_LABEL, 'utf8').split('\n')[0]) as { url: string };
    const text = readCorpusPage({ file: SEED_PAGE, url })?.text ?? '';
    const zones = findExcludedZones(text);
    const inZone = (start: number, end: number) => zones.some((z) => z.start <= start && end <= z.end);
    for (const needle of ['bleepingcomputer.com', 'sunzhonghao@cert.org.cn']) {
      const at = text.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(inZone(at, at + needle.length)).toBe(true);
    }
    expect(findIndicators(text, zones)).toEqual([]);
    // The article itself is not swallowed: its first paragraph mentions 皇家邮政 outside any zone.
    const victim = text.indexOf('皇家邮政');
    expect(inZone(victim, victim + 4)).toBe(false);
  });
});

describe.skipIf(!hasCorpus)('corpus (../shared/corpus)', () => {
  test('no labelled fact lies wholly inside zones', () => {
    const swallowed: string[] = [];
    for (const label of readLabels()) {
      const text = readCorpusPage(label)?.text ?? '';
      const zones = findExcludedZones(text);
      for (const fact of label.facts) {
        const spans = fact.forms.flatMap((form) => [...text.matchAll(new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu'))].map((m) => ({ start: m.index, end: m.index + form.length })));
        if (spans.length > 0 && spans.every((s) => zones.some((z) => s.start < z.end && z.start < s.end))) {
          swallowed.push(`${label.id} ${fact.cat} ${fact.forms[0]}`);
        }
      }
    }
    expect(swallowed).toEqual([]);
  });
});
