/**
 * Saving clippings: from the popup's draft, or straight from a tab (keyboard shortcut). The
 * background owns these writes so a closing popup cannot cut a save short.
 */
import type { PageSnapshot } from '../../messaging/protocol';
import { clippingKey, draftFor, type Clipping, type ClippingDraft } from '../../storage/clipping';
import type { ClippingRepository, SaveBase } from '../../storage/clipping-repository';
import type { DraftRepository } from '../../storage/draft-repository';
import { sendToTabInjecting, type TabCaller } from '../../messaging/transport';

/** The article snapshot of a tab, or an error for the user. */
export async function snapshotOfTab(tabId: number, call: TabCaller = sendToTabInjecting): Promise<PageSnapshot> {
  const page = await call(tabId, 'getPage', {});
  if (!page.ok) throw new Error(`This page cannot be read: ${page.error}`);
  if ('noArticle' in page.value) throw new Error('No article found on this page.');
  if (!page.value.article.url) throw new Error('This page has no address to save it under.');
  return page.value;
}


/** Saving: `saveClipping` answers the popup; `savePageInTab` serves the keyboard shortcut. */
export function createSaveService(
  repository: ClippingRepository,
  drafts: Pick<DraftRepository, 'get' | 'remove'>,
  call: TabCaller = sendToTabInjecting,
) {
  return {
    saveClipping({ draft, base }: { draft: ClippingDraft; base?: SaveBase | null }): Promise<Clipping> {
      return repository.save(draft, { base: base ?? null });
    },
    /**
     * Saves a tab's page as the popup would: what the user typed in the popup's draft wins, then
     * what an earlier save kept (saving again must not throw away the note and tags written then),
     * then the engine's facts.
     */
    async savePageInTab({ tabId }: { tabId: number }): Promise<Clipping> {
      const { article, analysis } = await snapshotOfTab(tabId, call);
      const draft = draftFor(article, analysis);
      const key = clippingKey(draft);
      const [existing, typed] = await Promise.all([repository.findByKey(key), drafts.get(key)]);
      if (existing) {
        draft.note = existing.note;
        draft.tags = existing.tags;
        if (existing.text === draft.text) draft.facts = existing.facts;
      }
      if (typed) {
        draft.note = typed.note;
        draft.tags = typed.tags;
        if (typed.facts) draft.facts = typed.facts;
      }
      // Based on what was just read: a tab that edits the clipping meanwhile is merged, not overwritten.
      const clipping = await repository.save(draft, { base: existing ?? null });
      await drafts.remove(key);
      return clipping;
    },
  };
}
