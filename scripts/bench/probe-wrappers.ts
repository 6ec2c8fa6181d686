/**
 * Probe of the huge page's read slices: walks the huge page (no extension) from an isolated world,
 * as the content script does, 4,096 nodes per DevTools evaluation, and prints the main thread's
 * CPU time (Performance.getMetrics ThreadTime) of each evaluation that used more than 8 ms, with
 * the nodes walked by then. Modes: `walk` visits every node as collect-text.ts does, keeping the
 * text nodes (as a TextMap does); `text` visits and keeps only text nodes (a TreeWalker); `transient`
 * visits text nodes and keeps none; `anchored` walks as `walk` does and keeps only the blocks (an
 * anchored TextMap's anchors). A step far above its neighbours at a power of two of the nodes
 * kept is the world's wrapper table growing (see README, Performance › Huge pages).
 *   npx tsx scripts/bench/probe-wrappers.ts [walk|text|transient|anchored]
 */
import { startFixtureServer } from '../../test/e2e/harness';
import { generateHugeArticlePage, HUGE_PAGE_URL } from '../../test/e2e/huge-page';
import { launchBench } from './browser';

const mode = process.argv[2] ?? 'walk';
const server = await startFixtureServer([]);
server.serve({ url: HUGE_PAGE_URL, html: generateHugeArticlePage() });
const browser = await launchBench(server, { extensionDir: '' });
try {
  const page = await browser.context.newPage();
  await page.goto(HUGE_PAGE_URL, { timeout: 120_000 });
  await page.waitForTimeout(2000);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'probe' });
  const init = {
    walk: `globalThis.keep = []; globalThis.visited = 0; globalThis.next = [document.querySelector('article').firstChild]; globalThis.depth = 1;
      globalThis.step = () => { let n = 0; while (depth > 0 && n < 4096) { const c = next[depth - 1]; if (!c) { depth--; continue; } next[depth - 1] = c.nextSibling; n++; visited++;
        if (c.nodeType === 3) keep.push(c); else if (c.nodeType === 1) { next[depth++] = c.firstChild; } } return depth > 0 ? visited : -visited; }; 0`,
    text: `globalThis.keep = []; globalThis.visited = 0; globalThis.w = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
      globalThis.step = () => { let n = 0, c = null; while (n < 4096 && (c = w.nextNode())) { keep.push(c); n++; visited++; } return c ? visited : -visited; }; 0`,
    // The walk of \`walk\`, keeping only the blocks (as an anchored TextMap keeps its anchors) and reading every text node.
    anchored: `globalThis.keep = []; globalThis.chars = 0; globalThis.visited = 0; globalThis.next = [document.querySelector('article').firstChild]; globalThis.depth = 1;
      globalThis.blocks = new Set(['P', 'DIV', 'HEADER', 'H1', 'LI', 'SECTION', 'ARTICLE']);
      globalThis.step = () => { let n = 0; while (depth > 0 && n < 4096) { const c = next[depth - 1]; if (!c) { depth--; continue; } next[depth - 1] = c.nextSibling; n++; visited++;
        if (c.nodeType === 3) chars += c.data.length; else if (c.nodeType === 1) { if (blocks.has(c.tagName)) keep.push(c); next[depth++] = c.firstChild; } } return depth > 0 ? visited : -visited; }; 0`,
    // Text nodes read and dropped: do wrappers nobody keeps leave the table before it grows?
    transient: `globalThis.visited = 0; globalThis.chars = 0; globalThis.w = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
      globalThis.step = () => { let n = 0, c = null; while (n < 4096 && (c = w.nextNode())) { chars += c.data.length; n++; visited++; } return c ? visited : -visited; }; 0`,
  }[mode]!;
  await cdp.send('Runtime.evaluate', { expression: init, contextId });
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
  const slow: string[] = [];
  let total = 0;
  for (;;) {
    const before = await threadTime();
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'step()', contextId, returnByValue: true });
    const used = (await threadTime()) - before;
    total += used;
    const visited = result.value as number;
    if (used > 8) slow.push(`${Math.abs(visited)}:${used.toFixed(0)}`);
    if (visited <= 0) {
      console.log(`${mode}: ${-visited} nodes, thread time ${total.toFixed(0)} ms; evaluations over 8 ms: ${slow.join(' ')}`);
      break;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
