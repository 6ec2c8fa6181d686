/**
 * The extension's own UI on the page: the hover card and the legend, inside one closed shadow root
 * (overlay-host.ts) so page CSS and page scripts cannot reach them (`:host { all: initial }`). Built with createElement and
 * textContent only: fact text comes from the page and is never parsed as HTML.
 * The host element hangs off <html>, after <body>, so the page's body keeps exactly its children.
 */
import { FACT_CATEGORIES, type Fact, type FactCategory } from '../../engine/types';
import { categoryLabel, countLabel, type ContentStrings } from './content-strings';
import { describeFact, type CardLanguage } from './describe-fact';
import { HIGHLIGHT_COLOURS, UNAFFECTED_STYLE, type PageTone } from './highlight-styles';
import { createOverlayHost } from './overlay-host';


/** What the legend reports back. */
export interface OverlayHandlers {
  onToggleCategory(category: FactCategory, visible: boolean): void;
  /** Moves to the next (+1) or previous (-1) fact. */
  onStep(direction: 1 | -1): void;
  onHide(hidden: boolean): void;
}

/** How many facts of one category: distinct values, and all their mentions. */
export interface CategoryCount {
  values: number;
  mentions: number;
}

/** Legend content. */
export interface LegendState {
  counts: ReadonlyMap<FactCategory, CategoryCount>;
  /** Distinct services said to be unaffected (shown with their own style). */
  unaffected: number;
  off: ReadonlySet<FactCategory>;
  hidden: boolean;
  /** Index of the current fact (for "3 of 12"), or -1. */
  current: number;
  total: number;
}

/** The card and legend of one page. */
export interface Overlay {
  readonly host: HTMLElement;
  /** The closed shadow root (the page cannot reach it; tests and the controller can). */
  readonly root: ShadowRoot;
  /** Puts the host back when the page removed it (a bounded number of times); false when it stays out. */
  attach(): boolean;
  renderLegend(state: LegendState): void;
  /** Shows the card for `fact` next to `rect` (viewport coordinates). */
  showCard(fact: Fact, rect: DOMRect): void;
  hideCard(): void;
  remove(): void;
}

/**
 * The overlay's sheet. The legend and card sit in a viewport-sized box with size and layout
 * containment, a relayout boundary: once the host is shown, drawing the legend lays out that box
 * alone, not the page (on a 200,000-element page a layout from the root costs the frame more than
 * the legend does). The legend is placed in the box's grid, not fixed: Chromium lays out from the
 * root when a fixed or absolute box first appears, even inside a boundary. The box lets every
 * pointer event through; the legend takes them back.
 */
