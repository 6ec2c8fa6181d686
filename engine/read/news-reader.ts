/**
 * Reader for news and blog articles on any site: picks the element that holds the story
 * (articleBody markup, <article>, <main>, else the densest block of paragraphs) and reads its text
 * without navigation, share, newsletter, related-article or comment chrome, nor the slogans,
 * counters and follow prompts sites put inside it (chrome-text.ts).
 * Metadata: Open Graph, article:published_time, JSON-LD, <time>.
 */
import { isChromeBlock } from './chrome-text';
import { collectTextSteps } from './collect-text';
import {
  indexMetaTags,
  normalizePublished,
  readCanonicalUrl,
  readDeclaredLang,
  readJsonLd,
  readMeta,
  type MetaTags,
} from './page-metadata';
import type { ArticleReader, ReadResult } from './reader';
import { runSteps, type Steps } from './steps';

/** Tags that are chrome wherever they appear inside an article container. */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU', 'DIALOG']);

/** class/id words of chrome blocks; matched as whole words of the class/id string. */
const CHROME_WORDS =
  /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|related|recommended|recirc|newsletter|subscribe|subscription|signup|promo|advert|ads?|sponsor(ed)?|comments?|sidebar|toolbar|tags|popular|trending|most-read|cookie|consent|paywall|byline|author-bio|qr(code)?)($|[\s_-])/i;

/** Blocks that are mostly link text are menus and related-article lists, not the story. */
const LINK_LIST_TAGS = new Set(['UL', 'OL', 'P', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL', 'TABLE']);

function isLinkList(el: Element): boolean {
  // No link, no link list: the block's whole text is not read (each <p> of a long article).
  if (!el.querySelector('a')) return false;
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total >= 0.8;
}

function isChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  if (LINK_LIST_TAGS.has(tag) && isLinkList(el)) return true;
  if (isChromeBlock(el)) return true;
  if (tag === 'HEADER' && el.querySelector('nav')) return true;
  // Most elements of a long article have no attribute at all: no role, id or class to read.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo') return true;
  // The id and the class words tested apart, as one "id class" string would match: a word is
  // bounded by the string's ends as by the space between them (no string built per element).
  return CHROME_WORDS.test(el.id) || (typeof el.className === 'string' && CHROME_WORDS.test(el.className));
}

/** Characters in U+3400–U+9FFF (CJK ideographs); a loop, not a global match, so no array of matches. */
function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}

/** Reading weight of a text: CJK characters weigh as a short word each. */
function textWeight(text: string): number {
  return text.length + countCjk(text) * 2;
}

/** Paragraphs weighed between two pauses of the steps. */
const PARAGRAPHS_PER_STEP = 32;

/** Rough amount of reading in an element's paragraphs, in steps (a 1 MB article has thousands). */
function* paragraphWeight(el: Element): Steps<number> {
  let weight = 0;
  let seen = 0;
  const paragraphs = Array.from(el.querySelectorAll('p, li, blockquote, h2, h3, pre'));
  // The query scans the whole candidate (a 200,000-element article: tens of ms): a step of its own.
  yield;
  for (const p of paragraphs) {
    weight += textWeight(p.textContent ?? '');
    if (++seen % PARAGRAPHS_PER_STEP === 0) yield;
  }
  return weight;
}

