import type { Count } from '../storage/library-stats';
import { estimateTextWidth, labelledSlots, labelStride } from './chart-layout';
import { useElementWidth } from './use-element-width';

/** Props of {@link TimelineChart}. */
export type TimelineChartProps = {
  /** Chart heading. */
  title: string;
  /** Incidents per month ("YYYY-MM"), oldest first, empty months included. */
  months: Count[];
  /** Shown when there is nothing to draw. */
  emptyText: string;
};

const HEIGHT = 180;
const AXIS = 24;
const LEFT = 28;
const LABEL_FONT = 11;
/** Widest a month's bar gets, so a short timeline still reads as bars on a time axis. */
const MAX_BAR = 56;

/**
 * Saved incidents per month as vertical bars on a time axis, drawn in SVG across the whole card.
 * Every axis label is a whole "YYYY-MM", placed every so many months that none overlaps.
 */
export default function TimelineChart({ title, months, emptyText }: TimelineChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(800);
  const max = Math.max(1, ...months.map((m) => m.count));
  const step = months.length > 0 ? (width - LEFT - 4) / months.length : 0;
  const bar = Math.max(2, Math.min(MAX_BAR, step - 4));
  const stride = labelStride(step, estimateTextWidth('2000-00', LABEL_FONT));
  const labelled = new Set(labelledSlots(months.length, stride));
  return (
    <figure class="chart timeline-chart">
      <figcaption>{title}</figcaption>
      <div class="chart-body" ref={ref}>
        {months.length === 0 ? (
          <p class="chart-empty">{emptyText}</p>
        ) : (
          <svg role="img" aria-label={title} width={width} height={HEIGHT + AXIS} viewBox={`0 0 ${width} ${HEIGHT + AXIS}`} data-label-stride={stride}>
            <line x1={LEFT} y1={HEIGHT} x2={width} y2={HEIGHT} class="axis" />
            <text x={LEFT - 6} y={12} class="axis-label" text-anchor="end">
              {max}
            </text>
            <text x={LEFT - 6} y={HEIGHT} class="axis-label" text-anchor="end">
              0
            </text>
            {months.map(({ label, count }, i) => {
              const centre = LEFT + i * step + step / 2;
              const h = (count / max) * (HEIGHT - 16);
              return (
                <g key={label} class="month" data-month={label} data-count={count}>
                  <title>{`${label}: ${count}`}</title>
                  {count > 0 && <rect x={centre - bar / 2} y={HEIGHT - h} width={bar} height={h} rx={2} fill="var(--accent)" />}
                  {labelled.has(i) && (
                    <text x={centre} y={HEIGHT + 16} class="axis-label" text-anchor="middle">
                      {label}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        )}
      </div>
    </figure>
  );
}
