/**
 * A huge article page, generated at run time (never committed): about 200,000 elements, every
 * paragraph a fictional incident report of our own whose names, dates, CVEs and addresses sit in
 * their own inline elements, as on a long live blog or an incident log. The engine finds about
 * 125,000 facts on it, far more than a reader can use; the page tests and measures that the
 * extension neither stalls it nor leaves its first screen without highlights.
 */

const VICTIMS = ['Harbourside Water Trust', 'Northvale Clinics', 'Copperfield Logistics', 'Eastmere County Council', 'Brightwell Savings Bank'];
const MALWARE = ['LockBit', 'BlackCat', 'Cl0p', 'Royal', 'Akira'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Report `i` as plain text: a fictional incident with a victim, a date, malware, a CVE, an address
 * and an agency, about 450 characters and 8–10 facts.
 */
function report(i: number): string {
  const victim = VICTIMS[i % VICTIMS.length];
  const malware = MALWARE[(i >> 1) % MALWARE.length];
  const date = `${(i % 27) + 1} ${MONTHS[i % 12]} 2024`;
  const cve = `CVE-2024-${String(1000 + (i % 8999)).padStart(4, '0')}`;
  return `${victim} said on ${date} that a ${malware} ransomware attack had encrypted servers running its billing portal, `
    + `and that attackers exploited ${cve} in an unpatched VPN appliance. Investigators traced traffic to 203.0.113.${i % 250} `
    + `and the National Cyber Security Centre is helping with the response, while records of about ${(i % 90) + 10},000 customers may have been stolen.`;
}

/** Wrapper elements around each report (a comment thread's entry, its header and body). */
const WRAPPERS = ['<div class="entry">', '<div class="entry-body">', '<div class="entry-text">'];

/**
 * One report as a page entry: a word per element, as some sites wrap them (every word its own
 * <span>), inside a few wrappers, with a header of its own; about 100 elements.
 */
function entry(i: number): { html: string; elements: number } {
  const words = report(i).split(' ');
  const header = `<header><span class="author">Reporter ${i % 40}</span> <a href="#e${i}">#${i}</a></header>`;
  const body = `<p>${words.map((w) => `<span>${w}</span>`).join(' ')}</p>`;
  const html = `${WRAPPERS.join('')}${header}${body}${'</div>'.repeat(WRAPPERS.length)}\n`;
  return { html, elements: WRAPPERS.length + 3 + 1 + words.length };
}

/** The page's HTML with about `elements` elements (default 200,000). */
export function generateHugeArticlePage(elements = 200_000): string {
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<title>Ransomware wave hits utilities and hospitals: every report (generated test page)</title>',
    '<meta property="og:title" content="Ransomware wave hits utilities and hospitals">',
    '<meta property="article:published_time" content="2024-06-03T08:00:00Z">',
    '<style>body { font: 16px/1.5 Georgia, serif; max-width: 760px; margin: 0 auto; padding: 0 16px; } .entry { margin: 0 0 12px; }</style>',
    '</head><body><main><article><h1>Ransomware wave hits utilities and hospitals</h1><div class="article-body">',
  ];
  for (let i = 0, count = 12; count < elements; i++) {
    const { html, elements: added } = entry(i);
    parts.push(html);
    count += added;
  }
  parts.push('</div></article></main></body></html>');
  return parts.join('');
}

/** Where the tests and the benchmark serve the huge page (a host the content script runs on). */
export const HUGE_PAGE_URL = 'https://www.bleepingcomputer.com/news/security/huge-incident-log/';
