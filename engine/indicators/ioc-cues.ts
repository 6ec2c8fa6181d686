/**
 * Words that present an indicator *as such* (corpus/GUIDELINES.md: "an indicator of compromise
 * presented as such"). A plain domain, URL, IP or email counts only when its sentence, the
 * sentence before it, or the header of the list it stands in carries one of these cues; defanged
 * forms (evil[.]com, hxxp://) present themselves and need none.
 *
 * English cues match on ASCII word boundaries and case-insensitively ("C2" but not "C2M"); Chinese
 * cues match anywhere. Victim-side words ("hacked", "breach", "leak site") are deliberately not
 * cues: a victim's own site in an incident story is not an indicator.
 */

/** Cues for every indicator type: IOC sections, C2, malicious / phishing / lookalike infrastructure. */
export const IOC_CUES = {
  en: [
    'IOC', 'IOCs', 'IoC', 'indicators of compromise', 'indicator of compromise', 'network indicators',
    'C2', 'C&C', 'CnC', 'command-and-control', 'command and control', 'C2 server', 'C2 servers',
    'malicious domain', 'malicious domains', 'malicious IP', 'malicious IPs', 'malicious URL', 'malicious URLs',
    'malicious website', 'malicious websites', 'malicious site', 'malicious sites', 'malicious infrastructure',
    'malicious link', 'malicious links', 'malicious server', 'malicious servers',
    'phishing domain', 'phishing domains', 'phishing site', 'phishing sites', 'phishing page', 'phishing pages',
    'phishing URL', 'phishing URLs', 'phishing link', 'phishing links', 'phishing website', 'phishing websites',
    'fake domain', 'fake domains', 'fake website', 'fake websites', 'decoy', 'lookalike', 'look-alike',
    'typosquatting', 'typosquatted', 'typo-squatting', 'spoofed', 'spoofing', 'mimic', 'mimicking', 'impersonating',
    'attacker-controlled', 'attacker controlled', 'controlled by the attackers', 'controlled by the attacker',
    'controlled by the hackers', 'threat actor infrastructure', 'attacker infrastructure', 'attacker-owned',
    'used by the attackers', 'used by the hackers', 'the attackers used', 'the hackers used', 'registered by the attackers',
    'exfiltrated to', 'exfiltration server', 'beacons to', 'beaconing', 'callback domain', 'payload server',
    'download server', 'staging server', 'dropper', 'downloaded from', 'hosted on', 'hosted at',
    'connects to', 'communicates with',
    'scanning from', 'originated from', 'attack traffic',
  ],
  zh: [
    '恶意域名', '恶意网址', '恶意链接', '恶意IP', '恶意地址', '恶意服务器', '恶意网站', '恶意站点', '恶意URL',
    '钓鱼域名', '钓鱼网站', '钓鱼链接', '钓鱼页面', '钓鱼网址', '钓鱼站点', '仿冒域名', '仿冒网站', '域名仿冒',
    '假冒网站', '假冒域名', '虚假网站', '虚假域名', '虚假网址', '伪造网站', '伪造域名', '山寨网站', '威胁指标', '失陷指标', '入侵指标', '攻击指标', 'IOC', 'C2', 'C&C', '命令与控制',
    '命令和控制', '控制服务器', '控制端', '回连', '外联', '受攻击者控制', '攻击者控制', '黑客控制', '攻击者使用',
    '黑客使用', '攻击者注册', '攻击源', '攻击IP', '恶意载荷', '木马下载', '下载恶意', '托管在', '通信地址',
    // A downloader's sources, and sites presented as fraudulent or illegal ('dropper', 'fake website').
    '下载者', '恶意下载', '涉诈网站', '涉诈网址', '涉诈域名', '涉诈链接', '诈骗网站', '诈骗网址', '诈骗域名', '诈骗链接',
    '违法网站', '非法网站', '赌博网站', '仿冒官网', '仿冒页面', '仿冒链接',
    // Lookalike registrations ('lookalike', 'typosquatting').
    '相似域名', '近似域名', '伪装域名', '域名抢注', '抢注域名', '抢注的域名',
  ],
} as const;

/**
 * Words that, in a table's caption, make its rows of domains, addresses and links indicators: a
 * table under "监测发现以下恶意程序下载网站" or "仿冒网站列表" lists the attackers' infrastructure. Wider than
 * `IOC_CUES` because a table's caption speaks for every row; in prose "恶意软件" next to a domain may
 * name the victim's site as well as the attacker's.
 */
export const TABLE_CAPTION_CUES = {
  en: ['malware', 'malicious', 'phishing', 'fraudulent', 'scam', 'fake', 'trojan', 'attacker', 'attackers'],
  zh: ['恶意', '钓鱼', '仿冒', '假冒', '涉诈', '诈骗', '违法', '违规', '非法', '木马', '病毒', '黑客', '攻击者', '僵尸网络', '挖矿'],
} as const;

/** Column names of a table's indicator columns: "域名", "IP地址", "恶意URL", "MD5", "C2". */
export const INDICATOR_COLUMN_NAMES = {
  en: ['domain', 'domains', 'ip', 'ip address', 'url', 'urls', 'link', 'host', 'hostname', 'address', 'ioc', 'c2', 'md5', 'sha1', 'sha-1', 'sha256', 'sha-256', 'hash', 'file hash', 'email'],
  zh: ['域名', '网址', '链接', '地址', 'IP', '网站', 'URL', 'MD5', 'SHA256', 'SHA1', '哈希', '样本', '邮箱'],
} as const;

/** Column names that hold something else than the attackers' infrastructure: a hosting platform, a source, an official site. */
export const NOT_INDICATOR_COLUMN_NAMES = {
  en: ['platform', 'provider', 'hosting', 'host provider', 'source', 'reference', 'vendor', 'official'],
  zh: ['平台', '服务商', '托管', '云服务', '来源', '参考', '官网', '官方', '厂商', '备案', '运营商', '归属'],
} as const;

/** Extra cues for file hashes: a bare 32/40/64/128-digit hex string next to these is a hash IOC. */
export const HASH_CUES = {
  en: ['MD5', 'SHA1', 'SHA-1', 'SHA256', 'SHA-256', 'SHA512', 'SHA-512', 'hash', 'hashes', 'sample', 'samples', 'file hash'],
  zh: ['哈希', '散列', '样本', '文件hash', 'MD5', 'SHA256', 'SHA1'],
} as const;

/** Extra cues for email addresses: attackers' addresses appear in ransom notes and phishing mail. */
export const EMAIL_CUES = {
  en: ['ransom note', 'ransom notes', 'ransom', 'extortion', 'extortion email', 'phishing', 'sender', 'sent from', 'sent by the attackers'],
  zh: ['勒索信', '赎金', '勒索', '敲诈', '钓鱼邮件', '发件人', '发件地址', '发件邮箱', '攻击者邮箱', '黑客邮箱'],
} as const;

/** Words that mark a hex string as something else than a file hash (git commits, tokens). */
export const NOT_HASH_CUES = {
  en: ['commit', 'commits', 'token', 'csrf'],
  zh: ['提交', '补丁'],
} as const;
