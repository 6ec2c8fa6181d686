/**
 * collectText joins the article's text a few hundred parts at a time as it walks (a huge page's
 * single join at the end was one long task): on a page of thousands of paragraphs the text and its
 * map come out exactly as the page reads, across every chunk boundary.
 */
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { collectText } from '../../../engine/read/collect-text';

/** `paragraphs` paragraphs with runs of spaces, trailing spaces and inline elements (several text nodes each). */
function page(paragraphs: number): { root: Element; expected: string } {
  const window = new Window({ url: 'https://example.org/', settings: { disableJavaScriptEvaluation: true } });
  const html: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    html.push(`<p>Word${i}  <b>Part ${i}</b>   of the   report. </p>\n`);
    lines.push(`Word${i} Part ${i} of the report.`);
  }
  window.document.write(`<!doctype html><html><body><article>${html.join('')}</article></body></html>`);
  return { root: window.document.querySelector('article') as unknown as Element, expected: lines.join('\n') };
}

describe('collectText on a long article', () => {
  test('text and map are exact across chunk boundaries', () => {
    const { root, expected } = page(3000);
    const map = collectText(root);
    expect(map.text).toBe(expected);
    // Every segment maps back onto its node's characters (whitespace collapsed to one space).
    for (const segment of map.segments) {
      const data = (segment.node as Text).data;
      for (let at = segment.start; at < segment.end; at++) {
        const offset = segment.nodeOffsets ? segment.nodeOffsets[at - segment.start] : segment.nodeStart + (at - segment.start);
        const ch = data[offset];
        expect(/\s/.test(ch) ? ' ' : ch).toBe(map.text[at]);
      }
    }
    expect(map.segments[map.segments.length - 1].end).toBe(map.text.length);
  });
});
