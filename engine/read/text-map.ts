/**
 * TextMap: the article text a reader produced, plus where every character of it lives in the DOM.
 *
 * Readers collapse whitespace the way a browser renders it and put "\n" between blocks, so text
 * offsets are not DOM offsets. Each segment remembers where its text node is and, where collapsing
 * changed anything, the node offset of every character. Mapping back is a pure lookup (binary
 * search), in the spirit of hypothesis' anchoring: no DOM mutation, no layout.
 *
 * A segment does not hold its text node: it names an anchor (the nearest block element the walk
 * entered, kept once for all its segments) and the child indices that lead from it to the node,
 * resolved when the node is needed (a paint, a lookup). Holding one reference per text node made
 * the content script's world keep a DOM wrapper for each of them: on a page of 365,000 text
 * nodes, its wrapper table grew past 2^17 and 2^18 entries inside the read, one native step of
 * 40–115 ms CPU each that no slicing could split (README, Performance › Huge pages).
 * A resolved node is checked against the text it was read as, so a page that changed since the
 * read gives null rather than the wrong node.
 */
import type { Span } from '../types';

/** One run of article text that comes from a single DOM text node. */
export interface TextSegment {
  /** Index in `map.anchors` of the element the node is found from. */
  anchor: number;
  /** The child indices from the anchor to the node are `map.paths[pathAt .. pathAt + pathLength)`. */
  pathAt: number;
  pathLength: number;
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
  /** The elements segments are found from, in the order the walk first used them. */
  anchors: Element[];
  /** Child indices of every segment's path (see {@link TextSegment.pathAt}). */
  paths: Int32Array;
}

