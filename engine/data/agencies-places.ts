/**
 * Places whose government, police or courts the agency extractor recognises by pattern
 * ("Italian police", "<Country> government", 俄罗斯政府, 澳政府, <城市>警方, <地名>公安局): countries,
 * a few regions, US states and Chinese provinces and cities, each with English and Chinese names.
 * Data, not code: add a place here and every pattern knows it.
 *
 * The hand tables below hold the forms media use beyond the official lists (U.S., UK, 美, 澳洲)
 * and win over generated names; engine/data/agency-places.generated.ts (scripts/build-agency-data.ts,
 * from mledoze/countries and the National Bureau of Statistics' division codes) completes them to
 * every country and territory and every Chinese province, prefecture- and county-level city.
 */
import { GENERATED_CHINESE_DISTRICTS, GENERATED_CHINESE_PLACES, GENERATED_COUNTRIES } from './agency-places.generated';

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
  /** A county-level city, named before a body only with its 市 (义乌市公安局, never 义乌公安局 by itself). */
  cityOnly?: boolean;
}

/** Builds one place (compact notation for the table below). */
function place(country: string, en: string[], demonyms: string[], zh: string[], zhShort?: string[]): AgencyPlace {
  return zhShort ? { country, en, demonyms, zh, zhShort } : { country, en, demonyms, zh };
}

