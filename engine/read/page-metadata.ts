/**
 * Page metadata readers shared by the article readers: meta tags, JSON-LD, canonical URL, and
 * normalising the many ways pages write a publication date to ISO.
 */

/** Attributes a <meta> names its key by, in order of preference. */
const META_KEY_ATTRS = ['property', 'name', 'itemprop'] as const;

/**
 * The page's <meta> tags by key: for each of `property`, `name` and `itemprop`, the content of the
 * first tag (in document order) that names a key with it. One scan of the document for every
 * lookup of a read: each `querySelector('meta[…]')` scans it all, and on a 200,000-element page the
 * dozens of lookups a read makes were one task of ~40 ms.
 */
export type MetaTags = ReadonlyMap<string, string | null>;

/** Indexes the <meta> tags of `doc` (see {@link MetaTags}). */
export function indexMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string | null>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    for (const attr of META_KEY_ATTRS) {
      const key = el.getAttribute(attr);
      if (key === null) continue;
      const at = `${attr}=${key}`;
      if (!tags.has(at)) tags.set(at, el.getAttribute('content'));
    }
  }
  return tags;
}

/**
 * Content of the first <meta> whose property or name is one of `keys` (in order of preference).
 * Pass `tags` when reading several keys of one page.
 */
export function readMeta(doc: Document, keys: readonly string[], tags: MetaTags = indexMetaTags(doc)): string | null {
  for (const key of keys) {
    for (const attr of META_KEY_ATTRS) {
      const content = tags.get(`${attr}=${key}`)?.trim();
      if (content) return content;
    }
  }
  return null;
}

/** All JSON-LD objects of the page, flattened through arrays and @graph; malformed blocks are skipped. */
export function readJsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      out.push(obj);
      if (obj['@graph']) visit(obj['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is its own problem; other metadata still applies.
    }
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO date (YYYY-MM-DD) from what pages put in metadata: ISO date-times, "2023-01-14 17:00",
 * "2023/1/14", "2023年1月14日", RFC 2822 strings, or unix seconds. Null when nothing sensible is there.
 * `offsetMinutes` is the timezone used for unix timestamps (WeChat: China, UTC+8).
 */
export function normalizePublished(raw: string | null | undefined, offsetMinutes = 0): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (/^\d{9,11}$/.test(s)) {
    const d = new Date((Number(s) + offsetMinutes * 60) * 1000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  const ymd = /(?<y>(?:19|20)\d\d)\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})/u.exec(s);
  if (ymd?.groups) {
    const { y, m, d } = ymd.groups;
    if (+m >= 1 && +m <= 12 && +d >= 1 && +d <= 31) return `${y}-${pad(+m)}-${pad(+d)}`;
  }
  const parsed = Date.parse(s);
  if (!Number.isNaN(parsed)) {
    const d = new Date(parsed);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  return null;
}

/** Resolves `href` against `base`, dropping the fragment; null when it is not an http(s) URL. */
export function normalizeUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** The page's canonical URL: <link rel=canonical>, then og:url, then the page URL itself. */
export function readCanonicalUrl(doc: Document, url: string | null, tags?: MetaTags): string | null {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return normalizeUrl(link, url) ?? normalizeUrl(readMeta(doc, ['og:url'], tags), url) ?? normalizeUrl(url, null);
}

/** The declared language of the page (<html lang>, og:locale), lower-case primary subtag. */
export function readDeclaredLang(doc: Document, tags?: MetaTags): string | null {
  const raw = doc.documentElement?.getAttribute('lang') || readMeta(doc, ['og:locale'], tags);
  if (!raw) return null;
  return raw.toLowerCase().split(/[-_]/)[0] || null;
}
