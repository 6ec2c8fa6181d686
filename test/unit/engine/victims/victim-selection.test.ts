import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../../../../engine/facts/extractor';
import { organizationExtractor } from '../../../../engine/facts/organization-extractor';
import { findCoreferentNames, type NameForm } from '../../../../engine/facts/victims/find-coreferent-names';
import { findVictimRoles } from '../../../../engine/facts/victims/find-victim-roles';
import { scoreVictimGroup, type VictimEvidence } from '../../../../engine/facts/victims/score-victim-group';
import type { Span } from '../../../../engine/types';

const REF_DATE = new Date(Date.UTC(2024, 2, 1));

function victims(text: string, lang: string, title: string | null = null): string[] {
  const ctx: ExtractContext = { text, title, lang, published: '2024-03-01', refDate: REF_DATE, excluded: [] };
  return [...new Set(organizationExtractor.extract(ctx).map((f) => f.value))];
}

interface Case {
  name: string;
  lang: string;
  text: string;
  title?: string;
  /** Values that must be reported. */
  victims: string[];
  /** Values that must not be reported. */
  not: string[];
}

// Sentences of our own: the victim sits away from its cue, in a list, after a descriptor or in the
// headline; vendors, researchers, publishers, agencies and products are not victims.
const cases: Case[] = [
  {
    name: 'zh: the parent of a hit subsidiary is affected too, not the reverse',
    lang: 'zh',
    text: '零售集团Harrowgate 披露了旗下子公司Quillpay一起影响 30 万用户的数据泄露事件。',
    victims: ['Harrowgate', 'Quillpay'],
    not: [],
  },
  {
    name: 'zh: a name before a malware head is the malware, even as the lead subject',
    lang: 'zh',
    text: 'Vorlix恶意软件感染的应用下载超过100万次\n研究人员发现，Vorlix恶意软件伪装成手电筒应用，Vorlix恶意软件随后访问虚假网站。',
    title: 'Vorlix恶意软件感染的应用下载超过100万次',
    victims: [],
    not: ['Vorlix'],
  },
  {
    name: 'zh: the one behind the attack, a spyware vendor and its campaign are no victims',
    lang: 'zh',
    text: '调查显示，此次攻击的幕后黑手是间谍软件公司Selvane Labs。Selvane Labs攻击活动针对了多个国家的记者。',
    victims: [],
    not: ['Selvane Labs'],
  },
  {
    name: 'zh: a spyware vendor named once as behind the attack stays no victim, whatever its later mentions',
    lang: 'zh',
    text: '调查显示，此次攻击的幕后黑手是间谍软件公司Selvane Labs。Quorra Chat已向Selvane Labs发出停止侵权通知函，并宣布针对Selvane Labs的行动。Selvane Labs尚未回应。',
    victims: [],
    not: ['Selvane Labs'],
  },
  {
    name: 'en: a spyware vendor that was itself breached is a victim',
    lang: 'en',
    text: 'Surveillance vendor Selvane Labs was breached last week, and Selvane Labs confirmed that customer records were stolen.',
    victims: ['Selvane Labs'],
    not: [],
  },
  {
    name: 'zh: a platform something is posted on is no victim, also under its former name in brackets',
    lang: 'zh',
    text: '研究员在X（原Chirper）上发布了一篇帖子，称Tallow银行遭到勒索软件攻击。',
    victims: ['Tallow'],
    not: ['Chirper'],
  },
  {
    name: 'zh: a site named by its domain is a victim with a cue of its own; a lower-case word is not',
    lang: 'zh',
    text: '意大利新闻网站noticiario.it确认其也是攻击目标之一。攻击者通过payload投放木马。',
    victims: ['noticiario.it'],
    not: ['payload'],
  },
  {
    name: 'zh: bare names listed before the kind of organisation they are, found again where the text repeats them',
    lang: 'zh',
    text: 'Corvane Logistics遭到勒索软件攻击，其客户包括鹿鸣、禾川等大型零售商。此次事件已影响了鹿鸣发放员工工资的能力。',
    victims: ['Corvane Logistics', '鹿鸣'],
    not: [],
  },
  {
    name: 'zh: a list before a counted kind noun carries its cue over the items',
    lang: 'zh',
    text: '此次勒索攻击波及铃兰、青禾以及远帆等三家医院。',
    victims: ['铃兰', '青禾', '远帆'],
    not: [],
  },
  {
    name: 'zh: items before 等平台, places before 等国家 and 等待 are no names, nor a word cut inside (对冲基金)',
    lang: 'zh',
    text: '黑客攻击了对冲基金和银行等金融服务公司。等待处理的公司遭到攻击。攻击者通过鹿聊、禾信等平台传播木马，攻击影响了法国、德国等国家的企业。',
    victims: [],
    not: ['鹿聊', '禾信', '法国', '德国', '冲基金', '对冲基金'],
  },
  {
    name: 'zh: a file name is no site domain',
    lang: 'zh',
    text: '脚本loader-52c9031b.js遭到篡改，setup.sh也遭到篡改。子域admintest.example.com遭到攻击。请发送至signup@example.org确认遭到攻击。',
    victims: [],
    not: ['loader-52c9031b.js', 'setup.sh', 'admintest.example.com', 'example.org'],
  },
  {
    name: 'en: a year before a name is no part of it',
    lang: 'en',
    text: 'In 2019 Brackenridge Presbyterian Hospital paid the ransom after its records were encrypted.',
    victims: ['Brackenridge Presbyterian Hospital'],
    not: ['2019 Brackenridge Presbyterian Hospital'],
  },
  {
    name: 'en: a possessive before a term ends the name; inside a name it is part of it',
    lang: 'en',
    text: 'Hackers breached Quillmere’s IT department on Monday. Separately, attackers hit Bramble’s Brewhouse.',
    victims: ['Quillmere', 'Bramble’s Brewhouse'],
    not: ['Quillmere’s IT', 'IT', 'Bramble'],
  },
  {
    name: 'en: a given name and a surname with a CEO is an organisation; the CEO is a person',
    lang: 'en',
    text: 'Earlier this month Henry Corvell’s CEO Dara Mott said the hackers had demanded that the studio pay a ransom, and Henry Corvell was hit by the leak.',
    victims: ['Henry Corvell'],
    not: ['CEO Dara Mott', 'Dara Mott'],
  },
  {
    name: 'zh: a platform read as a product is the channel, not the lead organisation by default',
    lang: 'zh',
    title: '研究人员发现Chatterly的一款恶意mod，用户面临账户窃取风险',
    text: '研究人员发现Chatterly的一款恶意mod，用户面临账户窃取风险\n研究人员发现，Chatterly插件中的恶意代码会窃取用户账户。Chatterly拥有数亿用户。',
    victims: [],
    not: ['Chatterly'],
  },
  {
    name: 'en: the speaker whose data the reported clause says was exposed or accessed is the victim, after an abbreviation too',
    lang: 'en',
    text: 'Shares fell when credit bureau Varnock Inc. revealed that sensitive data from 143 million consumers was exposed. Hollis Provider Services recently announced that one of its databases used by clinics was accessed by an unauthorized party. Kestrel Labs said the data was harmless.',
    victims: ['Varnock Inc', 'Hollis Provider Services'],
    not: ['Kestrel Labs'],
  },
  {
    name: 'en: the speaker that says foreign hackers breached it is the victim',
    lang: 'en',
    text: 'In 2014, supermarket chain Brindle’s Marketplace said that foreign hackers had breached the card database of three stores.',
    victims: ['Brindle’s Marketplace'],
    not: [],
  },
  {
    name: 'en: the places a card breach’s guests or customers paid at are its victims, over the whole list',
    lang: 'en',
    text: 'The breach potentially affected guests who stayed at its Harbor Inn, Crestline Plaza and Bayview Suites between September and December. Customers who shopped at Tamsin Grocers were also affected.',
    victims: ['Harbor Inn', 'Crestline Plaza', 'Bayview Suites', 'Tamsin Grocers'],
    not: [],
  },
  {
    name: 'en: a spyware vendor is not the victim',
    lang: 'en',
    text: 'Messaging users were targeted in a campaign linked to spyware vendor Selvane Labs, which did not respond.',
    victims: [],
    not: ['Selvane Labs'],
  },
  {
    name: 'zh: a bare Chinese name between two list items is an item, after its place',
    lang: 'zh',
    text: '攻击导致多家客户遭遇故障，包括美国连锁超市Brewhaus、德国韦斯特林和英国 Corrigan 百货。韦斯特林表示其仓储系统受到影响。',
    victims: ['Brewhaus', '韦斯特林', 'Corrigan'],
    not: ['德国韦斯特林'],
  },
  {
    name: 'zh: a bare Chinese name is not made of a description in a list',
    lang: 'zh',
    text: '攻击导致多家客户遭遇故障，包括Brewhaus、多家银行和 Corrigan。',
    victims: ['Brewhaus', 'Corrigan'],
    not: ['多家银行'],
  },
  {
    name: 'zh: the owner of an exposed database, after a descriptor',
    lang: 'zh',
    text: '研究人员发现，物流软件提供商Quendrel拥有的一个云数据库未设置任何密码，导致数百万条记录泄露。',
    victims: ['Quendrel'],
    not: [],
  },
  {
    name: 'zh: object of an attack verb after adverbs and a space; the head given elsewhere makes a lone word a name; the attacker is not',
    lang: 'zh',
    text: '黑客组织Zorath声称已成功入侵 Kelvimo 和 Dastrel，数据将被公开。\nKelvimo 公司是一家物流软件供应商。',
    victims: ['Kelvimo', 'Dastrel'],
    not: ['Zorath'],
  },
  {
    name: 'zh: a Latin name with its Chinese gloss before the head is the Latin name',
    lang: 'zh',
    text: '黑客声称已入侵 Trevanic，14TB数据将被泄露。\nTrevanic（特瑞万）公司是一家电池制造商。',
    victims: ['Trevanic'],
    not: ['Trevanic（特瑞万）公司'],
  },
  {
    name: 'zh: the subject of 发动攻击 is the attacker',
    lang: 'zh',
    text: '以色列监控公司Marrowind涉嫌利用零点击漏洞发动攻击，受害者包括多名记者。',
    victims: [],
    not: ['Marrowind'],
  },
  {
    name: 'zh: list items each with a place before them, one after a space',
    lang: 'zh',
    text: "此事件导致该公司客户遭遇服务中断，包括美国咖啡连锁店Brewhaus、英国Pellmart和英国 Corrigan's 超市链。",
    victims: ['Brewhaus', 'Pellmart', 'Corrigan'],
    not: [],
  },
  {
    name: 'zh: a known security vendor whose faulty update caused the outage is its organisation',
    lang: 'zh',
    text: 'CrowdStrike的问题更新导致全球大量Windows电脑蓝屏崩溃，航班停飞。',
    victims: ['CrowdStrike'],
    not: [],
  },
  {
    name: 'zh: 及其 and an event noun do not join a list',
    lang: 'zh',
    text: 'Tollerby 遭遇数据泄露。Tollerby 及其数据泄露 Vask 的意思是旅程。',
    victims: ['Tollerby'],
    not: ['Vask'],
  },
  {
    name: 'en: subject of a predicate later in the sentence',
    lang: 'en',
    text: 'Fernwood Logistics, which runs depots in four states, was hit by ransomware on Tuesday.',
    victims: ['Fernwood Logistics'],
    not: [],
  },
  {
    name: 'en: subject that confirms the breach in another clause',
    lang: 'en',
    text: 'On Friday Brightwater Credit Union confirmed in a filing that it had suffered a data breach.',
    victims: ['Brightwater Credit Union'],
    not: [],
  },
  {
    name: 'en: object of an attack verb after a descriptor',
    lang: 'en',
    text: 'Attackers breached the regional transit agency Halden Transit and encrypted its servers.',
    victims: ['Halden Transit'],
    not: [],
  },
  {
    name: 'en: a list introduced by a sector noun',
    lang: 'en',
    text: 'Banks affected include Norrvik Bank, Ostmark Savings Bank and Pellow Bank, the regulator said.',
    victims: ['Norrvik Bank', 'Ostmark Savings Bank', 'Pellow Bank'],
    not: [],
  },
  {
    name: 'en: headline subject, body without an adjacent cue',
    lang: 'en',
    title: 'Quarrytown Council hit by cyber attack',
    text: 'Residents cannot pay parking fines online. Quarrytown Council asked residents to be patient.',
    victims: ['Quarrytown Council'],
    not: [],
  },
  {
    name: 'en: an acronym and a short form join the full name',
    lang: 'en',
    text: 'Hackers breached Lakemoor Public Schools last week. LPS said 4,000 records were taken. Lakemoor restored its systems.',
    victims: ['Lakemoor Public Schools'],
    not: ['LPS', 'Lakemoor'],
  },
  {
    name: 'en: a lower-case domain does not unmake the name',
    lang: 'en',
    text: 'Tallisker suffered a breach of its customer portal at tallisker.com, the company said.',
    victims: ['Tallisker'],
    not: [],
  },
  {
    name: 'en: a quoted security vendor and a researcher are not victims',
    lang: 'en',
    text: 'Researchers at Corvane Labs said that Millbrook Hospital was hit by LockBit. Corvane Labs tracked the group for months.',
    victims: ['Millbrook Hospital'],
    not: ['Corvane Labs'],
  },
  {
    name: 'en: a publisher reporting the story is not a victim',
    lang: 'en',
    text: 'According to Harbor Daily News, Ashcombe Energy disclosed a ransomware attack on Monday.',
    victims: ['Ashcombe Energy'],
    not: ['Harbor Daily News'],
  },
  {
    name: 'en: the agent after "hit by" is not the object',
    lang: 'en',
    text: 'Dunmore Foods was hit by Scattered Widow, a crew that also targeted casinos.',
    victims: ['Dunmore Foods'],
    not: ['Scattered Widow'],
  },
  {
    name: 'en: a product targeted is not an organisation',
    lang: 'en',
    text: 'The campaign targeted Quillpad documents sent to lawyers.',
    victims: [],
    not: ['Quillpad'],
  },
  {
    name: 'en: a sentence adverb is no name',
    lang: 'en',
    text: 'Unfortunately, the company was hit again. Recently, its website was defaced.',
    victims: [],
    not: ['Unfortunately', 'Recently'],
  },
  {
    name: 'zh: subject of 遭到 after a clause',
    lang: 'zh',
    text: '星河物流集团周三表示，其多个仓储系统遭到勒索软件攻击。',
    victims: ['星河物流集团'],
    not: [],
  },
  {
    name: 'zh: a confirmation to a body, after a date, names the one hit',
    lang: 'zh',
    text: '星河控股集团10月24日向监管机构（FSA）更新通报称，其子公司云帆科技遭受的勒索软件攻击导致数据泄露。',
    victims: ['星河控股集团', '云帆科技'],
    not: [],
  },
  {
    name: 'zh: object of 入侵了 after a descriptor',
    lang: 'zh',
    text: '黑客入侵了媒体公司Lumora的内容管理系统。',
    victims: ['Lumora'],
    not: ['媒体公司'],
  },
  {
    name: 'zh: a list after 受影响的企业包括',
    lang: 'zh',
    text: '受影响的企业包括Norrvik、Ostmark和Pellow，均已报警。',
    victims: ['Norrvik', 'Ostmark', 'Pellow'],
    not: [],
  },
  {
    name: 'zh: a short name joins the full name with its place and head',
    lang: 'zh',
    text: '英国云帆邮政集团遭网络攻击。云帆邮政表示国际寄件服务已暂停。',
    victims: ['英国云帆邮政集团'],
    not: ['云帆邮政'],
  },
  {
    name: 'zh: a security vendor quoted is not a victim',
    lang: 'zh',
    text: '据安全公司深蓝科技报道，北湖医院遭到勒索软件攻击。',
    victims: ['北湖医院'],
    not: ['深蓝科技'],
  },
  {
    name: 'zh: a verb before 的 describes a team, it has no object',
    lang: 'zh',
    text: '调查黑客攻击的Corvane威胁分析小组发布了报告。',
    victims: [],
    not: ['Corvane'],
  },
  {
    name: 'en: "reported that it was hit" is said of the sentence subject, not of a place in between',
    lang: 'en',
    text: 'A dental practice, Brightsmile Dental, serving the Lakeview County area reported that it was hit by ransomware.',
    victims: ['Brightsmile Dental'],
    not: ['Lakeview County'],
  },
  {
    name: 'en: the subject of an active attack verb with an object is the attacker',
    lang: 'en',
    text: 'Grimfang hacked 40 companies in March. Grimfang breached Halden Transit too.',
    victims: ['Halden Transit'],
    not: ['Grimfang'],
  },
  {
    name: 'en: the site name after the title is the publisher',
    lang: 'en',
    title: 'Ashcombe Energy discloses ransomware attack - Harbor Security Weekly',
    text: 'Ashcombe Energy disclosed a ransomware attack. Harbor Security Weekly has asked Ashcombe Energy for comment.',
    victims: ['Ashcombe Energy'],
    not: ['Harbor Security Weekly'],
  },
  {
    name: 'en: capitalised runs of a Title Case headline are no names by themselves',
    lang: 'en',
    title: 'Ransomware Actors Shift Gears To Lock Business Services',
    text: 'Ransomware Actors Shift Gears To Lock Business Services\nAttackers hit Dunmore Foods last week.',
    victims: ['Dunmore Foods'],
    not: ['Ransomware Actors Shift Gears', 'Lock Business Services'],
  },
  {
    name: 'en: world regions, "-based" adjectives and amounts are no names',
    lang: 'en',
    text: 'Attacks hit Europe and China-based suppliers; hackers stole 100M from Brightwater Credit Union.',
    victims: ['Brightwater Credit Union'],
    not: ['Europe', 'China-based', '100M'],
  },
  {
    name: 'en: a one-word headline opener is no name',
    lang: 'en',
    title: 'Extortion fears after hacker stole patient files',
    text: 'Extortion fears after hacker stole patient files\nExtortion fears grew after the hacker breached the Vesta Clinic portal.',
    victims: [],
    not: ['Extortion'],
  },
  {
    name: 'zh: the subject of 入侵了 with a count of victims is the attacker',
    lang: 'zh',
    text: 'Grimfang入侵了618个组织，其中包括北湖医院。北湖医院遭到勒索软件攻击。',
    victims: ['北湖医院'],
    not: ['Grimfang'],
  },
  {
    name: 'zh: a count of companies is no organisation',
    lang: 'zh',
    text: '调查显示，900家公司遭到勒索软件攻击。',
    victims: [],
    not: ['900家公司'],
  },
  {
    name: 'zh: descriptor-only phrases name no organisation',
    lang: 'zh',
    text: '据报道，一级公司和支付公司组成了一个松散联盟，其成员均遭到勒索软件攻击。',
    victims: [],
    not: ['一级公司', '支付公司', '松散联盟'],
  },
  {
    name: 'zh: a clause fragment before 公司 is no name',
    lang: 'zh',
    text: '当外媒The Register询问公司是否支付赎金时，该公司的系统仍处于瘫痪状态。',
    victims: [],
    not: ['当外媒The Register询问公司', 'The Register'],
  },
  {
    name: 'zh: a Chinese name after a sector descriptor with a place',
    lang: 'zh',
    text: '美国医疗保健公司森林谷健康遭到勒索软件攻击，患者数据被窃取。',
    victims: ['森林谷健康'],
    not: ['美国医疗保健公司'],
  },
  {
    name: 'zh: a Chinese name after 制造商, the cue after the name',
    lang: 'zh',
    text: '日本汽车制造商铃木遭遇网络攻击，多家工厂停产。',
    victims: ['铃木'],
    not: ['日本汽车', '日本汽车制造商'],
  },
  {
    name: 'zh: the attack cue before the descriptor reaches the name',
    lang: 'zh',
    text: '黑客本周攻击了德国物流服务商北岸速运，导致包裹分拣中断。',
    victims: ['北岸速运'],
    not: [],
  },
  {
    name: 'zh: a security firm before a name cites it, even with a descriptor',
    lang: 'zh',
    text: '网络安全公司奇点实验室发现，黑客组织入侵了多家医院。',
    victims: [],
    not: ['奇点实验室'],
  },
  {
    name: 'zh: a descriptor followed by a generic noun names nothing',
    lang: 'zh',
    text: '这家大型零售公司员工表示，公司网络遭到入侵。',
    victims: [],
    not: ['员工', '大型零售公司'],
  },
  {
    name: 'zh: a place before a head that only says company is a description',
    lang: 'zh',
    text: '一家加拿大公司遭到勒索软件攻击，其竞争公司也受到影响。',
    victims: [],
    not: ['加拿大公司', '竞争公司'],
  },
  {
    name: 'zh: no name after a description that only qualifies',
    lang: 'zh',
    text: '税务局对当地企业随机抽查，发现多家企业遭到钓鱼攻击。',
    victims: [],
    not: ['随机抽查', '当地企业'],
  },
  {
    name: 'zh: a place before a specific head stays a name',
    lang: 'zh',
    text: '北方航空表示，其订票系统遭到网络攻击。',
    victims: ['北方航空'],
    not: [],
  },
  {
    name: 'zh: the headline subject of 遭…攻击 is the victim, named bare in the body',
    lang: 'zh',
    title: '【安全圈】铃木遭勒索软件攻击，多家工厂停产',
    text: '据报道，铃木本周发现部分服务器被加密，安全公司奇点实验室正在协助调查。',
    victims: ['铃木'],
    not: ['奇点实验室'],
  },
  {
    name: 'zh: the headline subject of 证实…泄露 is the victim, its full name in the body',
    lang: 'zh',
    title: '星河健康证实1亿人数据泄露',
    text: '美国星河健康集团是美国最大的医疗保险公司之一，今年2月，其子公司的系统被加密。',
    victims: ['美国星河健康集团'],
    not: [],
  },
  {
    name: 'zh: a provider\'s region in a headline subject says where, not who',
    lang: 'zh',
    title: '星云计算华北2地域出现网络故障，多款应用无法访问',
    text: '星云计算华北2（北京）地域出现网络访问异常。星云计算官方回应称，目前已全部恢复。',
    victims: ['星云计算'],
    not: ['星云计算华北2地域出现', '星云计算华北2地域', '星云'],
  },
  {
    name: 'zh: Taiwan\'s and Hong Kong\'s words for an operator describe the name after them',
    lang: 'zh',
    text: '台湾最大电信业者星河电信7日证实遭到入侵。香港流动通讯营运商云帆电讯也表示其系统遭到攻击。',
    victims: ['星河电信', '云帆电讯'],
    not: ['电信业者星河电信', '流动通讯营运商云帆电讯', '营运商云帆电讯'],
  },
  {
    name: 'zh: a headline subject loses its description',
    lang: 'zh',
    title: '日本物流服务商北岸速运确认数据泄露',
    text: '北岸速运在公告中说，部分订单信息外泄。',
    victims: ['北岸速运'],
    not: ['日本物流服务商北岸速运'],
  },
  {
    name: 'zh: generic, data and gang headline subjects are no victims',
    lang: 'zh',
    title: '某零售巨头泄露220万用户数据；用户数据遭出售；勒索软件团伙遭执法打击',
    text: '该零售巨头表示，用户数据遭出售，勒索软件团伙遭执法打击。',
    victims: [],
    not: ['某零售巨头', '零售巨头', '用户数据', '勒索软件团伙'],
  },
  {
    name: 'zh: a Chinese name and its Latin name side by side are one victim',
    lang: 'zh',
    text: '星辰物流Star Logistics遭到攻击，Star Logistics表示正在调查。',
    victims: ['Star Logistics'],
    not: ['星辰物流'],
  },
  {
    name: 'zh: the Chinese gloss of a Latin name counts where the text repeats it',
    lang: 'zh',
    text: 'Northwind Traders（北风贸易）本周披露了一起网络攻击。据悉，北风贸易的门店系统已恢复。',
    victims: ['Northwind Traders'],
    not: ['北风贸易'],
  },
  {
    name: 'zh: a bracketed Latin name after a description takes the name, not the description',
    lang: 'zh',
    text: '美国叉车制造商科朗设备（Crown Equipment）遭到网络攻击。',
    victims: ['Crown Equipment'],
    not: ['美国叉车制造商科朗设备'],
  },
  {
    name: 'zh: a glossed technology term is no organisation',
    lang: 'zh',
    text: '攻击者窃取了Keychain（钥匙串）中的密码，并利用身份验证绕过漏洞（CVE-2025-0108）入侵了服务器。漏洞细节已公开。',
    victims: [],
    not: ['Keychain', '钥匙串', 'CVE-2025-0108'],
  },
  {
    name: 'zh: subject of a passive with its agent inside, in another clause',
    lang: 'zh',
    text: '金桥银行周二晚间发布公告，其核心系统被一个勒索软件团伙加密。',
    victims: ['金桥银行'],
    not: [],
  },
  {
    name: 'zh: an online retailer whose database was stolen',
    lang: 'zh',
    text: '安全研究人员称，星河电商的数据库被黑客窃取并在暗网出售。',
    victims: ['星河电商'],
    not: [],
  },
  {
    name: 'zh: a list after 受此次攻击影响的机构包括, with a school',
    lang: 'zh',
    text: '受此次攻击影响的机构包括青山医院、北城中学等。',
    victims: ['青山医院', '北城中学'],
    not: [],
  },
  {
    name: 'zh: a vendor that publishes a patch is no victim',
    lang: 'zh',
    text: '该漏洞被研究人员发现后，奇点实验室发布了补丁。',
    victims: [],
    not: ['奇点实验室'],
  },
  {
    name: 'zh: a job title inside a Latin run ends the name; the person is no victim',
    lang: 'zh',
    text: 'Bybit CEO Ben Zhou表示，Bybit的冷钱包遭到黑客攻击。',
    victims: ['Bybit'],
    not: ['Bybit CEO Ben Zhou', 'Bybit CEO', 'Ben Zhou'],
  },
  {
    name: 'zh: scam and instruction verbs before an organisation noun make no name',
    lang: 'zh',
    text: '诈骗者冒充银行发送短信，用户应避免公司账户遭到入侵，在线银行也遭到攻击。',
    victims: [],
    not: ['冒充银行', '避免公司', '在线银行', '银行'],
  },
  {
    name: 'zh: list items with pharmaceutical and holding heads',
    lang: 'zh',
    text: '受影响的企业包括青山制药、远航控股和蓝海保险。',
    victims: ['青山制药', '远航控股', '蓝海保险'],
    not: [],
  },
  {
    name: 'zh: a Latin name with a date after it ("Norvik 3月5日遭受")',
    lang: 'zh',
    text: '挪威电信运营商Norvik 3月5日遭受大规模网络攻击，全国移动网络中断。',
    victims: ['Norvik'],
    not: ['Norvik 3'],
  },
  {
    name: 'zh: a description, then a Latin name with a generic head',
    lang: 'zh',
    text: '冷链物流企业Frostline公司周三证实，其仓储系统遭到勒索软件攻击。',
    victims: ['Frostline'],
    not: ['冷链物流企业Frostline公司'],
  },
  {
    name: 'zh: a head-less name after a descriptor is a name wherever the text repeats it',
    lang: 'zh',
    text: '黑客窃取了日本家电制造商松川的内部数据。\n松川确认，部分员工信息已经泄露。',
    victims: ['松川'],
    not: [],
  },
  {
    name: 'zh: a descriptor that says its sector needs only a place or a rank before it',
    lang: 'zh',
    text: '瑞士第二大药企雷诺斯确认，其研发网络遭到入侵。',
    victims: ['雷诺斯'],
    not: ['瑞士第二大药企雷诺斯'],
  },
  {
    name: 'zh: products listed before 等平台 are products, not victims',
    lang: 'zh',
    text: '游戏公司星穹互娱确认，公司内部的Workbench、Tracker和Wikiboard等平台遭到入侵。',
    victims: ['星穹互娱'],
    not: ['Workbench', 'Tracker', 'Wikiboard'],
  },
  {
    name: 'zh: an unnamed place (某市) makes a description, not a name',
    lang: 'zh',
    text: '某市医疗保障中心的信息系统遭到黑客攻击，部分参保人员信息泄露。',
    victims: [],
    not: ['某市医疗', '某市医疗保障中心'],
  },
  {
    name: 'zh: a headline whose subject had an outage or was fined for a breach',
    lang: 'zh',
    title: '云杉云服务故障，多家企业受影响',
    text: '12月3日，云杉云华东节点发生大规模服务中断，云杉表示故障原因为电力中断。',
    victims: ['云杉云'],
    not: [],
  },
  {
    name: 'zh: a headline subject that opens with a qualifier is a description',
    lang: 'zh',
    title: '美国知名卫星广播服务中断一周',
    text: '这家美国知名卫星广播运营商的服务中断已超过一周。',
    victims: [],
    not: ['美国知名卫星广播'],
  },
  {
    name: 'zh: a sector description with a trade noun (汽车零部件供应商) is dropped from the name',
    lang: 'zh',
    text: '德国汽车零部件供应商北岭集团证实，其IT系统遭到网络攻击。',
    victims: ['北岭集团'],
    not: ['德国汽车零部件供应商北岭集团'],
  },
  {
    name: 'zh: a verb before an organisation head is no part of a name',
    lang: 'zh',
    text: '该员工利用未注销的账号登录公司服务器，删除了数据库，公司业务中断。',
    victims: [],
    not: ['账号登录公司'],
  },
  {
    name: 'en: a list after a cue that also holds a verb cue (breaches … include)',
    lang: 'en',
    text: 'Retail chains that disclosed card breaches this spring after a tip from Halvard Research include Orrin Outfitters, Pelham Stores (twice) and Quill Market.',
    victims: ['Orrin Outfitters', 'Pelham Stores', 'Quill Market'],
    not: ['Halvard Research'],
  },
  {
    name: 'en: the victim refuses the extortionists',
    lang: 'en',
    text: 'Episodes of the series leaked online after Brackenfield Studios refused to meet the hackers’ demands.',
    victims: ['Brackenfield Studios'],
    not: [],
  },
  {
    name: 'en: the object of an extortion demand',
    lang: 'en',
    text: 'The gang demanded that Corvane Media pay a large sum in bitcoin.',
    victims: ['Corvane Media'],
    not: [],
  },
  {
    name: 'en: ransomware used to coerce a hospital, with an apposition',
    lang: 'en',
    text: 'In 2016 ransomware was used to coerce Marlow Valley Medical Center, a hospital in Oregon, to pay 40 bitcoin.',
    victims: ['Marlow Valley Medical Center'],
    not: [],
  },
  {
    name: 'en: files locked up at a named hospital',
    lang: 'en',
    text: 'Earlier this year attackers used a derivative of the malware to lock up files at Grayson Regional Hospital in Ohio.',
    victims: ['Grayson Regional Hospital'],
    not: [],
  },
  {
    name: 'en: records belonging to a company were leaked',
    lang: 'en',
    text: 'About 12 million records belonging to Tessary Analytics have been leaked online.',
    victims: ['Tessary Analytics'],
    not: [],
  },
  {
    name: 'en: an attack named after the organisation',
    lang: 'en',
    text: 'A year has passed since the Westbrook Memorial Hospital attack, in which officials refused to pay.',
    victims: ['Westbrook Memorial Hospital'],
    not: [],
  },
  {
    name: 'en: the company that notified its employees',
    lang: 'en',
    text: 'Farrow Distribution emailed employees that their W-2 data was compromised on January 27.',
    victims: ['Farrow Distribution'],
    not: [],
  },
  {
    name: 'en: an incident that occurred at a named organisation',
    lang: 'en',
    text: 'Another incident that ended in a ransom payment was spotted in Lindell Heart Hospital in 2016.',
    victims: ['Lindell Heart Hospital'],
    not: [],
  },
  {
    name: 'en: forced to act is no object cue',
    lang: 'en',
    text: 'The outage forced staff to work on paper while Quorra Labs published guidance.',
    victims: [],
    not: ['Quorra Labs'],
  },
  {
    name: 'zh: two Latin names joined by 和 with spaces share the cue after them',
    lang: 'zh',
    text: '英国两家最大的连锁超市——Hallworth 和 Brightmoor——同样受到了影响。',
    victims: ['Hallworth', 'Brightmoor'],
    not: [],
  },
  {
    name: 'zh: a list after an incident clause (客户遭遇故障，包括…)',
    lang: 'zh',
    text: '此次事件导致该公司软件的客户遭遇故障，包括美国咖啡连锁店青禾咖啡、Pellham 和 Dorrance。',
    victims: ['青禾咖啡', 'Pellham', 'Dorrance'],
    not: ['美国咖啡连锁店青禾咖啡'],
  },
  {
    name: 'zh: the number of a list item is no part of the name',
    lang: 'zh',
    text: '9.Corvane Labs 确认遭遇数据泄露，攻击者窃取了员工信息。',
    victims: ['Corvane Labs'],
    not: ['9.Corvane Labs'],
  },
  {
    name: 'zh: a Latin name with a Chinese head after a place is the Latin name',
    lang: 'zh',
    text: '英国WXH医院网络遭到攻击，预约系统中断。Bexmoor 交易所遭到黑客入侵。',
    victims: ['WXH', 'Bexmoor'],
    not: ['英国WXH医院', 'Bexmoor 交易所'],
  },
  {
    name: 'zh: attack classes, advisory ids, counts and conjunctions are no organisations',
    lang: 'zh',
    text: '这些插件可能被用于远程代码执行（RCE），非常容易遭到网络攻击。以下是 VMSA-2024-0099 公告中遭到利用的漏洞。美国上万家汽车经销商的系统遭到攻击。尽管医院的服务仍然可用，但等待时间有所延长。',
    victims: [],
    not: ['RCE', '远程代码执行', 'VMSA-2024-0099', '美国上万家汽车', '尽管医院'],
  },
  {
    name: 'zh: the words glossed by a vulnerability id are no name',
    lang: 'zh',
    text: '防火墙的身份验证绕过漏洞（CVE-2025-0999）遭到攻击者利用。该漏洞影响多个版本。',
    victims: [],
    not: ['漏洞', 'CVE-2025-0999', '身份验证绕过漏洞'],
  },
  {
    name: 'zh: an analysis firm quoted in quotes is a source',
    lang: 'zh',
    text: '区块链数据分析公司“ChainSleuth”称，Orbitex交易所被黑与朝鲜黑客有关。ChainSleuth表示，被盗资金已被转移。',
    victims: ['Orbitex'],
    not: ['ChainSleuth'],
  },
  {
    name: 'zh: users of a browser are attacked, not the browser',
    lang: 'zh',
    text: '黑客组织利用两个漏洞攻击 Windows PC 上的 Foxglide 浏览器用户。',
    victims: [],
    not: ['Windows PC', 'Foxglide'],
  },
  {
    name: 'en: people named next to the victim are not victims',
    lang: 'en',
    text: 'Hackers breached Norlake Dental Group last month. Via email, Tarrance confirmed his findings. Galvex researcher Jérôme Pellerin confirmed that Norlake Dental Group had been compromised.',
    victims: ['Norlake Dental Group'],
    not: ['Tarrance', 'Jérôme Pellerin'],
  },
];

