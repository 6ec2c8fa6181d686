/**
 * Cue lexicons of the service extractor, English and Chinese: the head nouns that end a service's
 * name, and the words that say a service was disrupted (affected) or explicitly was not (unaffected).
 * Data only; `service-extractor.ts` compiles them once, longest alternative first. The domain's
 * service nouns (hotlines, ATMs, repositories, 热线, 代码仓库, …) live in service-nouns.ts and join
 * the generic heads here.
 */
import { SERVICE_NOUNS } from './service-nouns';

/** English generic head nouns of a service phrase ("customer call centres", "Dish Anywhere app"). */
const GENERIC_HEADS_EN: readonly string[] = [
  'services', 'service', 'systems', 'system', 'websites', 'website', 'web site', 'sites', 'site', 'apps', 'app',
  'applications', 'application', 'networks', 'network', 'portals', 'portal', 'emails', 'email', 'e-mail',
  'servers', 'server', 'platforms', 'platform', 'call centres', 'call centre', 'call centers', 'call center',
  'telephony', 'communications', 'databases', 'database', 'accounts', 'account', 'records', 'infrastructure',
  'data centre', 'data center', 'datacentre', 'environment', 'phone lines', 'operations', 'pages', 'page', 'channels', 'stations', 'libraries',
  'centers', 'centres', 'benefits', 'software', 'computers', 'devices', 'infrastructure', 'tools', 'tool', 'cloud',
];

/** English cues that a service is up and untouched; checked before the affected cues. */
export const UNAFFECTED_EN: readonly string[] = [
  '(?:was|were|is|are|has|have|had|been)\\s+not\\s+(?:been\\s+)?(?:affected|impacted|disrupted|compromised|breached|accessed|involved|hit|hacked|attacked|infected|encrypted)',
  '(?:wasn[’\']t|weren[’\']t|isn[’\']t|aren[’\']t|hasn[’\']t|haven[’\']t|hadn[’\']t)\\s+(?:been\\s+)?(?:affected|impacted|disrupted|compromised|breached|accessed|hacked|attacked|infected|encrypted)',
  // "none of that data was impacted", "none of its systems were affected".
  'none\\s+of\\s+(?:that|the|this|its|their|our|these|those)\\s+(?:\\w+\\s+)?(?:was|were|has been|have been|had been)\\s+(?:affected|impacted|compromised|accessed|breached)',
  // "the attack did not affect its payment systems", "there was no disruption to train services".
  '(?:did|does|do|has|have|had)\\s+not\\s+(?:affect|impact|disrupt|interrupt|compromise)(?:ed)?', '(?:didn[’\']t|doesn[’\']t|don[’\']t|hasn[’\']t|haven[’\']t)\\s+(?:affect|impact|disrupt|interrupt|compromise)(?:ed)?',
  'no\\s+(?:disruptions?|interruptions?|outages?|downtime)\\s+(?:to|of|in|for|at)', 'uninterrupted', 'without\\s+(?:any\\s+)?(?:disruption|interruption)',
  'unaffected', 'not affected', 'not impacted', 'no impact', 'remain(?:s|ed)?\\s+(?:fully\\s+)?(?:operational|online|available|up|unaffected|secure|functional|open|accessible|intact|in service|in operation)',
  // "its branches stayed open", "the hotline was working as usual".
  '(?:stay(?:s|ed)?|kept)\\s+(?:fully\\s+)?(?:open|online|operational|running)', '(?:working|operating|running|open)\\s+as\\s+usual',
  // "the water supply was never at risk", "was never compromised".
  '(?:was|were|is|are)\\s+(?:never|not)\\s+at\\s+risk', '(?:was|were|has|have|had)\\s+never\\s+(?:been\\s+)?(?:affected|impacted|compromised|breached|accessed|at risk)',
  // "all of the critical systems are still in use".
  '(?:is|are|was|were)\\s+still\\s+(?:in use|working|running|operating|available|online|up|functioning)',
  'continue(?:s|d)?\\s+to\\s+(?:operate|function|work|run)', '(?:continue(?:s|d)?|operat(?:e|es|ed|ing)|run(?:s|ning)?)\\s+as\\s+normal', '(?:operating|functioning|working|running)\\s+(?:as\\s+)?normal(?:ly)?',
  // "There have not been any breaches in any of X’s systems": a breach denied.
  '(?:has|have|had)\\s+not\\s+been\\s+any\\s+(?:breach(?:es)?|intrusions?|compromises?)', 'no (?:breach|intrusion|compromise) of',
  'doesn[’\']t have any issues', 'does not have any issues', 'not been affected', 'was not breached', 'were not breached',
];

