import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../storage/clipping';
import { afterNextPaint } from './after-next-paint';
import ClippingListItem from './ClippingListItem';

/** Props of {@link ClippingList}. */
export type ClippingListProps = {
  /** The rows of the current page, in order. */
  clippings: readonly Clipping[];
  /** Ids ticked for export. */
  selected: ReadonlySet<string>;
  onOpen: (clipping: Clipping) => void;
  onDelete: (clipping: Clipping) => void;
  onToggleSelect: (clipping: Clipping) => void;
};

/** A row is at least this tall (a title and one line of meta), so this many rows fill the window. */
const MIN_ROW_PX = 48;

function rowsInView(): number {
  return Math.max(1, Math.ceil((typeof window === 'undefined' ? 900 : window.innerHeight) / MIN_ROW_PX));
}

/**
 * The library list. Its first render builds only the rows that can be in view when the page
 * opens, so the first frame is not spent on rows below the fold; the rest of the page follows in
 * the next task after that frame, and every later render (search, filters, pages) builds all rows.
 */
export default function ClippingList({ clippings, selected, onOpen, onDelete, onToggleSelect }: ClippingListProps) {
  const [limit, setLimit] = useState(rowsInView);
  useEffect(() => {
    let live = true;
    void afterNextPaint().then(() => live && setLimit(Number.POSITIVE_INFINITY));
    return () => {
      live = false;
    };
  }, []);
  return (
    <ul class="clipping-list">
      {clippings.slice(0, limit).map((clipping) => (
        <ClippingListItem
          key={clipping.id}
          clipping={clipping}
          onOpen={onOpen}
          onDelete={onDelete}
          selected={selected.has(clipping.id)}
          onToggleSelect={onToggleSelect}
        />
      ))}
    </ul>
  );
}
