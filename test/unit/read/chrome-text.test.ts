/** Site chrome told by its words (engine/read/chrome-text.ts): whole lines only, both languages. */
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { isChromeBlock, isChromeLine } from '../../../engine/read/chrome-text';

describe('isChromeLine', () => {
  test.each([
    '#1 Trusted Cybersecurity News Platform',
    '# 1 source for breach news',
    'Followed by 5.20+ million',
    'Trusted by 50,000 security professionals',
    'Join 120K subscribers',
    '12K views',
    'Views: 3,400',
    '5 comments',
    '4 min read',
    'Follow Us On Social Media',
    'Subscribe to our newsletter',
    '阅读 3万',
    '1.2万人在看',
    '10万+ 阅读',
    '点击上方蓝字关注我们',
    '点击“安全事件观察”关注，设为星标',
    '欢迎关注我们',
    '长按识别二维码关注',
  ])('chrome: %s', (line) => expect(isChromeLine(line)).toBe(true));

  test.each([
    'The attack was followed by 3 million phishing emails.',
    'The council said 5 comments were received before the deadline.',
    'Followed by investigators from the National Crime Agency, the team seized 12 servers in four countries and arrested two suspects.',
    '#1 priority, the CEO said, was restoring the payment portal.',
    'Northbridge City Council said the portal was offline.',
    '3月6日，青川市人民医院确认遭到勒索软件攻击。',
    '该公众号关注的是医院系统的恢复情况，阅读量不是重点。',
    '',
  ])('story text: %s', (line) => expect(isChromeLine(line)).toBe(false));
});

describe('isChromeBlock', () => {
  const element = (html: string) => {
    const window = new Window();
    window.document.write(`<body>${html}</body>`);
    return window.document.body.firstElementChild as unknown as Element;
  };
  test.each([
    { html: '<p>Followed by 5.20+ million<a href="/t"><em>\uf099</em></a> <a href="/l"><em>\uf0e1</em></a></p>', chrome: true },
    { html: '<p><span>#1 Trusted Cybersecurity News Platform</span></p>', chrome: true },
    { html: '<section><span>点击上方蓝字</span><span>关注我们</span></section>', chrome: true },
    // A container is never judged as a whole, only its lines.
    { html: '<div><p>#1 Trusted Cybersecurity News Platform</p><p>Story text.</p></div>', chrome: false },
    { html: '<p>Followed by 5 million users, the service went offline on Monday after a ransomware attack.</p>', chrome: false },
    { html: '<p>The council confirmed the attack.</p>', chrome: false },
  ])('$html → $chrome', ({ html, chrome }) => expect(isChromeBlock(element(html))).toBe(chrome));
});
