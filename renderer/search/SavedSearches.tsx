/** 常用检索: saved queries with their filters — run one with a click, save the current one, delete. */
import { useState } from 'react';
import type { SavedSearch, SearchFilters } from '../../shared/api/searchContract';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';

interface SavedSearchesProps {
  query: string;
  filters: SearchFilters;
  onRun(saved: SavedSearch): void;
}

export function SavedSearches({ query, filters, onRun }: SavedSearchesProps) {
  const saved = useApi('search.listSaved', {});
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const canSave = query.trim() !== '' || Object.values(filters).some((v) => v !== undefined);

  async function save() {
    const result = await api.call('search.save', { name: name.trim() || query.trim(), query, filters });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setName('');
    saved.reload();
  }

  async function remove(id: number) {
    const result = await api.call('search.deleteSaved', { id });
    if (!result.ok) setError(result.error);
    saved.reload();
  }

  const searches = saved.value?.searches ?? [];
  return (
    <aside className="panel" aria-label="常用检索">
      <h2>常用检索</h2>
      <ErrorBox error={error ?? saved.error} />
      {searches.length === 0 ? <p className="muted small">把经常要查的词和条件保存下来，下次一点即查。</p> : null}
      <ul className="saved-list">
        {searches.map((s) => (
          <li key={s.id}>
            <button type="button" className="link" onClick={() => onRun(s)} title={`检索“${s.query}”`}>
              {s.name}
            </button>
            <button type="button" className="link muted" aria-label={`删除常用检索 ${s.name}`} onClick={() => remove(s.id)}>
              删除
            </button>
          </li>
        ))}
      </ul>
      <div className="field" style={{ marginTop: 10 }}>
        <input
          placeholder="名称（可不填）"
          aria-label="常用检索名称"
          value={name}
          onChange={(e) => setName(e.target.value)}
          disabled={!canSave}
        />
        <button type="button" onClick={save} disabled={!canSave}>
          保存本次检索
        </button>
      </div>
    </aside>
  );
}
