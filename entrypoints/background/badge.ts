/**
 * The toolbar badge: whether the page is an incident article and how many facts were found.
 * Red with the fact count on incident pages; a quiet grey check on articles that were read and
 * judged not to be incidents (near misses, other news), so the reader knows the extension looked;
 * nothing where no article was found.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

/** Badge text of an article checked and found not to be an incident: a mark, not a number. */
export const CHECKED_BADGE = '✓';

/** Text and colour of the badge for a page report. Pure, for tests. */
export function badgeFor(report: { isArticle: boolean; isIncident: boolean; factCount: number }): { text: string; color: string } {
  if (!report.isArticle) return { text: '', color: '#5f6368' };
  if (!report.isIncident) return { text: CHECKED_BADGE, color: '#80868b' };
  return { text: report.factCount > 999 ? '999+' : String(report.factCount), color: '#c5221f' };
}

/** Handler of `reportPage` calls from content scripts. */
export async function reportPage(
  report: { isArticle: boolean; isIncident: boolean; factCount: number },
  sender: Runtime.MessageSender,
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const { text, color } = badgeFor(report);
  await browser.action.setBadgeBackgroundColor({ tabId, color });
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({
    tabId,
    title: report.isIncident
      ? browser.i18n.getMessage('badgeIncident', [String(report.factCount)])
      : report.isArticle
        ? browser.i18n.getMessage('badgeChecked')
        : browser.i18n.getMessage('actionTitle'),
  });
}
