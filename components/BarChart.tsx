import type { Count } from '../storage/library-stats';

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
};

const ROW = 24;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 220;

/** Horizontal bars with their counts, drawn in SVG. */
export default function BarChart({ title, counts, color = 'var(--accent)', onSelect, emptyText, formatLabel = (label) => label }: BarChartProps) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const height = counts.length * ROW + 4;
  return (
    <figure class="chart bar-chart">
      <figcaption>{title}</figcaption>
      {counts.length === 0 ? (
        <p class="chart-empty">{emptyText}</p>
      ) : (
        <svg role="img" aria-label={title} width={LABEL_WIDTH + BAR_WIDTH + 50} height={height} viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 50} ${height}`}>
          {counts.map(({ label, count }, i) => {
            const shown = formatLabel(label);
            const width = Math.max(2, (count / max) * BAR_WIDTH);
            const y = i * ROW + 2;
            return (
              <g
                key={label}
                class={onSelect ? 'bar selectable' : 'bar'}
                data-label={label}
                onClick={onSelect ? () => onSelect(label) : undefined}
              >
                <title>{`${shown}: ${count}`}</title>
                <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} text-anchor="end" class="bar-label">
                  {shown.length > 24 ? `${shown.slice(0, 23)}…` : shown}
                </text>
                <rect x={LABEL_WIDTH} y={y + 3} width={width} height={ROW - 8} rx={3} fill={color} />
                <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2 + 4} class="bar-count">
                  {count}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
