/**
 * Cue lexicons of the organization extractor, English and Chinese: the heads that end an
 * organisation's name, and the contexts that mark a mention as the victim (or as a cited source).
 * Each list is data; `organization-extractor.ts` compiles them once, longest alternative first.
 */

/** English name heads: a capitalised name ending in one is an organisation. */
export const ORG_HEADS_EN: readonly string[] = [
  'Inc', 'Ltd', 'LLC', 'Corp', 'Corporation', 'Company', 'Co', 'Group', 'Holdings', 'Bank', 'Hospital',
  'Hospitals', 'University', 'College', 'School', 'Council', 'Airways', 'Airlines', 'Airport', 'Pipeline',
  'Network', 'Networks', 'Health', 'Healthcare', 'Insurance', 'Trust', 'Clinic', 'Ministry', 'Party',
  'Association', 'Federation', 'Federations', 'Foundation', 'Authority', 'Exchange', 'Port', 'Media',
  'Energy', 'Telecom', 'Telecommunications', 'Systems', 'Technologies', 'Software', 'Brands', 'Bhd',
  'GmbH', 'AG', 'SA', 'plc', 'PLC', 'NV', 'Brewhouse', 'Services', 'Service', 'Laboratory', 'Lab',
  'Motors', 'Mobile', 'Mobility', 'Pharmaceuticals', 'Industries', 'Institute', 'Centre', 'Center',
  'Post', 'Mail', 'Times', 'Railways', 'Railway', 'Municipality', 'City', 'County', 'Police', 'Judiciary',
];

/**
 * Generic nouns for kinds of organisation, sectors and products, in lower case: alone they name
 * nothing, whatever their capital ("Banks affected include …", "Utility confirms breach", "Wallet").
 */
export const GENERIC_ORG_NOUNS_EN: readonly string[] = [
  'bank', 'banks', 'lender', 'lenders', 'insurer', 'insurers', 'utility', 'utilities', 'hospital', 'hospitals', 'clinic', 'clinics',
  'school', 'schools', 'university', 'universities', 'college', 'colleges', 'district', 'districts', 'council', 'councils',
  'municipality', 'municipalities', 'firm', 'firms', 'business', 'businesses', 'agency', 'agencies', 'retailer', 'retailers',
  'provider', 'providers', 'operator', 'operators', 'carrier', 'carriers', 'airline', 'airlines', 'airport', 'airports',
  'hotel', 'hotels', 'casino', 'casinos', 'restaurant', 'restaurants', 'chain', 'chains', 'manufacturer', 'manufacturers',
  'carmaker', 'carmakers', 'automaker', 'automakers', 'telco', 'telcos', 'telecoms', 'charity', 'charities', 'nonprofit',
  'nonprofits', 'organization', 'organizations', 'organisation', 'organisations', 'enterprise', 'enterprises', 'startup',
  'startups', 'vendor', 'vendors', 'supplier', 'suppliers', 'contractor', 'contractors', 'merchant', 'merchants', 'broker',
  'brokers', 'pharmacy', 'pharmacies', 'church', 'churches', 'newspaper', 'newspapers', 'broadcaster', 'broadcasters',
  'harbour', 'harbor', 'port', 'ports', 'transit', 'water', 'power', 'gas', 'electricity', 'payroll', 'payday', 'healthcare',
  'retail', 'banking', 'finance', 'education', 'manufacturing', 'hospitality', 'shipping', 'logistics', 'aviation',
  'wallet', 'wallets', 'app', 'apps', 'browser', 'platform', 'platforms', 'marketplace', 'marketplaces', 'exchange', 'exchanges',
];

/**
 * Lower-case descriptor nouns after a capitalised first word ("Harbour authority hit by …", "Water
 * utility confirms …", "Payday lender …"): a name would capitalise its head, so the word only describes.
 */
export const DESCRIPTOR_NOUNS_EN: readonly string[] = [
  'authority', 'authorities', 'utility', 'utilities', 'agency', 'agencies', 'district', 'board', 'firm', 'firms', 'company',
  'companies', 'provider', 'providers', 'operator', 'operators', 'maker', 'makers', 'giant', 'giants', 'chain', 'chains',
  'retailer', 'retailers', 'lender', 'lenders', 'insurer', 'insurers', 'organisation', 'organisations', 'organization',
  'organizations', 'business', 'businesses', 'department', 'office', 'exchange', 'exchanges', 'platform', 'marketplace',
  'practice', 'sector', 'industry', 'association', 'union', 'body', 'bodies',
];

/** After "reported": a count of incidents ("four ransomware attacks", "a breach"), which a victim reports of itself. */
const REPORTED_COUNT = '(?:a|an|\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|multiple) (?:[\\w-]+ ){0,2}(?:attacks?|cyberattacks?|breach(?:es)?|incidents?|intrusions?|hacks?|outages?)(?!\\w)';

/**
 * English victim contexts after a mention (the mention is the subject or owner):
 * "X was hit", "X suffered", "X's systems", "X spokesperson". A word ends in `(?!\w)` rather than
 * `\b`: after a group whose every alternative ends in a word character the two match the same,
 * and V8 compiled the alternation with `\b` in ~2.5× the time (~20 of a stopped worker's first
 * analysis's ms under load, README Performance).
 */
