/**
 * Which highlighted fact is under the pointer. Highlights are not elements, so there is no
 * mouseover: pointermove is throttled to one check per animation frame, the point is mapped to a
 * caret (caretPositionFromPoint / caretRangeFromPoint), the caret to an article offset and the
 * offset to facts (binary searches, fact-index.ts); a fact counts only when one of its line boxes
 * really contains the point, since a caret is found even in the margin next to a line.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Highlighter, PaintedFact } from './highlighter';

/**
 * The open shadow roots under a point, outermost first, from the event's (retargeted) target: a
 * caret is only found inside the shadow roots named to caretPositionFromPoint.
 */
function openRootsAt(target: EventTarget | null, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let el = target instanceof Element ? target : null;
  while (el?.shadowRoot && roots.length < 4) {
    roots.push(el.shadowRoot);
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return roots;
}

/** The caret at a viewport point, with either API the browser has (inside `shadowRoots` too, where supported). */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = shadowRoots.length > 0 ? withPosition.caretPositionFromPoint(x, y, { shadowRoots }) : withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const withRange = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const range = withRange.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A live Range over a painted fact (StaticRanges have no geometry). */
export function liveRangeOf(doc: Document, item: PaintedFact): Range {
  const range = doc.createRange();
  range.setStart(item.range.startContainer, item.range.startOffset);
  range.setEnd(item.range.endContainer, item.range.endOffset);
  return range;
}

function containsPoint(rects: DOMRectList, x: number, y: number): DOMRect | null {
  for (const rect of Array.from(rects)) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}

/** The painted fact under a point, with the line box it was found in. */
export function factAtPoint(doc: Document, highlighter: Highlighter, x: number, y: number, target: EventTarget | null): { item: PaintedFact; rect: DOMRect } | null {
  if (highlighter.mode === 'marks') {
    const item = target instanceof Element ? highlighter.factOfMark(target) : null;
    return item ? { item, rect: (target as Element).getBoundingClientRect() } : null;
  }
  const caret = caretAt(doc, x, y, openRootsAt(target, x, y));
  if (!caret) return null;
  for (const item of highlighter.factsAtPoint(caret.node, caret.offset)) {
    const rect = containsPoint(liveRangeOf(doc, item).getClientRects(), x, y);
    if (rect) return { item, rect };
  }
  return null;
}

/**
 * Calls `onHover(fact | null)` when the fact under the pointer changes. `ignore` tells events on
 * the extension's own UI apart. Listeners are tied to `ctx`.
 */
export function trackPointer(
  ctx: ContentScriptContext,
  doc: Document,
  getHighlighter: () => Highlighter | null,
  onHover: (hit: { item: PaintedFact; rect: DOMRect } | null) => void,
  ignore: (target: EventTarget | null) => boolean,
): void {
  let pending: PointerEvent | null = null;
  let current: PaintedFact | null = null;
  const check = () => {
    const event = pending;
    pending = null;
    const highlighter = getHighlighter();
    if (!event || !highlighter) return;
    const hit = ignore(event.target) ? null : factAtPoint(doc, highlighter, event.clientX, event.clientY, event.target);
    if ((hit?.item ?? null) === current) return;
    current = hit?.item ?? null;
    onHover(hit);
  };
  ctx.addEventListener(
    doc,
    'pointermove',
    (event: Event) => {
      // Only the reader's pointer drives the card: a page's synthetic pointermove is not trusted.
      if (!event.isTrusted || getHighlighter() === null) return;
      const wasPending = pending !== null;
      pending = event as PointerEvent;
      if (!wasPending) ctx.requestAnimationFrame(check);
    },
    { passive: true, capture: true },
  );
  const reset = () => {
    if (current === null) return;
    current = null;
    onHover(null);
  };
  ctx.addEventListener(doc.defaultView!, 'scroll', reset, { passive: true, capture: true });
}
