import type { ArticleText } from '../engine/types';
import { languageName, t } from './i18n';

/** Props of {@link ArticleSummary}. */
export type ArticleSummaryProps = {
  /** The article as read from the page. */
  article: Pick<ArticleText, 'title' | 'site' | 'published'>;
  /** Detected language tag ("en", "zh", …). */
  language: string;
  /** First lines of the body. */
  excerpt: string;
};

/** Title, site, date, language and the first lines of an article. */
export default function ArticleSummary({ article, language, excerpt }: ArticleSummaryProps) {
  return (
    <section class="article-summary">
      <h1 class="article-title">{article.title || t('untitled')}</h1>
      <dl class="article-meta">
        <dt>{t('fieldSite')}</dt>
        <dd data-field="site">{article.site ?? '—'}</dd>
        <dt>{t('fieldPublished')}</dt>
        <dd data-field="published">{article.published ?? '—'}</dd>
        <dt>{t('fieldLanguage')}</dt>
        <dd data-field="language" data-lang={language}>
          {languageName(language)}
        </dd>
      </dl>
      <p class="article-excerpt">{excerpt}</p>
    </section>
  );
}
