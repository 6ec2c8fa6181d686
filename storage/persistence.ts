/**
 * Asks the browser to keep the library when disk runs low. `unlimitedStorage` in the
 * manifest lifts the quota; `persist()` marks the origin's storage as not evictable. Window-only
 * API: the library calls it on open and the popup on a save.
 */

/** Requests persistent storage; true when granted (false where the API is missing or refused). */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
