import { describe, expect, test } from 'vitest';
import { SERVICE_NOUNS } from '../../../engine/data/service-nouns';
import type { ExtractContext } from '../../../engine/facts/extractor';
import { serviceExtractor } from '../../../engine/facts/service-extractor';

const REF_DATE = new Date(Date.UTC(2024, 2, 1));

function services(text: string, lang: string): { text: string; status?: string }[] {
  const ctx: ExtractContext = { text, lang, published: '2024-03-01', refDate: REF_DATE, excluded: [] };
  return serviceExtractor.extract(ctx).map((f) => ({ text: f.text, status: f.attrs?.status }));
}

describe('service nouns data', () => {
  test('every entry has English and Chinese heads and a unique, well-formed id', () => {
    const ids = SERVICE_NOUNS.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const bad = SERVICE_NOUNS.filter((n) => n.en.length === 0 || n.zh.length === 0 || !/^service:[a-z-]+$/.test(n.id));
    expect(bad.map((n) => n.id)).toEqual([]);
  });

  test('no head is listed twice in one language', () => {
    for (const lang of ['en', 'zh'] as const) {
      const heads = SERVICE_NOUNS.flatMap((n) => n[lang].map((h) => h.toLowerCase()));
      expect(heads.filter((h, i) => heads.indexOf(h) !== i)).toEqual([]);
    }
  });
});

