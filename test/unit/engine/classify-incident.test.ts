import { describe, expect, test } from 'vitest';
import { classifyIncident, extractIncidentFeatures } from '../../../engine/classify/classify-incident';
import type { Fact } from '../../../engine/types';

/** Our own sentences (not corpus text): a headline and a short body, as readers deliver them. */
interface Case {
  name: string;
  lang: 'en' | 'zh';
  title: string;
  body: string[];
  kinds?: string[];
}

const incidents: Case[] = [
  {
    name: 'en ransomware on a hospital',
    lang: 'en',
    title: 'Regional hospital hit by ransomware attack, surgeries postponed',
    body: [
      'The Northfield General Hospital confirmed on Tuesday that a ransomware attack had encrypted its patient record systems.',
      'Staff switched to paper records and several surgeries were postponed while the IT team restored servers from backups.',
    ],
    kinds: ['ransomware'],
  },
  {
    name: 'en data breach at a retailer',
    lang: 'en',
    title: 'Retailer says hackers stole data of two million customers',
    body: [
      'The clothing chain said attackers gained unauthorized access to its customer database and stole names, addresses and order histories.',
      'The company notified the data protection regulator and is investigating the breach with an outside firm.',
    ],
    kinds: ['breach'],
  },
  {
    name: 'en DDoS on a bank',
    lang: 'en',
    title: "Bank's website knocked offline by DDoS attack",
    body: [
      'A pro-government hacking group claimed responsibility for the distributed denial-of-service attack that took the online banking portal offline for six hours.',
      'Customers were unable to log in until the traffic was filtered.',
    ],
    kinds: ['ddos', 'outage'],
  },
  {
    name: 'en outage of a named service',
    lang: 'en',
    title: 'Parcel tracking outage leaves customers in the dark',
    body: [
      'The delivery company suffered a nationwide outage of its tracking service on Monday, and its app was unavailable for most of the day.',
      'The firm said the disruption was caused by a failed database upgrade and that services had been restored.',
    ],
    kinds: ['outage'],
  },
  {
    name: 'en defacement of a council site',
    lang: 'en',
    title: 'City council website defaced by hackers',
    body: [
      'Visitors to the council website on Saturday found its homepage defaced with political slogans after hackers gained access to the content system.',
      'The council took the site offline and reported the incident to police.',
    ],
  },
  {
    name: 'zh 勒索软件攻击医院',
    lang: 'zh',
    title: '某市人民医院遭勒索软件攻击，门诊系统瘫痪',
    body: [
      '据报道，该医院于本周一遭到勒索软件攻击，门诊挂号和收费系统全部瘫痪，医院被迫改用手工登记。',
      '院方确认攻击者加密了部分服务器，并已向公安机关报案，目前系统正在逐步恢复。',
    ],
    kinds: ['ransomware', 'outage'],
  },
  {
    name: 'zh 数据泄露',
    lang: 'zh',
    title: '某电商平台遭黑客入侵，500万用户数据泄露',
    body: [
      '该平台周三发布公告称，黑客利用后台系统缺陷入侵其数据库，窃取了约500万名用户的姓名、手机号和收货地址。',
      '公司已向监管部门报告，并提醒用户警惕诈骗电话。',
    ],
    kinds: ['breach'],
  },
  {
    name: 'zh 服务宕机',
    lang: 'zh',
    title: '某云服务商全国宕机近4小时',
    body: [
      '昨日下午，某云服务商发生大规模故障，多地用户无法访问控制台和对象存储服务，大量网站随之中断。',
      '该公司随后发布说明，称故障由网络设备配置变更导致，目前服务已全部恢复。',
    ],
    kinds: ['outage'],
  },
  {
    name: 'zh DDoS',
    lang: 'zh',
    title: '黑客组织宣称对多国政府网站发起DDoS攻击',
    body: [
      '一个黑客组织在社交平台上宣布，已对三个国家的政府门户网站发起分布式拒绝服务（DDoS）攻击，导致网站长时间无法访问。',
      '相关国家的网络安全机构证实了这一事件，并表示正在处置。',
    ],
    kinds: ['ddos'],
  },
  {
    name: 'zh 网页篡改',
    lang: 'zh',
    title: '某高校官网首页被篡改',
    body: [
      '本周末，某高校官方网站首页被篡改为赌博广告页面，学校随即关闭网站并报警。',
      '警方调查发现，攻击者通过弱口令登录了网站后台。',
    ],
    kinds: ['defacement'],
  },
];

