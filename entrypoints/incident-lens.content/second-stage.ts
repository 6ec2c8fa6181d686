/**
 * The hand-over between the content script's two stages. The first stage (the content script the
 * manifest runs on every listed page, index.ts) reads the article and checks the cue words; most
 * pages stop there. Pages that need more (an incident cue, a popup call, an article that gained
 * cues) load the second stage: the page controller with the classifier screen, the messaging, the
 * highlighter and the overlay (entrypoints/incident-lens-page.ts, built as its own script). It is
 * loaded by a dynamic `import()` of the extension's file, a web-accessible resource with
 * `use_dynamic_url` (a per-session address, so a site cannot probe for it), and runs in the same
 * isolated world, where it leaves its start function for the first stage. Dependency-free apart
 * from types: the first stage bundles this file.
 */
import type { Runtime } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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

/** The second stage's script in the build (web-accessible, dynamic URL). */
export const SECOND_STAGE_FILE = '/incident-lens-page.js' as const;

/** Key on the isolated world's global where the second stage leaves its start function. */
const OFFER_KEY = '__incidentLensSecondStage';

type Holder = typeof globalThis & { [OFFER_KEY]?: StartSecondStage };

/** Called by the second stage's script when it runs. */
export function offerSecondStage(start: StartSecondStage): void {
  (globalThis as Holder)[OFFER_KEY] = start;
}

/**
 * The second stage's start function, loading its script once per isolated world. `urlOf` is
 * `runtime.getURL`, which gives the per-session address of a `use_dynamic_url` resource.
 */
export async function loadSecondStage(urlOf: (path: typeof SECOND_STAGE_FILE) => string): Promise<StartSecondStage> {
  const holder = globalThis as Holder;
  if (!holder[OFFER_KEY]) await import(/* @vite-ignore */ urlOf(SECOND_STAGE_FILE));
  const start = holder[OFFER_KEY];
  if (!start) throw new Error('Incident Lens: the second stage did not start.');
  return start;
}
