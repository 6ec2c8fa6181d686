/**
 * The benchmark's last line, for scripts: `bench key=value …` with the figures the issue names
 * (medians; ratios are ours ÷ the peer's on the worse of the two typical articles, seed and
 * news-en). A figure that was not measured prints NaN.
 */
import { keyOf, median, type Figure } from './stats';
import { FIGURE } from './figure-names';

/** The one line scripts read. Ratios are ours ÷ peer, medians, on the worse of the two typical articles. */
export function summaryLine(figures: readonly Figure[]): string {
  const byKey = new Map(figures.map((f) => [keyOf(f), f]));
  const value = (group: string, name: string, subject: string) => median(byKey.get(`${group}:${name}:${subject}`)?.runs ?? []);
  const ratio = (ours: [string, string], peer: [string, string]) =>
    Math.max(...['seed', 'news-en'].map((s) => value(ours[0], ours[1], s) / value(peer[0], peer[1], s)));
  const content = figures.find((f) => f.group === 'size' && f.name.startsWith(FIGURE.contentAllStages)) ?? figures.find((f) => f.group === 'size' && f.name.startsWith('content-scripts/'));
  const fields: [string, number, number][] = [
    ['pipeline_vs_readability', ratio(['ours', FIGURE.pipeline], ['peer', FIGURE.readabilityFirst]), 2],
    ['first_page_ms', value('ours', FIGURE.firstPage, 'seed'), 1],
    ['nonincident_ms', value('ours', FIGURE.pipeline, 'nonincident'), 2],
    ['nocue_first_task_ms', value('ours', FIGURE.firstTask, 'nocue'), 2],
    ['nearmiss_first_task_ms', value('ours', FIGURE.firstTask, 'nonincident'), 2],
    ['longest_task_ms', value('tasks', FIGURE.longestTask, 'large-1mb'), 1],
    ['highlight_vs_markjs', ratio(['ours', FIGURE.highlightFresh], ['peer', FIGURE.markjs]), 3],
    ['content_gzip_kb', content ? content.runs[0] : Number.NaN, 1],
    ['library_open_10k_ms', value('library', FIGURE.libraryOpen, '10000 clippings'), 0],
    ['search_10k_ms', value('library', FIGURE.librarySearch, '10000 clippings'), 1],
    ['huge_longest_task_ms', value('tasks', FIGURE.hugeLongestTask, 'huge-200k'), 0],
    ['huge_first_screen_ms', value('ours', FIGURE.hugeFirstScreen, 'huge-200k'), 0],
    ['export_10k_ms', value('export', FIGURE.exportJson, '10000 clippings'), 0],
    ['import_10k_ms', value('export', FIGURE.importJson, '10000 clippings'), 0],
    ['stopped_worker_ms', value('ours', FIGURE.stoppedWorker, 'seed'), 1],
    ['paused_reader_ms', value('ours', FIGURE.pausedReader, 'seed'), 1],
    ['paused_left_ms', value('ours', FIGURE.pausedReaderLeft, 'seed'), 1],
    ['pipeline_vs_roundtrip', ratio(['ours', FIGURE.pipeline], ['floor', FIGURE.roundTripFloor]), 2],
    ['worker_heap_mb', value('memory', FIGURE.workerHeap, 'seed + large-1mb'), 1],
    ['page_heap_kb', value('memory', FIGURE.pageHeap, 'seed'), 0],
    ['link_10k_ms', value('incidents', FIGURE.incidentLink, '10000 clippings in 2000 incidents'), 1],
  ];
  return `bench ${fields.map(([k, v, digits]) => `${k}=${Number.isFinite(v) ? v.toFixed(digits) : 'NaN'}`).join(' ')}`;
}
