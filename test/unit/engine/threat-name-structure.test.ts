import { describe, expect, test } from 'vitest';
import { findAliasAfter, findStructuredThreatNames } from '../../../engine/gazetteer/threat-name-structure';
import { actorExtractor } from '../../../engine/facts/actor-extractor';
import { malwareExtractor } from '../../../engine/facts/malware-extractor';

const refDate = new Date(Date.UTC(2024, 0, 15));
const ctx = (text: string, lang = 'en') => ({ text, lang, published: null, refDate, excluded: [] });

/** [name, role] pairs found by structure; own sentences with invented names. */
function found(text: string): [string, string][] {
  return findStructuredThreatNames(text).map((n) => [text.slice(n.start, n.end), n.role]);
}

describe('threat names by the words around them', () => {
  test.each<[string, [string, string][]]>([
    // English: a head after the name.
    ['Researchers found that the Quorvex ransomware encrypted the file servers.', [['Quorvex', 'malware']]],
    ['The attackers deployed the Brindle Moth stealer on every laptop.', [['Brindle Moth', 'malware']]],
    ['Analysts traced the intrusion to a ZyphLoader backdoor.', [['ZyphLoader', 'malware']]],
    ['Victims were infected with the Tarnwick RAT last spring.', [['Tarnwick RAT', 'malware']]],
    ['A new version of the Gorvana botnet hit routers.', [['Gorvana', 'malware']]],
    ['The Velmora gang claimed the attack on its leak site.', [['Velmora', 'actor']]],
    ['Police arrested members of the Dravik hacking group.', [['Dravik', 'actor']]],
    ['The Quorvex ransomware gang listed the council.', [['Quorvex', 'actor']]],
    // English: a head before the name, and naming phrases.
    ['The attack was claimed by the ransomware gang Velmora.', [['Velmora', 'actor']]],
    ['Experts analysed a new stealer dubbed Pellucid that targets wallets.', [['Pellucid', 'malware']]],
    ['A group calling itself Iron Wicket claimed the outage.', [['Iron Wicket', 'actor']]],
    ['Mandiant tracks the activity cluster as UNC5821 and Microsoft as Storm-1902.', [['UNC5821', 'actor'], ['Storm-1902', 'actor']]],
    ['The campaign, attributed to TA4903, used DEV-0413 infrastructure.', [['TA4903', 'actor'], ['DEV-0413', 'actor']]],
    // Chinese.
    ['研究人员发现Quorvex勒索软件加密了服务器。', [['Quorvex', 'malware']]],
    ['Velmora勒索软件团伙声称对此次攻击负责。', [['Velmora', 'actor']]],
    ['该事件由黑客组织Dravik发起。', [['Dravik', 'actor']]],
    ['一个名为Pellucid的新型恶意软件正在传播。', [['Pellucid', 'malware']]],
    ['攻击者部署了Gorvana 2.1木马。', [['Gorvana 2.1', 'malware']]],
    ['研究人员发现了“青蛇”木马的新样本。', [['青蛇', 'malware']]],
    ['防范Tarnwick 3.0等复杂恶意软件需要多层防护。', [['Tarnwick 3.0', 'malware']]],
    ['该团伙被微软追踪为风暴-1902。', [['风暴-1902', 'actor']]],
    ['警方锁定犯罪嫌疑人陈某、刘某某，并于次日将二人抓获。', [['陈某', 'actor'], ['刘某某', 'actor']]],
    ['民警将郑某抓获，郑某对其非法获取数据的行为供认不讳。', [['郑某', 'actor']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    // Generic words, platforms, nationalities and title case are not names.
    'The new ransomware encrypted the servers.',
    'Chinese hackers and Iranian threat actors were blamed.',
    'A custom Android banking trojan spread through the store.',
    'Ransomware Attack Disrupts Hospital Services',
    'The Atlanta ransomware attack cost millions.',
    'Microsoft malware protection flagged the file.',
    'The hospital paid a $40K ransomware demand.',
    'Shares of the Adani group fell today.',
    'Kremlin-backed hackers targeted the grid.',
    'They used a Visual Basic Script dropper.',
    'MongoDB hackers went after exposed databases.',
    'The plant installed a monitoring tool called GridKeeper.',
    // Chinese: generic heads, biological viruses, organisations named 组织.
    '黑客组织发起了攻击，目前尚未归因。',
    '该患者体内未检测到HIV病毒。',
    '许多国家都有称为CERT的组织。',
    '该公司使用Windows木马查杀工具。',
    '受害人王某报警称其账户被盗。',
  ])('nothing in: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  test('an alias right after a name', () => {
    const text = 'Kestrel（又名 Orvane）于去年首次被记录。';
    const alias = findAliasAfter(text, 'Kestrel'.length);
    expect(alias && text.slice(alias.start, alias.end)).toBe('Orvane');
    expect(findAliasAfter('Kestrel was first seen last year.', 7)).toBeNull();
  });
});

describe('the extractors report names no list holds', () => {
  test('actor and malware from one sentence, head words left out', () => {
    const text = 'The Velmora gang deployed the Quorvex ransomware against the city.';
    expect(actorExtractor.extract(ctx(text)).map((f) => f.text)).toEqual(['Velmora']);
    expect(malwareExtractor.extract(ctx(text)).map((f) => f.text)).toEqual(['Quorvex']);
  });

  test('a listed name keeps its list decision and id', () => {
    const facts = malwareExtractor.extract(ctx('The machines ran the Emotet loader again.'));
    expect(facts.map((f) => [f.text, f.id])).toEqual([['Emotet', 'malware:emotet']]);
    expect(actorExtractor.extract(ctx('The machines ran the Emotet loader again.'))).toEqual([]);
  });

  test('names in links are not mentions', () => {
    expect(malwareExtractor.extract(ctx('See https://example.com/quorvex-ransomware/UNC5821 now.')).map((f) => f.text)).toEqual([]);
    expect(actorExtractor.extract(ctx('See https://example.com/reports/UNC5821 now.')).map((f) => f.text)).toEqual([]);
  });

  test('an alias of a listed family gets its role', () => {
    const facts = malwareExtractor.extract(ctx('研究人员分析了Emotet（又名 Tarvelo）的新样本。', 'zh'));
    expect(facts.map((f) => f.text)).toEqual(['Emotet', 'Tarvelo']);
  });

  test('generic kinds and languages are no family', () => {
    expect(malwareExtractor.extract(ctx('A keylogger and a Downloader written in VBScript and AutoIT.')).map((f) => f.text)).toEqual([]);
  });
});
