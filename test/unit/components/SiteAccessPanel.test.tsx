// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import SiteAccessPanel from '../../../components/SiteAccessPanel';
import { loadSiteAccess, originPatternOf } from '../../../components/use-site-access';
import { readOffSites } from '../../../storage/site-preferences';

/** Host permissions of the fake browser: fake-browser leaves the permissions API to the test. */
let granted: Set<string>;
beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  fakeBrowser.permissions.contains = vi.fn(async ({ origins = [] }) => origins.every((o: string) => granted.has(o)));
  fakeBrowser.permissions.request = vi.fn(async ({ origins = [] }) => {
    origins.forEach((o: string) => granted.add(o));
    return true;
  });
  fakeBrowser.permissions.remove = vi.fn(async ({ origins = [] }) => {
    origins.forEach((o: string) => granted.delete(o));
    return true;
  });
});
afterEach(cleanup);

describe('loadSiteAccess', () => {
  test.each([
    { url: 'https://mp.weixin.qq.com/s?__biz=1', grants: [], kind: 'listed' },
    { url: 'https://www.freebuf.com/news/1.html', grants: [], kind: 'listed' },
    { url: 'https://blog.example.org/post', grants: [], kind: 'on-demand' },
    { url: 'https://blog.example.org/post', grants: ['*://blog.example.org/*'], kind: 'allowed' },
    { url: 'https://博客.example.cn/post', grants: ['*://*/*'], kind: 'all-sites' },
    { url: 'chrome://extensions/', grants: [], kind: 'unsupported' },
  ])('$url with $grants → $kind', async ({ url, grants, kind }) => {
    grants.forEach((g) => granted.add(g));
    expect((await loadSiteAccess(url)).kind).toBe(kind);
  });

  test.each([
    { url: 'https://www.example.org/a?b=1', pattern: '*://www.example.org/*' },
    { url: 'http://example.org:8080/', pattern: '*://example.org/*' },
    { url: 'file:///tmp/x.html', pattern: null },
  ])('origin pattern of $url', ({ url, pattern }) => {
    expect(originPatternOf(url)).toBe(pattern);
  });
});

describe('SiteAccessPanel', () => {
  test.each([
    { url: 'https://www.bleepingcomputer.com/news/security/x/', text: 'Runs automatically on this news site.' },
    { url: 'https://mp.weixin.qq.com/s?__biz=1', text: 'Runs automatically on WeChat articles.' },
  ])('where it runs by itself, worded by the page ($url); no permission button', async ({ url, text }) => {
    render(<SiteAccessPanel tabId={3} url={url} />);
    await screen.findByText(text);
    expect(screen.queryByText('Always run on this site')).toBeNull();
  });

  test('elsewhere: says it runs on demand, and offers to always run', async () => {
    render(<SiteAccessPanel tabId={3} url="https://blog.example.org/post" />);
    await screen.findByText(/Runs here only when you open this popup\./);
    expect(screen.getByText('Always run on this site')).toBeTruthy();
  });

  test('"Always run on this site" asks for this origin only, then shows it runs here', async () => {
    render(<SiteAccessPanel tabId={3} url="https://blog.example.org/2024/incident" />);
    fireEvent.click(await screen.findByText('Always run on this site'));
    await screen.findByText(/Runs automatically on this site\./);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['*://blog.example.org/*'] });
    fireEvent.click(screen.getByText('Stop running here automatically'));
    await screen.findByText('Always run on this site');
    expect(granted.size).toBe(0);
  });

  test('a refused permission is said so', async () => {
    fakeBrowser.permissions.request = vi.fn(async () => false);
    render(<SiteAccessPanel tabId={3} url="https://blog.example.org/a" />);
    fireEvent.click(await screen.findByText('Always run on this site'));
    await screen.findByText('Permission not granted.');
  });

  test('the off switch stores the site and can be undone', async () => {
    render(<SiteAccessPanel tabId={3} url="https://www.thepaper.cn/newsDetail_forward_1" />);
    const box = (await screen.findByLabelText('Off on this site')) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect(await readOffSites()).toEqual(['thepaper.cn']));
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    await waitFor(async () => expect(await readOffSites()).toEqual([]));
  });

  test('renders nothing for pages that are not web pages', async () => {
    const { container } = render(<SiteAccessPanel tabId={3} url="chrome://newtab/" />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });
});
