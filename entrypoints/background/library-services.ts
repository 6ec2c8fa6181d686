/**
 * The worker's library services: the database, its repositories and the save service. Imported
 * only when a save or a context-menu click first needs them (see index.ts), so that a worker woken
 * by a page's article (Chromium stops it after 30 s idle) does not evaluate Dexie and the storage
 * code before it answers: in a traced start, Dexie's evaluation was the largest single part of the
 * bundle's top level (README Performance).
 */
import { createClippingRepository } from '../../storage/clipping-repository';
import { openDatabase } from '../../storage/database';
import { createDraftRepository } from '../../storage/draft-repository';
import { createIncidentRepository } from '../../storage/incident-repository';
import { createSaveService } from './save-service';

/** Opens the database and builds the services on it; called once per worker start. */
export function createLibraryServices() {
  const db = openDatabase();
  const clippings = createClippingRepository(db);
  const drafts = createDraftRepository(db);
  const saving = createSaveService(clippings, drafts, undefined, createIncidentRepository(db));
  return { clippings, drafts, saving };
}
