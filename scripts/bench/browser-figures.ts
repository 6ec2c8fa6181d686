/**
 * Figures measured inside pages of headless Chromium without the extension: the floor (a text
 * walk), the peers (Readability, chrono-node, mark.js) and our parts through the page probe
 * (reading, the engine, highlighting). Every script is injected into the page it is timed in;
 * "first call" figures use a fresh navigation each run, "warm" ones repeat in one page.
 */
import type { Page } from 'playwright-core';
import type { FixtureServer } from '../../test/e2e/harness';
import { launchBench } from './browser';
import type { BenchBundles } from './bundles';
import type { BenchPage } from './pages';
import type { Figure } from './stats';
import { FIGURE } from './figure-names';

/** The probe's interface in the page (see page-probe.ts). */
interface Probe {
  floor(): number;
  read(): { ms: number; textLength: number };
  analyze(): { ms: number; facts: number; isIncident: boolean };
  articleJson(): string | null;
  warmHighlight(): number;
  highlight(): Promise<{ ms: number; ranges: number }>;
  clearHighlights(): void;
  markjsRanges(): { start: number; length: number }[];
}
declare global {
  interface Window {
    __incidentLensBench: Probe;
    __chrono: typeof import('chrono-node');
    Readability: typeof import('@mozilla/readability').Readability;
    Mark: new (context: Element) => { markRanges(ranges: { start: number; length: number }[], options: { done(): void }): void };
  }
}

const NOW_ISO = '2026-01-01T00:00:00Z';

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions inside the
 * callbacks we hand to page.evaluate in `__name(...)`; pages do not have it, so define it.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** Inserts `source` as an inline script; returns how long it took to load and run (ms). */
function inject(page: Page, source: string): Promise<number> {
  return page.evaluate((src) => {
    const t0 = performance.now();
    const script = document.createElement('script');
    script.textContent = src;
    (document.head ?? document.documentElement).append(script);
    return performance.now() - t0;
  }, source);
}

/** Runs per figure for a page. */
export interface PageRuns {
  cold: number;
  warm: number;
  /** Fresh-page runs of our probe and mark.js (fewer on the 1 MB page, where mark.js takes seconds). */
  probeCold: number;
}

/** Results: the figures, plus each page's article text as our reader saw it (for the Node figures). */
export interface PageFigureResult {
  figures: Figure[];
  articles: Map<string, string>;
}

