/**
 * What importing a file would do to the library, worked out before anything is written, so the
 * user can see it and say yes. A clipping is matched by id, else by article (the database holds
 * one clipping per article); of two versions the one edited last (`updatedAt`) wins, the
 * library's on a tie. Identical clippings are left alone, so importing a file twice changes nothing.
 */
import type { Clipping } from '../clipping';
import { toLibraryClipping } from '../export/library-file';

/** The import plan. */
export interface ImportPlan {
  /** Clippings the library does not have. */
  added: Clipping[];
  /** The file's clipping replaces the library's (newer there); `replaces` is the library's id. */
  updated: Array<{ clipping: Clipping; replaces: Clipping['id'] }>;
  /** Clippings in both where the library's is newer: kept as they are. */
  keptLocal: number;
  /** Clippings in both, the same. */
  unchanged: number;
}

/** How many clippings the plan writes. */
export function writesOf(plan: ImportPlan): number {
  return plan.added.length + plan.updated.length;
}

function sameClipping(a: Clipping, b: Clipping): boolean {
  return JSON.stringify(toLibraryClipping(a)) === JSON.stringify(toLibraryClipping(b));
}

/** Plans the import of `incoming` into a library holding `existing`. */
export function planImport(existing: readonly Clipping[], incoming: readonly Clipping[]): ImportPlan {
  const byId = new Map(existing.map((clipping) => [clipping.id as string, clipping]));
  const byKey = new Map(existing.map((clipping) => [clipping.key, clipping]));
  const plan: ImportPlan = { added: [], updated: [], keptLocal: 0, unchanged: 0 };
  for (const clipping of incoming) {
    const local = byId.get(clipping.id) ?? byKey.get(clipping.key);
    if (!local) plan.added.push(clipping);
    else if (sameClipping(local, clipping)) plan.unchanged += 1;
    else if (clipping.updatedAt > local.updatedAt) plan.updated.push({ clipping, replaces: local.id });
    else plan.keptLocal += 1;
  }
  return plan;
}
