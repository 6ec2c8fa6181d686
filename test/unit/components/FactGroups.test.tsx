// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import FactGroups, { groupFacts } from '../../../components/FactGroups';
import type { Fact } from '../../../engine/types';
import { toClippingFact } from '../../../storage/clipping';

afterEach(cleanup);

/** Every mention of `quote` in `text` as a fact. */
function mentions(text: string, category: Fact['category'], quote: string, value: string) {
  const out = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    out.push(toClippingFact(text, { category, text: quote, start: at, end: at + quote.length, value }));
  }
  return out;
}

const ZH = '皇家邮政称，皇家邮政的出口服务中断；英国国家网络安全中心正在调查。';
const EN = 'Royal Mail said the outage hit exports. The NCSC and the National Crime Agency are helping Royal Mail.';

describe.each([
  { lang: 'zh', text: ZH, repeated: ['organization', '皇家邮政', 'Royal Mail'], single: ['agency', '英国国家网络安全中心', 'National Cyber Security Centre'] },
  { lang: 'en', text: EN, repeated: ['organization', 'Royal Mail', 'Royal Mail'], single: ['agency', 'NCSC', 'National Cyber Security Centre'] },
] as const)('FactGroups ($lang)', ({ text, repeated, single }) => {
  const facts = [...mentions(text, repeated[0], repeated[1], repeated[2]), ...mentions(text, single[0], single[1], single[2])].sort((a, b) => a.start - b.start);

  test('one row per value, with the number of mentions, categories in UI order', () => {
    expect(groupFacts(facts).map((g) => [g.category, g.rows.map((r) => [r.value, r.mentions.length])])).toEqual([
      ['organization', [['Royal Mail', 2]]],
      ['agency', [['National Cyber Security Centre', 1]]],
    ]);
    render(<FactGroups facts={facts} onRemove={vi.fn()} onChangeCategory={vi.fn()} />);
    expect(screen.getByText('×2')).toBeTruthy();
    // The heading counts in the legend's words: one organisation, two mentions.
    expect(document.querySelector('[data-category="organization"] .count')!.textContent).toBe('1 · 2 mentions');
    expect(document.querySelector('[data-category="agency"] .count')!.textContent).toBe('1');
    // Compact rows: no category select until asked for.
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
  });

  test('each click on a fact reveals its next mention', () => {
    const onReveal = vi.fn();
    render(<FactGroups facts={facts} onReveal={onReveal} onRemove={vi.fn()} onChangeCategory={vi.fn()} />);
    const button = screen.getByRole('button', { name: repeated[1] });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(button);
    const starts = facts.filter((f) => f.category === 'organization').map((f) => f.start);
    expect(onReveal.mock.calls.map(([fact]) => fact.start)).toEqual([starts[0], starts[1], starts[0]]);
  });

  test('remove and recategorise hand over every mention of the value', () => {
    const onRemove = vi.fn();
    const onChangeCategory = vi.fn();
    render(<FactGroups facts={facts} onRemove={onRemove} onChangeCategory={onChangeCategory} />);
    fireEvent.click(screen.getByRole('button', { name: `Remove “${repeated[1]}”` }));
    expect(onRemove.mock.calls[0][0]).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: `Change the category of “${single[1]}”` }));
    fireEvent.change(screen.getByRole('combobox', { name: `Category of “${single[1]}”` }), { target: { value: 'organization' } });
    expect(onChangeCategory).toHaveBeenCalledWith([expect.objectContaining({ text: single[1] })], 'organization');
  });
});

test('no facts says so', () => {
  render(<FactGroups facts={[]} onRemove={vi.fn()} onChangeCategory={vi.fn()} />);
  expect(screen.getByText('No facts found.')).toBeTruthy();
});

