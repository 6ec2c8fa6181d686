import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Analysis, Fact, FactCategory } from '../../../engine/types';
import { factMatches, formMatches, scoreDetection, scoreDocument, violatesNot, type LabelledDocument } from '../../../scripts/eval-score';
import { corpusDir, hasCorpus } from '../corpus';

const ROOT = resolve(__dirname, '../../..');

const fact = (category: FactCategory, text: string, value = text): Fact => ({ category, text, start: 0, end: text.length, value });

describe('formMatches (equality or ≥60% containment, case-insensitive)', () => {
  test.each([
    { predicted: 'Royal Mail', form: 'royal mail', match: true },
    { predicted: "Royal Mail's", form: 'Royal Mail', match: true },
    { predicted: '皇家邮政', form: '英国皇家邮政', match: true },
    { predicted: '英国国家网络安全中心（NCSC）', form: 'NCSC', match: false },
    { predicted: 'NCSC', form: 'National Cyber Security Centre', match: false },
    { predicted: '', form: 'x', match: false },
  ])('$predicted ~ $form: $match', ({ predicted, form, match }) => {
    expect(formMatches(predicted, form)).toBe(match);
  });
});

describe('fact matching', () => {
  test.each([
    { text: '2003', value: '2003', forms: ['in 2003'], match: true },
    { text: 'Tuesday', value: '2017-01-31', forms: ['Tuesday evening'], match: true },
    { text: '12月18日（星期日）', value: '2022-12-18', forms: ['12月18日'], match: true },
    { text: '2022年', value: '2022', forms: ['2022年网络安全技术应用试点示范项目'], match: true },
    { text: '2003', value: '2003', label: '2004', forms: ['in 2003'], match: false },
    { text: '11月', value: '2022-11', forms: ['12月'], match: false },
    { text: 'Monday', value: '2017-01-30', forms: ['Tuesday evening'], match: false },
  ] as { text: string; value: string; label?: string; forms: string[]; match: boolean }[])('dates by value: "$text"=$value ~ $forms: $match', ({ text, value, label, forms, match }) => {
    expect(factMatches(fact('date', text, value), { cat: 'date', forms, value: label ?? value })).toBe(match);
  });

  test('names keep the 60% rule: a short name inside a long form is not that name', () => {
    expect(factMatches(fact('agency', 'NCSC'), { cat: 'agency', forms: ['英国国家网络安全中心（NCSC）'] })).toBe(false);
  });

  test('dates need the labelled value too', () => {
    const label = { cat: 'date' as const, forms: ['昨天'], value: '2023-01-11' };
    expect(factMatches(fact('date', '昨天', '2023-01-11'), label)).toBe(true);
    expect(factMatches(fact('date', '昨天', '2023-01-12'), label)).toBe(false);
    expect(factMatches(fact('agency', '昨天', '2023-01-11'), label)).toBe(false);
  });

  test('not-list: dates by equal text, others by form', () => {
    expect(violatesNot(fact('date', '2022年11月', '2022-11'), { cat: 'date', forms: ['2022年'] })).toBe(false);
    expect(violatesNot(fact('date', '2022年', '2022'), { cat: 'date', forms: ['2022年'] })).toBe(true);
    expect(violatesNot(fact('indicator', 'bleepingcomputer.com'), { cat: 'indicator', forms: ['bleepingcomputer.com'] })).toBe(true);
  });
});

