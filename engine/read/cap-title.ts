/**
 * A page's title is the page's to choose, of any length; the extension shows it in the popup and
 * stores it with a clipping. Readers keep at most {@link MAX_TITLE_LENGTH} characters of it: a
 * real headline is far shorter (English ~70–150 characters, Chinese ~20–60), and a longer one is
 * a page filling the popup or the messages' bounds.
 */

/** Longest title kept, in UTF-16 units, the ellipsis included. */
export const MAX_TITLE_LENGTH = 300;

/** How far back from the cut a word boundary is looked for. */
const WORD_BACKTRACK = 40;

/** `title` cut to {@link MAX_TITLE_LENGTH} at a word boundary where there is one near, with "…". */
export function capTitle(title: string | null): string | null {
  if (title === null || title.length <= MAX_TITLE_LENGTH) return title;
  let cut = MAX_TITLE_LENGTH - 1;
  // Never half a surrogate pair.
  const code = title.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  const space = title.lastIndexOf(' ', cut);
  if (space > cut - WORD_BACKTRACK) cut = space;
  return `${title.slice(0, cut).trimEnd()}…`;
}
