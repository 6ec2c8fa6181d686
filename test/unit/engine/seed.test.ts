import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Analysis, Fact } from '../../../engine/types';
import { analyzePageFile } from '../../../scripts/analyze-page';

const SHARED = resolve(__dirname, '../../../../shared');
const SEED_PAGE = resolve(SHARED, 'seeds/wechat-royal-mail.html');
const SEED_LABEL = resolve(SHARED, 'corpus/labels-seed.jsonl');
/** Fixed "now" well after the article: relative dates must resolve against its publication date. */
const NOW = new Date('2026-11-29T12:00:00Z');

describe.skipIf(!existsSync(SEED_PAGE) || !existsSync(SEED_LABEL))('seed: WeChat Royal Mail article', () => {
  let analysis: Analysis;
  const texts = (category: Fact['category']) => analysis.facts.filter((f) => f.category === category).map((f) => f.text);

  beforeAll(async () => {
    const { url } = JSON.parse(readFileSync(SEED_LABEL, 'utf8').split('\n')[0]) as { url: string };
    analysis = await analyzePageFile(SEED_PAGE, url, NOW);
  });

  test('is an incident, in Chinese, published 2023-01-14', () => {
    expect(analysis.language).toBe('zh');
    expect(analysis.published).toBe('2023-01-14');
    expect(analysis.incident.isIncident).toBe(true);
    expect(analysis.incident.kinds).toEqual(expect.arrayContaining(['outage']));
  });

  test('victim organisation 皇家邮政 / Royal Mail', () => {
    expect(texts('organization')).toEqual(expect.arrayContaining(['皇家邮政']));
    expect(texts('organization').some((t) => t.includes('Royal Mail'))).toBe(true);
  });

  test('affected services, the headline\'s among them', () => {
    const services = texts('service');
    expect(services).toEqual(expect.arrayContaining(['国际寄件服务']));
    expect(services.some((t) => t.includes('国际运输服务'))).toBe(true);
    expect(services.some((t) => t.includes('Track and Trace'))).toBe(true);
  });

  test.each([
    { text: '1月12日', value: '2023-01-12' },
    { text: '昨天', value: '2023-01-11' },
    { text: '2022年11月', value: '2022-11' },
  ])('date $text → $value', ({ text, value }) => {
    const date = analysis.facts.find((f) => f.category === 'date' && f.text.includes(text));
    expect(date?.value).toBe(value);
  });

  test('agencies: 英国国家网络安全中心 and NCSC share an id; 国家犯罪局', () => {
    const agencies = analysis.facts.filter((f) => f.category === 'agency');
    const zh = agencies.find((f) => f.text.includes('英国国家网络安全中心'));
    const en = agencies.find((f) => f.text === 'NCSC' || (f.text.includes('NCSC') && !f.text.includes('英国')));
    expect(zh?.id).toBeTruthy();
    // The NCSC may be one fact "英国国家网络安全中心（NCSC）" or two facts with the same id.
    if (en) expect(en.id).toBe(zh?.id);
    else expect(zh?.text).toContain('NCSC');
    expect(agencies.some((f) => f.text.includes('国家犯罪局'))).toBe(true);
  });

  test('no reference or contact line becomes an indicator', () => {
    const indicators = texts('indicator').join(' ');
    expect(indicators).not.toContain('bleepingcomputer.com');
    expect(indicators).not.toContain('sunzhonghao@cert.org.cn');
  });
});
