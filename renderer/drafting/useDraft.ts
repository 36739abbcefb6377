/**
 * One draft being edited: loaded from the core, changed locally with the pure edit functions (so
 * preview, coverage and lint follow every keystroke), saved on request and by itself a few seconds after
 * the typing stops. Nothing typed is lost: every change is also kept in this machine's local storage
 * until it is saved, and a draft reopened after a crash takes those changes back; edits can be undone
 * and redone; leaving with unsaved changes asks first.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '../../shared/api/draftingContract';
import type { Draft } from '../../shared/drafting/draft';
import type { DraftEditResult } from '../../shared/drafting/draftEdits';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { useLeaveGuard } from '../hooks/useLeaveGuard';

/** Saved by itself this long after the last change. */
const AUTOSAVE_MS = 3000;
/** Changes closer together than this undo as one step (a word typed, not each letter). */
const UNDO_GROUP_MS = 800;
const UNDO_DEPTH = 200;

const localKey = (id: number) => `gongwen.draft.${id}`;

function readLocal(id: number): Draft | null {
  try {
    const raw = localStorage.getItem(localKey(id));
    return raw ? (JSON.parse(raw) as { draft: Draft }).draft : null;
  } catch {
    return null;
  }
}

function writeLocal(id: number, draft: Draft | null): void {
  try {
    if (draft) localStorage.setItem(localKey(id), JSON.stringify({ draft, at: new Date().toISOString() }));
    else localStorage.removeItem(localKey(id));
  } catch {
    // Storage full or disabled: the autosave to the archive still runs.
  }
}

/** Lists edited as one name per line may hold blank lines while typing; the saved draft has none. */
function withoutBlankLines(draft: Draft): Draft {
  const names = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);
  return {
    ...draft,
    recipients: names(draft.recipients),
    cc: names(draft.cc),
    attachments: names(draft.attachments),
    closing: names(draft.closing),
  };
}

export function useDraft(id: number) {
  const [record, setRecord] = useState<DraftRecord | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editError, setEditError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** Whether the draft opened with changes a crash (or a closed window) left unsaved. */
  const [restored, setRestored] = useState(false);
  const past = useRef<Draft[]>([]);
  const future = useRef<Draft[]>([]);
  const lastEditAt = useRef(0);
  const [, setHistoryVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void api.call('drafting.get', { id }).then((result) => {
      if (!current) return;
      if (!result.ok) return setLoadError(result.error);
      setRecord(result.value);
      const local = result.value.issuedNoticeId === null ? readLocal(id) : null;
      const differs = local !== null && JSON.stringify(local) !== JSON.stringify(result.value.draft);
      setDraft(differs ? local : result.value.draft);
      setRestored(differs);
      if (!differs) writeLocal(id, null);
    });
    return () => {
      current = false;
    };
  }, [id]);

  const draftRef = useRef(draft);
  draftRef.current = draft;

  const replaceDraft = useCallback(
    (next: Draft) => {
      draftRef.current = next;
      setDraft(next);
      writeLocal(id, next);
    },
    [id],
  );

  /** Applies a pure edit; a refused edit leaves the draft as it was and says why. */
  const edit = useCallback(
    (change: (draft: Draft) => DraftEditResult | Draft) => {
      const current = draftRef.current;
      if (!current) return;
      const result = change(current);
      if ('ok' in result && !result.ok) {
        setEditError(result.error);
        return;
      }
      const next = 'ok' in result ? result.value : result;
      const now = Date.now();
      if (now - lastEditAt.current > UNDO_GROUP_MS) past.current = [...past.current, current].slice(-UNDO_DEPTH);
      lastEditAt.current = now;
      future.current = [];
      setHistoryVersion((v) => v + 1);
      setEditError(null);
      replaceDraft(next);
    },
    [replaceDraft],
  );

  const undo = useCallback(() => {
    const current = draftRef.current;
    const previous = past.current.at(-1);
    if (!current || !previous) return;
    past.current = past.current.slice(0, -1);
    future.current = [...future.current, current];
    lastEditAt.current = 0;
    setHistoryVersion((v) => v + 1);
    replaceDraft(previous);
  }, [replaceDraft]);

  const redo = useCallback(() => {
    const current = draftRef.current;
    const next = future.current.at(-1);
    if (!current || !next) return;
    future.current = future.current.slice(0, -1);
    past.current = [...past.current, current];
    lastEditAt.current = 0;
    setHistoryVersion((v) => v + 1);
    replaceDraft(next);
  }, [replaceDraft]);

  const adopt = useCallback(
    (next: DraftRecord) => {
      setRecord(next);
      setDraft(next.draft);
      draftRef.current = next.draft;
      writeLocal(id, null);
      setRestored(false);
    },
    [id],
  );

  /** Throws the changes restored after a crash away: back to the draft as last saved. */
  const discardRestored = useCallback(() => {
    if (record) adopt(record);
  }, [record, adopt]);

  const save = useCallback(async (): Promise<DraftRecord | null> => {
    if (!draft) return null;
    setSaving(true);
    const result = await api.call('drafting.save', { id, draft: withoutBlankLines(draft) });
    setSaving(false);
    if (!result.ok) {
      setEditError(result.error);
      return null;
    }
    // What was typed while the save was on its way stays in the editor.
    setRecord(result.value);
    if (JSON.stringify(draftRef.current) === JSON.stringify(draft)) adopt(result.value);
    archiveChanged();
    return result.value;
  }, [draft, id, adopt]);

  const dirty = record !== null && draft !== null && JSON.stringify(record.draft) !== JSON.stringify(draft);
  useLeaveGuard(dirty);

  const editable = record !== null && record.issuedNoticeId === null;
  useEffect(() => {
    if (!dirty || !editable || saving) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, editable, saving, save]);

  return {
    record,
    draft,
    loadError,
    editError,
    setEditError,
    saving,
    dirty,
    restored,
    discardRestored,
    edit,
    save,
    adopt,
    undo,
    redo,
    canUndo: past.current.length > 0,
    canRedo: future.current.length > 0,
  };
}
