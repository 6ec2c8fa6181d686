import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Analysis } from '../../../engine/types';

const ROOT = resolve(__dirname, '../../..');
const PAGE = 'test/fixtures/pages/incident-en.html';
const LIST = 'test/fixtures/pages/list.jsonl';
const URL = 'https://news.example.com/2024/03/harbour-authority-ransomware';

/** Runs the analysis CLI the way `npm run analyze` does (tsx), from the project root. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('analysis CLI', () => {
  test('one page: prints one Analysis', () => {
    const { status, stdout } = runCli([PAGE, '--url', URL]);
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis).toMatchObject({
      url: URL,
      title: 'Harbour authority hit by ransomware attack',
      published: '2024-03-06',
      language: 'en',
      incident: { isIncident: true },
    });
    expect(analysis.incident.kinds).toContain('ransomware');
    expect(analysis.facts.find((f) => f.category === 'vulnerability')?.value).toBe('CVE-2023-4966');
    // The footer's source and contact lines are not indicators.
    expect(analysis.facts.filter((f) => f.category === 'indicator').map((f) => f.text)).not.toContain('example-wire.com');
  });

  test.each([
    { page: PAGE, url: URL, site: 'news', title: 'Harbour authority hit by ransomware attack' },
    // og:url only; read as WeChat, the account name is the site and the date is the page's own.
    {
      page: 'test/fixtures/pages/wechat-hospital-ransomware.html',
      url: 'http://mp.weixin.qq.com/s?__biz=TESTBIZ001==&mid=1000000001&idx=1&sn=fixture0001',
      site: '安全事件观察',
      title: '某市人民医院遭勒索软件攻击，门诊挂号系统中断',
    },
  ])('one page without --url: read at its own canonical address, named on standard error ($page)', ({ page, url, site, title }) => {
    const { status, stdout, stderr } = runCli([page]);
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.url).toBe(url);
    expect(analysis.title).toBe(title);
    if (site !== 'news') expect(analysis.site).toBe(site);
    expect(stderr).toContain(url);
  });

  test('--jsonl: one line per entry, in order, broken entries report an error and the rest go on', () => {
    const { status, stdout } = runCli(['--jsonl', LIST]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0].url).toBe(URL);
    expect(lines[1].error).toMatch(/does-not-exist\.html/);
    expect(lines[2].error).toBeTypeOf('string');
    expect(lines[3].url).toBe('https://news.example.com/again');
    expect(lines[3].incident.isIncident).toBe(true);
  });

  test.each([
    { name: 'no arguments', args: [] },
    { name: 'missing page', args: ['test/fixtures/pages/nope.html'] },
    { name: 'missing list', args: ['--jsonl', 'test/fixtures/pages/nope.jsonl'] },
    { name: 'unknown option', args: [PAGE, '--frobnicate'] },
    { name: '--url without value', args: [PAGE, '--url'] },
  ])('bad usage exits 2: $name', ({ args }) => {
    const { status, stderr, stdout } = runCli(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage:/);
    expect(stdout).toBe('');
  });
});