/** The element most likely to hold the story, in a document or in a shadow root of it. */
function* findArticleRoot(scope: Document | ShadowRoot): Steps<Element | null> {
  const body = 'body' in scope ? scope.body : scope;
  if (!body) return null;
  const explicit = Array.from(scope.querySelectorAll('[itemprop="articleBody"], article, [role="article"]'));
  // Each query scans the whole document: a step of its own.
  yield;
  let candidates = explicit;
  if (explicit.length === 0) {
    candidates = Array.from(scope.querySelectorAll('main, [role="main"], #content, .content, .post, .entry-content'));
    yield;
  }
  let best: Element | null = null;
  let bestWeight = 0;
  for (const el of candidates) {
    const w = yield* paragraphWeight(el);
    if (w > bestWeight) {
      best = el;
      bestWeight = w;
    }
  }
  if (best) return best;
  // No markup to go on: the parent of the most paragraph text.
  const parents = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (parent) parents.set(parent, (parents.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  for (const [el, w] of parents) {
    if (w > bestWeight) {
      best = el;
      bestWeight = w;
    }
  }
  return best;
}

/** What the metadata lookups of one read share: the <meta> tags and the JSON-LD objects, each read once. */
interface PageMetadata {
  tags: MetaTags;
  jsonLd: Record<string, unknown>[];
}

function readPublished(doc: Document, root: Element | null, { tags, jsonLd }: PageMetadata): string | null {
  const meta = readMeta(doc, [
    'article:published_time',
    'og:article:published_time',
    'datePublished',
    'pubdate',
    'publishdate',
    'date',
    'DC.date.issued',
    'dcterms.created',
    'sailthru.date',
  ], tags);
  if (meta) return normalizePublished(meta);
  for (const obj of jsonLd) {
    if (typeof obj.datePublished === 'string') return normalizePublished(obj.datePublished);
  }
  const time = (root ?? doc).querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  return normalizePublished(time?.getAttribute('datetime'));
}

function readTitle(doc: Document, root: Element | null, { tags, jsonLd }: PageMetadata): string | null {
  const og = readMeta(doc, ['og:title', 'twitter:title'], tags);
  if (og) return og;
  for (const obj of jsonLd) if (typeof obj.headline === 'string') return obj.headline;
  const h1 = (root ?? doc).querySelector('h1')?.textContent?.trim();
  return h1 || doc.title.trim() || null;
}

function readSite(doc: Document, url: URL | null, { tags, jsonLd }: PageMetadata): string | null {
  const og = readMeta(doc, ['og:site_name', 'application-name'], tags);
  if (og) return og;
  for (const obj of jsonLd) {
    const pub = obj.publisher as { name?: unknown } | undefined;
    if (pub && typeof pub.name === 'string') return pub.name;
  }
  return url ? url.hostname.replace(/^www\./, '') : null;
}

/** Weighted text length below which a page holds no article (search pages, empty pages, apps). */
const MIN_ARTICLE_WEIGHT = 280;

/**
 * The reader's result for the text collected under `root`, in steps: each lookup that scans the
 * whole document (the <meta> tags, the JSON-LD, the canonical link, a <time>) is a step of its own,
 * so on a 200,000-element page no task holds them all.
 */
function* resultOfSteps(doc: Document, url: URL | null, root: Element, map: ReadResult['map']): Steps<ReadResult> {
  const tags = indexMetaTags(doc);
  yield;
  const metadata: PageMetadata = { tags, jsonLd: readJsonLd(doc) };
  yield;
  const title = readTitle(doc, root, metadata);
  const site = readSite(doc, url, metadata);
  yield;
  const published = readPublished(doc, root, metadata);
  yield;
  return {
    map,
    article: {
      text: map.text,
      title,
      site,
      published,
      declaredLang: readDeclaredLang(doc, tags),
      url: url?.href ?? null,
      canonicalUrl: readCanonicalUrl(doc, url?.href ?? null, tags),
    },
  };
}

/** Generic news and blog reader; matches every page (it is last in the registry). */
export const newsReader: ArticleReader = {
  name: 'news',
  matches: () => true,
  read(doc, url) {
    return runSteps(newsReader.readSteps(doc, url));
  },
  readSteps: (doc, url) => readScopeSteps(doc, doc, url),
};

/**
 * The news reader's work on the story in `scope`: the document itself, or a shadow root of it
 * where a page renders its article (metadata is still the document's).
 */
export function* readScopeSteps(doc: Document, scope: Document | ShadowRoot, url: URL | null): Steps<ReadResult | null> {
  const root = yield* findArticleRoot(scope);
  if (!root) return null;
  const map = yield* collectTextSteps(root, { skip: isChrome });
  yield;
  if (textWeight(map.text) < MIN_ARTICLE_WEIGHT) return null;
  yield;
  const result = yield* resultOfSteps(doc, url, root, map);
  // What the caller does next with the article (the cue check, the message to the worker) starts a
  // step of its own, in a task of its own when the metadata took the slice.
  yield;
  return result;
}

/**
 * The whole page's text as an article, for "analyse anyway" on a page where no reader found one
 * (a short notice, an app-like page): the body without chrome, however little text it holds.
 * Null when the body has no text at all.
 */
export function readPageBody(doc: Document, url: URL | null): ReadResult | null {
  const body = doc.body;
  if (!body) return null;
  const map = runSteps(collectTextSteps(body, { skip: isChrome }));
  return map.text.trim() === '' ? null : runSteps(resultOfSteps(doc, url, body, map));
}
