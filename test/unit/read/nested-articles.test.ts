/**
 * Articles a page renders in open shadow roots or same-origin frames are read when, and only
 * when, the light DOM holds none (happy-dom).
 */
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { readArticle } from '../../../engine/read/read-article';
import { locateSpan } from '../../../engine/read/text-map';

const URL_A = 'https://news.example.test/2024/05/council-ransomware';
const STORY =
  '<h1>Northbridge council confirms ransomware attack</h1>' +
  '<p>Northbridge City Council said on Wednesday that a ransomware attack had forced its online payment portal and housing benefits system offline since May 13.</p>' +
  '<p>The Akira ransomware gang listed the council on its leak site, claiming to have stolen 40 GB of residents’ data. The council has reported the incident to the Information Commissioner’s Office.</p>' +
  '<p>Investigators believe the attackers exploited a flaw in the council’s VPN appliance before moving to the payment servers.</p>';

function page(body: string) {
  const window = new Window({ url: URL_A, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(`<!doctype html><html><head><title>Northbridge council confirms ransomware attack | News</title></head><body>${body}</body></html>`);
  return { window, document: window.document as unknown as Document };
}

/** Puts `html` (parsed by DOMParser in a detached document, then imported) in a shadow root of `host`. */
function shadow(host: Element, html: string, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  const view = host.ownerDocument.defaultView as unknown as typeof globalThis;
  const parsed = new view.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  root.append(...Array.from(parsed.body.childNodes).map((n) => host.ownerDocument.importNode(n, true)));
  return root;
}

describe('articles outside the light DOM', () => {
  test('an article in an open shadow root, two components deep, is read and mapped to its nodes', () => {
    const { document } = page('<app-shell></app-shell>');
    const outer = shadow(document.querySelector('app-shell')!, '<nav><a href="/">Home</a></nav><news-story></news-story>');
    const inner = shadow(outer.querySelector('news-story')!, `<article>${STORY}</article>`);
    const read = readArticle(document, URL_A)!;
    expect(read).not.toBeNull();
    expect(read.article.text).toContain('Akira ransomware gang');
    expect(read.article.title).toBe('Northbridge council confirms ransomware attack');
    expect(read.article.url).toBe(URL_A);
    const start = read.article.text.indexOf('Akira');
    const points = locateSpan(read.map, { start, end: start + 5 })!;
    expect(points.startNode.getRootNode()).toBe(inner);
    expect(points.startNode.data.slice(points.startOffset, points.endOffset)).toBe('Akira');
  });

  test('a closed shadow root is not read', () => {
    const { document } = page('<news-story></news-story>');
    shadow(document.querySelector('news-story')!, `<article>${STORY}</article>`, 'closed');
    expect(readArticle(document, URL_A)).toBeNull();
  });

  test('a page with an article in its light DOM is read as before, its shadow roots untouched', () => {
    const { document } = page(`<article>${STORY}</article><side-widget></side-widget>`);
    shadow(document.querySelector('side-widget')!, `<article>${STORY}${STORY}<p>Widget text only in the shadow root.</p></article>`);
    const read = readArticle(document, URL_A)!;
    expect(read.article.text).not.toContain('Widget text');
    expect(read.map.anchors.every((anchor) => anchor.getRootNode() === document)).toBe(true);
  });

  test('an article in a same-origin frame is read, under the page’s address', async () => {
    const { window, document } = page('<iframe></iframe>');
    document.querySelector('iframe')!.setAttribute('srcdoc', `<article>${STORY}</article>`);
    await window.happyDOM.waitUntilComplete();
    const read = readArticle(document, URL_A)!;
    expect(read.article.text).toContain('VPN appliance');
    expect(read.article.url).toBe(URL_A);
  });

  test('a page with no article anywhere reads as none', () => {
    const { document } = page('<search-box></search-box><p>No results.</p>');
    shadow(document.querySelector('search-box')!, '<input><button>Search</button>');
    expect(readArticle(document, URL_A)).toBeNull();
  });
});
