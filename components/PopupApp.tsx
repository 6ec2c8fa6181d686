import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/transport';
import { toClippingFact, type ClippingDraft } from '../storage/clipping';
import ArticleSummary from './ArticleSummary';
import { t } from './i18n';
import { usePageSnapshot, type PageStatus } from './use-page-snapshot';

/** Props of {@link PopupApp}. */
export type PopupAppProps = {
  /** The popup's query string (`?tabId=N` picks the tab). */
  search: string;
};

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; error: string };

function draftOf(status: Extract<PageStatus, { state: 'ready' }>): ClippingDraft {
  const { article, analysis } = status.page;
  return {
    url: article.url ?? '',
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    site: article.site,
    published: article.published,
    lang: analysis.language,
    text: article.text,
    incident: analysis.incident,
    facts: analysis.facts.map((fact) => toClippingFact(article.text, fact)),
    note: '',
    tags: [],
  };
}

/** The toolbar popup: what the page is, and Save. */
export default function PopupApp({ search }: PopupAppProps) {
  const status = usePageSnapshot(search);
  const [save, setSave] = useState<SaveState>({ state: 'idle' });

  const onSave = async () => {
    if (status.state !== 'ready') return;
    setSave({ state: 'saving' });
    const reply = await sendToBackground('ui-to-background', 'saveClipping', { draft: draftOf(status) });
    setSave(reply.ok ? { state: 'saved' } : { state: 'failed', error: reply.error });
  };
  const onOpenLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });

  return (
    <main class="popup">
      {status.state === 'loading' && <p class="status">{t('popupLoading')}</p>}
      {status.state === 'no-article' && (
        <div class="status no-article" role="status">
          <p>{t('popupNoArticle')}</p>
          <p class="hint">{t('popupNoArticleHint')}</p>
        </div>
      )}
      {status.state === 'unreadable' && (
        <div class="status no-article" role="status">
          <p>{t('popupNoArticle')}</p>
          <p class="hint">{t('popupCannotRead')}</p>
        </div>
      )}
      {status.state === 'ready' && (
        <>
          <ArticleSummary article={status.page.article} language={status.page.analysis.language} excerpt={status.page.excerpt} />
          <p class={status.page.analysis.incident.isIncident ? 'verdict incident' : 'verdict'}>
            {status.page.analysis.incident.isIncident ? t('verdictIncident') : t('verdictNotIncident')}
          </p>
          <div class="actions">
            <button type="button" class="primary" data-action="save" disabled={save.state === 'saving'} onClick={onSave}>
              {save.state === 'saving' ? t('saving') : save.state === 'saved' ? t('saved') : t('save')}
            </button>
            <button type="button" data-action="open-library" onClick={onOpenLibrary}>
              {t('openLibrary')}
            </button>
          </div>
          {save.state === 'failed' && (
            <p class="error" role="alert">
              {t('saveFailed', save.error)}
            </p>
          )}
        </>
      )}
    </main>
  );
}
