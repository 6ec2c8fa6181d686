import { describe, expect, test } from 'vitest';
import { generateClippings } from '../../../scripts/bench/generate-clippings';
import { generateLargeArticlePage } from '../../../scripts/bench/generate-large-page';
import { generateQuietPage } from '../../../scripts/bench/generate-quiet-page';
import { hasIncidentCue } from '../../../entrypoints/incident-lens.content/has-incident-cue';
import { FIGURE } from '../../../scripts/bench/figure-names';
import { formatTable, median, type Figure } from '../../../scripts/bench/stats';
import { summaryLine } from '../../../scripts/bench/summary';

describe('median', () => {
  test.each([
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [7], expected: 7 },
  ])('median of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  test('the median of nothing is NaN', () => {
    expect(median([])).toBeNaN();
  });
});

describe('formatTable', () => {
  const peer: Figure = { group: 'peer', name: 'readability', subject: 'seed', runs: [4, 4, 4], unit: 'ms' };
  const ours: Figure = { group: 'ours', name: 'pipeline', subject: 'seed', runs: [1, 2, 3], unit: 'ms', baseline: 'peer:readability:seed' };

  test('prints the ratio of a figure to its baseline', () => {
    expect(formatTable([peer, ours])).toContain('0.50× readability');
  });

  test('prints no ratio for a figure without a baseline', () => {
    const line = formatTable([peer]).split('\n')[2];
    expect(line).not.toContain('×');
  });
});

describe('generateClippings', () => {
  const clippings = generateClippings(200, 7);

  test('makes the number asked for, with unique ids and keys', () => {
    expect(clippings).toHaveLength(200);
    expect(new Set(clippings.map((c) => c.id)).size).toBe(200);
    expect(new Set(clippings.map((c) => c.key)).size).toBe(200);
  });

  test('is repeatable for a seed and differs across seeds', () => {
    expect(generateClippings(20, 7)).toEqual(generateClippings(20, 7));
    expect(generateClippings(20, 8).map((c) => c.title)).not.toEqual(generateClippings(20, 7).map((c) => c.title));
  });

  test('every fact is the exact slice of its clipping text', () => {
    for (const clipping of clippings) {
      for (const fact of clipping.facts) expect(clipping.text.slice(fact.start, fact.end)).toBe(fact.text);
    }
  });

  test('holds English and Chinese clippings, some about 皇家邮政 and some about Royal Mail', () => {
    expect(clippings.some((c) => c.lang === 'en' && c.text.includes('Royal Mail'))).toBe(true);
    expect(clippings.some((c) => c.lang === 'zh' && c.text.includes('皇家邮政'))).toBe(true);
  });

  test('carries the index fields the repository derives', () => {
    for (const clipping of clippings.slice(0, 10)) {
      expect(clipping.factValues).toEqual([...new Set(clipping.facts.map((f) => `${f.category}:${f.value}`))]);
      expect(clipping.isIncident).toBe(1);
    }
  });
});

describe('generateLargeArticlePage', () => {
  test('weighs about the size asked for and holds English and Chinese paragraphs', () => {
    const html = generateLargeArticlePage(200_000);
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeGreaterThanOrEqual(200_000);
    expect(bytes).toBeLessThan(201_000);
    expect(html).toContain('ransomware attack');
    expect(html).toContain('勒索软件攻击');
  });

  test('a smaller target gives a smaller page', () => {
    expect(generateLargeArticlePage(50_000).length).toBeLessThan(generateLargeArticlePage(100_000).length);
  });
});

describe('generateQuietPage', () => {
  test('is a news page without a single incident cue word (what nocue_first_task_ms times)', () => {
    const html = generateQuietPage();
    const title = /<title>([^<]*)<\/title>/.exec(html)![1];
    expect(html).toContain('<article>');
    expect(hasIncidentCue(title, html.replace(/<[^>]+>/g, ' '))).toBe(false);
  });
});

describe('summaryLine', () => {
  const figure = (group: string, name: string, subject: string, runs: number[], unit: Figure['unit'] = 'ms'): Figure => ({ group, name, subject, runs, unit });
  const figures: Figure[] = [
    figure('peer', FIGURE.readabilityFirst, 'seed', [2, 2, 2]),
    figure('peer', FIGURE.readabilityFirst, 'news-en', [4, 4, 4]),
    figure('ours', FIGURE.pipeline, 'seed', [1, 1, 1]),
    figure('ours', FIGURE.pipeline, 'news-en', [3, 3, 3]),
    figure('ours', FIGURE.pipeline, 'nonincident', [5, 7, 6]),
    figure('ours', FIGURE.firstTask, 'nocue', [1, 3, 2]),
    figure('ours', FIGURE.firstTask, 'nonincident', [6, 8, 7]),
    figure('size', 'content-scripts/incident-lens.js (gzip; raw 40 KB)', 'build', [12.34], 'KB'),
    figure('size', `${FIGURE.contentAllStages} (gzip; raw 120 KB)`, 'build', [45.67], 'KB'),
    figure('memory', FIGURE.pageHeap, 'seed', [1000, 1200, 1100], 'KB'),
    figure('tasks', FIGURE.hugeLongestTask, 'huge-200k', [30, 41, 35]),
    figure('export', FIGURE.exportJson, '10000 clippings', [900, 1100, 1000]),
    figure('ours', FIGURE.stoppedWorker, 'seed', [90, 110, 100]),
    figure('ours', FIGURE.pausedReader, 'seed', [40, 50, 45]),
    figure('floor', FIGURE.roundTripFloor, 'seed', [2, 2, 2]),
    figure('floor', FIGURE.roundTripFloor, 'news-en', [2, 2, 2]),
    figure('memory', FIGURE.workerHeap, 'seed + large-1mb', [12.34], 'MB'),
  ];

  test('prints every key, ratios on the worse typical article, all content-script stages as its size, NaN for what was not measured', () => {
    expect(summaryLine(figures)).toBe(
      'bench pipeline_vs_readability=0.75 first_page_ms=NaN nonincident_ms=6.00 nocue_first_task_ms=2.00'
        + ' nearmiss_first_task_ms=7.00 longest_task_ms=NaN'
        + ' highlight_vs_markjs=NaN content_gzip_kb=45.7 library_open_10k_ms=NaN search_10k_ms=NaN'
        + ' huge_longest_task_ms=35 huge_first_screen_ms=NaN export_10k_ms=1000 import_10k_ms=NaN stopped_worker_ms=100.0 paused_reader_ms=45.0 paused_left_ms=NaN pipeline_vs_roundtrip=1.50 worker_heap_mb=12.3 page_heap_kb=1100 link_10k_ms=NaN',
    );
  });
});
