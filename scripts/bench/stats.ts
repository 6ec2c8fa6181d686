/**
 * Small statistics and formatting helpers for the benchmark: medians over repeated runs and one
 * table line per figure.
 */

/** The median of `values` (NaN for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One measured figure: what, where, its runs, and (optionally) a peer it is compared with. */
export interface Figure {
  /** Group shown in the table: floor, peer, ours, tasks, size, library. */
  group: string;
  name: string;
  /** Page or subject the figure was measured on. */
  subject: string;
  /** Runs in milliseconds (or bytes/KB for sizes; see `unit`). */
  runs: number[];
  unit: 'ms' | 'KB' | 'MB';
  /** Key of the figure this one is divided by, e.g. "peer:readability-first:seed". */
  baseline?: string;
  /** A target to print beside the value, e.g. "≤ 0.5×" or "< 150 ms". */
  target?: string;
  note?: string;
}

/** A stable key for a figure: `group:name:subject`. */
export function keyOf(figure: Pick<Figure, 'group' | 'name' | 'subject'>): string {
  return `${figure.group}:${figure.name}:${figure.subject}`;
}

/** Formats a number of milliseconds or kilobytes with sensible precision. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/** The table of figures, one line each, with the ratio to its baseline where it has one. */
export function formatTable(figures: readonly Figure[]): string {
  const byKey = new Map(figures.map((f) => [keyOf(f), f]));
  const rows = figures.map((f) => {
    const value = median(f.runs);
    const base = f.baseline ? byKey.get(f.baseline) : undefined;
    const ratio = base ? value / median(base.runs) : Number.NaN;
    return [
      f.group,
      f.name,
      f.subject,
      `${formatNumber(value)} ${f.unit}`,
      String(f.runs.length),
      base ? `${ratio.toFixed(2)}× ${base.name}` : '',
      f.target ?? '',
      f.note ?? '',
    ];
  });
  const header = ['group', 'figure', 'page', 'median', 'n', 'ratio (ours ÷ peer)', 'target', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Runs `fn` `count` times (after `warmup` unmeasured runs) and returns each run's milliseconds. */
export function timeSync(fn: () => unknown, count: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const runs: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return runs;
}
