import { describe, expect, test } from 'vitest';
import { agencyExtractor } from '../../../engine/facts/agency-extractor';

/** Agencies named in Chinese by pattern (issue 11): foreign national bodies, US federal courts and attorneys. Invented sentences. */
const refDate = new Date(Date.UTC(2024, 4, 1));

function agencies(text: string): string[] {
  return agencyExtractor.extract({ text, lang: 'zh', published: null, refDate, excluded: [] }).map((f) => f.text);
}

const cases: [string, string[]][] = [
  // 安全 inside a national body's name no list holds.
  ['墨西哥国家数字安全局发布了警告。', ['墨西哥国家数字安全局']],
  ['秘鲁国家数字安全局表示正在调查。', ['秘鲁国家数字安全局']],
  // A US district's federal attorney and court: the district word stands between place and body.
  ['纽约南区联邦检察官办公室起诉了两名黑客。', ['纽约南区联邦检察官办公室']],
  ['此案由加州北区联邦地区法院审理。', ['加州北区联邦地区法院']],
  ['弗吉尼亚州东区联邦法院判处他五年徒刑。', ['弗吉尼亚州东区联邦法院']],
];

describe('Chinese agency patterns', () => {
  test.each(cases)('%s', (text, expected) => {
    expect(agencies(text)).toEqual(expected);
  });
  test('全 alone still stops a national body: 国家全面… is no name', () => {
    expect(agencies('这是国家全面加强网络管理局面的一步。')).toEqual([]);
  });
});
