/** 全宗号: the fonds code every 档号 begins with (DA/T 22), needed before the first notice is filed. */
import { useState } from 'react';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { Field } from '../components/Field';
import { SaveForm } from '../components/SaveForm';
import { toast } from '../components/Toasts';
import { useSyncedForm } from '../hooks/useSyncedForm';

export function FondsForm() {
  const current = useApi('settings.getFonds', {});
  const [code, setCode] = useSyncedForm(current.value?.fondsCode ?? '', (stored) => stored);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const result = await api.call('settings.setFonds', { fondsCode: code });
    if (!result.ok) return setError(result.error);
    setError(null);
    current.reload();
    toast(`全宗号已设为 ${result.value.fondsCode}。`);
  }

  return (
    <SaveForm onSave={save}>
      <ErrorBox error={error ?? current.error} />
      {current.value && current.value.fondsCode === null ? (
        <div className="note-box">归档前请先填写全宗号，档号形如 Z109-WS·2025-Y-BGS-0001。</div>
      ) : null}
      <div className="form-grid">
        <Field label="全宗号">
          <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="如 Z109" />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit">保存全宗号</button>
      </div>
    </SaveForm>
  );
}
