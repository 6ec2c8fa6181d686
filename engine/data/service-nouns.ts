/**
 * The service nouns of the domain, English and Chinese: what an incident takes down or exposes and
 * an article names by its kind ("the booking system", "its ATMs", "客服热线", "代码仓库"). One entry per
 * kind of service with its English and Chinese heads (where Chinese has a word of its own; a
 * compound such as 订票系统 is found through the generic head 系统, and a bare word that is mostly
 * something else — 电脑, 生产, 财务, 接口 — is left out: it made phrases such as 工作电脑 and 工厂生产,
 * which name no service; so are 存储 "store", 仓库 "warehouse" and API, which end too many phrases
 * that are none). A compound ending in a generic head (订票系统, 调度系统, train services) is
 * listed for completeness but found through that head. `bare` marks heads specific
 * enough to name a victim's service with no modifier ("the ATMs were down", "热线中断").
 *
 * The generic heads (service, system, website, 服务, 系统, …) stay in service-cues.ts; these are
 * the domain's nouns beside them. Reviewed as a whole, not grown from examples.
 */

/** One kind of service, with its heads in both languages. */
export interface ServiceNoun {
  id: string;
  en: readonly string[];
  zh: readonly string[];
  /** Specific enough without a modifier or owner. */
  bare?: boolean;
  /** Specific enough with an owner's possessive and no modifier ("its flights", "Orvale’s printers"); alone it names any. */
  owned?: boolean;
  /**
   * Holds data or value: being exposed, accessed or emptied is its disruption ("a database left
   * open", "从热钱包被窃"), where for a website it would only be a loose mention.
   */
  store?: boolean;
}

