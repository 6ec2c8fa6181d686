import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Analysis, Fact, FactCategory } from '../../../engine/types';
import {
  factMatches,
  formMatches,
  guidelineNames,
  isNamedForm,
  scoreDetection,
  scoreDocument,
  scoreSilverDocument,
  sumVictimPrecisionProxy,
  summarizePool,
  sumVictims,
  violatesNot,
  type LabelledDocument,
  type SilverDocument,
} from '../../../scripts/eval-score';
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
    { predicted: 'Starwood Hotels', form: 'Starwood\u00a0Hotels', match: true },
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

  test('a government body labelled under both categories is found by a mention under either', () => {
    const body: LabelledDocument = {
      ...doc,
      facts: [
        { cat: 'organization', forms: ['Vellmark Data Centre'] },
        { cat: 'agency', forms: ['Vellmark Data Centre'] },
        { cat: 'organization', forms: ['Acme'] },
      ],
    };
    const s = scoreDocument(body, analysis([fact('agency', 'Vellmark Data Centre'), fact('agency', 'Acme')]));
    expect(s.categories.organization).toMatchObject({ labelled: 2, found: 1 });
    expect(s.categories.agency).toEqual({ labelled: 1, found: 1, predicted: 2, correct: 1 });
    // Only where the labels name the body under both: an agency fact does not find a company.
    expect(s.missed).toEqual([{ cat: 'organization', forms: ['Acme'], value: undefined }]);
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

describe('isNamedForm (silver victims: a name, not a description)', () => {
  test.each([
    { form: 'Radisson Rewards', named: true },
    { form: 'CPS', named: true },
    { form: '7-Eleven', named: true },
    { form: 'the 3 hospitals', named: true },
    { form: '  Equifax', named: true },
    { form: 'Équipe Médicale', named: true },
    { form: 'luxury hotels', named: false },
    { form: 'the school district', named: false },
    { form: 'The university', named: false },
    { form: 'the IRS', named: true },
    { form: 'vendors', named: false },
    { form: '', named: false },
  ])('"$form": $named', ({ form, named }) => {
    expect(isNamedForm(form)).toBe(named);
  });
});

describe('scoreSilverDocument and sumVictims', () => {
  const silver = (facts: SilverDocument['facts'], label: SilverDocument['label'] = 'incident'): SilverDocument => ({
    id: 's-1',
    file: 'pages/s-1.html',
    url: 'https://example.com/a',
    label,
    facts,
  });
  const analysis = (facts: Fact[], isIncident = true): Analysis => ({
    url: null, title: null, site: null, published: null, language: 'en', textLength: 0,
    incident: { isIncident, score: isIncident ? 0.8 : 0.2, kinds: [], reasons: [] },
    facts,
  });
  const victims = [
    { cat: 'organization' as const, forms: ['Radisson Rewards'] },
    { cat: 'organization' as const, forms: ['luxury hotels'] },
    { cat: 'organization' as const, forms: ['City of Atlanta'] },
  ];

  test.each([
    {
      name: 'a name matched by the 60% rule',
      facts: [fact('organization', "Radisson Rewards'")],
      expected: { labelled: 3, found: 1, namedLabelled: 2, namedFound: 1, spanFound: 1 },
    },
    {
      name: 'a government victim reported as an agency',
      facts: [fact('agency', 'City of Atlanta')],
      expected: { labelled: 3, found: 1, namedLabelled: 2, namedFound: 1, spanFound: 1 },
    },
    {
      name: 'a description found counts for all forms, not for named',
      facts: [fact('organization', 'luxury hotels')],
      expected: { labelled: 3, found: 1, namedLabelled: 2, namedFound: 0, spanFound: 1 },
    },
    {
      name: 'other categories and short fragments do not count',
      facts: [fact('service', 'Radisson Rewards'), fact('organization', 'Atlanta')],
      expected: { labelled: 3, found: 0, namedLabelled: 2, namedFound: 0, spanFound: 0 },
    },
  ])('$name', ({ facts, expected }) => {
    expect(scoreSilverDocument(silver(victims), analysis(facts)).victims).toEqual(expected);
  });

  test.each([
    { form: 'Payday loan firm Wonga', names: ['Wonga'] },
    { form: 'Indiana hospital Hancock Health', names: ['Hancock Health'] },
    { form: 'Online gaming company Reality Squared Games (R2Games)', names: ['Online gaming company Reality Squared Games', 'Reality Squared Games'] },
    { form: 'Norfolk County (norfolkcounty.ca)', names: ['Norfolk County'] },
    { form: 'the school district', names: [] },
    { form: 'Radisson Rewards', names: [] },
    { form: 'City of Atlanta', names: [] },
    { form: 'the IRS', names: ['IRS'] },
    { form: 'The Pennsylvania Senate Democrats', names: ['Pennsylvania Senate Democrats'] },
    { form: 'the company Landauer', names: ['Landauer'] },
    { form: 'the Republican National Committee (RNC)', names: ['the Republican National Committee', 'Republican National Committee'] },
    { form: 'The university', names: [] },
    { form: 'a hospital', names: [] },
    { form: 'Indiana-based Hancock Health', names: ['Hancock Health'] },
    { form: 'the San Francisco-based DocuSign', names: ['San Francisco-based DocuSign', 'DocuSign'] },
    { form: 'Farmingdale-based supermarket', names: [] },
    { form: 'the Canadian town of Midland', names: ['Canadian town of Midland', 'Midland'] },
    { form: 'The city of North Bend', names: ['North Bend'] },
    { form: 'the city of birth', names: [] },
    { form: 'Bristol Airport authorities', names: ['Bristol Airport'] },
    { form: 'Local authorities', names: [] },
    { form: 'Northern Orrinland’s Velmora University', names: ['Velmora University'] },
    { form: 'Aunt Dora’s Marketplace', names: [] },
    { form: 'Mekinac’s IT department', names: [] },
    { form: 'VGA headquarters', names: ['VGA'] },
    { form: 'QuillStop retail stores', names: ['QuillStop'] },
    { form: 'Orrin Foods factories', names: ['Orrin Foods'] },
    { form: 'Several offices', names: [] },
    { form: 'Orrin airport', names: [] },
  ])('guidelineNames: $form', ({ form, names }) => {
    expect(guidelineNames(form)).toEqual(names);
  });

  // GUIDELINES.md: "a descriptor followed by a name (… "transit agency TransLink") is the name"; CASIE's span keeps the descriptor.
  test.each([
    { form: 'UK payday loan firm Wonga', predicted: 'Wonga', found: 1, spanFound: 0 },
    { form: 'the IRS', predicted: 'IRS', found: 1, spanFound: 0 },
    { form: 'the company Landauer', predicted: 'Landauer', found: 1, spanFound: 0 },
    { form: 'Equifax', predicted: 'Equifax', found: 1, spanFound: 1 },
    { form: 'the school district', predicted: 'district', found: 0, spanFound: 0 },
    { form: 'Indiana hospital Hancock Health', predicted: 'Indiana', found: 0, spanFound: 0 },
  ])('a victim found by the name GUIDELINES.md reads in "$form" ($predicted): found $found, by CASIE\'s span $spanFound', ({ form, predicted, found, spanFound }) => {
    const doc = silver([{ cat: 'organization', forms: [form] }]);
    expect(scoreSilverDocument(doc, analysis([fact('organization', predicted)])).victims).toMatchObject({ found, namedFound: isNamedForm(form) ? found : 0, spanFound });
  });

  test('verdicts, missed victims and sums', () => {
    const hit = scoreSilverDocument(silver(victims), analysis([fact('organization', 'Radisson Rewards')]));
    const falseAlarm = scoreSilverDocument(silver([], 'not-incident'), analysis([]));
    const miss = scoreSilverDocument(silver([{ cat: 'organization', forms: ['Acme Corp'] }]), analysis([], false));
    expect(hit.missed).toEqual([['luxury hotels'], ['City of Atlanta']]);
    expect([hit.gold, hit.predicted, falseAlarm.gold, falseAlarm.predicted, miss.gold, miss.predicted]).toEqual([true, true, false, true, true, false]);
    expect(scoreDetection([hit, falseAlarm, miss])).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 0 });
    expect(sumVictims([hit, falseAlarm, miss])).toEqual({ labelled: 4, found: 1, namedLabelled: 3, namedFound: 1, spanFound: 1 });
  });

  // The silver victim precision proxy: reported organisations that match no silver victim, on articles labelled and judged incidents.
  test('victim precision proxy: unmatched organisations, once per text, only where both say incident', () => {
    const reported = [
      fact('organization', 'Radisson Rewards'),
      fact('organization', 'Wonga'),
      fact('organization', 'Kaspersky Lab'),
      fact('organization', 'kaspersky lab'),
      fact('agency', 'FBI'),
      fact('service', 'Track and Trace'),
    ];
    const labels = [...victims, { cat: 'organization' as const, forms: ['UK payday loan firm Wonga'] }];
    const both = scoreSilverDocument(silver(labels), analysis(reported));
    expect(both.unmatched).toEqual(['Kaspersky Lab']);
    expect(both.reported).toBe(3);
    const notJudged = scoreSilverDocument(silver(labels), analysis(reported, false));
    const notLabelled = scoreSilverDocument(silver([], 'not-incident'), analysis(reported));
    expect([notJudged.reported, notJudged.unmatched, notLabelled.reported, notLabelled.unmatched]).toEqual([0, [], 0, []]);
    expect(sumVictimPrecisionProxy([both, notJudged, notLabelled])).toEqual({ reported: 3, matched: 2 });
  });
});

