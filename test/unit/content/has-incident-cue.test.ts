/**
 * The content script's cue pre-screen: pages without any incident cue skip the worker.
 * Own sentences in English and Chinese; on the corpus (when present), no incident page may be
 * screened out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { readArticle } from '../../../engine/read/read-article';
import { runSteps } from '../../../engine/read/steps';
import { cuePattern, hasIncidentCue, INCIDENT_CUE_WORDS, incidentCueSteps } from '../../../entrypoints/incident-lens.content/has-incident-cue';
import { corpusDir, hasCorpus, readLabels } from '../corpus';

describe('hasIncidentCue', () => {
  test.each([
    { title: null, text: 'The council said attackers encrypted its payment servers.', cue: true },
    { title: 'Retailer confirms DATA BREACH', text: 'The company apologised to customers.', cue: true },
    { title: null, text: 'Hackers claimed the theft on a forum; the site was knocked out for a day.', cue: true },
    { title: null, text: 'A DDoS wave hit the ministry.', cue: true },
    { title: null, text: '某市人民医院遭勒索软件攻击，门诊系统中断。', cue: true },
    { title: '航空公司乘客信息泄露', text: '公司已报警。', cue: true },
    { title: null, text: '黑客入侵了物流平台，窃取了订单数据。', cue: true },
    { title: 'Dating app users blackmailed', text: 'Criminals demanded payment from hundreds of users.', cue: true },
    { title: null, text: 'A botched update left check-in desks showing a blue screen all morning.', cue: true },
    { title: '某游戏公司遭敲诈', text: '一次错误的更新令多家银行的电脑蓝屏。', cue: true },
    { title: 'Pensioners’ savings accounts drained overnight', text: 'The bank said the money was moved out through its app.', cue: true },
    { title: null, text: 'The bakery opened a second shop; customers queued in shackles of cold.', cue: false },
    { title: 'Quarterly results', text: 'Revenue rose 4% as the retailer opened new stores in the north.', cue: false },
    { title: '新品发布会', text: '该公司今天发布了新款手机，售价与去年持平。', cue: false },
    { title: null, text: '市图书馆周末延长开放时间，读者可在线预约座位。', cue: false },
  ])('$title / $text → $cue', ({ title, text, cue }) => {
    expect(hasIncidentCue(title, text)).toBe(cue);
  });

  test('English stems match at a word start only; Chinese words anywhere', () => {
    const pattern = cuePattern([{ id: 'hack', en: ['hack'], zh: ['黑客'] }]);
    expect(pattern.test('Hacked accounts')).toBe(true);
    expect(pattern.test('a whack-a-mole game')).toBe(false);
    expect(pattern.test('国外黑客组织')).toBe(true);
    expect(pattern.test('客户服务')).toBe(false);
  });

  test('every cue has an id and words in both languages', () => {
    const ids = INCIDENT_CUE_WORDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cue of INCIDENT_CUE_WORDS) {
      expect(cue.en.length, cue.id).toBeGreaterThan(0);
      expect(cue.zh.length, cue.id).toBeGreaterThan(0);
    }
  });
});

describe('incidentCueSteps (the cue check in steps)', () => {
  /** Runs the steps to the end; returns the answer and how many times they paused. */
  const run = (title: string | null, text: string, chunk: number) => {
    const steps = incidentCueSteps(title, text, chunk);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses++;
      next = steps.next();
    }
    return { cue: next.value, pauses };
  };
  const filler = 'The rowing club trained at dawn through the summer. ';

  test('answers as hasIncidentCue does, on short and long texts', () => {
    for (const text of ['Quarterly results were flat.', 'Attackers encrypted the servers.', '某市医院遭勒索软件攻击。', filler.repeat(200), `${filler.repeat(200)}Then a data breach.`]) {
      for (const title of [null, 'Harbour news', 'Retailer confirms breach']) {
        expect(runSteps(incidentCueSteps(title, text, 256)), `${title} / ${text.slice(-30)}`).toBe(hasIncidentCue(title, text));
      }
    }
  });

  test('pauses between chunks of a long text, and not on a short one', () => {
    expect(run(null, filler.repeat(100), 1000)).toEqual({ cue: false, pauses: Math.ceil((filler.length * 100) / 1000) });
    expect(run(null, 'A short text about rowing.', 1000)).toEqual({ cue: false, pauses: 0 });
    expect(run('Ransomware at the port', filler.repeat(100), 1000)).toEqual({ cue: true, pauses: 0 });
  });

  test('finds a cue across a chunk boundary, at every position', () => {
    const cue = 'ransomware';
    for (let at = 990; at <= 1000; at++) {
      const text = `${'x '.repeat(at / 2)}${at % 2 ? ' ' : ''}${cue} ${filler.repeat(40)}`;
      expect(text.indexOf(cue), 'set-up').toBe(at);
      expect(run(null, text, 1000).cue, `cue at ${at}`).toBe(true);
    }
  });

  test('a word that only ends in a cue stem stays no cue at a chunk boundary (English stems match at a word start)', () => {
    // "whack" holds the stem "hack"; the overlap starts inside it, at "hack", for some chunk size.
    const text = `${filler.repeat(30)}a whack-a-mole game ${filler.repeat(30)}`;
    const start = text.indexOf('hack');
    for (let chunk = 64; chunk <= 4096; chunk *= 2) {
      expect(hasIncidentCue(null, text)).toBe(false);
      expect(run(null, text, chunk).cue, `chunk ${chunk}`).toBe(false);
    }
    // The overlap is the longest cue + 1 characters: a chunk boundary that puts "hack" at the start of a slice.
    const longest = Math.max(...INCIDENT_CUE_WORDS.flatMap((c) => [...c.en, ...c.zh]).map((w) => w.length));
    const chunk = start + longest + 1;
    expect(run(null, text, chunk).cue).toBe(false);
  });
});

describe.skipIf(!hasCorpus)('pre-screen on the corpus', () => {
  test('no incident page is screened out', () => {
    const labels = readLabels(['labels-en-dev.jsonl', 'labels-zh-dev.jsonl']);
    const missed: string[] = [];
    let incidents = 0;
    for (const label of labels.filter((l) => l.label === 'incident')) {
      const file = join(corpusDir, 'pages', `${label.id}.html`);
      if (!existsSync(file)) continue;
      const window = new Window({ url: label.url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
      window.document.write(readFileSync(file, 'utf8'));
      const read = readArticle(window.document as unknown as Document, label.url);
      incidents++;
      if (!read || !hasIncidentCue(read.article.title, read.article.text)) missed.push(label.id);
    }
    expect(incidents).toBeGreaterThan(0);
    expect(missed).toEqual([]);
  });
});
