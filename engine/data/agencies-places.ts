/**
 * Places whose government, police or courts the agency extractor recognises by pattern
 * ("Italian police", "<Country> government", 俄罗斯政府, 澳政府, <城市>警方, <地名>公安局): countries,
 * a few regions, US states and Chinese provinces and cities, each with English and Chinese names.
 * Data, not code: add a place here and every pattern knows it.
 */

/** One place: its code, English names, English demonyms and Chinese names. */
export interface AgencyPlace {
  /** ISO 3166 code of the country the place belongs to. */
  country: string;
  /** English names; `en[0]` is canonical. */
  en: string[];
  /** English adjectives ("Italian"); the first one names pattern facts ("Italian police"). */
  demonyms: string[];
  /** Chinese names; `zh[0]` is canonical. */
  zh: string[];
  /** One-character Chinese abbreviations used before 政府/警方/法院 (美政府, 澳政府). */
  zhShort?: string[];
}

/** Builds one place (compact notation for the table below). */
function place(country: string, en: string[], demonyms: string[], zh: string[], zhShort?: string[]): AgencyPlace {
  return zhShort ? { country, en, demonyms, zh, zhShort } : { country, en, demonyms, zh };
}

/** Countries and regions whose government bodies are named as "<place> <body>". */
export const COUNTRY_PLACES: readonly AgencyPlace[] = [
  place('US', ['United States', 'U.S.', 'US', 'USA', 'America'], ['American'], ['美国'], ['美']),
  place('GB', ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'], ['British'], ['英国'], ['英']),
  place('RU', ['Russia', 'Russian Federation'], ['Russian'], ['俄罗斯', '俄罗斯联邦'], ['俄']),
  place('CN', ['China', "People's Republic of China"], ['Chinese'], ['中国'], []),
  place('AU', ['Australia'], ['Australian'], ['澳大利亚', '澳洲'], ['澳']),
  place('CA', ['Canada'], ['Canadian'], ['加拿大']),
  place('DE', ['Germany'], ['German'], ['德国'], ['德']),
  place('FR', ['France'], ['French'], ['法国']),
  place('IT', ['Italy'], ['Italian'], ['意大利']),
  place('ES', ['Spain'], ['Spanish'], ['西班牙']),
  place('NL', ['Netherlands', 'the Netherlands', 'Holland'], ['Dutch'], ['荷兰']),
  place('BE', ['Belgium'], ['Belgian'], ['比利时']),
  place('BE', ['Flanders'], ['Flemish'], ['佛兰德', '弗拉芒']),
  place('BE', ['Wallonia'], ['Walloon'], ['瓦隆']),
  place('GB', ['Scotland'], ['Scottish'], ['苏格兰']),
  place('GB', ['Wales'], ['Welsh'], ['威尔士']),
  place('GB', ['Northern Ireland'], [], ['北爱尔兰']),
  place('IE', ['Ireland'], ['Irish'], ['爱尔兰']),
  place('PT', ['Portugal'], ['Portuguese'], ['葡萄牙']),
  place('CH', ['Switzerland'], ['Swiss'], ['瑞士']),
  place('AT', ['Austria'], ['Austrian'], ['奥地利']),
  place('SE', ['Sweden'], ['Swedish'], ['瑞典']),
  place('NO', ['Norway'], ['Norwegian'], ['挪威']),
  place('DK', ['Denmark'], ['Danish'], ['丹麦']),
  place('FI', ['Finland'], ['Finnish'], ['芬兰']),
  place('IS', ['Iceland'], ['Icelandic'], ['冰岛']),
  place('PL', ['Poland'], ['Polish'], ['波兰']),
  place('CZ', ['Czech Republic', 'Czechia'], ['Czech'], ['捷克']),
  place('SK', ['Slovakia'], ['Slovak'], ['斯洛伐克']),
  place('HU', ['Hungary'], ['Hungarian'], ['匈牙利']),
  place('RO', ['Romania'], ['Romanian'], ['罗马尼亚']),
  place('BG', ['Bulgaria'], ['Bulgarian'], ['保加利亚']),
  place('GR', ['Greece'], ['Greek'], ['希腊']),
  place('EE', ['Estonia'], ['Estonian'], ['爱沙尼亚']),
  place('LV', ['Latvia'], ['Latvian'], ['拉脱维亚']),
  place('LT', ['Lithuania'], ['Lithuanian'], ['立陶宛']),
  place('UA', ['Ukraine'], ['Ukrainian'], ['乌克兰'], ['乌']),
  place('BY', ['Belarus'], ['Belarusian'], ['白俄罗斯']),
  place('MD', ['Moldova'], ['Moldovan'], ['摩尔多瓦']),
  place('RS', ['Serbia'], ['Serbian'], ['塞尔维亚']),
  place('HR', ['Croatia'], ['Croatian'], ['克罗地亚']),
  place('SI', ['Slovenia'], ['Slovenian'], ['斯洛文尼亚']),
  place('AL', ['Albania'], ['Albanian'], ['阿尔巴尼亚']),
  place('MT', ['Malta'], ['Maltese'], ['马耳他']),
  place('CY', ['Cyprus'], ['Cypriot'], ['塞浦路斯']),
  place('LU', ['Luxembourg'], [], ['卢森堡']),
  place('TR', ['Turkey', 'Türkiye'], ['Turkish'], ['土耳其']),
  place('GE', ['Georgia'], ['Georgian'], ['格鲁吉亚']),
  place('AM', ['Armenia'], ['Armenian'], ['亚美尼亚']),
  place('AZ', ['Azerbaijan'], ['Azerbaijani'], ['阿塞拜疆']),
  place('KZ', ['Kazakhstan'], ['Kazakh'], ['哈萨克斯坦']),
  place('IL', ['Israel'], ['Israeli'], ['以色列']),
  place('PS', ['Palestine'], ['Palestinian'], ['巴勒斯坦']),
  place('IR', ['Iran'], ['Iranian'], ['伊朗']),
  place('IQ', ['Iraq'], ['Iraqi'], ['伊拉克']),
  place('SY', ['Syria'], ['Syrian'], ['叙利亚']),
  place('LB', ['Lebanon'], ['Lebanese'], ['黎巴嫩']),
  place('JO', ['Jordan'], ['Jordanian'], ['约旦']),
  place('SA', ['Saudi Arabia'], ['Saudi'], ['沙特阿拉伯', '沙特']),
  place('AE', ['United Arab Emirates', 'UAE'], ['Emirati'], ['阿联酋', '阿拉伯联合酋长国']),
  place('QA', ['Qatar'], ['Qatari'], ['卡塔尔']),
  place('EG', ['Egypt'], ['Egyptian'], ['埃及']),
  place('IN', ['India'], ['Indian'], ['印度'], ['印']),
  place('PK', ['Pakistan'], ['Pakistani'], ['巴基斯坦']),
  place('BD', ['Bangladesh'], ['Bangladeshi'], ['孟加拉国', '孟加拉']),
  place('LK', ['Sri Lanka'], ['Sri Lankan'], ['斯里兰卡']),
  place('NP', ['Nepal'], ['Nepalese'], ['尼泊尔']),
  place('JP', ['Japan'], ['Japanese'], ['日本'], ['日']),
  place('KR', ['South Korea', 'Republic of Korea', 'Korea'], ['South Korean', 'Korean'], ['韩国'], ['韩']),
  place('KP', ['North Korea', 'DPRK'], ['North Korean'], ['朝鲜'], ['朝']),
  place('TW', ['Taiwan'], ['Taiwanese'], ['台湾']),
  place('HK', ['Hong Kong'], [], ['香港'], ['港']),
  place('MO', ['Macau', 'Macao'], [], ['澳门']),
  place('SG', ['Singapore'], ['Singaporean'], ['新加坡']),
  place('MY', ['Malaysia'], ['Malaysian'], ['马来西亚']),
  place('ID', ['Indonesia'], ['Indonesian'], ['印度尼西亚', '印尼']),
  place('TH', ['Thailand'], ['Thai'], ['泰国']),
  place('VN', ['Vietnam', 'Viet Nam'], ['Vietnamese'], ['越南']),
  place('PH', ['Philippines', 'the Philippines'], ['Philippine', 'Filipino'], ['菲律宾']),
  place('KH', ['Cambodia'], ['Cambodian'], ['柬埔寨']),
  place('MM', ['Myanmar'], [], ['缅甸']),
  place('NZ', ['New Zealand'], [], ['新西兰']),
  place('MX', ['Mexico'], ['Mexican'], ['墨西哥']),
  place('BR', ['Brazil'], ['Brazilian'], ['巴西']),
  place('AR', ['Argentina'], ['Argentine', 'Argentinian'], ['阿根廷']),
  place('CL', ['Chile'], ['Chilean'], ['智利']),
  place('CO', ['Colombia'], ['Colombian'], ['哥伦比亚']),
  place('PE', ['Peru'], ['Peruvian'], ['秘鲁']),
  place('VE', ['Venezuela'], ['Venezuelan'], ['委内瑞拉']),
  place('CR', ['Costa Rica'], ['Costa Rican'], ['哥斯达黎加']),
  place('CU', ['Cuba'], ['Cuban'], ['古巴']),
  place('ZA', ['South Africa'], ['South African'], ['南非']),
  place('NG', ['Nigeria'], ['Nigerian'], ['尼日利亚']),
  place('KE', ['Kenya'], ['Kenyan'], ['肯尼亚']),
  place('ET', ['Ethiopia'], ['Ethiopian'], ['埃塞俄比亚']),
  place('GH', ['Ghana'], ['Ghanaian'], ['加纳']),
  place('MA', ['Morocco'], ['Moroccan'], ['摩洛哥']),
  place('DZ', ['Algeria'], ['Algerian'], ['阿尔及利亚']),
  place('SD', ['Sudan'], ['Sudanese'], ['苏丹']),
  place('ZM', ['Zambia'], ['Zambian'], ['赞比亚']),
];

/** US states and other sub-national places named before courts, police and attorneys general. */
export const REGION_PLACES: readonly AgencyPlace[] = [
  place('US', ['New York'], [], ['纽约州', '纽约']),
  place('US', ['California'], [], ['加利福尼亚州', '加州']),
  place('US', ['Texas'], [], ['得克萨斯州', '德克萨斯州', '德州']),
  place('US', ['Florida'], [], ['佛罗里达州']),
  place('US', ['Delaware'], [], ['特拉华州']),
  place('US', ['Washington'], [], ['华盛顿州']),
  place('US', ['Massachusetts'], [], ['马萨诸塞州']),
  place('US', ['Illinois'], [], ['伊利诺伊州']),
  place('US', ['Pennsylvania'], [], ['宾夕法尼亚州']),
  place('US', ['New Jersey'], [], ['新泽西州']),
  place('US', ['Virginia'], [], ['弗吉尼亚州']),
  place('US', ['Ohio'], [], ['俄亥俄州']),
  place('US', ['Michigan'], [], ['密歇根州']),
  place('US', ['Indiana'], [], ['印第安纳州']),
  place('US', ['Colorado'], [], ['科罗拉多州']),
  place('US', ['Arizona'], [], ['亚利桑那州']),
  place('US', ['Nevada'], [], ['内华达州']),
  place('US', ['Oregon'], [], ['俄勒冈州']),
  place('US', ['Maryland'], [], ['马里兰州']),
  place('US', ['Connecticut'], [], ['康涅狄格州']),
  place('US', ['Minnesota'], [], ['明尼苏达州']),
  place('US', ['North Carolina'], [], ['北卡罗来纳州']),
  place('US', ['Louisiana'], [], ['路易斯安那州']),
  place('US', ['Tennessee'], [], ['田纳西州']),
  place('US', ['Vermont'], [], ['佛蒙特州']),
];

/** Chinese provinces and cities, named before 公安局, 警方, 网警, 网安部门, 法院 and the like. */
export const CHINESE_PLACES: readonly AgencyPlace[] = [
  ['Beijing', '北京'], ['Shanghai', '上海'], ['Tianjin', '天津'], ['Chongqing', '重庆'],
  ['Guangdong', '广东'], ['Guangzhou', '广州'], ['Shenzhen', '深圳'], ['Dongguan', '东莞'], ['Foshan', '佛山'],
  ['Zhuhai', '珠海'], ['Zhejiang', '浙江'], ['Hangzhou', '杭州'], ['Ningbo', '宁波'], ['Wenzhou', '温州'],
  ['Jiangsu', '江苏'], ['Nanjing', '南京'], ['Suzhou', '苏州'], ['Wuxi', '无锡'], ['Changzhou', '常州'],
  ['Shandong', '山东'], ['Jinan', '济南'], ['Qingdao', '青岛'], ['Yantai', '烟台'], ['Henan', '河南'],
  ['Zhengzhou', '郑州'], ['Hebei', '河北'], ['Shijiazhuang', '石家庄'], ['Shanxi', '山西'], ['Taiyuan', '太原'],
  ['Shaanxi', '陕西'], ["Xi'an", '西安'], ['Sichuan', '四川'], ['Chengdu', '成都'], ['Hubei', '湖北'],
  ['Wuhan', '武汉'], ['Hunan', '湖南'], ['Changsha', '长沙'], ['Jiangxi', '江西'], ['Nanchang', '南昌'],
  ['Anhui', '安徽'], ['Hefei', '合肥'], ['Fujian', '福建'], ['Fuzhou', '福州'], ['Xiamen', '厦门'],
  ['Quanzhou', '泉州'], ['Guangxi', '广西'], ['Nanning', '南宁'], ['Yunnan', '云南'], ['Kunming', '昆明'],
  ['Guizhou', '贵州'], ['Guiyang', '贵阳'], ['Hainan', '海南'], ['Haikou', '海口'], ['Liaoning', '辽宁'],
  ['Shenyang', '沈阳'], ['Dalian', '大连'], ['Jilin', '吉林'], ['Changchun', '长春'], ['Heilongjiang', '黑龙江'],
  ['Harbin', '哈尔滨'], ['Inner Mongolia', '内蒙古'], ['Hohhot', '呼和浩特'], ['Ningxia', '宁夏'],
  ['Yinchuan', '银川'], ['Gansu', '甘肃'], ['Lanzhou', '兰州'], ['Qinghai', '青海'], ['Xining', '西宁'],
  ['Xinjiang', '新疆'], ['Urumqi', '乌鲁木齐'], ['Tibet', '西藏'], ['Lhasa', '拉萨'], ['Xuzhou', '徐州'],
  ['Nantong', '南通'], ['Shaoxing', '绍兴'], ['Jinhua', '金华'], ['Taizhou', '台州'], ['Jiaxing', '嘉兴'],
  ['Huizhou', '惠州'], ['Zhongshan', '中山'], ['Shantou', '汕头'], ['Luoyang', '洛阳'], ['Tangshan', '唐山'],
  ['Baoding', '保定'], ['Weifang', '潍坊'], ['Linyi', '临沂'], ['Yangzhou', '扬州'], ['Mianyang', '绵阳'],
  ['Yichang', '宜昌'], ['Xiangyang', '襄阳'], ['Ganzhou', '赣州'], ['Zhuzhou', '株洲'], ['Liuzhou', '柳州'],
  ['Guilin', '桂林'], ['Sanya', '三亚'], ['Daqing', '大庆'], ['Baotou', '包头'], ['Yulin', '榆林'],
].map(([en, zh]) => place('CN', [en], [], [zh]));

/** A kind of government body named after a country ("<Demonym> police", 俄罗斯法院). */
export interface AgencyBody {
  /** Id suffix: agency:<country>-<key>. */
  key: string;
  /** English forms after the place name; `en[0]` is canonical. */
  en: string[];
  /** Chinese forms after the place name; `zh[0]` is canonical. */
  zh: string[];
  /** Allowed after a one-character abbreviation (美政府) as well as a full name. */
  afterShort?: boolean;
}

/** Bodies named "<place> <body>"; generic alone ("the government", 政府), an agency with a place. */
export const COUNTRY_BODIES: readonly AgencyBody[] = [
  { key: 'government', en: ['government', 'administration'], zh: ['政府', '当局'], afterShort: true },
  { key: 'police', en: ['police', 'police force', 'national police', 'federal police', 'cyber police'], zh: ['警方', '警察局', '警察', '国家警察', '联邦警察', '网络警察'], afterShort: true },
  { key: 'courts', en: ['court', 'courts', 'supreme court', 'federal court', 'high court'], zh: ['法院', '最高法院', '联邦法院', '高等法院', '法庭'], afterShort: true },
  { key: 'prosecutors', en: ['prosecutors', "prosecutor's office", 'prosecutor’s office', 'public prosecutor'], zh: ['检方', '检察官', '检察机关', '检察院'], afterShort: true },
  { key: 'parliament', en: ['parliament'], zh: ['议会', '国会'] },
  { key: 'foreign-ministry', en: ['foreign ministry', 'ministry of foreign affairs'], zh: ['外交部'], afterShort: true },
  { key: 'defence-ministry', en: ['defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense'], zh: ['国防部'], afterShort: true },
  { key: 'interior-ministry', en: ['interior ministry', 'ministry of interior', 'ministry of the interior'], zh: ['内政部'], afterShort: true },
  { key: 'justice-ministry', en: ['justice ministry', 'ministry of justice'], zh: ['司法部'], afterShort: true },
  { key: 'finance-ministry', en: ['finance ministry', 'ministry of finance'], zh: ['财政部'], afterShort: true },
  { key: 'embassy', en: ['embassy'], zh: ['大使馆', '使馆'] },
  { key: 'law-enforcement', en: ['law enforcement', 'law enforcement agencies'], zh: ['执法部门', '执法机构', '执法机关'] },
];

/** Local bodies after a Chinese place (北京市公安局, 西安高新警方, 特拉华州衡平法院). */
export const LOCAL_BODIES: readonly AgencyBody[] = [
  { key: 'psb', en: ['Public Security Bureau'], zh: ['公安局', '公安分局'] },
  { key: 'public-security-department', en: ['Public Security Department'], zh: ['公安厅'] },
  { key: 'police', en: ['police'], zh: ['警方', '警察'] },
  { key: 'cyber-police', en: ['cyber police'], zh: ['网警', '网安部门', '网安支队', '网安大队', '网安总队'] },
  { key: 'court', en: ['court'], zh: ['人民法院', '中级人民法院', '高级人民法院', '法院'] },
  { key: 'procuratorate', en: ['procuratorate'], zh: ['人民检察院', '检察院'] },
  { key: 'cac', en: ['Cyberspace Administration'], zh: ['网信办'] },
  { key: 'ca', en: ['Communications Administration'], zh: ['通信管理局'] },
  { key: 'amr', en: ['Administration for Market Regulation'], zh: ['市场监管局', '市场监督管理局'] },
  { key: 'public-security', en: ['public security'], zh: ['公安'] },
];
