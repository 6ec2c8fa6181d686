/**
 * Counts the library's charts draw: saved incidents by incident date (month), and
 * clippings by kind, agency and organisation. Pure functions over clippings.
 */
import type { FactCategory } from '../engine/types';
import type { Clipping } from './clipping';

/** One bar: a label and how many clippings it stands for. */
export interface Count {
  label: string;
  count: number;
}

/** Most frequent first (ties by label), at most `limit`. */
function topCounts(counts: Map<string, number>, limit: number): Count[] {
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}

/** Clippings per incident kind. */
export function countByKind(clippings: ReadonlyArray<Pick<Clipping, 'kinds'>>, limit = 10): Count[] {
  const counts = new Map<string, number>();
  for (const clipping of clippings) for (const kind of new Set(clipping.kinds)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return topCounts(counts, limit);
}

/** Clippings per fact value of one category (e.g. each agency), from the indexed `factValues`. */
export function countByFactValue(clippings: ReadonlyArray<Pick<Clipping, 'factValues'>>, category: FactCategory, limit = 10): Count[] {
  const prefix = `${category}:`;
  const counts = new Map<string, number>();
  for (const clipping of clippings) {
    for (const value of clipping.factValues) {
      if (value.startsWith(prefix)) counts.set(value.slice(prefix.length), (counts.get(value.slice(prefix.length)) ?? 0) + 1);
    }
  }
  return topCounts(counts, limit);
}

/**
 * Saved incidents (clippings judged incidents) per month of their incident date, oldest first,
 * with empty months between the first and the last filled in so the timeline's spacing is true.
 */
export function incidentTimeline(clippings: ReadonlyArray<Pick<Clipping, 'isIncident' | 'incidentDate'>>): Count[] {
  const counts = new Map<string, number>();
  for (const clipping of clippings) {
    if (!clipping.isIncident || !clipping.incidentDate || clipping.incidentDate.length < 7) continue;
    const month = clipping.incidentDate.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const out: Count[] = [];
  let [year, month] = months[0].split('-').map(Number);
  const last = months[months.length - 1];
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    out.push({ label, count: counts.get(label) ?? 0 });
    if (label >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}
