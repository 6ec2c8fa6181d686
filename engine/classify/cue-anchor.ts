/**
 * A cue pattern's anchor: a literal every match must contain, read from the regex source. The
 * classifier tests the anchor with `includes` on the lower-cased text before it runs the regex, so
 * a page pays to compile and run only the few patterns whose words it holds (issue 6: compiling
 * all ~360 cue regexes on a fresh page cost 8–12 ms, more than the rest of the content script).
 */

/** Characters that end a literal run in a regex source. */
const META = new Set(['(', ')', '[', ']', '{', '}', '|', '.', '*', '+', '?', '^', '$', '\\']);
/** Escapes that stand for the punctuation itself (`\.` is a dot); others (`\w`, `\s`, `\b`) are classes or assertions. */
const ESCAPED_LITERAL = new Set([...".-/'’&()[]{}*+?|^$\\"]);
/** Shorter anchors are not worth a scan: almost every text holds them. */
const MIN_ANCHOR = { latin: 3, cjk: 2 } as const;

/**
 * The longest literal every match of `source` must contain, lower-cased; null when there is none
 * worth testing (a top-level alternation, or only short or optional literals). Only literal runs
 * outside groups and classes count, and a character made optional by the quantifier after it is
 * dropped from its run.
 */
export function cueAnchor(source: string): string | null {
  if (hasTopLevelAlternation(source)) return null;
  const runs: string[] = [];
  let run = '';
  const endRun = () => {
    if (run) runs.push(run);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '(' || ch === '[') {
      endRun();
      i = skipGroup(source, i);
      i = skipQuantifier(source, i);
      continue;
    }
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (ESCAPED_LITERAL.has(next)) {
        i = appendLiteral(next, i + 2);
      } else {
        endRun();
        i = skipQuantifier(source, i + escapeLength(source, i));
      }
      continue;
    }
    if (META.has(ch)) {
      endRun();
      i = skipQuantifier(source, i + 1);
      continue;
    }
    i = appendLiteral(ch, i + 1);
  }
  endRun();
  const usable = runs.map((r) => r.toLowerCase()).filter(isLongEnough);
  return usable.sort((a, b) => b.length - a.length)[0] ?? null;

  /** Adds a literal character at the end of the run, unless the quantifier after it makes it optional. */
  function appendLiteral(char: string, after: number): number {
    const quantifier = source[after];
    if (quantifier === '?' || quantifier === '*' || (quantifier === '{' && source[after + 1] === '0' && (source[after + 2] === ',' || source[after + 2] === '}'))) {
      endRun();
      return skipQuantifier(source, after);
    }
    if (quantifier === '+' || quantifier === '{') {
      // One copy is required; what repeats after it is not a fixed literal.
      run += char;
      endRun();
      return skipQuantifier(source, after);
    }
    run += char;
    return after;
  }
}

/** Length of an escape that is not a literal: a class (`\w`), an assertion (`\b`), `\uXXXX`, `\u{…}`, `\xXX`, `\cX`, `\p{…}`, `\k<…>`. */
function escapeLength(source: string, i: number): number {
  const next = source[i + 1];
  const braced = (from: number) => (source[from] === '{' ? Math.max(source.indexOf('}', from), from) + 1 - i : 0);
  if (next === 'u') return braced(i + 2) || 6;
  if (next === 'p' || next === 'P') return braced(i + 2) || 2;
  if (next === 'x') return 4;
  if (next === 'c') return 3;
  if (next === 'k' && source[i + 2] === '<') return Math.max(source.indexOf('>', i), i + 2) + 1 - i;
  return 2;
}

function isLongEnough(anchor: string): boolean {
  return /[\u3400-\u9fff]/.test(anchor) ? anchor.length >= MIN_ANCHOR.cjk : anchor.trim().length >= MIN_ANCHOR.latin;
}

/** Whether `source` has a `|` outside every group and class (then no single literal is required). */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** The index after the group or class that opens at `start`. */
function skipGroup(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        if (depth === 0) return i + 1;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** The index after a quantifier (`?`, `*`, `+`, `{m,n}`, each maybe lazy) at `i`, or `i` when there is none. */
function skipQuantifier(source: string, i: number): number {
  let j = i;
  if (source[j] === '?' || source[j] === '*' || source[j] === '+') j++;
  else if (source[j] === '{') {
    const close = source.indexOf('}', j);
    if (close > j && /^\{\d*,?\d*\}$/.test(source.slice(j, close + 1))) j = close + 1;
  }
  if (j > i && source[j] === '?') j++;
  return j;
}
