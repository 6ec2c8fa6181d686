/**
 * Well-known organisations that news reports as victims or operators of affected services, with
 * their English and Chinese names. A name here only gives the canonical English value and lets
 * Chinese text be matched; being listed never makes an organisation a victim on its own — the
 * organization extractor still needs victim evidence or salience in the article.
 */
import type { GazetteerEntry } from '../gazetteer/gazetteer';

/** Companies and institutions: `en[0]` is the canonical value. */
export const organizations: readonly GazetteerEntry[] = [
  { id: 'org:royal-mail', en: ['Royal Mail'], zh: ['皇家邮政', '英国皇家邮政'] },
  { id: 'org:microsoft', en: ['Microsoft'], zh: ['微软', '微软公司'] },
  { id: 'org:twitter', en: ['Twitter'], zh: ['推特'] },
  { id: 'org:meta', en: ['Meta', 'Facebook'], zh: ['脸书', 'Meta公司'] },
  { id: 'org:google', en: ['Google'], zh: ['谷歌'] },
  { id: 'org:apple', en: ['Apple'], zh: ['苹果公司'] },
  { id: 'org:amazon', en: ['Amazon'], zh: ['亚马逊'] },
  { id: 'org:samsung', en: ['Samsung'], zh: ['三星', '三星电子'] },
  { id: 'org:sony', en: ['Sony'], zh: ['索尼'] },
  { id: 'org:nvidia', en: ['Nvidia', 'NVIDIA'], zh: ['英伟达'] },
  { id: 'org:intel', en: ['Intel'], zh: ['英特尔'] },
  { id: 'org:cisco', en: ['Cisco'], zh: ['思科'] },
  { id: 'org:oracle', en: ['Oracle'], zh: ['甲骨文'] },
  { id: 'org:uber', en: ['Uber'], zh: ['优步'] },
  { id: 'org:toyota', en: ['Toyota'], zh: ['丰田', '丰田汽车'] },
  { id: 'org:honda', en: ['Honda'], zh: ['本田'] },
  { id: 'org:tesla', en: ['Tesla'], zh: ['特斯拉'] },
  { id: 'org:boeing', en: ['Boeing'], zh: ['波音', '波音公司'] },
  { id: 'org:airbus', en: ['Airbus'], zh: ['空客', '空中客车', '空客公司'] },
  { id: 'org:motorola', en: ['Motorola'], zh: ['摩托罗拉'] },
  { id: 'org:motorola-mobility', en: ['Motorola Mobility'], zh: ['摩托罗拉移动'] },
  { id: 'org:bilibili', en: ['Bilibili'], zh: ['哔哩哔哩', 'B站'] },
  { id: 'org:tencent', en: ['Tencent'], zh: ['腾讯'] },
  { id: 'org:alibaba', en: ['Alibaba'], zh: ['阿里巴巴'] },
  { id: 'org:huawei', en: ['Huawei'], zh: ['华为'] },
  { id: 'org:baidu', en: ['Baidu'], zh: ['百度'] },
  { id: 'org:guardian', en: ['The Guardian', 'Guardian'], zh: ['卫报'] },
  { id: 'org:colonial-pipeline', en: ['Colonial Pipeline'], zh: ['科洛尼尔管道公司', '美国输油管道公司'] },
  { id: 'org:nhs', en: ['NHS', 'National Health Service'], zh: ['英国国民健康服务', '英国国家医疗服务体系'] },
  { id: 'org:british-airways', en: ['British Airways'], zh: ['英国航空', '英航'] },
  { id: 'org:cathay-pacific', en: ['Cathay Pacific'], zh: ['国泰航空'] },
  { id: 'org:t-mobile', en: ['T-Mobile'], zh: ['T-Mobile公司'] },
  { id: 'org:att', en: ['AT&T'], zh: ['美国电话电报公司'] },
  { id: 'org:verizon', en: ['Verizon'], zh: ['威瑞森'] },
  { id: 'org:equifax', en: ['Equifax'], zh: ['艾可飞'] },
  { id: 'org:marriott', en: ['Marriott'], zh: ['万豪', '万豪酒店'] },
  { id: 'org:maersk', en: ['Maersk'], zh: ['马士基'] },
  { id: 'org:yandex', en: ['Yandex'], zh: ['扬德克斯'] },
  { id: 'org:nasa', en: ['NASA'], zh: ['美国宇航局'] },
];
