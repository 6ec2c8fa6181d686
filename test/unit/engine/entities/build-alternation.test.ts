import { describe, expect, test } from 'vitest';
import { buildAlternation, escapeRegExp } from '../../../../engine/entities/build-alternation';

describe('buildAlternation', () => {
  test('puts the longest alternative first, so it wins', () => {
    const re = new RegExp(buildAlternation(['公司', '有限公司', 'call centre', 'call centres']), 'u');
    expect(re.exec('某某有限公司')?.[0]).toBe('有限公司');
    expect(re.exec('customer call centres')?.[0]).toBe('call centres');
  });

  test.each([
    { items: ['a.b', 'c+'], text: 'axb', raw: false, matches: false },
    { items: ['a.b'], text: 'axb', raw: true, matches: true },
    { items: ['Click & Drop'], text: 'Click & Drop', raw: false, matches: true },
  ])('escapes literals unless raw: $items in $text', ({ items, text, raw, matches }) => {
    expect(new RegExp(`^${buildAlternation(items, { raw })}$`, 'u').test(text)).toBe(matches);
  });

  test('escapeRegExp escapes every metacharacter', () => {
    expect(escapeRegExp('a.b*c(d)[e]{f}|g\\h^$?+')).toBe('a\\.b\\*c\\(d\\)\\[e\\]\\{f\\}\\|g\\\\h\\^\\$\\?\\+');
  });
});
