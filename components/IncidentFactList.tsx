import type { Clipping, ClippingId } from '../storage/clipping';
import { factName } from './fact-names';
import { t } from './i18n';
import type { IncidentFact, TextSpan } from './incident-facts';
import SourceLink from './SourceLink';

/** Props of {@link IncidentFactList}. */
export type IncidentFactListProps = {
  /** Heading ("Services", "Agencies" …). */
  title: string;
  /** The facts, one per value (see incidentFacts). */
  facts: IncidentFact[];
  /** The incident's clippings by id. */
  clippings: ReadonlyMap<ClippingId, Clipping>;
  /** Each clipping's source number on the page. */
  sourceNumbers: ReadonlyMap<ClippingId, number>;
  /** Opens a clipping at a passage. */
  onOpen: (clippingId: ClippingId, passage: TextSpan) => void;
};

const STATUS_LABELS = { affected: 'statusAffected', unaffected: 'statusUnaffected', restored: 'statusRestored' } as const;

/**
 * One category of an incident's facts: each value once, named in the UI language with the other
 * language beside it, a service's status, and links to the first passage naming it in each source.
 */
export default function IncidentFactList({ title, facts, clippings, sourceNumbers, onOpen }: IncidentFactListProps) {
  return (
    <section class="incident-facts" data-category={facts[0]?.category}>
      <h3 class="section-title">{title}</h3>
      {facts.length === 0 ? (
        <p class="hint">{t('incidentNoFacts')}</p>
      ) : (
        <ul>
          {facts.map((entry) => {
            const { shown, other } = factName(entry.fact);
            // The article's own words, when neither name is them (a service has only its text).
            const said = entry.fact.text !== shown && entry.fact.text !== other ? entry.fact.text : null;
            return (
              <li key={entry.key} class="incident-fact" data-category={entry.category} data-value={entry.fact.value} data-status={entry.status}>
                <span class="swatch" style={{ background: `var(--il-${entry.category}-bg)` }} />
                <span class="incident-fact-name">
                  {shown}
                  {(other ?? said) && <span class="other-name">{other ?? said}</span>}
                </span>
                {entry.status && (
                  <span class="fact-status" data-status={entry.status}>
                    {t(STATUS_LABELS[entry.status])}
                  </span>
                )}
                <span class="source-links">
                  {entry.clippingIds.map((clippingId) => {
                    const mention = entry.mentions.find((m) => m.clippingId === clippingId)!;
                    const clipping = clippings.get(clippingId);
                    return (
                      <SourceLink
                        key={clippingId}
                        number={sourceNumbers.get(clippingId) ?? 0}
                        lang={clipping?.lang ?? ''}
                        title={clipping?.title ?? ''}
                        onOpen={() => onOpen(clippingId, mention.passage)}
                      />
                    );
                  })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
