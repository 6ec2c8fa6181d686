/**
 * File names safe on Windows, macOS and Linux: no reserved characters, control characters,
 * reserved device names or trailing dots and spaces, at most 100 characters (not splitting a
 * surrogate pair).
 */

const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_LENGTH = 100;

/** `title` as a file name base (without extension); `fallback` when nothing usable is left. */
export function safeFileBase(title: string | null | undefined, fallback = 'clipping'): string {
  let base = (title ?? '')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (base.length > MAX_LENGTH) {
    const cut = /[\uD800-\uDBFF]/.test(base[MAX_LENGTH - 1]) ? MAX_LENGTH - 1 : MAX_LENGTH;
    base = base.slice(0, cut);
  }
  base = base.replace(/[. ]+$/, '');
  if (!base) return fallback;
  return RESERVED_NAMES.test(base) ? `_${base}` : base;
}

/** `names` made unique by appending " (2)", " (3)" … (case-insensitively, as Windows and macOS compare). */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The day part of `now` for file names: `2026-12-06`. */
export function fileDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
