/**
 * Who may call what, and with which input: every refusal of the message listener, sender by
 * sender and field by field, through the same listener and schemas the background registers.
 */
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, test, vi } from 'vitest';
import { CONTENT_TO_BACKGROUND_INPUTS, UI_TO_BACKGROUND_INPUTS, inputParser } from '../../../messaging/schemas';
import { isContentScriptSender, isExtensionPageSender, type ExtensionIdentity } from '../../../messaging/senders';
import { createCallListener, type CallPolicy } from '../../../messaging/transport';
import type { Envelope } from '../../../messaging/protocol';
import { COUNCIL_TEXT, makeDraft } from '../storage/clipping-fixtures';

const SELF: ExtensionIdentity = { id: 'incident-lens-id', origin: 'chrome-extension://incident-lens-id/' };

type Sender = Runtime.MessageSender & { origin?: string };
const TAB = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
const SENDERS = {
  contentScript: { id: SELF.id, url: 'https://www.bleepingcomputer.com/news/a', origin: 'https://www.bleepingcomputer.com', tab: TAB, frameId: 0 },
  contentScriptFirefox: { id: SELF.id, url: 'https://www.bleepingcomputer.com/news/a', tab: TAB, frameId: 0 },
  subframe: { id: SELF.id, url: 'https://ads.example.net/frame', origin: 'https://ads.example.net', tab: TAB, frameId: 3 },
  popup: { id: SELF.id, url: `${SELF.origin}popup.html?tabId=7`, origin: 'chrome-extension://incident-lens-id' },
  libraryTab: { id: SELF.id, url: `${SELF.origin}library.html`, origin: 'chrome-extension://incident-lens-id', tab: TAB, frameId: 0 },
  worker: { id: SELF.id, url: `${SELF.origin}background.js`, origin: 'chrome-extension://incident-lens-id' },
  otherExtension: { id: 'other-extension', url: 'chrome-extension://other-extension/page.html', origin: 'chrome-extension://other-extension' },
  otherExtensionClaimingOurUrl: { id: 'other-extension', url: `${SELF.origin}popup.html` },
  noId: { url: 'https://www.bleepingcomputer.com/news/a', tab: TAB, frameId: 0 },
  fileTab: { id: SELF.id, url: 'file:///home/user/page.html', tab: TAB, frameId: 0 },
  mismatchedOrigin: { id: SELF.id, url: `${SELF.origin}popup.html`, origin: 'https://evil.example' },
} satisfies Record<string, Sender>;

describe('senders', () => {
  test.each([
    ['contentScript', true],
    ['contentScriptFirefox', true],
    ['subframe', false],
    ['popup', false],
    ['libraryTab', false],
    ['worker', false],
    ['otherExtension', false],
    ['noId', false],
    ['fileTab', false],
  ] as const)('content-script calls from %s: %s', (name, accepted) => {
    expect(isContentScriptSender(SENDERS[name], SELF)).toBe(accepted);
  });

  test.each([
    ['popup', true],
    ['libraryTab', true],
    ['worker', true],
    ['contentScript', false],
    ['subframe', false],
    ['otherExtension', false],
    ['otherExtensionClaimingOurUrl', false],
    ['mismatchedOrigin', false],
    ['noId', false],
  ] as const)('extension-page calls from %s: %s', (name, accepted) => {
    expect(isExtensionPageSender(SENDERS[name], SELF)).toBe(accepted);
  });
});

function envelope(direction: Envelope['direction'], name: string, input: unknown): Envelope {
  return { protocol: 'incident-lens/1', direction, name, input };
}

const DRAFT = makeDraft({ text: COUNCIL_TEXT, url: 'https://www.bleepingcomputer.com/news/a' }, [['agency', 'National Cyber Security Centre']]);

/** A ui-to-background listener as the background builds it, with a handler that records its calls. */
function uiListener() {
  const saveClipping = vi.fn(async (input: unknown) => input);
  const policy: CallPolicy = { accept: (sender) => isExtensionPageSender(sender, SELF), parse: inputParser(UI_TO_BACKGROUND_INPUTS) };
  const listener = createCallListener('ui-to-background', { saveClipping } as never, policy);
  return { listener, saveClipping };
}

