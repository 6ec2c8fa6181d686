import { describe, expect, test } from 'vitest';
import { agencyExtractor } from '../../../engine/facts/agency-extractor';

/** Agencies named in Chinese by pattern (issue 11): foreign national bodies, US federal courts and attorneys. Invented sentences. */
const refDate = new Date(Date.UTC(2024, 4, 1));

function agencies(text: string): string[] {
  return agencyExtractor.extract({ text, lang: 'zh', published: null, refDate, excluded: [] }).map((f) => f.text);
}

const cases: [string, string[]][] = [
  // 安全 inside a national body's name no list holds.
  ['墨西哥国家数字安全局发布了警告。', ['墨西哥国家数字安全局']],
  ['秘鲁国家数字安全局表示正在调查。', ['秘鲁国家数字安全局']],
  // One 和 joining two fields inside a national body's name.
  ['印尼国家网络和密码局负责人表示', ['印尼国家网络和密码局']],
  // A US district's federal attorney and court: the district word stands between place and body.
  ['纽约南区联邦检察官办公室起诉了两名黑客。', ['纽约南区联邦检察官办公室']],
  ['此案由加州北区联邦地区法院审理。', ['加州北区联邦地区法院']],
  ['弗吉尼亚州东区联邦法院判处他五年徒刑。', ['弗吉尼亚州东区联邦法院']],
  // A local government's working departments after a province, city or district.
  ['兰州市民政局和甘肃省生态环境厅联合发布通知。', ['兰州市民政局', '甘肃省生态环境厅']],
  ['宁波市住房和城乡建设局称系统已恢复。', ['宁波市住房和城乡建设局']],
  ['贵州省贵阳市退役军人事务局提醒市民。', ['贵州省贵阳市退役军人事务局']],
  ['南宁海关查获一批设备。', ['南宁海关']],
  // 市 opening the body's name is not the place's suffix.
  ['苏州市场监管局发布公告。', ['苏州市场监管局']],
  // Districts and counties by their full names, alone or after their city.
  ['海淀区市场监督管理局和朝阳区公安分局', ['海淀区市场监督管理局', '朝阳区公安分局']],
  ['成都市武侯区人民法院审理了此案。', ['成都市武侯区人民法院']],
  ['长阳土家族自治县教育局通报。', ['长阳土家族自治县教育局']],
  // A bare level before a body: the province's or city's own, named earlier.
  ['案件移交省公安厅，由市民政局配合调查。', ['省公安厅', '市民政局']],
  ['事件已上报区教育局。', ['区教育局']],
  // A regional branch after a CERT's Latin name.
  ['CNCERT四川分中心监测发现多起攻击。', ['CNCERT四川分中心']],
  // A foreign ministry no list holds, by its head 部.
  ['老挝邮电部发布声明。', ['老挝邮电部']],
  ['智利经济发展和旅游部表示', ['智利经济发展和旅游部']],
  // … and another foreign body by its head: 局, 署, 委员会, 司令部, 办公室.
  ['巴拉圭数字安全委员会与葡萄牙网络犯罪办公室', ['巴拉圭数字安全委员会', '葡萄牙网络犯罪办公室']],
  ['美国北方司令部称', ['美国北方司令部']],
  // The State Council's bodies by the short forms its documents use.
  ['国家发展改革委、财政部、人力资源社会保障部联合印发通知', ['国家发展改革委', '财政部', '人力资源社会保障部']],
  ['国家移民管理局与国家林草局', ['国家移民管理局', '国家林草局']],
  // A US state's attorney general, and a Japanese prefecture's police headquarters.
  ['客户数据泄露一事已通报缅因州总检察长办公室和加州总检察长。', ['缅因州总检察长办公室', '加州总检察长']],
  ['大阪府警察本部与神奈川县警方正在调查，大阪府警告市民。', ['大阪府警察本部', '神奈川县警方']],
  // Japan's ministries (省) and agencies (厅), and South Korea's ministries no other government names
  // so, bare once the country is said.
  ['防卫省表示，外务省和国土交通省的系统也被入侵，警察厅已介入。', ['防卫省', '外务省', '国土交通省', '警察厅']],
  ['文部科学省与金融厅发布通知，内阁网络安全中心提醒企业。', ['文部科学省', '金融厅', '内阁网络安全中心']],
  ['统一部、保健福祉部和企划财政部的邮箱遭钓鱼攻击。', ['统一部', '保健福祉部', '企划财政部']],
  // A city's police bureau and a country's comptroller's office by their full names.
  ['新北市警察局与秘鲁审计长办公室', ['新北市警察局', '秘鲁审计长办公室']],
  // Bare bodies listed after a country's body are that country's.
  ['黑客攻击了意大利外交部、交通部和米兰市政府的网站。', ['意大利外交部', '交通部', '米兰市政府']],
  ['印度陆军、空军和海军的网络部队', ['印度陆军', '空军', '海军']],
];