const nearMisses: Case[] = [
  {
    name: 'en patch release (vulnerability)',
    lang: 'en',
    title: 'Vendor patches critical flaw in VPN appliance',
    body: [
      'The vendor released security updates fixing a critical vulnerability that could allow remote attackers to execute code.',
      'Administrators should update now; the company said it is not aware of exploitation.',
    ],
  },
  {
    name: 'en funding (product)',
    lang: 'en',
    title: 'Security startup raises $20 million to expand its threat detection platform',
    body: [
      'The company announced a Series B funding round led by a venture firm and said it would launch new features for cloud customers.',
      'Its platform helps security teams detect ransomware and phishing before they spread.',
    ],
  },
  {
    name: 'en law (policy)',
    lang: 'en',
    title: 'Parliament passes bill to fine companies for data breaches',
    body: [
      'The legislation raises penalties for serious or repeated data breaches and gives the regulator new powers.',
      'The bill now goes to the upper house before it becomes law.',
    ],
  },
  {
    name: 'en statistics (report)',
    lang: 'en',
    title: 'Ransomware hit more than 500 organizations in 2023, report finds',
    body: [
      'According to the report, the number of attacks rose by 40% year-on-year, with healthcare the most targeted sector.',
      'The study found that more than 500 organizations disclosed incidents during the year.',
    ],
  },
  {
    name: 'en opinion',
    lang: 'en',
    title: 'Why your organization needs an incident response plan',
    body: [
      'In my view, every company should rehearse how it would respond to ransomware before it happens.',
      'We need to treat backups and communication plans as part of the business, not as an afterthought.',
    ],
  },
  {
    name: 'en general news',
    lang: 'en',
    title: 'Local team wins the cup after extra time',
    body: [
      'The home side scored twice in extra time to lift the trophy in front of a sold-out stadium.',
      'The coach praised the players for their patience after a goalless ninety minutes.',
    ],
  },
  {
    name: 'zh 漏洞通告',
    lang: 'zh',
    title: '某开源组件远程代码执行漏洞安全通告',
    body: [
      '近日，监测到某开源组件存在远程代码执行漏洞，攻击者可通过构造恶意请求在目标服务器执行任意代码。',
      '受影响版本为2.0至2.3，建议用户尽快升级至最新版本修复该漏洞。',
    ],
  },
  {
    name: 'zh 融资',
    lang: 'zh',
    title: '某安全公司完成数亿元B轮融资',
    body: [
      '本轮融资由多家投资机构领投，资金将主要用于新品研发和市场拓展。',
      '公司表示，其产品已帮助客户防御勒索软件和钓鱼攻击。',
    ],
  },
  {
    name: 'zh 法规',
    lang: 'zh',
    title: '监管部门发布《数据出境安全评估办法》征求意见稿',
    body: [
      '为规范数据出境活动，监管部门起草了该办法，现向社会公开征求意见。',
      '办法规定，处理重要数据的企业应当在数据出境前申报安全评估。',
    ],
  },
  {
    name: 'zh 报告统计',
    lang: 'zh',
    title: '报告：去年300多家医疗机构遭勒索软件攻击',
    body: [
      '报告显示，2023年共有300多家医疗机构报告遭受勒索软件攻击，同比增长25%。',
      '报告指出，攻击者越来越多地在加密数据前窃取数据以实施双重勒索。',
    ],
  },
  {
    name: 'zh 观点',
    lang: 'zh',
    title: '企业应对勒索软件的注意事项',
    body: [
      '如果您的组织遭到勒索软件攻击，首先应保持冷静，不要急于支付赎金。',
      '您应该立即隔离受影响的设备，并通知执法部门和法律顾问。',
    ],
  },
  {
    name: 'zh 一般新闻',
    lang: 'zh',
    title: '新能源汽车销量创历史新高',
    body: [
      '据行业协会统计，上个月新能源汽车销量同比增长超过三成，创下历史新高。',
      '分析人士认为，价格下调和充电设施完善是销量增长的主要原因。',
    ],
  },
];

