/**
 * The one typed protocol between the extension's parts, named by direction (hypothesis'
 * GuestToHostCalls). Every payload and reply is plain data (structured-clonable); failures travel
 * as `Result`s, never as thrown Errors, which do not survive messaging.
 *
 * - content script → background: analysis (the engine lives in the warm background worker) and badge.
 * - popup → content script: what the page holds, scrolling to a fact, the current selection.
 * - popup / library → background: saving clippings (shared with the keyboard shortcut and context menu).
 */
import type { Analysis, ArticleText, Fact, FactCategory } from '../engine/types';
import type { Clipping, ClippingDraft } from '../storage/clipping';
import type { PackedAnalysis } from './packed-analysis';
import type { SaveBase } from '../storage/clipping-repository';

/** A value or the reason there is none. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the content script knows about its page. */
export interface PageSnapshot {
  /** The article as read, without its body beyond `excerpt` unless asked for. */
  article: ArticleText;
  /** First lines of the body, for the popup. */
  excerpt: string;
  analysis: Analysis;
}

/** A span of article text the user selected, with its offsets. */
export interface SelectionSpan {
  text: string;
  start: number;
  end: number;
}

/** Per-page highlight state the legend and popup share. */
export interface HighlightState {
  hidden: boolean;
  /** Categories switched off on this page. */
  off: FactCategory[];
}

/** Calls the content script makes to the background. */
export interface ContentToBackground {
  /** Runs the engine on an article read from the page; the facts come packed (packed-analysis.ts, unpacked by request-analysis.ts). */
  analyzeArticle(input: { article: ArticleText }): PackedAnalysis;
  /** Updates the toolbar badge of the sender's tab. */
  reportPage(input: { isArticle: boolean; isIncident: boolean; factCount: number }): void;
  /**
   * A reader is on the page: the message itself keeps the worker from its idle stop, and a worker
   * it woke warms its engine for the next article (reader-presence.ts).
   */
  stayWarm(input: Record<string, never>): void;
}

/** Calls the popup makes to the content script of one tab. */
export interface PopupToContent {
  /**
   * The page's article and analysis; `noArticle` when the page holds none. `anyway`: when no
   * reader found an article, take the page's whole text as one ("analyse anyway").
   */
  getPage(input: { anyway?: boolean }): PageSnapshot | { noArticle: true };
  /** Scrolls the page to a fact's text and flashes it. */
  revealFact(input: { start: number; end: number }): boolean;
  /** The user's current selection inside the article, as article offsets. */
  getSelection(input: Record<string, never>): SelectionSpan | null;
  /** Re-paints highlights with the facts the user edited in the popup. */
  showFacts(input: { facts: Fact[] }): void;
}

/** Calls the popup makes to the background (the keyboard shortcut and context menu run inside it). */
export interface UiToBackground {
  /**
   * Saves (or updates, by canonical URL) a clipping. `base` is the saved clipping the user's edits
   * started from (null: none was saved), so edits made meanwhile in another tab are merged, not lost.
   */
  saveClipping(input: { draft: ClippingDraft; base?: SaveBase | null }): Clipping;
}

/** Every protocol, for the transport's type plumbing. */
export interface Protocols {
  'content-to-background': ContentToBackground;
  'popup-to-content': PopupToContent;
  'ui-to-background': UiToBackground;
}

export type Direction = keyof Protocols;
export type CallName<D extends Direction> = keyof Protocols[D] & string;
export type CallInput<D extends Direction, K extends CallName<D>> = Protocols[D][K] extends (input: infer I) => unknown ? I : never;
export type CallOutput<D extends Direction, K extends CallName<D>> = Protocols[D][K] extends (...args: never[]) => infer O ? O : never;

/** The envelope on the wire. `protocol` lets handlers ignore foreign messages. */
export interface Envelope<D extends Direction = Direction> {
  protocol: 'incident-lens/1';
  direction: D;
  name: string;
  input: unknown;
}
