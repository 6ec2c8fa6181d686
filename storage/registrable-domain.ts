/**
 * Which site owns an address: its registrable domain ("eTLD+1"), the unit a page controls. A page
 * may name any URL as its canonical, so the library trusts a canonical URL only on the page's own
 * site; otherwise one site could name another site's article and take over its clipping.
 *
 * The full Public Suffix List is ~230 KB of data; the library's pages (popup, library, background)
 * need only a sound answer for news and security sites, so the suffixes are built from two rules
 * and one short list:
 *
 * - country-code TLDs with a generic second level: `co.uk`, `gov.uk`, `com.cn`, `com.au`, `ac.jp`,
 *   `gouv.fr`, … (a two-letter TLD whose second label is a generic word below);
 * - the shared hosting domains where every subdomain belongs to someone else (`github.io`,
 *   `blogspot.com`, …), taken from the Public Suffix List's private section.
 *
 * A host that is an IP address, or has a single label, is its own site. The content script never
 * imports this module (it sends the canonical URL as the page declares it; the background and the
 * popup decide whether to trust it).
 */

/** Second-level labels that, under a two-letter country TLD, are public registries (co.uk, com.cn, gov.au…). */
const GENERIC_SECOND_LEVELS: ReadonlySet<string> = new Set([
  'ac', 'biz', 'co', 'com', 'edu', 'gob', 'go', 'gouv', 'gov', 'govt', 'gv', 'id', 'info', 'int', 'lg', 'ltd',
  'me', 'mil', 'mod', 'ne', 'net', 'nhs', 'nic', 'nom', 'or', 'org', 'plc', 'police', 'res', 'sch', 'web',
]);

/** Shared hosting domains (Public Suffix List, private section): each subdomain is a different owner. */
const SHARED_HOSTING_SUFFIXES: ReadonlySet<string> = new Set([
  'appspot.com', 'azurewebsites.net', 'blogspot.com', 'cloudfront.net', 'firebaseapp.com', 'github.io',
  'gitlab.io', 'herokuapp.com', 'netlify.app', 'notion.site', 'pages.dev', 's3.amazonaws.com', 'substack.com',
  'vercel.app', 'web.app', 'workers.dev', 'wordpress.com',
]);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The public suffix of a lower-case host name (the part nobody owns): "co.uk", "com", "github.io". */
export function publicSuffixOf(host: string): string {
  const labels = host.split('.');
  if (labels.length >= 2) {
    const lastTwo = labels.slice(-2).join('.');
    if (SHARED_HOSTING_SUFFIXES.has(lastTwo)) return lastTwo;
    if (labels.length >= 3 && SHARED_HOSTING_SUFFIXES.has(labels.slice(-3).join('.'))) return labels.slice(-3).join('.');
    const [second, top] = labels.slice(-2);
    if (top.length === 2 && GENERIC_SECOND_LEVELS.has(second)) return lastTwo;
  }
  return labels[labels.length - 1];
}

/** The registrable domain of a host name: its public suffix and one label more; IPs and single labels are themselves. */
export function registrableDomainOfHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(host) || host.startsWith('[') || !host.includes('.')) return host;
  const suffix = publicSuffixOf(host);
  if (host === suffix) return host;
  const owned = host.slice(0, host.length - suffix.length - 1);
  return `${owned.slice(owned.lastIndexOf('.') + 1)}.${suffix}`;
}

/** `url` parsed when it is an http(s) address; null otherwise (javascript:, data:, malformed…). */
export function httpUrlOf(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/** `url` as a link target when it is an http(s) address; undefined otherwise (a javascript: or data: URL is never linked). */
export function linkableUrl(url: string | null | undefined): string | undefined {
  return httpUrlOf(url)?.href;
}

/** The registrable domain of an http(s) URL; null for other URLs. */
export function registrableDomainOf(url: string | null | undefined): string | null {
  const parsed = httpUrlOf(url);
  return parsed ? registrableDomainOfHost(parsed.hostname) : null;
}

/** Whether two http(s) URLs belong to the same site (registrable domain). False when either is not http(s). */
export function isSameSite(a: string | null | undefined, b: string | null | undefined): boolean {
  const siteA = registrableDomainOf(a);
  return siteA !== null && siteA === registrableDomainOf(b);
}

/** The canonical URL a page declared, when it is an http(s) address on the page's own site; else null. */
export function trustedCanonicalUrl(url: string, canonicalUrl: string | null | undefined): string | null {
  return canonicalUrl && isSameSite(url, canonicalUrl) ? canonicalUrl : null;
}
