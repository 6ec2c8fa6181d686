/**
 * Finds the items of enumerations, which is how articles name many affected products at once:
 * inline runs of names ("Microsoft Teams、Outlook、Xbox 和其它服务", "Relax FM, Comedy Radio, and
 * Humor FM") and one-item-per-line lists under an introducing line ("…包含以下产品：" / "services
 * impacted include:"). Items are returned as exact spans; deciding what the items are is the caller's.
 */
import type { Span } from '../types';

/** What may stand between two items of one inline list. */
const SEPARATOR = /^(?:\s*[,，、]\s*(?:and\s+|or\s+|以及|和|及)?|\s*(?:and|or)\s+|\s*(?:和|与|及|以及)\s*)$/u;

/**
 * Runs of at least `minItems` consecutive `names` (sorted spans) that are joined only by list
 * separators; each run is returned as its item spans.
 */
export function findInlineLists(text: string, names: readonly Span[], minItems = 3): Span[][] {
  const runs: Span[][] = [];
  let run: Span[] = [];
  for (const name of names) {
    const previous = run[run.length - 1];
    if (previous && SEPARATOR.test(text.slice(previous.end, name.start))) {
      run.push(name);
      continue;
    }
    if (run.length >= minItems) runs.push(run);
    run = [name];
  }
  if (run.length >= minItems) runs.push(run);
  return runs;
}

/** Longest line that still reads as one list item. */
const MAX_ITEM_LINE = 48;
/** Longest item inside a line of many names. */
const MAX_NAME_PART = 40;
/** Most items taken under one introducing line. */
const MAX_ITEMS = 20;
const ITEM_SPLIT = /\s*(?:[,，、；;]|\s(?:and|or)\s|和|与|及)\s*/gu;

/**
 * Items of the short lines that follow `introEnd` (the end of a line ending in a colon): each line
 * is split at list separators, a trailing gloss in brackets and final punctuation are dropped.
 */
export function findLineListItems(text: string, introEnd: number): Span[] {
  const items: Span[] = [];
  let lineStart = text.indexOf('\n', introEnd);
  for (let count = 0; lineStart >= 0 && count < MAX_ITEMS; count++) {
    lineStart++;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length === 0 || line.length > MAX_ITEM_LINE * 12) break;
    // Long prose lines end the list, except one line that is itself a list of names.
    // A long line is still a list when it is a run of short names ("Microsoft Teams、Exchange Online、…"),
    // not prose split at commas: at least three parts, each short and mostly Latin.
    const parts = line.split(ITEM_SPLIT);
    const isNameList =
      /[、,，]/u.test(line) &&
      parts.length >= 3 &&
      parts.every((part) => part.trim().length <= MAX_NAME_PART && (part.match(/\p{Script=Han}/gu)?.length ?? 0) <= 4);
    if (line.length > MAX_ITEM_LINE && !isNameList) break;
    // Prose ends the list too: a clause break inside a line that is not a run of names.
    if (!isNameList && /[，。；！？]./u.test(line.trim())) break;
    const body = line.replace(/\s*[（(][^）)]*[）)]\s*$/u, '').replace(/[。.;；:：]+\s*$/u, '');
    let start = 0;
    ITEM_SPLIT.lastIndex = 0;
    const push = (from: number, to: number): void => {
      const raw = body.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const item = raw.trim().replace(/[“”"']/g, (q) => q);
      if (item.length >= 2) items.push({ start: lineStart + from + lead, end: lineStart + from + lead + item.length });
    };
    for (let m = ITEM_SPLIT.exec(body); m; m = ITEM_SPLIT.exec(body)) {
      push(start, m.index);
      start = m.index + m[0].length;
    }
    push(start, body.length);
    lineStart = lineEnd < text.length ? lineEnd : -1;
  }
  return items;
}
