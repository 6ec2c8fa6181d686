/**
 * Runs the engine for content scripts. The engine and its gazetteers live here, in the background
 * worker, so they load once and stay warm across pages instead of being paid on every page load.
 */
import type { Runtime } from 'webextension-polyfill';
import { analyzeArticle } from '../../engine/analyze-article';
import type { Analysis, ArticleText } from '../../engine/types';

/** Handler of `analyzeArticle` calls. `now` is injectable for tests. */
export function createAnalysisService(now: () => Date = () => new Date()) {
  return {
    analyzeArticle({ article }: { article: ArticleText }, _sender?: Runtime.MessageSender): Analysis {
      return analyzeArticle(article, { now: now() });
    },
  };
}

/**
 * Two short articles, one English and one Chinese (extractors pick some matchers by language),
 * that reach every extractor: dates, a CVE, indicators, agencies, a threat actor, malware, an
 * organisation and services. Our own sentences, not taken from any page.
 */
export const WARM_UP_ARTICLES: readonly ArticleText[] = [
  {
    title: 'Regional water utility hit by ransomware attack',
    text: [
      'On March 3, 2025, Northwind Water Ltd said LockBit ransomware encrypted its billing servers after APT29 exploited CVE-2024-21887 in Microsoft Exchange.',
      'The FBI and CISA traced the intrusion to 185.220.101.1 and hxxp://evil-update[.]example[.]com/x; customer data was stolen last Tuesday.',
    ].join('\n'),
    site: null,
    published: '2025-03-04',
    declaredLang: 'en',
    url: null,
    canonicalUrl: null,
  },
  {
    title: '某市供水公司遭勒索软件攻击，客户数据被窃取',
    text: [
      '2025年3月3日，某市供水有限公司表示，黑客利用CVE-2024-21887漏洞入侵其微软Exchange服务器，随后遭LockBit勒索软件攻击，客户数据被窃取。',
      '国家计算机网络应急技术处理协调中心（CNCERT）昨天称，Lazarus组织使用的控制服务器为185.220.101[.]1，域名为evil-update[.]example[.]com。',
    ].join('\n'),
    site: null,
    published: '2025-03-04',
    declaredLang: 'zh-CN',
    url: null,
    canonicalUrl: null,
  },
];

/**
 * How long after the worker's start the warm-up begins. Chromium starts the worker for the event
 * that needs it (a page's article, after the worker was stopped for being idle 30 s) and delivers
 * that event after the start-up tasks: a warm-up begun at once made the page wait for a cold
 * sample before its own analysis (measured: 267 ms from the content script's start to highlights).
 * Begun later, a pending article goes first and warms the engine itself.
 */
export const WARM_UP_DELAY_MS = 250;

/**
 * Warms the engine once the worker has started: its first call builds the gazetteers' matchers
 * (~100 ms), which would otherwise fall on the first page the user opens. The samples run in tasks
 * of their own, after the worker has registered its listeners (MV3 requires them synchronously at
 * start), the first WARM_UP_DELAY_MS after the start, each next one when the one before is done:
 * a page's message that arrives meanwhile is queued ahead, so it waits for one sample at most.
 */
export function warmUpEngine(schedule: (task: () => void, delayMs: number) => void = (task, delayMs) => setTimeout(task, delayMs)): void {
  const warm = (index: number) => {
    const article = WARM_UP_ARTICLES[index];
    if (!article) return;
    schedule(
      () => {
        try {
          analyzeArticle(article, { now: new Date(0) });
        } catch {
          // analyzeArticle is total; nothing to recover if it is not.
        }
        warm(index + 1);
      },
      index === 0 ? WARM_UP_DELAY_MS : 0,
    );
  };
  warm(0);
}
