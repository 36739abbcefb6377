/**
 * One draft being edited: loaded from the core, changed locally with the pure edit functions (so
 * preview, coverage and lint follow every keystroke), saved on request. `dirty` until saved.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '../../shared/api/draftingContract';
import type { Draft } from '../../shared/drafting/draft';
import type { DraftEditResult } from '../../shared/drafting/draftEdits';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';

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

  useEffect(() => {
    let current = true;
    void api.call('drafting.get', { id }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setRecord(result.value);
        setDraft(result.value.draft);
      } else setLoadError(result.error);
    });
    return () => {
      current = false;
    };
  }, [id]);

  const draftRef = useRef(draft);
  draftRef.current = draft;

  /** Applies a pure edit; a refused edit leaves the draft as it was and says why. */
  const edit = useCallback((change: (draft: Draft) => DraftEditResult | Draft) => {
    const current = draftRef.current;
    if (!current) return;
    const result = change(current);
    if ('ok' in result && !result.ok) {
      setEditError(result.error);
      return;
    }
    const next = 'ok' in result ? result.value : result;
    draftRef.current = next;
    setEditError(null);
    setDraft(next);
  }, []);

  const adopt = useCallback((next: DraftRecord) => {
    setRecord(next);
    setDraft(next.draft);
  }, []);

  const save = useCallback(async (): Promise<DraftRecord | null> => {
    if (!draft) return null;
    setSaving(true);
    const result = await api.call('drafting.save', { id, draft: withoutBlankLines(draft) });
    setSaving(false);
    if (!result.ok) {
      setEditError(result.error);
      return null;
    }
    adopt(result.value);
    archiveChanged();
    return result.value;
  }, [draft, id, adopt]);

  const dirty = record !== null && draft !== null && JSON.stringify(record.draft) !== JSON.stringify(draft);
  return { record, draft, loadError, editError, setEditError, saving, dirty, edit, save, adopt };
}
