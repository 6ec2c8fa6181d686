/**
 * Reads a saved page the way the content script reads a live one: happy-dom parses the HTML at
 * its URL (the URL decides WeChat reading), `readArticle` finds the article, `analyzeArticle`
 * analyses it. Shared by the analysis CLI (analyze.ts) and the evaluation (eval.ts).
 */
import { Window } from 'happy-dom';
import { readFile } from 'node:fs/promises';
import { analyzeArticle } from '../engine/analyze-article';
import { readCanonicalUrl } from '../engine/read/page-metadata';
import { readArticle } from '../engine/read/read-article';
import type { Analysis, ArticleText } from '../engine/types';

function parsingWindow(url: string | null): Window {
  return new Window({
    url: url ?? undefined,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
}

/**
 * The address a saved page names for itself (`<link rel=canonical>`, then `og:url`), or null.
 * A page saved from the browser keeps it, and the address decides how the page is read (WeChat
 * articles by the WeChat reader, with its date rules), so it stands in when no URL is given.
 */
export async function ownUrlOf(html: string): Promise<string | null> {
  const window = parsingWindow(null);
  try {
    window.document.write(html);
    return readCanonicalUrl(window.document as unknown as Document, null);
  } finally {
    await window.happyDOM.close();
  }
}

/** Reads the article of `html` served from `url`, or null when the page holds none. */
export async function readPageArticle(html: string, url: string | null): Promise<ArticleText | null> {
  const window = parsingWindow(url);
  try {
    window.document.write(html);
    return readArticle(window.document as unknown as Document, url)?.article ?? null;
  } finally {
    // Close the window, or its timers keep the process alive.
    await window.happyDOM.close();
  }
}

/**
 * Analyses the page saved in `file`, served from `url`; without `url`, from the page's own
 * canonical address (`onOwnUrl` hears which). Throws when the file cannot be read or holds no article.
 */
export async function analyzePageFile(file: string, url: string | null, now: Date, onOwnUrl?: (url: string | null) => void): Promise<Analysis> {
  const html = await readFile(file, 'utf8');
  let address = url;
  if (address === null) {
    address = await ownUrlOf(html);
    onOwnUrl?.(address);
  }
  const article = await readPageArticle(html, address);
  if (!article) throw new Error(`no article found in ${file}`);
  return analyzeArticle(article, { now });
}
