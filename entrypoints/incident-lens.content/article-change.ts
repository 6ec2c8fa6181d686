/**
 * Whether a changed article needs a new analysis, and how its facts follow a change that does not.
 * A live counter, a clock or a view count inside an article changes its text every few seconds;
 * analysing it again each time would run the worker forever for the same facts. Only a material
 * change (more than a small share of the text, digits aside) is analysed again, and repeated
 * material changes of one address wait longer each time. Between analyses the painted facts
 * follow the text: offsets after an edit shift, facts inside it are dropped.
 */
import type { Fact } from '../../engine/types';

/** Share of the text that must change (digits aside) before the article counts as a new one. */
export const MATERIAL_SHARE = 0.02;
/** Fewest changed characters that count, so a short article's one-word edit does not. */
export const MATERIAL_MIN_CHARS = 24;

/** The one edited region between two texts: `[start, previousEnd)` became `[start, nextEnd)`. */
export interface TextEdit {
  start: number;
  previousEnd: number;
  nextEnd: number;
}

/** The region between the common prefix and the common suffix of two texts. */
export function editBetween(previous: string, next: string): TextEdit {
  const shorter = Math.min(previous.length, next.length);
  let start = 0;
  while (start < shorter && previous.charCodeAt(start) === next.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && previous.charCodeAt(previous.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)) tail++;
  return { start, previousEnd: previous.length - tail, nextEnd: next.length - tail };
}

/** Every run of digits as one "0": a counter going from 9 to 10 changes nothing. */
function withoutDigits(text: string): string {
  return text.replace(/\d+/g, '0');
}

/** Whether `next` differs from `previous` by more than a live counter or a small edit. */
export function isMaterialChange(previous: string, next: string): boolean {
  if (previous === next) return false;
  const a = withoutDigits(previous);
  const b = withoutDigits(next);
  if (a === b) return false;
  const edit = editBetween(a, b);
  const changed = Math.max(edit.previousEnd, edit.nextEnd) - edit.start;
  return changed >= Math.max(MATERIAL_MIN_CHARS, MATERIAL_SHARE * Math.max(a.length, b.length));
}

/**
 * `facts` (offsets into `previous`) as offsets into `next`: facts before the edited region stay,
 * facts after it shift, facts that overlap it are dropped (their text may be gone). Several
 * scattered edits count as one region spanning them, so the facts between them are dropped too.
 */
export function rebaseFacts<F extends Pick<Fact, 'start' | 'end'>>(facts: readonly F[], previous: string, next: string): F[] {
  if (previous === next) return facts.slice();
  const edit = editBetween(previous, next);
  const shift = edit.nextEnd - edit.previousEnd;
  const out: F[] = [];
  for (const fact of facts) {
    if (fact.end <= edit.start) out.push(fact);
    else if (fact.start >= edit.previousEnd) out.push({ ...fact, start: fact.start + shift, end: fact.end + shift });
  }
  return out;
}

/** Backoff of repeated material changes on one address. */
export interface ReanalysisGate {
  /** Milliseconds to wait before the current article may be analysed again (0: now). */
  wait(): number;
  /** Records an analysis; `sameAddress` false (a new page or article address) resets the backoff. */
  analysed(sameAddress: boolean): void;
}

/** A gate whose wait starts at `baseMs` and doubles with each re-analysis of one address, up to `maxMs`. */
export function createReanalysisGate(now: () => number, baseMs = 2_000, maxMs = 60_000): ReanalysisGate {
  let interval = baseMs;
  let last = Number.NEGATIVE_INFINITY;
  return {
    wait: () => Math.max(0, last + interval - now()),
    analysed(sameAddress) {
      interval = sameAddress ? Math.min(maxMs, interval * 2) : baseMs;
      last = now();
    },
  };
}