describe('victim selection by structure', () => {
  test.each(cases)('$name', ({ text, lang, title, victims: expected, not }) => {
    const found = victims(text, lang, title ?? null);
    for (const v of expected) expect(found).toContain(v);
    for (const v of not) expect(found).not.toContain(v);
  });

  test('reported facts carry the reasons of their group', () => {
    const ctx: ExtractContext = { text: 'Attackers breached Halden Transit on Monday.', lang: 'en', published: null, refDate: REF_DATE, excluded: [] };
    const [fact] = organizationExtractor.extract(ctx);
    expect(fact.text).toBe('Halden Transit');
    expect(fact.attrs?.evidence).toMatch(/victim/);
  });
});

describe('findVictimRoles', () => {
  const spansOf = (text: string, names: string[]): Span[] => names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  test.each([
    { lang: 'en', text: 'Acme, a maker of valves, was breached.', names: ['Acme'], kinds: ['subject'] },
    { lang: 'en', text: 'Hackers targeted the Dutch clinic Vesta.', names: ['Vesta'], kinds: ['object'] },
    { lang: 'en', text: 'Vesta was hit by Ghostly.', names: ['Vesta', 'Ghostly'], kinds: ['subject', null] },
    { lang: 'en', text: 'The attack on our partners was reported. Globex said nothing.', names: ['Globex'], kinds: [null] },
    { lang: 'zh', text: 'Acme表示，其系统遭到攻击。', names: ['Acme'], kinds: ['subject'] },
    { lang: 'zh', text: '黑客攻击了Vesta。', names: ['Vesta'], kinds: ['object'] },
    { lang: 'zh', text: '据Globex称，Vesta遭到攻击。', names: ['Globex', 'Vesta'], kinds: [null, 'subject'] },
    { lang: 'zh', text: '星海投诉中心共收到120起关于医院遭受勒索软件攻击的投诉。', names: ['星海投诉中心'], kinds: [null] },
    { lang: 'zh', text: '远航控股接到有关多家医院遭到攻击的报告。', names: ['远航控股'], kinds: [null] },
  ])('$lang: $text', ({ lang, text, names, kinds }) => {
    expect(findVictimRoles(text, spansOf(text, names), lang).map((r) => r?.kind ?? null)).toEqual(kinds);
  });
});