/** English cues that a service was disrupted, breached or affected. */
export const AFFECTED_EN: readonly string[] = [
  // "locked down" is what a defender does to a system, not its outage.
  'outages?', '(?<!locked\\s)down', 'downtime', 'offline', 'off-air', 'off air', 'disrupted', 'disruptions?', 'unavailable', 'affected',
  'impacted', 'suspended', 'halted', 'breached', 'compromised', 'hacked', 'hijacked', 'hijacking', 'attacked', 'attacks?',
  'cyberattacks?', 'encrypted', 'inaccessible', 'knocked', 'shut down', 'taken down', 'took down', 'crashed',
  'defaced', 'wiped', 'erased', 'destroyed', 'leaked', 'exposed', 'stolen', 'targeted', 'infected', 'interrupted', 'unable', 'non-functional',
  'inoperable', 'restored', 'restoring', 'recovering', 'went dark', 'problems', 'issues', 'failure', 'failed',
  'accessed', 'unauthori[sz]ed access', 'breach', 'hit', 'ransomware', 'not working', 'stopped working', 'paralysed', 'paralyzed',
  'out of service', 'out of order', 'out of action', 'went blank', 'not available',
  // "its flights were grounded", "police radios went silent".
  'grounded', 'went silent', 'fell silent',
  // "customers could not log in to online banking": users' failure to use is the service's outage.
  '(?:could not|couldn[’\']t|cannot|can[’\']t|(?:were|was) not able to|(?:were|was) unable to) (?:access|use|log in|login|log on|book|connect to|withdraw|pay|make payments|buy|check in|top up|reach the)',
  'cancell?ed', 'postponed', 'dumped', 'hack', 'fall over', 'fell over', 'closed', 'closure', 'shut', 'paralysed', 'grinding halt', 'unreachable', 'delays?', 'delayed', 'blocked', 'flooded', 'overloaded', 'spam', 'denied',
  // Ransomware's effect said without the word: "the network remained locked", "took the server for
  // ransom", "held hostage", "files were corrupted", "access to online networks being restricted"
  // ("locked down" is the defender's move, not the outage).
  'locked(?!\\s+down)', 'locked out', 'corrupted', 'held hostage', 'for ransom', 'restricted',
  // The fallback that says a system is gone: "staff switched to pen and paper", "orders taken by hand".
  '(?:switch(?:ed|ing)?|revert(?:ed|ing)?|resort(?:ed|ing)?|return(?:ed|ing)?|mov(?:ed|ing)|fall(?:ing)? back|fell back|went back) to (?:using )?(?:pen(?:[- ]and[- ]|\\s*&\\s*)paper|paper|manual)', 'by hand', 'manual workarounds?', 'manually',
  // A store of data left open to anyone: the leak itself for a database, bucket or drive (weak otherwise).
  'unsecured', 'unprotected', 'misconfigured', 'publicly (?:accessible|available|exposed|open)', 'left (?:open|exposed|unprotected|unsecured)',
  'not password[- ]protected', 'without (?:a |any )?password', 'without (?:any )?authentication',
  // An intruder inside: "penetrated the network", "rifled through its infrastructure".
  'penetrated', 'infiltrated', 'rifled through', 'rifle through',
  // "stole data from the patient portal of X": a theft from a store, weak like "stolen".
  'stole', 'steals', 'steal', 'stealing',
  // "attackers were able to access the database": an intruder's reach, weak like "accessed".
  '(?:was|were|is|are|been|be) able to access', 'managed to access',
  // "the virus was introduced into the network": an infection said by where the malware was put.
  'introduced (?:on|in)to',
  // "hackers who took over the town's computer system": a hijack, weak like "hijacked" is not, since a
  // business is taken over too.
  '(?:took|taken|take|takes|taking) over', '(?:took|taken|take|takes|taking|gained|seized) control of',
  // "crippled the student information system", "brought the network to a standstill".
  'crippled', 'crippling', 'brought down', 'standstill', 'knocked out', 'took offline', 'taken offline',
  // "Three’s website exposes customers’ details", "the app wasn’t working", "the virus downed systems".
  'exposes', 'exposing', 'downed', 'unusable',
  // "the modems were bricked"; "calls could not be answered", "the scanners could not be used".
  // "installed malware on the chain's point-of-sale systems", "malware was found on its servers", "injected code into":
  // an intrusion said by what was put where, weak like "accessed".
  'injected', '(?:installed|planted|deployed|inserted) (?:malware|ransomware|a (?:card )?skimmer|(?:card )?skimmers|a backdoor|backdoors|a web shell|web shells|spyware|keyloggers?)', '(?:was|were) (?:found|discovered|detected) on',
  // What the victim does to a system it cannot trust: "disabled its customer portal", "disconnected the servers".
  'disabled', 'disconnected', 'deactivated', 'paused', '(?:switched|turned) off',
  // "brought the terminal system to a halt".
  'to a (?:halt|standstill)',
  'bricked', '(?:could not|couldn[’\']t|cannot|can[’\']t) be (?:used|accessed|reached|answered|processed|completed|made|opened|booked)',
  // "drained the bridge": a theft from a store of value, weak like "stole".
  'drained', 'draining',
  // "managed to get access to the systems of X": an intruder's access, weak like "accessed".
  '(?:gain(?:ed|ing|s)?|get|gets|got|gotten|obtain(?:ed|s)?) (?:unauthori[sz]ed |remote |illegal )?access to', '(?:wasn[’\']t|weren[’\']t|isn[’\']t|aren[’\']t|was not|were not|is not|are not) working',
];

