/**
 * The `markdown` export: one note per clipping for a notes vault (Obsidian and the like). YAML
 * front matter with the clipping's metadata, then the note, the facts by category and an excerpt
 * of the article. Page text and notes are escaped (storage/export/markdown-escape.ts), indicators
 * defanged unless asked otherwise.
 */
import type { Clipping } from '../clipping';
import { defangIndicator } from './defang';
import { CATEGORY_TITLES, groupFacts, type FactGroup } from './fact-groups';
import { escapeMarkdownBlocks, escapeMarkdownInline, yamlList, yamlString } from './markdown-escape';

/** Options of the Markdown builder. */
export interface MarkdownOptions {
  /** Write indicators as `hxxp://a[.]b` (default) or as found. */
  defang?: boolean;
  /** Length of the article excerpt, in characters (cut at a paragraph or word). */
  excerptLength?: number;
}

const EXCERPT_LENGTH = 1_200;

function groupLine(group: FactGroup, defang: boolean): string {
  const isIndicator = group.category === 'indicator';
  const shown = isIndicator && defang ? defangIndicator(group.value, group.attrs.type) : group.value;
  const details: string[] = [];
  if (group.statuses.length) details.push(group.statuses.join(', '));
  if (isIndicator && group.attrs.type) details.push(group.attrs.type);
  if (group.category === 'date' && group.attrs.relative === 'true') details.push('relative');
  // Indicators' mentions are the indicator again, possibly live: the defanged value says it all.
  const mentions = isIndicator ? [] : group.mentions.filter((mention) => mention !== group.value);
  let line = `- ${escapeMarkdownInline(shown)}`;
  if (details.length) line += ` (${escapeMarkdownInline(details.join('; '))})`;
  if (mentions.length) line += ` — ${mentions.map((mention) => `“${escapeMarkdownInline(mention)}”`).join(', ')}`;
  return line;
}

/**
 * The article's opening, at most `length` characters, ending at a paragraph or word; indicator
 * mentions in it are replaced by their defanged values when `defang`.
 */
export function excerptOf(clipping: Pick<Clipping, 'text' | 'facts'>, length: number, defang: boolean): string {
  const { text } = clipping;
  let end = Math.min(text.length, length);
  if (end < text.length) {
    const paragraph = text.lastIndexOf('\n', end);
    const word = text.lastIndexOf(' ', end);
    end = paragraph > length / 2 ? paragraph : word > length / 2 ? word : end;
  }
  const indicators = defang
    ? clipping.facts.filter((fact) => fact.category === 'indicator' && fact.end <= end).sort((a, b) => a.start - b.start)
    : [];
  let out = '';
  let at = 0;
  for (const fact of indicators) {
    if (fact.start < at) continue;
    out += text.slice(at, fact.start) + defangIndicator(fact.value, fact.attrs?.type);
    at = fact.end;
  }
  out += text.slice(at, end);
  return end < text.length ? `${out.trimEnd()} …` : out;
}

/** The Markdown note of one clipping. */
export function buildMarkdown(clipping: Clipping, { defang = true, excerptLength = EXCERPT_LENGTH }: MarkdownOptions = {}): string {
  const front = [
    '---',
    `title: ${yamlString(clipping.title ?? '')}`,
    `url: ${yamlString(clipping.url)}`,
    `site: ${yamlString(clipping.site ?? '')}`,
    `published: ${yamlString(clipping.published ?? '')}`,
    `saved: ${yamlString(new Date(clipping.savedAt).toISOString())}`,
    `updated: ${yamlString(new Date(clipping.updatedAt).toISOString())}`,
    `incident: ${clipping.incident.isIncident ? 'true' : 'false'}`,
    `kinds: ${yamlList(clipping.incident.kinds)}`,
    `tags: ${yamlList(clipping.tags)}`,
    `lang: ${yamlString(clipping.lang)}`,
    `clipping: ${yamlString(clipping.id)}`,
    '---',
  ];
  const body: string[] = [`# ${escapeMarkdownInline(clipping.title || clipping.url || 'Untitled')}`];
  if (clipping.note.trim()) body.push('## Note', escapeMarkdownBlocks(clipping.note));
  const groups = groupFacts(clipping.facts);
  if (groups.length) {
    body.push('## Facts');
    let category: string | null = null;
    let lines: string[] = [];
    for (const group of groups) {
      if (group.category !== category) {
        if (lines.length) body.push(lines.join('\n'));
        body.push(`### ${CATEGORY_TITLES[group.category]}`);
        category = group.category;
        lines = [];
      }
      lines.push(groupLine(group, defang));
    }
    body.push(lines.join('\n'));
  }
  const excerpt = escapeMarkdownBlocks(excerptOf(clipping, excerptLength, defang));
  if (excerpt) {
    body.push('## Excerpt', excerpt.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n'));
  }
  return `${front.join('\n')}\n\n${body.join('\n\n')}\n`;
}