describe('service status', () => {
  test.each([
    { status: 'affected', label: 'affected' },
    { status: 'unaffected', label: 'not affected' },
  ])('a service said to be $status is marked "$label"', ({ status, label }) => {
    const text = 'Parcelforce Worldwide services were checked.';
    const fact = toClippingFact(text, { category: 'service', text: 'Parcelforce Worldwide', start: 0, end: 21, value: 'Parcelforce Worldwide', attrs: { status } });
    render(<FactGroups facts={[fact]} onRemove={vi.fn()} onChangeCategory={vi.fn()} />);
    const badge = document.querySelector('.fact-status');
    expect(badge?.textContent).toBe(label);
    expect(badge?.getAttribute('data-status')).toBe(status);
    cleanup();
  });

  test('facts without a status show none', () => {
    const text = 'Royal Mail';
    render(<FactGroups facts={[toClippingFact(text, { category: 'organization', text, start: 0, end: 10, value: text })]} onRemove={vi.fn()} onChangeCategory={vi.fn()} />);
    expect(document.querySelector('.fact-status')).toBeNull();
  });
});

describe('groupFacts: a service named short after its full name', () => {
  const service = (text: string, quote: string, from = 0) => {
    const start = text.indexOf(quote, from);
    return toClippingFact(text, { category: 'service', text: quote, start, end: start + quote.length, value: quote });
  };

  test('joins the longer name’s row, in text order (en and zh)', () => {
    const text = 'The customer billing portal was down; the billing portal is back. 云数据库泄露，该数据库已关闭。Bybit Safe 钱包被盗，Safe 钱包已冻结。';
    const facts = [
      service(text, 'customer billing portal'),
      service(text, 'billing portal', text.indexOf('the billing')),
      service(text, '云数据库'),
      service(text, '数据库', text.indexOf('该数据库')),
      service(text, 'Bybit Safe 钱包'),
      service(text, 'Safe 钱包', text.indexOf('，Safe')),
    ];
    const rows = groupFacts(facts)[0].rows;
    expect(rows.map((r) => [r.value, r.mentions.map((m) => m.text)])).toEqual([
      ['customer billing portal', ['customer billing portal', 'billing portal']],
      ['云数据库', ['云数据库', '数据库']],
      ['Bybit Safe 钱包', ['Bybit Safe 钱包', 'Safe 钱包']],
    ]);
  });

  test('a short name ending two different services, or a word cut in half, keeps its own row', () => {
    const text = '云数据库和客户数据库泄露，数据库已关闭。The Safe app and the Unsafe app failed.';
    const facts = [service(text, '云数据库'), service(text, '客户数据库'), service(text, '数据库', text.indexOf('，数据库')), service(text, 'Safe app'), service(text, 'Unsafe app')];
    expect(groupFacts(facts)[0].rows.map((r) => r.value)).toEqual(['云数据库', '客户数据库', '数据库', 'Safe app', 'Unsafe app']);
  });

  test('other categories are not merged', () => {
    const text = 'Royal Mail Group said Royal Mail was hit.';
    const org = (quote: string, from: number) => {
      const start = text.indexOf(quote, from);
      return toClippingFact(text, { category: 'organization', text: quote, start, end: start + quote.length, value: quote });
    };
    expect(groupFacts([org('Royal Mail Group', 0), org('Royal Mail', 20)])[0].rows.map((r) => r.value)).toEqual(['Royal Mail Group', 'Royal Mail']);
  });
});

describe('FactGroups: merged service rows', () => {
  test('show the full name even when the short one comes first; a different status keeps its row', () => {
    const text = 'The billing portal was down. The customer billing portal is back. The Acme app was not affected, but the mobile Acme app failed.';
    const at = (quote: string, status: 'affected' | 'unaffected', from = 0) => {
      const start = text.indexOf(quote, from);
      return toClippingFact(text, { category: 'service', text: quote, start, end: start + quote.length, value: quote, attrs: { status } });
    };
    const facts = [
      at('billing portal', 'affected'),
      at('customer billing portal', 'affected'),
      at('Acme app', 'unaffected'),
      at('mobile Acme app', 'affected'),
    ];
    render(<FactGroups facts={facts} onRemove={vi.fn()} onChangeCategory={vi.fn()} />);
    expect(screen.getAllByText(/portal|app/).map((el) => el.textContent)).toEqual(['customer billing portal', 'Acme app', 'mobile Acme app']);
    expect(screen.getByText('×2')).toBeTruthy();
  });
});
