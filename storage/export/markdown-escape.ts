/**
 * Text from pages and notes written into Markdown and YAML so that it reads as the same text and
 * does nothing else: no HTML, link, image, heading, list, table, math, wikilink or front-matter
 * key can come out of it. Markdown: every punctuation mark a renderer (CommonMark, GFM, Obsidian)
 * gives a meaning to is backslash-escaped, and web addresses and e-mail addresses go into code
 * spans, where nothing autolinks them. YAML: always a double-quoted scalar on one line.
 */

// CommonMark allows a backslash before any ASCII punctuation; these are the marks with a meaning
// anywhere in a line (`$` math, `%%` Obsidian comments, `^` block ids, `|` tables).
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#!|~^$%]/g;
// Marks with a meaning only in some places: `==highlight==` (Obsidian), `&name;` entities, and at
// a line's start list items, thematic breaks and setext underlines.
const ENTITY_OR_HIGHLIGHT = /&(?=#?\w+;)|=(?==)|(?<==)=/g;
const LINE_START_MARK = /^(\s*)([-+=])/;
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+/gi;

function codeSpan(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function escapePlain(text: string): string {
  return text
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(ENTITY_OR_HIGHLIGHT, '\\$&')
    .replace(LINE_START_MARK, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** One line of text as Markdown inline content (newlines become spaces). */
export function escapeMarkdownInline(text: string): string {
  const line = text.replace(/[\r\n]+/g, ' ');
  let out = '';
  let last = 0;
  for (const match of line.matchAll(ADDRESS)) {
    out += escapePlain(line.slice(last, match.index)) + codeSpan(match[0]);
    last = match.index + match[0].length;
  }
  return out + escapePlain(line.slice(last));
}

/** Several lines of text as Markdown paragraphs, each block of the text its own paragraph. */
export function escapeMarkdownBlocks(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(escapeMarkdownInline)
    .join('\n\n');
}

/** `text` as a YAML double-quoted scalar (one line, every control character escaped). */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A YAML flow sequence of strings. */
export function yamlList(items: readonly string[]): string {
  return `[${items.map(yamlString).join(', ')}]`;
}
