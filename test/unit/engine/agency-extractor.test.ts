import { describe, expect, test } from 'vitest';
import { agencyExtractor, isLowerCaseText } from '../../../engine/facts/agency-extractor';
import type { ExtractContext } from '../../../engine/facts/extractor';
import { hasCorpus, loadCorpus, scoreCategory } from './corpus-facts';

const refDate = new Date(Date.UTC(2024, 0, 15));

function extract(text: string, lang = 'en', excluded: ExtractContext['excluded'] = []) {
  return agencyExtractor.extract({ text, lang, published: null, refDate, excluded });
}

/** [sentence, lang, expected [text, value, id?]] — own sentences. */
const positives: [string, string, [string, string, string?][]][] = [
  ['The FBI and CISA issued a joint advisory.', 'en', [['FBI', 'Federal Bureau of Investigation', 'agency:us-fbi'], ['CISA', 'Cybersecurity and Infrastructure Security Agency', 'agency:us-cisa']]],
  ['The National Crime Agency arrested two men.', 'en', [['National Crime Agency', 'National Crime Agency', 'agency:gb-nca']]],
  ['It reported the breach to the Information Commissioner’s Office.', 'en', [['Information Commissioner’s Office', "Information Commissioner's Office", 'agency:gb-ico']]],
  ['Police Scotland and Europol are investigating.', 'en', [['Police Scotland', 'Police Scotland', 'agency:gb-police-scotland'], ['Europol', 'Europol', 'agency:eu-europol']]],
  ['The AFP said the suspect was charged.', 'en', [['AFP', 'Australian Federal Police', 'agency:au-afp']]],
  ['Italian police seized the servers.', 'en', [['Italian police', 'Italian police', 'agency:it-police']]],
  // A country's agency no list holds, by a head only a state body carries; a listed one keeps its id.
  ['The Swedish Transport Agency said it was monitoring.', 'en', [['Swedish Transport Agency', 'Swedish Transport Agency', 'agency:se-transport-agency']]],
  // Initials of the country's own language after the English name: the name is still the agency.
  ["Norway's National Security Authority (NSM) said it was aware.", 'en', [["Norway's National Security Authority", "Norway's National Security Authority", 'agency:no-national-security-authority'], ['NSM', 'Norwegian National Security Authority', 'agency:no-nsm']]],
  // A state service named by what it does, and its initials, which spell the body without its country.
  ["Korea's Financial Supervisory Service (FSS) said it was checking; the FSS later fined the bank.", 'en', [["Korea's Financial Supervisory Service", "Korea's Financial Supervisory Service", 'agency:kr-financial-supervisory-service'], ['FSS', "Korea's Financial Supervisory Service", 'agency:kr-financial-supervisory-service'], ['FSS', "Korea's Financial Supervisory Service", 'agency:kr-financial-supervisory-service']]],
  ['The Danish Agency for Digital Government was told.', 'en', [['Danish Agency for Digital Government', 'Danish Agency for Digital Government', 'agency:dk-danish-agency-for-digital-government']]],
  ['The US National Security Agency warned.', 'en', [['US National Security Agency', 'National Security Agency', 'agency:us-nsa']]],
  // Latin American governments' Secretariats and Superintendencies; a Secretariat only with its country.
  ["Colombia's Superintendency of Industry and Commerce fined the bank.", 'en', [["Colombia's Superintendency of Industry and Commerce", 'Colombian Superintendency of Industry and Commerce', 'agency:co-superintendency-of-industry-and-commerce']]],
  ["Mexico's Secretariat of Communications said so.", 'en', [["Mexico's Secretariat of Communications", 'Mexican Secretariat of Communications', 'agency:mx-secretariat-of-communications']]],
  ['Health Canada recalled the devices.', 'en', [['Health Canada', 'Health Canada', 'agency:ca-health-canada']]],
  // A town's police by the place after them.
  ['Police in Groningen have opened an investigation.', 'en', [['Police in Groningen', 'Groningen police', 'agency:police-groningen-police']]],
  ['The firm informed prosecutors in Düsseldorf.', 'en', [['prosecutors in Düsseldorf', 'Düsseldorf prosecutors', 'agency:prosecutors-dusseldorf']]],
  ['He was arrested by police in São Paulo.', 'en', [['police in São Paulo', 'São Paulo police', 'agency:police-sao-paulo-police']]],
  ["Latvia's government condemned the attack.", 'en', [["Latvia's government", 'Latvian government', 'agency:lv-government']]],
  ['The Marion County Sheriff’s Office confirmed it.', 'en', [['Marion County Sheriff’s Office', 'Marion County Sheriff’s Office']]],
  ['The Springfield Police Department opened a case.', 'en', [['Springfield Police Department', 'Springfield Police Department']]],
  ['The New York Attorney General sued the firm.', 'en', [['New York Attorney General', 'New York Attorney General']]],
  ['The Ministry of Digital Affairs was notified.', 'en', [['Ministry of Digital Affairs', 'Ministry of Digital Affairs', 'agency:tw-moda']]],
  ['The Estonian Ministry of Economic Affairs and Communications said so.', 'en', [['Estonian Ministry of Economic Affairs and Communications', 'Estonian Ministry of Economic Affairs and Communications']]],
  ['The Civil Aviation Authority (CAA) was told.', 'en', [['Civil Aviation Authority', 'Civil Aviation Authority'], ['CAA', 'Civil Aviation Authority']]],
  // An acronym the text uses for an agency it names in full, with or without the "of".
  [
    'The Ohio Department of Transportation was hit by ransomware. Later the ODOT said backups held; the ODT board met.',
    'en',
    [['Ohio Department of Transportation', 'Ohio Department of Transportation'], ['ODOT', 'Ohio Department of Transportation'], ['ODT', 'Ohio Department of Transportation']],
  ],
  ['英国国家网络安全中心（NCSC）表示正在调查。', 'zh', [['英国国家网络安全中心', 'National Cyber Security Centre', 'agency:gb-ncsc'], ['NCSC', 'National Cyber Security Centre', 'agency:gb-ncsc']]],
  ['英国国家犯罪局已介入。', 'zh', [['英国国家犯罪局', 'National Crime Agency', 'agency:gb-nca']]],
  ['美国联邦调查局和网络安全和基础设施安全局发布警告', 'zh', [['美国联邦调查局', 'Federal Bureau of Investigation', 'agency:us-fbi'], ['网络安全和基础设施安全局', 'Cybersecurity and Infrastructure Security Agency', 'agency:us-cisa']]],
  ['国家网信办、工信部和公安部联合发文', 'zh', [['国家网信办', 'Cyberspace Administration of China', 'agency:cn-cac'], ['工信部', 'Ministry of Industry and Information Technology', 'agency:cn-miit'], ['公安部', 'Ministry of Public Security', 'agency:cn-mps']]],
  ['俄罗斯政府否认参与，俄罗斯法院随后判决。', 'zh', [['俄罗斯政府', 'Russian government', 'agency:ru-government'], ['俄罗斯法院', 'Russian court', 'agency:ru-courts']]],
  ['澳政府表示，澳大利亚联邦警察正在调查。', 'zh', [['澳政府', 'Australian government', 'agency:au-government'], ['澳大利亚联邦警察', 'Australian Federal Police', 'agency:au-afp']]],
  ['杭州警方接到报案后，上海市公安局浦东分局网安支队介入。', 'zh', [['杭州警方', 'Hangzhou police', 'agency:cn-hangzhou-police'], ['上海市公安局浦东分局网安支队', 'Shanghai Public Security Bureau', 'agency:cn-shanghai-psb']]],
  ['深圳南山网安部门依法处置', 'zh', [['深圳南山网安部门', 'Shenzhen cyber police', 'agency:cn-shenzhen-cyber-police']]],
  ['公安机关已立案侦查，国家互联网应急中心（CNCERT）发布通报', 'zh', [['公安机关', 'Public security organs', 'agency:cn-public-security-organs'], ['国家互联网应急中心', 'CNCERT', 'agency:cn-cncert'], ['CNCERT', 'CNCERT', 'agency:cn-cncert']]],
  ['法国驻北京大使馆发表声明', 'zh', [['法国驻北京大使馆', 'French embassy', 'agency:fr-embassy']]],
  // Named national bodies of the generated list.
  ['CERT-FR and BaFin warned banks; the Bundespolizei made arrests.', 'en', [['CERT-FR', 'CERT-FR'], ['BaFin', 'Federal Financial Supervisory Authority'], ['Bundespolizei', 'Federal Police (Germany)']]],
  ['The Guardia di Finanza and CONSOB are investigating.', 'en', [['Guardia di Finanza', 'Guardia di Finanza'], ['CONSOB', 'CONSOB']]],
  ['Ireland’s Health Service Executive was hit.', 'en', [['Health Service Executive', 'Health Service Executive']]],
  // Place + body for any country, in either order.
  ['Police in Brazil arrested two men.', 'en', [['Police in Brazil', 'Brazilian police', 'agency:br-police']]],
  ['The UN Office on Drugs and Crime took part.', 'en', [['UN Office on Drugs and Crime', 'United Nations Office on Drugs and Crime', 'agency:un-unodc']]],
  ['法国国家宪兵队逮捕了两人。', 'zh', [['法国国家宪兵队', 'National Gendarmerie', 'agency:fr-gendarmerie']]],
  ['The Swiss data protection authority opened a probe.', 'en', [['Swiss data protection authority', 'Swiss data protection authority', 'agency:ch-dpa']]],
  ['The Costa Rican government declared an emergency.', 'en', [['Costa Rican government', 'Costa Rican government', 'agency:cr-government']]],
  ['Uruguay’s interior ministry and the Estonian cyber security centre said so.', 'en', [['Uruguay’s interior ministry', 'Uruguayan interior ministry', 'agency:uy-interior-ministry'], ['Estonian cyber security centre', 'Estonian cyber security centre', 'agency:ee-cyber-centre']]],
  ['The Austrian federal police seized servers.', 'en', [['Austrian federal police', 'Austrian federal police', 'agency:at-federal-police']]],
  ['The Federal Police of Brazil and the government of Chile said so.', 'en', [['Federal Police of Brazil', 'Brazilian federal police', 'agency:br-federal-police'], ['government of Chile', 'Chilean government', 'agency:cl-government']]],
  ['The police of the Netherlands and the ministry of health of New Zealand agreed.', 'en', [['police of the Netherlands', 'Dutch police', 'agency:nl-police'], ['ministry of health of New Zealand', 'New Zealand health ministry', 'agency:nz-health-ministry']]],
  ["Chile's Computer Security Incident Response Team issued an alert.", 'en', [["Chile's Computer Security Incident Response Team", 'Chilean cert', 'agency:cl-cert']]],
  ['The New York State Department of Financial Services fined it.', 'en', [['New York State Department of Financial Services', 'New York Department of Financial Services']]],
  // US offices and courts, local government.
  ["The U.S. Attorney's Office for the Eastern District of Virginia filed charges.", 'en', [["U.S. Attorney's Office for the Eastern District of Virginia", "U.S. Attorney's Office for the Eastern District of Virginia"]]],
  ['A judge of the U.S. District Court for the District of Columbia ruled.', 'en', [['U.S. District Court for the District of Columbia', 'U.S. District Court for the District of Columbia']]],
  ['The case went to the Court of Appeals for the Ninth Circuit.', 'en', [['Court of Appeals for the Ninth Circuit', 'Court of Appeals for the Ninth Circuit']]],
  ['The Oakland City Council and the City of Dallas were hit.', 'en', [['Oakland City Council', 'Oakland City Council'], ['City of Dallas', 'City of Dallas']]],
  ['Officials at the Pima County government said the Ohio Attorney General was told.', 'en', [['Pima County government', 'Pima County government'], ['Ohio Attorney General', 'Ohio Attorney General']]],
  // A county's sheriff by the office's name, a state's own offices, a bare department only a government has.
  ['Detectives of the Maricopa County Sheriff said so.', 'en', [['Maricopa County Sheriff', 'Maricopa County Sheriff']]],
  ["The Cook Sheriff's deputies seized a laptop.", 'en', [["Cook Sheriff", 'Cook Sheriff']]],
  ['The Vermont Insurance Commissioner and the Oregon Privacy Protection Agency opened inquiries.', 'en', [['Vermont Insurance Commissioner', 'Vermont Insurance Commissioner'], ['Oregon Privacy Protection Agency', 'Oregon Privacy Protection Agency']]],
  ['The Department of Motor Vehicles said records were exposed.', 'en', [['Department of Motor Vehicles', 'Department of Motor Vehicles']]],
  ['The Nevada Department for Aging Services and the Kansas Bureau of Investigation were told.', 'en', [['Nevada Department for Aging Services', 'Nevada Department for Aging Services'], ['Kansas Bureau of Investigation', 'Kansas Bureau of Investigation']]],
  ['The Department of Homeland Security’s Cyber Response Unit helped.', 'en', [['Department of Homeland Security', 'Department of Homeland Security', 'agency:us-dhs']]],
  // A Federal Reserve Bank by its district, the Fed's own name otherwise.
  ['Funds were moved from an account at the Federal Reserve Bank of Kansas City.', 'en', [['Federal Reserve Bank of Kansas City', 'Federal Reserve Bank of Kansas City', 'agency:us-federal-reserve-bank-kansas-city']]],
  ["The request reached the Federal Reserve of Boston's systems; the Federal Reserve said nothing.", 'en', [['Federal Reserve of Boston', 'Federal Reserve Bank of Boston'], ['Federal Reserve', 'Federal Reserve', 'agency:us-federal-reserve']]],
  // Armed services, consulates and security services of a named country.
  ['The U.S. Navy and the Brazilian army were targeted.', 'en', [['U.S. Navy', 'U.S. Navy', 'agency:us-navy'], ['Brazilian army', 'Brazilian army', 'agency:br-army']]],
  ['The Peruvian Consulate General and the Indian consulate were warned.', 'en', [['Peruvian Consulate General', 'Peruvian consulate', 'agency:pe-consulate'], ['Indian consulate', 'Indian consulate', 'agency:in-consulate']]],
  ['Analysts blamed the Iranian security services.', 'en', [['Iranian security services', 'Iranian security service', 'agency:ir-security-service']]],
  // A named country's intelligence services, however qualified.
  ['Officials blamed Russian civilian and military intelligence services and the French intelligence agencies.', 'en', [['Russian civilian and military intelligence services', 'Russian intelligence agency', 'agency:ru-intelligence'], ['French intelligence agencies', 'French intelligence agency', 'agency:fr-intelligence']]],
  // A territory's electoral office, by its place or its own name.
  ["Hong Kong's electoral office apologised; the Registration and Electoral Office (REO) said voters would be told.", 'en', [["Hong Kong's electoral office", 'Hong Kong election commission'], ['Registration and Electoral Office', 'Registration and Electoral Office'], ['REO', 'Registration and Electoral Office']]],
  // Canadian, Australian and German regions: their governments and police (a Land's demonym as a town's police), and Länder offices named before the Land.
  ['The Ontario government, the Queensland police and the Bavarian police were told.', 'en', [['Ontario government', 'Ontario government', 'agency:ca-ontario-government'], ['Queensland police', 'Queensland police'], ['Bavarian police', 'Bavarian police']]],
  ['The State Bureau of Investigation Lower Saxony and the State Criminal Police Office of Hesse investigate.', 'en', [['State Bureau of Investigation Lower Saxony', 'State Bureau of Investigation Lower Saxony', 'agency:de-lower-saxony-state-bureau-of-investigation'], ['State Criminal Police Office of Hesse', 'State Criminal Police Office Hesse']]],
  // A county's or city's own office by its name.
  ['The Licking County Emergency Management Agency and the Travis County Elections Division were told.', 'en', [['Licking County Emergency Management Agency', 'Licking County Emergency Management Agency'], ['Travis County Elections Division', 'Travis County Elections Division']]],
  // A state's election offices and guard; a county's or city's prosecutor.
  ['The Ohio Secretary of State, the Illinois State Board of Elections and the West Virginia National Guard checked the rolls.', 'en', [['Ohio Secretary of State', 'Ohio Secretary of State'], ['Illinois State Board of Elections', 'Illinois State Board of Elections'], ['West Virginia National Guard', 'West Virginia National Guard']]],
  ["The Manhattan District Attorney and the Cook County State's Attorney's Office charged him.", 'en', [['Manhattan District Attorney', 'Manhattan District Attorney'], ["Cook County State's Attorney's Office", "Cook County State's Attorney's Office"]]],
  // Courts named without their district; a bare Supreme Court.
  ['A U.S. District Court judge and the Ninth Circuit Court of Appeals agreed. The Supreme Court declined.', 'en', [['U.S. District Court', 'U.S. District Court'], ['Ninth Circuit Court of Appeals', 'Ninth Circuit Court of Appeals'], ['Supreme Court', 'Supreme Court']]],
  // A city's hall, government or council in lower case after its name.
  ['Ransomware hit the Atlanta city government and the Springfield city council.', 'en', [['Atlanta city government', 'Atlanta city government'], ['Springfield city council', 'Springfield city council']]],
  // Official names added to the list: a US self-regulator, a UK ministry's former name, a country's armed forces.
  ['FINRA, the Foreign and Commonwealth Office and the Israel Defense Forces commented.', 'en', [['FINRA', 'Financial Industry Regulatory Authority'], ['Foreign and Commonwealth Office', 'Foreign, Commonwealth and Development Office', 'agency:gb-fcdo'], ['Israel Defense Forces', 'Israel Defense Forces']]],
  // Committees of Congress; a bare Department of Health or of State is a government's.
  ['The House Energy and Commerce Committee and the Senate Committee on Homeland Security wrote to the Department of Health on Monday.', 'en', [['House Energy and Commerce Committee', 'House Energy and Commerce Committee'], ['Senate Committee on Homeland Security', 'Senate Committee on Homeland Security'], ['Department of Health', 'Department of Health']]],
  // Official names added to the list: military investigators, a fraud bureau, a country's forces, a legislature, an election body.
  ["Iran's Revolutionary Guards, Unit 8200, the Bundeswehr, the Knesset, Comelec and the National Fraud Intelligence Bureau were named.", 'en', [['Revolutionary Guards', 'Islamic Revolutionary Guard Corps', 'agency:ir-irgc'], ['Unit 8200', 'Unit 8200'], ['Bundeswehr', 'Bundeswehr'], ['Knesset', 'Knesset'], ['Comelec', 'Commission on Elections'], ['National Fraud Intelligence Bureau', 'National Fraud Intelligence Bureau']]],
  // "the attorney general" after the state's: the same office.
  ['The Vermont Attorney General opened a probe; the attorney general said more would follow.', 'en', [['Vermont Attorney General', 'Vermont Attorney General'], ['attorney general', 'Vermont Attorney General']]],
  // A lower-case "the city of X" hit or acting is its government; "in the city of X" is the place.
  ["Ransomware hit the city of Springfield's IT network; people in the city of Dayton were fine.", 'en', [['city of Springfield', 'city of Springfield']]],
  // Text without capitals.
  ['the fbi and police in brazil said the city of dallas paid nothing.', 'en', [['fbi', 'Federal Bureau of Investigation', 'agency:us-fbi'], ['police in brazil', 'Brazilian police', 'agency:br-police']]],
  // Foreign bodies named in Chinese, 联邦 inside the name.
  ['巴西联邦警察和阿根廷审计署发布通报', 'zh', [['巴西联邦警察', 'Brazilian Federal Police', 'agency:br-pf'], ['阿根廷审计署', 'Argentine audit office', 'agency:ar-audit-office']]],
  ['瑞士联邦移民局与墨西哥联邦调查局合作', 'zh', [['瑞士联邦移民局', 'Swiss immigration service', 'agency:ch-immigration'], ['墨西哥联邦调查局', 'Mexican investigation bureau', 'agency:mx-investigation-bureau']]],
  ['爱尔兰媒体监管机构和乌拉圭计算机应急响应小组表示', 'zh', [['爱尔兰媒体监管机构', 'Irish media regulator', 'agency:ie-media-regulator'], ['乌拉圭计算机应急响应小组', 'CERTuy', 'agency:uy-certuy']]],
  // Mainland, Hong Kong, Macau, Taiwan bodies.
  ['深圳市医保局和国务院国资委通报，国家医保局回应', 'zh', [['深圳市医保局', 'Shenzhen Healthcare Security Administration', 'agency:cn-shenzhen-healthcare-security'], ['国务院国资委', 'State-owned Assets Supervision and Administration Commission', 'agency:cn-sasac'], ['国家医保局', 'National Healthcare Security Administration', 'agency:cn-nhsa']]],
  ['保安局表示，香港警方正与私隐专员公署跟进', 'zh', [['保安局', 'Security Bureau (Hong Kong)'], ['香港警方', 'Hong Kong Police Force', 'agency:hk-police'], ['私隐专员公署', 'Privacy Commissioner for Personal Data', 'agency:hk-pcpd']]],
  ['澳门司法警察局和数位发展部资通安全署发布警示', 'zh', [['澳门司法警察局', 'Macau Judiciary Police'], ['数位发展部资通安全署', 'Administration for Cyber Security']]],
  ['江苏省公安厅、义乌市公安局和秦皇岛警方联合行动', 'zh', [['江苏省公安厅', 'Jiangsu Public Security Department', 'agency:cn-jiangsu-public-security-department'], ['义乌市公安局', 'Yiwu Public Security Bureau', 'agency:cn-yiwu-psb'], ['秦皇岛警方', 'Qinhuangdao police', 'agency:cn-qinhuangdao-police']]],
  ["Hong Kong's Privacy Commissioner for Personal Data and the UK's National Cyber Security Centre", 'en', [["Hong Kong's Privacy Commissioner for Personal Data", 'Privacy Commissioner for Personal Data', 'agency:hk-pcpd'], ["UK's National Cyber Security Centre", 'National Cyber Security Centre', 'agency:gb-ncsc']]],
  ['The Austrian Federal Criminal Police Office helped.', 'en', [['Austrian Federal Criminal Police Office', 'Austrian investigation bureau', 'agency:at-investigation-bureau']]],
  ['3. 美国防部计划推出新战略', 'zh', [['美国防部', 'American defence ministry', 'agency:us-defence-ministry']]],
  ['山东公安机关网安部门依法查处', 'zh', [['山东公安机关', 'Shandong public security', 'agency:cn-shandong-public-security'], ['网安部门', 'Cyber police (China)', 'agency:cn-cyber-police']]],
  ['以色列CERT和奇安信CERT发布预警', 'zh', [['以色列CERT', 'Israeli cert', 'agency:il-cert']]],
  ['俄驻美大使馆未予置评', 'zh', [['俄驻美大使馆', 'Russian embassy', 'agency:ru-embassy']]],
  ['达拉斯市政府遭勒索软件攻击', 'zh', [['达拉斯市政府', '达拉斯市政府']]],
  ['此前，荷兰阿姆斯特丹市政府也曾遭受网络攻击', 'zh', [['荷兰阿姆斯特丹市政府', '荷兰阿姆斯特丹市政府']]],
  // A state body introduced by "the", named by its rank or by the state function before its head.
  ['The National Bureau of Investigation and the Federal Police opened inquiries.', 'en', [['National Bureau of Investigation', 'National Bureau of Investigation'], ['Federal Police', 'Federal Police']]],
  ['The Transport and Communications Agency helped, and the Data Protection Ombudsman was told.', 'en', [['Transport and Communications Agency', 'Transport and Communications Agency'], ['Data Protection Ombudsman', 'Data Protection Ombudsman']]],
  ['The Office of the Comptroller General said it was monitoring.', 'en', [['Office of the Comptroller General', 'Office of the Comptroller General']]],
  // A ministry named by a serial list that ends in "and"; a comma before a lower-case word ends the name.
  ['A spokesperson for the Ministry of Health, Welfare and Sport said so.', 'en', [['Ministry of Health, Welfare and Sport', 'Ministry of Health, Welfare and Sport']]],
  ['The Ministry of Health, the police and the mayor said so.', 'en', [['Ministry of Health', 'Ministry of Health']]],
  ['Agents of the IRS and Springdale Metropolitan Police Department made arrests.', 'en', [['IRS', 'Internal Revenue Service', 'agency:us-irs'], ['Springdale Metropolitan Police Department', 'Springdale Metropolitan Police Department']]],
  // A service's own command is the body; the service alone otherwise.
  ['美国陆军网络司令部与印度海军合作', 'zh', [['美国陆军网络司令部', '美国陆军网络司令部'], ['印度海军', 'Indian navy', 'agency:in-navy']]],
];

