/**
 * The content script's call for an analysis: the article goes to the worker, the packed answer
 * (packed-analysis.ts) comes back and is unpacked against the article's own text.
 */
import type { Analysis, ArticleText } from '../engine/types';
import { unpackAnalysis } from './packed-analysis';
import type { Result } from './protocol';
import { sendToBackground } from './transport';

/** Has the background analyse `article`; the answer's facts carry their text again. */
export async function requestAnalysis(article: ArticleText): Promise<Result<Analysis>> {
  const answer = await sendToBackground('content-to-background', 'analyzeArticle', { article });
  return answer.ok ? { ok: true, value: unpackAnalysis(answer.value, article.text) } : answer;
}
