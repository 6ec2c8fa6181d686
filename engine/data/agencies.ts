/**
 * Named government bodies, regulators, law-enforcement agencies, national CERTs/CSIRTs and cyber
 * centres (GUIDELINES.md, category `agency`), with the names English and Chinese media use.
 *
 * Rules of this list:
 * - `en[0]` is the canonical English name, `zh[0]` the canonical Chinese name; `country` is an ISO
 *   3166 code, "EU" for EU bodies, "UN" for UN bodies and "INT" for other international ones.
 * - Aliases are unique across entries (test/unit/engine/gazetteer-data.test.ts). Where an acronym
 *   or a bare name is shared, it goes to the body news most often means by it:
 *   "NCSC" and bare "国家网络安全中心" → UK NCSC (NCSC-NL, NCSC-FI … keep their suffixed forms);
 *   "NCA" → UK National Crime Agency (Saudi NCA is "Saudi National Cybersecurity Authority");
 *   "AFP" → Australian Federal Police (Agence France-Presse is a publisher, never an agency);
 *   "CSA" → Cyber Security Agency of Singapore; "NSA" → US National Security Agency;
 *   bare 外交部 / 国防部 / 国务院 → China's (Chinese media name foreign ones with the country).
 * - Short all-caps acronyms match case-sensitively (see `isAcronym`), so "ico" or "afp" inside
 *   words and URLs are not hits; acronyms that are common words in any case (OCR, DPA, CAA) are
 *   left out.
 */
import type { GazetteerEntry } from '../gazetteer/gazetteer';
import { GENERATED_AGENCIES } from './agencies.generated';

/** One agency entry: `agency:<id>` with its country. */
function agency(id: string, country: string, en: string[], zh: string[]): GazetteerEntry {
  return { id: `agency:${id}`, en, zh, attrs: { country } };
}

/**
 * The hand-curated entries: the bodies news names most, with the media's own variants. They come
 * first, so an alias they hold is theirs; scripts/build-agency-data.ts drops it from the rest.
 */