describe('scoreDocument and scoreDetection', () => {
  const doc: LabelledDocument = {
    id: 't-1',
    file: 'x.html',
    url: 'https://example.com',
    lang: 'en',
    label: 'incident',
    kinds: ['outage'],
    facts: [
      { cat: 'organization', forms: ['Royal Mail', '皇家邮政'] },
      { cat: 'date', forms: ['January 12'], value: '2023-01-12' },
      { cat: 'agency', forms: ['NCSC'] },
    ],
    not: [{ cat: 'indicator', forms: ['bleepingcomputer.com'] }],
    ignore: [{ cat: 'date', forms: ['January 14, 2023'] }, { cat: 'organization', forms: ['Example News'] }],
  };
  const analysis = (facts: Fact[], isIncident = true): Analysis => ({
    url: null, title: null, site: null, published: null, language: 'en', textLength: 0,
    incident: { isIncident, score: isIncident ? 0.9 : 0.1, kinds: [], reasons: [] },
    facts,
  });

  test('found, correct, ignored and wrong facts, violations', () => {
    const s = scoreDocument(
      doc,
      analysis([
        fact('organization', 'Royal Mail'),
        fact('organization', 'Example News'),
        fact('organization', 'Acme'),
        fact('date', 'January 12', '2023-01-12'),
        fact('date', 'January 14, 2023', '2023-01-14'),
        fact('indicator', 'bleepingcomputer.com'),
      ]),
    );
    // Ignored mentions are neither right nor wrong, in every category: "Example News" is not counted.
    expect(s.categories.organization).toEqual({ labelled: 1, found: 1, predicted: 2, correct: 1 });
    // The ignored byline date is not counted for date precision.
    expect(s.categories.date).toEqual({ labelled: 1, found: 1, predicted: 1, correct: 1 });
    expect(s.categories.agency).toEqual({ labelled: 1, found: 0, predicted: 0, correct: 0 });
    expect(s.violations).toEqual([{ cat: 'indicator', text: 'bleepingcomputer.com' }]);
    expect(s.wrong.map((w) => w.text)).toEqual(['Acme', 'bleepingcomputer.com']);
  });

  test('detection counts', () => {
    const hit = scoreDocument(doc, analysis([]));
    const miss = scoreDocument(doc, analysis([], false));
    const falseAlarm = scoreDocument({ ...doc, label: 'not-incident' }, analysis([]));
    const d = scoreDetection([hit, hit, miss, falseAlarm]);
    expect(d).toMatchObject({ tp: 2, fn: 1, fp: 1, tn: 0 });
    expect(d.precision).toBeCloseTo(2 / 3);
    expect(d.recall).toBeCloseTo(2 / 3);
    expect(d.f1).toBeCloseTo(2 / 3);
  });
});

describe('npm run eval', () => {
  test('missing corpus: clear message, exit 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--corpus', 'test/fixtures/no-such-corpus'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no labelled corpus/);
  });
});

interface Counts {
  labelled: number;
  found: number;
  predicted: number;
  correct: number;
}

interface EvalReport {
  groups: {
    name: string;
    detection: { f1: number; precision: number; recall: number };
    categories: Partial<Record<FactCategory, Counts>>;
    violations: { id: string; cat: string; text: string }[];
  }[];
  errors: string[];
}

describe.skipIf(!hasCorpus)('corpus targets (../shared/corpus)', () => {
  const run = () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--corpus', corpusDir, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout) as EvalReport;
  };
  let report: EvalReport;
  beforeAll(() => {
    report = run();
  }, 120_000);

  test('every page is read', () => {
    expect(report.errors).toEqual([]);
  });

  test.each(['en', 'zh'])('%s: incident detection F1 ≥ 0.95', (lang) => {
    const group = report.groups.find((g) => g.name === lang)!;
    expect(group.detection.f1).toBeGreaterThanOrEqual(0.95);
  });

  // The targets of issue #3, per language; vulnerability and indicator floors guard the exact-syntax kinds.
  test.each(
    (['en', 'zh'] as const).flatMap((lang) => [
      { lang, cat: 'organization', recall: 0.9 },
      { lang, cat: 'service', recall: 0.9 },
      { lang, cat: 'date', recall: 0.9, precision: 0.9 },
      { lang, cat: 'agency', recall: 0.9, precision: 0.9 },
    ]).concat([
      { lang: 'en', cat: 'vulnerability', recall: 0.95, precision: 0.95 },
      { lang: 'zh', cat: 'indicator', recall: 0.95, precision: 0.95 },
    ]) as { lang: string; cat: FactCategory; recall: number; precision?: number }[],
  )('$lang $cat: recall ≥ $recall, precision ≥ $precision', ({ lang, cat, recall, precision }) => {
    const c = report.groups.find((g) => g.name === lang)!.categories[cat]!;
    expect(c.found / c.labelled).toBeGreaterThanOrEqual(recall);
    if (precision !== undefined) expect(c.correct / c.predicted).toBeGreaterThanOrEqual(precision);
  });

  test('no date on a not list', () => {
    expect(report.groups.flatMap((g) => g.violations.filter((v) => v.cat === 'date'))).toEqual([]);
  });

  test('no fact from any label\'s not list', () => {
    expect(report.groups.flatMap((g) => g.violations)).toEqual([]);
  });

  test('seed article is detected', () => {
    expect(report.groups.find((g) => g.name === 'seed')!.detection.recall).toBe(1);
  });
});