export const VICTIM_AFTER_EN: readonly string[] = [
  '(?:,[^,]{1,60},)?\\s+(?:has |have |had )?(?:been |was |were |is |are )?(?:hit|breached|attacked|targeted|compromised|hacked|affected|impacted|disrupted|infected|struck|crippled|victimi[sz]ed|extorted|knocked offline|taken offline|shut down|forced)(?!\\w)',
  '(?:,[^,]{1,60},)?\\s+(?:has |had |have )?(?:suffered|experienced|disclosed|confirmed|announced|admitted|acknowledged|notified|detected|discovered|revealed|warned|restored|is investigating|was investigating|took|takes|shut|filed|fell victim|paid|reported (?:a|an|that)|told customers|is working|was working|is still|has not responded|did not respond|declined)(?!\\w)',
  // "Acme's nearly 4,000 employees", "Acme's 1.2 million customers": a count may sit between.
  // Not "Acme's operating system": the product it makes, which malware is written for; nor "Moscow's intelligence
  // services", a state's spies (the attackers as often as not).
  "['’]s? (?:(?:about |nearly |almost |some |over |more than )?\\d[\\d,.]* (?:million |billion |thousand )?)?(?!(?:mobile )?operating systems?\\b|(?:foreign |military |own )?(?:intelligence|spy|security) (?:services?|agenc(?:y|ies))\\b)(?:\\w+ ){0,2}(?:systems?|networks?|servers?|customers|clients|users|patients|employees|staff|admins?|administrators?|data|databases?|websites?|site|IT|computers?|infrastructure|operations|services?|spokes(?:person|man|woman)|statement|CEO|CFO|CIO|CTO|CISO|COO|officials?|investigation|shares?|stock)(?!\\w)",
  ' (?:spokes(?:person|man|woman)|customers|employees|officials|said in a statement|statement|stations|channels|subsidiary|patients|passengers|users|clients|staff|systems|servers|websites?)(?!\\w)',
  // "Acme of America computers were infected", "Acme email accounts were hijacked": its machines, hit.
  ' (?:computers|computer systems|computer networks?|networks|IT systems|databases|email accounts|e-mail accounts|files) (?:were|have been|had been|was) (?:hit|breached|hacked|attacked|compromised|infected|encrypted|locked|accessed|disrupted|affected)(?!\\w)',
  // "the Harmony One hack", "the Optus data breach", "took SVT off-air"
  '\\s+(?:data )?(?:hack|breach|intrusion|cyberattack|cyber-attack|cyber attack|heist|exploit|outage|leak|incident)(?!\\w)',
  '\\s+(?:off-?air|offline)(?!\\w)',
  '(?:,[^,]{1,60},)?\\s+(?:has been|had been|was|is|became|becomes) (?:the )?(?:latest |most recent |first )?(?:victim|target)',
  // "Acme Trust reported four ransomware attacks in 2016": a count of its own incidents (not "reported that …" nor "reported a rise in").
  `\\s+(?:has |had |have )?reported ${REPORTED_COUNT}`,
  // "followed by Acme Post with 88,153 leaked employee records", "Acme, with 101,013 records exposed": its records, taken.
  // A breach word is needed: "Acme, with 5,000 employees" is a size, not a loss.
  ',?\\s+with (?:more than |over |about |nearly |some |almost )?[\\d][\\d,.]*(?: million| billion| thousand)? (?:(?:leaked|exposed|stolen|compromised|breached|affected) (?:[\\w-]+ ){0,2}(?:records|accounts|files|entries|emails|documents|users|customers|employees|members|patients|people)|(?:[\\w-]+ ){0,2}(?:records|accounts|files|entries|emails|documents|users|customers|employees|members|patients|people) (?:were |had been |have been )?(?:leaked|exposed|stolen|compromised|breached|affected))(?!\\w)',
];

/**
 * Speech after a mention ("X said", "X表示"): weak evidence, since researchers and vendors speak
 * too; it counts half, so a name needs it twice or with another cue.
 */
export const SPEECH_AFTER: readonly string[] = [
  '(?:,[^,]{1,60},)?\\s+(?:has |had )?(?:said|says|told|stated|added|explained|wrote to)\\b',
  '(?:[^，。；！？\\n的]{0,8}?)(?:公司|方面|官方)?(?:表示|称|声称|发言人|发布|声明|透露|回应|指出)',
];

/** English victim contexts before a mention: "attack on X", "hackers targeted X". */
export const VICTIM_BEFORE_EN: readonly string[] = [
  '\\b(?:attacks?|cyberattacks?|cyber-attacks?|breach(?:es)?|hacks?|intrusions?|incidents?|outages?|compromise|ransomware|disruptions?|assaults?) (?:on|at|of|against|affecting|targeting|hitting|that hit|which hit) (?:the )?$',
  '\\b(?:targeted|hit|breached|hacked|attacked|compromised|infected|struck|crippled|disrupted|affected|impacted|victims? (?:include|included|were|was)|victim,?) (?:the )?$',
  '\\b(?:at|of) (?:the )?(?:affected|breached|victim|hacked) (?:\\w+ )?$',
  // "the hacking of the World Anti-Doping Agency", "an attack on the municipality of Diest",
  // "the attack in 2020 of Finnish psychotherapy clinic Vasataamo": a short descriptor may sit between.
  "\\b(?:attack|attacks|cyberattack|hack|hacking|breach|intrusion|compromise|theft|ransomware attack)(?: in \\d{4})? (?:on|of|at|against|targeting|from|aimed at|directed at|that hit|which hit) (?:the )?(?:[\\w’'-]+ ){0,4}$",
  '\\bvictims? (?:[\\w’\'-]+ ){0,8}(?:include|included|includes|are|were|was|is)(?: the)? (?:[\\w’\'-]+ ){0,6}$',
  '\\btargets? (?:[\\w’\'-]+ ){0,6}(?:was|were|is|are|include|included)(?: the)? $',
  '\\b(?:targeted|affected|breached|hacked|victim|compromised|impacted) (?:organi[sz]ation|company|firm|provider|vendor|hospital|business|entity|group|airline|retailer|operator),? $',
  '\\b(?:representative|spokes(?:person|man|woman)|CEO|chief [\\w]+ officer|director|head|staff|employees|customers|patients|users|clients|passengers|members|officials?) (?:with|of|for|from|at) (?:the )?$',
  '\\b(?:its|their) (?:unit|subsidiary|division|parent|parent company|sister company|sister airline) $',
  '\\b(?:used|operated|run|owned) by (?:both )?(?:the )?$',
  '\\b(?:access|entry|foothold|way in) (?:through|via) (?:the )?$',
];

/** English contexts that cite a mention as a source, vendor or researcher: not a victim. */
export const SOURCE_BEFORE_EN: readonly string[] = [
  // "the latest document dump by WikiLeaks", "files leaked by the whistle-blower site X": who publishes a leak is its source.
  '\\b(?:dumps?|leaks?|leaked|dumped) by (?:the )?(?:[\\w’\'-]+ ){0,4}$',
  '\\bwhistle-?blow(?:er|ing) (?:site|website|organi[sz]ation|group|platform|outlet) $',
  '\\b(?:according to|told|reported by|researchers? (?:at|from|with)|analysts? (?:at|from)|experts? (?:at|from)|via|per|cited by|speaking to|confirmed to|said to|statement to|security (?:firm|company|vendor|researchers?|provider)|cybersecurity (?:firm|company|vendor|provider)|threat intelligence (?:firm|company)|blockchain analytics (?:firm|company)|research(?:ers)? (?:firm|company)|news (?:site|outlet|agency)|(?:the )?outlet|(?:data )?(?:breach|leak) (?:notification|alert|monitoring|tracking) (?:service|site|website)) (?:the )?$',
];

/** English contexts after a mention that cite it as a source or a researcher. */
export const SOURCE_AFTER_EN: readonly string[] = [
  // A gang or its tool, not a victim: "the LockBit ransomware gang", "Ragnar Locker group"
  ' (?:ransomware (?:gang|group|operators?|operation|family|strain|variant)|gang|group|hacking group|hackers|malware|botnet|operators|affiliates)\\b',
  // "X, a Finnish cybersecurity firm, has confirmed", "the X research team": a vendor or a lab, described as one.
  ',? (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:security|cybersecurity|cyber-security|cyber security|antivirus|anti-virus|anti-malware|threat intelligence|threat research|security research) (?:firm|company|vendor|provider|outfit|specialist|start-?up|researchers?|team|lab|labs)\\b',
  ' (?:research|threat research|security research|intelligence) (?:team|group|lab|labs|unit|arm|division|blog)\\b',
  // "the Nestwarden report", "a Tallisker Labs study found": the author of a report or a study is its source.
  ' (?:report|study|survey|white ?paper|research paper|blog post)s?\\b(?! (?:to|on|of|that|how) (?:the )?(?:attack|breach|incident|hack))',
  ` (?:first )?(?:reported(?! ${REPORTED_COUNT})|reports|wrote|writes|published|noted|has been told|was told|learned|researchers?|analysts?|threat (?:researchers|intelligence)|said in a report|found that|discovered that|attributed|observed|tracked|reached out)\\b`,
];

