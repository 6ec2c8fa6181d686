/**
 * Articles a page renders outside its light DOM: inside open shadow roots (web-component sites)
 * or in same-origin frames. Looked for only when the light DOM holds no article, so ordinary pages
 * pay nothing for it; closed shadow roots and cross-origin frames stay out of reach, as they
 * should. Of the articles found, the longest is the page's.
 */
import { readScopeSteps } from './news-reader';
import type { ReadResult } from './reader';
import type { Steps } from './steps';

/** Shadow roots and frames nested in one another, at most this deep. */
const MAX_DEPTH = 3;
/** Elements looked at between two pauses of the steps. */
const ELEMENTS_PER_STEP = 256;

/** Open shadow roots and same-origin frame documents directly under `scope` (not inside nested ones). */
function* nestedScopes(scope: Document | ShadowRoot): Steps<(Document | ShadowRoot)[]> {
  const found: (Document | ShadowRoot)[] = [];
  const elements = 'body' in scope ? scope.body?.querySelectorAll('*') : scope.querySelectorAll('*');
  let seen = 0;
  for (const el of Array.from(elements ?? [])) {
    if (++seen % ELEMENTS_PER_STEP === 0) yield;
    if (el.shadowRoot) found.push(el.shadowRoot);
    if (el.localName !== 'iframe') continue;
    let inner: Document | null = null;
    try {
      inner = (el as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (inner?.body) found.push(inner);
  }
  return found;
}

/**
 * The longest article in the open shadow roots and same-origin frames of `doc`; `readDocument`
 * reads a frame's document with the registered readers (metadata and address stay `doc`'s).
 */
export function* readNestedArticleSteps(
  doc: Document,
  url: URL | null,
  readDocument: (frame: Document) => Steps<ReadResult | null>,
): Steps<ReadResult | null> {
  let best: ReadResult | null = null;
  let level: (Document | ShadowRoot)[] = [doc];
  for (let depth = 1; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: (Document | ShadowRoot)[] = [];
    for (const scope of level) next.push(...(yield* nestedScopes(scope)));
    for (const scope of next) {
      let result: ReadResult | null = null;
      try {
        result = 'body' in scope ? yield* readDocument(scope) : yield* readScopeSteps(doc, scope, url);
      } catch {
        result = null;
      }
      if (result && result.article.text.trim().length > 0 && (!best || result.article.text.length > best.article.text.length)) best = result;
    }
    level = next;
  }
  return best;
}
