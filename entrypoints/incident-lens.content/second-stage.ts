/**
 * The hand-over between the content script's stages. The first stage (the content script the
 * manifest runs on every listed page, index.ts) reads the article and checks the cue words; most
 * pages stop there. A page with cues loads the classifier screen (entrypoints/incident-lens-screen.ts),
 * which settles near misses; an article that can be an incident, a popup call or a changed article
 * loads the second stage: the page controller with the messaging, the highlighter and the overlay
 * (entrypoints/incident-lens-page.ts). Both are their own scripts, loaded by a dynamic `import()` of
 * the extension's file, a web-accessible resource with `use_dynamic_url` (pages cannot fetch it
 * under the extension's address, so a site cannot probe for it), and run in the same isolated
 * world, where they leave what they offer for the first stage. Dependency-free apart from types:
 * the first stage bundles this file.
 */
import type { Runtime } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ScreenInput } from '../../engine/classify/screen-incident';
import type { ReadResult, StepScheduler } from '../../engine/read/read-article';
import type { Analysis } from '../../engine/types';
import type { Result } from '../../messaging/protocol';
import type { ArticleWatcher } from './article-watcher';

/** The article readers and the cue check, handed over by the first stage so the second does not bundle them again. */
export interface PageReader {
  readArticleSliced(doc: Document, url: string, scheduler: StepScheduler): Promise<ReadResult | null>;
  readWholePage(doc: Document, url: string): ReadResult | null;
  hasIncidentCue(title: string | null, text: string): boolean;
}

/** What the first stage hands over. */
export interface HandOver {
  /** The first stage's latest read of the page (null: no article found). */
  read: ReadResult | null;
  /** The worker's answer for `read`, when the first stage already asked for it (the article had cues). */
  analysis?: Promise<Result<Analysis>>;
  /** The screen's verdict on `read`, when the first stage ran it: false for a near miss. */
  possible?: boolean;
  /** The classifier screen, for the articles the second stage analyses itself. */
  screen: IncidentScreen;
  /** The site switch, read by the first stage beside the article: true when the site is off. */
  siteCheck: Promise<boolean>;
  reader: PageReader;
  /** Takes the first stage's article watcher over: `onMaybeChanged` gets the page's changes from now on. */
  watch(onMaybeChanged: () => void): ArticleWatcher;
}

/** The running second stage, as the first stage sees it. */
export interface SecondStage {
  /**
   * Answers one message the first stage's runtime listener received: a popup-to-content call gets
   * its Result; anything else is not for it (undefined).
   */
  answer(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined;
  stop(): void;
}

/** The second stage's entry: starts the page controller on a hand-over. */
export type StartSecondStage = (ctx: ContentScriptContext, win: Window & typeof globalThis, handOver: HandOver) => SecondStage;

/** The classifier screen, built as its own script: loaded on pages with incident cues, before the second stage. */
export interface IncidentScreen {
  couldBeIncident(article: ScreenInput): boolean;
  headlineNamesIncident(title: string | null): boolean;
}

/** Starts the first stage in the page's window (entrypoints/incident-lens-first.ts → first-stage.ts). */
export type StartFirstStage = (win: Window & typeof globalThis) => void;

/** The first stage's script in the build (web-accessible, dynamic URL): imported by the content script's own tiny script on every page. */
export const FIRST_STAGE_FILE = '/incident-lens-first.js' as const;
/** The screen's script in the build (web-accessible, dynamic URL). */
export const SCREEN_FILE = '/incident-lens-screen.js' as const;
/** The second stage's script in the build (web-accessible, dynamic URL). */
export const SECOND_STAGE_FILE = '/incident-lens-page.js' as const;

/** Keys on the isolated world's global where the later scripts leave what they offer. */
const OFFER_KEYS = { first: '__incidentLensFirstStage', screen: '__incidentLensScreen', page: '__incidentLensSecondStage' } as const;

interface Offers {
  first: StartFirstStage;
  screen: IncidentScreen;
  page: StartSecondStage;
}

type Holder = typeof globalThis & { [key: string]: unknown };

function offer<K extends keyof Offers>(kind: K, value: Offers[K]): void {
  (globalThis as Holder)[OFFER_KEYS[kind]] = value;
}

/** Imports `file` once per isolated world and returns what it offered. */
async function load<K extends keyof Offers>(kind: K, url: string): Promise<Offers[K]> {
  const holder = globalThis as Holder;
  if (!holder[OFFER_KEYS[kind]]) await import(/* @vite-ignore */ url);
  const offered = holder[OFFER_KEYS[kind]];
  if (!offered) throw new Error(`Incident Lens: ${url} did not load.`);
  return offered as Offers[K];
}

/** Called by the first stage's script when it runs. */
export function offerFirstStage(start: StartFirstStage): void {
  offer('first', start);
}

/** Called by the screen's script when it runs. */
export function offerScreen(screen: IncidentScreen): void {
  offer('screen', screen);
}

/** Called by the second stage's script when it runs. */
export function offerSecondStage(start: StartSecondStage): void {
  offer('page', start);
}

/** `runtime.getURL`, which gives the address of a `use_dynamic_url` resource the content script may import. */
export type UrlOf = (path: typeof FIRST_STAGE_FILE | typeof SCREEN_FILE | typeof SECOND_STAGE_FILE) => string;

/** The first stage's start function, loading its script once. */
export function loadFirstStage(urlOf: UrlOf): Promise<StartFirstStage> {
  return load('first', urlOf(FIRST_STAGE_FILE));
}

/** The classifier screen, loading its script once. */
export function loadScreen(urlOf: UrlOf): Promise<IncidentScreen> {
  return load('screen', urlOf(SCREEN_FILE));
}

/** The second stage's start function, loading its script once. */
export function loadSecondStage(urlOf: UrlOf): Promise<StartSecondStage> {
  return load('page', urlOf(SECOND_STAGE_FILE));
}
