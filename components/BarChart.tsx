import type { Count } from '../storage/library-stats';
import { estimateTextWidth, wrapLabel } from './chart-layout';
import { useElementWidth } from './use-element-width';

/** Props of {@link BarChart}. */
export type BarChartProps = {
  /** Chart heading. */
  title: string;
  /** Bars, top to bottom. */
  counts: Count[];
  /** Bar fill (a CSS colour or var()). */
  color?: string;
  /** Called when the user picks a bar (e.g. to filter the list by it). */
  onSelect?: (label: string) => void;
  /** Shown when there is nothing to draw. */
  emptyText: string;
  /** How a label is shown (e.g. localised); the raw label goes to `onSelect`. */
  formatLabel?: (label: string) => string;
  /** The label's other name, for its tooltip (e.g. the English name of a Chinese label). */
  formatTitle?: (label: string) => string | null;
};

const LINE = 15;
const FONT = 12;
const COUNT_ROOM = 36;

/**
 * Horizontal bars with their counts, drawn in SVG across the card: the label column is as wide as
 * the longest label needs (up to half the card) and longer labels wrap onto a second line.
 */
export default function BarChart({ title, counts, color = 'var(--accent)', onSelect, emptyText, formatLabel = (label) => label, formatTitle }: BarChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(420);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const shown = counts.map(({ label }) => formatLabel(label));
  const labelWidth = Math.min(Math.max(60, ...shown.map((s) => estimateTextWidth(s, FONT))) + 10, Math.floor(width / 2));
  const barRoom = Math.max(40, width - labelWidth - COUNT_ROOM);
  const rows = shown.map((s) => wrapLabel(s, labelWidth - 10, FONT));
  const heights = rows.map((lines) => Math.max(24, lines.length * LINE + 8));
  const tops = heights.map((_, i) => heights.slice(0, i).reduce((a, b) => a + b, 2));
  const height = heights.reduce((a, b) => a + b, 4);
  return (
    <figure class="chart bar-chart">
      <figcaption>{title}</figcaption>
      <div class="chart-body" ref={ref}>
        {counts.length === 0 ? (
          <p class="chart-empty">{emptyText}</p>
        ) : (
          <svg role="img" aria-label={title} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
            {counts.map(({ label, count }, i) => {
              const barWidth = Math.max(2, (count / max) * barRoom);
              const y = tops[i];
              const middle = y + heights[i] / 2;
              const lines = rows[i];
              const other = formatTitle?.(label);
              return (
                <g key={label} class={onSelect ? 'bar selectable' : 'bar'} data-label={label} onClick={onSelect ? () => onSelect(label) : undefined}>
                  <title>{`${shown[i]}${other ? ` (${other})` : ''}: ${count}`}</title>
                  <text x={labelWidth - 10} y={middle - ((lines.length - 1) * LINE) / 2 + 4} text-anchor="end" class="bar-label">
                    {lines.map((line, k) => (
                      <tspan key={k} x={labelWidth - 10} dy={k === 0 ? 0 : LINE}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  <rect x={labelWidth} y={middle - 8} width={barWidth} height={16} rx={3} fill={color} />
                  <text x={labelWidth + barWidth + 6} y={middle + 4} class="bar-count">
                    {count}
                  </text>
                </g>
              );
            })}
          </svg>
        )}
      </div>
    </figure>
  );
}
