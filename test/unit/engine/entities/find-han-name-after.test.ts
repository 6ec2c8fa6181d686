import { describe, expect, test } from 'vitest';
import { findHanNameAfter } from '../../../../engine/entities/find-han-name-after';

/** [text, where the descriptor ends (the marker |), expected name or null] — own sentences. */
const cases: [string, string | null][] = [
  ['日本汽车制造商|铃木遭遇网络攻击', '铃木'],
  ['美国医疗保健公司|森林谷健康表示，系统已恢复', '森林谷健康'],
  ['德国物流服务商|北岸速运近日确认遭到攻击', '北岸速运'],
  ['英国邮政巨头|皇家邮政Royal Mail', '皇家邮政'],
  ['该公司|表示正在调查', null],
  ['该公司|的系统遭到入侵', null],
  ['这家零售公司|似乎未受影响', null],
  // A run that reaches the length limit without a boundary cannot be told apart from a clause.
  ['制造商|星河北岸南山东海西湖', null],
  ['这家公司|称', null],
];

describe('findHanNameAfter', () => {
  test.each(cases)('%s → %s', (marked, expected) => {
    const at = marked.indexOf('|');
    const text = marked.slice(0, at) + marked.slice(at + 1);
    const span = findHanNameAfter(text, at);
    expect(span ? text.slice(span.start, span.end) : null).toBe(expected);
  });
});
