/**
 * The element the overlay lives in, made so the page cannot take it over, read it or drive it:
 * a plain <div> (a page can define any valid custom element name before the script runs and get
 * the element, or refuse it a shadow root; it cannot redefine a standard element), a closed
 * shadow root (a page script's `.shadowRoot` is null), and untrusted clicks stopped at the root
 * before any button sees them. A page that removes the host gets it back when the reader next
 * needs the overlay, a few times per paint and never from an observer, so a page that keeps
 * removing it cannot start a loop.
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
  doc.documentElement.appendChild(host);
  return {
    host,
    root,
    attach() {
      if (host.isConnected) return true;
      if (reattached >= REATTACH_LIMIT) return false;
      reattached++;
      doc.documentElement.appendChild(host);
      return true;
    },
    remove() {
      reattached = REATTACH_LIMIT;
      host.remove();
    },
  };
}
