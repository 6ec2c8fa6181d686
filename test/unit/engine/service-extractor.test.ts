import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../../../engine/facts/extractor';
import { serviceExtractor } from '../../../engine/facts/service-extractor';
import { hasCorpus, loadCorpus, scoreIncidentMentions } from './corpus-facts';

const REF_DATE = new Date(Date.UTC(2023, 0, 14));

function extract(text: string, lang: string) {
  const ctx: ExtractContext = { text, lang, published: '2023-01-14', refDate: REF_DATE, excluded: [] };
  return serviceExtractor.extract(ctx);
}

interface Case {
  name: string;
  lang: string;
  text: string;
  /** Services that must be reported: [text, status]. */
  expected: [string, 'affected' | 'unaffected'][];
  /** Phrases that must not be reported. */
  absent: string[];
}

const cases: Case[] = [
  {
    name: 'en: disrupted services with their heads',
    lang: 'en',
    text: 'Customer call centres and internet sites have been affected by the outage.',
    expected: [
      ['Customer call centres', 'affected'],
      ['internet sites', 'affected'],
    ],
    absent: [],
  },
  {
    name: 'en: a bare specific head and a modified one',
    lang: 'en',
    text: 'The attack left its website and smartphone app down for some hours.',
    expected: [
      ['website', 'affected'],
      ['smartphone app', 'affected'],
    ],
    absent: [],
  },
  {
    name: 'en: unaffected and affected in one sentence, split at "however"',
    lang: 'en',
    text: 'Sling and our wireless networks remain operational; however the internal communications have been affected.',
    expected: [
      ['Sling', 'unaffected'],
      ['wireless networks', 'unaffected'],
      ['internal communications', 'affected'],
    ],
    absent: [],
  },
  {
    name: 'en: negated cue is not read as affected',
    lang: 'en',
    text: 'The company said its payment platform was not affected by the breach.',
    expected: [['payment platform', 'unaffected']],
    absent: [],
  },
  {
    name: 'en: items listed under an introducing line',
    lang: 'en',
    text: 'Services impacted include the following:\nContoso.com\nThe Contoso Anywhere app\n\nThe firm is investigating.',
    expected: [
      ['Contoso.com', 'affected'],
      ['The Contoso Anywhere app', 'affected'],
    ],
    absent: [],
  },
  {
    name: 'en: a company name ending in Network is not a service; no cue, no service',
    lang: 'en',
    text: 'Contoso Network sells cloud services to banks.',
    expected: [],
    absent: ['Contoso Network', 'cloud services'],
  },
  {
    name: 'zh: suspended service',
    lang: 'zh',
    text: '皇家邮政宣布暂停国际寄件服务。',
    expected: [['国际寄件服务', 'affected']],
    absent: [],
  },
  {
    name: 'zh: Latin product before a bracketed gloss, explicitly not interrupted',
    lang: 'zh',
    text: '已在配送的邮件可能出现延误，但Parcelforce Worldwide（全球包裹力量）服务并未中断。',
    expected: [
      ['配送的邮件', 'affected'],
      ['Parcelforce Worldwide', 'unaffected'],
    ],
    absent: [],
  },
  {
    name: 'zh: unaffected with its owner kept before 的',
    lang: 'zh',
    text: '事件发生后，英国国内的邮件不受影响。',
    expected: [['英国国内的邮件', 'unaffected']],
    absent: [],
  },
  {
    name: 'zh: Latin name glued to a Chinese head',
    lang: 'zh',
    text: '由于配置错误，攻击者访问了Elasticsearch 服务器并导致数据泄露。',
    expected: [['Elasticsearch 服务器', 'affected']],
    absent: [],
  },
  {
    name: 'zh: an inline list of named products',
    lang: 'zh',
    text: 'Microsoft Teams、Outlook、Xbox 和其它 Microsoft365 服务均出现不同程度中断。',
    expected: [
      ['Microsoft Teams', 'affected'],
      ['Outlook', 'affected'],
      ['Xbox', 'affected'],
      ['Microsoft365 服务', 'affected'],
    ],
    absent: [],
  },
  {
    name: 'zh: "网络安全" and a service without a cue are not services',
    lang: 'zh',
    text: '带你读懂网络安全。该公司提供云计算服务。',
    expected: [],
    absent: ['网络', '云计算服务'],
  },
  {
    name: 'en: an email, a backup system and email addresses are not services',
    lang: 'en',
    text: 'In an email, a spokesperson said the backup system was restored. Customers’ email addresses were exposed.',
    expected: [],
    absent: ['email', 'backup system', 'email addresses'],
  },
  {
    name: 'en: a product word before a kind of company describes the company',
    lang: 'en',
    text: 'Austin-based software maker Pelican Logic was down after the attack, and the email platform developer was disrupted too.',
    expected: [],
    absent: ['Austin-based software', 'software', 'email platform', 'cloud'],
  },
  {
    name: 'en: the attackers’ leak site and a number cut at its separator are not services',
    lang: 'en',
    text: 'The gang posted the files on its dark web leak site. The ransomware encrypted 3,400 websites, and the servers were down.',
    expected: [['servers', 'affected']],
    absent: ['dark web leak site', 'leak site', '400 websites'],
  },
  {
    name: 'en: the attackers’ command servers and proxies are not services',
    lang: 'en',
    text: 'The implant reported to a command server in Romania and a C2 server behind a botnet proxy network, while the clinic’s booking system was down.',
    expected: [['booking system', 'affected']],
    absent: ['command server', 'C2 server', 'botnet proxy network'],
  },
  {
    name: 'en: owned services take their status from the disruption',
    lang: 'en',
    text: 'Contoso’s booking website was down for hours, and its email system was offline.',
    expected: [
      ['booking website', 'affected'],
      ['email system', 'affected'],
    ],
    absent: [],
  },
  {
    name: 'zh: an adjective before 服务 is no service',
    lang: 'zh',
    text: '因“网络事件”导致的“严重服务中断”，Contoso表示，我们将继续提供全面服务。',
    expected: [],
    absent: ['严重服务', '全面服务'],
  },
  {
    name: 'zh: a news source’s website is no service; the victim’s is',
    lang: 'zh',
    text: '据Bleeping Computer 网站披露，Contoso官网瘫痪。',
    expected: [['Contoso官网', 'affected']],
    absent: ['Bleeping Computer 网站'],
  },
  {
    name: 'zh: bare heads joined together are no service; a named system is',
    lang: 'zh',
    text: 'Contoso的网站和网络瘫痪，服务器和APP无法使用，收银系统也瘫痪了。',
    expected: [
      ['Contoso的网站', 'affected'],
      ['收银系统', 'affected'],
    ],
    absent: ['网站和网络', '服务器和APP'],
  },
  {
    name: 'zh: a named service said to keep working is unaffected',
    lang: 'zh',
    text: 'Contoso表示，Parcelforce Worldwide（全球包裹力量）服务并未中断。',
    expected: [['Parcelforce Worldwide', 'unaffected']],
    absent: [],
  },
  {
    name: 'zh: an owner before 的 must name someone; a description leaves only the head',
    lang: 'zh',
    text: '攻击者入侵了复杂的系统，多台感染的系统无法启动。蓝鲸超市的官网也中断了。',
    expected: [['蓝鲸超市的官网', 'affected']],
    absent: ['复杂的系统', '感染的系统'],
  },
  {
    name: 'zh: an object before 的 and a named process stay one service',
    lang: 'zh',
    text: '勒索软件攻击导致处方的发放流程中断。',
    expected: [['处方的发放流程', 'affected']],
    absent: [],
  },
  {
    name: 'zh: advice lines after a colon are no services',
    lang: 'zh',
    text: '该恶意软件已感染大量设备，导致账户被盗。建议用户采取以下措施：\n在手机上安装可靠的防病毒软件\n仅从官方商店下载应用\n检查已安装应用程序的权限',
    expected: [],
    absent: ['在手机上安装可靠的防病毒软件', '仅从官方商店下载应用', '检查已安装应用程序的权限'],
  },
  {
    name: 'zh: a list of affected services after a colon is kept',
    lang: 'zh',
    text: '此次攻击影响了以下服务：\n网上银行系统\nMobile Banking\n客服热线',
    expected: [
      ['网上银行系统', 'affected'],
      ['Mobile Banking', 'affected'],
      ['客服热线', 'affected'],
    ],
    absent: [],
  },
  {
    name: 'zh: a name written with braces owns the phrase',
    lang: 'zh',
    text: 'Acme{Pay} 前端仍在运行，但签名服务已暂停。',
    expected: [['Acme{Pay} 前端', 'unaffected']],
    absent: ['前端'],
  },
  {
    name: 'zh: an owner and a word of its own before a bare head',
    lang: 'zh',
    text: '员工电脑感染木马后会话令牌被盗，公司内部系统遭访问。攻击源自供应商，Zentra 自身基础设施未被攻击。',
    expected: [
      ['公司内部系统', 'affected'],
      ['Zentra 自身基础设施', 'unaffected'],
    ],
    absent: ['内部系统', '基础设施'],
  },
  {
    name: 'zh: the owner name in front of a named service is left to the organisation',
    lang: 'zh',
    text: '攻击者获得了对Northwind Studios内部Teams频道的访问权限。',
    expected: [['内部Teams频道', 'affected']],
    absent: ['Northwind Studios内部Teams频道'],
  },
  {
    name: 'zh: 显示 as a modifier and 其余 as a quantity do not cut names',
    lang: 'zh',
    text: '市政大楼的显示系统被入侵后中断。黑客控制了一个热钱包，但其余冷钱包安全且提现正常。',
    expected: [
      ['市政大楼的显示系统', 'affected'],
      ['热钱包', 'affected'],
      ['冷钱包', 'unaffected'],
    ],
    absent: [],
  },
  {
    name: 'zh: examples of a kind and imitated products are no services',
    lang: 'zh',
    text: '该木马窃取来自各种浏览器钱包的数据，包括Foxwallet钱包、Zeta钱包等。钓鱼页面模仿企业VPN产品（如Acme Connect、Beta Secure）来窃取凭据。它还窃取各种VPN客户端的配置。',
    expected: [],
    absent: ['Foxwallet钱包', 'Zeta钱包', 'Acme Connect', 'Beta Secure', 'VPN客户端', '模仿企业VPN'],
  },
  {
    name: 'zh: conditions, posting channels and free offerings name no disrupted service',
    lang: 'zh',
    text: '如果调度系统中断，列车将无法运行。在Telegram频道中，该团伙声称入侵了电网。公司将为受影响的客户提供免费的信用监测服务。',
    expected: [],
    absent: ['调度系统', 'Telegram频道', '信用监测服务'],
  },
  {
    name: 'zh: a product named after its kind, not the attacker\'s',
    lang: 'zh',
    text: '即时通讯应用Chatterly证实，其用户遭到间谍软件攻击。研究人员发现恶意应用Clickbot会窃取数据。',
    expected: [['Chatterly', 'affected']],
    absent: ['Clickbot'],
  },
  {
    name: 'zh: packages and repositories named with 名为',
    lang: 'zh',
    text: '该程序包名为 @acme/logger-utils，攻击者在新版本中注入了恶意代码。',
    expected: [['@acme/logger-utils', 'affected']],
    absent: [],
  },
  {
    name: 'en: a specific head after "and" starts a second item',
    lang: 'en',
    text: 'Its website, app and phone lines were down on Monday, while databases and applications were encrypted.',
    expected: [
      ['website', 'affected'],
      ['app', 'affected'],
      ['phone lines', 'affected'],
      ['databases and applications', 'affected'],
    ],
    absent: ['app and phone lines'],
  },
  {
    name: 'zh: a name given to the attacker or its tool, a page an update was posted on, a supplier of a kind',
    lang: 'zh',
    text: '这些APP包含一种名为Hidebot的恶意软件，会窃取数据。一个名为“CrimsonHub”的威胁者以企业网络为目标发动攻击。根据公司的事件追踪页面上新增的更新，部分客户已经恢复。Acme是最大的企业资源规划（ERP）技术提供商之一，遭到攻击后中断。',
    expected: [],
    absent: ['Hidebot', 'CrimsonHub', '事件追踪页面', '企业资源规划（ERP）'],
  },
  {
    name: 'en: a condition says what could happen',
    lang: 'en',
    text: 'If critical systems are compromised, patients are put at risk.',
    expected: [],
    absent: ['critical systems'],
  },
  {
    name: 'zh: a system named as the object or subject of an attack, without an owner',
    lang: 'zh',
    text: '黑客对该市的交通调度系统进行了攻击。城市供水监控中心遭到黑客入侵。卫星通信接入控制中心遭到网络攻击。用户接入网络后发现服务中断。',
    expected: [
      ['交通调度系统', 'affected'],
      ['城市供水监控中心', 'affected'],
      ['卫星通信接入控制中心', 'affected'],
    ],
    absent: ['接入网络'],
  },
  {
    name: 'en: a system named as the object or subject of a breach',
    lang: 'en',
    text: 'Attackers breached the parking payment system. Separately, the ticket portal was hacked.',
    expected: [
      ['parking payment system', 'affected'],
      ['ticket portal', 'affected'],
    ],
    absent: [],
  },
  {
    name: 'zh, en: a breach denied ("没有迹象表明…", "no evidence that …") is no impact',
    lang: 'zh',
    text: '目前没有迹象表明Acme的支付系统遭到入侵。There is no evidence that the Acme booking system was compromised.',
    expected: [
      ['Acme的支付系统', 'unaffected'],
      ['Acme booking system', 'unaffected'],
    ],
    absent: [],
  },
  {
    name: 'zh: 名为 names a service only after a service word or before 的 and a service head; 命名为 names an attacker',
    lang: 'zh',
    text: '研究人员将该团伙命名为“Storm-1234”，其攻击了多家银行。该mod名为FooChat，已有数千名用户中招。团队开发了名为Quux的预测模型，随后服务器遭到攻击。一款名为Zeta的应用遭到入侵。',
    expected: [['Zeta的应用', 'affected']],
    absent: ['Storm-1234', 'FooChat', 'Quux'],
  },
  {
    name: 'zh: an abbreviation in brackets names no owner; kinds of systems a company deploys are none hit',
    lang: 'zh',
    text: '企业通常部署企业资源规划（ERP）和客户关系管理（CRM）系统来管理数据。然而，数据泄露可能暴露敏感信息。',
    expected: [],
    absent: ['企业资源规划（ERP）', '客户关系管理（CRM）'],
  },
  {
    name: 'zh: the defender’s security tools are no victim’s service',
    lang: 'zh',
    text: '事件发生后，该公司加强了其网络安全系统。此前其官网一度瘫痪。该平台的入侵检测系统遭到绕过，入侵了内网。',
    expected: [
      ['官网', 'affected'],
      ['内网', 'affected'],
    ],
    absent: ['网络安全系统', '入侵检测系统', '检测系统'],
  },
  {
    name: 'zh: a service the attacker used to move data, and one named for what a thing is built for',
    lang: 'zh',
    text: '恶意代码通过 Pastebin 和 paste.ee 等服务外传数据，导致泄露。该库旨在WordPress 平台上自动发帖，后被植入恶意代码遭到攻击。',
    expected: [],
    absent: ['paste.ee', 'WordPress 平台'],
  },
  {
    name: 'zh: products whose users are attacked, one named before the other’s head',
    lang: 'zh',
    text: '黑客利用零日漏洞攻击 Linux 上的 Chrome 和 Brave 浏览器用户。',
    expected: [
      ['Chrome', 'affected'],
      ['Brave 浏览器', 'affected'],
    ],
    absent: [],
  },
  {
    name: 'zh: a list of file paths in quotes is no list of services',
    lang: 'zh',
    text: '受影响的文件包括：\n“C:\\Program Files\\Acme\n“D:\\Data',
    expected: [],
    absent: [],
  },
  {
    name: 'zh: users’ accounts are stolen data; a service named by a condition or a bare possibility is none hit',
    lang: 'zh',
    text: '恶意软件窃取用户的Telegram账户。Acme的网站瘫痪。Zeta应用程序一旦安装并启动，就会执行欺诈。即使是成熟的云平台也可能遭遇意外故障。',
    expected: [['Acme的网站', 'affected']],
    absent: ['Telegram账户', 'Zeta应用程序', '成熟的云平台'],
  },
  {
    name: 'zh: a sentence dated years before the article recalls a past incident',
    lang: 'zh',
    text: '2012年，某厂商的更新删除了Acme系统文件，导致系统不可用。本次Acme系统中断事件与2012年那次相似。',
    expected: [['Acme系统', 'affected']],
    absent: [],
  },
  {
    name: 'zh: a wallet’s owner, a purpose clause and a distribution channel are no services',
    lang: 'zh',
    text: '攻击者诱导 Acme 的多签钱包 Owner 签署恶意交易。Acme暂停了提现功能，以确保用户对Acme平台的安全性有信心。该木马还通过Foo应用分发。',
    expected: [['提现功能', 'affected']],
    absent: ['多签钱包', 'Owner', 'Acme平台', 'Foo应用'],
  },
  {
    name: 'zh: a no-impact cue of the next sentence is about that sentence’s subject',
    lang: 'zh',
    text: 'Foo应用包含一个第三方商店。Acme表示，其余服务正常运行。',
    expected: [],
    absent: ['Foo应用'],
  },
  {
    name: 'zh: the product whose flaw an attack used, with its vendor; a vendor of an unnamed product is none',
    lang: 'zh',
    text: '攻击者利用微软Exchange存在的漏洞入侵了企业。黑客利用了Fortinet FortiOS中的零日漏洞。攻击者利用CVE-2024-1234漏洞发起攻击。据称他们利用了Acme的防火墙漏洞。',
    expected: [
      ['微软Exchange', 'affected'],
      ['Fortinet FortiOS', 'affected'],
    ],
    absent: ['CVE-2024-1234', 'Acme'],
  },
  {
    name: 'en: the versioned product whose flaw was exploited; a version is no year of a past incident',
    lang: 'en',
    text: 'Attackers exploited a flaw in Exchange Server 2019 to breach the mail servers. In 2012, attackers breached the file servers.',
    expected: [
      ['Exchange Server 2019', 'affected'],
      ['mail servers', 'affected'],
    ],
    absent: ['file servers'],
  },
  {
    name: 'zh, en: a product named with its version in a sentence that says it failed',
    lang: 'zh',
    text: 'Acme sensor for Linux version 3.2在7月1日之后下载更新的主机会遭遇崩溃。Hosts running Acme Agent for Linux v2.4.1 crashed after the update. The vendor released Acme Agent version 2.5.0 on Monday.',
    expected: [
      ['Acme sensor for Linux version 3.2', 'affected'],
      ['Acme Agent for Linux v2.4.1', 'affected'],
    ],
    absent: ['Acme Agent version 2.5.0'],
  },
  {
    name: 'en, zh: an acronym of a kind (IT, VoIP, TV) names no owner; a generic phrase needs a cue of its own sentence',
    lang: 'en',
    text: 'Attackers accessed the IT systems. Acme said its TV channels were restored. 此次攻击涉及VoIP 客户端。Acme’s IT systems were down.',
    expected: [
      ['TV channels', 'affected'],
      ['IT systems', 'affected'],
    ],
    absent: ['VoIP 客户端'],
  },
  {
    name: 'en: a neighbouring sentence speaks for a service only when it says something stopped working',
    lang: 'en',
    text: 'Acme’s booking portal is run by a contractor. Hackers attacked the company on Monday. Its payroll portal is run in house. It was offline on Tuesday. Acme said hackers dumped its donor emails online.',
    expected: [
      ['payroll portal', 'affected'],
      ['donor emails', 'affected'],
    ],
    absent: ['booking portal'],
  },
];

