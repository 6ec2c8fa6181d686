import { Window } from 'happy-dom';
import { afterEach, describe, expect, test } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchArticle } from '../../../entrypoints/incident-lens.content/article-watcher';

/** The parts of WXT's context the watcher uses, over happy-dom's window (no extension runtime here). */
function contextFor(window: Window) {
  const abort = new AbortController();
  const ctx = {
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(() => !abort.signal.aborted && fn(), ms),
    requestIdleCallback: (fn: () => void) => window.setTimeout(() => !abort.signal.aborted && fn(), 0),
    addEventListener: (target: EventTarget, type: string, handler: () => void) =>
      target.addEventListener(type.startsWith('wxt:') ? `test:${type}` : type, handler, { signal: abort.signal }),
    onInvalidated: (fn: () => void) => abort.signal.addEventListener('abort', fn),
    get isInvalid() {
      return abort.signal.aborted;
    },
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => abort.abort() };
}

// Generous margins: the assertions below never depend on how fast the machine is.
const timing = { quietMs: 150, maxWaitMs: 2000 };
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
let window: Window;

function setup() {
  window = new Window({ url: 'https://mp.weixin.qq.com/s?__biz=1' });
  window.document.write('<!doctype html><html><body><div id="js_content"></div></body></html>');
  const document = window.document as unknown as Document;
  const { ctx, invalidate } = contextFor(window);
  let calls = 0;
  const watcher = watchArticle(ctx, document, () => calls++, timing);
  return { document, watcher, invalidate, calls: () => calls };
}

afterEach(async () => {
  await window?.happyDOM.abort();
});

describe('watchArticle', () => {
  test('a burst of mutations (a late WeChat fill) gives one check, after the page is quiet', async () => {
    const { document, calls } = setup();
    const body = document.getElementById('js_content')!;
    for (const text of ['5月8日，东港物流集团确认遭到攻击。', '公司表示，攻击发生在昨天凌晨。', 'Northbridge Water was hit.']) {
      const p = document.createElement('p');
      p.textContent = text;
      body.appendChild(p);
      // Let the observer deliver each mutation separately (microtasks; no timer can run here).
      await Promise.resolve();
    }
    expect(calls()).toBe(0);
    await settle(600);
    expect(calls()).toBe(1);
  });

  test('the extension’s own edits made quietly (marks fallback) do not wake it', async () => {
    const { document, watcher, calls } = setup();
    const body = document.getElementById('js_content')!;
    watcher.quietly(() => body.appendChild(document.createElement('mark')));
    await watcher.quietly(async () => {
      await settle(5);
      body.appendChild(document.createElement('mark'));
    });
    await settle(600);
    expect(calls()).toBe(0);
  });

  test('a location change asks for a check; an invalidated script stops watching', async () => {
    const { document, invalidate, calls, watcher } = setup();
    window.dispatchEvent(new window.Event('test:wxt:locationchange'));
    await settle(600);
    expect(calls()).toBe(1);
    watcher.poke();
    await settle(600);
    expect(calls()).toBe(2);
    invalidate();
    document.body.appendChild(document.createElement('p'));
    await settle(600);
    expect(calls()).toBe(2);
  });
});
