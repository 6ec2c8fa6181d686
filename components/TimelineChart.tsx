import type { Count } from '../storage/library-stats';

/** Props of {@link TimelineChart}. */
export type TimelineChartProps = {
  /** Chart heading. */
  title: string;
  /** Incidents per month ("YYYY-MM"), oldest first, empty months included. */
  months: Count[];
  /** Shown when there is nothing to draw. */
  emptyText: string;
};

const HEIGHT = 140;
const AXIS = 22;

/** Saved incidents per month as vertical bars on a time axis, drawn in SVG; years labelled. */
export default function TimelineChart({ title, months, emptyText }: TimelineChartProps) {
  const max = Math.max(1, ...months.map((m) => m.count));
  const step = Math.max(4, Math.min(28, Math.floor(820 / Math.max(1, months.length))));
  const width = Math.max(200, months.length * step + 40);
  return (
    <figure class="chart timeline-chart">
      <figcaption>{title}</figcaption>
      {months.length === 0 ? (
        <p class="chart-empty">{emptyText}</p>
      ) : (
        <div class="chart-scroll">
          <svg role="img" aria-label={title} width={width} height={HEIGHT + AXIS} viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}>
            <line x1={20} y1={HEIGHT} x2={width} y2={HEIGHT} class="axis" />
            <text x={2} y={12} class="axis-label">
              {max}
            </text>
            {months.map(({ label, count }, i) => {
              const x = 20 + i * step;
              const h = (count / max) * (HEIGHT - 16);
              const newYear = i === 0 || label.endsWith('-01');
              return (
                <g key={label} class="month" data-month={label} data-count={count}>
                  <title>{`${label}: ${count}`}</title>
                  {count > 0 && <rect x={x + 1} y={HEIGHT - h} width={Math.max(2, step - 2)} height={h} rx={2} fill="var(--accent)" />}
                  {newYear && (
                    <text x={x} y={HEIGHT + 16} class="axis-label">
                      {months.length > 18 ? label.slice(0, 4) : label}
                    </text>
                  )}
                  {months.length <= 18 && !newYear && (
                    <text x={x} y={HEIGHT + 16} class="axis-label">
                      {label.slice(5)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        </div>
      )}
    </figure>
  );
}