/** Chinese organisation heads: a name ending in one is an organisation. */
export const ORG_HEADS_ZH: readonly string[] = [
  '股份有限公司', '有限公司', '公司', '集团', '银行', '医院', '大学', '学院', '邮政', '航空', '电信', '移动',
  '联通', '保险', '能源', '汽车', '实验室', '机场', '议会', '委员会', '协会', '交易所', '证券', '科技',
  '媒体', '电视台', '报社', '中心', '研究所', '研究院', '工厂', '基金会', '医疗', '电力', '石油', '港口',
  '铁路', '地铁', '航运', '物流', '酒店', '超市', '政党', '市政府', '邮报', '日报', '时报', '晚报', '周刊',
  '广播', '基金', '联盟', '商城', '制药', '药业', '控股', '重工', '化工', '钢铁', '地产', '置业', '传媒',
  '速运', '海运', '水务', '燃气', '百货', '乳业', '出版社', '诊所', '电商', '中学', '小学', '学校', '药房', '药店',
  // Trades that end company names as often as 公司 does (华夏人寿, 招商港务, 金杜律师事务所); not the trades
  // that end common nouns too (电子 in 电子邮件, 软件, 网络, 信息, 快递, 食品, 船舶: 勒索软件, 用户快递).
  '微电子', '光电', '电器', '电气', '建工', '信托', '人寿', '财险', '港务', '矿业', '煤业', '石化', '影业', '事务所',
  '商会', '学会', '俱乐部',
  // Hong Kong's word for a telecom company (香港电讯).
  '电讯',
];

/** Chinese victim contexts right after a mention: "X遭到…", "X表示", "X的系统". */
export const VICTIM_AFTER_ZH: readonly string[] = [
  '(?:[^，。；！？\\n]{0,8})?(?:遭到|遭受|遭遇|遭|被黑|被攻击|被入侵|被勒索|受到|受|中断|暂停|瘫痪|宕机|停产|停止)',
  '(?:[^，。；！？\\n的]{0,8}?)(?:公司|方面|官方)?(?:确认|证实|宣布|披露|通知|公告|承认|正在调查|证明|报告了|通报)',
  // "X 10月24日向监管机构（HHS）更新通报称": a date and the body told may sit between the name and its confirmation.
  '(?:\\d{1,2}月\\d{1,2}日|周[一二三四五六日]|日前|近日|今天|昨天)?(?:向|对)[^，。；！？\\n]{2,30}?(?:确认|证实|宣布|披露|通报|报告|提交)',
  '(?:的|旗下)(?:[^，。；！？\\n]{0,6}?)(?:系统|网络|服务器|客户|客服|数据|用户|网站|员工|服务|业务|官网|运营|股价|门户|患者|平台|频道|账号|账户|工厂)',
  '(?:系统|服务器|客户|客服|用户|网站|员工|官网|股价|门户|患者)',
  '(?:[^，。；！？\\n]{0,4}?)(?:为|作为)(?:攻击|主要)?目标',
  '的(?:网络)?(?:攻击|入侵|勒索攻击|数据泄露)(?:活动|事件)?',
  '[，,]?(?:没有|未|尚未)(?:立即)?(?:回应|回复|置评)',
  // "向X发出置评请求": the organisation asked for comment is the one the story is about.
  '(?:发出|提出|寻求)?置评',
];

/** Chinese victim contexts right before a mention: "攻击X", "对X发起攻击", "受害者X". */
export const VICTIM_BEFORE_ZH: readonly string[] = [
  '(?:攻击|入侵|袭击|针对|勒索|黑客入侵|中断了|影响了|瘫痪了|受害者|受害者是|受害方|受害企业|导致|致使|对|瞄准|盯上)(?:了)?$',
  '(?:离线|瘫痪|中断|受影响|受到影响|被攻击|遭攻击|遭到攻击|被黑|被入侵|遇袭|停摆|被勒索)的$',
  // "涉及德国托管IT服务商BITMARCK": a short descriptor may sit between the cue and the name.
  '(?:涉及|波及|殃及|牵连|受害者包括|受影响的(?:企业|公司|组织|机构)包括)(?:了)?[^，。；！？\\n]{0,14}$',
];

/** Chinese contexts that cite a mention as a source, vendor or researcher. */
export const SOURCE_BEFORE_ZH: readonly string[] = [
  '(?:据|根据|援引|来自|向|接受|安全公司|安全厂商|网络安全公司|安全研究公司|安全企业|研究机构|研究人员|媒体|外媒|报道称|来源：|来源:|图片来源：|参考资料：)$',
  // "区块链数据分析公司“Acme”称", "威胁情报公司Acme": an analysis or intelligence firm is a source, quoted or not.
  '(?:安全|网络安全|研究|分析|数据分析|链上分析|区块链分析|区块链数据分析|威胁情报|情报|取证|审计)(?:公司|厂商|机构|团队|平台|企业)[“"「『]?$',
];

/** Chinese contexts right after a mention that cite it as a source or a researcher. */
export const SOURCE_AFTER_ZH: readonly string[] = [
  '(?:的)?(?:报道|研究人员|研究员|分析师|安全研究|威胁情报|援引|编译|指出|报告称|发现了|披露了)',
  // A vendor or a researcher publishes patches, reports and warnings: "X发布了补丁", "X发布的报告显示".
  '(?:[^，。；！？\\n]{0,4}?)发布(?:了|的)?(?:[^，。；！？\\n]{0,6}?)(?:补丁|修复程序|研究报告|报告|预警|通告|威胁分析|分析报告)',
];

/**
 * Capitalised words and acronyms that are technology, protocol or page-furniture terms, never an
 * organisation: "SS7", "API", "Search". Compared case-sensitively against a whole candidate name.
 */
