/**
 * `npm run bench`: builds the extension, then measures in headless Chromium and in Node and prints
 * one line per figure (median over many runs, ratio to a peer measured in the same run), then one
 * machine-readable summary line:
 *
 *   bench pipeline_vs_readability=R first_page_ms=N nonincident_ms=N longest_task_ms=N
 *         highlight_vs_markjs=R content_gzip_kb=N library_open_10k_ms=N search_10k_ms=N
 *         huge_longest_task_ms=N huge_first_screen_ms=N export_10k_ms=N import_10k_ms=N
 *         stopped_worker_ms=N paused_reader_ms=N paused_left_ms=N pipeline_vs_roundtrip=R worker_heap_mb=N page_heap_kb=N link_10k_ms=N
 *
 * Options: `--quick` (few runs, for checking the harness), `--skip-build`,
 * `--only=page,node,profile,pipeline,pageheap,floor,first,pause,huge,library,export,size,incidents` (comma-separated sections; node and
 * profile need page, which reads the articles),
 * `--markdown=FILE` (also writes the table as Markdown).
 * Not part of `npm test`: timings depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, HAS_SHARED, ROOT, startFixtureServer } from '../../test/e2e/harness';
import type { ArticleText } from '../../engine/types';
import { snapshotExtension } from './browser';
import { measurePageFigures } from './browser-figures';
import { buildBundles } from './bundles';
import { FIGURE } from './figure-names';
import { measureExportImport } from './export-import';
import { measureLibrary } from './library';
import { measureIncidentLinking } from './incident-link';
import { measureEngineProfile } from './engine-profile';
import { measureNodeEngine } from './node-engine';
import { benchPages, type BenchPage } from './pages';
import { measureHugePage } from './huge-page';
import { measureFirstPage, measurePipeline } from './pipeline';
import { measurePlatformFloor } from './platform-floor';
import { measurePageHeap } from './page-heap';
import { measurePausedReader } from './paused-reader';
import { scriptSizes, scriptsOfPage } from './sizes';
import { formatNumber, formatTable, type Figure } from './stats';
import { summaryLine } from './summary';
import { removeTempDirs } from './temp-dirs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const markdownFile = args.find((a) => a.startsWith('--markdown='))?.slice('--markdown='.length);
const wants = (section: string) => !only || only.includes(section);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs per figure: many for in-page figures, fewer for the 1 MB page and for whole-browser launches. */
const RUNS = quick
  ? { cold: 2, warm: 3, largeCold: 1, largeWarm: 1, pipeline: 3, largePipeline: 1, nodeCold: 2, nodeWarm: 3, launches: 1, huge: 1, library: 1, transfer: 1, clippings: 10_000 }
  : { cold: 15, warm: 25, largeCold: 2, largeWarm: 2, pipeline: 20, largePipeline: 5, nodeCold: 7, nodeWarm: 30, launches: 9, huge: 3, library: 5, transfer: 3, clippings: 10_000 };

/** Whether the built content script makes the benchmark's performance marks (bench builds only). */
function hasBenchMarks(): boolean {
  const script = join(EXTENSION_DIR, 'content-scripts/incident-lens.js');
  return existsSync(script) && readFileSync(script, 'utf8').includes('incident-lens:start');
}

/**
 * Builds the extension with WXT_BENCH_MARKS=1, which turns on the content script's performance
 * marks (off in normal builds, so pages never see them). `--skip-build` reuses a bench build.
 */
function build(): boolean {
  if (args.includes('--skip-build') && hasBenchMarks()) return true;
  log('building the extension (WXT_BENCH_MARKS=1 npx wxt build)…');
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, WXT_BENCH_MARKS: '1' } });
    return true;
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    log(`build failed: ${stderr.split('\n').find((l) => /error|Could not/i.test(l)) ?? stderr.slice(0, 300)}`);
    return false;
  }
}

function sizeFigures(extensionDir: string): Figure[] {
  const sizes = scriptSizes(extensionDir);
  const figures: Figure[] = sizes.map((s) => ({
    group: 'size',
    name: `${s.file} (gzip; raw ${formatNumber(s.raw / 1024)} KB)`,
    subject: 'build',
    unit: 'KB',
    runs: [s.gzip / 1024],
    target: s.file.startsWith('content-scripts/') ? '≤ 60 KB' : undefined,
  }));
  // The content script's stages: the manifest's script and the first stage it imports on every listed
  // page, the screen and the page controller imported on incident pages
  // (entrypoints/incident-lens.content/second-stage.ts); the budget is for all of them.
  const stages = sizes.filter((s) => s.file.startsWith('content-scripts/') || /^incident-lens-(first|screen|page)\.js$/.test(s.file));
  figures.push({
    group: 'size',
    name: `${FIGURE.contentAllStages} (gzip; raw ${formatNumber(stages.reduce((n, s) => n + s.raw, 0) / 1024)} KB)`,
    subject: 'build',
    unit: 'KB',
    runs: [stages.reduce((n, s) => n + s.gzip, 0) / 1024],
    target: '≤ 60 KB',
  });
  for (const html of ['popup.html', 'library.html']) {
    if (!existsSync(join(extensionDir, html))) continue;
    const files = new Set(scriptsOfPage(extensionDir, html));
    const own = sizes.filter((s) => files.has(s.file));
    figures.push({
      group: 'size',
      name: `${html} scripts in total (gzip; raw ${formatNumber(own.reduce((n, s) => n + s.raw, 0) / 1024)} KB)`,
      subject: 'build',
      unit: 'KB',
      runs: [own.reduce((n, s) => n + s.gzip, 0) / 1024],
    });
  }
  return figures;
}

