/**
 * Layout of the library's SVG charts without measuring the DOM: text widths estimated from the
 * characters (CJK glyphs are square, Latin ones about 0.6–0.7 em, erring wide: DejaVu Sans, the
 * fallback on Linux, is a wide face), axis labels thinned to a stride at
 * which they cannot collide, long bar labels wrapped onto two lines.
 */

/** Estimated width in px of `text` set at `fontSize` px in the UI's sans-serif font. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x2e80) em += 1;
    else if (/[MW@%&]/.test(ch)) em += 0.9;
    else if (/[A-Z0-9#]/.test(ch)) em += 0.7;
    else if (/[il.,:;|'!]/.test(ch)) em += 0.3;
    else em += 0.62;
  }
  return em * fontSize;
}

/** Gap kept between two neighbouring axis labels, px. */
const LABEL_GAP = 8;

/**
 * Every how many slots an axis label goes so that no two overlap: labels of `labelWidth` px on
 * slots `step` px apart. 1 labels every slot.
 */
export function labelStride(step: number, labelWidth: number): number {
  if (step <= 0) return 1;
  return Math.max(1, Math.ceil((labelWidth + LABEL_GAP) / step));
}

/** Indexes of the slots (of `count`) that carry a label, at `stride`, the last one included when it fits. */
export function labelledSlots(count: number, stride: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i += stride) out.push(i);
  const last = count - 1;
  if (count > 0 && out[out.length - 1] !== last && last - out[out.length - 1] >= stride) out.push(last);
  return out;
}

/**
 * `text` in at most two lines of `maxWidth` px (at `fontSize`): broken at a space when it has
 * spaces (Latin), else between characters (CJK); a second line that is still too long ends in "…".
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return [text];
  const words = text.includes(' ') ? text.split(' ') : [...text];
  const joiner = text.includes(' ') ? ' ' : '';
  let first = '';
  let k = 0;
  for (; k < words.length; k++) {
    const next = first ? `${first}${joiner}${words[k]}` : words[k];
    if (estimateTextWidth(next, fontSize) > maxWidth && first) break;
    first = next;
  }
  let second = words.slice(k).join(joiner);
  if (estimateTextWidth(second, fontSize) > maxWidth) {
    const chars = [...second];
    while (chars.length > 1 && estimateTextWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
    second = `${chars.join('').trimEnd()}…`;
  }
  return second ? [first, second] : [first];
}
