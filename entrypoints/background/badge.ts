/**
 * The toolbar badge: whether the page is an incident article and how many facts were found.
 * Red with the fact count on incident pages, nothing on other pages.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

/** Text and colour of the badge for a page report. Pure, for tests. */
export function badgeFor(report: { isArticle: boolean; isIncident: boolean; factCount: number }): { text: string; color: string } {
  if (!report.isArticle || !report.isIncident) return { text: '', color: '#5f6368' };
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
      : browser.i18n.getMessage('actionTitle'),
  });
}