describe('findCoreferentNames', () => {
  const options = { isPlace: (n: string) => ['英国', '美国'].includes(n), isHead: (w: string) => ['Airways', 'Group', 'Bank'].includes(w) };
  const form = (value: string, count = 1, id?: string): NameForm => ({ key: value.toLowerCase(), value, count, ...(id ? { id } : {}) });
  test.each([
    { names: [form('Chicago Public Schools', 2), form('CPS')], links: [['cps', 'chicago public schools', 'acronym']] },
    { names: [form('Medibank Private'), form('Medibank', 3)], links: [['medibank private', 'medibank', 'short form']] },
    { names: [form('Cathay Pacific Airways'), form('Cathay Pacific', 1, 'org:cathay')], links: [['cathay pacific airways', 'cathay pacific', 'short form']] },
    { names: [form('英国云帆邮政集团'), form('云帆邮政', 2)], links: [['英国云帆邮政集团', '云帆邮政', 'place or head']] },
    // A known name and a product of it stay apart; an ambiguous short form links nothing.
    { names: [form('Google Cloud'), form('Google', 3, 'org:google')], links: [] },
    { names: [form('Linus Tech Tips'), form('Linus Media Group'), form('Linus')], links: [] },
    { names: [form('Microsoft 365 Admin Center'), form('Microsoft', 1, 'org:microsoft')], links: [] },
  ])('$names.0.value', ({ names, links }) => {
    expect(findCoreferentNames(names, options).map((l) => [l.from, l.to, l.reason])).toEqual(links);
  });
});

