/** 收文编号格式: the pattern new registrations are numbered by, e.g. 收〔{year}〕{n}号. */
import { useState } from 'react';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { Field } from '../components/Field';
import { SaveForm } from '../components/SaveForm';
import { toast } from '../components/Toasts';
import { useSyncedForm } from '../hooks/useSyncedForm';

export function RegistrationPatternForm() {
  const current = useApi('settings.getRegistrationPattern', {});
  const [pattern, setPattern] = useSyncedForm(current.value?.pattern ?? '', (stored) => stored);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const result = await api.call('settings.setRegistrationPattern', { pattern });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    current.reload();
    toast(`已保存。下一个收文编号形如：${result.value.example}`);
  }

  return (
    <SaveForm onSave={save}>
      <ErrorBox error={error ?? current.error} />
      <div className="form-grid">
        <Field label="收文编号格式">
          <input value={pattern} onChange={(e) => setPattern(e.target.value)} />
        </Field>
      </div>
      <p className="muted small">
        {'{year}'} 为年度，{'{n}'} 为当年顺序号（{'{n:3}'} 补足三位，如 007）。当前示例：{current.value?.example ?? '—'}
      </p>
      <div className="form-actions">
        <button type="submit">保存格式</button>
      </div>
    </SaveForm>
  );
}
