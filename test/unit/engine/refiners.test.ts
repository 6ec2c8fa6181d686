import { describe, expect, test } from 'vitest';
import { dedupeFacts } from '../../../engine/facts/refiners/dedupe-facts';
import { dropExcludedFacts } from '../../../engine/facts/refiners/drop-excluded-facts';
import { isValidFact } from '../../../engine/facts/refiners/keep-valid-facts';
import { removeOverlaps } from '../../../engine/facts/refiners/remove-overlaps';
import { sortFacts } from '../../../engine/facts/refiners/sort-facts';
import type { Fact, FactCategory } from '../../../engine/types';

/** A fact for `needle` at its first occurrence in `text`. */
function factIn(text: string, needle: string, category: FactCategory, from = 0): Fact {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`${needle} not in text`);
  return { category, text: needle, start, end: start + needle.length, value: needle };
}

const EN = 'LockBit 3.0 hit the port; see CVE-2023-1234 and evil.example.com. Source: news.example.org';
const AGENCY_EN = "Latvia's Computer Emergency Readiness Team warned of phishing.";
const EN2 = 'Old Windows 2000 servers went down.';
const ZH = '英国国家网络安全中心（NCSC）称，皇家邮政于1月12日遭LockBit攻击。';
const EN3 = 'Since March 2022 outage reports piled up at the Acme portal.';
const ZH2 = '数据据称为前员工2022年7月从公司窃取，2015年网站暂停使用。';
const AGENCY_INSIDE_EN = 'Hackers targeted the Orrin Senate Democrats and the CIA’s Center for Cyber Intelligence; the Senate said so.';
const AGENCY_AFTER_EN = 'Hackers hit the Orrin Bank Central Bank and released IRS W-2 Forms of staff.';
const VICTIM_EN = 'Intruders broke into Vantor Orbit and Kelp Orbit Group, and the Orbit malware spread.';

/** An organisation fact chosen as a victim by its sentence role. */
function victimIn(text: string, needle: string): Fact {
  return { ...factIn(text, needle, 'organization'), attrs: { evidence: 'victim role: object of “broke into”' } };
}

