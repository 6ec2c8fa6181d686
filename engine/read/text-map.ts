/**
 * TextMap: the article text a reader produced, plus where every character of it lives in the DOM.
 *
 * Readers collapse whitespace the way a browser renders it and put "\n" between blocks, so text
 * offsets are not DOM offsets. Each segment remembers its text node and, where collapsing changed
 * anything, the node offset of every character. Mapping back is a pure lookup (binary search),
 * in the spirit of hypothesis' anchoring: no DOM mutation, no layout.
 */
import type { Span } from '../types';

/** One run of article text that comes from a single DOM text node. */
export interface TextSegment {
  node: Text;
  /** Offsets of this run in the article text, [start, end). */
  start: number;
  end: number;
  /**
   * Node offsets of text[start + i] for i in [0, end - start], the last entry being the node offset
   * just past the run; null when the run is node.data.slice(nodeStart, nodeStart + length) verbatim.
   */
  nodeOffsets: Int32Array | null;
  /** Offset in node.data of the run's first character (used when nodeOffsets is null). */
  nodeStart: number;
}

/** The article text and where each run of it came from. */
export interface TextMap {
  text: string;
  segments: TextSegment[];
}

/** A DOM position pair for one span of article text. */
export interface DomPoints {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

function nodeOffsetOf(seg: TextSegment, textOffset: number): number {
  const i = textOffset - seg.start;
  return seg.nodeOffsets ? seg.nodeOffsets[i] : seg.nodeStart + i;
}

/** Index of the first segment whose end is > offset (or >= when `inclusiveEnd`). */
function findSegment(segments: TextSegment[], offset: number, inclusiveEnd: boolean): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    const after = inclusiveEnd ? seg.end >= offset : seg.end > offset;
    if (after) {
      found = mid;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return found;
}

/**
 * The DOM points of text span [start, end), or null when the span is empty or falls only on
 * block separators the reader inserted. Spans that cross separators are clipped to real text.
 */
export function locateSpan(map: TextMap, { start, end }: Span): DomPoints | null {
  if (!(end > start)) return null;
  const si = findSegment(map.segments, start, false);
  if (si < 0) return null;
  const startSeg = map.segments[si];
  const s = Math.max(start, startSeg.start);
  if (s >= end) return null;
  let ei = findSegment(map.segments, end, true);
  if (ei < 0) ei = map.segments.length - 1;
  let endSeg = map.segments[ei];
  // `end` may fall in a separator gap before endSeg: then the span ends at the previous segment.
  while (endSeg.start >= end && ei > si) endSeg = map.segments[--ei];
  const e = Math.min(end, endSeg.end);
  return {
    startNode: startSeg.node,
    startOffset: nodeOffsetOf(startSeg, s),
    endNode: endSeg.node,
    endOffset: nodeOffsetOf(endSeg, e),
  };
}

/** The article-text offset of a DOM point inside a mapped text node, or null if the node is not mapped. */
export function offsetOfPoint(map: TextMap, node: Node, nodeOffset: number): number | null {
  for (const seg of map.segments) {
    if (seg.node !== node) continue;
    const len = seg.end - seg.start;
    if (!seg.nodeOffsets) {
      if (nodeOffset >= seg.nodeStart && nodeOffset <= seg.nodeStart + len) return seg.start + nodeOffset - seg.nodeStart;
      continue;
    }
    for (let i = 0; i <= len; i++) if (seg.nodeOffsets[i] >= nodeOffset) return seg.start + i;
  }
  return null;
}
