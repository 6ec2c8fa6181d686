import { t } from './i18n';

/** Props of {@link EmptyState}. */
export type EmptyStateProps = {
  /** Why there is nothing to show: no article on the page, or a page extensions may not read. */
  reason: 'no-article' | 'unreadable';
  /** Reads the page again (pages that fill their article in late); no button without it. */
  onRetry?: () => void;
  /** Takes the page's whole text as the article; no button without it (or once it found nothing). */
  onAnalyseAnyway?: () => void;
  /** Opens the library. */
  onOpenLibrary: () => void;
};

/**
 * The popup when there is no article to show: says so plainly, says what Incident Lens looked
 * for, and offers what can still be done here.
 */
export default function EmptyState({ reason, onRetry, onAnalyseAnyway, onOpenLibrary }: EmptyStateProps) {
  return (
    <section class="empty-state" role="status" data-reason={reason}>
      <div class="empty-icon" aria-hidden="true">
        ◎
      </div>
      <h1 class="empty-title">{t('popupNoArticle')}</h1>
      <p class="empty-hint">{reason === 'unreadable' ? t('popupCannotRead') : t('popupNoArticleHint')}</p>
      {reason === 'no-article' && (
        <ul class="empty-looked-for">
          <li>{t('popupLookedForNews')}</li>
          <li>{t('popupLookedForWechat')}</li>
        </ul>
      )}
      <div class="empty-actions">
        {onAnalyseAnyway && (
          <button type="button" class="primary" data-action="analyse-anyway" title={t('popupAnalyseAnywayHint')} onClick={onAnalyseAnyway}>
            {t('popupAnalyseAnyway')}
          </button>
        )}
        {onRetry && (
          <button type="button" data-action="retry" onClick={onRetry}>
            {t('popupReadAgain')}
          </button>
        )}
        <button type="button" data-action="open-library" onClick={onOpenLibrary}>
          {t('openLibrary')}
        </button>
      </div>
    </section>
  );
}