export const NOT_ORGANIZATION_NAMES: readonly string[] = [
  'AI', 'API', 'APIs', 'APP', 'App', 'ICP', 'SS7', 'VPN', 'VPNs', 'DNS', 'IT', 'IP', 'SMS', 'VoIP', 'VOIP', 'PAY-TV',
  'SQL', 'CEO', 'CTO', 'CISO', 'CFO', 'PDF', 'USB', 'URL', 'HTTP', 'HTTPS', 'SSL', 'TLS', 'RDP', 'SSH', 'DDoS', 'MFA',
  'PC', 'PCs', 'TV', 'CPU', 'OS', 'IoT', 'OT', 'ICS', 'SCADA', 'NAS', 'CMS', 'ERP', 'CRM', 'SaaS', 'PaaS', 'IaaS', 'RaaS', 'MaaS',
  'PowerShell', 'EXE', 'DLL', 'LNK', 'ISO', 'ZIP', 'RAR', 'C2', 'C&C', 'IoC', 'IoCs', 'IOC', 'IOCs', 'TTP', 'TTPs', 'CI', 'CI/CD',
  'ETH', 'BTC', 'USDT', 'NFT', 'Phishing', 'Python', 'JavaScript', 'Java', 'PHP', 'Golang', 'Rust', 'EDR', 'XDR', 'SIEM', 'SOC',
  '2FA', 'OTP', 'PII', 'GDPR', 'Wi-Fi', 'WiFi', 'LTE', '5G', '4G', 'Bluetooth', 'Android', 'iOS', 'Windows', 'Linux',
  'Search', 'Menu', 'Home', 'Login', 'Log in', 'Sign in', 'Subscribe', 'Share', 'Tweet', 'Advertisement', 'Related',
  'Newsletter', 'Link', 'Links', '2SV', 'Comments', 'Reply', 'Follow', 'Contact', 'Privacy Policy', 'Terms', 'Cookies', 'Read more',
  // Attack and vulnerability classes, security jargon and device kinds: "远程代码执行（RCE）", "API Key", "VR".
  'RCE', 'LPE', 'XSS', 'CSRF', 'SSRF', 'XXE', 'SQLi', 'DoS', 'APT', 'APTs', 'PoC', 'POC', 'CVE', 'CVEs', 'CVSS', 'KEV', 'CWE',
  'BEC', 'ATO', 'RAT', 'RATs', 'IAB', 'IABs', 'TTP', 'WAF', 'IDS', 'IPS', 'SSO', 'OAuth', 'SAML', 'LDAP', 'SMB', 'FTP', 'SFTP',
  'SMTP', 'IMAP', 'JSON', 'XML', 'HTML', 'CSS', 'SDK', 'SDKs', 'IDE', 'LLM', 'LLMs', 'GPU', 'GPUs', 'VM', 'VMs', 'VR', 'AR', 'XR',
  'NFC', 'GPS', 'SIM', 'eSIM', 'QR', 'ATM', 'ATMs', 'POS', 'PoS', 'EOL', 'UEFI', 'BIOS', 'API Key', 'API Keys', 'API key', 'Windows PC',
  'Windows PCs', 'Mac', 'Macs', 'macOS', 'MacOS', 'iPhone', 'iPhones', 'iPad', 'Chromebook', 'PowerPoint', 'Excel', 'Word',
  // A party's members and its adjective name people or a side, not an organisation: "Democrats in the state Senate".
  'Democrats', 'Republicans', 'Democratic', 'Republican', 'Conservatives', 'Liberals', 'Tories',
  // A department's acronym and holidays: "the HR team", "over Christmas".
  'HR', 'PR', 'R&D', 'Christmas', 'Easter', 'Thanksgiving', 'Halloween', 'Ramadan', 'Black Friday', 'Cyber Monday',
];

/**
 * Past participles of attacks that the passive makes the victim's predicate ("X was infiltrated", "X has been
 * blackmailed"), beyond the core list above: intrusion, encryption, extortion, defacement, denial of service, takeover.
 */
const PASSIVE_ATTACK_VERBS_EN = [
  'infiltrated', 'penetrated', 'hijacked', 'defaced', 'encrypted', 'ransomed', 'blackmailed', 'victimi[sz]ed', 'phished',
  'DDoSed', "DDoS[’']d", 'knocked out', 'brought down', 'held hostage', 'locked up',
].join('|');

/**
 * English predicates whose grammatical subject is the victim, read anywhere later in the sentence
 * (victim-roles.ts takes the nearest organisation before them): "X, which runs 40 clinics, was hit",
 * "X has confirmed that it suffered a breach", "X fell victim to". Headlines drop the auxiliary, so
 * "X hit by ransomware" counts too.
 */
