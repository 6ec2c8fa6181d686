/** Hook: the content width of an element, kept current as it resizes (charts that fill their card). */
import { useEffect, useRef, useState } from 'preact/hooks';

/** A ref to attach and the element's width in px (`fallback` until it is measured). */
export function useElementWidth<T extends HTMLElement>(fallback: number): [{ current: T | null }, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const next = Math.floor(el.clientWidth);
      if (next > 0) setWidth(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
