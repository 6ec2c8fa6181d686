/**
 * A cue pattern's anchors: literals its matches must contain, read from the regex source. The
 * classifier tests them with `includes` on the lower-cased text before it runs the regex, so a page
 * pays to compile and run only the few patterns whose words it holds (issue 6: compiling all ~360
 * cue regexes on a fresh page cost 8–12 ms, more than the rest of the content script).
 */

/** Characters that end a literal run in a regex source. */
const META = new Set(['(', ')', '[', ']', '{', '}', '|', '.', '*', '+', '?', '^', '$', '\\']);
/** Escapes that stand for the punctuation itself (`\.` is a dot); others (`\w`, `\s`, `\b`) are classes or assertions. */
const ESCAPED_LITERAL = new Set([...".-/'’&()[]{}*+?|^$\\"]);
/** Shorter anchors are not worth a scan: almost every text holds them. */
const MIN_ANCHOR = { latin: 3, cjk: 2 } as const;

/**
 * What every match of a cue contains: a list of requirements, each a set of lower-cased literals
 * of which the match holds at least one. A literal run outside groups is a set of one; a group of
 * alternatives that is not optional (`(?:hit|hacked|breached)`) is a set of one literal per
 * alternative; a top-level alternation is a set of one literal per branch. An empty list: nothing
 * worth testing is required, so the cue always runs.
 */
export function cueRequirements(source: string): string[][] {
  const branches = splitTopLevel(source);
  if (branches.length > 1) {
    const best = branches.map(cueAnchor);
    return best.every((b): b is string => b !== null) ? [unique(best)] : [];
  }
  const requirements: string[][] = [];
  let run = '';
  const endRun = () => {
    const literal = run.toLowerCase();
    if (isLongEnough(literal)) requirements.push([literal]);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '(' || ch === '[') {
      endRun();
      const end = skipGroup(source, i);
      const after = skipQuantifier(source, end);
      if (ch === '(' && !isOptional(source, end)) {
        const set = groupRequirement(source.slice(i, end));
        if (set) requirements.push(set);
      }
      i = after;
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
  return requirements;

  /** Adds a literal character at the end of the run, unless the quantifier after it makes it optional. */
  function appendLiteral(char: string, after: number): number {
    if (isOptional(source, after)) {
      endRun();
      return skipQuantifier(source, after);
    }
    if (source[after] === '+' || source[after] === '{') {
      // One copy is required; what repeats after it is not a fixed literal.
      run += char;
      endRun();
      return skipQuantifier(source, after);
    }
    run += char;
    return after;
  }
}

/** The longest single literal every match of `source` contains (a set of one), or null. */
export function cueAnchor(source: string): string | null {
  const singles = cueRequirements(source).filter((set) => set.length === 1).map((set) => set[0]);
  return singles.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** The requirement a group adds: one literal per alternative; null for lookarounds or when a branch has none. */
function groupRequirement(group: string): string[] | null {
  if (/^\(\?(?:<?[=!])/.test(group)) return null;
  const inner = group.replace(/^\((?:\?:|\?<[^>]+>)?/, '').replace(/\)$/, '');
  const best = splitTopLevel(inner).map(cueAnchor);
  return best.every((b): b is string => b !== null) ? unique(best) : null;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Whether the quantifier at `i` lets the preceding atom be absent (`?`, `*`, `{0,…}`). */
function isOptional(source: string, i: number): boolean {
  const q = source[i];
  return q === '?' || q === '*' || (q === '{' && source[i + 1] === '0' && (source[i + 2] === ',' || source[i + 2] === '}'));
}

/** The branches of a top-level alternation (one branch when there is none). */
function splitTopLevel(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      branches.push(source.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(source.slice(from));
  return branches;
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
