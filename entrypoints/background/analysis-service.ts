/**
 * Runs the engine for content scripts. The engine and its gazetteers live here, in the background
 * worker, so they load once and stay warm across pages instead of being paid on every page load.
 */
import type { Runtime } from 'webextension-polyfill';
import { analyzeArticle } from '../../engine/analyze-article';
import { agencyInfo } from '../../engine/data/agency-info';
import type { Analysis, ArticleText, Fact } from '../../engine/types';

/**
 * An agency fact with what the page's hover card shows about it: its names in both languages
 * (`attrs.en`, `attrs.zh`), its country and its kind (`attrs.agencyKind`). Looked up here, in the
 * worker, so the content script carries no gazetteer. Other facts are returned as they are.
 */
export function withAgencyInfo(fact: Fact): Fact {
  if (fact.category !== 'agency' || !fact.id) return fact;
  const info = agencyInfo(fact.id);
  if (!info) return fact;
  const attrs: Record<string, string> = { en: info.en, zh: info.zh, ...fact.attrs };
  if (info.country && !attrs.country) attrs.country = info.country;
  if (info.kind) attrs.agencyKind = info.kind;
  return { ...fact, attrs };
}

/**
 * Handler of `analyzeArticle` and `stayWarm` calls, and the warm-up at a browser or extension start.
 * `now` and the warm-up are injectable for tests.
 */
export function createAnalysisService(now: () => Date = () => new Date(), warmUp: () => void = () => warmUpEngine()) {
  // Whether this worker has run the engine since it started (an article or the warm-up).
  let engineUsed = false;
  const warmUpOnce = () => {
    if (engineUsed) return;
    engineUsed = true;
    warmUp();
  };
  return {
    /** Warms the engine unless this worker has run it already (browser or extension start). */
    warmUp: warmUpOnce,
    /**
     * A reader's page keeps the worker running (the message is what counts, reader-presence.ts); a
     * worker this message woke warms its engine now, so the reader's next article finds it warm.
     */
    stayWarm(): void {
      warmUpOnce();
    },
    analyzeArticle({ article }: { article: ArticleText }, _sender?: Runtime.MessageSender): Analysis {
      engineUsed = true;
      const started = import.meta.env.WXT_BENCH_MARKS ? performance.now() : 0;
      const analysis = analyzeArticle(article, { now: now() });
      const reply = { ...analysis, facts: analysis.facts.map(withAgencyInfo) };
      if (import.meta.env.WXT_BENCH_MARKS) performance.measure('incident-lens:analysis', { start: started });
      return reply;
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
    title: '白沙市供水公司遭勒索软件攻击，客户数据被窃取',
    text: [
      '2025年3月3日，白沙市供水有限公司表示，黑客利用CVE-2024-21887漏洞入侵其微软Exchange服务器，随后遭LockBit勒索软件攻击，客户数据被窃取。',
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
 * Warms the engine when the browser or the extension starts (runtime.onStartup / onInstalled): its
 * first call loads the packed gazetteers and compiles the extractors' regexes, which would otherwise
 * fall on the first page the user opens after a browser start. Each sample runs in a task of its
 * own, and the next sample is scheduled only when one is done: a page's message that arrives
 * meanwhile is queued ahead of it, so it waits for one sample at most. A worker started again
 * after its idle stop, by a page's message, does not warm up: that page's own analysis is the
 * first call (measured: the page waited behind the English sample for most of its time).
 */
export function warmUpEngine(schedule: (task: () => void) => void = (task) => setTimeout(task, 0)): void {
  const warm = (index: number) => {
    const article = WARM_UP_ARTICLES[index];
    if (!article) return;
    schedule(() => {
      const started = import.meta.env.WXT_BENCH_MARKS ? performance.now() : 0;
      try {
        analyzeArticle(article, { now: new Date(0) });
      } catch {
        // analyzeArticle is total; nothing to recover if it is not.
      }
      if (import.meta.env.WXT_BENCH_MARKS) performance.measure('incident-lens:warm-up', { start: started });
      warm(index + 1);
    });
  };
  warm(0);
}