// Sentences of our own, one per kind of service noun, with the status the clause gives it.
describe('services named by the domain nouns', () => {
  test.each([
    { lang: 'en', text: "Fernwood Air's booking system was down for six hours.", service: 'booking system', status: 'affected' },
    { lang: 'en', text: 'Customers of Norrvik Bank could not withdraw cash because its ATMs were unavailable.', service: 'ATMs', status: 'affected' },
    { lang: 'en', text: 'The flight information screens at Halden Airport went dark after the attack.', service: 'flight information screens', status: 'affected' },
    { lang: 'en', text: 'The council said its hotline remained operational throughout the incident.', service: 'hotline', status: 'unaffected' },
    { lang: 'en', text: 'Attackers encrypted the Lumora source code repositories on Monday.', service: 'Lumora source code repositories', status: 'affected' },
    { lang: 'zh', text: '星河超市的支付系统中断，顾客无法结账。', service: '星河超市的支付系统', status: 'affected' },
    { lang: 'zh', text: '受攻击影响，该银行的客服热线一度无法使用。', service: '客服热线', status: 'affected' },
    { lang: 'zh', text: '北湖机场表示，值机系统未受影响，航班正常运行。', service: '值机系统', status: 'unaffected' },
    { lang: 'zh', text: '攻击导致云帆银行手机银行瘫痪。', service: '云帆银行手机银行', status: 'affected' },
    { lang: 'zh', text: '青禾外卖的小程序一度无法访问。', service: '青禾外卖的小程序', status: 'affected' },
    { lang: 'zh', text: '攻击导致星海云华东数据中心停电，多项服务中断。', service: '星海云华东数据中心', status: 'affected' },
    { lang: 'zh', text: '黑客入侵了该平台的管理后台，篡改了商品价格。', service: '平台的管理后台', status: 'affected' },
    { lang: 'en', text: 'After the theft, Norrvik Exchange halted crypto withdrawals.', service: 'crypto withdrawals', status: 'affected' },
    { lang: 'zh', text: '黑客盗走资金后，星链交易所暂停了ETH提现。', service: 'ETH提现', status: 'affected' },
    { lang: 'zh', text: '攻击导致北河电信的短信服务中断，宽带中断数小时。', service: '宽带', status: 'affected' },
    { lang: 'en', text: 'The attackers took over the company’s Active Directory and encrypted its virtual machines.', service: 'Active Directory', status: 'affected' },
    { lang: 'zh', text: '勒索软件加密了该公司的域控制器和ESXi虚拟机。', service: 'ESXi虚拟机', status: 'affected' },
    { lang: 'zh', text: '勒索软件加密了该公司的域控制器和ESXi虚拟机。', service: '域控制器', status: 'affected' },
    { lang: 'en', text: 'The SCADA network was not affected.', service: 'SCADA network', status: 'unaffected' },
    { lang: 'zh', text: '攻击者控制了工控系统。', service: '工控系统', status: 'affected' },
    { lang: 'en', text: 'Lakeside Hospital said its online pharmacy was down.', service: 'online pharmacy', status: 'affected' },
    { lang: 'zh', text: '该医院的网上挂号一度无法使用。', service: '网上挂号', status: 'affected' },
    { lang: 'en', text: 'Malware infected a Norrvik Power laptop on Friday.', service: 'Norrvik Power laptop', status: 'affected' },
    { lang: 'en', text: 'The attackers wiped the Orvale desktops in the finance office.', service: 'Orvale desktops', status: 'affected' },
    { lang: 'en', text: 'Ransomware encrypted the council’s shared drives overnight.', service: 'shared drives', status: 'affected' },
    { lang: 'en', text: 'The attack shut down Norrvik’s partner portal and its APIs for a day.', service: 'APIs', status: 'affected' },
    { lang: 'en', text: 'Hackers hijacked the Orvale DVRs.', service: 'Orvale DVRs', status: 'affected' },
    // The domain's nouns added in the sixth round: rides, emergency care, printers, network boxes, public counters, …
    { lang: 'en', text: 'Fernwood Air said its flights were grounded for three hours after the outage.', service: 'flights', status: 'affected' },
    { lang: 'en', text: 'After the attack, Lakeside Hospital diverted its ambulances to other hospitals.', service: 'ambulances', status: 'affected' },
    { lang: 'en', text: 'The emergency department at Lakeside Hospital remained open during the outage.', service: 'emergency department', status: 'unaffected' },
    { lang: 'en', text: 'Orvale’s printers stopped working after the attack.', service: 'Orvale’s printers', status: 'affected' },
    { lang: 'en', text: 'The wiper bricked Norrvik Telecom’s routers, leaving customers offline.', service: 'Norrvik Telecom’s routers', status: 'affected' },
    { lang: 'en', text: 'Attackers hijacked a Pellam subdomain and defaced it.', service: 'Pellam subdomain', status: 'affected' },
    { lang: 'en', text: 'The Halden Gazette blog was defaced by the group.', service: 'Halden Gazette blog', status: 'affected' },
    { lang: 'en', text: 'Hackers breached the Fernwood Air loyalty program and stole members’ points.', service: 'Fernwood Air loyalty program', status: 'affected' },
    { lang: 'en', text: 'Norrvik Bank halted wire transfers while it investigated the breach.', service: 'wire transfers', status: 'affected' },
    { lang: 'en', text: 'Orvale County said vehicle registration was suspended because of the attack.', service: 'vehicle registration', status: 'affected' },
    { lang: 'en', text: 'Halden Fire said its radios went silent during the outage.', service: 'radios', status: 'affected' },
    { lang: 'en', text: 'The Norrvik Motorway toll booths were out of service for a day.', service: 'Norrvik Motorway toll booths', status: 'affected' },
    { lang: 'en', text: 'The ransomware encrypted the Orvale tablets used by nurses.', service: 'Orvale tablets', status: 'affected' },
    { lang: 'zh', text: '受勒索软件攻击影响，北湖医院急诊暂停接诊。', service: '北湖医院急诊', status: 'affected' },
    { lang: 'zh', text: '系统故障导致云帆航空的航班大面积延误。', service: '云帆航空的航班', status: 'affected' },
    { lang: 'zh', text: '该市社保业务因系统故障暂停办理。', service: '社保业务', status: 'affected' },
  ])('$lang: $text', ({ lang, text, service, status }) => {
    expect(services(text, lang)).toContainEqual({ text: service, status });
  });

  test.each([
    // A noun without an incident cue, and a word that contains a head but names none, are no services.
    { lang: 'en', text: 'The bank opened new ATMs in the town centre last year.' },
    // A noun that needs its owner's possessive names nobody's without one.
    { lang: 'en', text: 'Travellers said flights were delayed across Europe after the outage.' },
    { lang: 'zh', text: '这家公司的工作电脑和工厂生产一切正常。' },
  ])('no service: $text', ({ lang, text }) => {
    const found = services(text, lang).map((s) => s.text);
    expect(found.filter((s) => /ATMs|flights|电脑|生产/.test(s))).toEqual([]);
  });

  // Own sentences: a list number, a verb or a cut word before the head, a botnet, CVE ids are no service's name.
  test.each([
    { text: '4.保证系统在攻击后能够快速恢复，避免业务中断。', not: /^4\./ },
    { text: '管理员应禁止网络共享，排查登录记录，防止系统被入侵后瘫痪。', not: /禁止|排查/ },
    { text: '攻击者利用僵尸网络发起DDoS攻击，导致该网站瘫痪。', not: /僵尸网络/ },
    { text: '部分受损系统仍无法访问，或者连接中断。', not: /^损|^者/ },
  ])('no service phrase: $text', ({ text, not }) => {
    expect(services(text, 'zh').map((s) => s.text).filter((s) => not.test(s))).toEqual([]);
  });

  test('a list of CVE ids is no list of services', () => {
    const found = services('受影响的漏洞包括以下：\nCVE-2024-11111\nCVE-2024-22222\n这些漏洞已被利用，导致服务中断。', 'zh').map((s) => s.text);
    expect(found.filter((s) => s.startsWith('CVE-'))).toEqual([]);
  });

  test('who reports a fault is no part of the service', () => {
    const found = services('不少网友反映青禾银行App无法登录，转账功能失灵。', 'zh').map((s) => s.text);
    expect(found).toContain('青禾银行App');
  });
});

