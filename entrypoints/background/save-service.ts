/**
 * Saving clippings: from the popup's draft, or straight from a tab (keyboard shortcut). The
 * background owns these writes so a closing popup cannot cut a save short.
 */
import type { PageSnapshot } from '../../messaging/protocol';
import { clippingKey, draftFor, type Clipping, type ClippingDraft } from '../../storage/clipping';
import type { ClippingRepository, SaveBase } from '../../storage/clipping-repository';
import type { DraftRepository } from '../../storage/draft-repository';
import type { IncidentRepository } from '../../storage/incident-repository';
import { sendToTabInjecting, type TabCaller } from '../../messaging/transport';

/** The article snapshot of a tab, or an error for the user. */
export async function snapshotOfTab(tabId: number, call: TabCaller = sendToTabInjecting): Promise<PageSnapshot> {
  const page = await call(tabId, 'getPage', {});
  if (!page.ok) throw new Error(`This page cannot be read: ${page.error}`);
  if ('noArticle' in page.value) throw new Error('No article found on this page.');
  if (!page.value.article.url) throw new Error('This page has no address to save it under.');
  return page.value;
}


/**
 * Saving: `saveClipping` answers the popup; `savePageInTab` serves the keyboard shortcut. With
 * `incidents`, every save also links the clipping to the incident the matcher proposes, as
 * `proposed` (INCIDENT-API.md), and returns the clipping with its `incidentId` and `incidentLink`.
 */
export function createSaveService(
  repository: ClippingRepository,
  drafts: Pick<DraftRepository, 'get' | 'remove'>,
  call: TabCaller = sendToTabInjecting,
  incidents: Pick<IncidentRepository, 'linkOnSave'> | null = null,
) {
  /**
   * The saved clipping, linked. The clipping is saved first, on its own: a link that fails leaves
   * it unlinked (the library lists unlinked clippings and links them on request) but saved.
   */
  async function linked(clipping: Clipping): Promise<Clipping> {
    if (!incidents) return clipping;
    try {
      await incidents.linkOnSave(clipping.id);
    } catch {
      return clipping;
    }
    return (await repository.get(clipping.id)) ?? clipping;
  }
  return {
    async saveClipping({ draft, base }: { draft: ClippingDraft; base?: SaveBase | null }): Promise<Clipping> {
      return linked(await repository.save(draft, { base: base ?? null }));
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
      return linked(clipping);
    },
  };
}