describe('scoreVictimGroup', () => {
  const base: VictimEvidence = { cued: 0, roles: 0, roleCues: [], speech: 0, headline: null, source: 0, mentions: 1, nonVictim: false, productLike: false, leadTop: false };
  test.each([
    { name: 'one cue is enough', e: { ...base, cued: 1 }, victim: true },
    { name: 'a headline role is enough', e: { ...base, headline: 'role' as const }, victim: true },
    { name: 'a headline mention alone is not', e: { ...base, headline: 'mention' as const }, victim: false },
    { name: 'speech alone is not', e: { ...base, speech: 0.5 }, victim: false },
    { name: 'speech does not count for a cited source', e: { ...base, roles: 1, speech: 1, source: 1 }, victim: false },
    { name: 'a known vendor never is', e: { ...base, cued: 3, nonVictim: true }, victim: false },
    { name: 'except the operator of a faulty update', e: { ...base, nonVictim: true, faultyUpdate: true }, victim: true },
    { name: 'a product never is', e: { ...base, cued: 2, productLike: true }, victim: false },
    { name: 'the lead organisation that speaks, without source evidence', e: { ...base, speech: 0.5, leadTop: true }, victim: true },
    { name: 'the lead organisation with a weak role, without source evidence', e: { ...base, roles: 0.5, leadTop: true }, victim: true },
    { name: 'the lead organisation named only in the headline is not', e: { ...base, headline: 'mention' as const, leadTop: true }, victim: false },
    { name: 'the lead organisation without any evidence is not', e: { ...base, leadTop: true }, victim: false },
    { name: 'frequency alone is not', e: { ...base, mentions: 9 }, victim: false },
  ])('$name', ({ e, victim }) => {
    const score = scoreVictimGroup(e);
    expect(score.victim).toBe(victim);
    // A reported group always says why.
    if (victim) expect(score.reasons.length).toBeGreaterThan(0);
  });
});