/** Harder cases: follow-ups, attacks through a flaw, threat research, how-to, strategy. */
const c = (lang: 'en' | 'zh', title: string, ...body: string[]): Case => ({ name: `${lang} ${title}`, lang, title, body });
incidents.push(
  c('en', 'Police arrest two suspects over hospital ransomware attack', 'Police arrested two men on Thursday in connection with the ransomware attack that crippled the city hospital in March.'),
  c('en', 'Regulator fines retailer £4 million over 2022 data breach', 'The regulator said the retailer failed to protect customer data before hackers stole the personal details of 1.2 million shoppers.'),
  c('en', 'Hackers exploited VPN vulnerability to breach city council network', 'The council confirmed that attackers exploited an unpatched flaw in its VPN gateway to gain access and steal files.'),
  c('en', 'Crypto exchange loses $30 million in hot wallet hack', 'The exchange paused withdrawals after attackers drained funds from one of its hot wallets.'),
  c('zh', '黑客利用漏洞入侵某市政府网站', '据报道，某市政府门户网站近日遭黑客入侵，攻击者利用内容管理系统的漏洞上传了恶意文件，网站一度无法访问。'),
  c('zh', '某银行因数据泄露事件被罚款200万元', '监管部门通报称，该银行去年发生客户信息泄露事件，约10万名客户的个人信息被窃取。'),
  c('zh', '警方破获一起入侵企业服务器窃取数据案', '犯罪嫌疑人非法入侵某科技公司服务器，窃取了大量用户数据并在暗网兜售，目前已被抓获。'),
);
nearMisses.push(
  c('en', 'Researchers uncover new ransomware strain targeting Linux servers', 'Security researchers have discovered a new ransomware family that encrypts Linux servers. No victims have been named.'),
  c('en', 'CISA warns of attacks exploiting critical Citrix flaw', 'The agency urged organizations to patch a critical vulnerability, warning that attackers could exploit it to take over systems.'),
  c('en', 'Five ways to protect your business from phishing', 'You should train staff, enable multi-factor authentication and report suspicious emails.'),
  c('en', 'Government unveils national cyber strategy', 'The strategy sets out plans to invest in skills and protect critical infrastructure; new regulations will follow.'),
  c('zh', '研究人员发现新型勒索软件家族', '安全研究人员近日发现一种新型勒索软件，可加密Linux服务器上的文件，暂未发现受害者。'),
  c('zh', '微软发布补丁修复已被在野利用的零日漏洞', '微软本月安全更新修复了多个漏洞，其中一个零日漏洞已被在野利用，建议用户尽快安装更新。'),
  c('zh', '某安全厂商推出新一代防火墙产品', '该公司在发布会上推出新一代防火墙，可有效防御勒索软件和DDoS攻击。'),
);

const article = (c: Case) => ({ title: c.title, text: [c.title, ...c.body].join('\n'), lang: c.lang });

describe('classifyIncident', () => {
  test.each(incidents)('incident: $name', (c) => {
    const verdict = classifyIncident(article(c));
    expect(verdict.isIncident).toBe(true);
    expect(verdict.score).toBeGreaterThanOrEqual(0.5);
    for (const kind of c.kinds ?? []) expect(verdict.kinds).toContain(kind);
    expect(verdict.reasons.some((r) => r.startsWith('title says:'))).toBe(true);
  });

  test.each(nearMisses)('not an incident: $name', (c) => {
    const verdict = classifyIncident(article(c));
    expect(verdict.isIncident).toBe(false);
    expect(verdict.score).toBeLessThan(0.5);
    expect(verdict.kinds).toEqual([]);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });

  test('reasons quote the Chinese title cue', () => {
    const verdict = classifyIncident(article(incidents[5]));
    expect(verdict.reasons).toContain('title says: 某市人民医院遭勒索软件攻击 (勒索软件攻击 (ransomware attack))');
    expect(verdict.reasons).toContain('title reports it happened: 遭');
  });

  test('score is a probability and kinds follow the guideline order', () => {
    for (const c of [...incidents, ...nearMisses]) {
      const { score, kinds } = classifyIncident(article(c));
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      const order = ['ransomware', 'breach', 'ddos', 'intrusion', 'malware', 'phishing', 'fraud', 'defacement', 'supply-chain', 'espionage', 'outage'];
      expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
    }
  });

  test('a named victim raises the score', () => {
    const weak = { title: 'Hackers target logistics firm', text: 'Hackers target logistics firm\nThe company is looking into reports of suspicious activity on its network.', lang: 'en' };
    const victim: Fact = { category: 'organization', text: 'Acme', start: 0, end: 4, value: 'Acme' };
    expect(classifyIncident({ ...weak, facts: [victim] }).score).toBeGreaterThan(classifyIncident(weak).score);
  });

  test('short blocks (menus) and excluded zones do not vote', () => {
    const menu = 'Ransomware\nData breach\nHacked';
    expect(extractIncidentFeatures({ title: '', text: menu, lang: 'en' }).bodyKinds.size).toBe(0);
    const line = 'Source: ransomware attack hits hospital, see the original report here';
    const excluded = extractIncidentFeatures({ title: '', text: line, lang: 'en', excluded: [{ start: 0, end: line.length }] });
    expect(excluded.bodyKinds.size).toBe(0);
    expect(extractIncidentFeatures({ title: '', text: line, lang: 'en' }).bodyKinds.get('ransomware')).toBe(1);
  });

  test.each(['', ' ', '\n\n', '🙂'.repeat(50), '漏洞'.repeat(1000)])('total on odd input %#', (text) => {
    const verdict = classifyIncident({ title: null, text, lang: 'und' });
    expect(verdict.isIncident).toBe(false);
    expect(Number.isFinite(verdict.score)).toBe(true);
  });
});

