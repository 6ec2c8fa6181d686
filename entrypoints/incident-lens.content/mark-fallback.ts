/**
 * The fallback where the CSS Custom Highlight API is missing (older Firefox): facts are wrapped in
 * `<mark data-incident-lens="<category>">` (DESIGN.md). Every change is logged and undone in reverse
 * order, so turning highlights off gives back the very text nodes the page had, with their data.
 */
import { findSegment, nodeOffsetOf, nodeOfSegment, type TextMap } from '../../engine/read/text-map';
import type { Fact } from '../../engine/types';

type Change = { kind: 'split'; node: Text; tail: Text } | { kind: 'wrap'; mark: HTMLElement; text: Text };

/** A log of DOM changes the fallback made, for undoing them. */
export class MarkLog {
  private changes: Change[] = [];

  /** Records that `tail` was split off the end of `node`. */
  split(node: Text, tail: Text): void {
    this.changes.push({ kind: 'split', node, tail });
  }

  /** Records that `text` was moved into `mark`. */
  wrap(mark: HTMLElement, text: Text): void {
    this.changes.push({ kind: 'wrap', mark, text });
  }

  /** Undoes every change, last first; the page's nodes end as they were. */
  undo(): void {
    for (let i = this.changes.length - 1; i >= 0; i--) {
      const change = this.changes[i];
      if (change.kind === 'wrap') {
        change.mark.parentNode?.insertBefore(change.text, change.mark);
        change.mark.remove();
      } else {
        change.node.appendData(change.tail.data);
        change.tail.remove();
      }
    }
    this.changes = [];
  }
}

/** The pieces of a span inside each text node, in article order (none of a node the page no longer has as read). */
export function piecesOf(map: TextMap, span: { start: number; end: number }): { node: Text; from: number; to: number }[] {
  const pieces: { node: Text; from: number; to: number }[] = [];
  const segs = map.segments;
  const first = findSegment(segs, span.start, false);
  for (let i = first < 0 ? segs.length : first; i < segs.length; i++) {
    if (segs.start[i] >= span.end) break;
    const s = Math.max(span.start, segs.start[i]);
    const e = Math.min(span.end, segs.end[i]);
    const node = e > s ? nodeOfSegment(map, i, s, e) : null;
    if (node) pieces.push({ node, from: nodeOffsetOf(segs, i, s), to: nodeOffsetOf(segs, i, e) });
  }
  return pieces;
}

/**
 * Wraps one fact's text in marks. Facts must be wrapped from the last to the first: splitting a
 * node keeps its head in the original node, so the map stays right for every earlier offset.
 */
export function wrapFact(doc: Document, map: TextMap, fact: Pick<Fact, 'start' | 'end' | 'category' | 'attrs'>, log: MarkLog): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const pieces = piecesOf(map, fact);
  for (let p = pieces.length - 1; p >= 0; p--) {
    const { node, from, to } = pieces[p];
    if (!node.parentNode || to > node.length || from >= to) continue;
    if (to < node.length) log.split(node, node.splitText(to));
    let middle = node;
    if (from > 0) {
      middle = node.splitText(from);
      log.split(node, middle);
    }
    const mark = doc.createElement('mark');
    mark.dataset.incidentLens = fact.category;
    // The second style of services said to be unaffected (highlight-styles.ts).
    if (fact.category === 'service' && fact.attrs?.status === 'unaffected') mark.dataset.incidentLensStatus = 'unaffected';
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    log.wrap(mark, middle);
    marks.unshift(mark);
  }
  return marks;
}