/** Chinese generic head nouns of a service phrase ("国际寄件服务", "Elasticsearch 服务器", "威马智行APP"). */
const GENERIC_HEADS_ZH: readonly string[] = [
  '服务器', '服务', '系统', '广域网', '局域网', '内网', '专网', '网站', '官网', '平台', '应用程序', '应用', '业务', '邮件', '网络', '功能', 'APP',
  'App', 'app', '页面', '网页', '客户端', '呼叫中心', '客服中心', '线路', '账户', '账号', '首页', '门户',
  '官方网站', '数据库', '基础设施', '移动端', '网页端', '连接', '工厂', '搜索引擎', '资料', '流程', '频道', '电视', '印刷版', '出版',
  // Software a victim runs ("员工排班软件"); malicious kinds (恶意软件, 勒索软件) are cut by the modifier test.
  '软件',
];

/** Chinese cues that a service is untouched; checked before the affected cues. */
export const UNAFFECTED_ZH: readonly string[] = [
  '(?:并|均|都|也|仍)?(?:未|没有|没|并未|不)(?:受到?|遭到)?(?:任何)?(?:影响|波及|中断|冲击)', '不受影响', '未受影响',
  // "未对公司的生产运营造成影响": the denial's verb comes after its object.
  '(?<=(?:未|没有|并未|不会|没)对[^，。；,;]{1,24})(?:造成|产生)了?(?:任何)?(?:实质性|重大)?(?:影响|冲击|干扰)',
  '正常运行', '正常运营', '正常运作', '正常工作', '运行正常', '运转正常', '运作正常', '工作正常', '照常', '仍然可以使用', '仍可使用', '可以正常', '仍在运行', '不受',
  // Kept as before: "酒店入住服务维持正常", "门店照常营业".
  '维持正常', '保持正常', '照常营业', '正常营业', '运作如常', '如常运作',
  '(?:未|没有|并未|均未|没)(?:被|遭到?|受到)(?:黑客)?(?:入侵|攻击|破坏|篡改|访问|泄露|感染|加密)', '未发现(?:任何)?(?:[^，。,；;]{0,8})?(?:泄露|入侵|篡改|修改|异常|攻击|被访问)',
  '(?:仍然|依然|仍|均|都)(?:是)?安全', '安全无虞', '安全且', '未被入侵', '未遭入侵', '安然无恙', '正常提供', '无事发生', '继续提供', '仍然能够', '依然能够', '仍能', '仍然可以', '依然可以', '仍面向', '已经启动并恢复运行',
];

