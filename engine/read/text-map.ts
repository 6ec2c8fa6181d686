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

/** One run of article text that comes from a single DOM text node (a view of one row of {@link TextSegments}). */
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

/**
 * A map's segments, a column per field of {@link TextSegment}: no object per segment, because on a
 * page of 365,000 text nodes those objects were a good part of what the collector copied and
 * traced during and after the read.
 */
export interface TextSegments {
  length: number;
  start: Int32Array;
  end: Int32Array;
  nodeStart: Int32Array;
  anchor: Int32Array;
  pathAt: Int32Array;
  pathLength: Int32Array;
  /** Where segment i's node offsets start in `offsets`; -1 when its run is verbatim. */
  offsetsAt: Int32Array;
  offsets: Int32Array;
}

/** The article text and where each run of it came from. */
export interface TextMap {
  text: string;
  segments: TextSegments;
  /** The elements segments are found from, in the order the walk first used them. */
  anchors: Element[];
  /** Child indices of every segment's path (see {@link TextSegment.pathAt}). */
  paths: Int32Array;
}

const COLUMNS = ['start', 'end', 'nodeStart', 'anchor', 'pathAt', 'pathLength', 'offsetsAt'] as const;

/** Builds {@link TextSegments} row by row (columns grown by doubling). */
export class SegmentColumns {
  length = 0;
  start: Int32Array = new Int32Array(256);
  end: Int32Array = new Int32Array(256);
  nodeStart: Int32Array = new Int32Array(256);
  anchor: Int32Array = new Int32Array(256);
  pathAt: Int32Array = new Int32Array(256);
  pathLength: Int32Array = new Int32Array(256);
  offsetsAt: Int32Array = new Int32Array(256);
  offsets: Int32Array = new Int32Array(1024);
  offsetsUsed = 0;

  /** Adds a row; `offsets` (its first `count` entries) are copied, or null for a verbatim run. */
  add(start: number, end: number, nodeStart: number, anchor: number, pathAt: number, pathLength: number, offsets: Int32Array | null, count = 0): void {
    if (this.length === this.start.length) for (const column of COLUMNS) this[column] = grow(this[column], this.length * 2);
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = end;
    this.nodeStart[i] = nodeStart;
    this.anchor[i] = anchor;
    this.pathAt[i] = pathAt;
    this.pathLength[i] = pathLength;
    if (!offsets) {
      this.offsetsAt[i] = -1;
      return;
    }
    if (this.offsets.length < this.offsetsUsed + count) this.offsets = grow(this.offsets, Math.max(this.offsetsUsed + count, this.offsets.length * 2));
    this.offsets.set(offsets.subarray(0, count), this.offsetsUsed);
    this.offsetsAt[i] = this.offsetsUsed;
    this.offsetsUsed += count;
  }

  /** Drops the last row's last character (and the row when nothing is left of it). */
  trimLast(): void {
    const i = this.length - 1;
    this.end[i] -= 1;
    if (this.end[i] === this.start[i]) this.length -= 1;
  }

  /** The segments, in columns of their own length (the builder is done with). */
  finish(): TextSegments {
    for (const column of COLUMNS) this[column] = this[column].slice(0, this.length);
    this.offsets = this.offsets.slice(0, this.offsetsUsed);
    return this;
  }
}

function grow(column: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size);
  grown.set(column);
  return grown;
}

/** `first` then `rest` as one map, a newline between their texts (`rest`'s rows shifted). */
export function joinMaps(first: TextMap, rest: TextMap): TextMap {
  const rows = new SegmentColumns();
  const shift = first.text.length + 1;
  for (const [map, textShift, anchorShift, pathShift] of [[first, 0, 0, 0], [rest, shift, first.anchors.length, first.paths.length]] as const) {
    const segs = map.segments;
    for (let i = 0; i < segs.length; i++) {
      const at = segs.offsetsAt[i];
      const count = segs.end[i] - segs.start[i] + 1;
      rows.add(segs.start[i] + textShift, segs.end[i] + textShift, segs.nodeStart[i], segs.anchor[i] + anchorShift, segs.pathAt[i] + pathShift, segs.pathLength[i], at < 0 ? null : segs.offsets.subarray(at, at + count), count);
    }
  }
  const paths = new Int32Array(first.paths.length + rest.paths.length);
  paths.set(first.paths);
  paths.set(rest.paths, first.paths.length);
  return { text: `${first.text}\n${rest.text}`, segments: rows.finish(), anchors: [...first.anchors, ...rest.anchors], paths };
}

