import { Window } from 'happy-dom';
import { describe, expect, test, vi } from 'vitest';
import type { Fact, FactCategory } from '../../../engine/types';
import { englishStrings } from '../../../entrypoints/incident-lens.content/content-strings';
import { createOverlay, OVERLAY_TAG, placeCard } from '../../../entrypoints/incident-lens.content/overlay';

function setup() {
  const window = new Window({ url: 'https://www.example-news.test/a' });
  window.document.write('<!doctype html><html><body><p>Story</p></body></html>');
  const document = window.document as unknown as Document;
  const handlers = { onToggleCategory: vi.fn(), onStep: vi.fn(), onHide: vi.fn() };
  const overlay = createOverlay(document, 'light', englishStrings, handlers);
  const root = overlay.host.shadowRoot!;
  return { document, overlay, root, handlers };
}

const counts = new Map<FactCategory, { values: number; mentions: number }>([
  ['organization', { values: 1, mentions: 2 }],
  ['date', { values: 3, mentions: 3 }],
  ['agency', { values: 1, mentions: 1 }],
  ['service', { values: 2, mentions: 2 }],
]);

describe('overlay', () => {
  test('lives in a shadow root on a host after <body>, leaving body’s children alone', () => {
    const { document, overlay } = setup();
    expect(overlay.host.localName).toBe(OVERLAY_TAG);
    expect(overlay.host.parentNode).toBe(document.documentElement);
    expect(Array.from(document.body.children).map((c) => c.localName)).toEqual(['p']);
    overlay.remove();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
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
    (toggles[2] as HTMLElement).click();
    expect(handlers.onToggleCategory).toHaveBeenCalledWith('date', true);
    (toggles[0] as HTMLElement).click();
    expect(handlers.onToggleCategory).toHaveBeenCalledWith('organization', false);
    (root.querySelector('[data-action="next"]') as HTMLElement).click();
    (root.querySelector('[data-action="previous"]') as HTMLElement).click();
    expect(handlers.onStep.mock.calls).toEqual([[1], [-1]]);
    expect(root.querySelector('.legend-nav .position')!.textContent).toBe('2 of 9');
    (root.querySelector('[data-action="hide"]') as HTMLElement).click();
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
    (root.querySelector('[data-action="show"]') as HTMLElement).click();
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
