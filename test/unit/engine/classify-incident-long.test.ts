import { describe, expect, test } from 'vitest';
import { extractIncidentFeatures, MAX_PROSE_READ } from '../../../engine/classify/classify-incident';

/** Repeats `sentence` (one block per line) until the text is at least `length` characters. */
function blocks(sentence: string, length: number): string {
  return Array.from({ length: Math.ceil(length / (sentence.length + 1)) }, () => sentence).join('\n');
}

describe('classifier reads a bounded prefix of long articles', () => {
  test.each([
    {
      name: 'en: cues after the prefix do not count',
      lead: 'The city council said its servers were hit by a ransomware attack on Monday morning.',
      tail: 'Hackers stole customer records and leaked them online after the ransomware attack.',
    },
    {
      name: 'zh: cues after the prefix do not count',
      lead: '市政府表示，其服务器周一上午遭到勒索软件攻击，部分业务系统暂停服务。',
      tail: '黑客窃取了客户数据并在网上泄露，此次勒索软件攻击影响广泛，多家单位受害。',
    },
  ])('$name', ({ lead, tail }) => {
    const head = blocks(lead, MAX_PROSE_READ + 1000);
    const short = extractIncidentFeatures({ title: '', text: head, lang: 'und' });
    const long = extractIncidentFeatures({ title: '', text: `${head}\n${blocks(tail, 200_000)}`, lang: 'und' });
    expect(long.proseLength).toBe(MAX_PROSE_READ);
    expect(long.bodyKinds).toEqual(short.bodyKinds);
    expect(long.bodyEvents).toBe(short.bodyEvents);
    expect(long.security).toBe(short.security);
  });

  test.each([
    { name: 'en: a short article is read whole', sentence: 'The port operator confirmed a ransomware attack disrupted exports.' },
    { name: 'zh: a short article is read whole', sentence: '港口运营商周二证实，勒索软件攻击导致其出口业务中断，系统仍在恢复中。' },
  ])('$name', ({ sentence }) => {
    const text = blocks(sentence, 5_000);
    const features = extractIncidentFeatures({ title: '', text, lang: 'und' });
    expect(features.proseLength).toBe(text.length);
    expect(features.bodyKinds.get('ransomware')).toBe(text.split('\n').length);
  });
});