export const SUBJECT_PREDICATES_EN: readonly string[] = [
  // The passive of every verb of an attack done to an organisation (breach, intrusion, extortion, disruption, defacement).
  `(?:has|have|had) been (?:hit|breached|hacked|attacked|targeted|compromised|affected|impacted|disrupted|infected|struck|crippled|paralysed|paralyzed|${PASSIVE_ATTACK_VERBS_EN})`,
  `(?:was|were|is|are|got|gets|being) (?:hit|breached|hacked|attacked|targeted|compromised|impacted|disrupted|infected|struck|crippled|paralysed|paralyzed|held (?:to|for) ransom|knocked offline|taken offline|forced offline|locked out|extorted|defrauded|scammed|duped|${PASSIVE_ATTACK_VERBS_EN})`,
  '(?:hit|struck|crippled|breached|targeted|paralysed|paralyzed|disrupted) by',
  '(?:suffered|suffers|experienced|experiences|sustained|disclosed|discloses|confirmed|confirms|announced|announces|admitted|admits|detected|detects|discovered|discovers|notified|notifies|is notifying|began notifying|fell victim|falls victim|recovering|recovers) [^.;:!?\\n]{0,48}?(?:attack|breach|hack|incident|intrusion|ransomware|outage|compromise|leak|ransom|cyber|unauthori[sz]ed access|malware|phishing|disruption)',
  '(?:fell|falls|became|becomes|was|is|has been|had been|have been|were|are) (?:the )?(?:latest |newest |most recent |first |second |another )?(?:victim|target|subject)s? (?:of|to)',
  '(?:fell|falls|became|becomes|was|is|has been|had been) (?:the )?(?:latest |newest |most recent |first |second |another )?victim',
  // "appears to be the latest big-name brand to suffer a breach", "was the latest to be hit"
  'latest (?:[\\w-]+ ){0,3}to (?:suffer|be hit|be breached|be targeted|fall victim|disclose|report|confirm)',
  '(?:to )?(?:suffer|experience|disclose|confirm|announce|admit|report) (?:a |an |the )?(?:[\\w-]+ ){0,3}(?:attack|breach|hack|incident|intrusion|outage|compromise|leak)',
  '(?:paid|pays|paying|refused to pay|will not pay|agreed to pay|(?:chose|decided|opted|was forced|were forced|had) to pay) (?:[\\w$€£,.-]+ ){0,3}(?:ransom|in bitcoin|to (?:decrypt|unlock|recover|regain|restore))',
  // "Wasaga Beach had their computer systems hacked"
  '(?:had|has|have|got|gets) (?:its|their|his|her) (?:[\\w-]+ ){0,3}(?:hacked|breached|encrypted|compromised|locked|stolen|exposed|leaked|hijacked|defaced|taken offline|knocked offline)',
  '(?:repelled|thwarted|fended off|survived|weathered|blocked) (?:[\\w-]+ ){0,3}(?:attacks?|cyberattacks?|intrusions?|ransomware)',
  // "Acme, which left millions of voter records exposed on a cloud server", "a bucket that leaves patient files publicly
  // accessible": whoever left its data open is the one whose data leaked (a misconfiguration is an incident of its own).
  // Not the gerund ("the risks of leaving printers exposed"): that is advice, and its subject is whoever gives it.
  '(?:left|leaves) (?:[\\w,-]+ ){0,5}(?:exposed|unprotected|unsecured|publicly accessible|open to (?:anyone|the public|the internet))',
  // "Acme had to halt its local production because of the attack", "Acme suspended operations at two plants"
  '(?:had to|was forced to|were forced to|has had to) (?:halt|suspend|stop|shut down|close|take down|take offline) (?:its |their |some |all |several )?(?:[\\w-]+ ){0,2}(?:production|operations|plants?|factories|factory|services|systems|branches|stores|offices|websites?|network)',
  // "Acme canceled classes on Monday after a ransomware attack", "Acme postponed surgeries following a cyberattack",
  // "Acme began diverting ambulances after a cyberattack":
  // what an operator calls off because of an incident is its own work.
  '(?:canceled|cancelled|cancels|closed|closes|postponed|postpones|suspended|suspends|delayed|delays|diverted|diverts|grounded|grounds|rescheduled|reschedules|(?:began|begins|started|starts|has been|have been|was|were|is|are) (?:diverting|canceling|cancelling|postponing|closing|suspending|delaying|rescheduling|grounding|turning away)) [^.;:!?\\n]{1,60}? (?:after|following|due to|because of|amid) (?:an? |the )?(?:suspected |apparent |possible |major |massive |recent )?(?:cyber ?attack|cyber incident|cybersecurity incident|ransomware(?: attack)?|hack|breach|data breach|network (?:outage|intrusion)|IT (?:outage|failure|incident)|system (?:outage|failure)|security incident|malware attack|DDoS attack)',
  // "Acme halted production at two plants", "Acme shut down its email systems as a precaution": an operator stops its own
  // operations (its or theirs, or where: "at two plants"), which only the one hit does in an incident report.
  '(?:halted|halts|suspended|suspends|shut down|shuts down|took down|takes down|took offline|takes offline|pulled offline|disconnected|disconnects|isolated|isolates) (?:its|their|some of its|all of its|some of their|all of their) (?:own )?(?:[\\w-]+ ){0,2}(?:production|operations|plants?|factories|factory|services|systems|servers|networks?|websites?|branches|stores|offices|computers|email)',
  // "Acme authorities were forced to take their flight information displays offline"
  '(?:had to|(?:was|were)(?: [a-z]+ly)? forced to|has had to|have had to) take (?:its|their|some of its|some of their|all of its|all of their) (?:[\\w-]+ ){0,4}offline',
  // "Acme refused to meet the hackers' demands", "Acme declined to pay"
  '(?:refused|refuses|declined|declines|would not|will not|did not|won\'t|didn\'t) (?:to )?(?:meet|pay|give in to|negotiate with|comply with) (?:[\\w’\'$()-]+ ){0,3}(?:demands?|ransom|hackers|attackers|extortionists|criminals|them)',
  // "Acme emailed employees that their W-2 data was compromised", "Acme notified patients of the breach"
  '(?:emailed|e-mailed|notified|notifies|informed|informs|alerted|alerts|is alerting|began alerting|wrote to|sent (?:letters|notices|notifications|notification letters|emails|e-mails) to|(?:began|started) (?:notifying|alerting|informing|contacting)|is notifying|is contacting) (?:its |their |some |all |about |nearly |more than |over |roughly |some )?(?:[\\d,.]+(?: (?:thousand|million|billion))? )?(?:customers|clients|employees|staff|workers|patients|users|members|students|parents|residents|guests|account holders|policyholders)(?: [\\w-]+){0,3} (?:that|of|about)',
  // "X revealed that sensitive data from 143 million consumers was exposed", "X says a misconfigured database left
  // patient data exposed": the speaker's own data or systems, exposed or taken in the clause it reports.
  '(?:said|says|confirmed|confirms|disclosed|discloses|announced|announces|revealed|reveals|admitted|admits) (?:on \\w+ |recently |today )?(?:that )?(?:(?:a|an|the|its|some|one of its|sensitive|personal) )?[^.;:!?\\n]{0,40}?(?:data|information|records|details|databases?|servers?|systems?|networks?|accounts)\\b[^.;:!?\\n"“”]{0,120}?(?:was|were|had been|has been|have been|left [^.;:!?\\n]{0,30}?) ?(?:exposed|stolen|accessed|compromised|breached|leaked|hacked|encrypted)\\b',
  // "X said that hackers had breached its network": the speaker is the one breached.
  '(?:said|says|confirmed|confirms|disclosed|discloses|announced|announces|revealed|reveals|admitted|admits|told customers|notified customers) (?:on \\w+ |(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last week) )?(?:that )?(?:(?:foreign|unknown|outside|malicious|anonymous|unidentified|sophisticated|Russian|Chinese|North Korean|Iranian) )?(?:hackers|attackers|cybercriminals|criminals|intruders|someone|an? (?:unauthori[sz]ed |anonymous |unidentified |unknown |outside |malicious |sophisticated )?(?:third party|intruder|hacker|attacker|actor)|(?:an? |the )?unknown (?:party|actor|attacker)s?) (?:had |have |has |may have |might have )?(?:breached|accessed|hacked|compromised|stolen|stole|gained|infiltrated|encrypted|obtained|taken|broken into|broke into)',
];

/**
 * English cues followed by the victim, read up to a short gap later in the sentence (the nearest
 * organisation after them, not after "by"): "attackers breached X", "the attack on the Finnish
 * clinic X", "victims include A, B and C", "banks affected include A".
 */
