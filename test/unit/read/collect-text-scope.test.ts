/**
 * The walk's shortcut (engine/read/collect-text.ts: a block under which nothing can be skipped is
 * read through its text nodes alone) gives the same text and offsets, node for node, as visiting
 * every element: on generated trees mixing blocks, inline elements, <pre>, hidden markup, skipped
 * tags, chrome lines and whitespace of every kind, with the news reader's and WeChat's skips.
 */
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { isChromeBlock, isChromeLine, mayHoldChromeLine } from '../../../engine/read/chrome-text';
import { collectText, type CollectTextOptions } from '../../../engine/read/collect-text';
import type { TextMap } from '../../../engine/read/text-map';

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['breach', 'Northvale', '12K views', '5 comments', 'follow us', 'Subscribe to our newsletter', '阅读 3万', '点击上方蓝字关注我们', '#1 Trusted News Platform', 'CVE-2024-1234', 'spread 50', ' ', '  ', '\n', '\t', '\u00a0', '\uE001', 'a', '', 'Join 120K subscribers', '4 min read'];
const INLINE = ['span', 'b', 'em', 'a', 'strong', 'small', 'code', 'i'];
const BLOCK = ['p', 'div', 'li', 'h2', 'section', 'blockquote', 'pre', 'br', 'td'];
const OTHER = ['script', 'button', 'nav', 'menu', 'header', 'aside', 'svg'];
const ATTRIBUTES = ['', '', '', '', ' class="share"', ' class="body"', ' id="x"', ' hidden', ' aria-hidden="true"', ' style="display:none"', ' style="color:red"', ' role="navigation"', ' title="t"'];

function tree(next: () => number, depth: number): string {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  let html = '';
  const children = 1 + Math.floor(next() * 5);
  for (let i = 0; i < children; i++) {
    const r = next();
    if (r < 0.4 || depth === 0) html += pick(WORDS);
    else {
      const tag = r < 0.75 ? pick(INLINE) : r < 0.95 ? pick(BLOCK) : pick(OTHER);
      html += tag === 'br' ? '<br>' : `<${tag}${pick(ATTRIBUTES)}>${tree(next, depth - 1)}</${tag}>`;
    }
  }
  return html;
}

/** The map as plain data, each segment's node named by its index among the root's text nodes. */
function describeMap(root: Element, map: TextMap) {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  const index = new Map<Node, number>();
  for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) index.set(n, i);
  return { text: map.text, segments: map.segments.map((s) => ({ node: index.get(s.node), start: s.start, end: s.end, nodeStart: s.nodeStart, nodeOffsets: s.nodeOffsets && Array.from(s.nodeOffsets) })) };
}

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
const document = window.document as unknown as Document;

const SKIPS: [string, CollectTextOptions['skip'], CollectTextOptions['skipScope']][] = [
  ['chrome lines and class words', (el) => /(^|\s)(share|nav)/.test(`${el.id} ${el.className}`) || isChromeBlock(el), { selector: '[id],[class]', textMayHold: mayHoldChromeLine }],
  ['tags', (el) => el.tagName === 'MENU' || el.tagName === 'HEADER', { selector: 'menu,header' }],
];

describe('collectText with a skip scope', () => {
  test('reads every generated tree as the element-by-element walk does', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const next = random(seed);
      document.body.innerHTML = `<article>${tree(next, 5)}</article>`;
      const root = document.body.firstElementChild as Element;
      for (const [name, skip, skipScope] of SKIPS) {
        const full = describeMap(root, collectText(root, { skip }));
        const scoped = describeMap(root, collectText(root, { skip, skipScope }));
        expect(scoped, `seed ${seed}, ${name}`).toEqual(full);
      }
      // Without a skip, blocks of inline text are read through their text nodes too.
      const plain = describeMap(root, collectText(root));
      expect(plain, `seed ${seed}, no skip`).toEqual(describeMap(root, collectText(root, { skip: () => false })));
    }
  });
});

describe('mayHoldChromeLine', () => {
  test.each(['12K views', 'Views: 3,400', '#1 Trusted Cybersecurity News Platform', 'Follow Us On Social Media', 'Subscribe to our newsletter', '阅读 3万', '1.2万人在看', '点击上方蓝字关注我们', '长按识别二维码关注', '4 min read', 'Join 120K subscribers'])(
    'a text holding the chrome line "%s" may hold one',
    (line) => {
      expect(isChromeLine(line)).toBe(true);
      expect(mayHoldChromeLine(`The council said the portal was offline.${line}More story text.`)).toBe(true);
      expect(mayHoldChromeLine(`Before \uE001 ${line.replace(/ /g, ' \n\t')} after`)).toBe(true);
    },
  );

  test('story text without a chrome line holds none', () => {
    expect(mayHoldChromeLine('Harbourside Water Trust said on 3 March 2024 that a LockBit ransomware attack had encrypted servers running its billing portal, and that attackers exploited CVE-2024-1003 in an unpatched VPN appliance. Investigators traced traffic to 203.0.113.3 and about 13,000 customers may have been stolen.')).toBe(false);
  });
});
