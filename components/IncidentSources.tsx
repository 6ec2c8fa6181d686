import type { Clipping, ClippingId } from '../storage/clipping';
import { clippingDate } from '../storage/clipping-search';
import { languageName, t } from './i18n';
import { incidentReasonLabel } from './incident-reasons';

/** Props of {@link IncidentSources}. */
export type IncidentSourcesProps = {
  /** The incident's clippings, in its order (source 1 first). */
  clippings: Clipping[];
  /** While a write runs, the buttons wait. */
  busy?: boolean;
  /** Opens a clipping. */
  onOpen: (clippingId: ClippingId) => void;
  /** Accepts a clipping's proposed link. */
  onAccept: (clippingId: ClippingId) => void;
  /** Splits a clipping out into an incident of its own. */
  onSplit: (clippingId: ClippingId) => void;
};

/**
 * The incident's sources, numbered as the facts cite them, each with its language, site and date;
 * a source only proposed says so, why the library put it here (in the UI language), and can be
 * accepted; any source of several can be split out.
 */
export default function IncidentSources({ clippings, busy = false, onOpen, onAccept, onSplit }: IncidentSourcesProps) {
  return (
    <ol class="incident-sources-list">
      {clippings.map((clipping, k) => {
        const proposed = clipping.incidentLink?.status === 'proposed';
        return (
          <li key={clipping.id} class="incident-source" data-clipping-id={clipping.id} data-lang={clipping.lang} data-status={proposed ? 'proposed' : 'accepted'}>
            <span class="source-number">{k + 1}</span>
            <div class="source-body">
              <button type="button" class="link source-title" lang={clipping.lang} onClick={() => onOpen(clipping.id)}>
                {clipping.title || t('untitled')}
              </button>
              <span class="source-meta">
                <span class="chip source-lang">{languageName(clipping.lang)}</span>
                <span>{[clipping.site, clippingDate(clipping)].filter(Boolean).join(' · ')}</span>
                {proposed && <span class="chip proposed-chip">{t('incidentProposedTag')}</span>}
              </span>
              {proposed && (clipping.incidentLink?.reasons.length ?? 0) > 0 && (
                <details class="reasons">
                  <summary>{t('incidentWhy')}</summary>
                  <ul>
                    {clipping.incidentLink!.reasons.map((reason) => (
                      <li key={reason}>{incidentReasonLabel(reason)}</li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
            <span class="source-actions">
              {proposed && (
                <button type="button" class="primary" data-action="accept-source" disabled={busy} onClick={() => onAccept(clipping.id)}>
                  {t('incidentAccept')}
                </button>
              )}
              {clippings.length > 1 && (
                <button type="button" data-action="split-source" disabled={busy} onClick={() => onSplit(clipping.id)}>
                  {t('incidentSplitOut')}
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
