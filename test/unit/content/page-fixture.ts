/**
 * A small page of own sentences (English and Chinese) under happy-dom, read with the real
 * readers, plus facts located by their text: the input of highlighter tests.
 */
import { Window } from 'happy-dom';
import { readArticle, type ReadResult } from '../../../engine/read/read-article';
import type { Fact, FactCategory } from '../../../engine/types';

export const PAGE_URL = 'https://www.example-news.test/news/2024/water-utility-attack';

export const PAGE_HTML = `<!doctype html><html lang="en"><head><title>Water utility hit</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<article>
<h1>Water utility hit by ransomware</h1>
<p>Northbridge   Water said on <b>Monday</b> that its billing portal was offline after an attack by LockBit.</p>
<p>The  CISA advisory lists CVE-2023-4966 and the address 185.220.101[.]45.</p>
<p>北桥水务公司表示，其缴费平台于3月6日中断，国家网络安全中心正在调查。</p>
</article>
<footer>Contact: desk@example-news.test</footer>
</body></html>`;

/** A fresh document with the fixture page, and its read result. */
export function loadPage(): { window: Window; document: Document; read: ReadResult } {
  const window = new Window({ url: PAGE_URL });
  window.document.write(PAGE_HTML);
  const document = window.document as unknown as Document;
  const read = readArticle(document, PAGE_URL);
  if (!read) throw new Error('fixture page has no article');
  return { window, document, read };
}

/** A fact at the first occurrence of `text` in the article text. */
export function factOf(read: ReadResult, category: FactCategory, text: string, value = text, attrs?: Record<string, string>): Fact {
  const start = read.article.text.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the fixture text`);
  return { category, text, start, end: start + text.length, value, ...(attrs ? { attrs } : {}) };
}

/** The fixture's facts, English and Chinese, some crossing element boundaries and collapsed whitespace. */
export function fixtureFacts(read: ReadResult): Fact[] {
  return [
    factOf(read, 'organization', 'Northbridge Water'),
    factOf(read, 'date', 'Monday', '2024-03-04'),
    factOf(read, 'service', 'billing portal', 'billing portal', { status: 'affected' }),
    factOf(read, 'malware', 'LockBit'),
    factOf(read, 'agency', 'CISA', 'Cybersecurity and Infrastructure Security Agency', { zh: '美国网络安全和基础设施安全局', country: 'US' }),
    factOf(read, 'vulnerability', 'CVE-2023-4966'),
    factOf(read, 'indicator', '185.220.101[.]45', '185.220.101.45', { type: 'ipv4' }),
    factOf(read, 'organization', '北桥水务公司'),
    factOf(read, 'service', '缴费平台', '缴费平台', { status: 'affected' }),
    factOf(read, 'date', '3月6日', '2024-03-06'),
    factOf(read, 'agency', '国家网络安全中心', 'National Cyber Security Centre'),
    // Crosses the text of <p> and <b>: "on Monday".
    factOf(read, 'date', 'said on Monday', '2024-03-04'),
  ];
}
