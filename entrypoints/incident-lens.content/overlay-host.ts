/**
 * The element the overlay lives in, made so the page cannot take it over, read it or drive it:
 * a plain <div> (a page can define any valid custom element name before the script runs and get
 * the element, or refuse it a shadow root; it cannot redefine a standard element), a closed
 * shadow root (a page script's `.shadowRoot` is null), and untrusted clicks stopped at the root
 * before any button sees them. A page that removes the host gets it back when the reader next
 * needs the overlay, a few times per paint and never from an observer, so a page that keeps
 * removing it cannot start a loop.
 *
 * The host is shown in the top layer (a manual popover): laid out apart from the page, adding it
 * restyles and re-lays out nothing of the page. Under <html> in the page's flow, the legend's
 * arrival cost a layout and a compositing-inputs pass over the whole page; on a 200,000-element
 * page that was the frame's 30–40 ms CPU of its 60–85 (scripts/bench/huge-page.ts). The host's
 * `all: initial` keeps the popover's own look off it; the legend and card inside stay fixed to the
 * viewport. Where popovers are missing, or a page hides it, the host sits in the flow as before.
 */

/** Times a removed host is put back per overlay. */
export const REATTACH_LIMIT = 3;

/** A host and its closed root. */
export interface OverlayHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Puts the host back under <html> when the page removed it; false once the budget is spent. */
  attach(): boolean;
  remove(): void;
}

/** Shows a connected popover host in the top layer; a browser without popovers leaves it in the flow. */
function showInTopLayer(host: HTMLElement): void {
  const popover = host as HTMLElement & { showPopover?: () => void };
  if (typeof popover.showPopover !== 'function') return;
  try {
    if (!host.matches(':popover-open')) popover.showPopover();
  } catch {
    // Not shown (a document that refuses it): the host stays in the page's flow, as without popovers.
  }
}

/** Creates the host, attached as the last child of <html> (after <body>). */
export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  // Page CSS reaches the host itself (a `div` rule); the root's `:host { all: initial !important }`
  // wins over it, important declarations of an inner tree beating the page's.
  root.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) event.stopImmediatePropagation();
    },
    { capture: true },
  );
  let reattached = 0;
  host.setAttribute('popover', 'manual');
  doc.documentElement.appendChild(host);
  showInTopLayer(host);
  return {
    host,
    root,
    attach() {
      if (host.isConnected) return true;
      if (reattached >= REATTACH_LIMIT) return false;
      reattached++;
      doc.documentElement.appendChild(host);
      showInTopLayer(host);
      return true;
    },
    remove() {
      reattached = REATTACH_LIMIT;
      host.remove();
    },
  };
}
