import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Clipping, ClippingId } from '../storage/clipping';
import type { Incident, IncidentId } from '../storage/incident';
import type { IncidentTimelineEvent } from '../storage/incident-repository';
import { kindLabel, languageName, t } from './i18n';
import IncidentExport from './IncidentExport';
import IncidentFactList from './IncidentFactList';
import { incidentFacts, type TextSpan } from './incident-facts';
import { dateWindowLabel, incidentName, sourceCountLabel, victimName } from './incident-names';
import IncidentPicker from './IncidentPicker';
import IncidentSources from './IncidentSources';
import IncidentTimeline from './IncidentTimeline';

/** Props of {@link IncidentView}. */
export type IncidentViewProps = {
  /** The incident shown. */
  incident: Incident;
  /** Its clippings, in the incident's order (source 1 first). */
  clippings: Clipping[];
  /** Its timeline (the repository's `timeline`). */
  events: IncidentTimelineEvent[];
  /** Every incident, for "Merge another incident into this one" (null until loaded). */
  incidents: Incident[] | null;
  /** While a write runs, the buttons wait. */
  busy?: boolean;
  onBack: () => void;
  /** Opens a clipping, at a passage when given. */
  onOpenClipping: (clippingId: ClippingId, passage: TextSpan | null) => void;
  onAccept: (clippingId: ClippingId) => void;
  onSplit: (clippingId: ClippingId) => void;
  /** Merges incident `fromId` into this one. */
  onMerge: (fromId: IncidentId) => void;
  /** Renames the incident (null: back to the derived name). */
  onRename: (title: string | null) => void;
  /** Asks for every incident (the merge picker opens). */
  onLoadIncidents: () => void;
};

/**
 * One incident across its articles: the victim in both languages, what happened when (every date
 * its sources give, with the sentence), its services and their status, the agencies, actors and
 * malware, and its sources — each fact linked to the source and passage it came from. From here
 * the user accepts proposed sources, splits one out, merges another incident in, renames, exports.
 */
export default function IncidentView(props: IncidentViewProps) {
  const { incident, clippings, events, incidents, busy = false } = props;
  const [merging, setMerging] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  useEffect(() => {
    setMerging(false);
    setRenaming(null);
  }, [incident.id]);
  const byId = useMemo(() => new Map(clippings.map((clipping) => [clipping.id, clipping])), [clippings]);
  const sourceNumbers = useMemo(() => new Map(clippings.map((clipping, k) => [clipping.id, k + 1])), [clippings]);
  const facts = useMemo(
    () => ({
      services: incidentFacts(clippings, 'service'),
      agencies: incidentFacts(clippings, 'agency'),
      actors: incidentFacts(clippings, 'actor'),
      malware: incidentFacts(clippings, 'malware'),
    }),
    [clippings],
  );
  const proposed = clippings.filter((clipping) => clipping.incidentLink?.status === 'proposed');
  // Dates from before the incident (history an article recalls) go apart, folded.
  const ownEvents = events.filter((event) => !event.background);
  const backgroundEvents = events.filter((event) => event.background);
  const languages = [...new Set(clippings.map((clipping) => clipping.lang))].map((lang) => languageName(lang));
  const victimKeys = new Set(incident.victimKeys);
  const sameVictim = (incidents ?? []).filter((other) => other.id !== incident.id && other.victimKeys.some((key) => victimKeys.has(key))).map((other) => other.id);
  const listProps = { clippings: byId, sourceNumbers, onOpen: props.onOpenClipping };

  return (
    <article class="incident-view" data-incident-id={incident.id}>
      <div class="view-actions">
        <button type="button" onClick={props.onBack}>
          {t('back')}
        </button>
        <IncidentExport incident={incident} clippings={clippings} />
        <button
          type="button"
          data-action="merge-incident"
          aria-expanded={merging}
          disabled={busy}
          onClick={() => {
            setMerging(!merging);
            props.onLoadIncidents();
          }}
        >
          {t('incidentMergeWith')}
        </button>
        <button type="button" data-action="rename-incident" disabled={busy} onClick={() => setRenaming(renaming === null ? incidentName(incident) : null)}>
          {t('incidentRename')}
        </button>
      </div>
      {renaming !== null ? (
        <form
          class="incident-rename"
          onSubmit={(event) => {
            event.preventDefault();
            props.onRename(renaming.trim() === '' ? null : renaming);
            setRenaming(null);
          }}
        >
          <input class="title-input" aria-label={t('incidentRenameLabel')} value={renaming} onInput={(event) => setRenaming((event.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="primary">
            {t('incidentRenameSave')}
          </button>
          <button type="button" onClick={() => setRenaming(null)}>
            {t('incidentCancel')}
          </button>
        </form>
      ) : (
        <h1 class="incident-heading">{incidentName(incident)}</h1>
      )}
      <p class="incident-summary">
        {[dateWindowLabel(incident), `${sourceCountLabel(clippings.length)} (${languages.join(' · ')})`].filter(Boolean).join(' · ')}
        {incident.kinds.map((kind) => (
          <span key={kind} class="kind chip" data-kind={kind}>
            {kindLabel(kind)}
          </span>
        ))}
      </p>
      {merging && (
        <IncidentPicker
          title={t('incidentMergeTitle')}
          incidents={incidents}
          preferred={sameVictim}
          exclude={incident.id}
          onPick={(fromId) => {
            setMerging(false);
            props.onMerge(fromId);
          }}
          onCancel={() => setMerging(false)}
        />
      )}
      {proposed.length > 0 && (
        <p class="incident-review" role="status">
          {t('incidentProposedSources', String(proposed.length))}
        </p>
      )}
      <div class="view-columns">
        <div class="incident-main">
          <h2 class="section-title">{t('incidentTimeline')}</h2>
          <IncidentTimeline events={ownEvents} clippings={byId} sourceNumbers={sourceNumbers} onOpen={props.onOpenClipping} />
          {backgroundEvents.length > 0 && (
            <details class="timeline-background">
              <summary>{t('incidentTimelineBackground', String(backgroundEvents.length))}</summary>
              <IncidentTimeline events={backgroundEvents} clippings={byId} sourceNumbers={sourceNumbers} onOpen={props.onOpenClipping} />
            </details>
          )}
          <h2 class="section-title">{t('incidentSources')}</h2>
          <IncidentSources clippings={clippings} busy={busy} onOpen={(id) => props.onOpenClipping(id, null)} onAccept={props.onAccept} onSplit={props.onSplit} />
        </div>
        <aside class="view-side incident-side">
          <section class="incident-victims">
            <h3 class="section-title">{t('incidentVictim')}</h3>
            {incident.victims.length === 0 ? (
              <p class="hint">{t('incidentNoFacts')}</p>
            ) : (
              <ul>
                {incident.victims.map((victim) => {
                  const { shown, other } = victimName(victim);
                  return (
                    <li key={victim.key} class="incident-victim" data-victim={victim.key}>
                      <span class="victim-name">{shown}</span>
                      {other && (
                        <span class="other-name" lang={/\p{Script=Han}/u.test(other) ? 'zh' : 'en'}>
                          {other}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          <IncidentFactList title={t('incidentServices')} facts={facts.services} {...listProps} />
          <IncidentFactList title={t('category_agency')} facts={facts.agencies} {...listProps} />
          <IncidentFactList title={t('category_actor')} facts={facts.actors} {...listProps} />
          <IncidentFactList title={t('category_malware')} facts={facts.malware} {...listProps} />
        </aside>
      </div>
    </article>
  );
}
