/**
 * Date facts: calendar dates, months and years in English and Chinese, with relative dates
 * (昨天, 上周五, yesterday, last Tuesday) resolved against the story's nearest preceding explicit
 * date, else the publication date. The parsing lives in `../dates/`; this file only maps mentions
 * to facts.
 */
import { resolveDates } from '../dates/resolve-dates';
import type { Fact } from '../types';
import type { ExtractContext, FactExtractor } from './extractor';

/** Extracts `date` facts with ISO values (YYYY, YYYY-MM, YYYY-MM-DD). */
export const dateExtractor: FactExtractor = {
  name: 'date-extractor',
  categories: ['date'],
  extract(ctx: ExtractContext): Fact[] {
    const options = { refDate: ctx.refDate, refIsPublished: ctx.published !== null, excluded: ctx.excluded };
    return resolveDates(ctx.text, options).map((mention) => ({
      category: 'date',
      text: mention.text,
      start: mention.start,
      end: mention.end,
      value: mention.value,
      ...(mention.relative ? { attrs: { relative: 'true' } } : {}),
    }));
  },
};