describe('removeOverlaps', () => {
  test.each([
    {
      name: 'en: longer malware beats actor inside it',
      facts: [
        { fact: factIn(EN, 'LockBit', 'actor'), rank: 3 },
        { fact: factIn(EN, 'LockBit 3.0', 'malware'), rank: 4 },
      ],
      kept: ['malware:LockBit 3.0'],
    },
    {
      name: 'en: exact-syntax vulnerability beats a longer overlapping name',
      facts: [
        { fact: factIn(EN, 'see CVE-2023-1234', 'organization'), rank: 5 },
        { fact: factIn(EN, 'CVE-2023-1234', 'vulnerability'), rank: 0 },
      ],
      kept: ['vulnerability:CVE-2023-1234'],
    },
    {
      name: 'en: a gazetteer agency beats a longer open-ended organisation around it',
      facts: [
        { fact: factIn(AGENCY_EN, "Latvia's Computer Emergency Readiness Team", 'organization'), rank: 6 },
        { fact: factIn(AGENCY_EN, 'Computer Emergency Readiness Team', 'agency'), rank: 2 },
      ],
      kept: ['agency:Computer Emergency Readiness Team'],
    },
    {
      name: 'en: within a tier the longer span wins (service over date)',
      facts: [
        { fact: factIn(EN2, '2000', 'date'), rank: 5 },
        { fact: factIn(EN2, 'Windows 2000', 'service'), rank: 7 },
      ],
      kept: ['service:Windows 2000'],
    },
    {
      name: 'en: a date beats a longer service span that merely contains it',
      facts: [
        { fact: factIn(EN3, 'March 2022', 'date'), rank: 5 },
        { fact: factIn(EN3, 'March 2022 outage reports', 'service'), rank: 7 },
        { fact: factIn(EN3, 'Acme portal', 'service'), rank: 7 },
      ],
      kept: ['date:March 2022', 'service:Acme portal'],
    },
    {
      name: 'zh: dates beat organisation and service spans that run over them',
      facts: [
        { fact: factIn(ZH2, '2022年7月', 'date'), rank: 5 },
        { fact: factIn(ZH2, '前员工2022年7月从公司窃取', 'service'), rank: 7 },
        { fact: factIn(ZH2, '2015年', 'date'), rank: 5 },
        { fact: factIn(ZH2, '2015年网站', 'organization'), rank: 6 },
      ],
      kept: ['date:2022年7月', 'date:2015年'],
    },
    {
      name: 'zh: same span, registry order decides',
      facts: [
        { fact: factIn(ZH, '皇家邮政', 'organization'), rank: 5 },
        { fact: factIn(ZH, '皇家邮政', 'agency'), rank: 2 },
      ],
      kept: ['agency:皇家邮政'],
    },
    {
      name: 'zh: full agency name beats the alias inside it; disjoint facts all stay',
      facts: [
        { fact: factIn(ZH, '国家网络安全中心', 'organization'), rank: 5 },
        { fact: factIn(ZH, '英国国家网络安全中心', 'agency'), rank: 2 },
        { fact: factIn(ZH, 'NCSC', 'agency'), rank: 2 },
        { fact: factIn(ZH, '1月12日', 'date'), rank: 7 },
      ],
      kept: ['agency:英国国家网络安全中心', 'agency:NCSC', 'date:1月12日'],
    },
    {
      name: 'en: a victim by role whose name a malware alias covers only in part keeps its name',
      facts: [
        { fact: victimIn(VICTIM_EN, 'Vantor Orbit'), rank: 5 },
        { fact: factIn(VICTIM_EN, 'Orbit', 'malware'), rank: 4 },
        { fact: factIn(VICTIM_EN, 'Orbit', 'malware', VICTIM_EN.indexOf('the Orbit')), rank: 4 },
      ],
      kept: ['organization:Vantor Orbit', 'malware:Orbit'],
    },
    {
      name: 'en: not when the other words are a gang head, nor without a victim role',
      facts: [
        { fact: victimIn(VICTIM_EN, 'Kelp Orbit Group'), rank: 5 },
        { fact: factIn(VICTIM_EN, 'Orbit Group', 'actor'), rank: 3 },
        { fact: factIn(VICTIM_EN, 'Vantor Orbit', 'organization'), rank: 5 },
        { fact: factIn(VICTIM_EN, 'Orbit', 'malware'), rank: 4 },
      ],
      kept: ['malware:Orbit', 'actor:Orbit Group'],
    },
    {
      name: 'en: nor when an agency overlaps the name',
      facts: [
        { fact: victimIn(AGENCY_EN, "Latvia's Computer Emergency Readiness Team"), rank: 5 },
        { fact: factIn(AGENCY_EN, 'Computer Emergency Readiness Team', 'agency'), rank: 2 },
        { fact: factIn(AGENCY_EN, 'Latvia', 'actor'), rank: 3 },
      ],
      kept: ['actor:Latvia', 'agency:Computer Emergency Readiness Team'],
    },
    {
      name: 'en: a victim whose name holds an agency as a modifier, a capitalised word after it, keeps its name',
      facts: [
        { fact: victimIn(AGENCY_INSIDE_EN, 'Orrin Senate Democrats'), rank: 5 },
        { fact: factIn(AGENCY_INSIDE_EN, 'Senate', 'agency'), rank: 2 },
        { fact: victimIn(AGENCY_INSIDE_EN, 'CIA’s Center for Cyber Intelligence'), rank: 5 },
        { fact: factIn(AGENCY_INSIDE_EN, 'CIA', 'agency'), rank: 2 },
        { fact: factIn(AGENCY_INSIDE_EN, 'Senate', 'agency', AGENCY_INSIDE_EN.indexOf('the Senate')), rank: 2 },
      ],
      kept: ['organization:Orrin Senate Democrats', 'organization:CIA’s Center for Cyber Intelligence', 'agency:Senate'],
    },
    {
      name: 'en: not when another head or what the agency issues follows it',
      facts: [
        { fact: victimIn(AGENCY_AFTER_EN, 'Orrin Bank Central Bank'), rank: 5 },
        { fact: factIn(AGENCY_AFTER_EN, 'Orrin Bank', 'agency'), rank: 2 },
        { fact: victimIn(AGENCY_AFTER_EN, 'IRS W-2 Forms'), rank: 5 },
        { fact: factIn(AGENCY_AFTER_EN, 'IRS', 'agency'), rank: 2 },
      ],
      kept: ['agency:Orrin Bank', 'agency:IRS'],
    },
    {
      name: 'en: not without victim evidence',
      facts: [
        { fact: factIn(AGENCY_INSIDE_EN, 'Orrin Senate Democrats', 'organization'), rank: 5 },
        { fact: factIn(AGENCY_INSIDE_EN, 'Senate', 'agency'), rank: 2 },
      ],
      kept: ['agency:Senate'],
    },
    {
      name: 'en: nor when the name ends in the agency’s',
      facts: [
        { fact: victimIn(AGENCY_EN, "Latvia's Computer Emergency Readiness Team"), rank: 5 },
        { fact: factIn(AGENCY_EN, 'Computer Emergency Readiness Team', 'agency'), rank: 2 },
      ],
      kept: ['agency:Computer Emergency Readiness Team'],
    },
  ])('$name', ({ facts, kept }) => {
    const result = sortFacts(removeOverlaps(facts).map((r) => r.fact)).map((f) => `${f.category}:${f.text}`);
    expect(result).toEqual(kept);
  });

  test('touching spans do not overlap', () => {
    const text = 'AB';
    const a: Fact = { category: 'actor', text: 'A', start: 0, end: 1, value: 'A' };
    const b: Fact = { category: 'malware', text: 'B', start: 1, end: 2, value: 'B' };
    expect(removeOverlaps([{ fact: a, rank: 0 }, { fact: b, rank: 1 }])).toHaveLength(2);
    expect(text.slice(a.start, b.end)).toBe('AB');
  });
});

