/**
 * Hook: which screen of the library is shown — the lists, one clipping (at a passage), or one
 * incident — kept in the address's hash (`#incident=ID`, `#clipping=ID`) so the popup can open an
 * incident's page and the browser's Back button goes back.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ClippingId } from '../storage/clipping';
import type { IncidentId } from '../storage/incident';
import type { TextSpan } from './incident-facts';

/** A screen of the library. */
export type LibraryRoute =
  | { kind: 'lists' }
  | { kind: 'clipping'; id: ClippingId; passage: TextSpan | null; fromIncident: IncidentId | null }
  | { kind: 'incident'; id: IncidentId };

/** The route a hash names (anything else: the lists). */
export function routeOfHash(hash: string): LibraryRoute {
  const match = /^#(incident|clipping)=(.+)$/.exec(hash);
  if (!match) return { kind: 'lists' };
  const id = decodeURIComponent(match[2]);
  return match[1] === 'incident' ? { kind: 'incident', id: id as IncidentId } : { kind: 'clipping', id: id as ClippingId, passage: null, fromIncident: null };
}

/** The hash of a route. */
export function hashOfRoute(route: LibraryRoute): string {
  return route.kind === 'lists' ? '' : `#${route.kind}=${encodeURIComponent(route.id)}`;
}

/** Hook: the current route and a way to go to another (which the hash and history follow). */
export function useLibraryRoute(): [LibraryRoute, (route: LibraryRoute) => void] {
  const [route, setRoute] = useState<LibraryRoute>(() => routeOfHash(location.hash));
  useEffect(() => {
    const onHash = () =>
      setRoute((current) => {
        const next = routeOfHash(location.hash);
        // The passage and where the clipping was opened from live only in the state.
        return hashOfRoute(next) === hashOfRoute(current) ? current : next;
      });
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: LibraryRoute) => {
    setRoute(next);
    const hash = hashOfRoute(next);
    if (hash !== location.hash) history.pushState(null, '', hash || `${location.pathname}${location.search}`);
  }, []);
  return [route, go];
}
