/**
 * The Markdown note of one incident (issue 16): YAML front matter (title, victims in both
 * languages, kinds, date window, ids), then its sources in date order, each a link to the
 * clipping's own note in the same export, with the incident dates each source gives.
 */
import type { Clipping } from '../clipping';
import type { Incident } from '../incident';
import { escapeMarkdownInline, yamlList, yamlString } from './markdown-escape';

/** The note of `incident`; `noteOf` names the note file of each of its clippings (null: not in the export). */
export function buildIncidentMarkdown(incident: Incident, clippings: readonly Clipping[], noteOf: (clipping: Clipping) => string | null): string {
  const victims = incident.victims.map((victim) => (victim.zh && victim.zh !== victim.en ? `${victim.en} (${victim.zh})` : victim.en));
  const front = [
    '---',
    `title: ${yamlString(incident.title)}`,
    `victims: ${yamlList(victims)}`,
    `kinds: ${yamlList(incident.kinds)}`,
    `first_date: ${yamlString(incident.firstDate ?? '')}`,
    `last_date: ${yamlString(incident.lastDate ?? '')}`,
    `sources: ${incident.clippingIds.length}`,
    `created: ${yamlString(new Date(incident.createdAt).toISOString())}`,
    `updated: ${yamlString(new Date(incident.updatedAt).toISOString())}`,
    `incident: ${yamlString(incident.id)}`,
    ...(incident.mergedIds.length ? [`merged: ${yamlList(incident.mergedIds)}`] : []),
    ...(incident.relatedIds.length ? [`related: ${yamlList(incident.relatedIds)}`] : []),
    '---',
  ];
  const byId = new Map(clippings.map((clipping) => [clipping.id, clipping]));
  const sources = incident.clippingIds
    .map((id) => byId.get(id))
    .filter((clipping): clipping is Clipping => Boolean(clipping))
    .map((clipping) => {
      const title = escapeMarkdownInline(clipping.title || clipping.url || 'Untitled');
      const note = noteOf(clipping);
      const link = note ? `[${title}](<${note}>)` : title;
      const details = [clipping.site, clipping.lang, clipping.incidentDate ? `incident date ${clipping.incidentDate}` : null].filter(Boolean).join(', ');
      const status = clipping.incidentLink?.status === 'proposed' ? ' — proposed, not yet accepted' : '';
      return `- ${link}${details ? ` (${escapeMarkdownInline(details)})` : ''}${status}`;
    });
  const body = [`# ${escapeMarkdownInline(incident.title)}`];
  if (victims.length) body.push(`Victims: ${escapeMarkdownInline(victims.join(', '))}`);
  const window = incident.firstDate ? (incident.lastDate && incident.lastDate !== incident.firstDate ? `${incident.firstDate} to ${incident.lastDate}` : incident.firstDate) : null;
  if (window) body.push(`Dates: ${escapeMarkdownInline(window)}`);
  body.push('## Sources', sources.join('\n'));
  return `${front.join('\n')}\n\n${body.join('\n\n')}\n`;
}