describe('dropExcludedFacts', () => {
  const sourceStart = EN.indexOf('Source:');
  const zone = { start: sourceStart, end: EN.length };
  test.each([
    { name: 'en: domain in the source line goes', fact: factIn(EN, 'news.example.org', 'indicator'), kept: false },
    { name: 'en: domain in the body stays', fact: factIn(EN, 'evil.example.com', 'indicator'), kept: true },
    { name: 'en: a fact straddling the zone start goes', fact: factIn(EN, 'com. Source', 'organization'), kept: false },
  ])('$name', ({ fact, kept }) => {
    expect(dropExcludedFacts([fact], [zone]).length === 1).toBe(kept);
  });

  test('zh: contact line excluded, body kept', () => {
    const text = '皇家邮政遭攻击。\n投稿邮箱：tips@example.cn';
    const facts = [factIn(text, '皇家邮政', 'organization'), factIn(text, 'tips@example.cn', 'indicator')];
    const contact = { start: text.indexOf('投稿'), end: text.length };
    expect(dropExcludedFacts(facts, [contact]).map((f) => f.text)).toEqual(['皇家邮政']);
    expect(dropExcludedFacts(facts, [])).toHaveLength(2);
  });
});

describe('dedupeFacts', () => {
  test('keeps the first of identical (category, span), not same text elsewhere', () => {
    const first = factIn(ZH, 'NCSC', 'agency');
    const again = { ...first, value: 'other' };
    const asOrg = { ...first, category: 'organization' as const };
    const result = dedupeFacts([{ fact: first }, { fact: again }, { fact: asOrg }]);
    expect(result.map((r) => r.fact)).toEqual([first, asOrg]);
  });
});

describe('sortFacts', () => {
  test('by start, then end', () => {
    const a = factIn(EN, 'LockBit', 'actor');
    const b = factIn(EN, 'LockBit 3.0', 'malware');
    const c = factIn(EN, 'CVE-2023-1234', 'vulnerability');
    expect(sortFacts([c, b, a])).toEqual([a, b, c]);
  });
});

describe('isValidFact', () => {
  const good = factIn(ZH, '皇家邮政', 'organization');
  test.each([
    { name: 'well-formed', fact: good, valid: true },
    { name: 'text differs from slice', fact: { ...good, text: '皇家' }, valid: false },
    { name: 'offsets past the end', fact: { ...good, start: ZH.length, end: ZH.length + 4 }, valid: false },
    { name: 'empty span', fact: { ...good, end: good.start, text: '' }, valid: false },
    { name: 'unknown category', fact: { ...good, category: 'victim' as FactCategory }, valid: false },
    { name: 'fractional offset', fact: { ...good, start: 0.5 }, valid: false },
  ])('$name', ({ fact, valid }) => {
    expect(isValidFact(fact, ZH)).toBe(valid);
  });
});
