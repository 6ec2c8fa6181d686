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
