import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../../../engine/facts/extractor';
import { serviceExtractor } from '../../../engine/facts/service-extractor';

/**
 * Where a Chinese service phrase starts and ends, by the structure of the sentence (issue 11):
 * a verb or adverb is no part of a service's name, a quality before 的 is no owner, and a head that
 * modifies another head or a property noun is no service. Sentences are invented.
 */
const REF_DATE = new Date(Date.UTC(2024, 4, 1));

function services(text: string): string[] {
  const ctx: ExtractContext = { text, lang: 'zh', published: '2024-05-01', refDate: REF_DATE, excluded: [] };
  return serviceExtractor.extract(ctx).map((f) => f.text);
}

const cases: { name: string; text: string; expected: string[]; absent: string[] }[] = [
  { name: 'a verb whose object the service is ends the phrase', text: '勒索攻击发生后，该集团的信息部门会切断系统以防扩散。', expected: [], absent: ['信息部门会切断系统', '切断系统'] },
  { name: 'a verb of theft ends the phrase: the wallet is its object', text: '黑客入侵交易平台后盗取加密货币钱包中的资产。', expected: [], absent: ['盗取加密货币钱包', '后盗取加密货币钱包'] },
  { name: 'a clause-opening conjunction is no part of the name', text: '攻击者获得了私钥，结果钱包被清空。', expected: [], absent: ['结果钱包'] },
  { name: 'a verb of replacing ends the phrase', text: '攻击导致医院只能用人工纸质登记来替代线上系统。', expected: [], absent: ['工纸质登记来替代线上系统'] },
  { name: 'an adverb before a head used as a verb', text: '厂商敦促用户尽快应用补丁，目前服务中断。', expected: [], absent: ['尽快应用'] },
  { name: 'an abstract noun before 的 is a quality, not an owner', text: '我们已经启动了保证服务连续性的流程，部分系统离线。', expected: [], absent: ['连续性的流程'] },
  { name: 'a level before 的 is no owner either', text: '攻击者入侵了高水平的外部网络，导致中断。', expected: [], absent: ['高水平的外部网络'] },
  { name: 'a property after the head makes the head a modifier', text: '攻击发生后，公司发起了保障业务连续性的计划，系统暂停。', expected: [], absent: ['保障业务', '业务'] },
  { name: 'an action after the head and 的 makes the phrase its object', text: '公司采取了隔离系统的措施，导致运河物流的订单系统离线。', expected: ['运河物流的订单系统'], absent: ['隔离系统'] },
  { name: 'a head before another head belongs to the later phrase', text: '东湖医院的会员系统和收银系统瘫痪。', expected: ['会员系统', '收银系统'], absent: ['会员系统和收银'] },
  { name: 'an owner cut by the length limit is not kept', text: '此次故障影响了应用层的应用程序和管理云的应用系统。', expected: [], absent: ['用程序和管理云的应用系统'] },
  { name: 'a channel a statement was shared on', text: '遭到攻击后，在其官网上分享的最新资讯中，该公司表示服务已恢复。', expected: [], absent: ['官网'] },
  // A flaw's scope is vulnerability news; an attack through the flaw still names the product hit.
  { name: 'the product a flaw affects', text: '该公司表示，这些漏洞会影响 Northwind Ledger（版本 8.x），攻击者可远程执行代码。', expected: [], absent: ['Northwind Ledger'] },
  { name: 'the plugin a flaw is found in', text: '研究人员警告说，某公司的 WordPress 表单插件中存在两个关键漏洞，允许攻击者远程执行代码。', expected: [], absent: ['WordPress 表单'] },
  { name: 'a product whose flaw an attack used stays', text: '攻击者利用微软Exchange存在的漏洞入侵了邮件服务器，导致邮件服务中断。', expected: ['微软Exchange', '邮件服务器'], absent: [] },
  { name: 'a section heading names a topic', text: '概述\nIT服务中断情况\n大量Windows设备蓝屏。', expected: [], absent: ['IT服务'] },
  { name: 'a headline-like line with a named service stays', text: '星河银行网上银行系统中断\n黑客攻击导致星河银行的网上银行系统中断。', expected: ['网上银行系统'], absent: [] },
  { name: 'traffic and a handler are parts, not the service', text: '由于高水平的外部网络流量，且调制解调器的连接处理程序异常，设备无法访问。', expected: [], absent: ['外部网络', '调制解调器的连接'] },
  { name: 'a misconfigured database is the database hit', text: '由于数据库配置错误，该平台遭遇了数据泄露，数据库中约有三百万条记录。', expected: ['数据库'], absent: [] },
  { name: 'a statement introduced by 如下回应 is no list of products', text: '发言人做出如下回应：\n以下是我们关于东港工厂IT中断事件的声明：\n我们的服务商发生了IT系统中断。', expected: [], absent: ['以下是我们关于东港工厂IT中断事件的声明'] },
  { name: 'a list of affected services stays', text: '受影响的服务包括以下：\nDish Anywhere\nSling TV', expected: ['Dish Anywhere', 'Sling TV'], absent: [] },
  // A scope adjective, a factor and an object are words of their own: 全国性, 因素, 对象 are not cut in half.
  { name: 'a scope adjective is cut off whole', text: '该运营商发生全国性网络中断，移动网络全部中断。', expected: ['移动网络'], absent: ['性网络'] },
  { name: '因 inside 因素 opens no clause', text: '黑客利用未启用多因素认证的远程门户入侵了公司网络。', expected: [], absent: ['素认证'] },
  { name: '对 inside 对象 opens no clause', text: '攻击导致云服务器和对象存储OSS服务不可用。', expected: [], absent: ['象存储OSS服务'] },
  // Names that hold a verb-like word stay whole.
  { name: 'a welfare system keeps 保障', text: '故障导致星河银行的社会保障系统中断。', expected: ['社会保障系统'], absent: [] },
  { name: 'a control system keeps its verb-like modifier', text: '黑客入侵后，水厂的远程控制系统瘫痪。', expected: ['远程控制系统'], absent: [] },
  { name: 'a login function keeps 登录', text: '攻击导致蓝鲸电视的登录功能无法使用。', expected: ['蓝鲸电视的登录功能'], absent: [] },
  // Seventh round: an unnamed 某 platform, a neural network, a platform that monitors, a flaw's possible reach, a kind before a name, a name joined by an underscore.
  { name: 'a platform introduced by 某 is nobody in particular', text: '国内某大型电商平台瘫痪，超过一亿用户受影响。', expected: [], absent: ['国内某大型电商平台', '电商平台'] },
  { name: 'a neural network is a model, not a network', text: '泄露的代码包括用于搜索排序的神经网络，该神经网络在攻击后瘫痪。', expected: [], absent: ['神经网络', '搜索排序的神经网络'] },
  { name: 'a platform that monitors is the reporter', text: '近日，**北湖网络安全威胁信息共享平台**监测到一种木马新变种持续活跃，可能导致业务中断。', expected: [], absent: ['北湖网络安全威胁信息共享平台', '网络安全威胁信息共享平台'] },
  { name: 'what a flaw could let attackers reach was not hit', text: '这些漏洞可能允许攻击者访问Northwind云基础设施并导致其中断。', expected: [], absent: ['Northwind云基础设施'] },
  { name: 'a kind right before a Latin name describes the product', text: 'Meta旗下的即时通讯应用Chatwise证实遭到间谍软件攻击。', expected: ['Chatwise'], absent: ['即时通讯应用'] },
  { name: 'a Latin name joined by an underscore stays whole', text: '由于外部流量，Halden_EN网站的可用性目前受到影响。', expected: ['Halden_EN网站'], absent: ['EN网站'] },
];

describe('Chinese service phrases by structure', () => {
  test.each(cases)('$name', ({ text, expected, absent }) => {
    const found = services(text);
    for (const e of expected) expect(found).toContain(e);
    for (const a of absent) expect(found).not.toContain(a);
  });
});