async function main(): Promise<void> {
  if (!HAS_SHARED) throw new Error('The benchmark needs ../shared (the seed page and the corpus).');
  const started = Date.now();
  const built = build();
  const hasExtension = existsSync(join(EXTENSION_DIR, 'manifest.json'));
  const marks = hasExtension && hasBenchMarks();
  if (hasExtension && !marks) log('the built content script makes no benchmark marks: pipeline figures skipped');
  // A private copy: an e2e run rebuilding .output meanwhile must not change what is measured.
  const extensionDir = hasExtension ? snapshotExtension() : '';
  const pages = benchPages();
  const articlePages = pages.filter((p) => p.id !== 'no-article');
  const server = await startFixtureServer(pages);
  const figures: Figure[] = [];
  const large = (p: BenchPage) => p.id === 'large-1mb';
  /** Runs one section; a failing section is reported and the others still run. */
  const section = async (name: string, enabled: boolean, run: () => Promise<Figure[]>) => {
    if (!enabled) return;
    try {
      figures.push(...(await run()));
    } catch (error) {
      log(`section ${name} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  };
  try {
    const bundles = await buildBundles();
    if (bundles.probeError) log(`page probe not built (our in-page figures skipped): ${bundles.probeError}`);
    let articles = new Map<string, string>();
    await section('page', wants('page'), async () => {
      log('in-page figures (Chromium, no extension)…');
      const result = await measurePageFigures(server, articlePages, bundles, (p) => (large(p) ? { cold: RUNS.largeCold, warm: RUNS.largeWarm, probeCold: 1 } : { cold: RUNS.cold, warm: RUNS.warm, probeCold: RUNS.cold }), log);
      articles = result.articles;
      return result.figures;
    });
    const subjectsOf = (ids: string[]) => ids.filter((id) => articles.has(id)).map((id) => ({ id, article: JSON.parse(articles.get(id)!) as ArticleText }));
    await section('node', wants('node') && articles.size > 0, () => {
      log('engine in Node…');
      return measureNodeEngine(subjectsOf([...articles.keys()]), (s) => (s.id === 'large-1mb' ? { cold: 1, warm: 1 } : { cold: RUNS.nodeCold, warm: RUNS.nodeWarm }));
    });
    await section('profile', wants('profile') && articles.size > 0, () => {
      log('engine profile (Node, per part)…');
      return measureEngineProfile(subjectsOf(['seed', 'news-en']), quick ? 1 : 3, quick ? 3 : 20);
    });
    await section('pipeline', marks && wants('pipeline'), () => {
      log(`whole pipeline with the extension${built ? '' : ' (stale build: the last build failed)'}…`);
      return measurePipeline(server, extensionDir, pages, (p) => (large(p) ? RUNS.largePipeline : RUNS.pipeline), log);
    });
    await section('floor', wants('floor'), () => {
      log('platform floor (tiny extensions)…');
      return measurePlatformFloor(server, pages.filter((p) => ['seed', 'news-en', 'nonincident', 'nocue'].includes(p.id)), RUNS.pipeline, log);
    });
    await section('pageheap', marks && (wants('pipeline') || wants('pageheap')), () => measurePageHeap(server, extensionDir, pages[0], quick ? 2 : 7, log));
    await section('first', marks && wants('first'), () => measureFirstPage(server, extensionDir, pages[0], RUNS.launches, log));
    await section('pause', marks && wants('pause'), () => {
      log('the article after a pause (two browsers, 45 s per round)…');
      const byId = (id: BenchPage['id']) => pages.find((p) => p.id === id)!;
      return measurePausedReader(server, extensionDir, byId('nocue'), byId('seed'), quick ? 1 : 3, 45_000, log);
    });
    await section('huge', marks && wants('huge'), () => {
      log('huge page (200,000 elements)…');
      return measureHugePage(server, extensionDir, pages[0], RUNS.huge, log);
    });
    await section('library', hasExtension && wants('library'), () => {
      log('library…');
      return measureLibrary(server, extensionDir, RUNS.clippings, RUNS.library, log);
    });
    await section('export', hasExtension && wants('export'), () => {
      log('export and import…');
      return measureExportImport(server, extensionDir, RUNS.clippings, RUNS.transfer, log);
    });
    await section('size', hasExtension && wants('size'), async () => sizeFigures(extensionDir));
    await section('incidents', wants('incidents'), () => {
      log('incident linking (10,000 clippings in 2,000 incidents)…');
      return measureIncidentLinking(2_000, 5, quick ? 5 : 15, log);
    });
  } finally {
    await server.close();
    removeTempDirs();
  }

  const table = formatTable(figures);
  console.log(table);
  console.log(summaryLine(figures));
  log(`bench took ${((Date.now() - started) / 1000).toFixed(0)} s${quick ? ' (--quick)' : ''}`);
  if (markdownFile) writeFileSync(markdownFile, `${table}\n\n\`${summaryLine(figures)}\`\n`);
}

await main();