/** Segment `i` of `map` as an object. */
export function segmentAt(map: TextMap, i: number): TextSegment {
  const segs = map.segments;
  const at = segs.offsetsAt[i];
  return {
    anchor: segs.anchor[i],
    pathAt: segs.pathAt[i],
    pathLength: segs.pathLength[i],
    start: segs.start[i],
    end: segs.end[i],
    nodeOffsets: at < 0 ? null : segs.offsets.subarray(at, at + segs.end[i] - segs.start[i] + 1),
    nodeStart: segs.nodeStart[i],
  };
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

/** The node offset of article offset `textOffset` inside segment `i`. */
export function nodeOffsetOf(segs: TextSegments, i: number, textOffset: number): number {
  const k = textOffset - segs.start[i];
  const at = segs.offsetsAt[i];
  return at < 0 ? segs.nodeStart[i] + k : segs.offsets[at + k];
}

/**
 * The text node of segment `i`, when the page still has one where the read found it and its
 * characters [from, to) of the article text are there (the same; a space or newline of the text
 * stands for any whitespace the reader collapsed); else null.
 */
export function nodeOfSegment(map: TextMap, i: number, from = map.segments.start[i], to = map.segments.end[i]): Text | null {
  const segs = map.segments;
  let node: Node | null = map.anchors[segs.anchor[i]];
  const { paths } = map;
  for (let k = segs.pathAt[i], end = k + segs.pathLength[i]; k < end && node; k++) node = node.childNodes[paths[k]] ?? null;
  if (!node || node.nodeType !== 3) return null;
  const data = (node as Text).data;
  const { text } = map;
  for (let at = from; at < to; at++) {
    const offset = nodeOffsetOf(segs, i, at);
    if (offset >= data.length) return null;
    const want = text.charCodeAt(at);
    if (want !== data.charCodeAt(offset) && want !== 32 && want !== 10) return null;
  }
  return node as Text;
}

/** Index of the first segment whose end is > offset (or >= when `inclusiveEnd`); -1 when none. */
export function findSegment(segs: TextSegments, offset: number, inclusiveEnd: boolean): number {
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const end = segs.end[mid];
    const after = inclusiveEnd ? end >= offset : end > offset;
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
  const segs = map.segments;
  const si = findSegment(segs, start, false);
  if (si < 0) return null;
  const s = Math.max(start, segs.start[si]);
  if (s >= end) return null;
  let ei = findSegment(segs, end, true);
  if (ei < 0) ei = segs.length - 1;
  // `end` may fall in a separator gap before the segment found: then the span ends at the previous one.
  while (segs.start[ei] >= end && ei > si) ei--;
  return { startSegment: si, start: s, endSegment: ei, end: Math.min(end, segs.end[ei]) };
}

/** The DOM points of a located span, or null when the page no longer has its nodes as read. */
export function pointsOf(map: TextMap, located: SegmentSpan): DomPoints | null {
  const segs = map.segments;
  const { startSegment: si, endSegment: ei } = located;
  const startNode = nodeOfSegment(map, si, located.start, Math.min(located.end, segs.end[si]));
  if (!startNode) return null;
  const endNode = ei === si ? startNode : nodeOfSegment(map, ei, Math.max(located.start, segs.start[ei]), located.end);
  if (!endNode) return null;
  return { startNode, startOffset: nodeOffsetOf(segs, si, located.start), endNode, endOffset: nodeOffsetOf(segs, ei, located.end) };
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
  for (let i = 0; i < map.segments.length; i++) byAnchor[map.segments.anchor[i]].push(i);
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
    const { segments: segs, paths } = index.map;
    return index.byAnchor[anchor].filter((i) => {
      if (segs.pathLength[i] !== up.length) return false;
      for (let k = 0; k < up.length; k++) if (paths[segs.pathAt[i] + k] !== up[up.length - 1 - k]) return false;
      return true;
    });
  }
  return [];
}

/**
 * The article offset of a point inside a mapped text node, or null (not article text). A point
 * before a run's first kept character (in collapsed whitespace) counts as that character.
 */
export function offsetInSegments(index: SegmentIndex, node: Node, nodeOffset: number): number | null {
  const segs = index.map.segments;
  for (const i of segmentsOfNode(index, node)) {
    const start = segs.start[i];
    const length = segs.end[i] - start;
    const at = segs.offsetsAt[i];
    if (at < 0) {
      const nodeStart = segs.nodeStart[i];
      if (nodeOffset >= nodeStart && nodeOffset <= nodeStart + length) return start + nodeOffset - nodeStart;
      continue;
    }
    const offsets = segs.offsets;
    if (nodeOffset > offsets[at + length]) continue;
    // First k with offsets[at + k] >= nodeOffset (offsets are increasing).
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[at + mid] < nodeOffset) lo = mid + 1;
      else hi = mid;
    }
    return start + lo;
  }
  return null;
}

/** The article-text offset of a DOM point inside a mapped text node, or null if the node is not mapped. */
export function offsetOfPoint(map: TextMap, node: Node, nodeOffset: number): number | null {
  return offsetInSegments(indexSegments(map), node, nodeOffset);
}

/** Whether every anchor of the map is still in the document (the page did not re-render the blocks read). */
export function anchorsAreAttached(map: TextMap): boolean {
  for (const anchor of map.anchors) if (!anchor.isConnected) return false;
  return true;
}