function overlayCss(tone: PageTone): string {
  const dark = tone === 'dark';
  const panel = dark ? '#202124' : '#ffffff';
  const ink = dark ? '#e8eaed' : '#1a1a1a';
  const muted = dark ? '#bdc1c6' : '#5f6368';
  const line = dark ? '#5f6368' : '#dadce0';
  const unaffected = UNAFFECTED_STYLE[tone];
  return `
:host { all: initial !important; }
.layer { position: fixed; inset: 0; contain: strict; display: grid; pointer-events: none; }
.panel { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: ${ink}; background: ${panel}; border: 1px solid ${line}; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); box-sizing: border-box; }
.card { position: fixed; z-index: 2147483647; max-width: 320px; padding: 8px 10px; pointer-events: none; }
.card[hidden], .legend [hidden] { display: none; }
.card-title { display: flex; align-items: center; gap: 6px; font-weight: 600; margin: 0 0 4px; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; }
.card dt { color: ${muted}; }
.card dd { margin: 0; overflow-wrap: anywhere; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; flex: none; border: 1px solid ${line}; }
.legend { grid-area: 1 / 1; justify-self: end; align-self: end; z-index: 2147483646; margin: 16px; width: 240px; padding: 8px;
  pointer-events: auto; }
.legend.collapsed { width: auto; padding: 4px; }
.legend-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
.legend-title { font-weight: 600; }
.legend ul { list-style: none; margin: 0 0 6px; padding: 0; }
.legend li { margin: 0; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 4px;
  cursor: pointer; padding: 2px 6px; }
button:hover { border-color: ${line}; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.toggle { display: flex; align-items: center; gap: 6px; width: 100%; text-align: left; }
.toggle .count { margin-left: auto; color: ${muted}; }
.toggle[aria-pressed="false"] { opacity: .5; }
.toggle[aria-pressed="false"] .label { text-decoration: line-through; }
.legend-nav { display: flex; align-items: center; justify-content: space-between; gap: 4px; border-top: 1px solid ${line}; padding-top: 6px; }
.position { color: ${muted}; }
.status-key { display: flex; align-items: center; gap: 6px; margin: 0 0 4px 26px; color: ${muted}; font-size: 12px; }
.status-key .sample { padding: 0 3px; border-radius: 2px; background: ${unaffected.background}; color: ${unaffected.text};
  text-decoration: underline dashed 2px ${unaffected.line}; text-underline-offset: 3px; }
`;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Where the card goes: below the fact, or above when there is no room; kept inside the viewport. */
export function placeCard(rect: { left: number; top: number; bottom: number }, card: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const gap = 6;
  const left = Math.max(4, Math.min(rect.left, viewport.width - card.width - 4));
  const below = rect.bottom + gap;
  const top = below + card.height <= viewport.height ? below : Math.max(4, rect.top - gap - card.height);
  return { left, top };
}

/** Creates the overlay (nothing is shown until renderLegend / showCard). */
export function createOverlay(doc: Document, tone: PageTone, strings: ContentStrings, handlers: OverlayHandlers, lang: CardLanguage = 'en'): Overlay {
  const placed = createOverlayHost(doc);
  const shadow = placed.root;
  const style = el(doc, 'style', undefined, overlayCss(tone));
  const card = el(doc, 'div', 'panel card');
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  const legend = el(doc, 'section', 'panel legend');
  legend.setAttribute('aria-label', strings('legendTitle'));
  legend.hidden = true;
  const layer = el(doc, 'div', 'layer');
  layer.append(card, legend);
  shadow.append(style, layer);
  const colours = HIGHLIGHT_COLOURS[tone];

  const swatch = (category: FactCategory) => {
    const node = el(doc, 'span', 'swatch');
    node.style.background = colours[category].background;
    return node;
  };

  const button = (action: string, text: string, label?: string) => {
    const node = el(doc, 'button', undefined, text);
    node.type = 'button';
    node.dataset.action = action;
    if (label) {
      node.setAttribute('aria-label', label);
      node.title = label;
    }
    return node;
  };

  return {
    host: placed.host,
    root: shadow,
    attach: placed.attach,
    renderLegend(state) {
      legend.replaceChildren();
      legend.hidden = false;
      legend.classList.toggle('collapsed', state.hidden);
      if (state.hidden) {
        const show = button('show', strings('legendShow'));
        show.addEventListener('click', () => handlers.onHide(false));
        legend.append(show);
        return;
      }
      const head = el(doc, 'div', 'legend-head');
      // Distinct facts, as the popup lists them, and the mentions painted.
      let values = 0;
      for (const count of state.counts.values()) values += count.values;
      const totals = values === state.total ? strings('legendFacts', String(values)) : strings('legendFactsMentions', String(values), String(state.total));
      head.append(el(doc, 'span', 'legend-title', strings('legendTitle')), el(doc, 'span', 'position totals', totals));
      const hide = button('hide', '×', strings('legendHide'));
      hide.addEventListener('click', () => handlers.onHide(true));
      head.append(hide);
      const list = el(doc, 'ul');
      for (const category of FACT_CATEGORIES) {
        const count = state.counts.get(category);
        if (!count || count.mentions === 0) continue;
        const visible = !state.off.has(category);
        const toggle = button('toggle', '');
        toggle.className = 'toggle';
        toggle.dataset.category = category;
        toggle.setAttribute('aria-pressed', String(visible));
        toggle.append(swatch(category), el(doc, 'span', 'label', categoryLabel(strings, category)), el(doc, 'span', 'count', countLabel(strings, count.values, count.mentions)));
        toggle.addEventListener('click', () => handlers.onToggleCategory(category, !visible));
        const item = el(doc, 'li');
        item.append(toggle);
        if (category === 'service' && state.unaffected > 0 && visible) {
          // The second style of services, explained where it is seen.
          const key = el(doc, 'p', 'status-key');
          key.dataset.status = 'unaffected';
          key.append(el(doc, 'span', 'sample', 'abc'), el(doc, 'span', undefined, strings('legendUnaffected')));
          item.append(key);
        }
        list.append(item);
      }
      const nav = el(doc, 'div', 'legend-nav');
      const previous = button('previous', '‹', strings('legendPrevious'));
      previous.addEventListener('click', () => handlers.onStep(-1));
      const next = button('next', '›', strings('legendNext'));
      next.addEventListener('click', () => handlers.onStep(1));
      const position = el(doc, 'span', 'position', state.current >= 0 ? strings('legendPosition', String(state.current + 1), String(state.total)) : '');
      position.setAttribute('aria-live', 'polite');
      nav.append(previous, position, next);
      legend.append(head, list, nav);
    },
    showCard(fact, rect) {
      const { title, lines } = describeFact(fact, strings, lang);
      const heading = el(doc, 'p', 'card-title');
      heading.append(swatch(fact.category), el(doc, 'span', undefined, title));
      const list = el(doc, 'dl');
      for (const line of lines) {
        const dd = el(doc, 'dd', undefined, line.value);
        dd.dataset.line = line.name;
        list.append(el(doc, 'dt', undefined, line.label), dd);
      }
      card.replaceChildren(heading, list);
      card.dataset.category = fact.category;
      card.hidden = false;
      const view = doc.defaultView;
      const size = card.getBoundingClientRect();
      const { left, top } = placeCard(rect, size, { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 });
      card.style.left = `${left}px`;
      card.style.top = `${top}px`;
    },
    hideCard() {
      card.hidden = true;
    },
    remove: placed.remove,
  };
}
