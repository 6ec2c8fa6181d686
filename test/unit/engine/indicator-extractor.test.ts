/**
 * Indicators of compromise: defanged forms always count, plain forms only in an IOC context, and
 * nothing in reference / contact lines. Our own sentences in English and Chinese, offset
 * properties, and the labelled corpus when ../shared/corpus is present (no `not`-list indicator is
 * ever produced; recall is reported).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../../../engine/facts/extractor';
import { findExcludedZones } from '../../../engine/facts/find-excluded-zones';
import { findIndicators, indicatorExtractor } from '../../../engine/facts/indicator-extractor';
import { findIndicatorCandidates, refang } from '../../../engine/indicators/find-indicator-candidates';
import { hasCorpus, readCorpusPage, readLabels } from '../corpus';

const REF_DATE = new Date('2023-01-14T00:00:00Z');

/** Indicators of `text` the way the pipeline sees them: excluded zones found first. */
const indicatorsOf = (text: string) => findIndicators(text, findExcludedZones(text));

describe('findIndicators: reported', () => {
  test.each([
    // Defanged forms present themselves, whatever the sentence says.
    { text: 'The phishing kit was hosted on admou[.]org last week.', found: 'admou[.]org', value: 'admou.org', type: 'domain' },
    { text: 'Researchers saw traffic to hxxps://cdn-update[.]net/a.js', found: 'hxxps://cdn-update[.]net/a.js', value: 'https://cdn-update.net/a.js', type: 'url' },
    { text: 'Payload: hXXp[:]//198.51.100[.]7/x.bin', found: 'hXXp[:]//198.51.100[.]7/x.bin', value: 'http://198.51.100.7/x.bin', type: 'url' },
    { text: 'Beacon to 203.0.113[.]45 every minute.', found: '203.0.113[.]45', value: '203.0.113.45', type: 'ipv4' },
    { text: 'Mail came from billing[at]invoice-portal[.]com.', found: 'billing[at]invoice-portal[.]com', value: 'billing@invoice-portal.com', type: 'email' },
    { text: 'The lure pointed at evil(.)example{.}com and worse.', found: 'evil(.)example{.}com', value: 'evil.example.com', type: 'domain' },
    { text: 'Domains like Login-Portal[dot]com were parked.', found: 'Login-Portal[dot]com', value: 'login-portal.com', type: 'domain' },
    { text: '攻击者访问恶意域名evil［.］com进行下载。', found: 'evil［.］com', value: 'evil.com', type: 'domain' },
    { text: '攻击者注册了多个相似域名，如 northwind-support.co，用于发送钓鱼邮件。', found: 'northwind-support.co', value: 'northwind-support.co', type: 'domain' },
    { text: '钓鱼页面托管在 portal-bank-login[.] com 上。', found: 'portal-bank-login[.] com', value: 'portal-bank-login.com', type: 'domain' },
    { text: '样本会连接hxxp://update-check[.]top/api获取指令。', found: 'hxxp://update-check[.]top/api', value: 'http://update-check.top/api', type: 'url' },
    { text: 'The leak site lockbitapt6vx57t3eeqjofwgcglmutr3a35nygvokja5uuccip4ykyd.onion went live.', found: 'lockbitapt6vx57t3eeqjofwgcglmutr3a35nygvokja5uuccip4ykyd.onion', value: 'lockbitapt6vx57t3eeqjofwgcglmutr3a35nygvokja5uuccip4ykyd.onion', type: 'domain' },
    // Plain forms in an IOC context.
    { text: 'The malware connects to its C2 server at 185.220.101.1 over HTTPS.', found: '185.220.101.1', value: '185.220.101.1', type: 'ipv4' },
    { text: 'Both malicious domains, update-msft.net and cdn-office.org, were registered in May.', found: 'cdn-office.org', value: 'cdn-office.org', type: 'domain' },
    { text: 'The group registered decoy addresses to mimic the bank. They include secure-bank-login.fr.', found: 'secure-bank-login.fr', value: 'secure-bank-login.fr', type: 'domain' },
    { text: 'The ransom note asks victims to write to decryptor2023@onionmail.org within 72 hours.', found: 'decryptor2023@onionmail.org', value: 'decryptor2023@onionmail.org', type: 'email' },
    { text: 'C2地址为１８５.２２０.１０１.１，攻击者通过该地址下发指令。', found: '１８５.２２０.１０１.１', value: '185.220.101.1', type: 'ipv4' },
    { text: '该组织使用的钓鱼网站为mail-163-login.com，仿冒网易邮箱。', found: 'mail-163-login.com', value: 'mail-163-login.com', type: 'domain' },
    { text: '木马的回连地址是c2.badcdn.xyz:8443/gate.php，已被封堵。', found: 'c2.badcdn.xyz:8443/gate.php', value: 'c2.badcdn.xyz:8443/gate.php', type: 'url' },
    { text: 'The dropper (SHA256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08) was signed.', found: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', value: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', type: 'sha256' },
    { text: '样本MD5：44D88612FEA8A8F36DE82E1278ABB02F', found: '44D88612FEA8A8F36DE82E1278ABB02F', value: '44d88612fea8a8f36de82e1278abb02f', type: 'md5' },
    { text: 'The implant beacons to its C2 at 2001:db8:85a3::8a2e:370:7334 hourly.', found: '2001:db8:85a3::8a2e:370:7334', value: '2001:db8:85a3::8a2e:370:7334', type: 'ipv6' },
  ])('$type $found', ({ text, found, value, type }) => {
    const fact = indicatorsOf(text).find((f) => f.text === found);
    expect(fact).toMatchObject({ category: 'indicator', value, attrs: { type } });
    expect(text.slice(fact!.start, fact!.end)).toBe(found);
  });

  test.each([
    {
      name: 'English IOC list under its header',
      text: 'Indicators of compromise:\nupdate-msft.net\n198.51.100.23\nda39a3ee5e6b4b0d3255bfef95601890afd80709',
      values: ['update-msft.net', '198.51.100.23', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    },
    {
      name: 'Chinese list of attacker-controlled domains',
      text: '客户端会连接到如下受攻击者控制的域名：\nakamai-cdn-box.com\nms-store-azure.com\n以上域名均已下线。',
      values: ['akamai-cdn-box.com', 'ms-store-azure.com'],
    },
    {
      name: 'rows of an IOC table under its header',
      text: 'Indicators of compromise\nIP\tRole\n185.220.101.1\tC2 (Cobalt Strike)\n45.9.148.7\tstaging\nThe intrusion began in May and lasted for several weeks before the bank noticed it, officials said.',
      values: ['185.220.101.1', '45.9.148.7'],
    },
    {
      name: 'hashes under a Chinese hash header',
      text: '样本哈希：\nSHA256\n9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  loader.dll\n建议用户尽快排查。',
      values: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
    },
    {
      name: 'a hash alone on its line under a hash header',
      text: '样本哈希\n9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n3c59dc048e8850243be8079a5c74d079',
      values: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', '3c59dc048e8850243be8079a5c74d079'],
    },
    {
      name: 'a table written one cell a line: the MD5 column',
      text: '近期捕获的样本如下，主题多为发票。\nMD5\n文件名\n捕获时间\n3c59dc048e8850243be8079a5c74d079\n发票.exe\n2024/3/1 10:00\nb6d767d2f8ed5d21a44b0e5886680cb9\n名单.zip\n2024/3/2 11:30\n建议用户不要打开来历不明的文件。',
      values: ['3c59dc048e8850243be8079a5c74d079', 'b6d767d2f8ed5d21a44b0e5886680cb9'],
    },
    {
      name: 'a table of download sites under a caption that calls them malicious; the hosting column is not',
      text: '监测发现以下传播恶意程序的下载网站：\n序号\n下载域名\n托管平台\n1\nfreeapp-down.top\ncloudhost-example.com\n2\n88game-apk.xyz\ncloudhost-example.com\n请广大用户提高警惕。',
      values: ['freeapp-down.top', '88game-apk.xyz'],
    },
    {
      name: 'a line of URLs whose header ends in a colon, under the line that names them',
      text: '解密出的 C2 如下:\n从云盘获取图片并进行解密：\nhttps://files.example-share.org/u1/a.bmp\nhttps://files.example-share.org/u2/b.bmp',
      values: ['https://files.example-share.org/u1/a.bmp', 'https://files.example-share.org/u2/b.bmp'],
    },
    {
      name: 'a downloader\'s source',
      text: '该文件为第二阶段的下载者，从 update.example-cdn.net/p/x.tmp 下载文件并解密。',
      values: ['update.example-cdn.net/p/x.tmp'],
    },
    {
      name: 'a list with one defanged item vouches for the others',
      text: 'We also observed:\n1. login-check[.]com\n2. login-check2.com\n3. 192.0.2.77',
      values: ['login-check.com', 'login-check2.com', '192.0.2.77'],
    },
  ])('$name', ({ text, values }) => {
    expect(indicatorsOf(text).map((f) => f.value)).toEqual(values);
  });
});

describe('findIndicators: not reported', () => {
  test.each([
    { name: 'the victim site in a breach story', text: 'The attackers defaced nypost-like.com, the paper\'s own website, on Friday.' },
    { name: 'a company written as a domain', text: 'According to SEKOIA.IO, the group phished NATO staff via malicious domains.' },
    { name: 'a brand-name domain in title case', text: 'The researcher told Hackread.com that the server was exposed.' },
    { name: 'a source in prose', text: 'As first reported by bleepingcomputer.com, the outage lasted two days.' },
    { name: 'a vendor download link', text: 'Users should update from https://www.openoffice.org/download/ as soon as possible.' },
    { name: 'file names', text: 'The C2 payload setup.exe drops loader.dll and run.sh next to config.php.' },
    { name: 'version numbers', text: 'The C2 agent version 1.2.3.4 replaced v2.19.1.4 in March.' },
    { name: 'a masked address', text: '据称防火墙设备的IP地址（194.xxx.xxx.xxx）被攻击者用作跳板。' },
    { name: 'a git commit', text: 'The fix is commit 7f0e16312dd5ce20f93744ef8b9c3b0f1ece2216 in the project.' },
    { name: 'a time is no IPv6', text: 'The C2 went quiet at 12:30:45 and 01:02:03:04.' },
    { name: 'an English contact line', text: 'The outage is over.\nContact: press@royalmail-news.com' },
    { name: 'a Chinese submission line', text: '事件仍在调查中。\n“投稿联系方式：孙中豪 010-82992251 sunzhonghao@cert.org.cn”' },
    { name: 'a Chinese reference block', text: '该公司已恢复服务。\n参考资料：\nbleepingcomputer.com\n原文来源：安全内参' },
    { name: 'an English source line', text: 'The hospital is still offline.\nSource: https://www.bbc.com/news/technology-64056300' },
    { name: 'a read-next list', text: '系统已恢复。\n推荐阅读\n【快讯】黑客利用 evil.com 传播木马\n点击下方卡片关注我们' },
    { name: 'an article URL with no cue', text: '他在GitHub上共享了文件目录（http://gist.github.com/someone/53a80e3214601aa2）。' },
    { name: 'a report cited in a C2 sentence', text: 'The C2 servers were described in detail (according to https://blog.example-security.com/apt-report) last week.' },
    { name: 'a Chinese report cited in a C2 sentence', text: '攻击者控制的C2服务器已被关闭，详见 https://www.example.com/news/123 的报道。' },
    { name: 'an official download link next to attacker words', text: '攻击者使用该漏洞投放木马，官方下载链接：https://www.example.org/download/' },
    { name: 'plain domains without any cue', text: 'The portal carenzorgt-like.nl was taken offline after the hack, police said.' },
    { name: 'a vendor\'s security mailbox next to a ransom word', text: '该公司否认遭到勒索，并请研究人员通过 security@example-vendor.com 报告漏洞。' },
    { name: 'a table of resources with no word of attackers', text: '常用的数据资源如下：\n名称\n网址\n统计年鉴\nstats.example.gov.cn\n社会调查库\nsurvey.example.edu.cn\n欢迎收藏。' },
    { name: 'a table whose only domain column holds hosting platforms', text: '以下恶意程序已被下架：\n程序名称\n托管平台\n假冒银行\ncloudhost-example.com\n贷款助手\nappstore-example.com' },
  ])('$name', ({ text }) => {
    expect(indicatorsOf(text)).toEqual([]);
  });
});

describe('indicator candidates', () => {
  test.each([
    { raw: 'hxxps[:]//evil[.]com/a', plain: 'https://evil.com/a' },
    { raw: 'hXXp://1.2.3[.]4', plain: 'http://1.2.3.4' },
    { raw: 'user[at]evil[dot]com', plain: 'user@evil.com' },
    { raw: 'lk-nalog- gov[.]ru', plain: 'lk-nalog-gov.ru' },
    { raw: 'a{.}b(.)c', plain: 'a.b.c' },
  ])('refang($raw) = $plain', ({ raw, plain }) => {
    expect(refang(raw)).toBe(plain);
  });

  test('a defanged domain with a space after a hyphen is one candidate', () => {
    const text = '以及lk-nalog- gov[.]ru（低可信度）';
    const [c] = findIndicatorCandidates(text);
    expect(text.slice(c.start, c.end)).toBe('lk-nalog- gov[.]ru');
    expect(c.value).toBe('lk-nalog-gov.ru');
  });

  test('a plain domain keeps no stray word before a space', () => {
    const text = 'well- known.com';
    const [c] = findIndicatorCandidates(text);
    expect(text.slice(c.start, c.end)).toBe('known.com');
  });
});

describe('indicatorExtractor', () => {
  test('skips indicators in the context\'s excluded zones', () => {
    const text = 'C2: evil-c2.net\nSource: evil-c2.org';
    const ctx: ExtractContext = { text, lang: 'en', published: null, refDate: REF_DATE, excluded: findExcludedZones(text) };
    expect(indicatorExtractor.extract(ctx).map((f) => f.value)).toEqual(['evil-c2.net']);
  });

  test('never throws, and every fact is an exact slice of the text', () => {
    const piece = fc.constantFrom(
      'evil[.]com', 'hxxps[:]//a[.]b/c', '1.2.3.4', '１．２．３．４', 'C2 ', 'IOCs:\n', '恶意域名', 'x[at]y[.]org', '::', 'fe80::1',
      'd41d8cd98f00b204e9800998ecf8427e', '。', '［.］', '\n', ' ', 'http://', '- ', 'a.b', '参考资料：', 'Source: ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        for (const f of indicatorsOf(text)) {
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(f.start).toBeLessThan(f.end);
          expect(f.attrs?.type).toMatch(/^(?:ipv4|ipv6|domain|url|md5|sha1|sha256|sha512|email)$/u);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!hasCorpus)('corpus (../shared/corpus)', () => {
  // Read at collection time; readLabels reads nothing when the corpus is absent.
  const pages = readLabels().map((label) => ({ label, text: readCorpusPage(label)?.text ?? '' }));
  const overlaps = (factText: string, form: string) => factText.includes(form) || form.includes(factText);

  test('no `not`-list indicator is ever produced', () => {
    const produced = pages.flatMap(({ label, text }) => {
      const nots = (label.not ?? []).filter((n) => n.cat === 'indicator').flatMap((n) => n.forms);
      return indicatorsOf(text)
        .filter((f) => nots.some((n) => overlaps(f.text, n)))
        .map((f) => `${label.id}: ${f.text}`);
    });
    expect(produced).toEqual([]);
  });

  test('indicator recall and precision', () => {
    let found = 0;
    let total = 0;
    let reported = 0;
    let correct = 0;
    for (const { label, text } of pages) {
      const gold = label.facts.filter((f) => f.cat === 'indicator');
      const facts = indicatorsOf(text);
      reported += facts.length;
      correct += facts.filter((f) => gold.some((g) => g.forms.some((form) => overlaps(f.text, form)))).length;
      for (const g of gold) {
        total++;
        if (facts.some((f) => g.forms.some((form) => overlaps(f.text, form)))) found++;
      }
    }
    console.info(`indicator recall ${found}/${total}, precision ${correct}/${reported}`);
    expect(total).toBeGreaterThan(0);
    expect(found / total).toBeGreaterThanOrEqual(0.9);
    expect(correct / Math.max(1, reported)).toBeGreaterThanOrEqual(0.9);
  });
});
