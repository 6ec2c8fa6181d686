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

const WS = /[\t\n\f\r ]/;

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
    let out = '';
    const offsets: number[] = [];
    let verbatim = true;
    let firstIndex = -1;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (preserveNewlines && ch === '\n') {
        if (out.length === 0 && firstIndex < 0) firstIndex = i;
        out += '\n';
        offsets.push(i);
        last = '\n';
        continue;
      }
      if (WS.test(ch) || ch === '\u00a0') {
        const prev = out.length > 0 ? out[out.length - 1] : pendingBreak ? '\n' : last;
        if (prev === ' ' || prev === '\n') {
          verbatim = false;
          continue;
        }
        if (ch !== ' ') verbatim = false;
        if (firstIndex < 0) firstIndex = i;
        out += ' ';
        offsets.push(i);
        continue;
      }
      if (firstIndex < 0) firstIndex = i;
      else if (offsets.length > 0 && offsets[offsets.length - 1] !== i - 1) verbatim = false;
      out += ch;
      offsets.push(i);
    }
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
    offsets.push(offsets[offsets.length - 1] + 1);
    segments.push({
      node,
      start: length,
      end: length + out.length,
      nodeOffsets: verbatim ? null : Int32Array.from(offsets),
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
    if (++visited % NODES_PER_STEP === 0) yield;
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

  let text = parts.join('');
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