/** The id and Chinese name of each agency found, for list items that take their country from the first. */
function agencyIds(text: string): [string, string | undefined, string | undefined][] {
  return agencyExtractor.extract({ text, lang: 'zh', published: null, refDate, excluded: [] }).map((f) => [f.text, f.id, f.attrs?.zh]);
}

describe('Chinese agency patterns', () => {
  test.each(cases)('%s', (text, expected) => {
    expect(agencies(text)).toEqual(expected);
  });
  test('plural or generic levels, regions and words are no body', () => {
    expect(agencies('各市公安局要加强管理。')).toEqual(['公安局']);
    expect(agencies('美国中西部地区和日本东部，英国俱乐部的总部。')).toEqual([]);
    expect(agencies('美国的格局、日本大局和俄罗斯这一局面。')).toEqual([]);
    expect(agencies('省政府和市政府都表示，社区民政局。')).toEqual([]);
    expect(agencies('CNCERT监测发现，该中心随后通报。')).toEqual(['CNCERT']);
  });
  test("a bare body in a list after a country's body is that country's, though alone it would be China's", () => {
    expect(agencyIds('美国财政部、司法部以及国务院宣布制裁。')).toEqual([
      ['美国财政部', 'agency:us-treasury', '美国财政部'],
      ['司法部', 'agency:us-doj', '美国司法部'],
      ['国务院', 'agency:us-state-department', '美国国务院'],
    ]);
    expect(agencyIds('司法部和国务院发布通知。').map(([, id]) => id)).toEqual(['agency:cn-moj', 'agency:cn-state-council']);
    // A list item with its own country, or a word that only looks like a body, ends the list.
    expect(agencyIds('美国财政部和英国内政部').map(([, id]) => id)).toEqual(['agency:us-treasury', 'agency:gb-home-office']);
    expect(agencyIds('法国国防部与总部位于巴黎的公司合作。').map(([text]) => text)).toEqual(['法国国防部']);
    expect(agencyIds('德国联邦警察和交通部长会面。').map(([text]) => text)).toEqual(['德国联邦警察']);
  });
  test("bare bodies listed after 包括, in a sentence about a foreign country's government, are that country's", () => {
    expect(agencyIds('意大利多个政府部门的网站遭到攻击，包括外交部、基础设施和交通部以及米兰机场的官网。')).toEqual([
      ['外交部', 'agency:it-italian-foreign-ministry', '意大利外交部'],
      ['基础设施和交通部', expect.stringMatching(/^agency:it-/), '意大利基础设施和交通部'],
    ]);
    // Without a government word, or about China, the bare body stays China's.
    expect(agencyIds('意大利多家企业遭到攻击，包括外交部合作伙伴。').map(([, id]) => id)).toEqual(['agency:cn-mfa']);
    expect(agencyIds('中国多个政府部门发布通知，包括外交部和司法部。').map(([, id]) => id)).toEqual(['agency:cn-mfa', 'agency:cn-moj']);
  });
  test('全 alone still stops a national body: 国家全面… is no name', () => {
    expect(agencies('这是国家全面加强网络管理局面的一步。')).toEqual([]);
  });
});