describe('summarizePool', () => {
  const analysis = (isIncident: boolean, facts: Fact[]) => ({ incident: { isIncident, score: 0, kinds: [], reasons: [] }, facts });

  test('share of incidents and mean facts per article, every category present', () => {
    const s = summarizePool([
      analysis(true, [fact('organization', 'Acme'), fact('date', '1月12日', '2023-01-12'), fact('date', '昨天', '2023-01-11')]),
      analysis(false, [fact('date', '2022年', '2022')]),
      analysis(false, []),
      analysis(false, [fact('indicator', '1.2.3.4')]),
    ]);
    expect(s.documents).toBe(4);
    expect(s.incidents).toBe(1);
    expect(s.meanFacts).toEqual({ organization: 0.25, service: 0, date: 0.75, agency: 0, actor: 0, malware: 0, vulnerability: 0, indicator: 0.25 });
  });

  test('no articles: zeros, not NaN', () => {
    const s = summarizePool([]);
    expect(s.documents).toBe(0);
    expect(Object.values(s.meanFacts).every((v) => v === 0)).toBe(true);
  });
});

describe('npm run eval', () => {
  test('unknown section: clear message, exit 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--only=dev,nonsense'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown section nonsense/);
  });

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
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--corpus', corpusDir, '--only=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
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

describe.skipIf(!hasCorpus)('npm run eval on the project labels (../shared/corpus/pool)', () => {
  // Held-out groups are measured, never read: with --details, no held-out id is listed anywhere.
  test('lists no document of a held-out group, in the text or the JSON report', () => {
    const heldOut = ['labels-en-holdout.jsonl', 'labels-en-holdout2.jsonl'].flatMap((file) =>
      readFileSync(resolve(ROOT, 'test/corpus', file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { id: string }).id),
    );
    expect(heldOut.length).toBeGreaterThan(0);
    for (const args of [['--only=pool,silver', '--details'], ['--only=pool', '--json']]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--corpus', corpusDir, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/en-holdout/);
      // The silver victim precision proxy's per-article listing of unmatched organisations is listed for readable articles only.
      if (args.includes('--details')) expect(r.stdout).toMatch(/Victim precision proxy[^\n]*\d+\/\d+/);
      for (const id of heldOut) expect(r.stdout).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
  }, 600_000);
});
