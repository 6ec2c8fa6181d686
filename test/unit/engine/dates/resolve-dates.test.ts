import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldDateText, resolveDates } from '../../../../engine/dates/resolve-dates';

/** A Saturday: weekday arithmetic in these cases is checked by hand against a 2023 calendar. */
const REF = new Date('2023-01-14T00:00:00Z');

interface Case {
  name: string;
  text: string;
  /** [text, value] of every date expected, in order; relative ones end with '~'. */
  dates: string[];
  ref?: string;
}

function summarize(text: string, ref = REF, refIsPublished = true): string[] {
  return resolveDates(text, { refDate: ref, refIsPublished }).map(
    (m) => `${m.text}=${m.value}${m.relative ? '~' : ''}`,
  );
}

const chinese: Case[] = [
  {
    name: 'dateline anchors 昨天 and 周三',
    text: '1月12日消息，某邮政公司遭网络攻击，事件是在昨天被发现的。该公司周三表示，国际服务暂停。',
    dates: ['1月12日=2023-01-12', '昨天=2023-01-11~', '周三=2023-01-11~'],
  },
  {
    name: 'full dates, year-month, year; spaces between digits',
    text: '2022年11月曾发生罢工；2023 年 1 月 10 日晚上系统恢复；该公司成立于2017年。',
    dates: ['2022年11月=2022-11', '2023 年 1 月 10 日=2023-01-10', '2017年=2017'],
  },
  {
    name: 'a date inside a larger one comes out whole',
    text: '据报道，2022年10月27日晚，交易完成。',
    dates: ['2022年10月27日=2022-10-27'],
  },
  {
    name: 'day only takes the month last mentioned',
    text: '12月20日系统中断，22日晚恢复。',
    ref: '2022-12-23',
    dates: ['12月20日=2022-12-20', '22日=2022-12-22~'],
  },
  {
    name: 'day only before any month: the anchor month',
    text: '当地时间27日晚，交易完成。',
    ref: '2022-10-29',
    dates: ['27日=2022-10-27~'],
  },
  {
    name: 'month with 初/份 suffix and 自 (up to two months ahead stays in the year)',
    text: '10月初出现异常，自4月起冻结，12月份访问量下降。',
    ref: '2022-10-29',
    dates: ['10月=2022-10', '4月=2022-04', '12月份=2022-12'],
  },
  {
    name: 'a range inherits its year',
    text: '2022年8月至9月期间，攻击激增。',
    ref: '2023-01-10',
    dates: ['2022年8月=2022-08', '9月=2022-09'],
  },
  {
    name: 'weeks are Monday-based: 上周五, 本周一, 下周一',
    text: '上周五发现入侵，本周一通报，下周一恢复。',
    dates: ['上周五=2023-01-06~', '本周一=2023-01-09~', '下周一=2023-01-16~'],
  },
  {
    name: '星期 and bare weekday: on or before the reference',
    text: '星期六上午系统宕机，前天已有征兆。',
    dates: ['星期六=2023-01-14~', '前天=2023-01-12~'],
  },
  {
    name: 'relative months and years',
    text: '上个月该组织发起攻击，去年11月也曾发生，今年6月将审计，去年损失更大，今年形势严峻。',
    dates: ['上个月=2022-12~', '去年11月=2022-11~', '今年6月=2023-06~', '去年=2022~', '今年=2023~'],
  },
  {
    name: 'weekday in brackets after a date restates it: the date alone, no second fact',
    text: '该事件发生在12月20日（星期二）深夜。',
    ref: '2022-12-23',
    dates: ['12月20日=2022-12-20'],
  },
  {
    name: 'date in brackets after a weekday says which',
    text: '领导人有信心在周四（22日）发布印刷版。',
    ref: '2022-12-20',
    dates: ['周四（22日）=2022-12-22~'],
  },
  {
    name: 'a relative date restated by an explicit one: the explicit date is the fact',
    text: 'Dish上周遭遇攻击，截至本周三（3月1日）仍在恢复，从上周四（2月23日）以来瘫痪。客户在一周前即2月25日收到告警，样本在三周前（2月11日）被签名。',
    ref: '2023-03-04',
    dates: ['上周=2023-02~', '3月1日=2023-03-01', '2月23日=2023-02-23', '2月25日=2023-02-25', '2月11日=2023-02-11'],
  },
  {
    name: 'day only well after the reference day is last month',
    text: '27日晚，交易完成。',
    ref: '2023-01-14',
    dates: ['27日=2022-12-27~'],
  },
  {
    name: 'N units ago',
    text: '两个月前，另一家车企也遭攻击；三天前又发生一起。',
    ref: '2023-02-20',
    dates: ['两个月前=2022-12~', '三天前=2023-02-17~'],
  },
  {
    name: 'Latin text glued to CJK and full-width punctuation',
    text: 'Medibank于2022年10月13日（周四）发现异常。LockBit在１月５日发布了数据。',
    dates: ['2022年10月13日=2022-10-13', '１月５日=2023-01-05'],
  },
  {
    name: 'a day followed by 报道 or 报送 (reported on), not 日报 (a daily)',
    text: '据路透社2月17日报道，该漏洞由研究人员于2023年1月18日报送。人民日报评论称此事影响广泛。',
    ref: '2023-02-20',
    dates: ['2月17日=2023-02-17', '2023年1月18日=2023-01-18'],
  },
  {
    name: 'a labelled date field',
    text: '某医院遭勒索软件攻击\n时间：2月3日\n医院确认门诊系统中断。',
    ref: '2023-02-20',
    dates: ['2月3日=2023-02-03'],
  },
  {
    name: 'a dateline weeks before publication does not anchor 今天',
    text: '1月7日周六晚上，系统遭勒索软件攻击。该公司今天表示，已报警。',
    ref: '2023-01-21',
    dates: ['1月7日=2023-01-07', '今天=2023-01-21~'],
  },
  {
    name: 'a month told as what happened is not more than a month after publication; a plan or a bare month still can be',
    text: '该集团已于2月底发现入侵。新规将于2月起施行。2月的会议讨论了预算。黑客曾在3月5日窃取数据。',
    ref: '2024-12-05',
    dates: ['2月=2024-02', '2月=2025-02', '2月=2025-02', '3月5日=2024-03-05'],
  },
];

