import { describe, expect, test } from 'vitest';
import { dateExtractor } from '../../../engine/facts/date-extractor';
import type { ExtractContext } from '../../../engine/facts/extractor';
import type { Fact } from '../../../engine/types';
import { hasCorpus, readCorpusPage, readLabels, type LabelFact } from '../corpus';

const REF = new Date('2023-01-14T00:00:00Z');

function context(text: string, lang: string, overrides: Partial<ExtractContext> = {}): ExtractContext {
  return { text, lang, published: '2023-01-14', refDate: REF, excluded: [], ...overrides };
}

describe('dateExtractor', () => {
  test('今天 as "nowadays" is no date; 今天 as the day is', () => {
    const texts = (text: string) => dateExtractor.extract(context(text, 'zh')).map((f) => f.text);
    expect(texts('在数字化高速发展的今天，数据安全愈发重要。直到今天，这个标志仍在沿用，没有今天的成就。')).toEqual([]);
    expect(texts('今天上午，该银行的手机银行无法登录。')).toEqual(['今天']);
  });

  test('declares the date category', () => {
    expect(dateExtractor.categories).toEqual(['date']);
    expect(dateExtractor.name).toBe('date-extractor');
  });

  test.each([
    {
      lang: 'zh',
      text: '1月12日消息，皇家邮政的国际寄件服务中断，事件在昨天被发现，持续了24个小时。',
      facts: [
        { text: '1月12日', value: '2023-01-12' },
        { text: '昨天', value: '2023-01-11', attrs: { relative: 'true' } },
      ],
    },
    {
      lang: 'en',
      text: 'On January 12 the service failed; it was found yesterday and down for two days.',
      facts: [
        { text: 'January 12', value: '2023-01-12' },
        { text: 'yesterday', value: '2023-01-11', attrs: { relative: 'true' } },
      ],
    },
    { lang: 'en', text: 'Version 2.3 fixes CVE-2021-22048 for 2022 users within 48 hours.', facts: [] },
    { lang: 'zh', text: '该漏洞影响1.5亿用户，修复耗时两天，热线17:00前开放。', facts: [] },
  ])('$lang: $text', ({ lang, text, facts }) => {
    const found = dateExtractor.extract(context(text, lang));
    expect(found.map(({ text: t, value, attrs }) => ({ text: t, value, ...(attrs ? { attrs } : {}) }))).toEqual(facts);
    for (const fact of found) {
      expect(fact.category).toBe('date');
      expect(text.slice(fact.start, fact.end)).toBe(fact.text);
    }
  });

  test('skips excluded spans', () => {
    const text = '原文链接 2023年1月5日\n2023年1月10日系统中断';
    const facts = dateExtractor.extract(context(text, 'zh', { excluded: [{ start: 0, end: 14 }] }));
    expect(facts.map((f) => f.text)).toEqual(['2023年1月10日']);
  });

  test('without a publication date, relative dates follow the story, not the clock', () => {
    const text = 'In September 2004 the worm spread; last year was quieter.';
    const facts = dateExtractor.extract(context(text, 'en', { published: null, refDate: new Date('2026-11-29T00:00:00Z') }));
    expect(facts.map((f) => `${f.text}=${f.value}`)).toEqual(['September 2004=2004-09', 'last year=2003']);
  });
});

// Corpus measurement: recall and precision of date facts per language (issue 3).
/** A fact matches a form when its text equals, contains or is contained in it. */
function matchesForm(text: string, form: string): boolean {
  return text === form || form.includes(text) || text.includes(form);
}

function matchesLabel(fact: Fact, label: LabelFact): boolean {
  return (label.value === undefined || label.value === fact.value) && label.forms.some((f) => matchesForm(fact.text, f));
}

/** Fixed "now" for undated pages, so the measurement does not depend on the clock. */
const NOW = new Date('2026-11-29T00:00:00Z');

describe.skipIf(!hasCorpus)('dateExtractor on the labelled corpus', () => {
  // A skipped describe still runs its body to collect tests: readLabels reads nothing when the corpus is absent.
  const labels = readLabels();

  function measure(lang: string) {
    let expected = 0;
    let found = 0;
    let reported = 0;
    let right = 0;
    const forbidden: string[] = [];
    for (const label of labels.filter((l) => l.lang === lang)) {
      const text = readCorpusPage(label)?.text ?? '';
      const facts = dateExtractor.extract({
        text,
        lang,
        published: label.published,
        refDate: label.published ? new Date(`${label.published}T00:00:00Z`) : NOW,
        excluded: [],
      });
      const dates = label.facts.filter((f) => f.cat === 'date');
      const ignored = (label.ignore ?? []).filter((f) => f.cat === 'date');
      const not = (label.not ?? []).filter((f) => f.cat === 'date');
      expected += dates.length;
      found += dates.filter((d) => facts.some((f) => matchesLabel(f, d))).length;
      reported += facts.length;
      right += facts.filter((f) => dates.some((d) => matchesLabel(f, d)) || ignored.some((d) => matchesLabel(f, d))).length;
      for (const f of facts) {
        if (not.some((n) => n.forms.some((form) => matchesForm(f.text, form)))) forbidden.push(`${label.id}: ${f.text}`);
      }
    }
    const recall = found / expected;
    const precision = right / reported;
    console.log(`date ${lang}: recall ${found}/${expected} = ${recall.toFixed(3)}, precision ${right}/${reported} = ${precision.toFixed(3)}`);
    return { recall, precision, forbidden };
  }

  test.each(['en', 'zh'])('%s: recall ≥ 0.90, precision ≥ 0.90, no forbidden string', (lang) => {
    const { recall, precision, forbidden } = measure(lang);
    expect(forbidden).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
