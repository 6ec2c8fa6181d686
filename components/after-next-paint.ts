/**
 * Resolves once the page has painted its next frame (a frame, then a task), so work started then
 * does not hold up that frame; after `fallbackMs` in a tab that paints no frames (hidden).
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
