/**
 * Saving clippings: from the popup's draft, or straight from a tab (keyboard shortcut, context
 * menu). The background owns these writes so a closing popup cannot cut a save short.
 */
import { sendToTab } from '../../messaging/transport';
import { toClippingFact, type Clipping, type ClippingDraft } from '../../storage/clipping';
import type { ClippingRepository } from '../../storage/clipping-repository';

/** A draft from what the content script of a tab reports (engine facts, no note or tags). */
export async function draftFromTab(tabId: number): Promise<ClippingDraft> {
  const page = await sendToTab(tabId, 'getPage', {});
  if (!page.ok) throw new Error(`This page cannot be read: ${page.error}`);
  if ('noArticle' in page.value) throw new Error('No article found on this page.');
  const { article, analysis } = page.value;
  if (!article.url) throw new Error('This page has no address to save it under.');
  return {
    url: article.url,
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

/** Handlers of `saveClipping` and `savePageInTab`. */
export function createSaveService(repository: ClippingRepository) {
  return {
    saveClipping({ draft }: { draft: ClippingDraft }): Promise<Clipping> {
      return repository.save(draft);
    },
    async savePageInTab({ tabId }: { tabId: number }): Promise<Clipping> {
      const draft = await draftFromTab(tabId);
      const existing = await repository.findByKey(draft.canonicalUrl ?? draft.url);
      // Saving again from the shortcut must not throw away the note and tags written earlier.
      if (existing) {
        draft.note = existing.note;
        draft.tags = existing.tags;
      }
      return repository.save(draft);
    },
  };
}