const chineseNegatives: Case[] = [
  { name: 'durations', text: '系统中断了24个小时，恢复用了两天，过去三年，为期三天，每 30 分钟，3个月内', dates: [] },
  { name: 'counts, money, times, versions', text: '泄露1.5亿条记录，赎金2000万元，17:00恢复，Windows 10 受影响，ISO 27001认证', dates: [] },
  { name: 'opening hours', text: '客服热线：周一至周五 9:00-18:00，星期一到星期五均可', dates: [] },
  { name: 'vulnerability ids', text: '漏洞CVE-2021-22048和CVE-2023-1234已修复', dates: [] },
  { name: 'law titles and decades', text: '《2022年隐私立法修正案》出台，90年代的系统', dates: [] },
  { name: 'a number of days kept or lasting', text: '视频图像信息至少留存30日，整改为期15日，保存期限20日以上', dates: [] },
  { name: '日 in words and 号 as a number', text: '日本警方调查，请使用2号机器人，查看日志，30日内答复，每周一例会，一周三次', dates: [] },
];

const english: Case[] = [
  {
    name: 'month-day forms with and without year',
    text: 'The outage began on January 12 and was disclosed on 12 January 2023; Jan. 10 saw the first signs.',
    dates: ['January 12=2023-01-12', '12 January 2023=2023-01-12', 'Jan. 10=2023-01-10'],
  },
  {
    name: 'weekday-led full date and timeline line',
    text: 'Friday, January 13, 2023 was the cut-off.\nFebruary 23: the company disclosed the breach.',
    ref: '2023-03-03',
    dates: ['Friday, January 13, 2023=2023-01-13', 'February 23=2023-02-23'],
  },
  {
    name: 'relative days and weekdays against the byline date',
    text: 'January 13, 2023. The hospital said yesterday that systems failed on Wednesday; last Tuesday was calm and it expects recovery next Monday.',
    dates: [
      'January 13, 2023=2023-01-13',
      'yesterday=2023-01-12~',
      'Wednesday=2023-01-11~',
      'last Tuesday=2023-01-10~',
      'next Monday=2023-01-16~',
    ],
  },
  {
    name: 'months and years',
    text: 'Data stolen in November 2022 appeared in 2019 archives? No: since 2015, and in October it leaked; early May and mid-March too.',
    // "early May and mid-March": a pair joined by "and" shares its year, like a range.
    dates: ['November 2022=2022-11', '2019=2019', '2015=2015', 'October=2022-10', 'early May=2022-05', 'mid-March=2022-03'],
  },
  {
    name: 'numeric and ISO dates',
    text: 'Logs from 3/14/2022 and 2022-12-05 were kept until 2023-01-02T10:00:00Z.',
    dates: ['3/14/2022=2022-03-14', '2022-12-05=2022-12-05', '2023-01-02=2023-01-02'],
  },
  {
    name: 'a name ending in Today is no date; the sentence-start Today is',
    text: 'Read it first in Security News Today. Today the council said its systems were back.',
    dates: ['Today=2023-01-14~'],
  },
  {
    name: 'possessives: a weekday\'s attack is dated, today\'s threats are not',
    text: "Monday's attack and yesterday's outage show today's threats.",
    dates: ['Monday=2023-01-09~', 'yesterday=2023-01-13~'],
  },
  {
    name: 'relative periods',
    text: 'An advisory published last week, earlier this month and last year; the firm collapsed the following year. Three years ago it was founded. By the end of the year it may recover.',
    dates: [
      'earlier this month=2023-01~',
      'last year=2022~',
      'the following year=2023~',
      'Three years ago=2020~',
      'end of the year=2023-12~',
    ],
  },
  {
    name: 'a month qualified by this/last year is one date',
    text: 'Attackers struck in March this year and between April and September of this year; early May last year saw a probe. Users may this year upgrade.',
    ref: '2023-11-20',
    dates: ['March this year=2023-03~', 'April=2023-04', 'September of this year=2023-09~', 'early May last year=2022-05~', 'this year=2023~'],
  },
  {
    name: 'year ranges and qualified years',
    text: 'Losses rose from 2015 to 2016, peaked in 2020 and 2021, and by the end of 2004 a 2001 land law applied; early 2021 too.',
    dates: ['2015=2015', '2016=2016', '2020=2020', '2021=2021', 'end of 2004=2004-12', '2001=2001', 'early 2021=2021'],
  },
  {
    name: 'an appositive weekday restates its date: one fact',
    text: 'The last payment left on January 8, a Sunday, and 10 January, which was a Tuesday, saw the alert.',
    dates: ['January 8=2023-01-08', '10 January=2023-01-10'],
  },
  {
    name: 'a month and day qualified by last/this year is one date',
    text: 'Cards were skimmed between October 3 and November 30 last year; the 2nd of January this year it stopped.',
    dates: ['October 3=2022-10-03', 'November 30 last year=2022-11-30~', '2nd of January this year=2023-01-02~'],
  },
  {
    name: 'a week or weekend is no date; a weekday of a named week is',
    text: 'Staff noticed it last week, earlier this week and over the weekend; two weeks ago a probe ran. It began Thursday last week, ended last week on Tuesday, and resumes Monday of next week.',
    dates: ['Thursday last week=2023-01-05~', 'last week on Tuesday=2023-01-03~', 'Monday of next week=2023-01-16~'],
  },
  {
    name: 'a month and day joined to their year by "in" or "of" are one date',
    text: 'Returns filed after April 1 in 2016 and on 3 March of 2019 were flagged.',
    dates: ['April 1 in 2016=2016-04-01', '3 March of 2019=2019-03-03'],
  },
  {
    name: 'a month told in the past tense is not one more than a month after publication; a month ahead still can be',
    text: 'A paper released in March exposed the flaw; a fix is expected in March. He disclosed it on March 20. It was found in February (a page dated late).',
    ref: '2017-01-23',
    dates: ['March=2016-03', 'March=2017-03', 'March 20=2016-03-20', 'February=2017-02'],
  },
  {
    name: 'a date told in the future tense is not months before publication; a habit is no day',
    text: 'The rules take effect on May 25 and will be enforced from April. The attack, which will cost millions, began on March 2. Every Tuesday the firm ships patches.',
    ref: '2018-07-14',
    dates: ['May 25=2019-05-25', 'April=2019-04', 'March 2=2018-03-02'],
  },
  {
    name: 'a rough distance ago is no date',
    text: 'About 15 years ago the firm was founded; approximately one month ago attacks began; three years ago it was sold.',
    dates: ['three years ago=2020~'],
  },
  {
    name: 'a week or weekend framing an explicit day gives only that day',
    text: 'Findings go to a summit next week on January 19th; the scam surfaced over the weekend of 7 January.',
    dates: ['January 19th=2023-01-19', '7 January=2023-01-07'],
  },
  {
    name: 'USA TODAY in capitals is a name',
    text: 'The company told USA TODAY late Wednesday that the flaw was patched. USA TODAY learned more.',
    dates: ['Wednesday=2023-01-11~'],
  },
  {
    name: 'today with a past verb or a reporting verb is the day',
    text: 'Google users today were hit by phishing; the bank today warned customers, and researchers today are publishing details.',
    dates: ['today=2023-01-14~', 'today=2023-01-14~', 'today=2023-01-14~'],
  },
  {
    name: 'a cut-off date ("as of", "since") anchors nothing',
    text: 'As of January 13, 20 firms had reported. Finally today, a club disclosed its breach.',
    dates: ['January 13=2023-01-13', 'today=2023-01-14~'],
  },
  {
    name: 'an event date a week before publication does not anchor a weekday',
    text: 'The airline revealed on January 7 that it found the intrusion. On Monday, police visited its offices.',
    dates: ['January 7=2023-01-07', 'Monday=2023-01-09~'],
  },
  {
    name: 'a dateline up to three days before publication anchors a weekday',
    text: 'January 12, 2023. The airline said police visited its offices on Friday.',
    dates: ['January 12, 2023=2023-01-12', 'Friday=2023-01-06~'],
  },
];

