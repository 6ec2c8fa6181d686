/**
 * The library's charts by incident instead of by clipping: each incident counted once, with the
 * union of its clippings' kinds and fact values and its first date. Pure functions; the counting
 * itself is library-stats.ts's, over one row per incident.
 */
import type { Clipping, ClippingId } from './clipping';
import type { Incident } from './incident';
import type { Count } from './library-stats';
import { countByFactValue, countByKind, incidentTimeline } from './library-stats';

/** What the charts count of one incident, shaped as the clipping fields they read. */
export type IncidentRow = Pick<Clipping, 'kinds' | 'factValues' | 'isIncident' | 'incidentDate'>;

/** The incidents that hold at least one of `clippings` (a search result), in the order given. */
export function incidentsOf(clippings: ReadonlyArray<Pick<Clipping, 'incidentId'>>, incidents: readonly Incident[]): Incident[] {
  const ids = new Set(clippings.map((clipping) => clipping.incidentId).filter(Boolean));
  return incidents.filter((incident) => ids.has(incident.id));
}

/** One row per incident: its kinds, the union of its clippings' fact values, its first date. */
export function incidentRows(incidents: readonly Incident[], clippingsById: ReadonlyMap<ClippingId, Pick<Clipping, 'factValues'>>): IncidentRow[] {
  return incidents.map((incident) => ({
    kinds: incident.kinds,
    factValues: [...new Set(incident.clippingIds.flatMap((id) => clippingsById.get(id)?.factValues ?? []))],
    isIncident: 1,
    incidentDate: incident.firstDate,
  }));
}

/** The four charts' counts by incident. */
export function incidentCharts(rows: readonly IncidentRow[]): { timeline: Count[]; kinds: Count[]; agencies: Count[]; organizations: Count[] } {
  return {
    timeline: incidentTimeline(rows),
    kinds: countByKind(rows),
    agencies: countByFactValue(rows, 'agency'),
    organizations: countByFactValue(rows, 'organization'),
  };
}
