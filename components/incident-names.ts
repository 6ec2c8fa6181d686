/**
 * How the screens name an incident, in the UI language: the victim as the UI language names it,
 * the kind and the month ("Royal Mail ransomware, Jan 2023" / "皇家邮政 勒索软件，2023年1月"). A
 * title the user typed is kept as typed. The stored `title` is the English one exports use.
 */
import type { Incident, IncidentVictim } from '../storage/incident';
import { kindLabel, t, uiLanguage } from './i18n';

/** A victim's name in the UI language and its other-language name (null when it has none). */
export function victimName(victim: Pick<IncidentVictim, 'en' | 'zh'>, ui: 'en' | 'zh' = uiLanguage()): { shown: string; other: string | null } {
  if (!victim.zh || victim.zh === victim.en) return { shown: victim.en, other: null };
  return ui === 'zh' ? { shown: victim.zh, other: victim.en } : { shown: victim.en, other: victim.zh };
}

/** "Jan 2023" / "2023年1月" for an ISO date ("2023" for a year alone); null for none. */
export function monthLabel(date: string | null, ui: 'en' | 'zh' = uiLanguage()): string | null {
  if (!date) return null;
  const [year, month] = date.split('-').map(Number);
  if (!month) return String(year);
  return new Intl.DateTimeFormat(ui === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

/** "10 Jan 2023" / "2023年1月10日" for a day; month or year precision as {@link monthLabel}. */
export function dayLabel(date: string, ui: 'en' | 'zh' = uiLanguage()): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!day) return monthLabel(date, ui) ?? date;
  return new Intl.DateTimeFormat(ui === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** The incident's date window: "Jan 2023", or "Nov 2022 – Jan 2023" when it spans months. */
export function dateWindowLabel(incident: Pick<Incident, 'firstDate' | 'lastDate'>, ui: 'en' | 'zh' = uiLanguage()): string | null {
  const first = monthLabel(incident.firstDate, ui);
  const last = monthLabel(incident.lastDate, ui);
  return first && last && first !== last ? `${first} – ${last}` : first;
}

/** The incident's name in the UI language: the user's title, else victim, first kind, month. */
export function incidentName(incident: Pick<Incident, 'title' | 'titleByUser' | 'victims' | 'kinds' | 'firstDate'>, ui: 'en' | 'zh' = uiLanguage()): string {
  if (incident.titleByUser && incident.title) return incident.title;
  const who = incident.victims.length > 0 ? incident.victims.slice(0, 2).map((victim) => victimName(victim, ui).shown).join(ui === 'zh' ? '、' : ', ') : t('incidentUnnamed');
  const kind = incident.kinds[0] ? kindLabel(incident.kinds[0]) : null;
  const what = kind ? (ui === 'zh' ? `${who} ${kind}事件` : `${who} ${kind.replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase())}`) : who;
  const when = monthLabel(incident.firstDate, ui);
  return when ? (ui === 'zh' ? `${what}，${when}` : `${what}, ${when}`) : what;
}

/** "2 sources" / "2 个来源". */
export function sourceCountLabel(count: number): string {
  return count === 1 ? t('incidentOneSource') : t('incidentSourceCount', String(count));
}