// Own sentences for the store nouns (wallets, buckets, databases, repositories), whose disruption is
// exposure or theft, and for the structures that make a phrase someone else's or no service.
describe('stores, owners and what is no victim service', () => {
  test.each([
    { lang: 'zh', text: '这些加密货币都是从热钱包被窃的。', service: '热钱包', status: 'affected' },
    { lang: 'zh', text: '黑客控制了一个冷钱包，但其余冷钱包仍然安全。', service: '冷钱包', status: 'affected' },
    { lang: 'zh', text: '恶意代码被注入到星桥科技的存储桶中。', service: '星桥科技的存储桶', status: 'affected' },
    { lang: 'zh', text: '攻击者入侵了该企业的邮件服务器，窃取了邮件。', service: '邮件服务器', status: 'affected' },
    { lang: 'zh', text: '一个未设密码的数据库暴露在公网上，任何人都可以访问。', service: '数据库', status: 'affected' },
    { lang: 'zh', text: '勒索软件攻击影响了门店的员工排班软件，工资只能手工发放。', service: '员工排班软件', status: 'affected' },
    { lang: 'en', text: "Attackers drained the exchange's hot wallet overnight, and the stolen funds were moved.", service: 'hot wallet', status: 'affected' },
    { lang: 'zh', text: '员工令牌被盗后被用于访问外部托管的GitHub仓库。', service: 'GitHub仓库', status: 'affected' },
    { lang: 'en', text: 'The company said its repository was not affected.', service: 'repository', status: 'unaffected' },
    { lang: 'en', text: 'Card payments at the grocer’s stores failed on Saturday.', service: 'Card payments', status: 'affected' },
    { lang: 'en', text: 'Patients could not book appointments through the patient portal.', service: 'patient portal', status: 'affected' },
    { lang: 'en', text: 'The attack disrupted check-in and baggage systems at Vestby Airport.', service: 'check-in', status: 'affected' },
    { lang: 'en', text: 'Ticket machines at the stations were out of service all morning.', service: 'Ticket machines', status: 'affected' },
    { lang: 'zh', text: '机场航班信息显示屏黑屏，旅客只能排队等候。', service: '机场航班信息显示屏', status: 'affected' },
    { lang: 'zh', text: '电子病历系统被加密，医生只能手写处方。', service: '电子病历系统', status: 'affected' },
    { lang: 'zh', text: '其官方网站遭到篡改。', service: '官方网站', status: 'affected' },
    { lang: 'zh', text: '黑客入侵了学校的教务系统，窃取了学生信息。', service: '学校的教务系统', status: 'affected' },
    { lang: 'zh', text: '加油站的支付终端无法使用。', service: '加油站的支付终端', status: 'affected' },
    { lang: 'zh', text: '该平台的客服电话一直无人接听。', service: '平台的客服电话', status: 'affected' },
  ])('$lang: $text', ({ lang, text, service, status }) => {
    expect(services(text, lang)).toContainEqual({ text: service, status });
  });

  test.each([
    // The "App" inside a product name is no head; the attacker's servers, for-hire sites and leak sites are not the victim's.
    { lang: 'zh', text: '研究人员发现了一种WhatsApp的恶意修改版本，会窃取用户数据。', not: /WhatsApp$/ },
    { lang: 'zh', text: '恶意软件窃取数据后将其发送到C2服务器。', not: /C2服务器|服务器/ },
    { lang: 'zh', text: '警方创建了一个假的DDoS租赁网站，网站随后被关闭。', not: /租赁网站/ },
    { lang: 'zh', text: '威胁行为者在其泄漏网站上声称窃取了数据，受害者系统遭到加密。', not: /泄漏网站/ },
    { lang: 'zh', text: '该组织的勒索软件加密了文件，导致系统瘫痪。', not: /勒索软件$/ },
    { lang: 'zh', text: '调查表明，青湾交易所自身基础设施未被攻击。', not: /^身/ },
    // A count says how many, a path is a file, a channel where news was posted did not fail.
    { lang: 'zh', text: '黑客声称窃取了 35k 电子邮件并公开泄露。', not: /电子邮件/ },
    { lang: 'zh', text: '攻击发生后，研究员在X平台发文称，资金已被盗。', not: /X平台/ },
    { lang: 'zh', text: '钓鱼网站伪装成北辰银行的网上银行门户，窃取登录信息。', not: /门户/ },
    { lang: 'zh', text: '攻击泄露了应用程序编程接口令牌，数据被盗。', not: /应用程序/ },
    { lang: 'zh', text: '泄露的云存储访问密钥可能允许未经授权访问其他数据。', not: /云存储/ },
    { lang: 'zh', text: '未加密数据库泄露，数百万条记录被公开。', not: /^未加密/ },
    // Advice names what readers should look after, not what failed.
    { lang: 'zh', text: '建议用户监控他们的银行账户，数据泄露后及时更改密码。', not: /账户/ },
    { lang: 'en', text: 'Users should check their online banking after the breach.', not: /banking/ },
    { lang: 'en', text: 'The gang demanded that payments be made in bitcoin after the attack.', not: /payments/ },
    { lang: 'zh', text: '攻击者窃取了价值1亿美元的加密货币。', not: /./ },
    { lang: 'zh', text: '该组织声称曾针对几个主要机场的网站发起攻击。', not: /网站/ },
    { lang: 'zh', text: '研究人员发现JIRA软件存在漏洞，可被攻击者利用导致服务中断。', not: /JIRA软件/ },
    { lang: 'en', text: 'The stolen bitcoin was moved to 11 different actor-controlled wallets.', not: /wallets/ },
    { lang: 'en', text: 'The phishing page was impersonating the bank’s online banking portal, and victims’ accounts were drained.', not: /portal/ },
  ])('no service: $text', ({ lang, text, not }) => {
    expect(services(text, lang).map((s) => s.text).filter((s) => not.test(s))).toEqual([]);
  });
});

