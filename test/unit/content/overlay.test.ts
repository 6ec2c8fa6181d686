import { Window } from 'happy-dom';
import { describe, expect, test, vi } from 'vitest';
import type { Fact, FactCategory } from '../../../engine/types';
import { englishStrings } from '../../../entrypoints/incident-lens.content/content-strings';
import { createOverlay, placeCard } from '../../../entrypoints/incident-lens.content/overlay';
import { REATTACH_LIMIT } from '../../../entrypoints/incident-lens.content/overlay-host';

function setup() {
  const window = new Window({ url: 'https://www.example-news.test/a' });
  window.document.write('<!doctype html><html><body><p>Story</p></body></html>');
  const document = window.document as unknown as Document;
  const handlers = { onToggleCategory: vi.fn(), onStep: vi.fn(), onHide: vi.fn() };
  const overlay = createOverlay(document, 'light', englishStrings, handlers);
  const root = overlay.root;
  return { document, overlay, root, handlers };
}

/**
 * A click as the reader makes it. happy-dom's `click()` is untrusted, as in browsers, and the
 * overlay ignores untrusted clicks; happy-dom lets a test mark the event trusted (a browser does not).
 */
function userClick(element: Element): void {
  const view = element.ownerDocument.defaultView as unknown as typeof globalThis;
  const event = new view.MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

const counts = new Map<FactCategory, { values: number; mentions: number }>([
  ['organization', { values: 1, mentions: 2 }],
  ['date', { values: 3, mentions: 3 }],
  ['agency', { values: 1, mentions: 1 }],
  ['service', { values: 2, mentions: 2 }],
]);

describe('overlay', () => {
  test('lives in a closed shadow root on a standard-element host after <body>, leaving body’s children alone', () => {
    const { document, overlay } = setup();
    // A page can define any valid custom element name before the script runs; not `div`.
    expect(overlay.host.localName).toBe('div');
    expect(overlay.host.shadowRoot).toBeNull();
    expect(overlay.host.parentNode).toBe(document.documentElement);
    expect(Array.from(document.body.children).map((c) => c.localName)).toEqual(['p']);
    overlay.remove();
    expect(overlay.host.isConnected).toBe(false);
    expect(overlay.attach()).toBe(false);
  });

  test('the legend and card sit in one box whose sheet contains its layout and size, the legend placed by the box, not fixed', () => {
    const { root } = setup();
    const layer = root.querySelector('.layer')!;
    expect(Array.from(layer.children).map((c) => c.className)).toEqual(['panel card', 'panel legend']);
    // A fixed or absolute legend appearing made Chromium lay out the whole page, boundary or not.
    const sheet = root.querySelector('style')!.textContent!;
    const rule = (selector: string) => sheet.match(new RegExp(`^\\${selector} \\{([^}]*)\\}`, 'm'))?.[1] ?? '';
    expect(rule('.layer')).toMatch(/contain: strict/);
    expect(rule('.legend')).toMatch(/grid-area/);
    expect(rule('.legend')).not.toMatch(/position:/);
  });

  test('a host the page removed is put back on need, at most REATTACH_LIMIT times', () => {
    const { overlay } = setup();
    let returned = 0;
    for (let i = 0; i < REATTACH_LIMIT + 3; i++) {
      overlay.host.remove();
      if (overlay.attach()) returned++;
    }
    expect(returned).toBe(REATTACH_LIMIT);
    expect(overlay.host.isConnected).toBe(false);
    // While the page leaves it in place, asking again costs nothing.
    const { document, overlay: other } = setup();
    for (let i = 0; i < REATTACH_LIMIT + 3; i++) expect(other.attach()).toBe(true);
    expect(document.documentElement.lastElementChild).toBe(other.host);
  });

  test('clicks the page makes up (untrusted) reach no button', () => {
    const { overlay, root, handlers } = setup();
    overlay.renderLegend({ counts, unaffected: 0, off: new Set(), hidden: false, current: -1, total: 6 });
    const next = root.querySelector('[data-action="next"]') as HTMLElement;
    next.dispatchEvent(new (next.ownerDocument.defaultView as unknown as typeof globalThis).MouseEvent('click', { bubbles: true, composed: true }));
    expect(handlers.onStep).not.toHaveBeenCalled();
  });

  test('legend lists categories with facts, in the UI order, and reports toggles and steps', () => {
    const { overlay, root, handlers } = setup();
    overlay.renderLegend({ counts, unaffected: 0, off: new Set(['date']), hidden: false, current: 1, total: 9 });
    const toggles = Array.from(root.querySelectorAll('[data-action="toggle"]'));
    expect(toggles.map((t) => [t.getAttribute('data-category'), t.textContent, t.getAttribute('aria-pressed')])).toEqual([
      ['organization', 'Organisations1 · 2 mentions', 'true'],
      ['service', 'Services2', 'true'],
      ['date', 'Dates3', 'false'],
      ['agency', 'Agencies1', 'true'],
    ]);
    expect(root.querySelector('[data-status="unaffected"]')).toBeNull();
    // The head counts like the rows: distinct facts, then the mentions painted.
    expect(root.querySelector('.legend-head .totals')!.textContent).toBe('7 facts · 9 mentions');
    userClick(toggles[2]);
    expect(handlers.onToggleCategory).toHaveBeenCalledWith('date', true);
    userClick(toggles[0]);
    expect(handlers.onToggleCategory).toHaveBeenCalledWith('organization', false);
    userClick(root.querySelector('[data-action="next"]')!);
    userClick(root.querySelector('[data-action="previous"]')!);
    expect(handlers.onStep.mock.calls).toEqual([[1], [-1]]);
    expect(root.querySelector('.legend-nav .position')!.textContent).toBe('2 of 9');
    userClick(root.querySelector('[data-action="hide"]')!);
    expect(handlers.onHide).toHaveBeenCalledWith(true);
  });

  test('the legend explains the second style of services when some are said to be unaffected', () => {
    const { overlay, root } = setup();
    overlay.renderLegend({ counts, unaffected: 1, off: new Set(), hidden: false, current: -1, total: 6 });
    const key = root.querySelector('[data-category="service"]')!.closest('li')!.querySelector('[data-status="unaffected"]');
    expect(key?.textContent).toBe('abcDashed: said not to be affected');
  });

  test('a hidden legend collapses to one "show" button', () => {
    const { overlay, root, handlers } = setup();
    overlay.renderLegend({ counts, unaffected: 0, off: new Set(), hidden: true, current: -1, total: 6 });
    expect(root.querySelectorAll('[data-action="toggle"]').length).toBe(0);
    userClick(root.querySelector('[data-action="show"]')!);
    expect(handlers.onHide).toHaveBeenCalledWith(false);
  });

  test('the card sets page text as text, never as HTML', () => {
    const { overlay, root } = setup();
    const hostile: Fact = {
      category: 'indicator', text: 'x', start: 0, end: 1,
      value: '<img src=x onerror="alert(1)">evil.example', attrs: { type: '<b>domain</b>' },
    };
    overlay.showCard(hostile, { left: 10, top: 10, bottom: 30, right: 40, width: 30, height: 20, x: 10, y: 10 } as DOMRect);
    const card = root.querySelector('.card') as HTMLElement;
    expect(card.hidden).toBe(false);
    expect(card.querySelector('img, b')).toBeNull();
    expect(card.querySelector('[data-line="value"]')!.textContent).toBe('<img src=x onerror="alert(1)">evil.example');
    expect(card.querySelector('[data-line="type"]')!.textContent).toBe('<b>domain</b>');
    overlay.hideCard();
    expect(card.hidden).toBe(true);
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 300, height: 100 };
  test.each([
    { name: 'below the fact when there is room', rect: { left: 100, top: 200, bottom: 220 }, at: { left: 100, top: 226 } },
    { name: 'above the fact near the bottom', rect: { left: 100, top: 750, bottom: 770 }, at: { left: 100, top: 644 } },
    { name: 'pulled in from the right edge', rect: { left: 900, top: 200, bottom: 220 }, at: { left: 696, top: 226 } },
  ])('$name', ({ rect, at }) => {
    expect(placeCard(rect, card, viewport)).toEqual(at);
  });
});
