import type { Clipping, ClippingId } from '../storage/clipping';
import { passageAround, type IncidentTimelineEvent } from '../storage/incident-repository';
import { t } from './i18n';
import type { TextSpan } from './incident-facts';
import { dayLabel } from './incident-names';
import SourceLink from './SourceLink';

/** Props of {@link IncidentTimeline}. */
export type IncidentTimelineProps = {
  /** The incident's events, oldest first (the repository's `timeline`). */
  events: IncidentTimelineEvent[];
  /** The incident's clippings by id (their text holds the passages). */
  clippings: ReadonlyMap<ClippingId, Clipping>;
  /** Each clipping's source number on the page. */
  sourceNumbers: ReadonlyMap<ClippingId, number>;
  /** Opens a clipping at a passage (null: at its top). */
  onOpen: (clippingId: ClippingId, passage: TextSpan | null) => void;
};

/**
 * What happened when, from every date the incident's articles give: the date, what the sentence
 * says happened (discovered, disclosed, disrupted, restored, attributed, or just mentioned), the
 * sentence in its own language with the date in bold, and the source it came from. A date shared
 * by several sources is written once. The incident page lists the incident's own dates with one,
 * and the dates from before it (history an article recalls) apart with another.
 */
export default function IncidentTimeline({ events, clippings, sourceNumbers, onOpen }: IncidentTimelineProps) {
  if (events.length === 0) return <p class="hint">{t('incidentTimelineEmpty')}</p>;
  return (
    <ol class="incident-timeline">
      {events.map((event, k) => {
        const clipping = clippings.get(event.clippingId);
        if (!clipping) return null;
        const published = event.event === 'published';
        const passage = published ? null : passageAround(clipping.text, event.start, event.end);
        const sameDate = k > 0 && events[k - 1].date === event.date;
        const kind = event.event ?? 'mentioned';
        const open = () => onOpen(event.clippingId, passage);
        return (
          <li key={`${event.clippingId}:${event.start}:${event.event}`} class="timeline-event" data-event={kind} data-date={event.date}>
            <time class="event-date" dateTime={event.date}>
              {sameDate ? '' : dayLabel(event.date)}
            </time>
            <span class="event-kind" data-event={kind}>
              {t(`event_${kind}`)}
            </span>
            <span class="event-passage" lang={event.lang}>
              {passage ? (
                <button type="button" class="link passage-link" onClick={open}>
                  {clipping.text.slice(passage.start, event.start)}
                  <strong>{clipping.text.slice(event.start, event.end)}</strong>
                  {clipping.text.slice(event.end, passage.end)}
                </button>
              ) : (
                <button type="button" class="link passage-link" onClick={open}>
                  {clipping.title || t('untitled')}
                </button>
              )}
            </span>
            <SourceLink number={sourceNumbers.get(event.clippingId) ?? 0} lang={event.lang} title={clipping.title ?? ''} onOpen={open} />
          </li>
        );
      })}
    </ol>
  );
}
