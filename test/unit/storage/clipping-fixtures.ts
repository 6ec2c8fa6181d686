/**
 * Clippings for storage and component tests, written for this project (no corpus text). Dates are
 * fixed; `makeDraft` builds a draft whose facts point at their own text.
 */
import type { Fact, FactCategory } from '../../../engine/types';
import { toClippingFact, type Clipping, type ClippingDraft, type ClippingId } from '../../../storage/clipping';
import { indexFieldsOf } from '../../../storage/clipping-repository';

/** Fixed "now" for every test: 2024-06-01T00:00:00Z. */
export const FIXED_NOW = Date.UTC(2024, 5, 1);

/** A fact on `text` at the first occurrence of `quote`. */
export function factAt(text: string, category: FactCategory, quote: string, value = quote): Fact {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the fixture text`);
  return { category, text: quote, start, end: start + quote.length, value };
}

/** A draft of an article; facts are given as [category, quote, value?]. */
export function makeDraft(
  over: Partial<ClippingDraft> & { text: string },
  facts: Array<[FactCategory, string, string?]> = [],
): ClippingDraft {
  const { text } = over;
  return {
    url: 'https://news.example.org/a',
    canonicalUrl: null,
    title: 'A title',
    site: 'Example News',
    published: '2024-05-16',
    lang: 'en',
    incident: { isIncident: true, score: 0.9, kinds: ['ransomware'], reasons: ['ransomware attack'] },
    note: '',
    tags: [],
    ...over,
    facts: over.facts ?? facts.map(([category, quote, value]) => toClippingFact(text, factAt(text, category, quote, value))),
  };
}

let counter = 0;

/** A saved clipping from a draft (index fields derived as the repository does). */
export function makeClipping(draft: ClippingDraft, savedAt = FIXED_NOW): Clipping {
  counter += 1;
  return {
    ...draft,
    ...indexFieldsOf(draft),
    id: `clip-${counter}` as ClippingId,
    key: draft.canonicalUrl ?? draft.url,
    savedAt,
    updatedAt: savedAt,
  };
}

/** English article: council ransomware, NCSC. */
export const COUNCIL_TEXT =
  'Northfield council said a ransomware attack took its payment portal offline on 12 May 2024. The National Cyber Security Centre is helping the council.';

/** Chinese article: Royal Mail export service. */
export const ROYAL_MAIL_TEXT = '英国皇家邮政表示，1月10日发生的网络事件导致国际出口服务中断。英国国家网络安全中心正在协助调查。';

/** English article that is not an incident. */
export const ADVICE_TEXT = 'Five tips to choose a strong password for your home router.';

/** Three clippings, newest first: Chinese incident, English incident, English non-incident. */
export function sampleClippings(): Clipping[] {
  const royalMail = makeClipping(
    makeDraft(
      { text: ROYAL_MAIL_TEXT, url: 'https://mp.weixin.qq.com/s?sn=royal', title: '网络攻击致使英国邮政中断国际寄件', site: '安全应急响应中心', published: '2023-01-14', lang: 'zh', tags: ['邮政', 'uk'], note: '出口服务受影响', incident: { isIncident: true, score: 0.8, kinds: ['ransomware', 'outage'], reasons: [] } },
      [['organization', '皇家邮政', 'Royal Mail'], ['agency', '英国国家网络安全中心', 'National Cyber Security Centre'], ['date', '1月10日', '2023-01-10']],
    ),
    FIXED_NOW - 1_000,
  );
  const council = makeClipping(
    makeDraft(
      { text: COUNCIL_TEXT, url: 'https://news.example.org/council', title: 'Council payment portal offline after ransomware', tags: ['uk', 'local-gov'] },
      [['organization', 'Northfield council', 'Northfield Council'], ['agency', 'National Cyber Security Centre'], ['date', '12 May 2024', '2024-05-12']],
    ),
    FIXED_NOW - 2_000,
  );
  const advice = makeClipping(
    makeDraft({ text: ADVICE_TEXT, url: 'https://blog.example.com/tips', title: 'Password tips', site: 'Example Blog', published: '2024-02-02', incident: { isIncident: false, score: 0.1, kinds: [], reasons: [] } }),
    FIXED_NOW - 3_000,
  );
  return [royalMail, council, advice];
}