/** Chinese cues that a service was disrupted, breached or affected. */
export const AFFECTED_ZH: readonly string[] = [
  '中断', '暂停', '瘫痪', '故障', '影响', '无法', '延迟', '延误', '推迟', '宕机', '关闭', '下线', '停止', '停运', '停产', '离线',
  '泄露', '入侵', '攻击', '加密', '崩溃', '不可用', '异常', '被黑', '篡改', '遭', '受损', '停摆', '恢复', '取消',
  '失效', '访问', '崩', '挂了', '劫持', '窃取', '被盗', '停止服务', '不能', '进不去', '打不开', '登不上', '用不了',
  // 加密 alone is as often 加密货币; encrypted by an attacker is an outage.
  '被加密', '遭加密', '遭到加密', '黑屏', '蓝屏', '无人接听', '打不通', '无法接通', '切换到人工', '改为人工', '只能手工', '只能人工', '手工办理',
  '被窃', '失窃', '盗取', '暴露', '公开访问', '未加密', '未设密码', '注入', '控制了', '接管',
  // An outage said by what users lost: "数十万户停电", "转账功能失灵", "系统沦陷".
  '停电', '断电', '停水', '断网', '失灵', '沦陷', '受阻', '闪退', '卡死', '停工',
  // Down said by the operator or its users: "停机", "频繁掉线", "数据被删除".
  // A store emptied: "流动性池被掏空".
  '掏空', '被掏空',
  '停机(?!整顿|坪|位)', '掉线', '断线', '卡顿', '被删除', '遭删除', '被清空',
];

// A compound that ends in a generic head ("调度系统", "train services") is found through that head; as a
// head of its own it would cut longer phrases ("财务系统" could no longer be modified).
const endsInGenericHead = (noun: string, generic: readonly string[], sep: string): boolean =>
  generic.some((h) => noun !== h && noun.toLowerCase().endsWith(sep + h.toLowerCase()));

/** English head nouns of a service phrase: the generic heads and the domain's service nouns. */
export const SERVICE_HEADS_EN: readonly string[] = [
  ...new Set([...GENERIC_HEADS_EN, ...SERVICE_NOUNS.flatMap((n) => n.en).filter((h) => !endsInGenericHead(h, GENERIC_HEADS_EN, ' '))]),
];

/** Chinese head nouns of a service phrase: the generic heads and the domain's service nouns. */
export const SERVICE_HEADS_ZH: readonly string[] = [
  ...new Set([...GENERIC_HEADS_ZH, ...SERVICE_NOUNS.flatMap((n) => n.zh).filter((h) => !endsInGenericHead(h, GENERIC_HEADS_ZH, ''))]),
];

/** The domain's English service nouns (not the generic heads), lower case: with any owner they name that owner's service. */
export const DOMAIN_SERVICE_HEADS_EN: ReadonlySet<string> = new Set(SERVICE_NOUNS.flatMap((n) => n.en).map((h) => h.toLowerCase()));

/** The domain's Chinese service nouns (not the generic heads): with an organisation as owner they name its service. */
export const DOMAIN_SERVICE_HEADS_ZH: ReadonlySet<string> = new Set(SERVICE_NOUNS.flatMap((n) => n.zh));

/** English heads that name a service with an owner's possessive and no modifier ("its flights were grounded"). */
export const OWNED_SERVICE_HEADS_EN: readonly string[] = SERVICE_NOUNS.filter((n) => n.owned).flatMap((n) => n.en);

/** Heads that name a victim's service with no modifier ("the ATMs were down", "热线中断"). */
export const BARE_SERVICE_HEADS: readonly string[] = SERVICE_NOUNS.filter((n) => n.bare).flatMap((n) => [...n.en, ...n.zh]);

/**
 * Heads of services that hold data or value (databases, buckets, repositories, wallets; not
 * accounts, which articles list as data: "银行账号", "transfer to an account"):
 * for them being exposed, accessed or stolen from is the disruption itself.
 */
export const STORE_SERVICE_HEADS: readonly string[] = [
  'databases', 'database', '数据库',
  ...SERVICE_NOUNS.filter((n) => n.store).flatMap((n) => [...n.en, ...n.zh]),
];
