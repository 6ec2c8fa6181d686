/**
 * Reads a saved page the way the content script reads a live one: happy-dom parses the HTML at
 * its URL (the URL decides WeChat reading), `readArticle` finds the article, `analyzeArticle`
 * analyses it. Shared by the analysis CLI (analyze.ts) and the evaluation (eval.ts).
 */
import { Window } from 'happy-dom';
import { readFile } from 'node:fs/promises';
import { analyzeArticle } from '../engine/analyze-article';
import { readArticle } from '../engine/read/read-article';
import type { Analysis, ArticleText } from '../engine/types';

/** Reads the article of `html` served from `url`, or null when the page holds none. */
export async function readPageArticle(html: string, url: string | null): Promise<ArticleText | null> {
  const window = new Window({
    url: url ?? undefined,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    window.document.write(html);
    return readArticle(window.document as unknown as Document, url)?.article ?? null;
  } finally {
    // Close the window, or its timers keep the process alive.
    await window.happyDOM.close();
  }
}

/** Analyses the page saved in `file`, served from `url`. Throws when the file cannot be read or holds no article. */
export async function analyzePageFile(file: string, url: string | null, now: Date): Promise<Analysis> {
  const html = await readFile(file, 'utf8');
  const article = await readPageArticle(html, url);
  if (!article) throw new Error(`no article found in ${file}`);
  return analyzeArticle(article, { now });
}