describe('the ui-to-background listener', () => {
  test('answers a valid save from the popup, with the input as parsed', async () => {
    const { listener, saveClipping } = uiListener();
    const reply = await listener(envelope('ui-to-background', 'saveClipping', { draft: { ...DRAFT, id: 'smuggled', savedAt: 1 } }), SENDERS.popup);
    expect(reply).toMatchObject({ ok: true });
    expect(saveClipping).toHaveBeenCalledTimes(1);
    const input = saveClipping.mock.calls[0][0] as { draft: Record<string, unknown> };
    // Unknown fields are dropped before the handler sees the draft.
    expect(input.draft).not.toHaveProperty('id');
    expect(input.draft).not.toHaveProperty('savedAt');
    expect(input.draft.url).toBe(DRAFT.url);
  });

  test.each([
    ['a content script', SENDERS.contentScript],
    ['another extension', SENDERS.otherExtension],
    ['a sender without id', SENDERS.noId],
  ])('refuses a save from %s', async (_name, sender) => {
    const { listener, saveClipping } = uiListener();
    const reply = await listener(envelope('ui-to-background', 'saveClipping', { draft: DRAFT }), sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(saveClipping).not.toHaveBeenCalled();
  });

  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'nonexistent'])('refuses the call name "%s"', async (name) => {
    const { listener, saveClipping } = uiListener();
    const reply = await listener(envelope('ui-to-background', name, { draft: DRAFT }), SENDERS.popup);
    expect(reply).toEqual({ ok: false, error: 'Refused: unknown call.' });
    expect(saveClipping).not.toHaveBeenCalled();
  });

  test.each([
    ['a javascript: URL', { ...DRAFT, url: 'javascript:alert(1)' }, /draft\.url/],
    ['a data: URL', { ...DRAFT, url: 'data:text/html,<b>x</b>' }, /draft\.url/],
    ['a relative URL', { ...DRAFT, url: '/news/a' }, /draft\.url/],
    ['no text', { ...DRAFT, text: undefined }, /draft\.text/],
    ['a note that is not a string', { ...DRAFT, note: { toString: 'x' } }, /draft\.note/],
    ['tags that are not strings', { ...DRAFT, tags: [1] }, /draft\.tags/],
    ['a score above 1', { ...DRAFT, incident: { ...DRAFT.incident, score: 5 } }, /draft\.incident\.score/],
    ['an unknown fact category', { ...DRAFT, facts: [{ ...DRAFT.facts[0], category: 'constructor' }] }, /draft\.facts/],
    ['a fact outside the text', { ...DRAFT, facts: [{ ...DRAFT.facts[0], start: 0, end: COUNCIL_TEXT.length + 5 }] }, /outside the text/],
    ['a fact that ends before it starts', { ...DRAFT, facts: [{ ...DRAFT.facts[0], start: 9, end: 3 }] }, /must end after it starts/],
    ['a negative offset', { ...DRAFT, facts: [{ ...DRAFT.facts[0], start: -1 }] }, /draft\.facts/],
  ])('refuses a draft with %s', async (_name, draft, error) => {
    const { listener, saveClipping } = uiListener();
    const reply = (await listener(envelope('ui-to-background', 'saveClipping', { draft }), SENDERS.popup)) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(error);
    expect(saveClipping).not.toHaveBeenCalled();
  });

  test.each([
    ['another site', 'https://victim.example.com/saved-article', null],
    ['a look-alike site', 'https://bleepingcomputer.com.evil.example/a', null],
    ['a javascript: URL', 'javascript:alert(1)', null],
    ['the same site', 'https://bleepingcomputer.com/news/a-canonical', 'https://bleepingcomputer.com/news/a-canonical'],
  ])('keeps a canonical URL on %s only', async (_name, canonicalUrl, kept) => {
    const { listener, saveClipping } = uiListener();
    await listener(envelope('ui-to-background', 'saveClipping', { draft: { ...DRAFT, canonicalUrl } }), SENDERS.popup);
    expect((saveClipping.mock.calls[0][0] as { draft: { canonicalUrl: string | null } }).draft.canonicalUrl).toBe(kept);
  });

  test('leaves messages of other directions and other protocols to other listeners', () => {
    const { listener } = uiListener();
    expect(listener(envelope('popup-to-content', 'getPage', {}), SENDERS.popup)).toBeUndefined();
    expect(listener({ protocol: 'other', name: 'saveClipping' }, SENDERS.popup)).toBeUndefined();
    expect(listener('saveClipping', SENDERS.popup)).toBeUndefined();
  });
});

