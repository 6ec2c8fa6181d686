import { describe, expect, test } from 'vitest';
import { agencyExtractor } from '../../../engine/facts/agency-extractor';
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
  ["Latvia's government condemned the attack.", 'en', [["Latvia's government", 'Latvian government', 'agency:lv-government']]],
  ['The Marion County Sheriff’s Office confirmed it.', 'en', [['Marion County Sheriff’s Office', 'Marion County Sheriff’s Office']]],
  ['The Springfield Police Department opened a case.', 'en', [['Springfield Police Department', 'Springfield Police Department']]],
  ['The New York Attorney General sued the firm.', 'en', [['New York Attorney General', 'New York Attorney General']]],
  ['The Ministry of Digital Affairs was notified.', 'en', [['Ministry of Digital Affairs', 'Ministry of Digital Affairs', 'agency:tw-moda']]],
  ['The Estonian Ministry of Economic Affairs and Communications said so.', 'en', [['Estonian Ministry of Economic Affairs and Communications', 'Estonian Ministry of Economic Affairs and Communications']]],
  ['The Civil Aviation Authority (CAA) was told.', 'en', [['Civil Aviation Authority', 'Civil Aviation Authority']]],
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
];

/** Sentences with nothing that is an agency. */
const negatives: [string, string][] = [
  ['Regulators and law enforcement were informed.', 'en'],
  ['The relevant security authorities are looking into it.', 'en'],
  ['The police said the suspect fled.', 'en'],
  ['Local police responded to the scene.', 'en'],
  ['He saved the icon as an afp file in his home office.', 'en'],
  ['The government announced a new plan.', 'en'],
  ['The company hired a former Secret Service agent.', 'en'],
  ['She spoke at Mobile World Congress.', 'en'],
  ['The Department of Computer Science hosted the talk.', 'en'],
  ['The World Anti-Doping Agency (WADA) was hacked.', 'en'],
  ['监管机构和相关部门已介入调查。', 'zh'],
  ['执法部门表示，政府将加强监管。', 'zh'],
  ['当地警方称，国家安全部门高度重视。', 'zh'],
  ['欧美警方加强合作。', 'zh'],
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
