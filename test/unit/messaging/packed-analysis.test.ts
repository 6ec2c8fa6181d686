/**
 * The worker's answer travels packed (messaging/packed-analysis.ts): unpacked against the article,
 * it is the analysis the engine made, fact for fact, and a long article's answer is much smaller.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../engine/analyze-article';
import type { ArticleText } from '../../../engine/types';
import { createAnalysisService } from '../../../entrypoints/background/analysis-service';
import { packAnalysis, unpackAnalysis } from '../../../messaging/packed-analysis';

const NOW = new Date('2025-01-01T00:00:00Z');

/** Our own sentences: an incident with repeated names, a CVE, an address and an agency. */
function article(repeats: number): ArticleText {
  const paragraph = (i: number) =>
    `Harbourside Water Trust said on ${(i % 27) + 1} March 2024 that LockBit ransomware encrypted its billing servers after attackers exploited CVE-2024-${1000 + (i % 50)}. `
    + `Investigators traced traffic to 203.0.113.${i % 20}, and the National Cyber Security Centre is helping.`;
  return {
    text: Array.from({ length: repeats }, (_, i) => paragraph(i)).join('\n'),
    title: 'Water utility hit by ransomware',
    site: null,
    published: '2024-03-04',
    declaredLang: 'en',
    url: null,
    canonicalUrl: null,
  };
}

describe('packed analysis', () => {
  test('unpacked against the article it is the same analysis, facts in order with their text', () => {
    const a = article(40);
    // The worker's own answer (agency facts carry their names and kind).
    const analysis = createAnalysisService(() => NOW).analyzeArticle({ article: a });
    expect(analysis.facts.length).toBeGreaterThan(100);
    expect(analysis.facts.some((f) => f.attrs)).toBe(true);
    const wire = JSON.parse(JSON.stringify(packAnalysis(analysis)));
    expect(unpackAnalysis(wire, a.text)).toEqual(analysis);
  });

  test('a fact that differs only in id or attrs keeps its own kind', () => {
    const text = 'Acme and Acme';
    const analysis = { ...analyzeArticle(article(1), { now: NOW }), facts: [
      { category: 'organization' as const, text: 'Acme', start: 0, end: 4, value: 'Acme', attrs: { status: 'affected' } },
      { category: 'organization' as const, text: 'Acme', start: 9, end: 13, value: 'Acme', attrs: { status: 'unaffected' } },
      { category: 'organization' as const, text: 'Acme', start: 9, end: 13, value: 'Acme', id: 'org:acme' },
    ] };
    const packed = packAnalysis(analysis);
    expect(packed.facts.kinds).toHaveLength(3);
    expect(unpackAnalysis(packed, text)).toEqual(analysis);
  });

  test('repeated facts are sent once: the packed answer of a long article is a fraction of the plain one', () => {
    const a = article(400);
    const analysis = analyzeArticle(a, { now: NOW });
    const plain = JSON.stringify(analysis).length;
    const packed = JSON.stringify(packAnalysis(analysis)).length;
    expect(packed).toBeLessThan(plain / 2);
  });
});