export const SERVICE_NOUNS: readonly ServiceNoun[] = [
  { id: 'service:hotline', en: ['hotlines', 'hotline', 'helplines', 'helpline', 'phone lines', 'telephone lines', 'telephones', 'phones'], zh: ['热线', '电话线路', '客服电话', '服务电话', '咨询电话', '电话系统', '总机', '客户电话'], bare: true },
  { id: 'service:switchboard', en: ['switchboard', 'switchboards', 'contact centre', 'contact centres', 'contact center', 'contact centers', 'help desk', 'helpdesk'], zh: ['接线台', '服务台'], bare: true },
  { id: 'service:atm', en: ['ATMs', 'ATM', 'cash machines', 'cashpoints'], zh: ['自动取款机', '取款机', '柜员机', 'ATM机', 'ATM'], bare: true },
  { id: 'service:display', en: ['information screens', 'information displays', 'departure boards', 'screens', 'displays', 'billboards', 'digital billboards', 'digital signage', 'passenger information displays', 'passenger information screens', 'arrivals boards', 'departures boards'], zh: ['显示屏', '信息屏', '大屏', '电子屏', '广告屏', '电子站牌'] },
  { id: 'service:check-in', en: ['check-in', 'check-in desks', 'check-in kiosks', 'self-service kiosks'], zh: ['值机', '自助值机'], bare: true },
  { id: 'service:kiosk', en: ['kiosks', 'boarding'], zh: ['自助终端', '自助机'] },
  { id: 'service:booking', en: ['bookings', 'booking', 'reservations', 'ticketing', 'ticket sales'], zh: ['订票', '售票', '票务', '预订'] },
  { id: 'service:ticket-machine', en: ['ticket machines', 'ticket vending machines', 'ticket offices'], zh: ['售票机', '自动售票机', '售票窗口'], bare: true },
  // "payments" alone is as often a ransom's; card payments and the tills that take them are a shop's.
  { id: 'service:payment', en: ['payments', 'point of sale', 'point-of-sale'], zh: ['收银', '结算'] },
  { id: 'service:card-payment', en: ['card payments', 'contactless payments', 'payment terminals', 'checkouts', 'tills', 'card readers', 'card machines', 'self-checkouts', 'self-checkout machines', 'self-service checkouts'], zh: ['收银台', '刷卡支付', 'POS机', 'POS终端', '支付终端', '收银系统', '自助收银'], bare: true },
  { id: 'service:banking', en: ['online banking', 'mobile banking', 'internet banking', 'banking'], zh: ['网上银行', '网银', '手机银行'], bare: true },
  // 仓库 alone is a warehouse; a code repository is named with what it holds or where it lives.
  { id: 'service:repository', en: ['repositories', 'repository', 'repos', 'registry', 'codebase', 'source code repositories'], zh: ['代码仓库', '代码库', '存储库', '源码仓库', '源代码仓库', '项目仓库', 'GitHub仓库', 'GitLab仓库', 'Git仓库', 'GitHub 仓库', 'GitLab 仓库', '软件仓库', '镜像仓库'], bare: true, store: true },
  { id: 'service:camera', en: ['cameras', 'camera', 'CCTV', 'webcams', 'video recorders', 'network video recorders', 'NVRs', 'DVRs'], zh: ['摄像头', '摄像机'] },
  { id: 'service:email', en: ['webmail', 'inboxes', 'mailboxes'], zh: ['邮箱', '邮件系统'], bare: true, store: true },
  { id: 'service:intranet', en: ['intranet', 'extranet', 'VPN', 'Wi-Fi', 'wifi', 'connectivity', 'internet access'], zh: ['内网', 'VPN', '无线网络', 'Wi-Fi', '校园网', '政务网', '政务外网', '政务内网'], bare: true },
  { id: 'service:dispatch', en: ['dispatch', 'emergency lines', 'dispatch center', 'dispatch centre', 'dispatch centers', 'dispatch centres', 'emergency calls', 'emergency number', 'emergency numbers', 'emergency alerts', 'warning sirens', 'sirens'], zh: ['调度系统', '急救电话', '报警电话', '警报系统', '预警系统'] },
  { id: 'service:records', en: ['health records', 'patient records', 'medical records'], zh: ['病历', '电子病历'], store: true },
  // The acronyms name the record system itself ("shut down its EHR"): specific without a modifier.
  { id: 'service:ehr', en: ['EHR', 'EHRs', 'EMR', 'EMRs'], zh: ['电子健康档案', '电子健康记录'], bare: true, store: true },
  { id: 'service:back-office', en: ['payroll', 'billing', 'invoicing'], zh: ['计费系统', '薪资系统', '财务系统'] },
  { id: 'service:broadcast', en: ['broadcasts', 'broadcast', 'streaming', 'live streams', 'feeds', 'programming', 'print edition', 'print editions'], zh: ['直播平台', '播出系统'] },
  { id: 'service:transport', en: ['trains', 'train services', 'signalling', 'signaling', 'ticket gates', 'fare gates', 'traffic lights', 'traffic signals', 'traffic management', 'baggage handling'], zh: ['列车', '信号系统', '闸机', '行李', '交通信号灯', '红绿灯'] },
  // An airline's, a ferry line's or a city's rides, grounded or halted by an outage ("flights were grounded", "航班延误").
  { id: 'service:rides', en: ['flights', 'departures', 'ferries', 'ferry services', 'buses', 'bus services', 'metro', 'subway', 'trams', 'rail services', 'air traffic control'], zh: ['航班', '地铁', '公交', '轮渡', '空管'], owned: true },
  // Roads' and car parks' machines ("toll booths let drivers through free", "道闸失灵"); a car park itself is a place.
  { id: 'service:toll', en: ['toll booths', 'toll collection', 'parking meters', 'parking payment'], zh: ['收费站', '道闸'], bare: true },
  { id: 'service:production', en: ['production lines', 'production', 'manufacturing', 'plants', 'factories', 'assembly lines', 'assembly line', 'production line'], zh: ['生产线', '产线', '装配线', '流水线'] },
  { id: 'service:customer-service', en: ['customer service', 'live chat'], zh: ['客服热线', '客服系统'], bare: true },
  { id: 'service:storage', en: ['cloud storage', 'storage', 'file servers', 'buckets', 'storage buckets', 'S3 buckets', 'bucket', 'S3 bucket', 'blob storage'], zh: ['云存储', '云盘', '网盘', '存储桶', '对象存储'], store: true },
  // A cryptocurrency exchange's or a user's wallets are what a theft empties (冷钱包, hot wallet).
  { id: 'service:wallet', en: ['wallets', 'wallet'], zh: ['多签钱包', '钱包'], store: true },
  { id: 'service:custody-wallet', en: ['hot wallets', 'hot wallet', 'cold wallets', 'cold wallet'], zh: ['热钱包', '冷钱包'], bare: true, store: true },
  { id: 'service:frontend', en: ['frontend', 'front end', 'front-end'], zh: ['前端'] },
  { id: 'service:crm', en: ['customer relationship management', 'enterprise resource planning'], zh: ['客户关系管理系统', '客户关系管理', '企业资源计划', '企业资源规划'], bare: true, store: true },
  { id: 'service:control-centre', en: ['control centres', 'control centre', 'control centers', 'control center', 'operations centre', 'operations center'], zh: ['控制中心', '指挥中心', '调度中心', '运营中心', '监控中心'] },
  { id: 'service:browser', en: ['browsers', 'browser'], zh: ['浏览器'] },
  // "computer" alone is left out: it modifies too many nouns that are no machine ("computer scientist", "computer crime");
  // "machines" too: a platform's name before it makes a kind ("from Windows to Mac machines").
  { id: 'service:endpoint', en: ['terminals', 'workstations', 'workstation', 'laptops', 'laptop', 'desktops', 'desktop', 'desktop computers', 'PCs', 'endpoints', 'tablets', 'smartphones', 'thin clients', 'Chromebooks'], zh: ['终端设备', '工作站', '平板电脑', '瘦客户机'] },
  // Printers are what ransomware notes come out of and what a hospital's wards lose with the network;
  // 打印机 alone modifies too much (面单打印机电脑), so Chinese names the networked kinds.
  { id: 'service:printer', en: ['printers', 'printer', 'label printers', 'print servers'], zh: ['打印服务器', '网络打印机'], owned: true },
  // A provider's or a victim's network equipment, hijacked or bricked ("its routers were wiped"); Chinese
  // 路由器 and 调制解调器 alone are as often the device a flaw is written about, so only the home boxes are listed.
  { id: 'service:network-device', en: ['routers', 'modems', 'set-top boxes', 'satellite modems', 'switches and routers'], zh: ['光猫', '机顶盒'], owned: true },
  // "drive" and "drives" alone are verbs as often; a drive is named with its kind. 硬盘 is
  // left out: it is as often a product on sale. Forums are left out too: security news names them as
  // where stolen data is sold ("a Russian-language forum") more often than as a victim's service.
  // USB drives are left out: articles name them as how malware spread more often than as what it hit.
  { id: 'service:drive', en: ['shared drives', 'network drives', 'hard drives', 'hard drive', 'backup drives', 'backup drive', 'file shares'], zh: ['共享盘', '网络驱动器'], bare: true, store: true },
  { id: 'service:delivery', en: ['deliveries', 'parcel tracking', 'tracking', 'shipping', 'mail delivery', 'parcel deliveries', 'click and collect'], zh: ['寄件', '派送', '投递', '快递'] },
  { id: 'service:fuel', en: ['fuel pumps', 'pumps', 'petrol stations', 'gas stations'], zh: ['加油站', '加油机'] },
  // A retailer's or an airline's member schemes, whose accounts and points a breach exposes ("its loyalty
  // program was hacked"); gift cards are left out: articles name them as how a ransom is paid.
  { id: 'service:loyalty', en: ['loyalty programs', 'loyalty program', 'loyalty programme', 'loyalty scheme', 'rewards program', 'rewards programme', 'frequent flyer program'], zh: ['会员积分', '积分系统', '常旅客计划'], bare: true, store: true },
  { id: 'service:online-store', en: ['online store', 'online shop', 'e-commerce', 'checkout', 'online orders', 'online ordering', 'order processing'], zh: ['商城', '网店', '网上商店', '网上商城', '线上商城', '电商平台'] },
  { id: 'service:login', en: ['logins', 'login', 'sign-in', 'authentication', 'single sign-on'], zh: ['登录', '认证'] },
  { id: 'service:gateway', en: ['payment gateways', 'payment gateway'], zh: ['支付网关'] },
  // A bank's money movements between accounts ("wire transfers were halted", "转账功能失灵"); "transfers", 转账 and 汇款
  // alone are verbs as often ("黑客转账至…"), so they are named with what they are.
  { id: 'service:transfer', en: ['wire transfers', 'bank transfers', 'money transfers', 'direct debits', 'card processing', 'payment processing'], zh: ['转账功能', '汇款业务'], bare: true },
  { id: 'service:mini-program', en: ['mini programs', 'mini program', 'mini-programs', 'mini-program', 'mini apps'], zh: ['小程序'], bare: true },
  { id: 'service:official-account', en: ['official accounts'], zh: ['公众号'] },
  { id: 'service:data-centre', en: ['data centres', 'data centers', 'server rooms'], zh: ['数据中心', '机房'] },
  // An exchange's or a bank's money movements, suspended after a theft ("暂停ETH提现", "halted crypto withdrawals").
  { id: 'service:withdrawal', en: ['withdrawals', 'deposits', 'trading'], zh: ['提现', '提币', '提款', '充提'] },
  // Emergency services' and staff's radios and pagers ("police radios went silent", "对讲系统中断").
  { id: 'service:radio', en: ['radios', 'two-way radios', 'radio network', 'pagers'], zh: ['对讲机', '对讲系统', '寻呼机'], owned: true },
  { id: 'service:messaging', en: ['text messaging', 'SMS', 'voicemail'], zh: ['短信', '语音信箱'] },
  { id: 'service:broadband', en: ['broadband', 'mobile data', 'landlines', 'landline'], zh: ['宽带', '固话', '移动数据'], bare: true },
  { id: 'service:directory', en: ['Active Directory', 'domain controllers', 'domain controller'], zh: ['活动目录', '域控制器', '域控'], bare: true, store: true },
  // Like servers, a machine kind alone names nobody's ("这些虚拟机也崩溃").
  { id: 'service:virtualisation', en: ['virtual machines', 'VMs', 'hypervisors'], zh: ['虚拟机', '虚拟化平台'] },
  { id: 'service:industrial-control', en: ['SCADA', 'industrial control systems', 'robots', 'industrial robots', 'programmable logic controllers', 'PLCs'], zh: ['工控系统', '工业控制系统', 'PLC', '可编程逻辑控制器', '工业机器人'] },
  // 处方 and 化验 alone are documents, not services, and would cut names such as 处方的审核流程.
  { id: 'service:healthcare', en: ['appointments', 'prescriptions', 'lab results', 'pharmacy', 'surgeries', 'elective surgeries', 'radiology', 'radiotherapy', 'chemotherapy', 'dialysis', 'blood tests', 'patient care'], zh: ['挂号', '预约挂号', '手术', '放疗', '化疗', '透析', '门诊'] },
  // A hospital's emergency care, closed or diverted when its systems fail ("ambulances were diverted", "急诊暂停").
  { id: 'service:emergency-care', en: ['emergency rooms', 'emergency room', 'emergency departments', 'emergency department', 'A&E', 'ambulances', 'ambulance services', 'trauma centre', 'trauma center'], zh: ['急诊', '急诊科', '救护车', '120急救'], bare: true },
  { id: 'service:admin-backend', en: ['admin panels', 'admin panel', 'back office', 'backend', 'consoles', 'console', 'dashboards', 'dashboard', 'control panel', 'control panels'], zh: ['管理后台', '后台'] },
  // A site's own discussion boards, whose accounts and posts a breach exposes ("the Lumora forum was
  // hacked"); the places where stolen data is sold are the attacker's ("hacking forum", "dark web
  // forum") and are cut by their modifier, or by the channel verb before them ("sold on a forum").
  { id: 'service:forum', en: ['forums', 'forum', 'message boards', 'message board', 'discussion boards', 'bulletin boards'], zh: ['论坛', '贴吧'] },
  // Utilities: what an attack on an operator takes away from its customers.
  // Named with whose or which it is ("the Ukrainian power grid", "北湖电网"): the grid alone is as
  // often the sector in general ("attacks on the grid").
  { id: 'service:power-grid', en: ['grid', 'grids', 'power supply', 'electricity supply', 'smart meters'], zh: ['电网', '供电', '电力供应', '智能电表'] },
  { id: 'service:water-supply', en: ['water supply', 'water treatment', 'water treatment plants', 'heating', 'hot water'], zh: ['供水', '自来水', '污水处理', '供暖', '供热'] },
  { id: 'service:ev-charging', en: ['EV chargers', 'charging points', 'charge points'], zh: ['充电桩'], bare: true },
  { id: 'service:mainframe', en: ['mainframe', 'mainframes'], zh: ['大型机'] },
  // Schools' teaching when their systems fail ("online classes were cancelled", "网课中断").
  { id: 'service:e-learning', en: ['online classes', 'online learning', 'remote learning', 'virtual learning'], zh: ['网课', '在线课堂', '在线教学'], bare: true },
  { id: 'service:voting', en: ['voting machines', 'voter registration', 'vote counting', 'electronic voting'], zh: ['投票机', '选民登记', '计票', '电子投票'], bare: true },
  // A port's, an airport's or a border's own clearance ("customs clearance was halted", "边检系统").
  // A government's counters for residents, shut when its systems are ("vehicle registration was suspended", "社保业务暂停");
  // single words (permits, licensing) are left out: they are as often the documents.
  { id: 'service:public-counter', en: ['vehicle registration', 'vehicle registrations', 'driver licensing', 'building permits', 'tax filing', 'e-filing', 'court filings', 'land registry', 'birth registration', 'bill payments', 'online bill payments', 'bill pay', 'license renewals', 'licence renewals'], zh: ['车辆登记', '社保', '公积金', '医保', '不动产登记'], bare: true },
  { id: 'service:border', en: ['border control', 'passport control', 'customs clearance', 'border checks'], zh: ['边检', '通关', '报关'], bare: true },
  // A council's rounds, run from the systems an attack takes down ("bin collections were delayed", "垃圾清运受影响").
  { id: 'service:waste-collection', en: ['bin collections', 'bin collection', 'waste collection', 'rubbish collection', 'trash collection', 'recycling collection'], zh: ['垃圾清运', '垃圾收运'], bare: true },
  // An operator's oil and gas lines, shut when its billing or control systems are ("shut down its pipeline", "输油管道停运");
  // 管道 alone is as often a channel ("通过多种管道").
  { id: 'service:pipeline', en: ['pipelines', 'pipeline', 'gas supply', 'fuel supply'], zh: ['输油管道', '输气管道', '油气管道', '燃气供应', '供气'], owned: true },
  // A building's doors, locked or left open when the access system fails ("door access was down", "门禁系统").
  { id: 'service:door-access', en: ['door access', 'door locks', 'key card access'], zh: ['门禁'], bare: true },
  // A hospital's machines, stopped or cut off with its network ("MRI scanners could not be used", "CT机无法使用");
  // "scanners" alone is as often a security tool.
  { id: 'service:medical-device', en: ['MRI scanners', 'MRI machines', 'CT scanners', 'medical devices', 'infusion pumps', 'imaging equipment', 'laboratory equipment', 'lab equipment', 'testing equipment'], zh: ['医疗设备', 'CT机', '核磁共振设备', '影像设备', '检验设备', '超声设备'] },
  // Decentralised finance's stores of value, drained in a heist ("the Pellam bridge was drained", "跨链桥被盗").
  { id: 'service:defi', en: ['bridges', 'bridge', 'cross-chain bridge', 'liquidity pools', 'liquidity pool', 'lending pools', 'smart contracts', 'smart contract', 'multisig'], zh: ['跨链桥', '流动性池', '借贷池', '智能合约'], store: true },
  // A site's front page, the usual target of a defacement ("defaced the homepage of X").
  { id: 'service:homepage', en: ['homepage', 'homepages'], zh: ['主页'], bare: true },
  // A site's parts and its own blog, defaced or taken over ("a subdomain was hijacked", "its blog was defaced").
  { id: 'service:web-part', en: ['webpage', 'webpages', 'subdomain', 'subdomains', 'blog', 'blogs', 'web shop'], zh: ['子域名', '博客'] },
  // A customer's own deployment of a cloud product ("the company's Microsoft 365 tenant", "租户");
  // "instance" is left out: it is as often an occurrence ("many instances of fraud").
  { id: 'service:cloud-tenant', en: ['tenant', 'tenants', 'availability zones', 'availability zone'], zh: ['租户', '可用区'] },
  // The interfaces a company's customers and partners call ("shut down its customer portal and all APIs").
  { id: 'service:api', en: ['APIs'], zh: ['开放接口'], bare: true },
];
