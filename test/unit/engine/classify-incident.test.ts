import { describe, expect, test } from 'vitest';
import { classifyIncident, extractIncidentFeatures, extractTitleFeatures, scoreFeatures } from '../../../engine/classify/classify-incident';
import { couldBeIncident } from '../../../engine/classify/screen-incident';
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
  {
    // An airline's IT failure that grounds its flights is an outage of a named organisation, with no security word in it.
    name: 'en airline systems fail and flights are grounded',
    lang: 'en',
    title: 'Nordic Air grounds flights after check-in systems fail',
    body: [
      'A faulty software update took down check-in systems at Nordic Air on Friday, grounding more than 200 flights.',
      'Officials said they were working with the supplier to restore the affected systems and would share updates.',
    ],
    kinds: ['outage'],
  },
  {
    // One company's loss in the title is the incident's cost, not a statistic.
    name: 'zh 内部人员破坏',
    lang: 'zh',
    title: '前员工删库跑路，某科技公司损失超百万',
    body: [
      '据法院消息，某科技公司前运维人员因对公司不满，离职前利用管理员权限删除了生产服务器上的数据库，导致公司业务系统中断两天，直接经济损失达120万元。',
      '该员工最终以破坏计算机信息系统罪被判处有期徒刑五年。',
    ],
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

/**
 * Verdict cues by class, each with positives and negatives in both languages (own sentences):
 * incident evidence (arrests and sentences for an attack, extortion, insider sabotage, outages
 * caused by a faulty update) and near misses (laws and bills, commentary and training, market and
 * product news, statistics, news digests, threat research).
 */
describe('news digests', () => {
  const verdictOf = (title: string, ...body: string[]) => classifyIncident({ title, text: [title, ...body].join('\n'), lang: 'zh' });

  test('a digest whose items mostly report attacks is an incident; one of advisories and products is not', () => {
    const incidents = verdictOf(
      '安全周报（第12期）',
      '某连锁超市遭勒索软件攻击，收银系统瘫痪',
      '超市确认，攻击者加密了门店服务器，部分门店暂停营业。',
      '某航空公司遭黑客入侵，旅客信息泄露',
      '航空公司表示，约十万名旅客的订票信息被窃取。',
      '某市政务网站遭DDoS攻击，一度无法访问',
      '网站运维方称，攻击持续了三个小时。',
      '某厂商发布新一代防火墙产品',
    );
    expect(incidents.isIncident, incidents.reasons.join(' | ')).toBe(true);
    const advisories = verdictOf(
      '安全周报（第13期）',
      '某浏览器修复两个高危漏洞',
      '某厂商发布新一代防火墙产品',
      '某省发布数据安全管理办法',
      '某公司遭勒索软件攻击，业务中断',
    );
    expect(advisories.isIncident, advisories.reasons.join(' | ')).toBe(false);
  });

  test('item fields (时间：…) are not items, and a headline wrapped after its comma is one item', () => {
    const digest = verdictOf(
      '一周安全事件速递（第20期）',
      '某连锁超市遭勒索软件攻击，',
      '收银系统瘫痪',
      '时间：2024年3月2日',
      '超市确认，攻击者加密了门店服务器，部分门店暂停营业。',
      '某航空公司遭黑客入侵，',
      '旅客信息泄露',
      '时间：2024年3月3日',
      '航空公司表示，约十万名旅客的订票信息被窃取。',
      '某市政务网站遭DDoS攻击，',
      '一度无法访问',
      '时间：2024年3月4日',
      '网站运维方称，攻击持续了三个小时。',
      '某厂商发布新一代防火墙产品',
      '时间：2024年3月5日',
    );
    expect(digest.isIncident, digest.reasons.join(' | ')).toBe(true);
  });

  test('a security digest in which every fourth story or more is an incident is about incidents; its contents list counts once', () => {
    const weekly = verdictOf(
      '网络安全资讯周报（第30期）',
      '目录',
      '1.某市医保系统遭勒索软件攻击，结算业务中断',
      '2.某电商平台确认遭黑客入侵，用户订单信息泄露',
      '3.某港口因网络攻击停运一天',
      '4.某浏览器修复三个高危漏洞',
      '5.某省印发数据安全管理办法',
      '6.某厂商推出新一代态势感知平台',
      '7.研究人员发现一种新的钓鱼手法',
      '8.某大学举办网络安全宣传周活动',
      '1.某市医保系统遭勒索软件攻击，结算业务中断',
      '该市医保局确认，勒索软件加密了结算服务器，定点医院暂时改为手工登记。',
      '2.某电商平台确认遭黑客入侵，用户订单信息泄露',
      '平台表示，攻击者窃取了部分用户的收货地址和订单记录，已报警处理。',
      '3.某港口因网络攻击停运一天',
      '港口运营方称，码头调度系统遭攻击后停运，次日恢复作业。',
    );
    expect(weekly.isIncident, weekly.reasons.join(' | ')).toBe(true);
  });

  test('a tech-news digest with one outage among its stories is not an incident', () => {
    const tech = verdictOf(
      '某手机发布会定档；某车企销量创新高；某云服务全球宕机数小时 | 科技早知道',
      '某手机品牌宣布新机将于下周发布',
      '某车企公布上月交付量，同比增长三成',
      '某云服务全球宕机数小时，多款应用无法访问',
      '某游戏公司新作首周销量破百万',
      '某芯片厂商发布新一代处理器',
      '某电商平台启动年终促销活动',
      '某视频平台上线新的会员服务',
    );
    expect(tech.isIncident, tech.reasons.join(' | ')).toBe(false);
  });

  test('a digest titled for incidents needs two incident stories, not a quarter of them', () => {
    const titled = verdictOf(
      '一周网络安全事件速递（第9期）',
      '某物流公司遭勒索软件攻击，',
      '配送系统中断',
      '物流公司称，勒索软件加密了调度服务器，部分地区配送延迟。',
      '某医院网络遭到攻击，挂号系统瘫痪',
      '医院表示，挂号系统已切换为人工办理。',
      '某浏览器修复两个高危漏洞',
      '某路由器厂商发布固件更新',
      '某办公软件曝出远程代码执行漏洞',
      '某开源组件发布安全公告',
      '某邮件客户端修复信息泄露缺陷',
      '渠道合作咨询 王先生 13800000000',
    );
    expect(titled.isIncident, titled.reasons.join(' | ')).toBe(true);
    const untitled = verdictOf(
      '一周安全资讯（第9期）',
      '某物流公司遭勒索软件攻击，配送系统中断',
      '某医院网络遭到攻击，挂号系统瘫痪',
      '某浏览器修复两个高危漏洞',
      '某路由器厂商发布固件更新',
      '某办公软件曝出远程代码执行漏洞',
      '某开源组件发布安全公告',
      '某邮件客户端修复信息泄露缺陷',
    );
    expect(untitled.isIncident, untitled.reasons.join(' | ')).toBe(false);
  });
});

describe('verdict cues by class', () => {
  const verdictOf = (title: string, ...body: string[]) => classifyIncident({ title, text: [title, ...body].join('\n'), lang: 'und' });

  test.each([
    // Arrests, charges and sentences for a specific attack: follow-up reporting of an incident.
    c('en', 'Police arrest teenager over hacking of city parking payment system', 'The 17-year-old was arrested on Tuesday and charged with computer misuse after the payment kiosks were taken offline for two days.'),
    c('en', 'Man sentenced for hacking council email accounts', 'He pleaded guilty to accessing forty mailboxes at the borough council and was jailed for eighteen months.'),
    c('zh', '黑客入侵学校教务系统篡改成绩，已被判刑', '法院审理查明，被告人利用弱口令入侵某大学教务系统，篡改了多名学生的考试成绩，被判处有期徒刑一年。'),
    c('zh', '警方破获一起侵犯公民个人信息案，抓获嫌疑人5名', '经查，犯罪嫌疑人通过非法手段获取某物流公司客户信息并转卖牟利，目前已被刑事拘留。'),
    // Extortion.
    c('en', 'Dating app users blackmailed after private messages stolen', 'Criminals emailed hundreds of users demanding payment and threatened to publish their conversations.'),
    c('en', 'Hackers threaten to leak clinic patient files unless paid', 'The group said it had copied the records from the clinic’s file server and set a deadline of one week.'),
    c('zh', '国家应急中心通报两起针对某能源企业的网络攻击事件', '通报称，攻击者利用邮件服务器漏洞入侵了该企业内网，窃取了大量生产数据，相关企业已完成处置。'),
    c('zh', '黑客敲诈某游戏公司，威胁公开玩家数据', '该公司确认收到勒索邮件，对方声称已获取数百万玩家的账号信息，公司已报警。'),
    // Insider sabotage.
    c('en', 'Former employee sabotaged water utility control system, prosecutors say', 'Prosecutors said the man used a colleague’s password to log in after he was fired and shut down the treatment plant’s pumps.'),
    c('zh', '离职员工删除公司服务器数据，致业务停摆两天', '该员工离职前利用管理员权限删除了多台服务器上的订单数据，公司业务中断两天，警方已立案调查。'),
    c('zh', '男子入侵前东家服务器删除数据，被判有期徒刑', '法院查明，该男子离职后利用未注销的账号登录原公司服务器，删除了大量业务数据，造成公司系统停运一天。'),
    c('zh', '某平台员工倒卖用户信息被刑拘', '警方通报，该员工利用职务便利导出数万条用户订单信息并在网上出售，目前已被刑事拘留。'),
    // Outages caused by a faulty update, not vulnerability news.
    c('en', 'Faulty security update crashes airline check-in systems worldwide', 'Airports reported blue screens on check-in computers after the vendor pushed a faulty update to its endpoint agent; flights were delayed for hours.'),
    c('en', "Security vendor's bug crashes Windows machines at banks and airports", 'Banks closed branches and airlines grounded flights on Friday after a bug in the vendor’s agent crashed their computers; a fix is rolling out.'),
    c('en', 'IT glitch grounds flights at the national carrier', 'The airline said a system failure at its data centre left check-in and boarding systems unavailable for six hours.'),
    c('zh', '某杀毒软件更新致大量电脑蓝屏，多家银行业务暂停', '受此影响，多家银行网点和机场值机系统一度无法使用，厂商已发布修复方法。'),
    c('zh', '某安全软件更新导致全球大量电脑蓝屏，航班延误', '由于一次错误的更新，多国机场、银行的电脑出现蓝屏，业务一度中断，厂商已撤回该更新并发布修复方法。'),
    c('zh', '某黑客组织利用零日漏洞攻击多国外交机构', '安全公司披露，该组织向外交人员发送带有恶意附件的邮件，利用浏览器零日漏洞在其电脑上植入后门，已有多个机构中招。'),
    // A lure quoted in the headline is the scammers' words, not advice to the reader.
    c('en', 'Courier “Confirm your delivery address” phishing texts hit thousands of customers', 'Customers of the courier received texts linking to a fake site that stole card details; the company said it had reported the domains.'),
    // Incident headlines that hold a word the near-miss cues use in another sense.
    c('zh', '某医院遭勒索攻击，手术计划被迫推迟', '医院确认，勒索软件加密了排班和手术管理系统，部分手术被推迟，系统正在恢复。'),
    c('zh', '某暗网市场遭黑客入侵，用户数据泄露', '入侵者在论坛上公布了该市场数万名用户的账号和私信，站点随后下线。'),
    c('zh', '某市政务平台遭网络攻击，已启动应急预案并与警方合作调查', '该平台周一起无法访问，市政府表示已启动应急预案，正在恢复服务。'),
    c('zh', '黑客利用远程控制工具入侵某物流公司窃取客户数据', '该公司确认，攻击者通过被盗账号登录远程控制工具，导出了部分客户的订单信息。'),
    c('zh', '某公司产品遭供应链攻击，安装包被植入木马', '该公司确认，攻击者入侵其构建服务器，在官方安装包中植入了后门，已通知受影响的客户。'),
    c('en', 'Police arrest suspect in attack on water utility', 'The man is accused of logging in to the utility’s control system and changing chemical levels last month.'),
    c('en', 'Law firm hit by ransomware, client files stolen', 'The firm said criminals encrypted its document servers and copied files belonging to several clients.'),
    c('en', 'Health insurer says hackers accessed 3 million records in 2023 breach', 'The insurer said it had notified members whose names and policy numbers were viewed by the intruders.'),
    c('zh', '警方通报：某公司员工倒卖客户信息被抓', '警方通报称，该员工利用工作便利私自导出客户信息出售牟利，已被依法刑事拘留。'),
    c('en', 'Hackers breach IT partner of regional hospitals, patient data stolen', 'The hospitals said attackers got into the network of a contractor that manages their billing and stole patient records.'),
    // Reported thefts and attacks the modal cues must not take for hypotheticals.
    c('zh', '某交易所热钱包被盗，损失约3000万美元', '该交易所确认，黑客窃取了热钱包中的私钥并转走资产，已暂停充提服务并报警。'),
    c('zh', '某防勒索软件厂商自身遭勒索攻击，客户数据泄露', '该公司确认，勒索软件加密了其内部服务器，攻击者还窃取了部分客户资料。'),
    c('en', 'Anti-ransomware vendor hit by ransomware attack', 'The company confirmed on Friday that attackers encrypted its internal servers and stole some customer files.'),
    // A headline that is a quote names no attack: the lead reports it.
    c('en', '“We will not pay”: mayor speaks after weekend attack', 'The city was hit by a ransomware attack on Saturday that encrypted servers at the town hall, the mayor confirmed.'),
    c('en', 'Hackers posing as IT support breached the county payroll system', 'The county confirmed that attackers who called staff pretending to be the help desk stole payroll records of 4,000 employees.'),
    c('zh', '冒充客服诈骗团伙被警方抓获，涉案金额上千万', '警方通报，该团伙冒充电商客服以退款为由骗取受害人转账，已抓获犯罪嫌疑人30余名。'),
    // A new variant that hits someone is the attack, not research about the variant.
    c('en', 'New ransomware variant hammers county school district', 'The district said the malware encrypted its student information system on Monday and classes moved to paper.'),
    // A flaw exploited with a consequence for a victim is the attack, not the flaw's news.
    c('zh', '某快递公司VPN漏洞遭黑客利用，十万条客户数据泄露', '该公司确认，攻击者利用未修补的VPN漏洞进入内网，导出了部分客户的收件信息。'),
    c('en', 'Savings accounts drained after crooks hijack customers’ phone numbers', 'The bank said fraudsters ported the numbers to new SIM cards and used the one-time codes to move money out.'),
    c('zh', '警方捣毁一个盗刷银行卡的犯罪团伙', '该团伙通过钓鱼网站骗取持卡人的银行卡信息后盗刷消费，警方查获作案手机二十余部，涉案金额百万元。'),
    // A headline that reports an attack is the attack, whatever it says may follow.
    c('en', 'City council hit by cyber attack; services may be disrupted for days', 'The council confirmed that attackers encrypted its servers on Sunday and that online payments are unavailable.'),
    c('en', 'Hackers breach payroll provider, staff data may be exposed', 'The provider said intruders reached a file server holding employee records of several clients.'),
    c('en', 'Ransomware hits county hospital; patient records may have been stolen', 'The hospital said the attack encrypted its scheduling system and that it is investigating whether files were copied.'),
    // A family's headline that describes the one victim it hit, and trend words about one victim.
    c('en', 'New ransomware strain steals data from county hospital', 'The hospital said the attackers copied patient files before encrypting its servers.'),
    c('en', 'Hospital hit by more ransomware attacks', 'The hospital said a second attack encrypted its servers on Monday.'),
    c('en', 'Ransomware attack continues to hit city services', 'The city said its payment portal and library systems remain offline after the attack last week.'),
    // A named service telling its users to reset their passwords is a breach notice, not advice.
    c('en', 'Recipe forum: reset your passwords now', 'The forum said hackers breached its server last week and stole the user database, including email addresses and hashed passwords.'),
    // A headline that reports a theft of stored passwords is the attack, however they were stored.
    c('en', 'Hackers stole passwords the forum stored in plain text', 'The forum confirmed an intruder copied its user table, including unencrypted passwords, last week.'),
    c('en', 'Ransom gang goes after county servers, demands higher payout', 'The county confirmed attackers encrypted its servers on Friday and asked for twice the usual ransom.'),
    // A dated headline that reports an attack on a named victim stays an incident.
    c('en', 'Ransomware hits county hospital - June 3, 2024', 'The hospital said attackers encrypted its scheduling servers overnight and patients were sent elsewhere.'),
    // A count of people affected reports that it happened.
    c('en', 'Payroll phishing scam affects more than 3,000 staff at the university', 'Criminals posing as the HR office collected staff logins and changed bank details on the payroll system.'),
    c('en', '12,000 patients affected by clinic data breach', 'The clinic said an intruder copied appointment records from a file server in March.'),
    // Chinese criminal-law names of computer crimes and cryptojacking by an insider.
    c('zh', '某公司员工私自部署挖矿程序被查处', '网安部门侦破一起破坏计算机信息系统案，该员工利用职务便利在公司服务器上运行挖矿程序，造成网络异常。'),
    c('zh', '男子非法侵入计算机信息系统获刑三年', '法院审理查明，被告人多次登录某物流公司后台，导出客户数据出售。'),
    // An outage headline whose "fixed" is the recovery, not a patch.
    c('zh', '某邮箱出现大面积登录异常，官方回应：已修复', '周一上午，大量用户反映该邮箱无法登录，客户端提示服务器繁忙，官方称系统故障已修复。'),
    // What attacked may sit between 遭 and 攻击.
    c('zh', '某港口运营商遭俄罗斯黑客组织攻击，装卸作业停摆', '运营商确认，攻击者加密了码头管理系统，集装箱装卸作业一度停摆。'),
    // A past-tense attack predicate (入侵了, 窃取了) reports that it happened, even beside a count.
    c('zh', '某黑客团伙入侵了300家企业并窃取财务数据', '安全公司称，该团伙通过伪造的登录页面获取员工口令，已在多家企业的网络中部署窃密程序。'),
    c('zh', '新型勒索软件攻击某市医院，急诊系统瘫痪', '医院确认，攻击者加密了急诊和挂号系统，患者被转往附近医院。'),
    // Attackers who use a flaw or a means to a consequence (money taken, accounts drained or taken
    // over, data stolen, a service down) report the attack, in a headline's present tense too.
    c('en', 'Hackers leverage signalling flaws to drain customers’ bank accounts', 'The bank said criminals intercepted one-time codes sent by text and moved money out of dozens of accounts last month.'),
    c('en', 'Attackers exploit VPN bug to steal payroll records from county offices', 'The county said the intruders logged in through the unpatched gateway and copied the files over a weekend.'),
    c('en', 'Crooks empty pensioners’ savings accounts after porting their numbers', 'The lender said the fraudsters moved the victims’ phone numbers to new SIM cards and approved transfers with the codes.'),
    c('en', 'Zero-day used to steal $40 million from crypto lender', 'The lender paused withdrawals after the attacker moved the coins to a mixing service on Sunday.'),
    c('en', 'Gang uses fake browser updates to take over small shops’ websites', 'Shop owners found their storefronts redirecting buyers to a fake checkout page that collected card numbers.'),
    c('en', 'Attackers actively exploiting mail server flaw to knock council services offline', 'The council said residents could not reach its online services for two days while the servers were rebuilt.'),
    c('zh', '黑客利用信令协议漏洞盗走多名用户银行存款', '银行确认，犯罪分子截获了发往用户手机的验证码，并将账户中的存款转走。'),
    c('zh', '犯罪团伙利用支付系统缺陷转走客户资金3000万元', '警方通报，该团伙利用退款流程中的缺陷反复套取资金，已抓获嫌疑人6名。'),
    c('zh', '某交易所漏洞遭黑客利用，用户钱包被清空', '交易所确认，攻击者利用提币接口的缺陷转走了数百名用户的加密货币，已暂停充提服务。'),
    c('zh', '诈骗分子冒充客服骗走老人养老钱20万元', '警方表示，嫌疑人以退保为由诱导老人转账，目前案件正在侦办中。'),
    // Victims targeted in a named kind of attack: it happened to them.
    c('en', 'Regional banks targeted in watering hole attacks on a regulator’s website', 'Staff who visited the regulator’s compromised site downloaded a backdoor, the banks’ investigators said.'),
    // A patch or a fix told with the attack it came before or after is the attack's follow-up.
    c('en', 'Retailer had the fix for months before breach, auditors say', 'The auditors said the chain never installed the update that would have closed the hole the intruders used to copy card numbers.'),
    c('en', 'Payroll firm patches its portal after hack', 'The company said criminals logged in to the portal last week and changed the bank details of dozens of employees.'),
    // A system "under attack", whatever question the headline asks next.
    c('en', 'Ticket site under attack: Is your account one of those taken over?', 'The company said attackers logged in to thousands of customer accounts with reused passwords and bought tickets with stored cards.'),
    c('en', 'Phishing campaign targets bank customers; 500 accounts hacked', 'The bank said criminals used the stolen passwords to log in to 500 customer accounts last week and moved money out of some of them.'),
    // One victim described, in the headline or speaking in the lead, is a victim though unnamed.
    c('en', 'Logistics firm hit by new ransomware variant', 'The company said the malware encrypted its booking servers on Monday.'),
    c('en', 'Ransom attacks hit hundreds of servers at a regional hospital', 'Staff found their files replaced by a ransom note demanding bitcoin.'),
    c('en', 'New banking trojan drains accounts of pensioners', 'The bank said criminals used the trojan to move money out of 40 accounts last week.'),
    c('zh', '某医院数百台电脑遭勒索软件加密', '该医院表示，门诊系统已恢复，患者数据未泄露。'),
    // Follow-ups on a named outbreak are incidents, whatever question or flaw the headline holds.
    c('en', 'Was WannaCry an accident? Researchers weigh in', 'The ransomware outbreak hit hospitals and factories in May; some researchers now think it spread further than its authors intended.'),
    c('en', 'Who could be sued over NotPetya?', 'Lawyers say companies hit by the outbreak may turn to their insurers and to the software vendor whose update spread it.'),
    c('en', 'Spy agency warned software maker of the flaw months before WannaCry', 'The agency had found the bug years earlier and told the vendor only after its exploit was stolen.'),
    c('zh', '想哭勒索病毒背后的黑客被起诉', '美国司法部起诉了一名朝鲜程序员，指控他参与了想哭勒索病毒攻击。'),
    // A roundup of past attacks on named victims is an incident article (test/corpus/README.md).
    c('zh', '这些连锁酒店都曾遭黑客攻击', '某连锁酒店集团去年确认会员系统被入侵，约500万条住客记录被窃取；另一家酒店集团的预订系统曾遭勒索软件攻击，停运三天。'),
  ])('incident: $name', (k) => {
    const verdict = verdictOf(k.title, ...k.body);
    expect(verdict.isIncident, verdict.reasons.join(' | ')).toBe(true);
  });

  test.each([
    // Laws, bills, bans and regulations about incidents.
    c('en', 'Lawmakers back ban on ransom payments by public bodies', 'The legislation would forbid councils and hospitals from paying ransomware gangs and would oblige them to report attacks within 72 hours.'),
    c('zh', '《网络数据安全管理条例（草案）》提请审议', '草案规定，发生数据泄露等安全事件的，网络数据处理者应当在规定时间内向有关部门报告。'),
    c('zh', '欧盟通过新法：企业遭网络攻击须24小时内上报', '新法案要求关键行业的企业在发现网络攻击后24小时内向主管机构提交初步报告，违者将被罚款。'),
    c('en', 'Senate passes cyber incident reporting act after pipeline hack', 'The act would require operators of critical infrastructure to report cyberattacks within 72 hours and ransom payments within a day.'),
    c('zh', '某国立法禁止企业向勒索软件团伙支付赎金', '新法律要求遭受勒索软件攻击的企业在三天内向监管机构报告，违者将被处以罚款。'),
    // Commentary, how-to and training.
    c('en', 'Protect your accounts from “password reset” phishing', 'Check the sender, never follow a reset link you did not ask for, and turn on two-factor authentication.'),
    c('en', 'Spotting and avoiding tax refund scams this season', 'Scammers send messages that look like they come from the tax office; check the sender and never click the link.'),
    c('zh', '浅析勒索软件攻击的防御方法', '勒索软件攻击已成为企业面临的主要威胁之一，本文从备份、隔离和应急响应三个方面谈谈防御思路。'),
    c('zh', '网络安全实战培训课程开班：从钓鱼攻击到应急响应', '课程涵盖钓鱼邮件识别、入侵检测和勒索软件处置等内容，欢迎报名。'),
    c('en', 'Opinion: the ransomware crisis needs a policy answer', 'Every month another hospital is hit by ransomware; governments should stop treating each attack as a local problem.'),
    c('zh', '专访某安全公司CTO：勒索攻击防御要从备份做起', '在采访中，他谈到企业遭受勒索软件攻击后常见的误区，并建议定期演练数据恢复。'),
    c('zh', '《数据安全法》实施三周年：数据泄露事件仍高发', '三年来，监管部门查处了一批数据安全违法案件，但数据泄露事件仍时有发生。'),
    c('zh', '勒索攻击应急演练在某市举行', '演练模拟了医院信息系统遭勒索软件攻击后的处置流程，多家单位参加。'),
    c('en', 'Government proposes rules on ransom payments', 'Under the proposal, companies would have to report any ransomware payment to the national cyber agency.'),
    c('en', 'The week in ransomware: new gangs and old tricks', 'Several new ransomware gangs appeared this week while older ones changed their extortion tactics.'),
    // Market, funding and product news.
    c('zh', '某厂商发布新一代抗DDoS产品', '新产品可防御大流量DDoS攻击，已在多家运营商部署。'),
    // A flaw that could cause an outage, and its fix, is patch news whatever the outage words.
    c('zh', '某路由器漏洞可导致设备宕机，厂商已发布修复补丁', '攻击者可利用该漏洞发送特制数据包使设备崩溃，厂商建议用户尽快升级固件。'),
    c('en', 'Cybersecurity stocks rally after major breach', 'Shares of security vendors rose as investors bet on more spending after the breach at a large retailer.'),
    c('en', 'Ransomware protection market to reach $40 billion by 2030', 'Demand for backup and detection tools grows as attacks on hospitals and schools rise, analysts say.'),
    c('en', 'Security firm acquires phishing detection startup', 'The deal gives the company technology that flags phishing emails and compromised accounts, it said.'),
    c('zh', '某安全公司助力三甲医院防范勒索攻击', '该公司为医院部署了终端防护和数据备份方案，帮助其抵御勒索软件和黑客入侵。'),
    // Yearly statistics.
    c('en', 'Phishing attacks soar 300% in the first quarter', 'Security teams blocked three times as many phishing emails as a year earlier, the company said.'),
    c('zh', '去年数据泄露事件同比增长四成，医疗行业成重灾区', '统计显示，去年共发生数据泄露事件上千起，其中医疗机构占比最高。'),
    c('en', 'The biggest data breaches of the year so far', 'From a telecom giant to a hospital chain, these are the incidents that exposed the most records this year.'),
    c('en', 'What the file-transfer hack means for supply chains', 'The attack shows how one compromised vendor can expose hundreds of customers; here is how to prepare.'),
    c('zh', '医疗行业勒索攻击频发，专家呼吁加强备份', '近年来医院遭勒索软件攻击的事件屡见不鲜，专家建议医疗机构建立离线备份并定期演练。'),
    c('zh', '某银行成功拦截大规模DDoS攻击', '该行表示，其防护系统在数分钟内识别并清洗了攻击流量，各项业务未受影响。'),
    c('zh', '勒索攻击平均赎金飙升，企业该如何应对', '调查显示，勒索软件团伙索要的平均赎金较去年翻倍，专家建议企业加强备份。'),
    // Daily and weekly digests of several stories.
    c('en', 'Week in review: hospital ransomware, a VPN flaw and a botnet takedown', 'This week a ransomware attack hit a regional hospital, a vendor patched its VPN, and police took down a botnet.'),
    c('zh', '安全早报：某医院遭勒索攻击；某厂商发布补丁；新规出台', '今日要闻：某地医院遭勒索软件攻击，门诊系统中断；某厂商发布安全补丁；监管部门发布新规。'),
    // Threat research about a family, not an attack on someone.
    c('en', 'Old banking trojan is back with a new variant that steals passwords', 'Researchers say the variant injects code into browsers; it spreads through spam attachments.'),
    c('en', 'Why ransomware gangs prefer small councils', 'Small councils run old systems and have few security staff, which makes them easy targets for ransomware, experts say.'),
    c('en', 'Bank thwarts phishing attempts aimed at its staff', 'The bank’s filters stopped the emails before anyone opened them, and no account was affected.'),
    c('en', 'Invoice fraud attacks grow as crooks copy supplier emails', 'Criminals increasingly copy the style of real suppliers to trick finance staff into paying fake invoices.'),
    c('en', 'Mobile ransomware is a looming threat for banks', 'Analysts expect ransomware aimed at phones to spread as more people bank on their handsets.'),
    c('en', 'Point-of-sale malware gains new data-grabbing capabilities', 'The latest version of the malware collects more card data and hides its traffic better, the vendor’s analysts wrote.'),
    c('en', 'Bug crashes iPhones with a single text message, researchers find', 'The researchers found that a crafted message makes the messaging app crash; Apple is expected to fix the flaw in the next update.'),
    c('en', 'Smart TVs can be hijacked through a remote-control app, researchers show', 'In a demonstration the team took control of a television from the same network.'),
    c('zh', '某勒索软件家族的演进之路', '该家族最早出现于三年前，此后不断更新加密算法和传播方式，本文梳理其各版本的样本特征与检测方法。'),
    c('zh', '多国警方联合行动公布打击网络诈骗成果', '行动期间共抓获嫌疑人上千名，冻结涉案资金数亿元，捣毁多个诈骗窝点。'),
    c('zh', '针对工控网络后门攻击的检测与防御方法', '本文提出一种基于流量特征的检测方法，可在后门攻击发生前识别异常，实验表明其防御效果优于现有方案。'),
    // What could be stolen or hacked is research or advice, not a report that it was.
    c('zh', '智能手机中最容易被窃取的5种数据', '信息窃取木马通常瞄准浏览器密码、聊天记录和加密钱包，本文逐一介绍并给出防护建议。'),
    c('zh', '家用摄像头可被黑客远程劫持，研究人员演示攻击过程', '研究人员在实验室中演示了如何利用默认口令控制摄像头，并窃取视频画面。'),
    // Defence against an attack kind (anti-ransomware, 防勒索) is product or advice news.
    c('zh', '某厂商副总裁：“防”“反”并重，构建反勒索体系', '他表示，勒索软件攻击不断升级，企业遭勒索攻击后往往损失惨重，应当提前部署防护和备份。'),
    c('en', 'Vendor adds anti-ransomware module to its backup suite', 'The module watches for mass file encryption and rolls files back if a ransomware attack is detected.'),
    // Half-year and quarterly tallies are statistics.
    c('zh', '上半年加密货币被盗金额超10亿美元', '报告称，上半年共发生上百起盗币事件，钓鱼攻击和私钥泄露是主要原因。'),
    c('en', 'Crypto hacks cost investors $1 billion in the first half of the year', 'The figure covers dozens of thefts from exchanges and bridges, the analytics firm said.'),
    c('zh', '2022 Q1 加密钱包被盗情况分析', '本季度共收到数百份被盗表单，钓鱼签名和私钥泄露是主要原因，被盗总额较上季度有所下降。'),
    c('en', 'Wallet thefts in Q2 2024: phishing drains lead', 'Victims reported hundreds of drained wallets in the quarter, most through signed phishing approvals.'),
    // A campaign described by its lure, with no victim named: threat research or a warning.
    c('en', 'New banking trojan masquerades as a parcel tracking app', 'The app asks for accessibility permissions and then reads one-time passwords from text messages, the researchers said.'),
    c('zh', '钓鱼邮件伪装成税务通知，诱导用户下载木马', '安全团队监测到一批以“电子发票”为主题的钓鱼邮件，附件中的木马会窃取浏览器中保存的密码。'),
    c('zh', '风险提示：警惕冒充客服的退款诈骗', '近期有不法分子冒充电商客服，以退款为由诱导消费者转账，请广大用户提高警惕。'),
    // What could happen to exposed devices is vulnerability news, not an attack.
    c('en', 'Thousands of office printers potentially exposed to hijacking through an old protocol', 'Researchers counted the printers reachable from the internet; no attack using the protocol has been seen.'),
    c('en', 'Internet-facing baby monitors just waiting to be hacked', 'A scan found thousands of cameras that still use the default password, the researchers said.'),
    c('en', 'Smart locks are a burglar’s and a hacker’s dream, tests show', 'The testers opened four of ten locks from a laptop without touching the door.'),
    // Listicles, awareness pieces and debunked claims.
    c('en', 'Five of the most common delivery scams to be aware of this winter', 'Fake parcel texts and bogus customs fees lead the list; never pay a fee through a link in a message.'),
    c('en', 'Three types of fake antivirus and how they trick buyers', 'Scareware pop-ups, bogus scanners and fake subscriptions all push people to pay for nothing.'),
    c('en', 'Chat app says backdoor claim is bogus', 'The company said the reported weakness is a design choice and no messages were intercepted.'),
    c('en', 'The ransomware attacks on power grids that never happened', 'A vendor’s report of attacks on grid controllers turned out to describe a lab test.'),
    // Trends and tallies told by their share, rise or favourite target.
    c('en', 'Email attachments responsible for three-quarters of malware infections', 'Attachments carried most malicious files that the gateway vendor saw last year.'),
    c('en', 'File-sharing links the new favourite target of phishing gangs', 'Criminals increasingly send links to shared documents to get past email filters.'),
    c('en', 'Card fraud up as criminals move online', 'Losses to card-not-present fraud rose again last year while skimming at cash machines fell.'),
    c('en', 'Ransomware out, cryptojacking in', 'Criminals are swapping file encryption for hidden coin miners, which pay less but draw less attention.'),
    c('en', 'Mail filter blocked more than 2 million phishing attempts in a week', 'The vendor said most of the messages impersonated delivery companies.'),
    // Threat research told by what a family does or where it was found, and pieces on what to do.
    c('en', 'Banking trojan uses screen-reader features to empty accounts', 'The analysts say the trojan reads one-time codes from the screen and sends them to its operators.'),
    c('en', 'Fake flashlight app found on Google Play installs adware', 'The app was downloaded a few thousand times before the store removed it, the researchers said.'),
    c('en', 'The parcel-text worm: what happened and what to do', 'Texts with a tracking link spread from phone to phone last week; here is how to remove the malware and reset passwords.'),
    // A new kit, variant or technique is threat research, not an attack on someone.
    c('zh', '新型钓鱼工具包瞄准多国银行用户', '该工具包可自动生成仿冒银行的登录页面，并通过短信分发链接，研究人员在地下论坛发现了其售卖广告。'),
    c('zh', '某窃密木马卷土重来，新变种可绕过杀毒软件', '新变种改用加密的配置文件，并能窃取浏览器中保存的密码和加密钱包。'),
    // A count that a kind "affected" is a tally, unlike a count an attacker hacked (入侵了300家企业).
    c('zh', '勒索软件去年影响了300多家医院和学校', '统计显示，医疗和教育行业是勒索软件团伙最常瞄准的行业，平均赎金同比上涨。'),
    // A list told by "these" that names no attack is a listicle; a list of past attacks is not (above).
    c('zh', '这些上网习惯最容易让你的密码泄露', '使用弱口令、在多个网站重复使用同一密码、随意连接公共WiFi，都会增加账号被盗的风险。'),
    // What will happen is not a report that it did.
    c('en', 'Smart meters will be hacked within five years, engineers predict', 'Engineers at the conference said the meters’ radio links are weak and attackers will eventually abuse them.'),
    c('zh', '专家：未来三年家用路由器将遭大规模攻击', '专家认为，大量路由器仍在使用默认口令，攻击者将利用这些设备组建僵尸网络。'),
    // An allegation about a product is not a reported event.
    c('zh', '某国官方健康码应用被指是间谍软件', '专家称，该应用要求读取通讯录、定位和存储等大量权限，存在侵犯隐私的风险。'),
    // A flaw exploited in the wild, with no victim named, is vulnerability news.
    c('zh', '某防火墙又被黑：漏洞公开次日即遭在野利用', '安全公司监测到攻击者利用该漏洞在设备上执行命令，厂商建议用户尽快安装补丁。'),
    c('en', 'Firewall flaw actively exploited days after disclosure', 'Attackers are using the bug to run commands on exposed devices, and the vendor urged customers to patch.'),
    // What a flaw could be used for, or what attackers can do with it, is vulnerability news.
    c('en', 'Signalling flaws could be used to drain bank accounts, researchers warn', 'The researchers showed how intercepted one-time codes would let an attacker approve transfers.'),
    c('en', 'Attackers could exploit router bug to take over home networks', 'The vendor has released firmware that fixes the flaw and urged owners to update.'),
    c('zh', '攻击者可利用该漏洞窃取用户数据，厂商已发布补丁', '研究人员指出，未更新的设备存在风险，建议用户尽快升级到最新版本。'),
    c('zh', '研究人员：信令协议漏洞可被利用盗走银行存款', '研究人员演示了如何截获验证码并发起转账，运营商表示正在评估修复方案。'),
    // Tactics and tricks, a look inside an operation, a kit sold as a service, a threat that "is here": research.
    c('en', 'Phishing gangs’ latest tricks for getting past mail filters', 'The crooks now hide links in shared calendar invites and in QR codes inside attachments, the analysts found.'),
    c('en', 'Stealthy intrusion techniques keep defenders guessing', 'Attackers increasingly live off the land, using built-in admin tools instead of malware that scanners would flag.'),
    c('en', 'Leaked chat logs give insight into a ransomware crew’s negotiations', 'The logs show how the operators priced their demands and how often victims paid, the researchers wrote.'),
    c('en', 'For $99 a month, this phishing service hands crooks ready-made bank pages', 'The subscription includes hosting, templates of a dozen banks and a panel that collects the stolen passwords.'),
    c('en', 'Ransomware for smart fridges is here', 'The ransomware locks the fridge’s screen and demands a payment in bitcoin before the owner can change the temperature.'),
    c('zh', '勒索软件即服务门槛再降，新手也能发起攻击', '研究人员发现，地下论坛出售的勒索软件套件附带操作手册和分成方案，购买者无需编程能力。'),
    c('en', 'Clipboard attack uses a signed system tool to hijack crypto payments', 'The technique swaps copied wallet addresses for the attacker’s own; the researchers reported it to the vendor.'),
    c('en', 'Spammers revive an old banking trojan with fresh invoice lures', 'The emails carry macros that download the trojan, which steals banking passwords from infected machines, the analysts said.'),
    // A picture gallery or a video of threats is no report of an attack.
    c('en', 'Gallery: the busiest underground markets for stolen logins', 'Slides show the forums where criminals trade stolen passwords and hacked accounts, with their prices.'),
    c('en', 'Hacked smart bulbs and the DDoS botnets they feed (Watch - Video)', 'A short clip on how hackers pool home devices into botnets that launch DDoS attacks.'),
    // Researchers or users racing to crack or rebuild a product are no attack on a victim, whatever the headline calls it.
    c('zh', '某大模型拒绝开源，服务器被黑？各地开发者竞相破解', '由于该模型只提供在线服务，不少开发者尝试通过接口推测其结构，并发布了开源的复刻版本。'),
    c('en', 'Closed chatbot model hacked? Hobbyists race to reverse-engineer it', 'Hobbyists probed the public service to work out how the model was built and shared their open rebuilds.'),
    // A campaign told by the group it targets, with no named victim and no counted compromise: a report.
    c('en', 'Phishing campaign targets hotel guests with fake booking confirmations', 'The emails ask recipients to confirm their card details on a page that imitates a booking site, the analysts said.'),
    c('en', 'Tax-refund scams are now targeting pensioners', 'Texts promise a refund and link to a form that asks for bank details; the tax office never sends such messages.'),
    c('en', 'Extortionists target small online shops with threats of DDoS', 'The emails demand a payment in bitcoin and threaten to flood the shop with traffic during its busiest week.'),
    // Malware spread by a lure, or presented as the newest of its kind: threat research.
    c('en', 'Fake parcel invoice spreads banking trojan', 'The attachment runs a macro that downloads the trojan, which steals online banking passwords, the researchers said.'),
    c('en', 'Vortex is the new Android ransomware sold on crime forums', 'The ransomware locks the screen and asks for a payment in gift cards; the researchers found it advertised for $200.'),
    // Commentary on attribution or a lesson drawn from an attack, and an attack that may never have happened.
    c('en', 'A lesson on the perils of blaming a country for a hack', 'Code reuse and false flags make it easy to point at the wrong government, the author argues.'),
    c('en', 'The power-grid intrusion that may never have happened', 'The original report relied on a single anonymous source, and the utility says its logs show no sign of a break-in.'),
    // A botnet that gets a new version, a leak that leads to a new variation: research; an alleged backdoor: an allegation.
    c('en', 'Old IoT botnet gets a Linux version to widen its reach', 'The new build infects exposed routers, turns them into bots and launches DDoS attacks from them with the original malware’s command servers, the analysts found.'),
    c('en', 'Messaging app and critics spar over alleged backdoor in its encryption', 'Cryptographers say the key-change behaviour is a design choice; the company says no messages were ever read.'),
    c('en', 'Phishing scam targets payroll deposits of school staff', 'The phishing emails ask teachers to update their direct deposit details on a fake HR page that steals their logins; the scam has reached staff at several schools, the district warned.'),
    // Costs and tallies of a kind, and commentary that draws a lesson from an attack, in both languages.
    c('en', 'Data breaches cost companies $4.5 million on average', 'The yearly study of 550 breached organisations found that detection took 200 days on average.'),
    c('en', 'What the pipeline hack teaches us about critical infrastructure', 'Operators should separate office and control networks, the columnist writes, and rehearse manual operation.'),
    c('zh', '从某医院遭勒索事件看医疗行业数据安全', '此次事件暴露出医疗机构在备份和权限管理上的短板，本文从三个方面谈谈如何加强防护。'),
    c('zh', '某医院遭勒索攻击事件带来的启示', '这起事件提醒我们，备份和网络隔离是应对勒索软件的关键，医疗机构应从中吸取教训。'),
    c('zh', '关于勒索软件，你需要知道的五件事', '勒索软件通常通过钓鱼邮件传播，企业应做好离线备份并定期演练。'),
    c('en', 'Phishing kit targets customers of ten European banks', 'The kit imitates the banks’ login pages and sends the stolen passwords to a chat channel, researchers said.'),
    c('zh', '某钓鱼团伙瞄准多国银行客户', '研究人员发现该团伙制作了仿冒十家银行的登录页面，通过短信分发链接。'),
    // A flaw "under attack" is vulnerability news, not an attack on a victim.
    c('en', 'Web framework bug under attack, patch now', 'Attackers are scanning for servers that run the vulnerable version; the maintainers released a fix on Monday.'),
    // A question is commentary even when the site's name follows it.
    c('en', 'After the ransomware attack, who pays for the cleanup? - The Daily Ledger', 'Insurers, vendors and the hospital itself all point at each other after the attack on the hospital last month.'),
    // A wave on counted or unnamed systems, a kit for sale, apps found stealing, research or a campaign
    // whose headline also reports an attack: no victim named, so a report (test/corpus/README.md).
    c('en', 'Ransom attacks have now hit hundreds of exposed database servers', 'Administrators found their tables replaced by a ransom note demanding bitcoin for the return of the data.'),
    c('en', 'Thousands of blogs defaced over a single weekend', 'Attackers used a plugin flaw to replace the home pages with political slogans, researchers said.'),
    c('en', 'Banks around the world infected with memory-only malware', 'Researchers said the attackers hid their code in memory and used system tools to move through the networks.'),
    c('en', 'Phishing kits sold on dark web forums for as little as $50', 'The kits copy the login pages of popular banks and send stolen passwords to the buyer by email.'),
    c('en', 'New ransomware strain hits home users across Europe', 'Researchers said the malware encrypts photos and documents and asks for a payment in bitcoin.'),
    c('en', 'Flashlight apps caught stealing banking passwords', 'Researchers found that the apps showed fake login screens over banking apps and sent what users typed to a remote server.'),
    c('zh', '钓鱼工具包在暗网论坛出售，售价仅50美元', '该工具包可仿冒多家银行的登录页面，并把窃取的密码发送给购买者。'),
    c('zh', '黑客入侵数千台摄像头', '研究人员称，攻击者利用默认口令控制了这些设备，用于发动DDoS攻击。'),
    c('zh', '多款手电筒应用窃取用户银行密码', '研究人员发现，这些应用会在银行应用上方显示伪造的登录界面，并把用户输入的内容发送到远程服务器。'),
    // A scam that uses an outbreak's name as its lure, and a new variant of an outbreak's family.
    c('en', 'Fake WannaCry fix emails spread banking trojan', 'The emails promise a patch against the ransomware but install a trojan that steals online banking passwords.'),
    c('en', 'New WannaCry variant surfaces', 'Researchers said the variant lacks the kill switch of the original ransomware.'),
    // What could, may or will happen, or what people fear, is no event (hypothetical).
    c('en', 'Leaked customer list could turn into a wave of phone scams', 'Criminals who bought the list may call customers pretending to be their bank, researchers warned.'),
    c('en', 'Insurers fear a wave of ransomware claims from small firms', 'Underwriters say ransomware is now the most expensive kind of claim and that premiums will rise.'),
    c('en', 'The first big grid attack will happen within five years, experts say', 'Engineers at the conference said utilities still run old control systems that attackers have studied for years.'),
    // Threat research, a campaign or a trend in the headline, with no victim named anywhere: the
    // body's attack words describe what the threat does, and do not outvote the headline.
    c(
      'en',
      'New banking trojan variant spotted by researchers',
      'The trojan steals passwords, hijacks sessions and drains accounts once it infects a phone.',
      'Attackers spread it with fake delivery texts; infected phones send stolen data to the attackers, who then steal money and hack more accounts.',
      'The ransomware module encrypts files and the malware infects contacts, the researchers said of the hacked devices they studied.',
    ),
    c(
      'en',
      'Fake invoice emails are now targeting small business owners',
      'The emails carry a trojan that steals banking passwords; infected machines were hacked and data was stolen and leaked in earlier campaigns.',
      'Phishing of this kind hits thousands of inboxes a day and the malware steals credentials from browsers.',
    ),
    // Trends, families, groups and warnings to a population, with no victim named.
    c('en', 'Retailers hit by more gift-card fraud this winter', 'Shops reported that criminals used stolen cards to buy gift cards in bulk, a trade group said.'),
    c('en', 'Card skimming continues to plague small online shops', 'Attackers inject skimming code into checkout pages and steal card numbers, researchers said.'),
    c('en', 'New Android malware steals banking passwords', 'The trojan shows fake login screens over banking apps and sends what users type to its operators.'),
    c('en', 'Espionage group uses cloud storage to hide stolen files', 'The attackers upload documents they steal to a public cloud service, researchers said.'),
    c('en', 'Holiday delivery scams spread fast among friends', 'The messages promise a parcel and ask for a small fee; people forward them to their contacts.'),
    c('en', 'Energy industry under attack from ransomware gangs', 'Gangs encrypt systems and steal data, and the sector is a favourite target, analysts said.'),
    c('en', 'Parents warned about fake school-fee emails', 'The emails ask parents to pay fees to a new bank account and steal card numbers on a fake page.'),
    // A product that keeps passwords in clear text (vulnerability), a ranking of countries (report),
    // a population hit with scam messages (campaign).
    c('en', 'Smart thermostat app stores Wi-Fi passwords in plain text', 'Researchers found the app saves the home network password unencrypted on the phone; the vendor released an update.'),
    c('en', 'Finland found to be the most prepared country for ransomware', 'The study ranked thirty countries by how quickly their hospitals and councils recover from attacks.'),
    c('en', 'Pensioners bombarded with fake energy-rebate texts', 'The texts link to a page that asks for card details to pay a rebate; scammers steal the numbers.'),
    c('en', 'Ransom gangs go after exposed search servers', 'Attackers wipe the indexes of servers left open to the internet and leave a note asking for bitcoin.'),
    c('en', 'Ransomware crews now demanding higher payouts', 'Negotiators say the average demand doubled this year as gangs steal data before they encrypt it.'),
    // A dated write-up of a phishing or malware sample (a blog's diary of what reached its traps).
    c('en', 'Invoice phishing email - June 3, 2024', 'Today our honeypot received an email with a fake invoice; the link leads to a page that steals Microsoft 365 passwords.'),
    // A write-up of a testing technique, with its research-only disclaimer, is how-to.
    c('zh', '利用文件上传功能获取服务器权限', '声明：文中涉及的方法仅供安全研究与学习之用，请勿用于非法用途。当攻击者能够上传任意文件时，就会发生未经授权的代码执行。下面介绍一次测试中的发现过程。'),
  ])('not an incident: $name', (k) => {
    const verdict = verdictOf(k.title, ...k.body);
    expect(verdict.isIncident, verdict.reasons.join(' | ')).toBe(false);
  });

  // What a headline's shape says, read on the headline alone (own headlines).
  test.each([
    { title: 'Phishing campaign targets hotel guests with fake booking confirmations', nearMiss: 'campaign' },
    { title: 'Tax-refund scams are now targeting pensioners', nearMiss: 'campaign' },
    { title: 'Extortionists target small online shops with threats of DDoS', nearMiss: 'campaign' },
    { title: 'Fake shopping sites targeting holiday buyers with card skimmers', nearMiss: 'campaign' },
    { title: 'Phishing scam targets payroll deposits of school staff', nearMiss: 'campaign' },
    { title: 'Fake parcel invoice spreads banking trojan', nearMiss: 'research' },
    { title: 'Banking trojan now spreads through fake tax invoices', nearMiss: 'research' },
    { title: 'Fake security update email installs ransomware', nearMiss: 'research' },
    { title: 'Vortex is the new Android ransomware sold on crime forums', nearMiss: 'research' },
    { title: 'Old IoT botnet gets a Linux version to widen its reach', nearMiss: 'research' },
    { title: 'Leaked source code leads to new variations of a banking trojan', nearMiss: 'research' },
    { title: 'A lesson on the perils of blaming a country for a hack', nearMiss: 'opinion' },
    { title: 'The power-grid intrusion that may never have happened', nearMiss: 'opinion' },
    { title: 'Messaging app and critics spar over alleged backdoor in its encryption', nearMiss: 'allegation' },
    { title: 'Web framework bug under attack, patch now', nearMiss: 'exploited-flaw' },
    { title: 'Phishing kit targets customers of ten European banks', nearMiss: 'campaign' },
    { title: 'Vendor warns of new ransomware campaign aimed at hospitals', nearMiss: 'campaign' },
    { title: '某钓鱼团伙瞄准多国银行客户', nearMiss: 'campaign' },
    { title: 'Data breaches cost companies $4.5 million on average', nearMiss: 'report' },
    { title: 'Hospital ransomware attacks: a timeline of the year', nearMiss: 'report' },
    { title: 'What the pipeline hack teaches us about critical infrastructure', nearMiss: 'opinion' },
    { title: '从某医院遭勒索事件看医疗行业数据安全', nearMiss: 'opinion' },
    { title: '某医院遭勒索攻击事件带来的启示', nearMiss: 'opinion' },
    { title: '关于勒索软件，你需要知道的五件事', nearMiss: 'opinion' },
    { title: 'Leaked customer list could turn into a wave of phone scams', nearMiss: 'hypothetical' },
    { title: 'Old router flaw could be used to hijack home networks', nearMiss: 'hypothetical' },
    { title: 'Insurers fear a wave of ransomware claims', nearMiss: 'hypothetical' },
    { title: 'The first big grid attack will happen within five years', nearMiss: 'hypothetical' },
    { title: 'How to reset your password safely', nearMiss: 'opinion' },
    { title: 'Is your smart speaker listening to you?', nearMiss: 'opinion' },
    { title: 'Invoice phishing email - June 3, 2024', nearMiss: 'research' },
    { title: 'Loader malspam with ransomware from Tuesday 2024-06-04', nearMiss: 'research' },
    { title: 'Smart thermostat app stores Wi-Fi passwords in plain text', nearMiss: 'vulnerability' },
    { title: 'Finland found to be the most prepared country for ransomware', nearMiss: 'report' },
    { title: 'Pensioners bombarded with fake energy-rebate texts', nearMiss: 'campaign' },
    { title: 'Streaming subscribers targeted by scam email', nearMiss: 'campaign' },
    { title: 'Ransomware crews now demanding higher payouts', nearMiss: 'report' },
    { title: 'Retailers hit by more gift-card fraud this winter', nearMiss: 'report' },
    { title: 'Card skimming continues to plague small online shops', nearMiss: 'report' },
    { title: 'Ransomware attacks continue to rise in the public sector', nearMiss: 'report' },
    { title: 'New Android malware steals banking passwords', nearMiss: 'research' },
    { title: 'New ransomware used for double extortion', nearMiss: 'research' },
    { title: 'Espionage group uses cloud storage to hide stolen files', nearMiss: 'research' },
    { title: 'Holiday delivery scams spread fast among friends', nearMiss: 'research' },
    { title: 'Parents warned about fake school-fee emails', nearMiss: 'campaign' },
  ])('headline near miss: $title → $nearMiss', ({ title, nearMiss }) => {
    expect([...extractTitleFeatures(title).titleNearMiss.keys()]).toContain(nearMiss);
  });

  // Near misses that hold only without a named victim, read on the headline alone (own headlines).
  test.each([
    { title: 'Hundreds of MySQL databases wiped in ransom attacks', nearMiss: 'wave' },
    { title: '67,000 websites defaced in a week', nearMiss: 'wave' },
    { title: 'Retailers across the globe hit by card-skimming malware', nearMiss: 'wave' },
    { title: 'Ransomware builder offered on underground forums', nearMiss: 'sale' },
    { title: 'Banking trojan kit goes for $500 a month', nearMiss: 'sale' },
    { title: 'Weather apps secretly harvest users’ contacts', nearMiss: 'research' },
    { title: 'Spyware found in dozens of keyboard apps', nearMiss: 'research' },
    { title: 'New ransomware strain hits home users', nearMiss: 'research' },
    { title: '黑客组织在论坛兜售勒索软件', nearMiss: 'sale' },
    { title: '上万台路由器遭僵尸网络控制', nearMiss: 'wave' },
    { title: '间谍软件混入应用商店，下载量超百万', nearMiss: 'research' },
    { title: 'Attackers wipe exposed databases, demand bitcoin', nearMiss: 'wave' },
    { title: 'Ransom gangs go after exposed search servers', nearMiss: 'wave' },
    { title: 'Blogs defaced in mass attack', nearMiss: 'wave' },
    { title: 'Rogue games on the app store stole players’ passwords', nearMiss: 'research' },
    { title: 'How a colleague of mine nearly got phished', nearMiss: 'opinion' },
    { title: 'My neighbour fell for a parcel scam', nearMiss: 'opinion' },
    { title: 'Energy industry under attack from ransomware gangs', nearMiss: 'campaign' },
  ])('near miss without a named victim: $title → $nearMiss', ({ title, nearMiss }) => {
    const f = extractTitleFeatures(title);
    expect([...f.titleUnnamedNearMiss.keys()]).toContain(nearMiss);
    expect(f.titleSingleVictim).toBe(false);
  });

  test.each([
    { title: 'Hundreds of servers at a county school district wiped', single: true },
    { title: 'Police department loses years of evidence to ransomware', single: true },
    { title: 'Ransomware steals data from Texas police department', single: true },
    { title: 'Banks around the world hit with fileless malware', single: false },
    { title: 'Phishing scam targets bank customers', single: false },
    { title: 'Massive DDoS attack knocks bank offline', single: true },
    { title: '一家物流公司遭勒索软件攻击', single: true },
    { title: 'Crypto exchange halts withdrawals after hot wallet hack', single: true },
  ])('headline describes one victim: $title → $single', ({ title, single }) => {
    expect(extractTitleFeatures(title).titleSingleVictim).toBe(single);
  });

  test('a named victim keeps a wave, a kit or a variant headline an incident; its absence makes it a report', () => {
    const title = 'New ransomware strain hits hundreds of servers';
    const text = `${title}\nThe malware encrypted files on the servers over the weekend and asked for bitcoin.`;
    const victim: Fact = { category: 'organization', text: 'Acme Freight', start: 0, end: 12, value: 'Acme Freight' };
    expect(classifyIncident({ title, text, lang: 'en' }).isIncident).toBe(false);
    const named = classifyIncident({ title, text, lang: 'en', facts: [victim] });
    expect(named.isIncident).toBe(true);
    const unnamed = classifyIncident({ title, text, lang: 'en' });
    expect(unnamed.reasons.some((r) => r.startsWith('title looks like a near miss, and no victim is named'))).toBe(true);
  });

  test('a named victim is an organisation with a victim role, not one selected on a cue alone', () => {
    const title = 'Banking trojan kit offered on underground forums';
    const text = `${title}\nThe sellers say the kit copies the login pages of popular banks and sends what users type to the buyer.`;
    const withEvidence = (evidence: string | undefined): Fact => ({
      category: 'organization', text: 'Northbank', start: 0, end: 9, value: 'Northbank', ...(evidence === undefined ? {} : { attrs: { evidence } }),
    });
    expect(extractIncidentFeatures({ title, text, lang: 'en', facts: [withEvidence('victim cue ×1')] }).victimsWithRole).toBe(0);
    expect(extractIncidentFeatures({ title, text, lang: 'en', facts: [withEvidence('victim role: object of “breached”')] }).victimsWithRole).toBe(1);
    expect(extractIncidentFeatures({ title, text, lang: 'en', facts: [withEvidence('victim cue ×1; headline: victim role')] }).victimsWithRole).toBe(1);
    // Without evidence (the content script's screen assumes a victim) the organisation counts.
    expect(extractIncidentFeatures({ title, text, lang: 'en', facts: [withEvidence(undefined)] }).victimsWithRole).toBe(1);
  });

  test('a headline about a family or campaign is decisive without a named victim; a victim with a role lifts it', () => {
    const scoreWithRole = (title: string, body: string, role: boolean) => {
      const text = `${title}\n${body}`;
      const victim: Fact = { category: 'organization', text: 'Harbor Credit Union', start: 0, end: 19, value: 'Harbor Credit Union', attrs: { evidence: role ? 'victim role: object of “infected”' : 'victim cue ×1' } };
      return scoreFeatures(extractIncidentFeatures({ title, text, lang: 'en', facts: [victim] }));
    };
    const body = 'The trojan infected payment servers and stole card data; attackers hacked the servers in March and leaked the stolen data.';
    for (const title of ['New banking trojan variant spotted by researchers', 'Fake invoice emails are now targeting small business owners']) {
      expect(scoreWithRole(title, body, true) - scoreWithRole(title, body, false), title).toBeCloseTo(3);
    }
    // Other near misses (a flaw, a law) keep their weight whether or not a victim is named.
    for (const title of ['Router maker patches critical flaw in firmware', 'Parliament passes bill on breach reporting']) {
      expect(scoreWithRole(title, body, true) - scoreWithRole(title, body, false), title).toBeCloseTo(0);
    }
  });

  test('an English trend headline is decisive beside a named example; one described victim, or Chinese, lets the body decide', () => {
    const victim: Fact = { category: 'organization', text: 'Northgrid Power', start: 0, end: 15, value: 'Northgrid Power', attrs: { evidence: 'victim role: object of “hit”' } };
    const body = 'Attackers hit Northgrid Power last month and stole engineering files; the breach at the utility was confirmed by the company, which said hackers encrypted servers.';
    const trendWeight = (title: string) => {
      const f = extractIncidentFeatures({ title, text: `${title}\n${body}`, lang: 'en', facts: [victim] });
      return scoreFeatures({ ...f, lang: 'zh' }) - scoreFeatures(f);
    };
    expect(trendWeight('Hackers increase attacks on energy sector computers')).toBeCloseTo(3);
    expect(classifyIncident({ title: 'Hackers increase attacks on energy sector computers', text: `Hackers increase attacks on energy sector computers\n${body}`, lang: 'en', facts: [victim] }).isIncident).toBe(false);
    // A headline that describes its one victim is that victim's story, whatever figure it quotes.
    expect(trendWeight('Utility says 40% of systems restored after ransomware attack')).toBeCloseTo(0);
    // Chinese report cues (损失超) also head one victim's incident: the rule is English only.
    const zh = classifyIncident({ title: '这家电力公司因网络攻击损失超4000万元', text: '这家电力公司因网络攻击损失超4000万元\n该公司确认，黑客上月入侵其网络，加密了服务器并窃取了工程文件，业务中断三天。', lang: 'zh', facts: [victim] });
    expect(zh.isIncident).toBe(true);
  });

  test('the screen stays an upper bound: a campaign headline with no victim is still worth the engine', () => {
    const title = 'New ransomware strain hits home users across Europe';
    const text = `${title}\nResearchers said the malware encrypts photos and documents and asks for a payment in bitcoin.`;
    expect(couldBeIncident({ title, text })).toBe(true);
    expect(classifyIncident({ title, text, lang: 'en' }).isIncident).toBe(false);
  });

  test('a gang that claims what it stole, or extorts a named victim for a sum, reports an event', () => {
    expect(extractTitleFeatures('Vexa团伙公开勒索北湖银行，称窃取33TB数据').titleEvent).not.toBeNull();
    expect(extractTitleFeatures('勒索团伙勒索北湖银行500万美元').titleEvent).not.toBeNull();
    // An expert's 称 with no clause of its own, and a ransom demanded of nobody in particular, report nothing.
    expect(extractTitleFeatures('专家称窃取数据的风险很高').titleEvent).toBeNull();
    expect(extractTitleFeatures('勒索软件平均赎金达到150万美元').titleEvent).toBeNull();
  });

  test("a count of those one incident reached is its reach, not a statistic; a count of those attacked stays one", () => {
    expect(extractTitleFeatures('北湖数据中心遭勒索攻击：服务中断数天 超210个政府机构被波及').titleNearMissHits).toBe(0);
    expect(extractTitleFeatures('云帆云平台故障，300多家企业受影响').titleNearMissHits).toBe(0);
    expect(extractTitleFeatures('今年超200家企业遭勒索攻击').titleNearMissHits).toBe(1);
  });

  test('a named outbreak is the headline subject and kind', () => {
    const f = extractTitleFeatures('Was WannaCry an accident?');
    expect(f.titleOutbreak?.text).toBe('WannaCry');
    expect(f.titleKinds.has('ransomware')).toBe(true);
    expect(f.titleNearMissHits).toBe(0);
    // As a scam's lure it is no subject.
    expect(extractTitleFeatures('WannaCry phishing scam hits inboxes').titleOutbreak).toBeNull();
  });

  // A named victim hit by the campaign is no campaign told by its targets; an attack that "targets" one victim reports it.
  test.each([
    { title: 'Cyber attack targets regional water utility; company refuses to pay ransom', event: false },
    { title: 'Payroll firm patches its portal after hack', event: true },
    { title: 'Retailer had the fix for months before breach, auditors say', event: true },
    { title: 'Ticket site under attack: Is your account one of those taken over?', event: true },
    // A campaign whose headline also counts what it compromised reports the attack.
    { title: 'Phishing campaign targets bank customers; 500 accounts hacked', event: true },
    { title: '某票务平台遭撞库攻击：你的账号还安全吗？', event: true },
  ])('headline reports an attack, no near miss: $title', ({ title, event }) => {
    const f = extractTitleFeatures(title);
    expect(f.titleKinds.size).toBeGreaterThan(0);
    expect(f.titleEvent !== null).toBe(event);
    expect([...f.titleNearMiss.keys()]).toEqual([]);
  });

  test.each([
    { sentence: 'Two men were arrested and later charged over the attack on the port.', events: true },
    { sentence: 'She pleaded guilty to stealing the customer list.', events: true },
    { sentence: 'The vendor blamed a faulty update for the crash.', events: true },
    { sentence: 'The bank charges customers a monthly fee for every transfer.', events: false },
    { sentence: '两名嫌疑人已被警方逮捕，并以非法入侵计算机系统罪被起诉。', events: true },
    { sentence: '据该公司通报，一次配置变更导致该平台大面积故障，持续约三个小时。', events: true },
    { sentence: '研究人员指出，该漏洞可导致服务器被远程控制，目前厂商已发布补丁。', events: false },
    { sentence: '这类设备容易被黑，研究人员建议用户尽快修改默认口令并关闭远程访问。', events: false },
    { sentence: '该公司官网周一被黑，首页被篡改成一段嘲讽信息，技术人员正在恢复。', events: true },
    { sentence: '据悉，攻击者在周末入侵了该公司的邮件服务器，并拿走了部分合同文件。', events: true },
    { sentence: 'Over the weekend hackers broke into the mail server and copied several contracts.', events: true },
    { sentence: 'Attackers often use fake login pages to collect passwords from staff.', events: false },
    { sentence: 'The group says it has now hit three regional water utilities this spring.', events: true },
    { sentence: '该市图书馆因勒索软件攻击中断借阅服务，预计周末恢复。', events: true },
    { sentence: '该公司已就此次数据泄露事件展开调查，并通知了受影响的用户。', events: true },
    { sentence: '若因网络攻击中断业务，企业应立即启动应急预案。', events: false },
    { sentence: 'Criminals have long used fake invoices to fool finance teams.', events: false },
    // The headline's present tense is no event in a body, where it says what attackers generally do.
    { sentence: 'Criminals use fake login pages to steal passwords from bank customers.', events: false },
    { sentence: '黑客善于利用各种手段盗取用户账号，常见的套路如下。', events: false },
    { sentence: '开启双重验证可以避免密码泄露后账号被接管。', events: false },
    { sentence: 'Police detained the two administrators of the forum and seized its servers.', events: true },
    { sentence: '警方捣毁一个倒卖个人信息的窝点，查获手机和电脑数十部。', events: true },
    { sentence: '通报称，该公司因泄露用户数据一事被网信部门处罚，并责令限期整改。', events: true },
    { sentence: '根据新规定，一旦发生数据泄露，企业应在72小时内向主管部门报告。', events: false },
    { sentence: '当接口的权限校验配置不当时，就会发生越权访问，读取其他用户的订单。', events: false },
    { sentence: '据该公司通报，上周该平台发生了一起数据泄露事件，部分用户的手机号被泄露。', events: true },
  ])('event cue: $sentence → $events', ({ sentence, events }) => {
    expect(extractIncidentFeatures({ title: '', text: sentence, lang: 'und' }).bodyEvents > 0).toBe(events);
  });

  test.each([
    { sentence: 'A disgruntled former administrator wiped the backups before he left.', has: ['intrusion', 'malware'], lacks: [] },
    { sentence: 'Thousands of users saw blue screens after the botched update.', has: ['outage'], lacks: [] },
    { sentence: 'The gang threatened to publish the files and blackmailed the owner.', has: ['breach'], lacks: ['ransomware'] },
    { sentence: 'The school board discussed the update to its attendance policy.', has: [], lacks: ['outage'] },
    { sentence: '心怀不满的前员工在离职后恶意破坏了公司的生产系统。', has: ['intrusion'], lacks: [] },
    { sentence: '网友调侃是程序员删库跑路了，官方随后辟谣。', has: [], lacks: ['intrusion'] },
    { sentence: '安全研究人员发现，该公司数据库未设密码，上亿条用户记录在网上裸奔长达数月。', has: ['breach'], lacks: [] },
    { sentence: '该银行的核心系统升级后引发大面积故障，部分网点的电脑出现蓝屏，业务暂停。', has: ['outage'], lacks: [] },
    // Money or wallets taken are fraud; credentials taken are not.
    { sentence: '据交易所通报，攻击者在周末清空了多名用户的钱包，并转走约200万元。', has: ['fraud'], lacks: [] },
    { sentence: '研究人员称，该银行木马在过去半年里盗取了上万份网银账户凭证。', has: [], lacks: ['fraud'] },
    { sentence: 'The crooks drained the pensioners’ bank accounts within hours.', has: ['fraud'], lacks: [] },
    { sentence: 'The malware is designed to steal passwords from browsers.', has: [], lacks: ['breach'] },
  ])('kind cue: $sentence', ({ sentence, has, lacks }) => {
    const kinds = Object.fromEntries(extractIncidentFeatures({ title: '', text: sentence, lang: 'und' }).bodyKinds);
    for (const kind of has) expect(kinds[kind], kind).toBeGreaterThan(0);
    for (const kind of lacks) expect(kinds[kind], kind).toBeUndefined();
  });

  test('a named malware family or gang raises the score and marks the text as security news', () => {
    const malware: Fact = { category: 'malware', text: 'Emotet', start: 0, end: 6, value: 'Emotet' };
    const title = 'Logistics firm hit by Emotet malware, mail servers offline';
    const text = `${title}\nThe logistics firm said its mail servers sent thousands of messages overnight and were taken offline on Monday.`;
    const plain = classifyIncident({ title, text, lang: 'en' });
    const named = classifyIncident({ title, text, lang: 'en', facts: [malware] });
    expect(named.score).toBeGreaterThan(plain.score);
    expect(named.reasons).toContain('names 1 malware or threat-actor mention(s)');
    // Without a single security word the page reads as general news, unless a family is named.
    const quiet = { title: 'Emotet in the mail room', text: 'Emotet in the mail room\nThe firm said its mail servers sent thousands of messages overnight.', lang: 'en' };
    expect(extractIncidentFeatures(quiet).security).toBe(0);
    expect(extractIncidentFeatures({ ...quiet, facts: [malware] }).threats).toBe(1);
    expect(classifyIncident({ ...quiet, facts: [malware] }).reasons).not.toContain('no security vocabulary: general news');
    expect(classifyIncident(quiet).reasons).toContain('no security vocabulary: general news');
  });
});

/**
 * Kinds are those of the incident the article is about (own sentences): the headline's, the
 * lead's when the headline names none, and a kind the body keeps returning to; not every attack
 * word in a background paragraph.
 */
describe('incident kinds', () => {
  const kindsOf = (title: string, ...body: string[]) => classifyIncident({ title, text: [title, ...body].join('\n'), lang: 'und' }).kinds;
  const background = (sentence: string, times: number) => Array.from({ length: times }, (_, i) => `${sentence} (${i + 1})`);

  test.each([
    {
      name: 'a ransomware family is the malware: no separate malware kind',
      title: 'Hospital chain hit by ransomware attack',
      body: ['The hospital chain said on Monday that a ransomware attack encrypted its servers.', ...background('The malware spread from one infected server to the backup system, a malware analyst said.', 3)],
      has: ['ransomware'],
      lacks: ['malware'],
    },
    {
      name: 'one DDoS word among many breach words is background',
      title: 'Insurer confirms data breach affecting 2 million customers',
      body: [
        'The insurer confirmed that hackers stole customer data from its claims database.',
        ...background('The stolen data included names, policy numbers and leaked medical claims, the breach notice said.', 8),
        'Last year the company was also briefly hit by a DDoS attack on its website, in an unrelated incident.',
      ],
      has: ['breach'],
      lacks: ['ddos'],
    },
    {
      name: 'a headline that is a quote: the lead names the kind',
      title: '“We will not pay”: city mayor speaks after weekend attack',
      body: ['The city was hit by a ransomware attack on Saturday that encrypted servers at the town hall, the mayor confirmed.', 'Council staff are working with police.'],
      has: ['ransomware'],
      lacks: [],
    },
    {
      name: 'zh: 勒索软件是恶意软件本身',
      title: '某市医院遭勒索软件攻击',
      body: ['该医院周一确认遭勒索软件攻击，多台服务器被加密。', ...background('调查人员称，恶意软件从一台感染的服务器扩散到备份系统，该恶意软件已被清除。', 3)],
      has: ['ransomware'],
      lacks: ['malware'],
    },
    {
      name: 'zh: 背景段落中一次提到的DDoS不是本次事件的类型',
      title: '某保险公司确认数据泄露，200万客户受影响',
      body: [
        '该公司确认黑客窃取了理赔数据库中的客户数据。',
        ...background('泄露的数据包括姓名、保单号和医疗理赔记录，公司已就数据泄露事件通知监管机构。', 20),
        '去年该公司官网也曾短暂遭遇DDoS攻击，与此次事件无关。',
      ],
      has: ['breach'],
      lacks: ['ddos'],
    },
  ])('$name', ({ title, body, has, lacks }) => {
    const kinds = kindsOf(title, ...body);
    for (const kind of has) expect(kinds).toContain(kind);
    for (const kind of lacks) expect(kinds).not.toContain(kind);
  });
});

/**
 * Warnings, lures and what a threat can do, read on own headlines (December 2026, sixth round):
 * a warning about a threat that names no victim is a report (GUIDELINES.md), and so is a scam
 * told by the brand it impersonates; a warning that describes the victim it follows stays the
 * incident.
 */
describe('warnings and threat descriptions', () => {
  const verdictOf = (title: string, ...body: string[]) => classifyIncident({ title, text: [title, ...body].join('\n'), lang: 'en' });

  test.each([
    { title: 'Scammers impersonate HMRC in new tax refund phishing wave', body: 'Taxpayers are getting emails that promise a refund and link to a fake login page. The tax office said it never sends refund notices by email.' },
    { title: 'FBI warns of ransomware attacks on farming cooperatives', body: 'The bureau said criminals time their attacks to harvest season, and urged agricultural businesses to keep offline backups.' },
    { title: 'Fraudsters pose as energy regulator in rebate text scam', body: 'The texts offer a rebate and ask for card details on a fake site. The regulator said it never contacts customers by text.' },
    { title: 'Police warn of phishing emails aimed at holiday renters', body: 'Officers said the emails copy the look of booking sites and ask for a deposit by bank transfer.' },
    { title: 'Tax agency warns of new email phishing scams', body: 'The agency said the messages ask taxpayers to confirm their bank details and urged people to report them.' },
    { title: 'Security firm warns of ransomware targeting dental clinics', body: 'The researchers said the malware spreads through remote desktop logins with weak passwords and encrypts patient files.' },
    { title: 'Crooks pretend to be parcel couriers in a new text scam wave', body: 'The messages ask for a small redelivery fee, then drain the card used to pay it, consumer groups said.' },
  ])('not an incident: $title', ({ title, body }) => {
    const verdict = verdictOf(title, body);
    expect(verdict.isIncident, verdict.reasons.join(' | ')).toBe(false);
  });

  test.each([
    // A warning that follows an attack on one described victim is that attack's follow-up.
    { title: 'City water utility hit by ransomware; FBI warns of more attacks', body: 'The utility said the attack encrypted its billing servers on Sunday and that water supply was not affected.' },
    { title: 'Boss of hacked logistics company warns of cybercrime threat', body: 'Attackers broke into the company’s network in March and stole invoices; the firm was hit again in May, he said.' },
    // A lure that describes the one victim it got into is that intrusion.
    { title: 'Hackers impersonate IT support to break into county payroll system', body: 'The county said staff gave their passwords to callers who claimed to be from the help desk, and salaries were diverted.' },
  ])('incident: $title', ({ title, body }) => {
    const verdict = verdictOf(title, body);
    expect(verdict.isIncident, verdict.reasons.join(' | ')).toBe(true);
  });

  test.each([
    { title: 'Tax agency warns of new email phishing scams', nearMiss: 'warning' },
    { title: 'Vendor warns customers about fake support calls', nearMiss: 'warning' },
    { title: 'State revenue office warns individuals, businesses of email scams', nearMiss: 'warning' },
    { title: 'Fraudsters pose as bank staff in phone scam', nearMiss: 'lure' },
    { title: 'Scam emails impersonate a parcel service', nearMiss: 'lure' },
    { title: 'Search giant to crack down on deceptive download buttons', nearMiss: 'policy' },
    { title: 'Browser zero-day used for espionage and spam distribution', nearMiss: 'exploited-flaw' },
    { title: 'Old Office flaw used for cyber-espionage in Asia', nearMiss: 'exploited-flaw' },
    { title: 'Two million pensioners have fallen victim to some form of phone fraud', nearMiss: 'report' },
    { title: 'Messaging app hack crashes phones within seconds', nearMiss: 'vulnerability' },
    { title: 'Text message bug freezes iPhones', nearMiss: 'vulnerability' },
    { title: 'Mac malware intercepts encrypted browser traffic', nearMiss: 'research' },
    { title: 'WannaCry exploit could infect newer Windows versions', nearMiss: 'hypothetical' },
    { title: 'Hit by ransomware? A free decryptor may get your files back', nearMiss: 'product' },
    { title: 'Router maker: patch now, attackers are exploiting a flaw to take down networks', nearMiss: 'advisory' },
    { title: 'Update now! Office suite has critical flaws', nearMiss: 'advisory' },
    { title: 'Threat lab uncovers new banking malware on app stores', nearMiss: 'research' },
    { title: 'Scammers offer gamers free skins to steal their logins', nearMiss: 'lure' },
    { title: 'Espionage crew sets up fake job site to lure potential targets', nearMiss: 'hypothetical' },
  ])('headline near miss: $title → $nearMiss', ({ title, nearMiss }) => {
    expect([...extractTitleFeatures(title).titleNearMiss.keys()]).toContain(nearMiss);
  });

  test.each([
    { title: 'Police warn of ransomware attacks on farm suppliers', nearMiss: 'warning' },
    { title: 'Hacking campaign infiltrates IT service providers across the globe', nearMiss: 'wave' },
  ])('near miss without a named victim: $title → $nearMiss', ({ title, nearMiss }) => {
    expect([...extractTitleFeatures(title).titleUnnamedNearMiss.keys()]).toContain(nearMiss);
  });

  test.each([
    // A noun that modifies a crime, an account or a card is no victim; nor is the one who warns.
    { title: 'Bank fraud up as criminals target individuals', single: false },
    { title: 'Department of Revenue warns taxpayers of fake emails', single: false },
    { title: 'Bank card details sold on forums', single: false },
    { title: 'Boss of hacked company warns of cybercrime threat', single: true },
    { title: 'County hospital hit by ransomware', single: true },
  ])('headline describes one victim: $title → $single', ({ title, single }) => {
    expect(extractTitleFeatures(title).titleSingleVictim).toBe(single);
  });

  test('an event in an opening question addresses the reader', () => {
    const hook = extractTitleFeatures('Hit by ransomware? A free decryptor may get your files back');
    expect(hook.titleKinds.has('ransomware')).toBe(true);
    expect(hook.titleEvent).toBeNull();
    // The event after the question still counts.
    expect(extractTitleFeatures('Is your bank safe? Regional lender hit by ransomware').titleEvent?.text).toBe('hit by');
  });

  test('an outbreak is the subject, its exploit is not; a named leak is an outbreak', () => {
    expect(extractTitleFeatures('WannaCry exploit could infect newer Windows versions').titleOutbreak).toBeNull();
    expect(extractTitleFeatures('Could WannaCry strike again?').titleOutbreak?.text).toBe('WannaCry');
    const leak = extractTitleFeatures('Cloudbleed leak triggered a million times, damage limited');
    expect(leak.titleOutbreak?.text).toBe('Cloudbleed');
    expect(leak.titleKinds.has('breach')).toBe(true);
  });
});

/**
 * Seventh round (December 2026, issue 11), read on own headlines: threat write-ups, advice and
 * assessments that name no attack anyone suffered are near misses under GUIDELINES.md, and a
 * headline that reports an attack on a named victim keeps overriding the research ones.
 */
describe('topic labels, assessments and threat write-ups', () => {
  const verdictOf = (title: string, ...body: string[]) => classifyIncident({ title, text: [title, ...body].join('\n'), lang: 'en' });

  test.each([
    { title: 'Ransomware 2019: the numbers behind a booming trade', nearMiss: 'report' },
    { title: 'Phishing 3.0: what the next generation of lures looks like', nearMiss: 'report' },
    { title: 'Fake bank texts are now so convincing that staff cannot tell them apart', nearMiss: 'report' },
    { title: 'Scam calls grow increasingly sophisticated', nearMiss: 'report' },
    { title: 'Banking trojan returns via invoice-themed spam', nearMiss: 'research' },
    { title: 'Old worm resurfaces with a new payload', nearMiss: 'research' },
    { title: 'Fake delivery notices lead shoppers to card skimmers, security firm finds', nearMiss: 'research' },
    { title: 'Leaked chat logs reveal hackers’ negotiating playbook', nearMiss: 'research' },
    { title: 'Analysing the latest wave of wiper malware', nearMiss: 'research' },
    { title: 'Your smart speaker may not be as private as you think', nearMiss: 'hypothetical' },
    { title: 'Spy agency leak looks like a dud so far', nearMiss: 'opinion' },
    { title: 'Let’s stop blaming users for phishing', nearMiss: 'opinion' },
    { title: 'Let’s Encrypt certificates abused on phishing sites', nearMiss: null },
    { title: 'Fraud risk: do not open that parcel text', nearMiss: 'warning' },
  ])('headline near miss: $title → $nearMiss', ({ title, nearMiss }) => {
    const nearMisses = [...extractTitleFeatures(title).titleNearMiss.keys()];
    if (nearMiss === null) expect(nearMisses).not.toContain('opinion');
    else expect(nearMisses).toContain(nearMiss);
  });

  test.each([
    { title: 'Ransomware 2019: the numbers behind a booming trade', body: 'Ransomware attacks cost businesses billions last year. Criminal crews encrypt files and demand payment in bitcoin, and the average demand rose again.' },
    { title: 'Banking trojan returns via invoice-themed spam', body: 'The trojan arrives in a macro-laden attachment, steals banking credentials and downloads further malware, researchers said.' },
    { title: 'Fake delivery notices lead shoppers to card skimmers, security firm finds', body: 'The phishing pages copy the look of courier sites and ask for a small fee, then send the card details to the scammers.' },
    { title: 'Your smart speaker may not be as private as you think', body: 'A researcher showed that a hacker could listen through the device, though no attack has been seen.' },
  ])('not an incident: $title', ({ title, body }) => {
    const verdict = verdictOf(title, body);
    expect(verdict.isIncident, verdict.reasons.join(' | ')).toBe(false);
  });

  test.each([
    // A reported attack on a named victim overrides the research shape of its headline.
    { title: 'Hackers breached Riverside Hospital network and stole patient records, investigators find', body: 'Riverside Hospital said the attackers accessed its network in May and stole records of 20,000 patients.' },
    { title: 'Ransomware returns via phishing emails; a county school district was hit', body: 'The district said ransomware encrypted its servers on Monday and classes were cancelled.' },
  ])('incident: $title', ({ title, body }) => {
    const verdict = verdictOf(title, body);
    expect(verdict.isIncident, verdict.reasons.join(' | ')).toBe(true);
  });

  test.each([
    { title: 'Regional airline falls victim to ransomware', event: 'falls victim' },
    { title: 'Ticketing site taken offline after hack', event: 'taken offline' },
    { title: 'Cyber attack knocked offline the port authority’s booking system', event: 'knocked offline' },
  ])('event: $title → $event', ({ title, event }) => {
    expect(extractTitleFeatures(title).titleEvent?.text).toBe(event);
  });

  test.each([
    // Not the shapes above: a year that is not a topic label, a return that is not a family's.
    'Ransomware attack in 2019 cost the city $18 million',
    'Council says IT systems are back with new security after hack',
    // An investigation's finding about one victim's breach is its follow-up, not a lab's research.
    'Retailer botched its response to the 2014 breach, investigation finds',
  ])('no new near miss: %s', (title) => {
    const features = extractTitleFeatures(title);
    expect(features.titleNearMiss.has('research')).toBe(false);
    expect([...features.titleNearMiss.values()].some((m) => /2019:|back with|finds/.test(m.text))).toBe(false);
  });
});

describe('bug bounty reports', () => {
  const verdictOf = (title: string, ...body: string[]) => classifyIncident({ title, text: [title, ...body].join('\n'), lang: 'en' });

  test('a hole found and reported for a bounty is vulnerability news, not an attack', () => {
    const verdict = verdictOf(
      "Hacker gets into photo-sharing site's internal servers",
      'The hacker, a security researcher, said he reported the issue to the company in May under its bug bounty program. The company said it fixed the hole within a week and paid him a bounty reward, and that no customer data was touched.',
    );
    expect(verdict.isIncident, verdict.reasons.join(' | ')).toBe(false);
  });

  test('a breach whose victim also runs a bounty programme is still the breach', () => {
    const verdict = verdictOf(
      'Hackers stole customer records from ticket seller, company confirms',
      'The ticket seller said attackers copied names, emails and card details of 40,000 customers in March. It has reported the breach to regulators. The company, which runs a bug bounty program, said the attackers used a stolen staff password.',
    );
    expect(verdict.isIncident, verdict.reasons.join(' | ')).toBe(true);
  });
});

describe('scam warnings addressed to readers', () => {
  const verdictOf = (title: string, ...body: string[]) => classifyIncident({ title, text: [title, ...body].join('\n'), lang: 'en' });

  test.each([
    {
      title: 'Fake parking fine emails are the latest phishing scam',
      body: 'Drivers are getting phishing emails that claim an unpaid parking fine and link to a payment page that collects card numbers. If you receive one, do not click the link; delete it.',
    },
    {
      title: 'Phishing texts promise a refund on mobile phone bills',
      body: 'The phishing messages link to a page that asks for online banking details and a one-time code. Be wary of any text that asks for a code, never share it with a caller, and if you get one, delete it.',
    },
  ])('not an incident: $title', ({ title, body }) => {
    const verdict = verdictOf(title, body);
    expect(verdict.isIncident, verdict.reasons.join(' | ')).toBe(false);
    expect(verdict.reasons).toContain('advises readers against a scam and names no victim: a warning, not an attack');
  });

  test.each([
    // The same advice after a scam that hit a described victim: the report of that attack.
    {
      title: 'Phishing email tricks county into paying fake invoice',
      body: 'The county said it paid $40,000 to a bank account named in an email that looked like a supplier’s. If you receive a request to change bank details, call the supplier first.',
    },
    // Advice in a report of another kind of attack: the scam-warning rule reads scams only.
    {
      title: 'Ransomware encrypts files at regional dental practice',
      body: 'Patients were told their appointments could not be booked while the malware locked the practice’s computers. Do not click links in emails about the outage.',
    },
  ])('incident: $title', ({ title, body }) => {
    const verdict = verdictOf(title, body);
    expect(verdict.isIncident, verdict.reasons.join(' | ')).toBe(true);
  });

  test('advice to the reader is counted in the body, not the headline', () => {
    const title = 'Do not click: phishing emails promise a tax refund';
    const features = extractIncidentFeatures({ title, text: `${title}\nThe emails link to a fake login page. If you get one, report it to the tax office.`, lang: 'en' });
    expect(features.bodyAdvice).toBe(2);
  });
});