/** Sentences with nothing that is an agency. */
const negatives: [string, string][] = [
  // News, travel and other business agencies are no state body; "police in" a month or a region names no force.
  ['The British News Agency and a Chinese Travel Agency reported it.', 'en'],
  ['Police in March and police in Europe said so.', 'en'],
  // "the" and a capitalised head alone, a business's agency, an acronym before "and", a sports league.
  ['The Police said the Creative Artists Agency and the Acme Talent Agency Ltd were fine.', 'en'],
  ['The National Football League and the World Anti-Doping Agency spoke.', 'en'],
  ['The Secretariat of the Convention met in Bonn.', 'en'],
  ['Regulators and law enforcement were informed.', 'en'],
  ['The relevant security authorities are looking into it.', 'en'],
  ['The police said the suspect fled.', 'en'],
  // Capitals spelling a name that is no agency are no acronym of one.
  ['Orrin Data Transport Systems said the ODTS team fixed it.', 'en'],
  ['Local police responded to the scene.', 'en'],
  ['He saved the icon as an afp file in his home office.', 'en'],
  ['The government announced a new plan.', 'en'],
  ['The company hired a former Secret Service agent.', 'en'],
  ['She spoke at Mobile World Congress.', 'en'],
  ['The Department of Computer Science hosted the talk.', 'en'],
  // A bare title or plural offices name no one office; a state's university or bank is no office.
  ['The attorney general will decide, and state attorneys general agreed.', 'en'],
  ['The Vermont State University Board and the Ohio Valley Bank Division met.', 'en'],
  ['Sheriff Joe Bloggs said the deputy sheriff was away.', 'en'],
  ['The World Anti-Doping Agency (WADA) was hacked.', 'en'],
  ['监管机构和相关部门已介入调查。', 'zh'],
  ['执法部门表示，政府将加强监管。', 'zh'],
  ['当地警方称，国家安全部门高度重视。', 'zh'],
  ['欧美警方加强合作。', 'zh'],
  ['The federal government shutdown delayed the report.', 'en'],
  ['Financial regulators and the privacy watchdog were told.', 'en'],
  ['Doctors at City of Hope National Medical Center and the Research Council agreed.', 'en'],
  ['A student council and the Security Council of the club met.', 'en'],
  ['Brazilian authorities said little.', 'en'],
  ['He studied at the police academy before joining.', 'en'],
  ['he paid with a debit card at the us store.', 'en'],
  ['美国金融监管机构和韩国互联网安全监管机构均未回应。', 'zh'],
  ['他毕业于四川警察学院，曾在地方政府任职。', 'zh'],
  ['数据保护当局和相关部门表示关注。', 'zh'],
  ['阿里安全响应中心发布报告。', 'zh'],
  ['该市政府和各地级市政府均表示关注。', 'zh'],
  // A minister is no ministry; a federal budget is no body; a room of a listed body is no unit of it.
  ['该国通信部长周一表示正在调查。', 'zh'],
  ['联邦预算将于明年通过。', 'zh'],
  // 市/县 ending a word (超市, 上市) or a generic place (该市, 各县) names no place before a body.
  ['一家超市警方称其系统遭入侵。', 'zh'],
  // A conjunction opening the sentence is no town: "Though police said …".
  ['Though police said the servers were seized, nobody was charged.', 'en'],
  ['Yesterday police confirmed the breach.', 'en'],
  // A university's Department of Health Sciences and a bare House committee name no body.
  ['The Department of Health Sciences hosted the talk; a House committee met.', 'en'],
  // A district court without its name, a state's university board, a town's election night are no bodies.
  ['The District Court was closed; the Ohio State University Board met on election night in the city hall district.', 'en'],
  // A county's college, hospital or bank is no office; the intelligence community names no body.
  ['The Orange County Community College Board and the Kent County Bank Division met; the intelligence community agreed.', 'en'],
];