const englishNegatives: Case[] = [
  {
    name: 'today meaning nowadays',
    text: 'Most organizations today use Linux. Teenagers today are always online. These are the worst frauds operating today, and scams circulating today.',
    dates: [],
  },
  { name: 'a capitalised Tomorrow after a capitalised word is a name', text: 'The summit theme was Empowering Tomorrow with AI.', dates: [] },
  { name: '"the last year" is a duration', text: 'Firms that disclosed breaches over the last year, and in the last month, were fined.', dates: [] },
  { name: '"on the Tuesday" is a day of a week set earlier', text: 'Six months on, on the Tuesday, the vendor shipped a fix.', dates: [] },
  { name: 'durations', text: 'The outage lasted two days, then 48 hours, 3 weeks and for a month; the past year was hard.', dates: [] },
  { name: 'counts, versions, ids, times', text: '2022 users and 2000 records, Windows 10, version 2.3, CVE-2021-22048, ISO 27001, 2,000 files at 17:00.', dates: [] },
  { name: 'names with years and modal may/march', text: 'The Privacy Act 1988 and Bill 2022 passed. Users may see protesters march in the early 1990s style; Patch Tuesday fixes.', dates: [] },
  { name: 'amounts after of/up to', text: 'A total of 2019 accounts, up to 2020 were affected.', dates: [] },
];

