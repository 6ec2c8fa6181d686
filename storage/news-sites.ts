/**
 * Where the content script runs by itself: WeChat official-account articles and a curated list of
 * major news and security-news sites in English and Chinese. Everywhere else it runs on
 * demand (popup, activeTab) or on sites the user allowed. Data, not code: one entry per site.
 */
import { webUrlOf } from './site-preferences';

/** One site the content script runs on automatically. */
export interface NewsSite {
  /** Registrable domain (or a host under it); subdomains are included. */
  domain: string;
  /** Path prefix, for vendors whose research blog is one folder of a large site. */
  path?: string;
  name: string;
  lang: 'en' | 'zh';
}

/** The curated default list: general news, security news, vendor research blogs, Chinese media. */
export const NEWS_SITES: readonly NewsSite[] = [
  // General news, English.
  { domain: 'reuters.com', name: 'Reuters', lang: 'en' },
  { domain: 'apnews.com', name: 'AP News', lang: 'en' },
  { domain: 'bbc.com', name: 'BBC', lang: 'en' },
  { domain: 'bbc.co.uk', name: 'BBC', lang: 'en' },
  { domain: 'theguardian.com', name: 'The Guardian', lang: 'en' },
  { domain: 'nytimes.com', name: 'The New York Times', lang: 'en' },
  { domain: 'washingtonpost.com', name: 'The Washington Post', lang: 'en' },
  { domain: 'nbcnews.com', name: 'NBC News', lang: 'en' },
  { domain: 'cnn.com', name: 'CNN', lang: 'en' },
  { domain: 'telegraph.co.uk', name: 'The Telegraph', lang: 'en' },
  { domain: 'straitstimes.com', name: 'The Straits Times', lang: 'en' },
  { domain: 'scmp.com', name: 'South China Morning Post', lang: 'en' },
  { domain: 'bloomberg.com', name: 'Bloomberg', lang: 'en' },
  { domain: 'ft.com', name: 'Financial Times', lang: 'en' },
  { domain: 'wsj.com', name: 'The Wall Street Journal', lang: 'en' },
  { domain: 'cnbc.com', name: 'CNBC', lang: 'en' },
  { domain: 'abc.net.au', name: 'ABC News (Australia)', lang: 'en' },
  { domain: 'independent.co.uk', name: 'The Independent', lang: 'en' },
  { domain: 'techcrunch.com', name: 'TechCrunch', lang: 'en' },
  { domain: 'theverge.com', name: 'The Verge', lang: 'en' },
  { domain: 'axios.com', name: 'Axios', lang: 'en' },
  // Security and technology news, English.
  { domain: 'bleepingcomputer.com', name: 'BleepingComputer', lang: 'en' },
  { domain: 'thehackernews.com', name: 'The Hacker News', lang: 'en' },
  { domain: 'therecord.media', name: 'The Record', lang: 'en' },
  { domain: 'securityweek.com', name: 'SecurityWeek', lang: 'en' },
  { domain: 'darkreading.com', name: 'Dark Reading', lang: 'en' },
  { domain: 'krebsonsecurity.com', name: 'Krebs on Security', lang: 'en' },
  { domain: 'theregister.com', name: 'The Register', lang: 'en' },
  { domain: 'arstechnica.com', name: 'Ars Technica', lang: 'en' },
  { domain: 'zdnet.com', name: 'ZDNet', lang: 'en' },
  { domain: 'cnet.com', name: 'CNET', lang: 'en' },
  { domain: 'wired.com', name: 'Wired', lang: 'en' },
  { domain: 'infosecurity-magazine.com', name: 'Infosecurity Magazine', lang: 'en' },
  { domain: 'govinfosecurity.com', name: 'GovInfoSecurity', lang: 'en' },
  { domain: 'bankinfosecurity.com', name: 'BankInfoSecurity', lang: 'en' },
  { domain: 'helpnetsecurity.com', name: 'Help Net Security', lang: 'en' },
  { domain: 'cyberscoop.com', name: 'CyberScoop', lang: 'en' },
  { domain: 'securityaffairs.com', name: 'Security Affairs', lang: 'en' },
  { domain: 'databreaches.net', name: 'DataBreaches.net', lang: 'en' },
  { domain: 'csoonline.com', name: 'CSO Online', lang: 'en' },
  { domain: 'scworld.com', name: 'SC Media', lang: 'en' },
  { domain: 'cybersecuritydive.com', name: 'Cybersecurity Dive', lang: 'en' },
  { domain: 'techtarget.com', name: 'TechTarget', lang: 'en' },
  { domain: 'techrepublic.com', name: 'TechRepublic', lang: 'en' },
  { domain: 'threatpost.com', name: 'Threatpost', lang: 'en' },
  { domain: 'grahamcluley.com', name: 'Graham Cluley', lang: 'en' },
  { domain: 'schneier.com', name: 'Schneier on Security', lang: 'en' },
  // Research blogs of security vendors.
  { domain: 'unit42.paloaltonetworks.com', name: 'Unit 42 (Palo Alto Networks)', lang: 'en' },
  { domain: 'microsoft.com', path: '/en-us/security/blog/', name: 'Microsoft Security Blog', lang: 'en' },
  { domain: 'cloud.google.com', path: '/blog/topics/threat-intelligence/', name: 'Google Threat Intelligence (Mandiant)', lang: 'en' },
  { domain: 'securelist.com', name: 'Securelist (Kaspersky)', lang: 'en' },
  { domain: 'blog.talosintelligence.com', name: 'Cisco Talos', lang: 'en' },
  { domain: 'crowdstrike.com', path: '/en-us/blog/', name: 'CrowdStrike Blog', lang: 'en' },
  { domain: 'sentinelone.com', path: '/labs/', name: 'SentinelLabs', lang: 'en' },
  { domain: 'research.checkpoint.com', name: 'Check Point Research', lang: 'en' },
  { domain: 'trendmicro.com', path: '/en_us/research/', name: 'Trend Micro Research', lang: 'en' },
  { domain: 'proofpoint.com', path: '/us/blog/', name: 'Proofpoint Blog', lang: 'en' },
  { domain: 'welivesecurity.com', name: 'WeLiveSecurity (ESET)', lang: 'en' },
  { domain: 'news.sophos.com', name: 'Sophos News', lang: 'en' },
  { domain: 'security.com', path: '/threat-intelligence/', name: 'Symantec Threat Intelligence', lang: 'en' },
  { domain: 'recordedfuture.com', path: '/research/', name: 'Recorded Future Research', lang: 'en' },
  { domain: 'rapid7.com', path: '/blog/', name: 'Rapid7 Blog', lang: 'en' },
  { domain: 'fortinet.com', path: '/blog/', name: 'Fortinet Blog', lang: 'en' },
  { domain: 'huntress.com', path: '/blog/', name: 'Huntress Blog', lang: 'en' },
  { domain: 'malwarebytes.com', path: '/blog/', name: 'Malwarebytes Labs', lang: 'en' },
  { domain: 'bitdefender.com', path: '/blog/', name: 'Bitdefender Blog', lang: 'en' },
  { domain: 'security.googleblog.com', name: 'Google Security Blog', lang: 'en' },
  // Chinese security media.
  { domain: 'freebuf.com', name: 'FreeBuf', lang: 'zh' },
  { domain: 'anquanke.com', name: '安全客', lang: 'zh' },
  { domain: '4hou.com', name: '嘶吼', lang: 'zh' },
  { domain: 'secrss.com', name: '安全内参', lang: 'zh' },
  { domain: 'ti.qianxin.com', name: '奇安信威胁情报中心', lang: 'zh' },
  { domain: 'nsfocus.net', name: '绿盟科技', lang: 'zh' },
  // Chinese general and technology news.
  { domain: 'thepaper.cn', name: '澎湃新闻', lang: 'zh' },
  { domain: 'sina.com.cn', name: '新浪', lang: 'zh' },
  { domain: 'sina.cn', name: '新浪', lang: 'zh' },
  { domain: '163.com', name: '网易', lang: 'zh' },
  { domain: 'news.qq.com', name: '腾讯新闻', lang: 'zh' },
  { domain: 'new.qq.com', name: '腾讯新闻', lang: 'zh' },
  { domain: 'caixin.com', name: '财新', lang: 'zh' },
  { domain: 'ithome.com', name: 'IT之家', lang: 'zh' },
  { domain: '36kr.com', name: '36氪', lang: 'zh' },
  { domain: 'solidot.org', name: 'Solidot', lang: 'zh' },
  { domain: 'cnbeta.com.tw', name: 'cnBeta', lang: 'zh' },
  { domain: 'huxiu.com', name: '虎嗅', lang: 'zh' },
  { domain: 'jiemian.com', name: '界面新闻', lang: 'zh' },
  { domain: 'chinanews.com.cn', name: '中国新闻网', lang: 'zh' },
  { domain: 'news.cn', name: '新华网', lang: 'zh' },
  { domain: 'people.com.cn', name: '人民网', lang: 'zh' },
  { domain: 'ifeng.com', name: '凤凰网', lang: 'zh' },
  { domain: 'sohu.com', name: '搜狐', lang: 'zh' },
  { domain: 'zaobao.com', name: '联合早报', lang: 'zh' },
  { domain: 'ftchinese.com', name: 'FT中文网', lang: 'zh' },
  { domain: '21jingji.com', name: '21世纪经济报道', lang: 'zh' },
];

/** WeChat official-account articles: `/s?__biz=…` and `/s/<id>`. */
export const WECHAT_MATCH = '*://mp.weixin.qq.com/s*';

/** Match patterns for the manifest: WeChat articles plus every listed site and its subdomains. */
export const CONTENT_MATCHES: string[] = [
  WECHAT_MATCH,
  ...NEWS_SITES.flatMap(({ domain, path = '/' }) => [`*://${domain}${path}*`, `*://*.${domain}${path}*`]),
];

/** Whether the content script runs on `url` by itself (the list above), without any user choice. */
export function isListedNewsUrl(url: string): boolean {
  const parsed = webUrlOf(url);
  if (!parsed) return false;
  const host = parsed.hostname.toLowerCase();
  if (host === 'mp.weixin.qq.com') return parsed.pathname.startsWith('/s');
  return NEWS_SITES.some(
    ({ domain, path = '/' }) => (host === domain || host.endsWith(`.${domain}`)) && parsed.pathname.startsWith(path),
  );
}