/** Own sentences: bodies named by a country or 联邦 with a body's head, and a listed body's own unit. */
const patternedZh: [string, string][] = [
  ['挪威国家卫生实验室服务局发布通报。', '挪威国家卫生实验室服务局'],
  ['智利国家数据中心遭到勒索攻击。', '智利国家数据中心'],
  ['员工收到了联邦人事管理局的邮件。', '联邦人事管理局'],
  ['FBI、联邦应急管理署等机构已回应。', '联邦应急管理署'],
  ['中央网信办举报中心公布了本月数据。', '中央网信办举报中心'],
  ['公安部刑侦局有关负责人表示将严厉打击。', '公安部刑侦局'],
  ['草案随后将提交联邦议院审议。', '联邦议院'],
  ['奥地利审计院批评了该部的采购。', '奥地利审计院'],
  ['中央编办和工信部联合发文。', '中央编办'],
  // A county or city no list holds, read from the two characters before 市/县.
  ['医院已向警方报案，云溪县公安局已介入。', '云溪县公安局'],
  ['事发后，白沙市网信办约谈了该平台。', '白沙市网信办'],
  ['据悉，长岭县公安局网安大队已立案侦查。', '长岭县公安局网安大队'],
];

describe('agencyExtractor', () => {
  test.each(positives)('%s', (text, lang, expected) => {
    const facts = extract(text, lang);
    expect(facts.map((f) => [f.text, f.value, ...(expected.find((e) => e[0] === f.text)?.[2] ? [f.id] : [])])).toEqual(
      expected.map((e) => e.filter((x) => x !== undefined)),
    );
    for (const f of facts) {
      expect(f.category).toBe('agency');
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  test.each(patternedZh)('%s', (text, name) => {
    const facts = extract(text, 'zh');
    expect(facts.map((f) => f.text)).toContain(name);
    expect(facts.find((f) => f.text === name)?.id).toMatch(/^agency:/);
  });

  test('a generic 该县 or 各市 before a body is not read as a place', () => {
    expect(extract('该县公安局和各市网信办正在核查。', 'zh').map((f) => f.text)).toEqual(['公安局', '网信办']);
  });

  test.each(negatives)('no agency in: %s', (text, lang) => {
    expect(extract(text, lang).map((f) => f.text)).toEqual([]);
  });

  test('facts carry the country and the canonical Chinese name', () => {
    const [fact] = extract('The NCSC said so.');
    expect(fact.attrs).toEqual({ country: 'GB', zh: '英国国家网络安全中心' });
    const [police] = extract('挪威警方正在调查', 'zh');
    expect(police).toMatchObject({ value: 'Norwegian police', id: 'agency:no-police', attrs: { country: 'NO', zh: '挪威警方' } });
  });

  test('both mentions of "英国国家网络安全中心（NCSC）" share id and value', () => {
    const facts = extract('英国国家网络安全中心（NCSC）', 'zh');
    expect(new Set(facts.map((f) => f.id)).size).toBe(1);
    expect(new Set(facts.map((f) => f.value)).size).toBe(1);
  });

  test('an article without capitals is matched without case, an ordinary one is not', () => {
    expect(isLowerCaseText('the fbi and police in brazil said the attack hit the city.')).toBe(true);
    expect(isLowerCaseText('The FBI said the attack hit the city of Dallas last week.')).toBe(false);
    expect(extract('The fbi file was deleted. The FBI said so.').map((f) => f.text)).toEqual(['FBI']);
    expect(isLowerCaseText('据悉，攻击者使用 hxxp://example.com/sec/ice/update.php 下载载荷，之后连接 c2.example.net')).toBe(false);
    expect(extract('he worked from a home office and ate ice cream for a sec before the nsa called.').map((f) => f.text)).toEqual(['nsa']);
  });

  test('nothing inside excluded spans', () => {
    const text = 'The FBI said so.\nSource: CISA advisory';
    const start = text.indexOf('Source');
    expect(extract(text, 'en', [{ start, end: text.length }]).map((f) => f.text)).toEqual(['FBI']);
  });
});

describe.skipIf(!hasCorpus)('agencyExtractor on the labelled corpus', () => {
  test('recall and precision per language', () => {
    const scores = scoreCategory(agencyExtractor, 'agency', loadCorpus());
    for (const s of scores) {
      console.log(
        `agency ${s.lang}: recall ${s.found}/${s.expected} = ${s.recall.toFixed(3)}, precision ${s.correct}/${s.predicted} = ${s.precision.toFixed(3)}`,
      );
    }
    for (const s of scores) {
      expect(s.notHits, `${s.lang} not-list hits`).toEqual([]);
      expect(s.recall, `${s.lang} recall; misses: ${s.misses.join('; ')}`).toBeGreaterThanOrEqual(0.9);
      expect(s.precision, `${s.lang} precision; wrong: ${s.wrong.join('; ')}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