// Own sentences for the nouns and cues of the fifth round: forums, utilities, EV chargers, e-learning,
// voting, border control, switchboards, EHR acronyms, singular buckets; leaks said by a store's
// state (unsecured, publicly accessible), fallbacks to paper, services that stayed open.
describe('more domain nouns and cues', () => {
  test.each([
    { lang: 'en', text: 'Hackers breached the Lumora Fans forums and stole user data.', service: 'Lumora Fans forums', status: 'affected' },
    { lang: 'zh', text: '星河论坛被黑客攻击，数据库泄露。', service: '星河论坛', status: 'affected' },
    { lang: 'en', text: 'The attack disrupted the Vestby power grid for six hours.', service: 'Vestby power grid', status: 'affected' },
    { lang: 'zh', text: '攻击导致北湖电网瘫痪，数十万户停电。', service: '北湖电网', status: 'affected' },
    { lang: 'zh', text: '黑客攻击导致该市供水系统中断。', service: '供水系统', status: 'affected' },
    { lang: 'en', text: 'Drivers could not use Norrvik Energy’s EV chargers after the attack.', service: 'Norrvik Energy’s EV chargers', status: 'affected' },
    { lang: 'zh', text: '受攻击影响，小区的充电桩无法使用。', service: '小区的充电桩', status: 'affected' },
    { lang: 'en', text: 'Online classes were cancelled after the ransomware attack on Orvale School District.', service: 'Online classes', status: 'affected' },
    { lang: 'zh', text: '勒索软件攻击后，该校网课中断两天。', service: '网课', status: 'affected' },
    { lang: 'zh', text: '该校网课平台遭到DDoS攻击。', service: '网课平台', status: 'affected' },
    { lang: 'zh', text: '受攻击影响，口岸通关一度中断。', service: '口岸通关', status: 'affected' },
    { lang: 'zh', text: '该银行表示，其手机银行和网上银行均未受影响，ATM正常运行。', service: 'ATM', status: 'unaffected' },
    { lang: 'zh', text: '此次攻击导致该公司官网无法访问，星河App也出现闪退。', service: '星河App', status: 'affected' },
    { lang: 'en', text: 'Voting machines in Orvale County were not affected, officials said.', service: 'Voting machines', status: 'unaffected' },
    { lang: 'en', text: 'Customs clearance at Vestby port was halted by the outage.', service: 'Customs clearance', status: 'affected' },
    { lang: 'zh', text: '系统故障导致北湖口岸边检中断。', service: '北湖口岸边检', status: 'affected' },
    { lang: 'en', text: 'The council’s switchboard was down all morning.', service: 'switchboard', status: 'affected' },
    { lang: 'en', text: 'Ransomware forced Orvale Medical Center to shut down its EHR.', service: 'EHR', status: 'affected' },
    { lang: 'en', text: 'The city’s 911 dispatch center had to switch to pen and paper.', service: 'dispatch center', status: 'affected' },
    { lang: 'en', text: 'Researchers found a misconfigured Amazon S3 bucket owned by Pellam Health that was publicly accessible.', service: 'Amazon S3 bucket', status: 'affected' },
    { lang: 'en', text: 'Researchers found an unsecured database belonging to Norrvik Travel.', service: 'database', status: 'affected' },
    { lang: 'en', text: 'Norrvik’s customer portal was offline, but its ATMs remained open.', service: 'ATMs', status: 'unaffected' },
    { lang: 'en', text: 'The hospital’s phones stayed open throughout the outage.', service: 'phones', status: 'unaffected' },
    { lang: 'en', text: 'The Vestby backup servers were wiped by the attackers.', service: 'Vestby backup servers', status: 'affected' },
    { lang: 'en', text: 'The Orvale 3D forums were down for maintenance after the hack.', service: 'Orvale 3D forums', status: 'affected' },
    { lang: 'en', text: 'Accounts were stolen from the Lumora.org forum, which was hacked in May.', service: 'Lumora.org forum', status: 'affected' },
    { lang: 'en', text: 'He found client files on the servers of a Toronto law firm, which were hacked.', service: 'servers of a Toronto law firm', status: 'affected' },
    { lang: 'en', text: 'Hackers breached the network of a large law firm in Vestby.', service: 'network of a large law firm', status: 'affected' },
    { lang: 'en', text: 'The targeted platform is called Medvik. This is a modular platform that was hit by the attack.', service: 'Medvik', status: 'affected' },
    { lang: 'en', text: 'Orvale University shut down its email and Wi-Fi while it investigated the breach.', service: 'email', status: 'affected' },
    { lang: 'en', text: 'The cyberattack crippled the school district’s phone system and student information system.', service: 'phone system', status: 'affected' },
    { lang: 'en', text: 'The cyberattack crippled the school district’s phone system and student information system.', service: 'student information system', status: 'affected' },
    { lang: 'en', text: 'Hackers defaced the homepage of the Vestby Ministry of Health.', service: 'homepage', status: 'affected' },
    { lang: 'en', text: 'The company said its customer-facing systems were not impacted by the incident.', service: 'customer-facing systems', status: 'unaffected' },
    { lang: 'en', text: 'The attackers gained access to the company’s Cloudly tenant.', service: 'Cloudly tenant', status: 'affected' },
    { lang: 'en', text: 'The hackers stole data from the patient portal of Orvale Health.', service: 'patient portal', status: 'affected' },
    { lang: 'en', text: 'Norrvik stressed that customer data and its online store were not accessed.', service: 'online store', status: 'unaffected' },
    { lang: 'en', text: 'Vestby’s water supply was never at risk, the utility said.', service: 'Vestby’s water supply', status: 'unaffected' },
    { lang: 'en', text: 'The gang also encrypted the backup servers of Orvale Dental.', service: 'backup servers', status: 'affected' },
    { lang: 'en', text: 'The corporate network of Norrvik Freight was down for a week.', service: 'corporate network', status: 'affected' },
    { lang: 'en', text: 'The attack took down public websites in Vestland on Monday.', service: 'public websites', status: 'affected' },
    { lang: 'en', text: 'All of Vestby’s critical systems are still in use, Simmons said after the attack.', service: 'critical systems', status: 'unaffected' },
  ])('$lang: $text', ({ lang, text, service, status }) => {
    expect(services(text, lang)).toContainEqual({ text: service, status });
  });

  test.each([
    // The attacker's marketplace, a channel where data was posted, a grid named as the sector, a
    // recovery's backups, and where users reported a fault are no victim's service.
    { lang: 'en', text: 'The stolen data was offered for sale on a popular hacking forum.', not: /forum/ },
    { lang: 'en', text: 'The data was later posted on the forum by the attackers after the breach.', not: /forum/ },
    { lang: 'en', text: 'Hackers could cause blackouts by attacking the grid.', not: /grid/ },
    { lang: 'en', text: 'The county restored its data from backup systems after the attack.', not: /backup/ },
    { lang: 'zh', text: '黑客在某黑客论坛上出售窃取的数据。', not: /论坛/ },
    { lang: 'zh', text: '攻击者通过VPN入侵了公司网络。', not: /VPN/ },
    { lang: 'zh', text: '然而，星河论坛上有多名客户表示他们的软件遭到攻击。', not: /论坛/ },
    { lang: 'en', text: 'No messaging app is safe from the spyware, the researchers warned after the attack.', not: /app/ },
    // Only words of a sector or kind before the head, and nobody's name: systems in general.
    { lang: 'en', text: 'Attacks on critical infrastructure typically begin with phishing and disrupted operations.', not: /infrastructure/ },
    { lang: 'en', text: 'Reused passwords make it easier for hackers to break into corporate networks.', not: /networks/ },
    { lang: 'en', text: 'Researchers found thousands of insecure servers exposed online.', not: /servers/ },
    // A store's state (unprotected, publicly accessible) is a leak only of that store, not of a site named beside it.
    { lang: 'en', text: 'Attackers use services such as Scanly.io to search for unprotected Mongo servers.', not: /Scanly/ },
    // A descriptor acting as the organisation: it speaks or takes its own services down.
    { lang: 'en', text: 'After the hack, the online ticketing service took down all its websites on Thursday.', not: /ticketing service/ },
    { lang: 'en', text: 'The payments platform confirmed on Monday that card data was stolen in the attack.', not: /platform/ },
    // A speaker before a no-impact cue, an email message, "for instance" are no services.
    { lang: 'en', text: 'Norrvik Airlines said flights were operating normally and its booking system was unaffected.', not: /Norrvik/ },
    { lang: 'en', text: 'The email said the company would restore the systems after the attack.', not: /email/ },
    { lang: 'en', text: 'For instance, the attackers encrypted the files and the servers were down.', not: /instance/ },
    { lang: 'en', text: 'Criminals compromised a friend’s account and began using their email contacts to send phishing emails.', not: /^email/ },
    { lang: 'en', text: 'The ransomware crippled the city’s court system and prevented water bill payments.', not: /prevented/ },
    // A forum one is on or in is where something was posted or sold.
    { lang: 'en', text: 'A new ransomware kit emerges on Russian-Language Forum after attacks hit hospitals.', not: /Forum/ },
    { lang: 'en', text: 'The stolen data was offered in underground forums after the breach.', not: /forums/ },
    { lang: 'en', text: 'Hash cracking is effective against databases that had no password rules.', not: /databases/ },
  ])('no service: $text', ({ lang, text, not }) => {
    expect(services(text, lang).map((s) => s.text).filter((s) => not.test(s))).toEqual([]);
  });
});

// People's data that was taken is no service, though a records system is one.
describe('personal data is not a service', () => {
  test.each([
    ['The attackers stole names, Social Security numbers and medical records of 310,000 patients.', []],
    ['They copied the medical records of about 2 million customers.', []],
    ['The hospital said its electronic health records system was encrypted.', ['electronic health records system']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(services(text, 'en').map((s) => s.text)).toEqual(expected);
  });
});

// A headline's cause and effect: the effect's subject starts after "<event>致", and a count of products is cut off whole.
describe('Chinese cause and effect in one phrase', () => {
  test.each([
    ['云服务商故障致多款App无法登录，外卖平台无法下单。', ['外卖平台']],
    ['勒索攻击致医院信息系统瘫痪。', ['医院信息系统']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(services(text, 'zh').map((s) => s.text)).toEqual(expected);
  });
});