/** A DOM position pair for one span of article text. */
export interface DomPoints {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Where a span lies in the segments: its first and last segment and its clipped text offsets. */
export interface SegmentSpan {
  startSegment: number;
  start: number;
  endSegment: number;
  end: number;
}

/** The node offset of article offset `textOffset` inside `seg`. */
export function nodeOffsetOf(seg: TextSegment, textOffset: number): number {
  const i = textOffset - seg.start;
  return seg.nodeOffsets ? seg.nodeOffsets[i] : seg.nodeStart + i;
}

const isSpaceCode = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13 || code === 0xa0;

/**
 * The text node of `seg`, when the page still has one where the read found it and its characters
 * [from, to) of the article text are there (the same, or whitespace for whitespace); else null.
 */
export function nodeOfSegment(map: TextMap, seg: TextSegment, from = seg.start, to = seg.end): Text | null {
  let node: Node | null = map.anchors[seg.anchor];
  const { paths } = map;
  for (let i = seg.pathAt, end = seg.pathAt + seg.pathLength; i < end && node; i++) node = node.childNodes[paths[i]] ?? null;
  if (!node || node.nodeType !== 3) return null;
  const data = (node as Text).data;
  const { text } = map;
  for (let at = from; at < to; at++) {
    const offset = nodeOffsetOf(seg, at);
    if (offset >= data.length) return null;
    const want = text.charCodeAt(at);
    const have = data.charCodeAt(offset);
    if (want !== have && !(isSpaceCode(want) && isSpaceCode(have))) return null;
  }
  return node as Text;
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
 * Where text span [start, end) lies in the segments, without touching the DOM; null when the span
 * is empty or falls only on block separators the reader inserted. Spans that cross separators are
 * clipped to real text.
 */
export function locateSegments(map: TextMap, { start, end }: Span): SegmentSpan | null {
  if (!(end > start)) return null;
  const si = findSegment(map.segments, start, false);
  if (si < 0) return null;
  const startSeg = map.segments[si];
  const s = Math.max(start, startSeg.start);
  if (s >= end) return null;
  let ei = findSegment(map.segments, end, true);
  if (ei < 0) ei = map.segments.length - 1;
  // `end` may fall in a separator gap before the segment found: then the span ends at the previous one.
  while (map.segments[ei].start >= end && ei > si) ei--;
  return { startSegment: si, start: s, endSegment: ei, end: Math.min(end, map.segments[ei].end) };
}

/** The DOM points of a located span, or null when the page no longer has its nodes as read. */
export function pointsOf(map: TextMap, located: SegmentSpan): DomPoints | null {
  const startSeg = map.segments[located.startSegment];
  const endSeg = map.segments[located.endSegment];
  const startNode = nodeOfSegment(map, startSeg, located.start, Math.min(located.end, startSeg.end));
  if (!startNode) return null;
  const endNode = endSeg === startSeg ? startNode : nodeOfSegment(map, endSeg, Math.max(located.start, endSeg.start), located.end);
  if (!endNode) return null;
  return { startNode, startOffset: nodeOffsetOf(startSeg, located.start), endNode, endOffset: nodeOffsetOf(endSeg, located.end) };
}

/**
 * The DOM points of text span [start, end), or null when the span is empty, falls only on block
 * separators the reader inserted, or its nodes are no longer where the read found them.
 */
export function locateSpan(map: TextMap, span: Span): DomPoints | null {
  const located = locateSegments(map, span);
  return located && pointsOf(map, located);
}

/** Text node → segments, built once per map for lookups by DOM point (a pointer, a selection). */
export interface SegmentIndex {
  map: TextMap;
  anchorOf: Map<Element, number>;
  /** Segment indices of each anchor, in article order. */
  byAnchor: number[][];
}

/** Indexes the segments of `map` by anchor. */
export function indexSegments(map: TextMap): SegmentIndex {
  const anchorOf = new Map<Element, number>();
  map.anchors.forEach((anchor, i) => anchorOf.set(anchor, i));
  const byAnchor: number[][] = map.anchors.map(() => []);
  map.segments.forEach((seg, i) => byAnchor[seg.anchor].push(i));
  return { map, anchorOf, byAnchor };
}

/** The index of a node among its parent's children. */
function childIndexOf(node: Node): number {
  let i = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) i++;
  return i;
}

/** The segments (indices) of a text node, in article order: none when the node is not mapped. */
export function segmentsOfNode(index: SegmentIndex, node: Node): number[] {
  if (node.nodeType !== 3) return [];
  // The child indices from the node up to its nearest anchor, deepest first.
  const up: number[] = [];
  for (let at: Node = node; at.parentNode; at = at.parentNode) {
    up.push(childIndexOf(at));
    const anchor = index.anchorOf.get(at.parentNode as Element);
    if (anchor === undefined) continue;
    const { segments, paths } = index.map;
    return index.byAnchor[anchor].filter((i) => {
      const seg = segments[i];
      if (seg.pathLength !== up.length) return false;
      for (let k = 0; k < up.length; k++) if (paths[seg.pathAt + k] !== up[up.length - 1 - k]) return false;
      return true;
    });
  }
  return [];
}

/** The article offset of a point inside a mapped text node, or null (not article text). */
export function offsetInSegments(index: SegmentIndex, node: Node, nodeOffset: number): number | null {
  const { segments } = index.map;
  for (const i of segmentsOfNode(index, node)) {
    const seg = segments[i];
    const length = seg.end - seg.start;
    if (!seg.nodeOffsets) {
      if (nodeOffset >= seg.nodeStart && nodeOffset <= seg.nodeStart + length) return seg.start + nodeOffset - seg.nodeStart;
      continue;
    }
    const offsets = seg.nodeOffsets;
    if (nodeOffset < offsets[0] || nodeOffset > offsets[length]) continue;
    // First i with offsets[i] >= nodeOffset (offsets are increasing).
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid] < nodeOffset) lo = mid + 1;
      else hi = mid;
    }
    return seg.start + lo;
  }
  return null;
}

/** The article-text offset of a DOM point inside a mapped text node, or null if the node is not mapped. */
export function offsetOfPoint(map: TextMap, node: Node, nodeOffset: number): number | null {
  // A point before a node's first kept character (in collapsed whitespace) counts as that character.
  for (const i of segmentsOfNode(indexSegments(map), node)) {
    const seg = map.segments[i];
    const len = seg.end - seg.start;
    if (!seg.nodeOffsets) {
      if (nodeOffset >= seg.nodeStart && nodeOffset <= seg.nodeStart + len) return seg.start + nodeOffset - seg.nodeStart;
      continue;
    }
    for (let k = 0; k <= len; k++) if (seg.nodeOffsets[k] >= nodeOffset) return seg.start + k;
  }
  return null;
}

/** Whether every anchor of the map is still in the document (the page did not re-render the blocks read). */
export function anchorsAreAttached(map: TextMap): boolean {
  for (const anchor of map.anchors) if (!anchor.isConnected) return false;
  return true;
}
