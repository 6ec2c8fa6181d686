import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SEED = resolve(ROOT, '../shared/seeds/wechat-royal-mail.html');

/** Runs the incidents CLI the way `npm run incidents` does (tsx), from the project root. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/incidents.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('incidents CLI', () => {
  test('English pages: the January attack and its February follow-up are one incident, the November outage another', () => {
    const { status, lines } = runCli(['--pages', 'test/fixtures/pages/royal-mail-en-list.jsonl', '--now', '2026-12-06T00:00:00Z']);
    expect(status).toBe(0);
    expect(lines.map((line) => line.file)).toEqual([
      'royal-mail-2022-11-outage-en.html',
      'royal-mail-2023-01-en.html',
      'royal-mail-2023-01-lockbit-en.html',
      'royal-mail-2023-02-lockbit-en.html',
      'incident-en.html',
      'does-not-exist.html',
    ]);
    const [november, january, lockbit, february, harbour, missing] = lines;
    expect(january.victims).toEqual(['Royal Mail']);
    expect(lockbit.incident).toBe(january.incident);
    expect(february.incident).toBe(january.incident);
    expect(november.victims).toEqual(['Royal Mail']);
    expect(november.incident).not.toBe(january.incident);
    expect(harbour.incident).not.toBe(january.incident);
    expect(harbour.incident).not.toBe(november.incident);
    expect(missing).toEqual({ file: 'does-not-exist.html', error: 'no such file: does-not-exist.html' });
    // Deterministic: the same list gives the same ids.
    expect(runCli(['--pages', 'test/fixtures/pages/royal-mail-en-list.jsonl', '--now', '2026-12-06T00:00:00Z']).lines).toEqual(lines);
  }, 240_000);

  test.skipIf(!existsSync(SEED))('the seed WeChat article (Chinese) joins the English January coverage', () => {
    const { status, lines } = runCli(['--pages', 'test/fixtures/pages/royal-mail-list.jsonl', '--now', '2026-12-06T00:00:00Z']);
    expect(status).toBe(0);
    const [seed, november, january] = lines;
    expect(seed.victims).toEqual(['Royal Mail']);
    expect(january.incident).toBe(seed.incident);
    expect(november.incident).not.toBe(seed.incident);
  }, 120_000);

  test('bad usage exits with 2', () => {
    expect(runCli([]).status).toBe(2);
    expect(runCli(['--pages', 'test/fixtures/pages/no-such-list.jsonl']).status).toBe(2);
    expect(runCli(['--bogus']).status).toBe(2);
  }, 120_000);
});