export const AGENCIES_CURATED: readonly GazetteerEntry[] = [
  // United States
  agency('us-cisa', 'US', ['Cybersecurity and Infrastructure Security Agency', 'CISA', 'US-CERT', 'Cybersecurity & Infrastructure Security Agency'], ['美国网络安全和基础设施安全局', '网络安全和基础设施安全局', '美国网络安全与基础设施安全局', '网络安全与基础设施安全局', '美国CISA', '美国网络安全局']),
  agency('us-fbi', 'US', ['Federal Bureau of Investigation', 'FBI', 'Federal Bureau of Investigations'], ['美国联邦调查局', '联邦调查局', '美国FBI']),
  agency('us-doj', 'US', ['Department of Justice', 'DOJ', 'Justice Department', 'U.S. Department of Justice', 'US Department of Justice'], ['美国司法部', '美司法部']),
  agency('us-attorney-general', 'US', ['US Attorney General', 'U.S. Attorney General'], ['美国司法部长', '美国总检察长']),
  agency('us-secret-service', 'US', ['United States Secret Service', 'Secret Service', 'USSS', 'U.S. Secret Service'], ['美国特勤局', '特勤局']),
  agency('us-dhs', 'US', ['Department of Homeland Security', 'DHS', 'U.S. Department of Homeland Security', 'US Department of Homeland Security', 'Homeland Security Department'], ['美国国土安全部', '国土安全部']),
  agency('us-hsi', 'US', ['Homeland Security Investigations', 'HSI'], ['美国国土安全调查局', '国土安全调查局']),
  agency('us-nsa', 'US', ['National Security Agency', 'NSA'], ['美国国家安全局', '美国国安局']),
  // usa.gov A–Z index; the Chinese name the foundation's own Beijing office used.
  agency('us-nsf', 'US', ['National Science Foundation', 'NSF'], ['美国国家科学基金会', '国家科学基金会']),
  agency('us-cia', 'US', ['Central Intelligence Agency', 'CIA'], ['美国中央情报局', '中央情报局', '美国中情局', '中情局']),
  agency('us-odni', 'US', ['Office of the Director of National Intelligence', 'ODNI'], ['美国国家情报总监办公室', '国家情报总监办公室']),
  agency('us-sec', 'US', ['Securities and Exchange Commission', 'SEC', 'U.S. Securities and Exchange Commission', 'US Securities and Exchange Commission'], ['美国证券交易委员会', '美国证交会', '证券交易委员会', '美国证监会']),
  agency('us-ftc', 'US', ['Federal Trade Commission', 'FTC'], ['美国联邦贸易委员会', '联邦贸易委员会']),
  agency('us-fcc', 'US', ['Federal Communications Commission', 'FCC'], ['美国联邦通信委员会', '联邦通信委员会']),
  agency('us-hhs', 'US', ['Department of Health and Human Services', 'HHS'], ['美国卫生与公众服务部', '卫生与公众服务部', '美国卫生和公众服务部']),
  agency('us-hhs-ocr', 'US', ['HHS Office for Civil Rights', 'Office for Civil Rights', 'HHS OCR'], ['美国卫生与公众服务部民权办公室', '民权办公室']),
  agency('us-treasury', 'US', ['Department of the Treasury', 'Treasury Department', 'U.S. Treasury', 'US Treasury'], ['美国财政部', '美财政部']),
  agency('us-ofac', 'US', ['Office of Foreign Assets Control', 'OFAC'], ['美国海外资产控制办公室', '海外资产控制办公室']),
  agency('us-fincen', 'US', ['Financial Crimes Enforcement Network', 'FinCEN'], ['金融犯罪执法网络', '美国金融犯罪执法网络']),
  agency('us-irs', 'US', ['Internal Revenue Service', 'IRS'], ['美国国税局', '国税局']),
  agency('us-ic3', 'US', ['Internet Crime Complaint Center', 'IC3'], ['互联网犯罪投诉中心', '美国互联网犯罪投诉中心']),
  agency('us-dod', 'US', ['Department of Defense', 'DoD', 'Pentagon', 'U.S. Department of Defense', 'US Department of Defense'], ['美国国防部', '五角大楼']),
  agency('us-state-department', 'US', ['State Department', 'U.S. Department of State', 'US Department of State'], ['美国国务院', '美国国务卿办公室']),
  agency('us-white-house', 'US', ['White House'], ['美国白宫', '白宫']),
  agency('us-congress', 'US', ['Congress', 'U.S. Congress', 'US Congress'], ['美国国会']),
  agency('us-house', 'US', ['House of Representatives', 'U.S. House of Representatives'], ['美国众议院', '众议院']),
  agency('us-senate', 'US', ['Senate', 'U.S. Senate', 'US Senate'], ['美国参议院', '参议院']),
  agency('us-capitol-police', 'US', ['U.S. Capitol Police', 'Capitol Police', 'US Capitol Police'], ['美国国会警察局', '国会警察局', '国会警察']),
  agency('us-house-cao', 'US', ['Chief Administrative Officer of the House', 'House Chief Administrative Officer'], ['首席行政官办公室', '众议院首席行政官']),
  agency('us-senate-sergeant', 'US', ['Senate Sergeant at Arms'], ['参议院警卫官', '参议院警察部门']),
  agency('us-nist', 'US', ['National Institute of Standards and Technology', 'NIST'], ['美国国家标准与技术研究院', '美国国家标准技术研究院']),
  agency('us-doe', 'US', ['Department of Energy', 'U.S. Department of Energy'], ['美国能源部', '能源部']),
  // The military departments and services of the Department of Defense (usa.gov A–Z index; defense.gov "Our Forces").
  agency('us-army', 'US', ['U.S. Army', 'US Army', 'United States Army'], ['美国陆军', '美陆军']),
  agency('us-navy', 'US', ['U.S. Navy', 'US Navy', 'United States Navy'], ['美国海军', '美海军']),
  agency('us-air-force', 'US', ['U.S. Air Force', 'US Air Force', 'United States Air Force', 'USAF'], ['美国空军', '美空军']),
  agency('us-marine-corps', 'US', ['U.S. Marine Corps', 'US Marine Corps', 'United States Marine Corps', 'USMC'], ['美国海军陆战队']),
  agency('us-space-force', 'US', ['U.S. Space Force', 'US Space Force', 'United States Space Force'], ['美国太空军']),
  agency('us-national-guard', 'US', ['National Guard Bureau', 'U.S. National Guard', 'US National Guard'], ['美国国民警卫队']),
  agency('us-coast-guard', 'US', ['U.S. Coast Guard', 'US Coast Guard', 'Coast Guard', 'USCG'], ['美国海岸警卫队', '海岸警卫队']),
  agency('us-cyber-command', 'US', ['U.S. Cyber Command', 'US Cyber Command', 'Cyber Command', 'USCYBERCOM'], ['美国网络司令部', '网络司令部']),
  agency('us-cfpb', 'US', ['Consumer Financial Protection Bureau', 'CFPB'], ['美国消费者金融保护局', '消费者金融保护局']),
  agency('us-tsa', 'US', ['Transportation Security Administration', 'TSA'], ['美国运输安全管理局', '运输安全管理局']),
  agency('us-faa', 'US', ['Federal Aviation Administration', 'FAA'], ['美国联邦航空管理局', '联邦航空管理局']),
  agency('us-marshals', 'US', ['U.S. Marshals Service', 'US Marshals Service', 'U.S. Marshals'], ['美国法警局', '美国法警署']),
  agency('us-nydfs', 'US', ['New York Department of Financial Services', 'NYDFS'], ['纽约州金融服务局', '纽约金融服务局']),
  agency('us-nypd', 'US', ['New York Police Department', 'NYPD'], ['纽约警察局', '纽约市警察局']),
  agency('us-federal-reserve', 'US', ['Federal Reserve', 'Federal Reserve Board'], ['美联储', '美国联邦储备委员会']),
  agency('us-dea', 'US', ['Drug Enforcement Administration', 'DEA'], ['美国缉毒局', '缉毒局']),
  agency('us-gao', 'US', ['Government Accountability Office', 'GAO'], ['美国政府问责局', '政府问责局']),
  // United Kingdom
  agency('gb-ncsc', 'GB', ['National Cyber Security Centre', 'NCSC', 'UK National Cyber Security Centre', 'NCSC UK', 'National Cyber Security Center'], ['英国国家网络安全中心', '国家网络安全中心', '英国NCSC']),
  agency('gb-nca', 'GB', ['National Crime Agency', 'NCA', 'UK National Crime Agency'], ['英国国家犯罪局', '国家犯罪局', '英国国家打击犯罪调查局', '英国国家打击犯罪局']),
  agency('gb-ico', 'GB', ["Information Commissioner's Office", 'ICO', "UK Information Commissioner's Office", 'Information Commissioner'], ['英国信息专员办公室', '信息专员办公室', '英国信息专员']),
  agency('gb-police-scotland', 'GB', ['Police Scotland'], ['苏格兰警察局', '苏格兰警方']),
  agency('gb-met', 'GB', ['Metropolitan Police', 'Met Police', 'Metropolitan Police Service', 'Scotland Yard'], ['伦敦警察厅', '伦敦大都会警察局', '苏格兰场', '伦敦警方']),
  agency('gb-gchq', 'GB', ['Government Communications Headquarters', 'GCHQ'], ['英国政府通讯总部', '英国全球通信总部', '政府通讯总部', '政府通信总部']),
  agency('gb-mi6', 'GB', ['Secret Intelligence Service', 'MI6'], ['英国军情六处', '军情六处', '英国秘密情报局']),
  agency('gb-mi5', 'GB', ['MI5'], ['英国军情五处', '军情五处']),
  // Its name before the 2020 merger, Foreign and Commonwealth Office (gov.uk), is still read in older reports.
  agency('gb-fcdo', 'GB', ['Foreign, Commonwealth and Development Office', 'FCDO', 'Foreign Office', 'UK Foreign Office', 'Foreign and Commonwealth Office'], ['英国外交部', '英国外交、联邦和发展事务部', '英国外交和联邦事务部']),
  agency('gb-home-office', 'GB', ['Home Office', 'UK Home Office'], ['英国内政部']),
  agency('gb-mod', 'GB', ['UK Ministry of Defence', 'British Ministry of Defence'], ['英国国防部']),
  agency('gb-fca', 'GB', ['Financial Conduct Authority', 'FCA'], ['英国金融行为监管局', '金融行为监管局']),
  agency('gb-ofcom', 'GB', ['Ofcom'], ['英国通信管理局', '英国通讯管理局']),
  agency('gb-dcms', 'GB', ['Department for Culture, Media and Sport', 'DCMS', 'Department for Digital, Culture, Media and Sport'], ['英国文化、媒体和体育部', '英国数字、文化、媒体和体育部']),
  agency('gb-action-fraud', 'GB', ['Action Fraud'], ['英国反欺诈行动中心', '英国国家反欺诈中心']),
  agency('gb-parliament', 'GB', ['UK Parliament', 'British Parliament', 'House of Commons'], ['英国议会', '英国下议院']),
  agency('gb-cps', 'GB', ['Crown Prosecution Service'], ['英国皇家检察署', '皇家检察署']),
  agency('gb-sfo', 'GB', ['Serious Fraud Office'], ['英国严重欺诈办公室', '严重欺诈办公室']),
  // European Union
  agency('eu-europol', 'EU', ['Europol', 'European Union Agency for Law Enforcement Cooperation'], ['欧洲刑警组织', '欧洲警察组织', '欧盟刑警组织', '欧盟警察组织']),
  agency('eu-eurojust', 'EU', ['Eurojust', 'European Union Agency for Criminal Justice Cooperation'], ['欧洲司法组织', '欧盟司法合作署', '欧洲检察官组织']),
  agency('eu-enisa', 'EU', ['European Union Agency for Cybersecurity', 'ENISA'], ['欧盟网络安全局', '欧洲网络与信息安全局']),
  agency('eu-commission', 'EU', ['European Commission'], ['欧盟委员会', '欧委会']),
  agency('eu-edpb', 'EU', ['European Data Protection Board', 'EDPB'], ['欧洲数据保护委员会']),
  agency('eu-edps', 'EU', ['European Data Protection Supervisor', 'EDPS'], ['欧洲数据保护监督员', '欧盟数据保护监督员']),
  agency('eu-cert-eu', 'EU', ['CERT-EU'], ['欧盟计算机应急响应小组']),
  agency('eu-ec3', 'EU', ['European Cybercrime Centre', 'EC3'], ['欧洲网络犯罪中心']),
  agency('eu-parliament', 'EU', ['European Parliament'], ['欧洲议会']),
  agency('eu-council', 'EU', ['Council of the European Union', 'Council of the EU'], ['欧盟理事会']),
  agency('eu-cjeu', 'EU', ['Court of Justice of the European Union', 'CJEU', 'European Court of Justice'], ['欧盟法院', '欧洲法院']),
  // International
  agency('int-interpol', 'INT', ['Interpol', 'International Criminal Police Organization', 'INTERPOL'], ['国际刑警组织', '国际刑警']),
  // NATO's own agencies named in cyber news (nato.int, "NATO organizations and agencies"; CCDCOE is a
  // NATO-accredited centre of excellence). The alliance itself is no government body: the labelled sets disagree on it.
  agency('int-nato-ncia', 'INT', ['NATO Communications and Information Agency'], ['北约通信与信息局']),
  agency('int-nato-ccdcoe', 'INT', ['NATO Cooperative Cyber Defence Centre of Excellence', 'CCDCOE', 'CCD COE'], ['北约合作网络防御卓越中心', '北约卓越合作网络防御中心']),
  agency('un-security-council', 'UN', ['United Nations Security Council', 'UN Security Council', 'U.N. Security Council'], ['联合国安理会', '联合国安全理事会', '安理会']),
  agency('un-unodc', 'UN', ['United Nations Office on Drugs and Crime', 'UN Office on Drugs and Crime', 'UNODC'], ['联合国毒品和犯罪问题办公室']),
  agency('un-itu', 'UN', ['International Telecommunication Union', 'ITU'], ['国际电信联盟', '国际电联']),
  agency('un-commission-of-inquiry', 'UN', ['UN Independent International Commission of Inquiry', 'Independent International Commission of Inquiry'], ['联合国独立调查委员会', '联合国独立国际调查委员会']),
  agency('un-panel-of-experts', 'UN', ['UN Panel of Experts', 'United Nations Panel of Experts'], ['联合国专家小组']),
  // Germany
  agency('de-bsi', 'DE', ['Federal Office for Information Security', 'BSI', 'Bundesamt für Sicherheit in der Informationstechnik', 'German Federal Office for Information Security'], ['德国联邦信息安全办公室', '德国联邦信息安全局', '德国信息安全办公室', '德国网络安全局', '德国BSI']),
  agency('de-bka', 'DE', ['Federal Criminal Police Office', 'BKA', 'Bundeskriminalamt', 'German Federal Criminal Police Office'], ['德国联邦刑事警察局', '德国联邦刑警局', '德国联邦刑事调查局']),
  agency('de-bfv', 'DE', ['Federal Office for the Protection of the Constitution', 'BfV', 'Bundesamt für Verfassungsschutz'], ['德国联邦宪法保卫局', '德国联邦宪法保卫办公室']),
  agency('de-bfdi', 'DE', ['Federal Commissioner for Data Protection and Freedom of Information', 'BfDI'], ['德国联邦数据保护与信息自由专员', '德国联邦数据保护专员']),
  // France
  agency('fr-anssi', 'FR', ['National Cybersecurity Agency of France', 'ANSSI', 'French National Cybersecurity Agency'], ['法国国家网络安全局', '法国国家信息系统安全局', '法国ANSSI']),
  agency('fr-cnil', 'FR', ['Commission nationale de l’informatique et des libertés', 'CNIL'], ['法国国家信息与自由委员会', '法国数据保护机构', '法国国家信息自由委员会']),
  agency('fr-gendarmerie', 'FR', ['National Gendarmerie', 'Gendarmerie nationale', 'French Gendarmerie'], ['法国国家宪兵队', '法国国家宪兵', '法国宪兵队', '法国宪兵']),
  agency('fr-paris-prosecutor', 'FR', ["Paris prosecutor's office"], ['巴黎检察院', '巴黎检察官办公室']),
  agency('fr-dgsi', 'FR', ['General Directorate for Internal Security', 'DGSI'], ['法国国内安全总局', '法国对内安全总局']),
  // Netherlands
  agency('nl-ncsc', 'NL', ['Dutch National Cyber Security Centre', 'NCSC-NL'], ['荷兰国家网络安全中心']),
  agency('nl-ap', 'NL', ['Dutch Data Protection Authority', 'Autoriteit Persoonsgegevens'], ['荷兰数据保护局', '荷兰数据保护机构']),
  agency('nl-om', 'NL', ['Dutch Public Prosecution Service', 'Openbaar Ministerie'], ['荷兰检察院', '荷兰公共检察署']),
  agency('nl-police', 'NL', ['Dutch National Police', 'Politie'], ['荷兰国家警察', '荷兰国家警察局']),
  // Ireland
  agency('ie-dpc', 'IE', ['Data Protection Commission', 'Irish Data Protection Commission', 'Data Protection Commissioner', 'DPC'], ['爱尔兰数据保护委员会', '爱尔兰数据保护专员', '爱尔兰数据保护局']),
  agency('ie-ncsc', 'IE', ['Irish National Cyber Security Centre', 'NCSC Ireland'], ['爱尔兰国家网络安全中心']),
  agency('ie-garda', 'IE', ['An Garda Síochána', 'Garda Síochána', 'Gardaí', 'Garda'], ['爱尔兰警察', '爱尔兰国家警察']),
  // Italy
  agency('it-postal-police', 'IT', ['Italian Postal Police', 'Polizia Postale', 'Postal Police'], ['意大利邮政警察', '意大利邮政通信警察']),
  agency('it-acn', 'IT', ['Italian National Cybersecurity Agency', 'Agenzia per la Cybersicurezza Nazionale'], ['意大利国家网络安全局']),
  agency('it-garante', 'IT', ['Italian Data Protection Authority', 'Garante per la protezione dei dati personali', 'Garante'], ['意大利数据保护局', '意大利个人数据保护局']),
  agency('it-carabinieri', 'IT', ['Carabinieri'], ['意大利宪兵']),
  // Spain
  agency('es-incibe', 'ES', ['Spanish National Cybersecurity Institute', 'INCIBE'], ['西班牙国家网络安全研究所']),
  agency('es-aepd', 'ES', ['Spanish Data Protection Agency', 'AEPD'], ['西班牙数据保护局']),
  agency('es-guardia-civil', 'ES', ['Guardia Civil', 'Spanish Civil Guard'], ['西班牙国民警卫队', '西班牙宪兵']),
  agency('es-policia-nacional', 'ES', ['Spanish National Police', 'Policía Nacional'], ['西班牙国家警察']),
  // Nordics
  agency('no-nsm', 'NO', ['Norwegian National Security Authority', 'NSM'], ['挪威国家安全局']),
  agency('no-pst', 'NO', ['Norwegian Police Security Service'], ['挪威警察安全局', '挪威警察安全部门']),
  agency('no-datatilsynet', 'NO', ['Norwegian Data Protection Authority', 'Datatilsynet'], ['挪威数据保护局', '挪威数据保护机构']),
  agency('se-imy', 'SE', ['Swedish Authority for Privacy Protection', 'IMY'], ['瑞典隐私保护局']),
  agency('se-police', 'SE', ['Swedish Police Authority'], ['瑞典警察局']),
  agency('fi-traficom', 'FI', ['Finnish Transport and Communications Agency', 'Traficom'], ['芬兰交通和通信局', '芬兰运输和通信局']),
  agency('fi-ncsc', 'FI', ['National Cyber Security Centre Finland', 'NCSC-FI'], ['芬兰国家网络安全中心']),
  agency('dk-cfcs', 'DK', ['Danish Centre for Cyber Security', 'CFCS'], ['丹麦网络安全中心']),
  // Rest of Europe
  agency('be-ccb', 'BE', ['Centre for Cybersecurity Belgium'], ['比利时网络安全中心']),
  agency('ch-ncsc', 'CH', ['Swiss National Cyber Security Centre', 'NCSC Switzerland', 'NCSC.ch'], ['瑞士国家网络安全中心']),
  agency('ch-fedpol', 'CH', ['Swiss Federal Office of Police', 'fedpol'], ['瑞士联邦警察局']),
  agency('at-cert', 'AT', ['CERT.at', 'Austrian CERT'], ['奥地利计算机应急响应小组']),
  agency('pl-cert', 'PL', ['CERT Polska'], ['波兰计算机应急响应小组']),
  agency('pl-uodo', 'PL', ['Polish Personal Data Protection Office', 'UODO'], ['波兰个人数据保护办公室']),
  agency('cz-nukib', 'CZ', ['National Cyber and Information Security Agency', 'NÚKIB', 'NUKIB'], ['捷克国家网络与信息安全局']),
  agency('ee-ria', 'EE', ['Estonian Information System Authority', 'Information System Authority'], ['爱沙尼亚信息系统管理局', '爱沙尼亚信息系统局']),
  agency('lv-cert', 'LV', ['CERT.LV', 'CERT-LV'], ['拉脱维亚计算机应急响应小组']),
  agency('lv-mod', 'LV', ['Latvian Ministry of Defence', 'Latvian MoD'], ['拉脱维亚国防部']),
  agency('lt-nksc', 'LT', ['National Cyber Security Centre of Lithuania', 'NKSC'], ['立陶宛国家网络安全中心']),
  agency('ua-sbu', 'UA', ['Security Service of Ukraine', 'SBU'], ['乌克兰安全局', '乌克兰国家安全局', '乌克兰安全部门']),
  agency('ua-cert', 'UA', ['CERT-UA'], ['乌克兰计算机应急响应小组', '乌克兰计算机应急响应团队']),
  agency('ua-mod', 'UA', ['Ukrainian Ministry of Defence', 'Ukrainian Ministry of Defense', 'Ministry of Defence of Ukraine'], ['乌克兰国防部']),
  agency('ua-ssscip', 'UA', ['State Service of Special Communications and Information Protection', 'SSSCIP'], ['乌克兰国家特殊通信和信息保护局', '乌克兰国家特殊通信局']),
  agency('ua-cyber-police', 'UA', ['Cyber Police of Ukraine', 'Ukrainian Cyber Police'], ['乌克兰网络警察']),
  agency('ru-fsb', 'RU', ['Federal Security Service', 'FSB'], ['俄罗斯联邦安全局', '俄联邦安全局', '俄罗斯安全局']),
  agency('ru-gru', 'RU', ['GRU', 'Main Intelligence Directorate', 'Russian military intelligence directorate', 'Main Directorate of the General Staff'], ['俄罗斯军事情报局', '格鲁乌', '俄罗斯总参谋部情报总局', '俄军总参情报总局']),
  agency('ru-svr', 'RU', ['Foreign Intelligence Service', 'SVR'], ['俄罗斯对外情报局', '俄罗斯外国情报局']),
  agency('ru-kremlin', 'RU', ['Kremlin'], ['克里姆林宫']),
  agency('ru-mvd', 'RU', ['Russian Ministry of Internal Affairs', 'Russian Interior Ministry', 'MVD'], ['俄罗斯内政部', '俄内政部']),
  agency('ru-fns', 'RU', ['Federal Tax Service'], ['俄罗斯联邦税务局']),
  agency('ru-roskomnadzor', 'RU', ['Roskomnadzor'], ['俄罗斯联邦通信、信息技术和大众传媒监督局', '俄罗斯联邦通信监督局']),
  agency('ru-mchs', 'RU', ['Russian Ministry of Emergency Situations', 'EMERCOM'], ['俄罗斯紧急情况部']),
  // China
  agency('cn-mps', 'CN', ['Ministry of Public Security', 'MPS', 'Chinese Ministry of Public Security'], ['公安部', '中国公安部', '中华人民共和国公安部']),
  agency('cn-public-security-organs', 'CN', ['Public security organs'], ['公安机关', '公安部门', '公安', '公安局']),
  agency('cn-cyber-police', 'CN', ['Cyber police (China)'], ['网安部门', '公安网安部门', '公安网安']),
  // gov.cn: the Central Institutional Organization Commission's office and its official short name.
  agency('cn-scopsr', 'CN', ['Office of the Central Institutional Organization Commission'], ['中央机构编制委员会办公室', '中央编办']),
  agency('cn-cac', 'CN', ['Cyberspace Administration of China', 'CAC'], ['国家互联网信息办公室', '国家网信办', '网信办', '中央网信办', '中央网络安全和信息化委员会办公室', '网信部门']),
  agency('cn-miit', 'CN', ['Ministry of Industry and Information Technology', 'MIIT'], ['工业和信息化部', '工信部', '中国工信部']),
  agency('cn-cncert', 'CN', ['CNCERT', 'CNCERT/CC', 'National Computer Network Emergency Response Technical Team/Coordination Center of China'], ['国家互联网应急中心', '国家计算机网络应急技术处理协调中心']),
  agency('cn-cnnvd', 'CN', ['China National Vulnerability Database of Information Security', 'CNNVD'], ['国家信息安全漏洞库', '中国国家信息安全漏洞库']),
  agency('cn-cnvd', 'CN', ['China National Vulnerability Database', 'CNVD'], ['国家信息安全漏洞共享平台']),
  agency('cn-mss', 'CN', ['Ministry of State Security', 'MSS'], ['国家安全部', '中国国家安全部', '国家安全机关']),
  agency('cn-samr', 'CN', ['State Administration for Market Regulation', 'SAMR'], ['国家市场监督管理总局', '市场监管总局', '国家市场监管总局']),
  agency('cn-spc', 'CN', ["Supreme People's Court"], ['最高人民法院', '最高法']),
  agency('cn-spp', 'CN', ["Supreme People's Procuratorate"], ['最高人民检察院', '最高检']),
  agency('cn-csrc', 'CN', ['China Securities Regulatory Commission', 'CSRC'], ['中国证券监督管理委员会', '中国证监会', '证监会']),
  agency('cn-most', 'CN', ['Ministry of Science and Technology'], ['科学技术部', '科技部']),
  agency('cn-pboc', 'CN', ["People's Bank of China", 'PBOC'], ['中国人民银行', '人民银行']),
  agency('cn-state-council', 'CN', ['State Council'], ['国务院', '中国国务院']),
  agency('cn-npc', 'CN', ["National People's Congress"], ['全国人民代表大会', '全国人大']),
  agency('cn-npcsc', 'CN', ["Standing Committee of the National People's Congress"], ['全国人民代表大会常务委员会', '全国人大常委会']),
  agency('cn-tc260', 'CN', ['National Information Security Standardization Technical Committee', 'TC260'], ['全国信息安全标准化技术委员会', '信安标委', '全国网络安全标准化技术委员会']),
  agency('cn-nfra', 'CN', ['National Financial Regulatory Administration', 'NFRA'], ['国家金融监督管理总局', '金融监管总局', '国家金融监管总局']),
  agency('cn-cbirc', 'CN', ['China Banking and Insurance Regulatory Commission', 'CBIRC'], ['中国银行保险监督管理委员会', '中国银保监会', '银保监会']),
  agency('cn-ndrc', 'CN', ['National Development and Reform Commission', 'NDRC'], ['国家发展和改革委员会', '国家发改委', '发改委', '国家发展改革委']),
  agency('cn-nda', 'CN', ['National Data Administration'], ['国家数据局']),
  agency('cn-ca', 'CN', ['Communications Administration'], ['通信管理局']),
  agency('cn-mfa', 'CN', ['Ministry of Foreign Affairs of China', 'Chinese Foreign Ministry'], ['外交部', '中国外交部']),
  agency('cn-mod', 'CN', ['Ministry of National Defense of China', 'Chinese Ministry of National Defense'], ['国防部', '中国国防部']),
  agency('cn-moe', 'CN', ['Ministry of Education of China'], ['教育部', '中国教育部']),
  agency('cn-nhc', 'CN', ['National Health Commission'], ['国家卫生健康委员会', '国家卫健委', '国家卫生健康委']),
  agency('cn-moj', 'CN', ['Ministry of Justice of China'], ['中国司法部', '中华人民共和国司法部', '司法部']),
  agency('cn-nsb', 'CN', ['National Administration of State Secrets Protection'], ['国家保密局', '国家保密行政管理部门']),
  // Hong Kong, Macau, Taiwan
  agency('hk-police', 'HK', ['Hong Kong Police Force', 'Hong Kong Police'], ['香港警方', '香港警务处', '香港警察']),
  agency('hk-pcpd', 'HK', ['Privacy Commissioner for Personal Data', 'PCPD'], ['香港个人资料私隐专员公署', '私隐专员公署', '个人资料私隐专员公署']),
  agency('hk-hkcert', 'HK', ['Hong Kong Computer Emergency Response Team Coordination Centre', 'HKCERT'], ['香港计算机保安事故协调中心', '香港电脑保安事故协调中心']),
  agency('tw-mjib', 'TW', ['Investigation Bureau, Ministry of Justice', 'MJIB'], ['法务部调查局', '台湾法务部调查局']),
  agency('tw-moda', 'TW', ['Ministry of Digital Affairs', 'MODA'], ['数位发展部', '台湾数字发展部']),
  // Japan, Korea
  agency('jp-jpcert', 'JP', ['JPCERT/CC', 'JPCERT', 'Japan Computer Emergency Response Team Coordination Center'], ['日本计算机应急响应小组协调中心', '日本计算机应急响应小组']),
  agency('jp-npa', 'JP', ['National Police Agency of Japan', "Japan's National Police Agency"], ['日本警察厅', '警察厅']),
  agency('jp-nisc', 'JP', ['National center of Incident readiness and Strategy for Cybersecurity', 'NISC'], ['日本内阁网络安全中心', '日本国家网络安全事件应对战略中心', '内阁网络安全中心']),
  agency('jp-ppc', 'JP', ['Personal Information Protection Commission of Japan', "Japan's Personal Information Protection Commission"], ['日本个人信息保护委员会']),
  agency('kr-kisa', 'KR', ['Korea Internet & Security Agency', 'KISA', 'Korea Internet and Security Agency'], ['韩国互联网振兴院', '韩国互联网安全局', '韩国网络振兴院']),
  agency('kr-nis', 'KR', ['National Intelligence Service'], ['韩国国家情报院', '韩国国情院', '国情院']),
  agency('kr-knpa', 'KR', ['Korean National Police Agency', 'KNPA'], ['韩国警察厅', '韩国国家警察厅']),
  agency('kr-pipc', 'KR', ['Personal Information Protection Commission of Korea', 'PIPC'], ['韩国个人信息保护委员会']),
  agency('kp-rgb', 'KP', ['Reconnaissance General Bureau'], ['朝鲜侦察总局', '侦察总局']),
  // South and South-East Asia
  agency('in-cert', 'IN', ['Indian Computer Emergency Response Team', 'CERT-In'], ['印度计算机应急响应小组', '印度计算机应急响应团队']),
  agency('in-meity', 'IN', ['Ministry of Electronics and Information Technology', 'MeitY'], ['印度电子和信息技术部', '印度电子信息技术部']),
  agency('in-nciipc', 'IN', ['National Critical Information Infrastructure Protection Centre', 'NCIIPC'], ['印度国家关键信息基础设施保护中心']),
  agency('in-cbi', 'IN', ['Central Bureau of Investigation', 'CBI'], ['印度中央调查局']),
  agency('in-rbi', 'IN', ['Reserve Bank of India', 'RBI'], ['印度储备银行', '印度央行']),
  agency('sg-csa', 'SG', ['Cyber Security Agency of Singapore', 'CSA Singapore'], ['新加坡网络安全局']),
  agency('sg-pdpc', 'SG', ['Personal Data Protection Commission', 'PDPC'], ['新加坡个人数据保护委员会']),
  agency('sg-spf', 'SG', ['Singapore Police Force'], ['新加坡警察部队', '新加坡警方']),
  agency('sg-mas', 'SG', ['Monetary Authority of Singapore'], ['新加坡金融管理局', '新加坡金管局']),
  agency('id-bssn', 'ID', ['National Cyber and Crypto Agency', 'BSSN'], ['印尼国家网络与密码局', '印度尼西亚国家网络与密码局']),
  agency('my-cybersecurity', 'MY', ['CyberSecurity Malaysia'], ['马来西亚网络安全局', '马来西亚网络安全机构']),
  agency('ph-npc', 'PH', ['National Privacy Commission'], ['菲律宾国家隐私委员会']),
  agency('ph-dict', 'PH', ['Department of Information and Communications Technology'], ['菲律宾信息通信技术部']),
  // Oceania
  agency('au-acsc', 'AU', ['Australian Cyber Security Centre', 'ACSC'], ['澳大利亚网络安全中心', '澳洲网络安全中心']),
  agency('au-asd', 'AU', ['Australian Signals Directorate', 'ASD'], ['澳大利亚信号局', '澳大利亚信号理事会']),
  agency('au-afp', 'AU', ['Australian Federal Police', 'AFP'], ['澳大利亚联邦警察', '澳大利亚联邦警察局', '澳联邦警察', '澳洲联邦警察']),
  agency('au-oaic', 'AU', ['Office of the Australian Information Commissioner', 'OAIC', 'Australian Information Commissioner'], ['澳大利亚信息专员办公室', '澳大利亚信息专员', '澳洲信息专员']),
  agency('au-accc', 'AU', ['Australian Competition and Consumer Commission', 'ACCC'], ['澳大利亚竞争与消费者委员会']),
  agency('au-home-affairs', 'AU', ['Department of Home Affairs'], ['澳大利亚内政部']),
  agency('nz-ncsc', 'NZ', ['New Zealand National Cyber Security Centre', 'NCSC NZ'], ['新西兰国家网络安全中心']),
  agency('nz-cert', 'NZ', ['CERT NZ'], ['新西兰计算机应急响应小组']),
  // Americas
  agency('ca-cccs', 'CA', ['Canadian Centre for Cyber Security', 'CCCS'], ['加拿大网络安全中心']),
  // The federal health department's own name (canada.ca, "Health Canada").
  agency('ca-health-canada', 'CA', ['Health Canada'], ['加拿大卫生部']),
  agency('ca-rcmp', 'CA', ['Royal Canadian Mounted Police', 'RCMP'], ['加拿大皇家骑警']),
  agency('ca-opc', 'CA', ['Office of the Privacy Commissioner of Canada', 'Privacy Commissioner of Canada'], ['加拿大隐私专员办公室', '加拿大隐私专员']),
  agency('ca-cse', 'CA', ['Communications Security Establishment'], ['加拿大通信安全局']),
  agency('ca-csis', 'CA', ['Canadian Security Intelligence Service', 'CSIS'], ['加拿大安全情报局']),
  agency('br-anpd', 'BR', ['Brazilian National Data Protection Authority', 'ANPD'], ['巴西国家数据保护局']),
  agency('br-pf', 'BR', ['Brazilian Federal Police', 'Polícia Federal'], ['巴西联邦警察']),
  // Middle East and Africa
  agency('il-incd', 'IL', ['Israel National Cyber Directorate', 'INCD'], ['以色列国家网络管理局', '以色列国家网络局']),
  agency('ir-irgc', 'IR', ['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards', 'Revolutionary Guard Corps'], ['伊朗伊斯兰革命卫队', '伊斯兰革命卫队']),
  agency('ae-csc', 'AE', ['UAE Cyber Security Council'], ['阿联酋网络安全委员会']),
  agency('sa-nca', 'SA', ['Saudi National Cybersecurity Authority'], ['沙特国家网络安全局']),
  agency('za-info-regulator', 'ZA', ['Information Regulator of South Africa', "South Africa's Information Regulator"], ['南非信息监管机构']),
  agency('za-saps', 'ZA', ['South African Police Service', 'SAPS'], ['南非警察局', '南非警察署']),
  agency('ng-efcc', 'NG', ['Economic and Financial Crimes Commission', 'EFCC'], ['尼日利亚经济和金融犯罪委员会', '尼日利亚经济与金融犯罪委员会']),
];

/**
 * The agency gazetteer: the curated entries, then the named national and international bodies
 * generated from official lists (engine/data/agencies.generated.ts, scripts/agency-data/).
 */
export const AGENCIES: readonly GazetteerEntry[] = [
  ...AGENCIES_CURATED,
  ...GENERATED_AGENCIES.map(([id, country, en, zh]) => ({ id, en: [...en], zh: [...zh], attrs: { country } })),
];

/**
 * Phrases that contain an agency alias but do not name that agency (国家安全部门 is "state security
 * departments", not 国家安全部; Mobile World Congress is no legislature). The matcher is
 * leftmost-longest, so listing them shadows the shorter alias; the extractor drops their hits.
 */
export const AGENCY_BLOCKERS: readonly string[] = [
  '国家安全部门',
  '国家安全部委',
  'Mobile World Congress',
  'World Congress',
  'Lake Garda',
  'Secret Service agent',
  '白宫网站',
];