export const OBJECT_CUES_EN: readonly string[] = [
  // "a hack—purportedly aided by a foreign government—of the X": an aside between dashes does not part the cue from its object.
  '(?:attacks?|cyber-?attacks?|cyber attacks?|breach(?:es)?|hacks?|hacking|intrusions?|compromise|ransomware|incidents?|outages?|disruptions?|heists?|thefts?|leaks?|infections?)(?: ?[—–] ?[^—–\\n]{1,80}[—–] ?| )(?:on|at|of|against|affecting|targeting|hitting|that hit|which hit|aimed at|directed at|impacting|involving|into)',
  '(?:hit|hits|hitting|breached|breaches|hacked|hacks|attacked|attacks|attacking|targeted|targets|targeting|compromised|compromises|compromising|infiltrated|infiltrates|infiltrating|penetrated|crippled|cripples|crippling|struck|strikes|striking|disrupted|disrupts|disrupting|paralysed|paralyzed|paralysing|paralyzing|extorted|extorts|extorting|infected|infects|infecting|defrauded|scammed|duped|locked up|shut down|shutting down|knocked out|knocking out|hijacked|hijacking|hijacks|encrypted|encrypting|blackmailed|blackmailing|infect|cripple|disrupt|extort|(?:has|have|had) (?:also )?(?:affected|impacted)|affecting|impacting|affects|impacts)',
  // "encrypting files at Telefonica", "data stolen from the clinic": what was hit, then where.
  '(?:encrypted|encrypting|wiped|wiping|deleted|deleting) (?:[\\w-]+ ){0,2}(?:files|data|systems|servers|computers|machines|disks|backups) (?:at|of|belonging to)',
  '(?:broke|break|breaking|broken|got|get|getting|sneaked|snuck|hacked|hacking|made (?:its|their) way|found (?:its|their) way) into',
  // "managed to get access to the systems of Larson Studios"
  '(?:access to|into|control of|compromise of|breach of) (?:the )?(?:[\\w-]+ ){0,2}(?:systems?|networks?|servers?|computers?|databases?|accounts?|email|infrastructure) (?:of|at|belonging to|owned by|run by|operated by)',
  // "stole hundreds of gigabytes of files from X": the amount may take a few words.
  '(?:stole|stolen|stealing|exfiltrated|exfiltrating|leaked|taken|lifted|siphoned|siphoning|swiped|pilfered|harvested|scraped|scraping) (?:[\\w’\'-]+ ){0,6}(?:from|belonging to)',
  // "a bug was leaking customer sessions for A, B and others": whose data leaked (a data noun first, and no time after "for": "leaked data for months").
  '(?:leaking|leaked|leaks|exposing|exposed|exposes) (?:[\\w-]+ ){0,3}(?:data|sessions|records|information|credentials|passwords|details|files|emails|tokens|cookies|messages) for(?! (?:\\d|a |an |about |over |more |nearly |almost |several |many |some |years|months|weeks|days|hours|minutes|the (?:past|last|first|next)\\b))',
  // "hackers defaced the Acme website", "a botnet DDoSed Acme" (an object right after: "sites defaced, X" is a participle's list).
  '(?:defaced|defacing|defaces|DDoSed|DDoSing)(?= )',
  // "hackers demanded that Acme pay", "used to coerce Acme into paying", "tried to blackmail money out of Acme"
  '(?:demanded|demanding|demands) that',
  '(?:coerce|coerced|coerces|coercing)',
  '(?:forced|forcing|forces)(?! (?:to|into|by|out|offline|back|down|its|their)\\b)',
  '(?:extort|extorted|extorting|blackmail|blackmailed|blackmailing|squeeze|squeezed|extract|extracted|extracting) (?:money|cash|a ransom|a payment|payment|payments|bitcoins?)? ?(?:from|out of)(?: either)?',
  // "the group took aim at the X", "taking aim at X's servers": the target of an attack, figuratively.
  '(?:take|takes|took|taken|taking) aim at',
  // "to lock up files at Acme Hospital", "records belonging to Acme have been leaked", "information related to Acme was found exposed"
  '(?:lock|locks|locked|locking) up (?:[\\w-]+ ){0,2}(?:files|data|systems|servers|computers|records) (?:at|of|belonging to)',
  '(?:records|data|databases?|files|information|details|documents|emails|accounts) (?:belonging to|owned by|held by|related to|relating to|pertaining to)',
  // "guests who stayed at its Holiday Inn, Crowne Plaza …", "customers who shopped at Acme stores": a card breach's victims are
  // the places its customers paid at.
  '(?:customers|guests|diners|shoppers|patients|visitors|travell?ers|passengers|consumers|cardholders) (?:who|that) (?:[\\w-]+ ){0,2}(?:stayed|shopped|dined|ate|visited|purchased|made purchases|used (?:their |a )?(?:payment |credit |debit )?cards?) (?:at|in)',
  // "That's what happened to Acme", "the breach occurred at Acme", "another incident was spotted in Acme Hospital"
  '(?:happened|happens|happening) to',
  '(?:attacks?|breach(?:es)?|hacks?|incidents?|intrusions?|infections?|outages?) (?:[\\w-]+ ){0,8}(?:occurred|happened|took place|was spotted|was discovered|was detected) (?:at|in)',
];

/**
 * English cues that introduce a list of the affected, read by their own pass (a verb cue such as
 * "breaches" would otherwise win the match at the same position): "Hotel brands that acknowledged
 * breaches include A, B and C", "victims include A", "firms affected by the leak includes CVS".
 */
export const LIST_CUES_EN: readonly string[] = [
  // "has long been targeting political entities, including X": the list of those it targets.
  // The cue is a whole word: "hacking groups such as X", "attackers such as X" list attackers, not victims.
  '(?:breach(?:es)?|attacks?|hacks?|hacking(?! (?:groups?|gangs?|crews?|collectives?|outfits?)\\b)|leaks?|leaked|incidents?|affected|impacted|hit|targeted|targeting|compromised|victims?|stolen|infected|disrupting|disrupted|crippling|crippled)(?![A-Za-z])[^.;:!?\\n]{0,60}?(?:include|includes|included|including|such as|among them)',
  // Starts at a cue word, not at any word: a pattern opening with "any word" would be tried at every position.
  '(?:victims?|targets?|those (?:affected|hit)) (?:include|included|includes|including|are|were|such as|like|among them)',
];

/** Chinese predicates after the victim (nearest organisation before them in the sentence): X遭到攻击, X发生数据泄露, X被黑客入侵. */
export const SUBJECT_PREDICATES_ZH: readonly string[] = [
  '遭到', '遭受', '遭遇', '遭', '被黑', '被攻击', '被入侵', '被勒索', '被加密', '被窃', '被盗', '被泄露', '被曝', '受到攻击', '受到网络攻击',
  '受到勒索', '中招', '沦陷', '失陷',
  // The passive with its agent inside: "其核心系统被一个勒索软件团伙加密", "数据库被黑客窃取".
  '被(?:[^，。；！？\\n被]{1,12}?)(?:攻击|入侵|攻破|黑掉|加密|窃取|盗取|盗走|泄露|勒索|篡改|劫持)',
  '受到(?:[^，。；！？\\n]{0,10}?)(?:攻击|入侵|勒索)(?:的)?影响', '成为(?:[^，。；！？\\n]{0,10})(?:受害者|目标)', '支付(?:了)?(?:[^，。；！？\\n]{0,8})赎金',
  '发生(?:了)?(?:[^，。；！？\\n]{0,10})(?:泄露|攻击|入侵|事件|故障|中断|宕机)',
  '(?:确认|证实|承认|披露|宣布|通报|公告)(?:了)?(?:[^。；！？\\n]{0,14})(?:攻击|泄露|入侵|勒索|事件|故障|中断)',
  '(?:系统|网络|服务器|网站|官网|业务|服务|数据)(?:[^，。；！？\\n]{0,6})(?:中断|瘫痪|宕机|泄露|被加密|离线|停摆)',
  // A leak by misconfiguration: "X拥有的一个云数据库未设置任何密码", "X的存储桶暴露在公网".
  '(?:数据库|存储桶|服务器|实例|存储库)(?:[^，。；！？\\n]{0,6}?)(?:暴露在|暴露于|未设置(?:任何)?密码|未受(?:任何)?(?:密码)?保护|无需(?:任何)?(?:密码|身份验证)(?:即可)?(?:公开)?访问)',
  // An outage said of the operator itself: "B站又崩了", "X大面积宕机".
  '(?:又|再次|再度|突然|大面积|全面)?(?:崩了|崩溃|宕机|瘫痪|无法访问|打不开|挂了|停摆)',
];

