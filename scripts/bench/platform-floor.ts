/**
 * The platform's floor under the pipeline: what Chromium charges any extension built like ours
 * before it does any work. Two tiny extensions are written to a temporary folder and measured with
 * the pipeline's own trace (same start event, same marks):
 *
 * - an empty content script, which only makes its start and end marks;
 * - a content script that sends one message to the running worker and waits for the reply, which
 *   is the least an extension whose engine lives in the worker must do on a page;
 * - a content script that only reads the article and runs the classifier screen (bundled from the
 *   engine, without the extension's messaging, storage or UI): the least our design does before it
 *   can call a page "no incident".
 *
 * Printed beside our pipeline, so a target below the floor is seen as such.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type FixtureServer } from '../../test/e2e/harness';
import { launchBench } from './browser';
import { iife } from './bundles';
import { FIGURE } from './figure-names';
import type { BenchPage } from './pages';
import { tracedLoad } from './pipeline';
import type { Figure } from './stats';
import { makeTempDir } from './temp-dirs';

/** One floor extension: its figure name and the source of its content script. */
interface FloorVariant {
  name: string;
  content: string;
}

const VARIANTS: FloorVariant[] = [
  {
    name: 'floor: empty content script (its load and two marks)',
    content: `performance.mark('incident-lens:start'); performance.mark('incident-lens:no-incident');`,
  },
  {
    name: FIGURE.roundTripFloor,
    content: `performance.mark('incident-lens:start');
chrome.runtime.sendMessage({ type: 'ping' }).then(() => performance.mark('incident-lens:painted'));`,
  },
];

/** Read + screen, bundled as a content script would be. */
const READ_AND_SCREEN = `
import { readArticle } from './engine/read/read-article';
import { couldBeIncident } from './engine/classify/screen-incident';
performance.mark('incident-lens:start');
const read = readArticle(document, location.href);
performance.mark(read && couldBeIncident(read.article) ? 'incident-lens:painted' : 'incident-lens:no-incident');
`;

async function readAndScreenVariant(): Promise<FloorVariant> {
  return {
    name: 'floor: content script that only reads the article and runs the classifier screen',
    content: await iife({ contents: READ_AND_SCREEN, resolveDir: ROOT }),
  };
}

const WORKER = `chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ type: 'pong' }); });`;

/** Writes the extension of one variant and returns its folder. */
function writeFloorExtension(variant: FloorVariant): string {
  const dir = makeTempDir('floor-ext');
  mkdirSync(join(dir, 'content-scripts'));
  const manifest = {
    manifest_version: 3,
    name: 'incident-lens bench floor',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content-scripts/floor.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), WORKER);
  writeFileSync(join(dir, 'content-scripts/floor.js'), variant.content);
  return dir;
}

/** Measures each floor variant on `pages` in a browser with only that extension, warm worker. */
export async function measurePlatformFloor(server: FixtureServer, pages: BenchPage[], runs: number, log: (line: string) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const variant of [...VARIANTS, await readAndScreenVariant()]) {
    const browser = await launchBench(server, { extensionDir: writeFloorExtension(variant) });
    try {
      const warmUp = await browser.context.newPage();
      await tracedLoad(warmUp, pages[0].url);
      await warmUp.close();
      for (const benchPage of pages) {
        log(`  ${variant.name}: ${benchPage.id}`);
        const measured: number[] = [];
        for (let i = 0; i < runs; i++) {
          const page = await browser.context.newPage();
          const run = await tracedLoad(page, benchPage.url);
          if (run) measured.push(run.total);
          await page.close();
        }
        figures.push({
          group: 'floor',
          name: variant.name,
          subject: benchPage.id,
          unit: 'ms',
          runs: measured,
          baseline: `peer:${FIGURE.readabilityFirst}:${benchPage.id}`,
          note: measured.length < runs ? `${runs - measured.length} runs without the end mark` : undefined,
        });
      }
    } finally {
      await browser.close();
    }
  }
  return figures;
}
