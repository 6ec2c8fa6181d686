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
  ])('$lang: $text', ({ lang, text, service, status }) => {
    expect(services(text, lang)).toContainEqual({ text: service, status });
  });

  test.each([
    // A noun without an incident cue, and a word that contains a head but names none, are no services.
    { lang: 'en', text: 'The bank opened new ATMs in the town centre last year.' },
    { lang: 'zh', text: '这家公司的工作电脑和工厂生产一切正常。' },
  ])('no service: $text', ({ lang, text }) => {
    const found = services(text, lang).map((s) => s.text);
    expect(found.filter((s) => /ATMs|电脑|生产/.test(s))).toEqual([]);
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