/** Measures floor, peers and our parts on every page. */
export async function measurePageFigures(
  server: FixtureServer,
  pages: BenchPage[],
  bundles: BenchBundles,
  runsOf: (page: BenchPage) => PageRuns,
  log: (line: string) => void,
): Promise<PageFigureResult> {
  const browser = await launchBench(server, { extensionDir: null });
  const figures: Figure[] = [];
  const articles = new Map<string, string>();
  try {
    await browser.context.addInitScript(KEEP_NAMES_SHIM);
    const page = await browser.context.newPage();
    for (const benchPage of pages) {
      const { cold, warm, probeCold } = runsOf(benchPage);
      const s = benchPage.id;
      const open = () => page.goto(benchPage.url, { waitUntil: 'load' });
      log(`  page figures: ${s}`);

      // The article text as our reader sees it: chrono gets the same text.
      await open();
      let text = '';
      if (bundles.probe) {
        await inject(page, bundles.probe);
        await page.evaluate(() => window.__incidentLensBench.read());
        const json = await page.evaluate(() => window.__incidentLensBench.articleJson());
        if (json) {
          articles.set(s, json);
          text = (JSON.parse(json) as { text: string }).text;
        }
      }
      if (!text) text = await page.evaluate(() => document.body.innerText);

      const readabilityFirst: number[] = [];
      const readabilityLoadFirst: number[] = [];
      const chronoLoadFirst: number[] = [];
      const probeLoad: number[] = [];
      const readFirst: number[] = [];
      const engineFirst: number[] = [];
      const oursHighlight: number[] = [];
      const warmUp: number[] = [];
      const markjs: number[] = [];
      let rangeCount = 0;
      let markCount = 0;
      for (let i = 0; i < cold; i++) {
        await open();
        const load = await inject(page, bundles.readability);
        const parse = await page.evaluate(() => {
          const t0 = performance.now();
          new window.Readability(document.cloneNode(true) as Document).parse();
          return performance.now() - t0;
        });
        readabilityFirst.push(parse);
        readabilityLoadFirst.push(load + parse);

        await open();
        const chronoLoad = await inject(page, bundles.chrono);
        const chronoFirst = await page.evaluate(([t, iso]) => {
          const now = new Date(iso);
          const t0 = performance.now();
          window.__chrono.en.parse(t, now);
          window.__chrono.zh.parse(t, now);
          return performance.now() - t0;
        }, [text, NOW_ISO] as const);
        chronoLoadFirst.push(chronoLoad + chronoFirst);

        if (!bundles.probe || i >= probeCold) continue;
        await open();
        probeLoad.push(await inject(page, bundles.probe));
        readFirst.push(await page.evaluate(() => window.__incidentLensBench.read().ms));
        engineFirst.push(await page.evaluate(() => window.__incidentLensBench.analyze().ms));
        // The page controller readies the Highlight API while the worker analyses, then paints
        // when the answer comes: the same order here, each timed on its own.
        warmUp.push(await page.evaluate(() => window.__incidentLensBench.warmHighlight()));
        const ours = await page.evaluate(() => window.__incidentLensBench.highlight());
        oursHighlight.push(ours.ms);

        // mark.js on a fresh copy of the page, over the same ranges.
        await open();
        await inject(page, bundles.probe);
        const ranges = await page.evaluate(() => {
          window.__incidentLensBench.read();
          window.__incidentLensBench.analyze();
          return window.__incidentLensBench.markjsRanges();
        });
        rangeCount = ranges.length;
        await inject(page, bundles.markjs);
        const marked = await page.evaluate((r) => new Promise<{ ms: number; count: number }>((resolve) => {
          const t0 = performance.now();
          new window.Mark(document.body).markRanges(r, { done: () => resolve({ ms: performance.now() - t0, count: document.querySelectorAll('mark').length }) });
        }), ranges);
        markjs.push(marked.ms);
        markCount = marked.count;
      }

      // Warm: everything injected once, each part repeated in the same page.
      await open();
      await inject(page, bundles.readability);
      await inject(page, bundles.chrono);
      if (bundles.probe) await inject(page, bundles.probe);
      const warmRuns = await page.evaluate(([t, iso, n, withProbe]) => {
        const now = new Date(iso);
        // Pages get a 0.1 ms clock: a sample repeats `fn` until it spans at least 5 ms and
        // reports the mean, so sub-millisecond figures are not rounded to 0 or 0.1.
        const time = (fn: () => unknown) => {
          const t = performance.now();
          fn();
          const first = performance.now() - t;
          const reps = Math.max(1, Math.ceil(5 / Math.max(first, 0.01)));
          const runs: number[] = [];
          for (let i = 0; i < n; i++) {
            const t0 = performance.now();
            for (let r = 0; r < reps; r++) fn();
            runs.push((performance.now() - t0) / reps);
          }
          return runs;
        };
        const floor = time(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let length = 0;
          while (walker.nextNode()) length += (walker.currentNode as Text).data.length;
          return length;
        });
        const readability = time(() => new window.Readability(document.cloneNode(true) as Document).parse());
        const chrono = time(() => {
          window.__chrono.en.parse(t, now);
          window.__chrono.zh.parse(t, now);
        });
        const probe = window.__incidentLensBench;
        const read = withProbe ? time(() => probe.read()) : [];
        const engine = withProbe ? time(() => probe.analyze()) : [];
        return { floor, readability, chrono, read, engine };
      }, [text, NOW_ISO, warm, Boolean(bundles.probe)] as const);

      // Our highlighting again in the same page, JIT-warm (mark.js cannot repeat on a marked page).
      const highlightWarm = bundles.probe
        ? await page.evaluate(async (n) => {
            const probe = window.__incidentLensBench;
            // Ten paints per sample: one paint of a few ranges is below the page's 0.1 ms clock.
            const runs: number[] = [];
            for (let i = 0; i <= n; i++) {
              const t0 = performance.now();
              for (let k = 0; k < 10; k++) {
                probe.clearHighlights();
                await probe.highlight();
              }
              if (i > 0) runs.push((performance.now() - t0) / 10);
            }
            return runs;
          }, Math.min(warm, benchPage.id === 'large-1mb' ? 1 : 10))
        : [];
      const factsNote = bundles.probe ? `${rangeCount} ranges` : undefined;
      const markNote = bundles.probe ? `${rangeCount} ranges, ${markCount} <mark> elements` : undefined;
      figures.push(
        { group: 'floor', name: 'TreeWalker over all text nodes', subject: s, unit: 'ms', runs: warmRuns.floor },
        { group: 'peer', name: FIGURE.readabilityFirst, subject: s, unit: 'ms', runs: readabilityFirst },
        { group: 'peer', name: 'readability load + first parse', subject: s, unit: 'ms', runs: readabilityLoadFirst },
        { group: 'peer', name: 'readability parse (warm)', subject: s, unit: 'ms', runs: warmRuns.readability },
        { group: 'peer', name: 'chrono en+zh load + first parse', subject: s, unit: 'ms', runs: chronoLoadFirst },
        { group: 'peer', name: 'chrono en+zh parse (warm)', subject: s, unit: 'ms', runs: warmRuns.chrono },
      );
      if (bundles.probe) {
        figures.push(
          { group: 'peer', name: FIGURE.markjs, subject: s, unit: 'ms', runs: markjs, note: markNote },
          { group: 'ours', name: 'read article, first call (fresh page)', subject: s, unit: 'ms', runs: readFirst, baseline: `peer:${FIGURE.readabilityFirst}:${s}` },
          { group: 'ours', name: 'read article (warm)', subject: s, unit: 'ms', runs: warmRuns.read, baseline: `peer:readability parse (warm):${s}` },
          { group: 'ours', name: 'engine in page: probe load', subject: s, unit: 'ms', runs: probeLoad },
          { group: 'ours', name: 'engine in page, first call', subject: s, unit: 'ms', runs: engineFirst },
          { group: 'ours', name: 'engine in page (warm)', subject: s, unit: 'ms', runs: warmRuns.engine, baseline: `peer:chrono en+zh parse (warm):${s}` },
          { group: 'ours', name: 'highlight API warm-up (fresh page; done while the worker analyses)', subject: s, unit: 'ms', runs: warmUp },
          { group: 'ours', name: FIGURE.highlightFresh, subject: s, unit: 'ms', runs: oursHighlight, baseline: `peer:${FIGURE.markjs}:${s}`, target: '≤ 0.1× mark.js', note: factsNote },
          { group: 'ours', name: 'highlight (warm, same page)', subject: s, unit: 'ms', runs: highlightWarm, baseline: `peer:${FIGURE.markjs}:${s}`, note: factsNote },
        );
      }
    }
  } finally {
    await browser.close();
  }
  return { figures, articles };
}