describe.each([
  ['Chinese', chinese],
  ['Chinese negatives', chineseNegatives],
  ['English', english],
  ['English negatives', englishNegatives],
])('resolveDates: %s', (_, cases) => {
  test.each(cases)('$name', ({ text, dates, ref }) => {
    expect(summarize(text, ref ? new Date(`${ref}T00:00:00Z`) : REF)).toEqual(dates);
  });
});

describe('resolveDates offsets and options', () => {
  test('every mention is the exact slice of the original text, full-width digits included', () => {
    const text = 'Royal Mail（皇家邮政）在２０２３年１月１０日晚遭攻击，yesterday恢复。';
    const mentions = resolveDates(text, { refDate: REF });
    expect(mentions.length).toBe(2);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[0]).toMatchObject({ text: '２０２３年１月１０日', start: 17, value: '2023-01-10' });
  });

  test('foldDateText keeps length and maps full-width digits', () => {
    expect(foldDateText('２０２３年\u3000１月')).toBe('2023年 1月');
  });

  test('excluded spans yield nothing and anchor nothing', () => {
    const text = '原文链接：1月13日。事件在昨天发生。';
    const mentions = resolveDates(text, { refDate: REF, excluded: [{ start: 0, end: 10 }] });
    expect(mentions.map((m) => `${m.text}=${m.value}`)).toEqual(['昨天=2023-01-13']);
  });

  test('without a publication date the latest explicit date stands in for it', () => {
    const text = 'The virus spread in September 2004; this year saw more spam.';
    expect(summarize(text, new Date('2026-11-29T00:00:00Z'), false)).toEqual([
      'September 2004=2004-09',
      'this year=2004~',
    ]);
    expect(summarize(text, new Date('2026-11-29T00:00:00Z'), true)).toEqual([
      'September 2004=2004-09',
      'this year=2026~',
    ]);
  });

  test('an estimated reference admits no month after it', () => {
    const text = 'The worm spread by the end of 2004; the biggest outbreak was in january.';
    expect(summarize(text, new Date('2026-11-29T00:00:00Z'), false)).toEqual([
      'end of 2004=2004-12',
      'january=2004-01',
    ]);
  });
});

describe('resolveDates on arbitrary text', () => {
  const pieces = ['2023年', '１月', '12日', '周三', '昨天', 'January 12', ', 2023', ' in ', '2019', 'last ', 'Friday', '（', '）', '至', ' ', '。', 'x', '7'];
  test('offsets are exact and values are ISO dates, whatever the mix', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let last = -1;
        for (const m of resolveDates(text, { refDate: REF })) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.value).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
        }
      }),
      { seed: 20230114, numRuns: 300 },
    );
  });
});