/** Chinese cues before the victim (nearest organisation after them, in the same clause): 入侵了X, 针对X的攻击, 受影响的企业包括A、B和C. */
export const OBJECT_CUES_ZH: readonly string[] = [
  // Verbs only: "针对X" and "影响X" also introduce products, sectors and regions ("针对大规模分布式拒绝服务"),
  // and "针对X的攻击" is read by the cue after the name.
  '(?:攻击|入侵|袭击|攻破|黑进|黑掉|渗透|勒索)(?:了)?',
  '(?:受害者|受害方|受害企业|受害组织|受害机构)(?:是|为|包括|有)?',
  '(?:受影响|受到影响|受波及|遭攻击|被攻击|遇袭|受害|被入侵|被黑)的(?:[^，。；！？\\n]{0,8})(?:包括|有|如|是|为)',
  // "受此次攻击影响的机构包括A、B"
  '受(?:到)?(?:[^，。；！？\\n的]{1,10})(?:影响|波及)的(?:[^，。；！？\\n]{0,8})(?:包括|有|如|是|为)',
  // "其客户遭遇服务中断，包括A、B和C", "多家企业受到影响，其中包括A": an incident clause, then the list of those it hit.
  '(?:遭遇|遭到|遭受|受到|出现)(?:了)?(?:[^，。；！？\\n]{0,8}?)(?:故障|攻击|影响|中断|干扰|波及|泄露)(?:[^，。；！？\\n]{0,4}?)[，,]?(?:其中)?(?:包括|包含)',
];

/**
 * Descriptor nouns that stand before a name and make it the name ("media company X", "transit
 * agency Y", "媒体公司X", "制造商卡西欧"): the descriptor is not a fact, and cues before it reach the name.
 */
export const DESCRIPTOR_HEADS_ZH: readonly string[] = [
  '公司', '集团', '企业', '机构', '服务商', '提供商', '供应商', '运营商', '制造商', '生产商', '厂商', '零售商', '经销商',
  '开发商', '银行', '医院', '巨头', '平台', '媒体', '报社', '电视台', '航空公司', '交易所', '大学', '学校', '组织', '品牌',
  '连锁店', '连锁', '公用事业', '承包商', '分销商', '批发商', '托管商', '报纸', '杂志', '通讯社',
  // Short nouns that hold their sector: "美国第二大药企默克", "德国车企大众".
  '药企', '车企', '房企', '险企', '券商', '航司', '国企', '央企', '民企', '外企',
  // Taiwan's and Hong Kong's words for an operator or a business: 电信业者, 营运商, 电讯商.
  '业者', '营运商', '电讯商',
];

/**
 * Descriptor heads that say the sector themselves (制造商 "maker", 药企 "drug company", 运营商
 * "operator"): before a name, a place or a rank is description enough ("日本制造商铃木", "美国第二大药企默克").
 */
export const SECTOR_DESCRIPTOR_HEADS_ZH: readonly string[] = [
  '制造商', '生产商', '零售商', '运营商', '开发商', '经销商', '分销商', '批发商', '承包商', '服务商', '提供商', '航空公司',
  '药企', '车企', '房企', '险企', '券商', '航司', '交易所', '电视台', '报社', '厂商', '供应商', '托管商', '报纸', '杂志', '通讯社',
  '业者', '营运商', '电讯商',
];

/**
 * Descriptor heads that say what a company does with the words before them, whatever those words
 * are ("风力涡轮机制造商", "半导体封装测试厂商", "汽车座椅供应商"): the products a maker or a supplier
 * deals in are an open vocabulary, so before a name such a descriptor is description enough.
 */
export const TRADE_DESCRIPTOR_HEADS_ZH: readonly string[] = [
  '制造商', '生产商', '厂商', '供应商', '提供商', '服务商', '开发商', '运营商', '承包商', '经销商', '分销商', '零售商',
  '批发商', '托管商', '营运商', '业者',
];

/**
 * Words that only describe an organisation, never name it: its size, rank, reach or relation
 * ("一级", "松散", "当地", "该"). A phrase whose modifier is made of these, sector words and places
 * ("一级公司", "支付公司", "美国医疗保健公司", "松散联盟") is a description; a name may follow one
 * that says the sector ("美国医疗保健公司森林谷健康").
 */
export const DESCRIPTIVE_QUALIFIERS_ZH: readonly string[] = [
  '一级', '二级', '三级', '顶级', '头部', '龙头', '大型', '中型', '小型', '中小型', '中小', '微型', '超大型', '知名', '著名', '领先', '领先的', '主要',
  '第一大', '第二大', '第三大', '第四大', '第五大', '最大的之一', '之一', '全球最大', '全国最大',
  '最大', '最大的', '大', '小', '松散', '紧密', '跨国', '上市', '私营', '国有', '国营', '民营', '私人', '地方', '区域', '区域性', '全国性', '全球性', '老牌',
  '新兴', '初创', '独立', '非营利', '非营利性', '营利性', '一家', '多家', '某', '该', '这家', '几家', '两家', '各', '其他', '相关', '涉事', '受害', '目标',
  '竞争对手', '竞争', '分', '新型', '传统', '地区', '本地', '当地', '在线', '网上', '线上', '线下', '数字',
  // An unnamed place ("某市医疗保障局", "某省教育考试院"): a description of which body, not a name.
  '某市', '某省', '某县', '某区', '某地', '某国', '某镇', '本市', '本省', '全市', '全省', '全国',
  // A whole country or region ("全美药房": pharmacies across the US).
  '全美', '全英', '全澳', '全欧', '全港', '全台', '全县', '全区', '全州', '全日本', '全韩', '多地', '各地',
  '海外', '境外', '国外', '国内', '外国', '全球', '国际', '跨境', '合作', '合资', '控股',
  // Whose capital or what standing: "中资手机品牌", "一家私立医院".
  '中资', '外资', '港资', '台资', '美资', '日资', '韩资', '欧资', '私立', '公立', '民办', '公办',
];

