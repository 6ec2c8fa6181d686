/**
 * Walks an element's text nodes and builds the article text with its TextMap: whitespace collapsed
 * as a browser renders it, one "\n" between blocks, skipped subtrees (scripts, hidden nodes, page
 * chrome chosen by the caller) left out. Reads `data` of text nodes, never innerText: WeChat keeps
 * #js_content at visibility:hidden until its scripts run, and innerText would be empty then
 * (and forces layout).
 */
import { runSteps } from './steps';
import { SegmentColumns, type TextMap } from './text-map';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never article text. */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE',
]);

/** Options for {@link collectText}. */
export interface CollectTextOptions {
  /** Return true to leave an element and its subtree out (navigation, share bars, related lists). */
  skip?: (el: Element) => boolean;
}

/** True for elements the page hides by attribute or inline style (no layout is computed). */
export function isHiddenByMarkup(el: Element): boolean {
  // Most elements of a long article have no attribute at all: one call instead of three.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** Nodes visited between two pauses of {@link collectTextSteps}: a pause costs a generator resume. */
const NODES_PER_STEP = 64;

/** Characters of text held as char codes before they are turned into one string at a pause of the walk. */
const CHARS_PER_BLOCK = 16_384;

/** Characters per `String.fromCharCode` call (its arguments go on the stack). */
const CHARS_PER_CALL = 4096;

/** Offsets of the text node being emitted, reused from node to node (grown as needed). */
let offsetScratch = new Int32Array(256);

/**
 * The char buffer of the walks, reused from walk to walk. Two sliced reads can be under way at
 * once (their steps interleave): the second gets a buffer of its own.
 */
let sharedChars: Uint16Array | null = null;
let sharedInUse = false;

/** A buffer for one walk: the shared one when it is free. */
function takeCharBuffer(): { chars: Uint16Array; shared: boolean } {
  if (sharedInUse) return { chars: new Uint16Array(CHARS_PER_BLOCK * 2), shared: false };
  sharedInUse = true;
  sharedChars ??= new Uint16Array(CHARS_PER_BLOCK * 2);
  return { chars: sharedChars, shared: true };
}

/**
 * The arguments of one `String.fromCharCode` call, reused: a plain array takes the call's fast
 * path, where a typed array is read element by element (traced in Chromium: 40–90 ms tasks).
 */
const callArguments: number[] = [];

/** Chars [0, length) of `codes` as a string, without an intermediate string per character or per node. */
function stringOf(codes: Uint16Array, length: number): string {
  const chunks: string[] = [];
  for (let at = 0; at < length; at += CHARS_PER_CALL) {
    const end = Math.min(length, at + CHARS_PER_CALL);
    callArguments.length = end - at;
    for (let i = at; i < end; i++) callArguments[i - at] = codes[i];
    chunks.push(String.fromCharCode.apply(null, callArguments));
  }
  return chunks.length === 1 ? chunks[0] : chunks.join('');
}

/** What the walk's stack holds per element besides the next child: inherited `pre`, and whether it is a block. */
const FRAME_PRE = 1;
const FRAME_BLOCK = 2;

const SPACE = 32;
const NEWLINE = 10;

/** Collects the text under `root` into a TextMap. */
export function collectText(root: Element, options: CollectTextOptions = {}): TextMap {
  return runSteps(collectTextSteps(root, options));
}

/**
 * {@link collectText} as steps: the generator pauses every few dozen nodes so a caller can spread
 * a long article over several tasks (runStepsSliced); `collectText` runs it to the end at once.
 * The walk is iterative, so pausing costs no nested generators.
 *
 * It allocates little per node, because on a page of 200,000 elements the collector's pauses were
 * the read's longest tasks: the kept characters go straight into a reused buffer of char codes,
 * made into one string per block of 16 K characters (no string per node or per run), the walk's
 * stack is a few reused arrays (no object per element), segments are rows of typed columns (no
 * object per text node, and no reference to it: each names its block and the child indices from
 * there, text-map.ts), and a segment's node offsets are copied out only when collapsing changed its text.
 */
export function* collectTextSteps(root: Element, options: CollectTextOptions = {}): Generator<void, TextMap, void> {
  const taken = takeCharBuffer();
  let chars = taken.chars;
  try {
    return yield* walk(root, options, chars, (grown) => (chars = grown));
  } finally {
    if (taken.shared) {
      // A buffer grown for a giant text node is not kept.
      if (chars.length <= CHARS_PER_BLOCK * 8) sharedChars = chars;
      sharedInUse = false;
    }
  }
}

/** The walk of {@link collectTextSteps}, writing into `chars` (`onGrow` hears of a larger buffer). */
function* walk(root: Element, options: CollectTextOptions, chars: Uint16Array, onGrow: (buffer: Uint16Array) => void): Generator<void, TextMap, void> {
  /** Text already made into strings, in order. */
  const blocks: string[] = [];
  /** Characters in `chars` not yet in `blocks`; the last character emitted is always among them. */
  let held = 0;
  const segments = new SegmentColumns();
  /** The anchors segments name, and the child indices of their paths (TextMap). */
  const anchors: Element[] = [];
  let paths = new Int32Array(1024);
  let pathsUsed = 0;
  let length = 0;
  /** Char code of the last character emitted, to collapse whitespace across node boundaries. */
  let last = NEWLINE;
  let pendingBreak = false;

  /** The walk's stack: the next child to visit of each open element, and its flags. */
  const nextChild: (ChildNode | null)[] = [root.firstChild];
  const flags: number[] = [0];
  /** Per open element: the index of the child being visited among its children. */
  const childIndex: number[] = [-1];
  /** Per open element: the depth of its nearest block (itself or an ancestor; the root counts as one). */
  const anchorDepth: number[] = [0];
  /** Per open block: the block, and its index in `anchors` once a segment named it (-1 before). */
  const blockElement: Element[] = [root];
  const anchorIndex: number[] = [-1];

  /**
   * Adds the segment of the node at the top of the stack (child `childIndex[top]` of the element at
   * `top`), named by its nearest block and the child indices from there.
   */
  const addSegment = (start: number, end: number, nodeStart: number, offsets: Int32Array | null, count: number, top: number) => {
    const a = anchorDepth[top];
    if (anchorIndex[a] < 0) {
      anchorIndex[a] = anchors.length;
      anchors.push(blockElement[a]);
    }
    const pathLength = top - a + 1;
    if (paths.length < pathsUsed + pathLength) {
      const grown = new Int32Array(Math.max(pathsUsed + pathLength, paths.length * 2));
      grown.set(paths.subarray(0, pathsUsed));
      paths = grown;
    }
    segments.add(start, end, nodeStart, anchorIndex[a], pathsUsed, pathLength, offsets, count);
    for (let d = a; d <= top; d++) paths[pathsUsed++] = childIndex[d];
  };

  const emitText = (node: Text, preserveNewlines: boolean, top: number) => {
    const data = node.data;
    const n = data.length;
    if (n === 0) return;
    if (offsetScratch.length < n + 1) offsetScratch = new Int32Array(Math.max(n + 1, offsetScratch.length * 2));
    // Room for the node's characters and a break before them.
    if (chars.length < held + n + 1) {
      const grown = new Uint16Array(Math.max(held + n + 1, chars.length * 2));
      grown.set(chars.subarray(0, held));
      chars = grown;
      onGrow(grown);
    }
    const scratch = offsetScratch;
    // A break owed before this node's first character is written when that character comes (a
    // node that collapses to nothing leaves it owed), and a trailing space before it is dropped.
    let at = held;
    let outLength = 0;
    /** Char code of the last character emitted for this node (-1 while none). */
    let outLast = -1;
    let verbatim = true;
    let firstIndex = -1;
    // As before this walk was rewritten, a kept newline of a <pre> node counts as the last character
    // emitted when the trailing-space check at a block boundary looks, wherever it is in the node
    // (results stay the same to the offset).
    const lastBeforeBreak = preserveNewlines && data.indexOf('\n') >= 0 ? NEWLINE : last;
    const openBreak = () => {
      if (!pendingBreak) return;
      // A block ended: drop a trailing space before the newline the block boundary stands for.
      if (lastBeforeBreak === SPACE && held > 0) {
        held -= 1;
        at -= 1;
        length -= 1;
        segments.trimLast();
      }
      chars[at++] = NEWLINE;
      held = at;
      length += 1;
      pendingBreak = false;
    };
    // Characters are written after a possible break: the node's run starts at `base` once the break is in.
    let base = -1;
    for (let i = 0; i < n; i++) {
      const code = data.charCodeAt(i);
      let out = code;
      if (preserveNewlines && code === NEWLINE) {
        if (firstIndex < 0) firstIndex = i;
      } else if (code === SPACE || code === 9 || code === NEWLINE || code === 12 || code === 13 || code === 0xa0) {
        // [\t\n\f\r ] and the no-break space.
        const prev = outLength > 0 ? outLast : pendingBreak ? NEWLINE : last;
        if (prev === SPACE || prev === NEWLINE) {
          verbatim = false;
          continue;
        }
        if (firstIndex < 0) firstIndex = i;
        if (code !== SPACE) {
          // Another space character stands as a plain space.
          verbatim = false;
          out = SPACE;
        }
      } else if (firstIndex < 0) firstIndex = i;
      if (base < 0) {
        openBreak();
        base = at;
      }
      chars[at++] = out;
      scratch[outLength++] = i;
      outLast = out;
    }
    if (outLength === 0) return;
    held = at;
    scratch[outLength] = scratch[outLength - 1] + 1;
    addSegment(length, length + outLength, firstIndex, verbatim ? null : scratch, outLength + 1, top);
    length += outLength;
    last = outLast;
  };

  let depth = 1;
  let visited = 0;
  while (depth > 0) {
    const top = depth - 1;
    const child = nextChild[top];
    if (!child) {
      depth = top;
      nextChild[top] = null;
      if (flags[top] & FRAME_BLOCK && length > 0) pendingBreak = true;
      continue;
    }
    nextChild[top] = child.nextSibling;
    childIndex[top]++;
    if (++visited % NODES_PER_STEP === 0) {
      // The text is made into strings as it grows, a block at a pause, so the end of the walk joins
      // a few dozen blocks. The last character stays (a block's end may still trim a trailing space).
      if (held > CHARS_PER_BLOCK) {
        blocks.push(stringOf(chars, held - 1));
        chars[0] = chars[held - 1];
        held = 1;
      }
      yield;
    }
    const type = child.nodeType;
    if (type === 3) {
      emitText(child as Text, (flags[top] & FRAME_PRE) !== 0, top);
    } else if (type === 1) {
      const childEl = child as Element;
      const tag = childEl.tagName.toUpperCase();
      const block = BLOCK_TAGS.has(tag);
      if (block && length > 0) pendingBreak = true;
      if (NEVER_TEXT.has(tag) || isHiddenByMarkup(childEl) || options.skip?.(childEl)) continue;
      nextChild[depth] = childEl.firstChild;
      flags[depth] = (flags[top] & FRAME_PRE) | (tag === 'PRE' ? FRAME_PRE : 0) | (block ? FRAME_BLOCK : 0);
      childIndex[depth] = -1;
      if (block) {
        anchorDepth[depth] = depth;
        blockElement[depth] = childEl;
        anchorIndex[depth] = -1;
      } else {
        anchorDepth[depth] = anchorDepth[top];
      }
      depth++;
    }
  }

  // A trailing space at the very end is not text anybody reads.
  if (held > 0 && chars[held - 1] === SPACE) {
    held -= 1;
    segments.trimLast();
  }
  blocks.push(stringOf(chars, held));
  return { text: blocks.length === 1 ? blocks[0] : blocks.join(''), segments: segments.finish(), anchors, paths: paths.slice(0, pathsUsed) };
}
