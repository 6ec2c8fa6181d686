import { describe, expect, test } from 'vitest';
import type { Fact } from '../../../engine/types';
import { englishStrings } from '../../../entrypoints/incident-lens.content/content-strings';
import { describeFact } from '../../../entrypoints/incident-lens.content/describe-fact';

const fact = (f: Partial<Fact> & Pick<Fact, 'category' | 'text' | 'value'>): Fact => ({ start: 0, end: f.text.length, ...f });

describe('describeFact', () => {
  test.each([
    {
      name: 'agency in Chinese text: canonical names in both languages, kind, country by name, no id',
      fact: fact({ category: 'agency', text: '英国国家网络安全中心', value: 'National Cyber Security Centre', id: 'agency:gb-ncsc', attrs: { zh: '英国国家网络安全中心', country: 'GB', agencyKind: 'cyber' } }),
      title: 'Agency',
      lines: { value: 'National Cyber Security Centre', 'other-name': '英国国家网络安全中心', kind: 'Cyber security agency or CERT', country: 'United Kingdom' },
    },
    {
      name: 'EU body: region name; unknown kind left out',
      fact: fact({ category: 'agency', text: 'Europol', value: 'Europol', id: 'agency:eu-europol', attrs: { zh: '欧洲刑警组织', country: 'EU', agencyKind: 'made-up' } }),
      title: 'Agency',
      lines: { value: 'Europol', 'other-name': '欧洲刑警组织', country: 'European Union' },
    },
    {
      name: 'relative Chinese date resolves to ISO',
      fact: fact({ category: 'date', text: '昨天', value: '2023-01-11', attrs: { relative: 'true' } }),
      title: 'Date',
      lines: { value: '2023-01-11', relative: '昨天' },
    },
    {
      name: 'English date',
      fact: fact({ category: 'date', text: 'January 12', value: '2023-01-12' }),
      title: 'Date',
      lines: { value: '2023-01-12' },
    },
    {
      name: 'unaffected service',
      fact: fact({ category: 'service', text: 'Parcelforce Worldwide', value: 'Parcelforce Worldwide', attrs: { status: 'unaffected' } }),
      title: 'Service',
      lines: { value: 'Parcelforce Worldwide', status: 'not affected' },
    },
    {
      name: 'affected Chinese service',
      fact: fact({ category: 'service', text: '国际寄件服务', value: '国际寄件服务', attrs: { status: 'affected' } }),
      title: 'Service',
      lines: { value: '国际寄件服务', status: 'affected' },
    },
    {
      name: 'defanged indicator is shown refanged',
      fact: fact({ category: 'indicator', text: 'evil[.]example', value: 'evil.example', attrs: { type: 'domain' } }),
      title: 'Indicator',
      lines: { value: 'evil.example', type: 'domain' },
    },
    {
      name: 'CVE id',
      fact: fact({ category: 'vulnerability', text: 'cve-2023-4966', value: 'CVE-2023-4966', attrs: { scheme: 'cve' } }),
      title: 'Vulnerability',
      lines: { value: 'CVE-2023-4966' },
    },
  ])('$name', ({ fact: f, title, lines }) => {
    const card = describeFact(f, englishStrings);
    expect(card.title).toBe(title);
    expect(Object.fromEntries(card.lines.map((l) => [l.name, l.value]))).toEqual(lines);
  });

  test.each([
    { lang: 'en' as const, lines: { value: 'Australian Federal Police', 'other-name': '澳大利亚联邦警察', kind: 'Law enforcement', country: 'Australia' } },
    { lang: 'zh' as const, lines: { value: '澳大利亚联邦警察', 'other-name': 'Australian Federal Police', kind: 'Law enforcement', country: '澳大利亚' } },
  ])('the name in the UI language first, the other beside it ($lang)', ({ lang, lines }) => {
    const afp = fact({ category: 'agency', text: 'AFP', value: 'Australian Federal Police', id: 'agency:au-afp', attrs: { en: 'Australian Federal Police', zh: '澳大利亚联邦警察', country: 'AU', agencyKind: 'law-enforcement' } });
    const card = describeFact(afp, englishStrings, lang);
    expect(Object.fromEntries(card.lines.map((l) => [l.name, l.value]))).toEqual(lines);
  });

  test('no Chinese line when the Chinese name is the value; no status on non-services', () => {
    const card = describeFact(fact({ category: 'organization', text: '皇家邮政', value: 'Royal Mail', attrs: { status: 'affected' } }), englishStrings);
    expect(card.lines.map((l) => l.name)).toEqual(['value']);
  });
});
