// @vitest-environment happy-dom
/** What the library shows: key facts victims first, names in the UI language, chart layout, typed dates, reader-view text. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { estimateTextWidth, labelledSlots, labelStride, wrapLabel } from '../../../components/chart-layout';
import { keyFactsOf } from '../../../components/ClippingListItem';
import { parseTypedDate } from '../../../components/date-input';
import { factName, valueName } from '../../../components/fact-names';
import HighlightedText from '../../../components/HighlightedText';
import { languageName } from '../../../components/i18n';
import { toClippingFact } from '../../../storage/clipping';
import { makeClipping, makeDraft } from '../storage/clipping-fixtures';

afterEach(cleanup);

describe('keyFactsOf', () => {
  const text = 'The FBI, CISA and the NCSC said Harbourside Port and Acme Freight were hit; the booking portal was down, the ferry app was not affected. LockBit claimed it.';
  const clipping = makeClipping(
    makeDraft({ text }, [
      ['agency', 'FBI', 'Federal Bureau of Investigation'],
      ['agency', 'CISA', 'Cybersecurity and Infrastructure Security Agency'],
      ['agency', 'NCSC', 'National Cyber Security Centre'],
      ['organization', 'Harbourside Port'],
      ['organization', 'Acme Freight'],
      ['service', 'booking portal'],
      ['actor', 'LockBit'],
    ]),
  );
  test('victims first, then services, then agencies, then attackers; five at most', () => {
    expect(keyFactsOf(clipping).map((k) => `${k.category}:${k.value}`)).toEqual([
      'organization:Harbourside Port',
      'organization:Acme Freight',
      'service:booking portal',
      'agency:Federal Bureau of Investigation',
      'actor:LockBit',
    ]);
  });

  test('many services still leave room for an agency', () => {
    const many = 'Acme Port: booking portal, payroll, email, website and phones were down; the NCSC helps.';
    const row = makeClipping(
      makeDraft({ text: many }, [
        ['organization', 'Acme Port'],
        ['service', 'booking portal'],
        ['service', 'payroll'],
        ['service', 'email'],
        ['service', 'website'],
        ['agency', 'NCSC', 'National Cyber Security Centre'],
      ]),
    );
    expect(keyFactsOf(row).map((k) => k.category)).toEqual(['organization', 'service', 'service', 'service', 'agency']);
  });
  test('a row of agencies only still shows them', () => {
    const agencies = makeClipping(makeDraft({ text }, [['agency', 'FBI', 'Federal Bureau of Investigation']]));
    expect(keyFactsOf(agencies).map((k) => k.category)).toEqual(['agency']);
  });
  test('unaffected services come after affected ones', () => {
    const facts = [
      toClippingFact(text, { category: 'service', text: 'ferry app', start: text.indexOf('ferry app'), end: text.indexOf('ferry app') + 9, value: 'ferry app', attrs: { status: 'unaffected' } }),
      toClippingFact(text, { category: 'service', text: 'booking portal', start: text.indexOf('booking portal'), end: text.indexOf('booking portal') + 14, value: 'booking portal', attrs: { status: 'affected' } }),
    ];
    expect(keyFactsOf(makeClipping(makeDraft({ text, facts }))).map((k) => k.value)).toEqual(['booking portal', 'ferry app']);
  });
  test('a service named short after its full name is one chip, as in the popup', () => {
    const body = 'The customer billing portal went down. The billing portal stayed offline for two days.';
    const at = (s: string) => body.indexOf(s);
    const facts = [
      toClippingFact(body, { category: 'service', text: 'customer billing portal', start: at('customer billing portal'), end: at('customer billing portal') + 23, value: 'customer billing portal', attrs: { status: 'affected' } }),
      toClippingFact(body, { category: 'service', text: 'billing portal', start: at('The billing portal') + 4, end: at('The billing portal') + 18, value: 'billing portal', attrs: { status: 'affected' } }),
    ];
    expect(keyFactsOf(makeClipping(makeDraft({ text: body, facts }))).map((k) => k.value)).toEqual(['customer billing portal']);
  });
});

describe('names in the UI language', () => {
  test.each([
    { fact: { category: 'agency' as const, value: 'Federal Bureau of Investigation', id: 'agency:us-fbi' }, ui: 'zh' as const, shown: '美国联邦调查局', other: 'Federal Bureau of Investigation' },
    { fact: { category: 'agency' as const, value: 'Federal Bureau of Investigation', id: 'agency:us-fbi' }, ui: 'en' as const, shown: 'Federal Bureau of Investigation', other: '美国联邦调查局' },
    // A stored value without its id is found by its canonical name.
    { fact: { category: 'agency' as const, value: 'Australian Federal Police' }, ui: 'zh' as const, shown: '澳大利亚联邦警察', other: 'Australian Federal Police' },
    { fact: { category: 'organization' as const, value: 'Royal Mail', attrs: { zh: '皇家邮政' } }, ui: 'zh' as const, shown: '皇家邮政', other: 'Royal Mail' },
    { fact: { category: 'organization' as const, value: 'Harbourside Port' }, ui: 'zh' as const, shown: 'Harbourside Port', other: null },
    { fact: { category: 'agency' as const, value: 'Unknown Bureau' }, ui: 'zh' as const, shown: 'Unknown Bureau', other: null },
  ])('$fact.value in $ui → $shown', ({ fact, ui, shown, other }) => {
    expect(factName(fact, ui)).toEqual({ shown, other });
  });

  test('values of the charts and filters by category', () => {
    expect(valueName('agency', 'National Cyber Security Centre', 'zh').shown).toMatch(/国家网络安全中心/);
  });

  test.each([
    ['zh', 'en', 'Chinese'],
    ['en', 'zh', '英语'],
    ['zh', 'zh', '中文'],
  ] as const)('language %s named in the %s UI: %s', (tag, ui, name) => expect(languageName(tag, ui)).toBe(name));
});

describe('chart layout', () => {
  test('CJK text is wider than Latin text of the same length', () => {
    expect(estimateTextWidth('澳大利亚联邦警察', 12)).toBeGreaterThan(estimateTextWidth('Australi', 12));
  });

  test.each([
    { step: 80, label: 46, stride: 1 },
    { step: 30, label: 46, stride: 2 },
    { step: 10, label: 46, stride: 6 },
  ])('labels of $label px on slots $step px apart: every $stride', ({ step, label, stride }) => {
    const s = labelStride(step, label);
    expect(s).toBe(stride);
    // Labelled slots are at least a label and a gap apart: no two overlap.
    const slots = labelledSlots(40, s);
    for (let i = 1; i < slots.length; i++) expect((slots[i] - slots[i - 1]) * step).toBeGreaterThanOrEqual(label);
  });

  test.each([
    { text: 'FBI', width: 200, lines: ['FBI'] },
    { text: 'Australian Federal Police', width: 140, lines: ['Australian Federal', 'Police'] },
    { text: 'Office of the Australian Information Commissioner of the Commonwealth', width: 120, lines: 2 },
    { text: '英国国家网络安全中心国家犯罪局', width: 100, lines: 2 },
  ])('$text in $width px', ({ text, width, lines }) => {
    const wrapped = wrapLabel(text, width, 12);
    if (typeof lines === 'number') expect(wrapped).toHaveLength(lines);
    else expect(wrapped).toEqual(lines);
    for (const line of wrapped) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(width + 12);
  });
});

describe('typed dates', () => {
  test.each([
    ['2024-05-06', '2024-05-06'],
    ['2024/5/6', '2024-05-06'],
    ['2024.05.06', '2024-05-06'],
    ['2024年5月6日', '2024-05-06'],
    [' 2024 年 12 月 31 日 ', '2024-12-31'],
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['05/06/2024', null],
    ['yesterday', null],
  ])('%s → %s', (text, iso) => expect(parseTypedDate(text)).toBe(iso));
});

describe('the opened clipping reads like a reader view', () => {
  test('one paragraph per line; marks inside their paragraph, also across a line break', () => {
    const text = 'Acme Port was hit.\nThe NCSC helps.\n\nMore text.';
    const facts = [
      toClippingFact(text, { category: 'organization', text: 'Acme Port', start: 0, end: 9, value: 'Acme Port' }),
      toClippingFact(text, { category: 'agency', text: 'hit.\nThe NCSC', start: 14, end: 27, value: 'x' }),
    ];
    render(<HighlightedText text={text} facts={facts} />);
    const paragraphs = [...document.querySelectorAll('.clipping-text p')];
    expect(paragraphs.map((p) => p.textContent)).toEqual(['Acme Port was hit.', 'The NCSC helps.', 'More text.']);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Acme Port', 'hit.', 'The NCSC']);
  });

  test('a passage is outlined in its paragraph, the marks inside it kept, a mark crossing its edge cut in two', () => {
    const text = 'Acme Port was hit on 4 March.\nThe NCSC helps Acme Port.';
    const facts = [
      toClippingFact(text, { category: 'organization', text: 'Acme Port', start: 0, end: 9, value: 'Acme Port' }),
      toClippingFact(text, { category: 'date', text: '4 March', start: 21, end: 28, value: '2024-03-04' }),
      toClippingFact(text, { category: 'agency', text: 'NCSC', start: 34, end: 38, value: 'x' }),
    ];
    render(<HighlightedText text={text} facts={facts} passage={{ start: 5, end: 29 }} />);
    const passage = document.querySelectorAll('.passage');
    expect(passage).toHaveLength(1);
    expect(passage[0].textContent).toBe('Port was hit on 4 March.');
    expect([...passage[0].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Port', '4 March']);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Acme ', 'Port', '4 March', 'NCSC']);
    expect(document.querySelector('.clipping-text p')?.textContent).toBe('Acme Port was hit on 4 March.');
  });
});
