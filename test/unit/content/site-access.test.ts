import { describe, expect, test } from 'vitest';
import { ALL_SITES, registrationFor, USER_SITES_SCRIPT_ID, userGrantedOrigins } from '../../../storage/site-access';
import { CONTENT_MATCHES } from '../../../storage/news-sites';

describe('dynamic content script for user-granted origins', () => {
  test('origins the manifest already covers are not the user’s', () => {
    expect(userGrantedOrigins([CONTENT_MATCHES[0], CONTENT_MATCHES[3], '*://example.org/*'])).toEqual(['*://example.org/*']);
  });

  test('no user origin → nothing registered', () => {
    expect(registrationFor([])).toBeNull();
    expect(registrationFor([...CONTENT_MATCHES])).toBeNull();
  });

  test('allowed sites → a script on exactly those sites', () => {
    const reg = registrationFor([...CONTENT_MATCHES, '*://news.example.org/*', '*://博客.example.cn/*'])!;
    expect(reg.id).toBe(USER_SITES_SCRIPT_ID);
    expect(reg.matches).toEqual(['*://news.example.org/*', '*://博客.example.cn/*']);
    expect(reg.excludeMatches).toBeUndefined();
    expect(reg.js).toEqual(['content-scripts/incident-lens.js']);
    expect(reg.runAt).toBe('document_idle');
  });

  test('all sites → one script everywhere except the listed sites (run once per page)', () => {
    const reg = registrationFor([ALL_SITES, '*://news.example.org/*'])!;
    expect(reg.matches).toEqual([ALL_SITES]);
    expect(reg.excludeMatches).toEqual(CONTENT_MATCHES);
  });
});
