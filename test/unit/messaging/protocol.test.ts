/**
 * The protocol is locked by its types (STYLE.md rule 7): unknown calls and wrong payloads must not
 * compile. `tsc --noEmit` (npm run check) checks the @ts-expect-error lines; the runtime part checks
 * the envelope the transport puts on the wire.
 */
import { describe, expect, test } from 'vitest';
import type { CallInput, CallOutput, Envelope } from '../../../messaging/protocol';
import { sendToBackground, sendToTab } from '../../../messaging/transport';

describe('typed protocol', () => {
  test('call names and payloads are checked at compile time', () => {
    const typeChecks = () => {
      // @ts-expect-error unknown message names must not compile
      void sendToBackground('ui-to-background', 'getAnalyses', {});
      // @ts-expect-error a content-script call is not a popup-to-content call
      void sendToTab(1, 'analyzeArticle', {});
      // @ts-expect-error the payload of revealFact is a span
      void sendToTab(1, 'revealFact', { start: 'a' });
      const input: CallInput<'popup-to-content', 'revealFact'> = { start: 1, end: 2 };
      const output: CallOutput<'popup-to-content', 'revealFact'> = true;
      return [input, output];
    };
    expect(typeof typeChecks).toBe('function');
  });

  test('a failed send is a Result, not a thrown error', async () => {
    // Outside an extension the runtime is missing or refuses: the caller still gets a Result.
    const reply = await sendToTab(123456, 'getPage', {});
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.length).toBeGreaterThan(0);
  });

  test('envelopes are plain, serialisable data', () => {
    const envelope: Envelope = { protocol: 'incident-lens/1', direction: 'popup-to-content', name: 'getPage', input: {} };
    expect(structuredClone(envelope)).toEqual(envelope);
  });
});