describe('serviceExtractor', () => {
  test.each(cases)('$name', ({ text, lang, expected, absent }) => {
    const facts = extract(text, lang);
    for (const fact of facts) {
      expect(fact.category).toBe('service');
      expect(text.slice(fact.start, fact.end)).toBe(fact.text);
      expect(fact.value).toBe(fact.text.replace(/\s+/g, ' '));
    }
    expect(facts.map((f) => [f.text, f.attrs?.status])).toEqual(expected);
    for (const phrase of absent) expect(facts.map((f) => f.text)).not.toContain(phrase);
  });

  test('reports nothing inside excluded zones', () => {
    const text = 'The booking website was down.\nSource: the booking website was down';
    const zone = { start: text.indexOf('Source:'), end: text.length };
    const facts = serviceExtractor.extract({ text, lang: 'en', published: null, refDate: REF_DATE, excluded: [zone] });
    expect(facts.map((f) => f.text)).toEqual(['booking website']);
  });

  // Speed is measured by `npm run bench`; here: long, cue-dense input completes and every repetition
  // yields the same services (nothing lost, nothing invented across repetitions).
  test('long, cue-dense text: every repetition gives the same services', () => {
    const unit = 'The website was down and the Acme app failed; Foo services, Bar and Baz were affected:\nDish.com\n服务中断，系统瘫痪。\n';
    const once = extract(unit, 'en');
    const text = unit.repeat(1500);
    const facts = extract(text, 'en');
    expect(once.length).toBeGreaterThan(0);
    expect(facts.length).toBe(once.length * 1500);
    for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.text);
  });
});

describe.skipIf(!hasCorpus)('serviceExtractor on the labelled corpus (incident articles)', () => {
  test.each(['en', 'zh'])('%s: recall ≥ 0.9, status right, no mention from the not-lists', (lang) => {
    const s = scoreIncidentMentions(loadCorpus(), lang, 'service', extract);
    const recall = s.found / s.expected;
    console.info(
      `service ${lang}: recall ${recall.toFixed(3)} (${s.found}/${s.expected}), status ${s.statusRight}/${s.found}, precision ${(s.correct / s.predicted).toFixed(3)} (${s.correct}/${s.predicted} distinct mentions)`,
      s.misses,
    );
    expect(s.docs).toBeGreaterThan(10);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(s.statusRight / s.found).toBeGreaterThanOrEqual(0.95);
    expect(s.notHits).toEqual([]);
  });
});
