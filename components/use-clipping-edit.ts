/**
 * The open clipping's unsaved edit, kept live: when another tab stores a new version of the
 * clipping, the fields the user has not touched show it at once, tags and facts merge both sides,
 * and a title or note both sides changed keeps the user's draft and is reported as a conflict
 * (storage's `rebaseEdits`). A save writes the user's changes over the version last shown.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../storage/clipping';
import { EDITABLE_FIELDS, rebaseEdits, type EditConflict } from '../storage/clipping-repository';

/** A field the clipping view edits. */
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** State returned by {@link useClippingEdit}. */
export interface ClippingEdit {
  /** The clipping as the user is editing it. */
  edited: Clipping;
  state: 'clean' | 'dirty' | 'saving' | 'saved';
  /** Fields another tab changed while the user had changed them too; the user's draft is shown. */
  conflicts: EditConflict[];
  /** Fields the last change from another tab brought in (empty until one arrives). */
  changedElsewhere: EditableField[];
  change(patch: Partial<Clipping>): void;
  /** Saves the edit; resolves false when the save failed (the edit stays). */
  save(): Promise<boolean>;
  /** Drops the user's draft of a conflicting field for what the other tab stored. */
  takeTheirs(field: EditableField): void;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Whether `edited` differs from `base` in a field the user edits. */
function differs(edited: Clipping, base: Clipping): boolean {
  return EDITABLE_FIELDS.some((field) => !same(edited[field], base[field]));
}

/**
 * Hook: the edit of `clipping` (the stored version, live). `onSave(edited, base)` stores the
 * user's changes made on `base` and resolves with the stored clipping.
 */
export function useClippingEdit(clipping: Clipping, onSave: (edited: Clipping, base: Clipping) => Promise<Clipping>): ClippingEdit {
  const [edited, setEditedState] = useState<Clipping>(clipping);
  const [state, setState] = useState<ClippingEdit['state']>('clean');
  const [conflicts, setConflicts] = useState<EditConflict[]>([]);
  const [changedElsewhere, setChangedElsewhere] = useState<EditableField[]>([]);
  // Refs, so a change arriving while a save runs is measured against what is really current.
  const base = useRef<Clipping>(clipping);
  const draft = useRef<Clipping>(clipping);
  const setEdited = (next: Clipping) => {
    draft.current = next;
    setEditedState(next);
  };

  useEffect(() => {
    if (clipping.id !== base.current.id) {
      // Another clipping: a fresh form.
      base.current = clipping;
      setEdited(clipping);
      setState('clean');
      setConflicts([]);
      setChangedElsewhere([]);
      return;
    }
    // The same version, or an older one still in flight: nothing new.
    if (clipping.updatedAt <= base.current.updatedAt) return;
    const rebased = rebaseEdits(base.current, clipping, draft.current, EDITABLE_FIELDS);
    const next: Clipping = { ...clipping, ...rebased.edited };
    base.current = clipping;
    setEdited(next);
    setChangedElsewhere(rebased.changed);
    setConflicts((earlier) => [...earlier.filter((c) => !rebased.changed.includes(c.field)), ...rebased.conflicts]);
    setState((now) => (now === 'saving' ? now : differs(next, clipping) ? 'dirty' : now === 'saved' ? 'saved' : 'clean'));
  }, [clipping]);

  const change = useCallback((patch: Partial<Clipping>) => {
    setEdited({ ...draft.current, ...patch });
    setState('dirty');
  }, []);

  const save = useCallback(async () => {
    const sent = draft.current;
    setState('saving');
    try {
      const stored = await onSave(sent, base.current);
      base.current = stored;
      // What the user typed while the save ran stays, over what was stored.
      const typed = draft.current;
      const next: Clipping = { ...stored };
      for (const field of EDITABLE_FIELDS) if (!same(typed[field], sent[field])) Object.assign(next, { [field]: typed[field] });
      setEdited(next);
      setConflicts([]);
      setState(differs(next, stored) ? 'dirty' : 'saved');
      return true;
    } catch {
      setState('dirty');
      return false;
    }
  }, [onSave]);

  const takeTheirs = useCallback((field: EditableField) => {
    const next = { ...draft.current, [field]: base.current[field] };
    setEdited(next);
    setConflicts((earlier) => earlier.filter((c) => c.field !== field));
    setState(differs(next, base.current) ? 'dirty' : 'clean');
  }, []);

  return { edited, state, conflicts, changedElsewhere, change, save, takeTheirs };
}