describe('the content-to-background listener', () => {
  const article = { text: COUNCIL_TEXT, title: 't', site: null, published: null, declaredLang: 'en', url: 'https://www.bleepingcomputer.com/news/a', canonicalUrl: null };
  const setup = () => {
    const analyzeArticle = vi.fn(() => 'analysed');
    const reportPage = vi.fn(() => undefined);
    const stayWarm = vi.fn(() => undefined);
    const policy: CallPolicy = { accept: (sender) => isContentScriptSender(sender, SELF), parse: inputParser(CONTENT_TO_BACKGROUND_INPUTS) };
    return { listener: createCallListener('content-to-background', { analyzeArticle, reportPage, stayWarm } as never, policy), analyzeArticle, reportPage, stayWarm };
  };

  test("takes a reader's stayWarm from a tab's content script, and from nothing else", async () => {
    const { listener, stayWarm } = setup();
    expect(await listener(envelope('content-to-background', 'stayWarm', {}), SENDERS.contentScript)).toMatchObject({ ok: true });
    expect(await listener(envelope('content-to-background', 'stayWarm', {}), SENDERS.otherExtension)).toMatchObject({ ok: false });
    expect(stayWarm).toHaveBeenCalledTimes(1);
  });

  test('analyses an article sent by the content script of a tab', async () => {
    const { listener, analyzeArticle } = setup();
    expect(await listener(envelope('content-to-background', 'analyzeArticle', { article }), SENDERS.contentScript)).toEqual({ ok: true, value: 'analysed' });
    expect(analyzeArticle).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['an extension page', SENDERS.popup],
    ['a subframe', SENDERS.subframe],
    ['another extension', SENDERS.otherExtension],
  ])('refuses an analysis asked by %s', async (_name, sender) => {
    const { listener, analyzeArticle } = setup();
    expect(await listener(envelope('content-to-background', 'analyzeArticle', { article }), sender)).toMatchObject({ ok: false });
    expect(analyzeArticle).not.toHaveBeenCalled();
  });

  test.each([
    ['an article without text', 'analyzeArticle', { article: { ...article, text: 3 } }],
    ['an article from a javascript: URL', 'analyzeArticle', { article: { ...article, url: 'javascript:void 0' } }],
    ['no article', 'analyzeArticle', {}],
    ['a negative fact count', 'reportPage', { isArticle: true, isIncident: true, factCount: -1 }],
    ['a fact count that is not a number', 'reportPage', { isArticle: true, isIncident: true, factCount: '9' }],
    ['a report without verdict', 'reportPage', { isArticle: true, factCount: 1 }],
    ['a stayWarm that carries data', 'stayWarm', { article: 'x' }],
  ])('refuses %s', async (_name, name, input) => {
    const { listener, analyzeArticle, reportPage, stayWarm } = setup();
    expect(await listener(envelope('content-to-background', name, input), SENDERS.contentScript)).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused: invalid input/) });
    expect(analyzeArticle).not.toHaveBeenCalled();
    expect(reportPage).not.toHaveBeenCalled();
    expect(stayWarm).not.toHaveBeenCalled();
  });

  test('refuses a call that has a handler but no schema', async () => {
    const policy: CallPolicy = { accept: () => true, parse: inputParser(CONTENT_TO_BACKGROUND_INPUTS) };
    const extra = vi.fn();
    const listener = createCallListener('content-to-background', { extra } as never, policy);
    expect(await listener(envelope('content-to-background', 'extra', {}), SENDERS.contentScript)).toMatchObject({ ok: false, error: expect.stringMatching(/no schema/) });
    expect(extra).not.toHaveBeenCalled();
  });
});