/** Kind cues in body prose: what the sentence says happened, in both languages (own sentences). */
describe('kind cues', () => {
  const kindsIn = (sentence: string) => Object.fromEntries(extractIncidentFeatures({ title: '', text: sentence, lang: 'und' }).bodyKinds);

  test.each([
    { sentence: "The intruder left a taunting message across the company's website.", has: ['defacement'], lacks: [] },
    { sentence: 'Out of caution the firm took all of its websites down, and the portal stayed unreachable.', has: ['outage'], lacks: [] },
    { sentence: 'The council’s digital systems have come to a grinding halt since the attack.', has: ['outage'], lacks: [] },
    { sentence: 'Investigators found that data was extracted from the file servers last week.', has: ['breach'], lacks: [] },
    { sentence: 'The breach shut down the dispatch system for a day, the city said.', has: ['intrusion', 'outage'], lacks: ['breach'] },
    { sentence: 'The operators demanded a ransom for the stolen customer files.', has: ['breach'], lacks: ['ransomware'] },
    { sentence: 'A ransom note on every server told staff that their files were encrypted.', has: ['ransomware'], lacks: [] },
    { sentence: 'In theory the parsing bug could lead to a denial-of-service attack on the router.', has: [], lacks: ['ddos'] },
    { sentence: 'Police took down the botnet infrastructure in a joint operation this spring.', has: [], lacks: ['outage'] },
    { sentence: '周六上午，入侵者在该公司官网首页留下了嘲讽信息，多个网页被篡改。', has: ['defacement'], lacks: [] },
    { sentence: '事发后技术人员连夜抢修，截至周日晚间，各项服务已恢复正常运行。', has: ['outage'], lacks: [] },
    { sentence: '这次攻击扰乱了该公司的部分技术基础设施和后台服务。', has: ['outage'], lacks: [] },
    { sentence: '调查显示，黑客入侵了该公司的多台服务器，并窃取了部分客户数据。', has: ['intrusion', 'breach'], lacks: [] },
    { sentence: '一个亲俄黑客组织宣称对这次事件负责，目前尚无更多细节。', has: [], lacks: ['intrusion'] },
    { sentence: '研究人员指出，该漏洞一旦遭到利用，可能导致拒绝服务攻击。', has: [], lacks: ['ddos'] },
  ])('$sentence', ({ sentence, has, lacks }) => {
    const kinds = kindsIn(sentence);
    for (const kind of has) expect(kinds[kind], kind).toBeGreaterThan(0);
    for (const kind of lacks) expect(kinds[kind], kind).toBeUndefined();
  });

  test('a captured link line (related posts) does not vote; the same words in prose do', () => {
    const link = '[### How hackers and scammers drain accounts: 8 settings](/blog/how-hackers-scammers-drain "How hackers and scammers drain';
    expect(kindsIn(link)).toEqual({});
    expect(kindsIn('Scammers drained accounts at three banks, police said on Friday.').fraud).toBeGreaterThan(0);
  });
});
