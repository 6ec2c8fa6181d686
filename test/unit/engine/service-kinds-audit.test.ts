import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../../../engine/facts/extractor';
import { SERVICE_NOUNS } from '../../../engine/data/service-nouns';
import { serviceExtractor } from '../../../engine/facts/service-extractor';

const REF_DATE = new Date(Date.UTC(2024, 2, 1));

function services(text: string, lang: string): { text: string; status?: string }[] {
  const ctx: ExtractContext = { text, lang, published: '2024-03-01', refDate: REF_DATE, excluded: [] };
  return serviceExtractor.extract(ctx).map((f) => ({ text: f.text, status: f.attrs?.status }));
}

// Sentences of our own, one or two per kind of service an organisation runs (transport, health, finance,
// retail, government, utilities, telecom, media, manufacturing, IT), and per structure that makes a noun
// phrase the affected or unaffected service.
describe('services by kind and by structure', () => {
  test.each([
    // An organisation named by its kind, definite, owns a domain noun ("the carmaker's", "the council's").
    { lang: 'en', text: "The carmaker's production lines were halted for a week.", service: 'production lines', status: 'affected' },
    { lang: 'en', text: "The attack disrupted the retailer's shipping.", service: 'shipping', status: 'affected' },
    { lang: 'en', text: "The council's bin collections were disrupted by the attack.", service: 'bin collections', status: 'affected' },
    // "Its" opening a sentence owns like "its".
    { lang: 'en', text: 'Its parcel tracking was suspended after the attack.', service: 'parcel tracking', status: 'affected' },
    // A domain noun of two words says which service by itself.
    { lang: 'en', text: 'Parcel tracking was suspended after the cyberattack.', service: 'Parcel tracking', status: 'affected' },
    { lang: 'en', text: 'The water supply was not affected by the incident.', service: 'water supply', status: 'unaffected' },
    { lang: 'en', text: 'Patient care was not impacted, the hospital said.', service: 'Patient care', status: 'unaffected' },
    // A machine word bound by its owner's possessive to the attack after it.
    { lang: 'en', text: "The school district's network was hit by ransomware.", service: 'network', status: 'affected' },
    // Vocabulary by kind.
    { lang: 'en', text: 'Customers were unable to log in to the host’s control panel after the outage.', service: 'control panel', status: 'affected' },
    { lang: 'en', text: 'Orvale Foods shut down its pipeline after the ransomware attack.', service: 'pipeline', status: 'affected' },
    { lang: 'en', text: 'The hospital’s MRI scanners could not be used after the attack.', service: 'MRI scanners', status: 'affected' },
    { lang: 'en', text: 'The attack disrupted emergency alerts in Orvale County.', service: 'emergency alerts', status: 'affected' },
    { lang: 'en', text: 'Calls to the contact centre could not be answered during the outage.', service: 'contact centre', status: 'affected' },
    { lang: 'en', text: 'The satellite operator’s modems were bricked by the wiper.', service: 'modems', status: 'affected' },
    { lang: 'en', text: 'The hackers took control of the factory’s robots.', service: 'robots', status: 'affected' },
    { lang: 'en', text: 'Hackers drained $80 million from the Pellam bridge.', service: 'Pellam bridge', status: 'affected' },
    { lang: 'en', text: 'The library’s self-checkout machines were offline all week.', service: 'self-checkout machines', status: 'affected' },
    { lang: 'en', text: 'The council said its bin collections would continue as normal.', service: 'bin collections', status: 'unaffected' },
    // A product named as the subject of an outage predicate.
    { lang: 'en', text: 'Users reported that Lumachat was down for hours on Tuesday.', service: 'Lumachat', status: 'affected' },
    { lang: 'en', text: 'Quillmail and Quilldocs suffered an outage on Tuesday.', service: 'Quilldocs', status: 'affected' },
    { lang: 'en', text: 'At the time of writing, the Lumachat was down for maintenance.', service: 'Lumachat', status: 'affected' },
    // A denial said by the verb's negation or by "no disruption to" is no-impact, not a disruption.
    { lang: 'en', text: "The attack did not affect Orvale Bank's payment systems.", service: 'payment systems', status: 'unaffected' },
    { lang: 'en', text: 'There was no disruption to Halden Rail’s train services.', service: 'train services', status: 'unaffected' },
    { lang: 'en', text: 'Lakeside Hospital said patient care continued uninterrupted.', service: 'patient care', status: 'unaffected' },
    // An intrusion said by what was put where.
    { lang: 'en', text: "Attackers installed malware on the restaurant chain's point-of-sale systems.", service: 'point-of-sale systems', status: 'affected' },
    { lang: 'en', text: 'The attackers injected malicious code into the checkout page of the online store.', service: 'checkout page', status: 'affected' },
    { lang: 'en', text: 'Card data was stolen from the payment system over three months.', service: 'payment system', status: 'affected' },
    { lang: 'en', text: 'Malware was found on the servers that process payments at Orvale hotels.', service: 'servers', status: 'affected' },
    // What a victim does to a system it cannot trust, and a halt said with "to a halt".
    { lang: 'en', text: 'Orvale Bank temporarily disabled its customer portal.', service: 'customer portal', status: 'affected' },
    { lang: 'en', text: "The ransomware attack brought the port's terminal operating system to a halt.", service: 'terminal operating system', status: 'affected' },
    // A number after a name belongs to it ("Office 365"), it counts nothing.
    { lang: 'en', text: "The attack hit Orvale's Office 365 accounts.", service: 'Office 365 accounts', status: 'affected' },
    // 未对…造成影响: the denial's verb after its object.
    { lang: 'zh', text: '此次事件未对星河航空的订票系统造成影响。', service: '星河航空的订票系统', status: 'unaffected' },
    { lang: 'zh', text: '此次攻击对星河航空的订票系统造成了影响。', service: '星河航空的订票系统', status: 'affected' },
    // Chinese: an organisation owner before 的 makes a domain noun its service.
    { lang: 'zh', text: '受勒索攻击影响，该医院的透析无法进行。', service: '透析', status: 'affected' },
    { lang: 'zh', text: '北湖医院的CT机无法使用。', service: 'CT机', status: 'affected' },
    { lang: 'zh', text: '青禾大学的校园网中断，学生无法上网。', service: '校园网', status: 'affected' },
    { lang: 'zh', text: '星河热力表示，供热系统运行正常。', service: '供热系统', status: 'unaffected' },
    { lang: 'zh', text: '该公司的代码仓库被删除。', service: '代码仓库', status: 'affected' },
    { lang: 'zh', text: '星河科技的数据库遭到勒索攻击。', service: '星河科技的数据库', status: 'affected' },
    { lang: 'zh', text: '攻击者掏空了云帆协议的流动性池。', service: '云帆协议的流动性池', status: 'affected' },
    // A domain noun a few characters before another head modifies it: the phrase is the later head's.
    { lang: 'zh', text: '事件导致北湖机场的行李分拣系统停摆。', service: '行李分拣系统', status: 'affected' },
    // 对 of 对讲 and 对账 is no preposition.
    { lang: 'zh', text: '受攻击影响，云帆银行的对账系统中断。', service: '对账系统', status: 'affected' },
    { lang: 'zh', text: '北湖消防的对讲系统一度中断。', service: '对讲系统', status: 'affected' },
    // 电视台 is a station, not a 电视 head: the owner stays whole.
    { lang: 'zh', text: '北湖电视台的播出系统遭到攻击，节目中断。', service: '北湖电视台的播出系统', status: 'affected' },
    // Kept as before: 维持正常, 照常营业.
    { lang: 'zh', text: '云帆酒店的IT系统遭勒索软件攻击，公司称酒店入住服务维持正常。', service: '酒店入住服务', status: 'unaffected' },
    { lang: 'zh', text: '云帆超市的IT系统遭攻击，其网上商店未受到影响。', service: '网上商店', status: 'unaffected' },
    // Monitoring a utility runs is its service; only a security word before 监测 makes it the defender's tool.
    { lang: 'zh', text: '北湖水务的办公网络遭攻击，水质监测系统运行正常。', service: '水质监测系统', status: 'unaffected' },
  ])('$lang: $text', ({ lang, text, service, status }) => {
    expect(services(text, lang)).toContainEqual({ text: service, status });
  });

  test.each([
    // A company whose name ends in a service noun is the organisation, not its service.
    { lang: 'en', text: 'Norrvik Pipeline went offline after the attack.', absent: /Pipeline/ },
    // An organisation or a bank named as the subject of an outage is who it happened to.
    { lang: 'en', text: 'Norrvik Bank was offline for two days.', absent: /Norrvik Bank/ },
    // Without an owner a one-word domain noun names nobody's service.
    { lang: 'en', text: 'Shipping was disrupted across the region after the storm.', absent: /Shipping/ },
    // A sentence's capitalised first word before a data noun is a common noun, not a product said to be unaffected.
    { lang: 'en', text: 'Customer data was not accessed, the company said.', absent: /^Customer$/ },
    // An attacker named by its kind owns no victim's service.
    { lang: 'en', text: "The group's forum was taken down by police.", absent: /forum/ },
    // After a relative pronoun the first word is the clause's verb, not a modifier.
    { lang: 'en', text: 'Malware was found on the servers that process payments at Orvale hotels.', absent: /process/ },
    // Files "typically found on" machines say where such files live, not that malware was found there.
    { lang: 'en', text: 'The emails carried Word files, exactly the type typically found on laptop computers.', absent: /laptop/ },
    // 对外服务 says whom a service is for; "外服务" names nothing.
    { lang: 'zh', text: '受此影响，星河银行的信用卡业务暂停对外服务。', absent: /^外服务$/ },
    // A defender disabling the attacker's accounts lends no cue to the next sentence's services.
    {
      lang: 'en',
      text: 'The user is asked to let the rogue app reach their Google account and related services, including contacts and mail.\n“We have disabled offending accounts,” a Google spokesperson said.',
      absent: /related services/,
    },
    // A card is no service: "医保卡" is cut at its head.
    { lang: 'zh', text: '系统中断后，患者无法刷医保卡。', absent: /医保/ },
    // A penalty in a law ("停机整顿") says nothing stopped.
    { lang: 'zh', text: '如果不履行，公安机关会对开办网站者给予警告或者停机整顿。', absent: /网站/ },
    // "to drain" is what the theft was for; only "drained" says a store was emptied.
    { lang: 'en', text: 'The thieves exploited weaknesses in Pellam Routing System 9 to drain users’ bank accounts.', absent: /Routing System/ },
    // A blog post is where a firm wrote, not its blog that was hit.
    { lang: 'zh', text: '星河安全在其博客文章中表示，攻击者窃取了数据。', absent: /博客/ },
    // "关停服务器": 停服 inside a verb is no cue.
    { lang: 'zh', text: '民警在追查不法网站来源的同时，指导该公司关停服务器。', absent: /不法网站/ },
  ])('no service: $text', ({ lang, text, absent }) => {
    expect(services(text, lang).map((s) => s.text).filter((s) => absent.test(s))).toEqual([]);
  });
});

// Every noun of the reviewed list names a service in a sentence of the plainest kind, with a named owner:
// the list and the phrase finder agree. Records are data unless called electronic, and a Latin acronym alone
// after a Chinese company owner is left to its modifiers.
describe('every domain noun is found with an owner and an outage', () => {
  const left = new Set(['health records', 'patient records', 'medical records', 'PLC']);
  test.each(SERVICE_NOUNS.flatMap((n) => n.en.filter((h) => !left.has(h)).map((h) => ({ h }))))('en: $h', ({ h }) => {
    const plural = /s$/.test(h) && !/ss$/.test(h);
    const found = services(`After the cyberattack, Orvale's ${h} ${plural ? 'were' : 'was'} down for hours.`, 'en');
    expect(found.some((s) => s.text.includes(h) && s.status === 'affected')).toBe(true);
  });
  test.each(SERVICE_NOUNS.flatMap((n) => n.zh.filter((h) => !left.has(h)).map((h) => ({ h }))))('zh: $h', ({ h }) => {
    const found = services(`受网络攻击影响，北湖公司的${h}一度中断。`, 'zh');
    expect(found.some((s) => s.text.includes(h) && s.status === 'affected')).toBe(true);
  });
});
