/**
 * Where the content script runs by itself: WeChat official-account articles and a curated list of
 * news and security-news sites. Everywhere else it runs on demand (popup, activeTab) or on sites
 * the user allowed. Data, not code: one entry per site.
 */

/** One site the content script runs on automatically. */
export interface NewsSite {
  /** Registrable domain; subdomains are included. */
  domain: string;
  name: string;
  lang: 'en' | 'zh';
}

/** The curated default list. */
export const NEWS_SITES: readonly NewsSite[] = [
  { domain: 'bleepingcomputer.com', name: 'BleepingComputer', lang: 'en' },
  { domain: 'thehackernews.com', name: 'The Hacker News', lang: 'en' },
  { domain: 'freebuf.com', name: 'FreeBuf', lang: 'zh' },
];

/** Match patterns for the manifest: WeChat articles plus every listed site and its subdomains. */
export const CONTENT_MATCHES: string[] = [
  '*://mp.weixin.qq.com/s*',
  ...NEWS_SITES.flatMap(({ domain }) => [`*://${domain}/*`, `*://*.${domain}/*`]),
];
