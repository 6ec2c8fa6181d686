/**
 * Reader for WeChat official-account articles (mp.weixin.qq.com/s…).
 *
 * The body is #js_content; title #activity-name, account #js_name, date #publish_time or the
 * `var ct = "<unix seconds>"` the page script carries (the #publish_time element is filled by
 * script on live pages and can be empty when the content script runs).
 * Fixture: ../shared/seeds/wechat-royal-mail.html.
 */
import { isChromeBlock } from './chrome-text';
import { collectTextSteps } from './collect-text';
import { normalizePublished, readCanonicalUrl, readDeclaredLang, readMeta } from './page-metadata';
import type { ArticleReader } from './reader';
import { runSteps } from './steps';
import { joinMaps, type TextMap } from './text-map';

const CHINA_OFFSET_MINUTES = 8 * 60;

/** Elements inside #js_content that are WeChat chrome, not article text. */
const WECHAT_CHROME = /(^|\s)(qr_code|js_pc_qr_code|rich_media_tool|js_tags|reward|js_sponsor_ad)/;

/** WeChat article URLs carry tracking parameters; __biz, mid, idx and sn alone name the article. */
function wechatCanonicalUrl(url: URL | null): string | null {
  if (!url || !url.searchParams.get('__biz')) return null;
  const params = ['__biz', 'mid', 'idx', 'sn']
    .filter((key) => url.searchParams.get(key))
    .map((key) => `${key}=${url.searchParams.get(key)}`);
  return `https://mp.weixin.qq.com/s?${params.join('&')}`;
}

function readWechatPublished(doc: Document): string | null {
  const shown = normalizePublished(doc.getElementById('publish_time')?.textContent);
  if (shown) return shown;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const src = script.textContent ?? '';
    const ct = /\bvar\s+ct\s*=\s*["'](\d{9,11})["']/.exec(src);
    if (ct) return normalizePublished(ct[1], CHINA_OFFSET_MINUTES);
    const pt = /\bvar\s+publish_time\s*=\s*["']([^"']+)["']/.exec(src);
    if (pt) return normalizePublished(pt[1]);
  }
  return normalizePublished(readMeta(doc, ['article:published_time']));
}

/**
 * `first` then `rest` as one text, a newline between them; `rest`'s segments shifted. A headline
 * without a body is no article yet (WeChat fills #js_content late): `rest` alone then.
 */
function prependBlock(first: TextMap, rest: TextMap): TextMap {
  if (first.text.length === 0 || rest.text.trim().length === 0) return rest;
  return joinMaps(first, rest);
}

/** WeChat official-account article reader; matches by URL host. */
export const wechatReader: ArticleReader = {
  name: 'wechat',
  matches: (url) => url?.hostname === 'mp.weixin.qq.com',
  read(doc, url) {
    return runSteps(wechatReader.readSteps(doc, url));
  },
  *readSteps(doc, url) {
    const body = doc.getElementById('js_content');
    if (!body) return null;
    const bodyMap = yield* collectTextSteps(body, {
      // Share and QR blocks by their class; follow prompts and counters by their words.
      skip: (el) => WECHAT_CHROME.test(`${el.id} ${el.className}`) || isChromeBlock(el),
    });
    // The headline sits outside #js_content, above it; it is read as the text's first block so the
    // facts it names (often the affected service) are highlighted where the reader first meets them.
    const headline = doc.getElementById('activity-name');
    const map = headline ? prependBlock(yield* collectTextSteps(headline), bodyMap) : bodyMap;
    const title =
      headline?.textContent?.trim() ||
      readMeta(doc, ['og:title', 'twitter:title']) ||
      doc.title.trim() ||
      null;
    const site =
      doc.getElementById('js_name')?.textContent?.trim() || readMeta(doc, ['og:article:author']) || null;
    return {
      map,
      article: {
        text: map.text,
        title,
        site,
        published: readWechatPublished(doc),
        declaredLang: readDeclaredLang(doc) ?? 'zh',
        url: url?.href ?? null,
        canonicalUrl: wechatCanonicalUrl(url) ?? readCanonicalUrl(doc, url?.href ?? null),
      },
    };
  },
};
