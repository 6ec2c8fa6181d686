/**
 * Walks an element's text nodes and builds the article text with its TextMap: whitespace collapsed
 * as a browser renders it, one "\n" between blocks, skipped subtrees (scripts, hidden nodes, page
 * chrome chosen by the caller) left out. Reads `data` of text nodes, never innerText: WeChat keeps
 * #js_content at visibility:hidden until its scripts run, and innerText would be empty then
 * (and forces layout).
 */
import { runSteps } from './steps';
import type { TextMap, TextSegment } from './text-map';

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
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** Nodes visited between two pauses of {@link collectTextSteps}: a pause costs a generator resume. */
const NODES_PER_STEP = 64;

/** Parts (one per text node) joined into one block at a pause of the walk. */
const PARTS_PER_BLOCK = 2048;

/** Offsets of the text node being emitted, reused from node to node (grown as needed). */
let offsetScratch = new Int32Array(256);

/** One element being walked: the next child to visit and what its subtree inherits. */
interface WalkFrame {
  child: ChildNode | null;
  pre: boolean;
  /** The element is a block: a break follows its last child. */
  block: boolean;
}

/** Collects the text under `root` into a TextMap. */
export function collectText(root: Element, options: CollectTextOptions = {}): TextMap {
  return runSteps(collectTextSteps(root, options));
}

/**
 * {@link collectText} as steps: the generator pauses every few dozen nodes so a caller can spread
 * a long article over several tasks (runStepsSliced); `collectText` runs it to the end at once.
 * The walk is iterative, so pausing costs no nested generators.
 */
export function* collectTextSteps(root: Element, options: CollectTextOptions = {}): Generator<void, TextMap, void> {
  const parts: string[] = [];
  /** Parts already joined, in order. */
  const blocks: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  /** Last character emitted, to collapse whitespace across node boundaries. */
  let last = '\n';
  let pendingBreak = false;

  const emitBreak = () => {
    if (length > 0) pendingBreak = true;
  };

  const emitText = (node: Text, preserveNewlines: boolean) => {
    const data = node.data;
    // The node's text is cut out in runs of characters kept as they are (one slice each), not built
    // a character at a time: on a 1.3 MB article that made a short-lived string per character, and
    // the garbage collector's pauses were the read's longest tasks. Offsets go to a reused buffer
    // and are copied out only when the node is not verbatim.
    const pieces: string[] = [];
    let runStart = -1;
    let runEnd = -1;
    let outLength = 0;
    /** Last character emitted for this node ('' while none). */
    let outLast = '';
    let verbatim = true;
    let firstIndex = -1;
    let lastOffset = -1;
    if (offsetScratch.length < data.length + 1) offsetScratch = new Int32Array(Math.max(data.length + 1, offsetScratch.length * 2));
    const scratch = offsetScratch;
    /** Emits data[i] itself. */
    const keep = (i: number) => {
      if (runEnd !== i) {
        if (runStart >= 0) pieces.push(data.slice(runStart, runEnd));
        runStart = i;
      }
      runEnd = i + 1;
      scratch[outLength++] = i;
      lastOffset = i;
      outLast = data[i];
    };
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (preserveNewlines && code === 10) {
        if (firstIndex < 0) firstIndex = i;
        keep(i);
        // As before this walk was rewritten: a kept newline also counts as the last character
        // emitted when the block-end check below looks (results stay the same to the offset).
        last = '\n';
        continue;
      }
      // [\t\n\f\r ] and the no-break space.
      if (code === 32 || code === 9 || code === 10 || code === 12 || code === 13 || code === 0xa0) {
        const prev = outLength > 0 ? outLast : pendingBreak ? '\n' : last;
        if (prev === ' ' || prev === '\n') {
          verbatim = false;
          continue;
        }
        if (firstIndex < 0) firstIndex = i;
        if (code === 32) keep(i);
        else {
          // Another space character stands as a plain space.
          verbatim = false;
          if (runStart >= 0) pieces.push(data.slice(runStart, runEnd));
          runStart = -1;
          runEnd = -1;
          pieces.push(' ');
          scratch[outLength++] = i;
          lastOffset = i;
          outLast = ' ';
        }
        continue;
      }
      if (firstIndex < 0) firstIndex = i;
      else if (outLength > 0 && lastOffset !== i - 1) verbatim = false;
      keep(i);
    }
    if (runStart >= 0) pieces.push(data.slice(runStart, runEnd));
    const out = pieces.length === 1 ? pieces[0] : pieces.join('');
    if (out.length === 0) return;
    if (pendingBreak) {
      // A block ended: drop a trailing space before the newline the block boundary stands for.
      if (last === ' ' && parts.length > 0) {
        const prevPart = parts[parts.length - 1];
        parts[parts.length - 1] = prevPart.slice(0, -1);
        length -= 1;
        const seg = segments[segments.length - 1];
        seg.end -= 1;
        if (seg.nodeOffsets) seg.nodeOffsets = seg.nodeOffsets.slice(0, seg.end - seg.start + 1);
        if (seg.end === seg.start) segments.pop();
      }
      parts.push('\n');
      length += 1;
      pendingBreak = false;
    }
    scratch[outLength] = scratch[outLength - 1] + 1;
    segments.push({
      node,
      start: length,
      end: length + out.length,
      nodeOffsets: verbatim ? null : scratch.slice(0, outLength + 1),
      nodeStart: firstIndex,
    });
    parts.push(out);
    length += out.length;
    last = out[out.length - 1];
  };

  const stack: WalkFrame[] = [{ child: root.firstChild, pre: false, block: false }];
  let visited = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const child = frame.child;
    if (!child) {
      stack.pop();
      if (frame.block) emitBreak();
      continue;
    }
    frame.child = child.nextSibling;
    if (++visited % NODES_PER_STEP === 0) {
      // The text is joined as it grows, a block of parts at a pause, so the end of the walk joins a
      // few dozen blocks instead of one part per text node in one step. The last part stays
      // (a block's end may still trim its trailing space).
      if (parts.length >= PARTS_PER_BLOCK) blocks.push(parts.splice(0, parts.length - 1).join(''));
      yield;
    }
    if (child.nodeType === 3) {
      emitText(child as Text, frame.pre);
    } else if (child.nodeType === 1) {
      const childEl = child as Element;
      const tag = childEl.tagName.toUpperCase();
      const block = BLOCK_TAGS.has(tag);
      if (NEVER_TEXT.has(tag) || isHiddenByMarkup(childEl) || options.skip?.(childEl)) {
        if (block) emitBreak();
        continue;
      }
      if (block) emitBreak();
      stack.push({ child: childEl.firstChild, pre: frame.pre || tag === 'PRE', block });
    }
  }

  blocks.push(parts.join(''));
  let text = blocks.join('');
  // A trailing space at the very end is not text anybody reads.
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    const seg = segments[segments.length - 1];
    seg.end -= 1;
    if (seg.nodeOffsets) seg.nodeOffsets = seg.nodeOffsets.slice(0, seg.end - seg.start + 1);
    if (seg.end === seg.start) segments.pop();
  }
  return { text, segments };
}
