/**
 * 本机关: who this office is — name, 发文机关标志, 机关代字, level, default 主送/抄送, 印发机关, 全宗号.
 * Checked with the same schema the core uses; lists are one name per line.
 */
import { useState } from 'react';
import {
  ADMIN_LEVEL_NAMES,
  ADMIN_LEVELS,
  organizationSchema,
  type AdminLevel,
  type IssuingProfile,
  type Organization,
} from '../../shared/drafting/organization';
import { validate } from '../../shared/api/validation';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { Field } from '../components/Field';
import { SaveForm } from '../components/SaveForm';
import { toast } from '../components/Toasts';
import { useSyncedForm } from '../hooks/useSyncedForm';
import { profileErrors } from './issuingProfiles';
import { IssuingProfilesEditor } from './IssuingProfilesEditor';

interface Form {
  name: string;
  issuerMark: string;
  agencyCode: string;
  adminLevel: AdminLevel;
  recipients: string;
  cc: string;
  printer: string;
  profiles: IssuingProfile[];
}

const lines = (text: string) =>
  text
    .split(/\n|、/)
    .map((s) => s.trim())
    .filter(Boolean);

function toForm(o: Organization | null): Form {
  return {
    name: o?.name ?? '',
    issuerMark: o?.issuerMark ?? '',
    agencyCode: o?.agencyCode ?? '',
    adminLevel: o?.adminLevel ?? 'county',
    recipients: (o?.recipients ?? []).join('\n'),
    cc: (o?.cc ?? []).join('\n'),
    printer: o?.printer ?? '',
    profiles: o?.profiles ?? [],
  };
}

export function OrganizationForm({ organization }: { organization: Organization | null }) {
  const [form, setForm] = useSyncedForm(organization, toForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  // The cards are checked as the clerk types, with the schema the core uses and the clashes it cannot see.
  const profileProblems = profileErrors(form.profiles, form.agencyCode);

  const set = (key: Exclude<keyof Form, 'profiles'>) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));

  async function save() {
    const candidate = {
      ...form,
      recipients: lines(form.recipients),
      cc: lines(form.cc),
      unitMapping: organization?.unitMapping ?? {},
      // The 机构名录 is edited in its own panel and kept as it is.
      units: organization?.units ?? [],
    };
    const checked = validate(organizationSchema, candidate);
    if (!checked.ok || Object.keys(profileProblems).length > 0) {
      setErrors(checked.ok ? {} : checked.fields);
      setRevealed(new Set(form.profiles.map((p) => p.id)));
      setError('有字段填写不正确，请按提示修改。');
      return;
    }
    setErrors({});
    const result = await api.call('settings.saveOrganization', { organization: checked.value });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    archiveChanged();
    toast('本机关设置已保存。');
  }

  return (
    <SaveForm data-testid="organization-form" onSave={save}>
      <ErrorBox error={error} />
      <div className="form-grid">
        <Field label="机关全称" error={errors.name}>
          <input value={form.name} onChange={set('name')} placeholder="如：大宁县人民政府" />
        </Field>
        <Field label="发文机关标志" error={errors.issuerMark}>
          <input value={form.issuerMark} onChange={set('issuerMark')} placeholder="如：大宁县人民政府文件" />
        </Field>
        <Field label="机关代字" error={errors.agencyCode}>
          <input value={form.agencyCode} onChange={set('agencyCode')} placeholder="如：大政发" />
        </Field>
        <Field label="行政层级" error={errors.adminLevel}>
          <select value={form.adminLevel} onChange={set('adminLevel')}>
            {ADMIN_LEVELS.map((level) => (
              <option key={level} value={level}>
                {ADMIN_LEVEL_NAMES[level]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="印发机关" error={errors.printer}>
          <input value={form.printer} onChange={set('printer')} placeholder="如：大宁县人民政府办公室" />
        </Field>
        <Field label="默认主送机关（每行一个）" error={errors.recipients}>
          <textarea rows={3} value={form.recipients} onChange={set('recipients')} />
        </Field>
        <Field label="默认抄送机关（每行一个）" error={errors.cc}>
          <textarea rows={3} value={form.cc} onChange={set('cc')} />
        </Field>
      </div>
      <IssuingProfilesEditor
        profiles={form.profiles}
        errors={profileProblems}
        revealed={revealed}
        onChange={(profiles) => setForm((f) => ({ ...f, profiles }))}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          保存本机关设置
        </button>
      </div>
    </SaveForm>
  );
}