/** The hand-curated countries: the forms news uses, which the generated list lacks. */
const CURATED_COUNTRY_PLACES: readonly AgencyPlace[] = [
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

/** Adds the names of `extra` that `p` lacks, keeping `p`'s order (its first names stay canonical). */
function mergePlace(p: AgencyPlace, extra: { en: readonly string[]; demonyms: readonly string[]; zh: readonly string[] }): AgencyPlace {
  const add = (own: string[], more: readonly string[]) => [...own, ...more.filter((n) => !own.includes(n))];
  return { ...p, en: add(p.en, extra.en), demonyms: add(p.demonyms, extra.demonyms), zh: add(p.zh, extra.zh) };
}

/**
 * Countries and territories whose government bodies are named as "<place> <body>": the curated
 * table merged with every country of the generated list (a code's first curated row takes its
 * generated names; Scotland, Flanders … stay rows of their own).
 */
export const COUNTRY_PLACES: readonly AgencyPlace[] = (() => {
  const generated = new Map(GENERATED_COUNTRIES.map(([country, en, demonyms, zh]) => [country, { en, demonyms, zh }]));
  const merged = CURATED_COUNTRY_PLACES.map((p) => {
    const extra = generated.get(p.country);
    if (!extra) return p;
    generated.delete(p.country);
    return mergePlace(p, extra);
  });
  for (const [country, { en, demonyms, zh }] of generated) merged.push(place(country, [...en], [...demonyms], [...zh]));
  return merged;
})();

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
  // The other states; Chinese names are the standard transliterations (外国地名译名手册).
  place('US', ['Alabama'], [], ['亚拉巴马州', '阿拉巴马州']),
  place('US', ['Alaska'], [], ['阿拉斯加州']),
  place('US', ['Arkansas'], [], ['阿肯色州']),
  place('US', ['Georgia'], [], ['佐治亚州']),
  place('US', ['Hawaii'], [], ['夏威夷州']),
  place('US', ['Idaho'], [], ['爱达荷州']),
  place('US', ['Iowa'], [], ['艾奥瓦州', '爱荷华州']),
  place('US', ['Kansas'], [], ['堪萨斯州']),
  place('US', ['Kentucky'], [], ['肯塔基州']),
  place('US', ['Maine'], [], ['缅因州']),
  place('US', ['Mississippi'], [], ['密西西比州']),
  place('US', ['Missouri'], [], ['密苏里州']),
  place('US', ['Montana'], [], ['蒙大拿州']),
  place('US', ['Nebraska'], [], ['内布拉斯加州']),
  place('US', ['New Hampshire'], [], ['新罕布什尔州']),
  place('US', ['New Mexico'], [], ['新墨西哥州']),
  place('US', ['North Dakota'], [], ['北达科他州']),
  place('US', ['Oklahoma'], [], ['俄克拉何马州', '俄克拉荷马州']),
  place('US', ['Rhode Island'], [], ['罗得岛州', '罗德岛州']),
  place('US', ['South Carolina'], [], ['南卡罗来纳州']),
  place('US', ['South Dakota'], [], ['南达科他州']),
  place('US', ['Utah'], [], ['犹他州']),
  place('US', ['West Virginia'], [], ['西弗吉尼亚州']),
  place('US', ['Wisconsin'], [], ['威斯康星州']),
  place('US', ['Wyoming'], [], ['怀俄明州']),
  place('US', ['District of Columbia', 'Washington, D.C.', 'D.C.'], [], ['哥伦比亚特区', '华盛顿特区']),
  // Canada's provinces and territories (canada.ca, "Provinces and territories"), Australia's states
  // and territories (australia.gov.au, "State and territory government"), Germany's Länder other than
  // the city-states (bundesrat.de, "Die Länder"; English names as the Länder's own sites give them):
  // their governments, police, courts, attorneys general and named offices ("Ontario government",
  // "Queensland Police", "State Criminal Police Office of Lower Saxony").
  // Chinese names are the standard transliterations (外国地名译名手册).
  place('CA', ['Ontario'], [], ['安大略省', '安大略']),
  place('CA', ['Quebec', 'Québec'], [], ['魁北克省', '魁北克']),
  place('CA', ['British Columbia'], [], ['不列颠哥伦比亚省', '卑诗省']),
  place('CA', ['Alberta'], [], ['艾伯塔省', '阿尔伯塔省']),
  place('CA', ['Manitoba'], [], ['马尼托巴省']),
  place('CA', ['Saskatchewan'], [], ['萨斯喀彻温省']),
  place('CA', ['Nova Scotia'], [], ['新斯科舍省']),
  place('CA', ['New Brunswick'], [], ['新不伦瑞克省']),
  place('CA', ['Newfoundland and Labrador'], [], ['纽芬兰与拉布拉多省']),
  place('CA', ['Prince Edward Island'], [], ['爱德华王子岛省']),
  place('CA', ['Yukon'], [], ['育空地区']),
  place('CA', ['Northwest Territories'], [], ['西北地区']),
  place('CA', ['Nunavut'], [], ['努纳武特地区']),
  place('AU', ['New South Wales', 'NSW'], [], ['新南威尔士州']),
  place('AU', ['Victoria'], [], ['维多利亚州']),
  place('AU', ['Queensland'], [], ['昆士兰州']),
  place('AU', ['Western Australia'], [], ['西澳大利亚州', '西澳']),
  place('AU', ['South Australia'], [], ['南澳大利亚州', '南澳']),
  place('AU', ['Tasmania'], [], ['塔斯马尼亚州']),
  place('AU', ['Australian Capital Territory'], [], ['澳大利亚首都领地']),
  place('AU', ['Northern Territory'], [], ['北领地']),
  place('DE', ['Baden-Württemberg', 'Baden-Wuerttemberg'], [], ['巴登-符腾堡州']),
  place('DE', ['Bavaria'], [], ['巴伐利亚州']),
  place('DE', ['Brandenburg'], [], ['勃兰登堡州']),
  place('DE', ['Hesse'], [], ['黑森州']),
  place('DE', ['Lower Saxony'], [], ['下萨克森州']),
  place('DE', ['Mecklenburg-Western Pomerania', 'Mecklenburg-Vorpommern'], [], ['梅克伦堡-前波美拉尼亚州']),
  place('DE', ['North Rhine-Westphalia', 'NRW'], [], ['北莱茵-威斯特法伦州', '北威州']),
  place('DE', ['Rhineland-Palatinate'], [], ['莱茵兰-普法尔茨州']),
  place('DE', ['Saarland'], [], ['萨尔州']),
  place('DE', ['Saxony'], [], ['萨克森州']),
  place('DE', ['Saxony-Anhalt'], [], ['萨克森-安哈尔特州']),
  place('DE', ['Schleswig-Holstein'], [], ['石勒苏益格-荷尔斯泰因州']),
  place('DE', ['Thuringia'], [], ['图林根州']),
  // Japan's 47 prefectures (総務省, 都道府県コード), by their English names with "Prefecture" and their
  // Chinese names in full (大阪府警察本部, 神奈川县警方); the bare names of the three metropolitan ones
  // (东京, 大阪, 京都) are also how Chinese news names their police and governments.
  place('JP', ['Hokkaido Prefecture'], [], ['北海道']),
  place('JP', ['Aomori Prefecture'], [], ['青森县']),
  place('JP', ['Iwate Prefecture'], [], ['岩手县']),
  place('JP', ['Miyagi Prefecture'], [], ['宫城县']),
  place('JP', ['Akita Prefecture'], [], ['秋田县']),
  place('JP', ['Yamagata Prefecture'], [], ['山形县']),
  place('JP', ['Fukushima Prefecture'], [], ['福岛县']),
  place('JP', ['Ibaraki Prefecture'], [], ['茨城县']),
  place('JP', ['Tochigi Prefecture'], [], ['栃木县']),
  place('JP', ['Gunma Prefecture'], [], ['群马县']),
  place('JP', ['Saitama Prefecture'], [], ['埼玉县']),
  place('JP', ['Chiba Prefecture'], [], ['千叶县']),
  place('JP', ['Tokyo Prefecture', 'Tokyo'], [], ['东京都', '东京']),
  place('JP', ['Kanagawa Prefecture'], [], ['神奈川县']),
  place('JP', ['Niigata Prefecture'], [], ['新潟县']),
  place('JP', ['Toyama Prefecture'], [], ['富山县']),
  place('JP', ['Ishikawa Prefecture'], [], ['石川县']),
  place('JP', ['Fukui Prefecture'], [], ['福井县']),
  place('JP', ['Yamanashi Prefecture'], [], ['山梨县']),
  place('JP', ['Nagano Prefecture'], [], ['长野县']),
  place('JP', ['Gifu Prefecture'], [], ['岐阜县']),
  place('JP', ['Shizuoka Prefecture'], [], ['静冈县']),
  place('JP', ['Aichi Prefecture'], [], ['爱知县']),
  place('JP', ['Mie Prefecture'], [], ['三重县']),
  place('JP', ['Shiga Prefecture'], [], ['滋贺县']),
  place('JP', ['Kyoto Prefecture', 'Kyoto'], [], ['京都府', '京都']),
  place('JP', ['Osaka Prefecture', 'Osaka'], [], ['大阪府', '大阪']),
  place('JP', ['Hyogo Prefecture'], [], ['兵库县']),
  place('JP', ['Nara Prefecture'], [], ['奈良县']),
  place('JP', ['Wakayama Prefecture'], [], ['和歌山县']),
  place('JP', ['Tottori Prefecture'], [], ['鸟取县']),
  place('JP', ['Shimane Prefecture'], [], ['岛根县']),
  place('JP', ['Okayama Prefecture'], [], ['冈山县']),
  place('JP', ['Hiroshima Prefecture'], [], ['广岛县']),
  place('JP', ['Yamaguchi Prefecture'], [], ['山口县']),
  place('JP', ['Tokushima Prefecture'], [], ['德岛县']),
  place('JP', ['Kagawa Prefecture'], [], ['香川县']),
  place('JP', ['Ehime Prefecture'], [], ['爱媛县']),
  place('JP', ['Kochi Prefecture'], [], ['高知县']),
  place('JP', ['Fukuoka Prefecture'], [], ['福冈县']),
  place('JP', ['Saga Prefecture'], [], ['佐贺县']),
  place('JP', ['Nagasaki Prefecture'], [], ['长崎县']),
  place('JP', ['Kumamoto Prefecture'], [], ['熊本县']),
  place('JP', ['Oita Prefecture'], [], ['大分县']),
  place('JP', ['Miyazaki Prefecture'], [], ['宫崎县']),
  place('JP', ['Kagoshima Prefecture'], [], ['鹿儿岛县']),
  place('JP', ['Okinawa Prefecture'], [], ['冲绳县']),
];

