/**
 * The local screen (engine/classify/screen-incident.ts): "no" must always be the engine's verdict
 * too, since the content script then skips the worker. Own articles in both languages, generated
 * articles, and the corpus when it is there.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../engine/analyze-article';
import { couldBeIncident, headlineNamesIncident } from '../../../engine/classify/screen-incident';
import type { ArticleText } from '../../../engine/types';
import { hasCorpus, readCorpusPage, readLabels } from '../corpus';

const NOW = new Date('2026-01-01T00:00:00Z');

function article(title: string | null, paragraphs: string[]): ArticleText {
  return { title, text: paragraphs.join('\n'), site: null, published: '2025-12-01', declaredLang: null, url: null, canonicalUrl: null };
}

describe('couldBeIncident', () => {
  test.each([
    {
      name: 'en ransomware at a council',
      title: 'Council hit by ransomware attack, services down',
      body: ['Westbury Council said a ransomware attack encrypted its servers on Monday and online services remain offline.'],
      could: true,
    },
    {
      name: 'zh data breach',
      title: '某连锁酒店遭黑客入侵，数百万客户数据泄露',
      body: ['该酒店集团确认，黑客入侵了会员系统并窃取了客户姓名、手机号等数据，公司已报警。'],
      could: true,
    },
    {
      name: 'en patch advisory (near miss)',
      title: 'Vendor patches critical flaw in VPN appliance, urges customers to update',
      body: ['The vendor released a security update for a vulnerability that could let attackers run code. No exploitation has been seen, the advisory says.'],
      could: false,
    },
    {
      name: 'zh product launch (near miss)',
      title: '某安全厂商发布新一代防火墙产品',
      body: ['该公司在发布会上介绍了新产品的功能，称其可以帮助企业防范勒索软件等威胁。'],
      could: false,
    },
    {
      name: 'general news',
      title: 'City library extends weekend opening hours',
      body: ['Readers can now book seats online, the library said, and the reading room stays open until nine.'],
      could: false,
    },
  ])('$name → $could', ({ title, body, could }) => {
    const a = article(title, body);
    expect(couldBeIncident(a)).toBe(could);
    if (!could) expect(analyzeArticle(a, { now: NOW }).incident.isIncident).toBe(false);
  });

  test('answers for malformed input instead of throwing', () => {
    expect(typeof couldBeIncident({ title: null, text: '' })).toBe('boolean');
    expect(couldBeIncident({ title: 42, text: null } as unknown as ArticleText)).toBe(false);
  });

  test('"no" is the engine\'s verdict on generated articles', () => {
    const words = ['ransomware', 'hackers stole data', 'was hit by a cyberattack', 'outage', 'patch', 'vulnerability', 'advisory', '遭勒索软件攻击', '数据泄露', '漏洞', '补丁', 'Acme Corp', 'Emotet', 'LockBit', '国家网络安全中心', 'former employee', 'arrested', '敲诈', '草案', 'week in review', 'the company said', '。', '\n', ' '];
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.option(text, { nil: null }), text, (title, body) => {
        const a = article(title, [body]);
        return couldBeIncident(a) || !analyzeArticle(a, { now: NOW }).incident.isIncident;
      }),
      { numRuns: 300 },
    );
  });
});

describe('headlineNamesIncident (when the content script skips the screen)', () => {
  test.each([
    ['Council hit by ransomware attack, services down', true],
    ['某连锁酒店遭黑客入侵，数百万客户数据泄露', true],
    ['皇家邮政遭遇“网络事件”，国际寄件服务暂停', true],
    ['Hackers exploited a VPN flaw to breach the agency', true],
    ['Faulty update crashes check-in systems at airports', true],
    ['Dating app users blackmailed after messages stolen', true],
    // A near miss in the headline, or no incident kind at all: the screen runs.
    ['Vendor patches critical flaw in VPN appliance, urges customers to update', false],
    ['Ransomware report: attacks rose 20% in 2024', false],
    ['某安全厂商发布新一代防火墙产品', false],
    ['安全早报：某医院遭勒索攻击，门诊系统中断', false],
    ['Phishing attacks soar 300% in the first quarter', false],
    ['City library extends weekend opening hours', false],
    ['', false],
    [null, false],
  ])('%s → %s', (title, skip) => {
    expect(headlineNamesIncident(title)).toBe(skip);
  });

  test('answers for malformed input instead of throwing', () => {
    expect(headlineNamesIncident(42 as unknown as string)).toBe(false);
  });
});

describe.skipIf(!hasCorpus)('couldBeIncident on the corpus', () => {
  /** Every labelled page that reads as an article, with its label (read once for both tests). */
  let pages: { label: ReturnType<typeof readLabels>[number]; article: ArticleText }[] | null = null;
  const corpusArticles = () =>
    (pages ??= readLabels().flatMap((label) => {
      const article = readCorpusPage(label);
      return article ? [{ label, article }] : [];
    }));

  test('never says no to an article the engine calls an incident, and says no to most others', () => {
    let engineNo = 0;
    let screenNo = 0;
    const wrong: string[] = [];
    for (const { label, article } of corpusArticles()) {
      const verdict = analyzeArticle(article, { now: NOW }).incident.isIncident;
      const could = couldBeIncident(article);
      if (!verdict) engineNo++;
      if (!could) screenNo++;
      if (!could && verdict) wrong.push(label.id);
    }
    expect(wrong).toEqual([]);
    expect(engineNo).toBeGreaterThan(10);
    expect(screenNo / engineNo).toBeGreaterThan(0.8);
  });

  test('a headline that skips the screen never hides one of its "no"s, and most incidents have one', () => {
    let incidents = 0;
    let skipped = 0;
    const lost: string[] = [];
    for (const { label, article } of corpusArticles()) {
      const skip = headlineNamesIncident(article.title);
      if (label.label === 'incident') {
        incidents++;
        if (skip) skipped++;
      } else if (skip && !couldBeIncident(article)) {
        lost.push(label.id);
      }
    }
    expect(lost).toEqual([]);
    expect(skipped / incidents).toBeGreaterThan(0.8);
  });
});
