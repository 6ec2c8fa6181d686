import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { defangIndicator } from '../../../storage/export/defang';
import { yamlString } from '../../../storage/export/markdown-escape';
import { buildMarkdown } from '../../../storage/export/markdown-export';
import { makeClipping, makeDraft, sampleClippings } from './clipping-fixtures';

/** The front matter's lines, and the rest. */
function split(markdown: string): { front: string[]; body: string } {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown)!;
  return { front: front.split('\n'), body };
}

const RENDERER = new MarkdownIt({ html: true, linkify: true });

function decodeEntities(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '![pixel](https://tracker.example/p.png)',
  'https://evil.example/login',
  'www.evil.example',
  'mail me: attacker@evil.example',
  '[[Secret note]]',
  '# Heading',
  '- list item',
  '1. ordered',
  '> quote',
  '```js',
  '| a | b |',
  '$x^2$',
  '%%hidden%%',
  '==highlight==',
  '&lt;b&gt;',
  '---\ninjected: true\n---',
  'title"\nevil: "yes',
];

describe('Markdown export', () => {
  test('front matter: title, url, site, published, saved, kinds, tags', () => {
    const [royal] = sampleClippings();
    const { front } = split(buildMarkdown(royal));
    expect(front).toEqual([
      `title: "${royal.title}"`,
      `url: "${royal.url}"`,
      `site: "${royal.site}"`,
      'published: "2023-01-14"',
      `saved: "${new Date(royal.savedAt).toISOString()}"`,
      `updated: "${new Date(royal.updatedAt).toISOString()}"`,
      'incident: true',
      'kinds: ["ransomware", "outage"]',
      'tags: ["邮政", "uk"]',
      'lang: "zh"',
      `clipping: "${royal.id}"`,
    ]);
  });

  test('sections: the note, facts by category with values, mentions and statuses, the excerpt', () => {
    const clipping = makeClipping(
      makeDraft({ text: 'Harbour Board said its booking portal was down; email was not affected. Contact 203.0.113.9 now.', note: 'Follow up.' }, [
        ['organization', 'Harbour Board'],
        ['service', 'booking portal'],
        ['service', 'email'],
        ['indicator', '203.0.113.9'],
      ]),
    );
    clipping.facts[1].attrs = { status: 'affected' };
    clipping.facts[2].attrs = { status: 'unaffected' };
    clipping.facts[3].attrs = { type: 'ipv4' };
    const { body } = split(buildMarkdown(clipping));
    expect(body).toContain('## Note\n\nFollow up.');
    expect(body).toContain('### Organisations\n\n- Harbour Board');
    expect(body).toContain('### Services\n\n- booking portal (affected)\n- email (unaffected)');
    expect(body).toContain('### Indicators\n\n- 203.0.113\\[.\\]9 (ipv4)');
    // The excerpt carries the indicator defanged too.
    expect(RENDERER.render(body)).toContain('Contact 203.0.113[.]9 now.');
    expect(body).not.toContain('203.0.113.9');
    expect(split(buildMarkdown(clipping, { defang: false })).body).toContain('- 203.0.113.9 (ipv4)');
  });

  test.each(PAYLOADS)('page text, title, note and tags cannot inject: %j', (payload) => {
    const text = `Before ${payload} after.`;
    const clipping = makeClipping(makeDraft({ text, title: payload, note: payload, site: payload, tags: [payload] }, [['organization', payload]]));
    const { front, body } = split(buildMarkdown(clipping));
    // Front matter: exactly our keys, and every value read back as written.
    const meta = parseYaml(front.join('\n')) as Record<string, unknown>;
    expect(Object.keys(meta)).toEqual(['title', 'url', 'site', 'published', 'saved', 'updated', 'incident', 'kinds', 'tags', 'lang', 'clipping']);
    expect(meta).toMatchObject({ title: payload, site: payload, tags: [payload] });
    // Body rendered by a CommonMark renderer at its most permissive (raw HTML on, bare links
    // linked): only our own structure comes out, and the payload is still there as text.
    const html = RENDERER.render(body);
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'blockquote', ...(tags.includes('code') ? ['code'] : [])]));
    expect(tags.filter((tag) => tag === 'h2')).toHaveLength(6); // Note, Facts, Excerpt: opened and closed
    expect(tags.filter((tag) => tag === 'li')).toHaveLength(2);
    const shown = decodeEntities(html.replace(/<[^>]+>/g, ''));
    const oneLine = payload.replace(/\n/g, ' ');
    expect(shown).toContain(oneLine);
  });

  test.each([
    ['a "quoted"\ntitle: evil', '"a \\"quoted\\"\\ntitle: evil"'],
    ['line\u2028sep', '"line\\u2028sep"'],
  ])('YAML scalar of %j', (text, yaml) => {
    expect(yamlString(text)).toBe(yaml);
  });

  test.each([
    ['https://evil.example/a.b', 'url', 'hxxps://evil[.]example/a.b'],
    ['evil.example.net', 'domain', 'evil[.]example[.]net'],
    ['203.0.113.9', 'ipv4', '203.0.113[.]9'],
    ['2001:db8::1', 'ipv6', '2001:db8:[:]1'],
    ['bad@evil.example', 'email', 'bad[@]evil[.]example'],
    ['d41d8cd98f00b204e9800998ecf8427e', 'md5', 'd41d8cd98f00b204e9800998ecf8427e'],
  ])('defang %s (%s)', (value, type, defanged) => {
    expect(defangIndicator(value, type)).toBe(defanged);
  });
});
