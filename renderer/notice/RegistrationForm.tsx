/**
 * 收文登记 of one notice, editable. Checked with the contract's own schema before saving, so a wrong
 * date or a deadline before the day of receipt is shown at the field, in Chinese.
 */
import { useState } from 'react';
import type { Registration } from '../../shared/api/archiveContract';
import { SECRECY_LEVELS, STATUS_NAMES, STATUSES, URGENCY_LEVELS } from '../../shared/api/vocabulary';
import { registrationFieldsSchema } from '../../shared/api/registrationContract';
import { validate } from '../../shared/api/validation';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { Field } from '../components/Field';
import { SaveForm } from '../components/SaveForm';
import { toast } from '../components/Toasts';
import { useSyncedForm } from '../hooks/useSyncedForm';

type Form = Record<keyof Registration, string>;

function toForm(r: Registration): Form {
  const entries = Object.entries(r).map(([key, value]) => [key, value === null ? '' : String(value)]);
  return Object.fromEntries(entries) as Form;
}

function fromForm(form: Form) {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    ...form,
    receivedDate: orNull(form.receivedDate),
    dueDate: orNull(form.dueDate),
    copies: form.copies.trim() === '' ? null : Number(form.copies),
    secrecy: orNull(form.secrecy),
    urgency: orNull(form.urgency),
  };
}

export function RegistrationForm({ noticeId, registration }: { noticeId: number; registration: Registration }) {
  const [form, setForm, { dirty, reset }] = useSyncedForm(registration, toForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = (key: keyof Registration) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: event.target.value }));

  async function save() {
    const checked = validate(registrationFieldsSchema, fromForm(form));
    if (!checked.ok) {
      setErrors(checked.fields);
      setError('有字段填写不正确，请按提示修改。');
      return;
    }
    setErrors({});
    setError(null);
    setSaving(true);
    const result = await api.call('registration.update', { id: noticeId, fields: checked.value });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    archiveChanged();
    toast('收文登记已保存。');
  }

  return (
    <SaveForm data-testid="registration-form" onSave={save}>
      <ErrorBox error={error} />
      <div className="form-grid">
        <Field label="收文编号" error={errors.registrationNumber}>
          <input value={form.registrationNumber} onChange={set('registrationNumber')} placeholder="保存时自动编号" />
        </Field>
        <Field label="来文机关" error={errors.sender}>
          <input value={form.sender} onChange={set('sender')} />
        </Field>
        <Field label="收文日期" error={errors.receivedDate}>
          <input type="date" value={form.receivedDate} onChange={set('receivedDate')} />
        </Field>
        <Field label="份数" error={errors.copies}>
          <input type="number" min={1} value={form.copies} onChange={set('copies')} />
        </Field>
        <Field label="密级" error={errors.secrecy}>
          <select value={form.secrecy} onChange={set('secrecy')}>
            <option value="">无</option>
            {SECRECY_LEVELS.map((level) => (
              <option key={level}>{level}</option>
            ))}
          </select>
        </Field>
        <Field label="紧急程度" error={errors.urgency}>
          <select value={form.urgency} onChange={set('urgency')}>
            <option value="">无</option>
            {URGENCY_LEVELS.map((level) => (
              <option key={level}>{level}</option>
            ))}
          </select>
        </Field>
        <Field label="办理期限" error={errors.dueDate}>
          <input type="date" value={form.dueDate} onChange={set('dueDate')} />
        </Field>
        <Field label="承办科室" error={errors.handler}>
          <input value={form.handler} onChange={set('handler')} />
        </Field>
        <Field label="办理状态" error={errors.status}>
          <select value={form.status} onChange={set('status')}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_NAMES[status]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="拟办意见" error={errors.proposal} wide>
          <textarea rows={2} value={form.proposal} onChange={set('proposal')} />
        </Field>
        <Field label="办理结果" error={errors.outcome} wide>
          <textarea rows={2} value={form.outcome} onChange={set('outcome')} />
        </Field>
        <Field label="备注" error={errors.note} wide>
          <textarea rows={2} value={form.note} onChange={set('note')} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving || !dirty}>
          {saving ? '正在保存…' : '保存登记'}
        </button>
        <button
          type="button"
          disabled={saving || !dirty}
          onClick={() => {
            reset();
            setErrors({});
            setError(null);
          }}
        >
          撤销修改
        </button>
        {dirty ? <span className="muted small">有未保存的修改</span> : null}
      </div>
    </SaveForm>
  );
}