/** Sector and kind words of the same descriptions ("支付", "医疗保健", "汽车"): with them a description says what the organisation does. */
export const DESCRIPTIVE_SECTORS_ZH: readonly string[] = [
  '支付', '金融', '金融科技', '科技', '电信', '电讯', '能源', '医疗', '医疗保健', '保健', '健康', '医药', '制药', '生物', '生物技术', '汽车', '物流', '零售', '电商',
  '电子商务', '游戏', '咨询', '投资', '制造', '制造业', '航运', '化工', '教育', '房地产', '建筑', '广告', '营销', '加密', '加密货币', '数字货币', '区块链', '云',
  '云服务', '云计算', '芯片', '半导体', '电子', '通信', '传媒', '出版', '软件', '硬件', '安全', '网络安全', '信息安全', '互联网', '技术', '信息技术', '服务',
  '外包', '供应链', '第三方', '关联', '子', '母', '空壳', '虚假', '诈骗', '黑客', '情报', '研究', '分析', '审计', '律师', '法律', '会计', '保险', '银行',
  '证券', '基金', '对冲', '私募', '信托', '邮政', '快递', '航空', '铁路', '电力', '石油', '天然气', '水务', '公用事业', '酒店', '餐饮', '食品', '饮料', '服装', '时尚',
  '奢侈品', '家电', '电器', '钢铁', '矿业', '农业', '航天', '国防', '军工', '造船', '化学', '能源巨头', '科技巨头', '社交媒体', '社交', '新闻', '媒体', '电视',
  '流媒体', '视频', '运输', '交通', '公交', '货运', '港口', '机场', '航空公司', '连锁', '超市', '药店', '医院', '诊所', '学校', '大学', '政府', '承包',
  '国防承包', '托管', '数据中心', 'IT', 'IT服务', '管理', '托管IT服务', '网络', '数据', '人工智能', 'AI',
  // Fields of hospitals and schools: "儿童医院" describes, "北京儿童医院" names (place and field).
  '儿童', '妇幼', '妇产', '肿瘤', '眼科', '口腔', '精神', '中医', '专科', '综合', '手机',
  '咖啡', '杂货', '食品杂货', '快餐', '服饰', '玩具', '文具', '体育用品', '家具', '日用品', '便利店',
  '零部件', '汽车零部件', '元器件', '电子元器件', '家居', '日化', '物业', '旅游', '在线旅游', '外卖', '出行', '网约车',
  // Public-service sectors: "某市医疗保障中心" says which kind of body, not which one.
  '医疗保障', '医保', '社会保障', '社保', '卫生', '卫生健康', '公共卫生', '人力资源', '公积金', '税务', '疾控', '民政',
];

/**
 * Conjunctions and adverbs whose last character could open a name ("如果公司…" is not "果公司"):
 * a Chinese organisation phrase starts after them.
 */
export const ORG_BOUNDARY_WORDS_ZH: readonly string[] = [
  '如果', '结果', '后果', '效果', '成果', '因为', '所以', '虽然', '但是', '已经', '然后', '而且', '并且', '或者', '以及', '因此', '当今', '如今', '目前',
  // A clause's verb or its source before an organisation noun: "当外媒The Register询问公司" names no organisation.
  '询问', '外媒', '联系', '告诉', '组成', '要求', '提醒', '建议', '呼吁', '哪些', '更有', '还有', '代表',
  // Verbs of a scam or an instruction before the organisation they name: "冒充银行", "避免公司…", "无需依赖安全公司".
  '避免', '无需', '依赖', '诱惑', '诱骗', '冒充', '假冒', '伪装成', '通知',
  // "利用账号登录公司服务器", "网友反映银行…": the verb's object or subject, not a name.
  '登录', '登陆', '反映', '网友',
  // Conjunctions and verbs that open a clause before a bare head: "尽管医院的服务仍然可用", "支持公司活动的应用程序".
  '尽管', '即使', '不过', '由于', '随着', '对于', '关于', '通过', '支持', '帮助', '影响', '保护',
  // Verbs whose object is an organisation: investigating, suing, warning, penalising, taking over or
  // breaking into it ("警方正在调查大阪市立医院", "监管机构约谈该银行"). Verbs that also start nouns
  // heading a name (投资银行, 举报中心, 勒索软件, 威胁情报) are left out.
  '调查', '起诉', '指控', '控告', '状告', '协助', '配合', '警告', '督促', '责令', '约谈', '处罚', '罚款', '制裁',
  '收购', '感谢', '批评', '指责', '谴责', '回应', '告知', '致函', '致信', '加入', '离开', '前往', '涉及', '波及',
  '殃及', '牵连', '攻破', '攻陷', '黑进', '瞄准', '锁定', '渗透', '窃取', '盗取', '冒用', '仿冒', '监视',
  // Time adverbials that open a clause before its subject: "前两天有媒体报道", "上周该公司…".
  '前两天', '前几天', '几天前', '这两天', '近期', '最近', '上周', '本周', '上月', '本月', '今年', '去年', '当天', '当日', '同日', '此后', '今日', '昨日',
  // "有媒体报道", "有消息称": 有 ("there is") before a bare noun names nobody.
  '有媒体', '有消息', '有报道',
];

/**
 * Continents and world regions, English and Chinese: places, never a victim's name ("Europe",
 * "North American", "中东"). Countries, states and Chinese places come from agencies-places.ts.
 */
export const WORLD_REGIONS: readonly { en: readonly string[]; zh: readonly string[] }[] = [
  { en: ['Europe', 'European'], zh: ['欧洲'] },
  { en: ['Eastern Europe', 'Eastern European'], zh: ['东欧'] },
  { en: ['Western Europe', 'Western European'], zh: ['西欧'] },
  { en: ['Central Europe', 'Central European'], zh: ['中欧'] },
  { en: ['Asia', 'Asian'], zh: ['亚洲'] },
  { en: ['Asia-Pacific', 'Asia Pacific', 'APAC'], zh: ['亚太', '亚太地区'] },
  { en: ['Southeast Asia', 'South-East Asia'], zh: ['东南亚'] },
  { en: ['Africa', 'African'], zh: ['非洲'] },
  { en: ['North America', 'North American'], zh: ['北美', '北美洲'] },
  { en: ['South America', 'South American'], zh: ['南美', '南美洲'] },
  { en: ['Latin America', 'Latin American'], zh: ['拉丁美洲', '拉美'] },
  { en: ['Americas'], zh: ['美洲'] },
  { en: ['Middle East', 'Middle Eastern'], zh: ['中东'] },
  { en: ['Scandinavia', 'Scandinavian', 'Nordics', 'Nordic'], zh: ['北欧'] },
  { en: ['Balkans', 'Baltics', 'Baltic'], zh: ['巴尔干', '波罗的海'] },
  { en: ['EMEA'], zh: ['欧洲、中东和非洲'] },
  { en: ['Oceania'], zh: ['大洋洲'] },
];