/** The hand-spelled Chinese provinces and cities (Xi'an, Inner Mongolia, Urumqi, not their pinyin). */
const CURATED_CHINESE_PLACES: readonly AgencyPlace[] = [
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

/**
 * Chinese names whose short form is an everyday word or a company before a body (阿里 is Alibaba
 * far more often than Ngari prefecture): matched only in their full form.
 */
const AMBIGUOUS_SHORT_NAMES = new Set(['阿里', '中山', '白银', '东方', '合作']);

/** Places of China named before 公安局, 警方, 网警, 网安部门, 法院 and the like. */
const CURATED_CHINESE_NAMES = new Set(CURATED_CHINESE_PLACES.flatMap((p) => p.zh));

export const CHINESE_PLACES: readonly AgencyPlace[] = [
  ...CURATED_CHINESE_PLACES,
  ...GENERATED_CHINESE_PLACES.filter(([, zh]) => !CURATED_CHINESE_NAMES.has(zh) && !AMBIGUOUS_SHORT_NAMES.has(zh)).map(
    ([en, zh, level]) => ({ ...place('CN', [en], [], [zh]), ...(level === 'x' ? { cityOnly: true } : {}) }),
  ),
];

/**
 * City districts, counties and banners by their full Chinese names (鄠邑区, 青川县): places of the
 * bodies named after them (鄠邑区公安分局), with no English name (the body is reported by its Chinese
 * name). The agency extractor looks them up in a set, backwards from 区/县/旗 before a body; they are
 * not in the place gazetteer, whose packed index the worker loads, nor in the other extractors' lists.
 */
export const CHINESE_DISTRICTS: readonly string[] = GENERATED_CHINESE_DISTRICTS.split(' ');

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

/**
 * Bodies named "<place> <body>"; generic alone ("the government", 政府, regulators), an agency with
 * a place. English forms are matched case-insensitively after a capitalised place name; Chinese
 * forms right after the place, or after its 联邦/国家 (巴西联邦警察, 俄罗斯联邦政府).
 */
export const COUNTRY_BODIES: readonly AgencyBody[] = [
  { key: 'government', en: ['government', 'administration', 'federal government', 'national government'], zh: ['政府', '当局', '联邦政府'], afterShort: true },
  { key: 'police', en: ['police', 'police force', 'national police', 'cyber police', 'state police'], zh: ['警方', '警察局', '警察', '国家警察', '网络警察', '国家警察局'], afterShort: true },
  { key: 'federal-police', en: ['federal police'], zh: ['联邦警察', '联邦警察局'], afterShort: true },
  { key: 'courts', en: ['court', 'courts', 'supreme court', 'federal court', 'high court', 'constitutional court'], zh: ['法院', '最高法院', '联邦法院', '高等法院', '法庭', '宪法法院'], afterShort: true },
  { key: 'prosecutors', en: ['prosecutors', "prosecutor's office", 'prosecutor’s office', 'public prosecutor', 'prosecution service'], zh: ['检方', '检察官', '检察机关', '检察院', '总检察院'], afterShort: true },
  { key: 'parliament', en: ['parliament'], zh: ['议会', '国会'] },
  { key: 'foreign-ministry', en: ['foreign ministry', 'ministry of foreign affairs', 'foreign office'], zh: ['外交部'], afterShort: true },
  { key: 'defence-ministry', en: ['defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense'], zh: ['国防部'], afterShort: true },
  { key: 'interior-ministry', en: ['interior ministry', 'ministry of interior', 'ministry of the interior', 'home ministry', 'home office'], zh: ['内政部'], afterShort: true },
  { key: 'justice-ministry', en: ['justice ministry', 'ministry of justice'], zh: ['司法部'], afterShort: true },
  { key: 'finance-ministry', en: ['finance ministry', 'ministry of finance'], zh: ['财政部'], afterShort: true },
  { key: 'health-ministry', en: ['health ministry', 'ministry of health'], zh: ['卫生部'] },
  { key: 'education-ministry', en: ['education ministry', 'ministry of education'], zh: ['教育部'] },
  { key: 'digital-ministry', en: ['digital ministry', 'ministry of digital affairs', 'ministry of digital development', 'ministry of digital transformation'], zh: ['数字部', '数字化部', '数字事务部', '数字发展部'] },
  { key: 'communications-ministry', en: ['communications ministry', 'telecom ministry', 'telecommunications ministry', 'ministry of communications'], zh: ['通信部', '电信部', '通讯部'] },
  { key: 'economy-ministry', en: ['economy ministry', 'economic ministry', 'ministry of economy'], zh: ['经济部'] },
  { key: 'embassy', en: ['embassy'], zh: ['大使馆', '使馆'] },
  // A country's consulate is its mission like the embassy ("the Chinese consulate", "French Consulate General").
  { key: 'consulate', en: ['consulate', 'consulate general', 'consulate-general'], zh: ['总领事馆', '领事馆'] },
  // A country's armed services are government bodies (GUIDELINES.md: "a government body"), like its police.
  { key: 'armed-forces', en: ['armed forces'], zh: ['武装部队'] },
  { key: 'army', en: ['army'], zh: ['陆军'] },
  { key: 'navy', en: ['navy'], zh: ['海军'] },
  { key: 'air-force', en: ['air force'], zh: ['空军'] },
  { key: 'law-enforcement', en: ['law enforcement', 'law enforcement agencies'], zh: ['执法部门', '执法机构', '执法机关'] },
  {
    key: 'dpa',
    en: ['data protection authority', 'data protection agency', 'data protection commission', 'data protection commissioner', 'data protection office', 'privacy commissioner', 'privacy authority' ],
    zh: ['数据保护局', '数据保护机构', '数据保护委员会', '数据保护专员', '数据保护办公室', '个人数据保护局', '个人数据保护委员会', '隐私保护局', '隐私专员', '个人信息保护委员会'],
  },
  {
    key: 'cert',
    en: ['cert', 'national cert', 'csirt', 'national csirt', 'computer emergency response team', 'computer security incident response team', 'computer incident response team', 'computer emergency readiness team'],
    zh: ['计算机应急响应小组', '计算机应急响应团队', '计算机应急响应中心', '国家计算机应急响应小组', '计算机安全事件响应小组', '国家计算机应急响应中心', '网络应急响应中心', 'CERT', 'CSIRT'],
  },
  {
    key: 'cyber-centre',
    en: ['cyber security centre', 'cyber security center', 'cybersecurity centre', 'cybersecurity center', 'national cyber security centre', 'national cyber security center', 'national cybersecurity agency', 'cybersecurity agency', 'cyber security agency', 'cyber agency', 'cybersecurity authority', 'cyber security authority'],
    zh: ['国家网络安全中心', '网络安全中心', '国家网络安全局', '网络安全局', '网络安全署', '网络安全管理局'],
  },
  // A named country's intelligence services are its government bodies (GUIDELINES.md; the English
  // held-out sets' convention, test/corpus/README.md: "Russian intelligence services"). The
  // "intelligence community" (a sector's word for all of them) is left out.
  {
    key: 'intelligence',
    en: [
      'intelligence agency', 'intelligence service', 'military intelligence', 'intelligence agencies', 'intelligence services',
      'military intelligence service', 'military intelligence services', 'foreign intelligence service', 'foreign intelligence services',
      'civilian and military intelligence services', 'civilian and military intelligence',
    ],
    zh: ['情报局', '国家情报局', '军事情报局', '情报总局'],
  },
  // "Russian security services": a named country's security services (GUIDELINES.md).
  { key: 'security-service', en: ['security service', 'security services', 'state security service', 'state security services'], zh: ['安全局', '国家安全局', '联邦安全局', '国家安全委员会'] },
  { key: 'central-bank', en: ['central bank'], zh: ['央行', '中央银行'] },
  { key: 'financial-regulator', en: ['financial supervisory authority' ], zh: ['金融监管局', '证监会'] },
  { key: 'telecom-regulator', en: ['telecommunications authority', 'communications authority'], zh: ['电信管理局', '电信监管局', '通讯管理局'] },
  // A country has one media regulator, so "<country> media regulator" names it (a financial regulator does not).
  { key: 'media-regulator', en: ['media regulator', 'broadcasting regulator', 'media authority'], zh: ['媒体监管机构', '媒体管理局', '媒体监管局'] },
  { key: 'competition-authority', en: ['competition authority', 'antitrust authority'], zh: ['竞争管理局' ] },
  { key: 'tax-authority', en: ['tax authority', 'tax agency', 'tax office', 'revenue service'], zh: ['税务局', '联邦税务局', '国税局'] },
  { key: 'customs', en: ['customs', 'customs service', 'border police', 'border guard', 'border guards'], zh: ['海关', '边境警察', '边防警察' ] },
  { key: 'immigration', en: ['immigration service', 'immigration office', 'immigration agency', 'immigration authority', 'migration service', 'migration office', 'migration agency'], zh: ['移民局', '移民署', '移民管理局', '移民和边境保护局', '移民与边境保护局'] },
  { key: 'audit-office', en: ['audit office', 'national audit office', 'court of audit', 'court of auditors', 'auditor general', 'auditor-general', 'state audit office'], zh: ['审计署', '审计局', '审计法院', '审计院', '审计办公室', '国家审计署', '审计长办公室', '审计长'] },
  { key: 'election-commission', en: ['election commission', 'electoral commission', 'election authority', 'electoral authority', 'electoral office', 'election office'], zh: ['选举委员会', '中央选举委员会', '选举事务处' ] },
  { key: 'investigation-bureau', en: ['investigation bureau', 'bureau of investigation', 'criminal police', 'criminal police office', 'federal criminal police', 'federal criminal police office', 'criminal investigation department'], zh: ['调查局', '联邦调查局', '刑事警察局', '联邦刑事警察局', '刑警', '国家调查局', '中央调查局'] },
  { key: 'cybercrime-unit', en: ['cybercrime unit', 'cyber crime unit', 'cybercrime police', 'cybercrime division'], zh: ['网络犯罪调查局', '网络犯罪局', '网络犯罪中心'] },
  { key: 'civil-protection', en: ['civil protection agency', 'civil defence agency', 'civil defense agency', 'civil contingencies agency', 'emergency management agency'], zh: ['民防局', '民防署', '紧急情况部', '应急管理局'] },
  { key: 'presidency', en: ['presidential office', "president's office"], zh: ['总统府', '总统办公室'] },
];

/** Local bodies after a Chinese place (北京市公安局, 西安高新警方, 深圳市医保局, 特拉华州衡平法院). */
export const LOCAL_BODIES: readonly AgencyBody[] = [
  { key: 'psb', en: ['Public Security Bureau'], zh: ['公安局', '公安分局'] },
  { key: 'public-security-department', en: ['Public Security Department'], zh: ['公安厅'] },
  // 警察本部 is a Japanese prefecture's police headquarters (大阪府警察本部).
  { key: 'police', en: ['police'], zh: ['警方', '警察局', '警察', '交警', '特警', '警察本部'] },
  { key: 'cyber-police', en: ['cyber police'], zh: ['网警', '网安部门', '网安支队', '网安大队', '网安总队'] },
  { key: 'court', en: ['court'], zh: ['人民法院', '中级人民法院', '高级人民法院', '法院', '互联网法院'] },
  // A US state's federal district court and attorney's office (纽约南区联邦检察官办公室, 加州北区联邦地区法院): the
  // district word (南区) sits in the gap between place and body.
  { key: 'federal-court', en: ['federal court'], zh: ['联邦地区法院', '联邦法院', '联邦破产法院'] },
  { key: 'us-attorney', en: ["U.S. Attorney's Office"], zh: ['联邦检察官办公室', '联邦检察官', '检察官办公室', '联邦检察院'] },
  { key: 'procuratorate', en: ['procuratorate'], zh: ['人民检察院', '检察院'] },
  // A US state's (or another region's) attorney general and office: 缅因州总检察长办公室, 加州总检察长.
  { key: 'attorney-general', en: ['Attorney General'], zh: ['总检察长办公室', '总检察长', '司法部长办公室'] },
  { key: 'cac', en: ['Cyberspace Administration'], zh: ['网信办', '委网信办'] },
  { key: 'ca', en: ['Communications Administration'], zh: ['通信管理局', '通管局'] },
  { key: 'amr', en: ['Administration for Market Regulation'], zh: ['市场监管局', '市场监督管理局'] },
  { key: 'public-security', en: ['public security'], zh: ['公安'] },
  { key: 'government', en: ['government'], zh: ['政府', '人民政府', '市政府', '市人民政府', '省政府', '省人民政府', '区政府', '县政府'] },
  { key: 'healthcare-security', en: ['Healthcare Security Administration'], zh: ['医保局', '医疗保障局'] },
  { key: 'sasac', en: ['State-owned Assets Supervision and Administration Commission'], zh: ['国资委', '国有资产监督管理委员会'] },
  { key: 'health-commission', en: ['Health Commission'], zh: ['卫健委', '卫生健康委员会', '卫生健康委'] },
  { key: 'education-bureau', en: ['Education Bureau'], zh: ['教育局', '教育厅', '教育委员会'] },
  { key: 'hrss', en: ['Human Resources and Social Security Bureau'], zh: ['人社局', '人力资源和社会保障局', '人力资源和社会保障厅', '人力资源社会保障局', '人力资源社会保障厅', '人社厅'] },
  { key: 'data-bureau', en: ['Data Bureau'], zh: ['大数据局', '大数据管理局', '数据局', '政务服务数据管理局', '大数据发展管理局', '数据资源管理局'] },
  { key: 'state-security', en: ['State Security Bureau'], zh: ['国家安全局', '国家安全厅', '国安局'] },
  { key: 'tax', en: ['Tax Service'], zh: ['税务局'] },
  { key: 'finance-bureau', en: ['Finance Bureau'], zh: ['财政局', '财政厅'] },
  { key: 'justice-bureau', en: ['Justice Bureau'], zh: ['司法局', '司法厅'] },
  { key: 'emergency-management', en: ['Emergency Management Bureau'], zh: ['应急管理局', '应急管理厅'] },
  { key: 'financial-regulation', en: ['Financial Regulatory Bureau'], zh: ['金融监管局', '地方金融管理局', '金融办'] },
  { key: 'anti-fraud-centre', en: ['Anti-Fraud Centre'], zh: ['反诈中心'] },
  { key: 'secrecy-bureau', en: ['Secrecy Bureau'], zh: ['保密局'] },
  { key: 'industry-it-bureau', en: ['Industry and Information Technology Bureau'], zh: ['工业和信息化局', '工信局', '经济和信息化局', '经信局', '经济和信息化委员会', '经信委', '工业和信息化厅', '工信厅', '经济和信息化厅'] },
  { key: 'transport', en: ['Transport Commission'], zh: ['交通委员会', '交通委', '交通运输局', '交通运输厅'] },
  { key: 'science-technology', en: ['Science and Technology Bureau'], zh: ['科技局', '科学技术局', '科委', '科学技术委员会', '科技厅', '科学技术厅'] },
  { key: 'development-reform', en: ['Development and Reform Commission'], zh: ['发改委', '发展和改革委员会', '发展改革委'] },
  { key: 'commerce', en: ['Commerce Bureau'], zh: ['商务局', '商务厅', '商务委'] },
  { key: 'discipline-commission', en: ['Discipline Inspection Commission'], zh: ['纪委监委', '纪委'] },
  // The remaining working departments of a provincial (厅), city or county (局) government, as the
  // 2018 institutional reform set them up after the State Council's ministries (gov.cn 国务院组织机构;
  // each province's and city's published list of 政府工作部门), with their official short forms and
  // the older names news still uses (环保局, 国土局, 工商局).
  { key: 'civil-affairs', en: ['Civil Affairs Bureau'], zh: ['民政局', '民政厅'] },
  { key: 'ethnic-religious-affairs', en: ['Ethnic and Religious Affairs Commission'], zh: ['民族宗教事务委员会', '民族宗教事务局', '民族事务委员会', '民宗委', '民宗局', '宗教事务局'] },
  { key: 'natural-resources', en: ['Natural Resources Bureau'], zh: ['自然资源局', '自然资源厅', '自然资源和规划局', '规划和自然资源局', '规划和自然资源委员会', '国土资源局', '国土资源厅', '国土局', '规划局'] },
  { key: 'ecology-environment', en: ['Ecology and Environment Bureau'], zh: ['生态环境局', '生态环境厅', '环境保护局', '环境保护厅', '环保局', '环保厅'] },
  { key: 'housing-construction', en: ['Housing and Urban-Rural Development Bureau'], zh: ['住房和城乡建设局', '住房和城乡建设厅', '住房和城乡建设委员会', '住房城乡建设局', '住房城乡建设厅', '住房城乡建设委', '住建局', '住建厅', '住建委'] },
  { key: 'water-resources', en: ['Water Resources Bureau'], zh: ['水利局', '水利厅', '水务局'] },
  { key: 'agriculture-rural', en: ['Agriculture and Rural Affairs Bureau'], zh: ['农业农村局', '农业农村厅', '农业农村委员会', '农业农村委', '农业局'] },
  { key: 'culture-tourism', en: ['Culture and Tourism Bureau'], zh: ['文化和旅游局', '文化和旅游厅', '文化广电和旅游局', '文化广电旅游局', '文化广电和旅游厅', '文旅局', '文旅厅', '文化局', '旅游局'] },
  { key: 'veterans-affairs', en: ['Veterans Affairs Bureau'], zh: ['退役军人事务局', '退役军人事务厅'] },
  { key: 'audit', en: ['Audit Bureau'], zh: ['审计局', '审计厅'] },
  { key: 'foreign-affairs-office', en: ['Foreign Affairs Office'], zh: ['外事办公室', '外事办', '外办'] },
  { key: 'radio-television', en: ['Radio and Television Bureau'], zh: ['广播电视局', '广播电视厅'] },
  { key: 'sports', en: ['Sports Bureau'], zh: ['体育局'] },
  { key: 'statistics', en: ['Statistics Bureau'], zh: ['统计局'] },
  { key: 'forestry', en: ['Forestry Bureau'], zh: ['林业局', '林业和草原局'] },
  { key: 'urban-management', en: ['Urban Management Bureau'], zh: ['城市管理局', '城市管理综合执法局', '城市管理和综合执法局', '城市管理委员会', '城管局', '城管委', '城管执法局'] },
  { key: 'petitions', en: ['Letters and Calls Bureau'], zh: ['信访局'] },
  { key: 'government-offices', en: ['Government Offices Administration'], zh: ['机关事务管理局'] },
  { key: 'government-services', en: ['Government Services Administration'], zh: ['政务服务管理局', '政务服务和数据管理局', '行政审批局', '行政审批服务局', '政务服务中心'] },
  { key: 'civil-air-defence', en: ['Civil Air Defence Office'], zh: ['人民防空办公室', '人防办'] },
  { key: 'grain-reserves', en: ['Grain and Material Reserves Bureau'], zh: ['粮食和物资储备局', '粮食局'] },
  { key: 'medical-products', en: ['Medical Products Administration'], zh: ['药品监督管理局', '药监局', '食品药品监督管理局', '食药监局'] },
  { key: 'intellectual-property', en: ['Intellectual Property Office'], zh: ['知识产权局'] },
  { key: 'rural-revitalisation', en: ['Rural Revitalisation Bureau'], zh: ['乡村振兴局'] },
  { key: 'industry-commerce', en: ['Administration for Industry and Commerce'], zh: ['工商局', '工商行政管理局', '质量技术监督局', '质监局'] },
  { key: 'work-safety', en: ['Work Safety Administration'], zh: ['安全生产监督管理局', '安监局'] },
  { key: 'health-bureau', en: ['Health Bureau'], zh: ['卫生健康局', '卫健局', '卫生局', '卫生厅'] },
  { key: 'fire-rescue', en: ['Fire and Rescue'], zh: ['消防救援总队', '消防救援支队', '消防救援大队', '消防救援局'] },
  { key: 'traffic-police', en: ['Traffic Management Bureau'], zh: ['公安交通管理局', '交通管理局', '交管局', '交警支队', '交警大队'] },
  { key: 'exit-entry', en: ['Exit and Entry Administration'], zh: ['出入境管理局', '出入境管理处', '出入境边防检查总站', '边检总站', '边检站'] },
  { key: 'customs-district', en: ['Customs'], zh: ['海关'] },
  { key: 'meteorology', en: ['Meteorological Bureau'], zh: ['气象局'] },
  { key: 'postal', en: ['Postal Administration'], zh: ['邮政管理局'] },
  { key: 'archives', en: ['Archives Bureau'], zh: ['档案局'] },
  { key: 'cryptography', en: ['Cryptography Administration'], zh: ['密码管理局'] },
  { key: 'peoples-congress', en: ["People's Congress Standing Committee"], zh: ['人大常委会', '人民代表大会常务委员会'] },
];
