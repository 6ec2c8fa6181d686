// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import ClippingList from '../../../components/ClippingList';
import type { ClippingId } from '../../../storage/clipping';
import { sampleClippings } from '../storage/clipping-fixtures';

afterEach(cleanup);

const rows = () => [...document.querySelectorAll('.clipping-list > li')].map((li) => li.getAttribute('data-clipping-id'));

describe('ClippingList', () => {
  test('the first render builds only the rows that fit in the window, the rest of the page follows after the first frame', async () => {
    const [template] = sampleClippings();
    const clippings = Array.from({ length: 50 }, (_, i) => ({ ...template, id: `c-${i}` as ClippingId, title: `Clipping ${i}` }));
    const onOpen = vi.fn();
    render(<ClippingList clippings={clippings} selected={new Set(['c-3'])} onOpen={onOpen} onDelete={() => undefined} onToggleSelect={() => undefined} />);
    const first = rows();
    expect(first.length).toBe(Math.ceil(window.innerHeight / 48));
    expect(first.length).toBeLessThan(50);
    expect(first).toEqual(clippings.slice(0, first.length).map((c) => c.id));
    await waitFor(() => expect(rows()).toEqual(clippings.map((c) => c.id)));
    expect((document.querySelector('[data-clipping-id="c-3"] .select-clipping') as HTMLInputElement).checked).toBe(true);
    (document.querySelector('[data-clipping-id="c-42"] .clipping-title') as HTMLButtonElement).click();
    expect(onOpen).toHaveBeenCalledWith(clippings[42]);
  });
});
