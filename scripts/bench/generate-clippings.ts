/**
 * Generated clippings for the library benchmark: `count` clippings of fictional incident articles,
 * half English (about 400 words) and half Chinese (about 1,500 characters), each with facts,
 * tags and the index fields the repository derives on save. Pure and seeded: the same arguments
 * give the same library.
 */
import { clippingKey, toClippingFact, type Clipping, type ClippingId } from '../../storage/clipping';
import { indexFieldsOf } from '../../storage/clipping-repository';
import type { Fact } from '../../engine/types';

/** A small seeded PRNG (mulberry32): repeatable libraries without Math.random. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VICTIMS = [
  { en: 'Royal Mail', zh: '皇家邮政' },
  { en: 'Harbourside Water Trust', zh: '港湾水务信托' },
  { en: 'Northvale Clinics', zh: '北谷诊所' },
  { en: 'Copperfield Logistics', zh: '铜田物流' },
  { en: 'Eastmere County Council', zh: '东湖郡议会' },
  { en: 'Brightwell Savings Bank', zh: '明井储蓄银行' },
  { en: 'Qingchuan First Hospital', zh: '青川市第一医院' },
  { en: 'Southlake University', zh: '南湖大学' },
];
const MALWARE = ['LockBit', 'BlackCat', 'Cl0p', 'Royal', 'Akira', 'Play', 'Medusa'];
const KINDS = ['ransomware', 'breach', 'ddos', 'intrusion', 'outage'];
const FILLER_EN = 'the company said systems were taken offline while investigators worked with outside experts to restore services and notify customers whose data may have been exposed';
const FILLER_ZH = '该机构表示已将受影响的系统下线并聘请外部专家协助调查同时通知可能受到影响的用户';

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function dateOf(rnd: () => number): string {
  const year = 2018 + Math.floor(rnd() * 8);
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function factAt(text: string, needle: string, category: Fact['category'], value: string): Fact | null {
  const start = text.indexOf(needle);
  return start < 0 ? null : { category, text: needle, start, end: start + needle.length, value };
}

/** `count` clippings, newest saved first after sorting by `savedAt`; `seed` picks the library. */
export function generateClippings(count: number, seed = 1): Clipping[] {
  const rnd = random(seed);
  const clippings: Clipping[] = [];
  const base = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const zh = i % 2 === 1;
    const victim = pick(rnd, VICTIMS);
    const malware = pick(rnd, MALWARE);
    const kind = pick(rnd, KINDS);
    const published = dateOf(rnd);
    const cve = `CVE-${published.slice(0, 4)}-${1000 + Math.floor(rnd() * 9000)}`;
    const name = zh ? victim.zh : victim.en;
    const lead = zh
      ? `${name}遭${malware}勒索软件攻击，攻击者利用漏洞${cve}入侵其系统。`
      : `${name} was hit by a ${malware} ransomware attack after attackers exploited ${cve} to break into its systems.`;
    const filler = zh ? FILLER_ZH : FILLER_EN;
    const parts = [lead];
    const targetLength = zh ? 1500 : 2600;
    let length = lead.length;
    for (let p = 0; length < targetLength; p++) {
      const sentence = zh ? `${filler}（第${i}篇第${p}段）。` : `In update ${p} of report ${i}, ${filler}.`;
      parts.push(sentence);
      length += sentence.length + 1;
    }
    const text = parts.join('\n');
    const facts = [
      factAt(text, name, 'organization', victim.en),
      factAt(text, malware, 'malware', malware),
      factAt(text, cve, 'vulnerability', cve),
    ].filter((f): f is Fact => f !== null);
    const url = `https://news.example.org/${zh ? 'zh' : 'en'}/incident-${i}`;
    const draft = {
      url,
      canonicalUrl: null,
      title: zh ? `${name}遭${malware}勒索软件攻击（${i}）` : `${name} hit by ${malware} ransomware (${i})`,
      site: zh ? '示例安全新闻' : 'Example Security News',
      published,
      lang: zh ? 'zh' : 'en',
      text,
      incident: { isIncident: true, score: 0.9, kinds: [kind], reasons: [] },
      facts: facts.map((fact) => toClippingFact(text, fact)),
      note: i % 7 === 0 ? (zh ? '需要跟进' : 'follow up with the vendor') : '',
      tags: i % 5 === 0 ? ['watchlist'] : [],
    };
    const savedAt = base + i * 60_000;
    clippings.push({
      ...draft,
      ...indexFieldsOf(draft),
      id: `bench-${String(i).padStart(6, '0')}` as ClippingId,
      key: clippingKey(draft),
      savedAt,
      updatedAt: savedAt,
    });
  }
  return clippings;
}
