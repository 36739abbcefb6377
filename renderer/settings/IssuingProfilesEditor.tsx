/**
 * 其他发文身份: one card per issuing identity (版头) beside the organization's own — 名称, 署名,
 * 发文机关标志, 机关代字, 印发机关 and the office .docx template its notices are written into.
 * Edited as part of the 本机关 form and saved with it; a field's error shows as soon as the clerk has
 * typed in it (or tried to save), and goes as soon as the field is right.
 */
import { useState } from 'react';
import type { IssuingProfile } from '../../shared/drafting/organization';
import { useApi } from '../api/useApi';
import { href } from '../app/router';
import { Field } from '../components/Field';
import { blankProfile } from './issuingProfiles';

type TextKey = 'label' | 'signature' | 'issuerMark' | 'agencyCode' | 'printer';

const TEXT_FIELDS: [TextKey, string, string][] = [
  ['label', '名称', '如：县政府办公室'],
  ['signature', '署名', '如：大宁县人民政府办公室'],
  ['issuerMark', '发文机关标志', '如：大宁县人民政府办公室文件'],
  ['agencyCode', '机关代字', '如：大政办发'],
  ['printer', '印发机关', '如：大宁县人民政府办公室'],
];

interface Props {
  profiles: IssuingProfile[];
  /** The cards' field errors as they are now, keyed like the schema's: "profiles.0.label". */
  errors: Record<string, string>;
  /** Profiles (by id) whose every error shows: those on the form when a save was refused. */
  revealed: ReadonlySet<string>;
  onChange: (profiles: IssuingProfile[]) => void;
}

export function IssuingProfilesEditor({ profiles, errors, revealed, onChange }: Props) {
  const templates = useApi('officeTemplates.list', {}).value?.templates ?? [];
  // Fields typed in, by profile id (indexes shift when a card is deleted).
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const update = (index: number, change: Partial<IssuingProfile>) => {
    const id = profiles[index].id;
    setTouched((before) => new Set([...before, ...Object.keys(change).map((key) => `${id}.${key}`)]));
    onChange(profiles.map((p, i) => (i === index ? { ...p, ...change } : p)));
  };
  const errorOf = (index: number, key: string) => {
    const id = profiles[index].id;
    return revealed.has(id) || touched.has(`${id}.${key}`) ? errors[`profiles.${index}.${key}`] : undefined;
  };

  return (
    <div className="issuing-profiles" data-testid="issuing-profiles">
      <h3>其他发文身份</h3>
      <p className="muted">
        本机关以上面的标志和代字发文；以政府办公室、党委等其他名义发文时，在这里各建一个身份，起草时选用。每个身份的文号按它的机关代字单独编号。
      </p>
      {profiles.map((profile, index) => {
        const name = profile.label.trim() || `发文身份${index + 1}`;
        const known = profile.officeTemplateId === null || templates.some((t) => t.id === profile.officeTemplateId);
        return (
          <fieldset key={profile.id} className="profile-card" aria-label={`发文身份：${name}`}>
            <legend>{name}</legend>
            <div className="form-grid">
              {TEXT_FIELDS.map(([key, label, placeholder]) => (
                <Field key={key} label={label} error={errorOf(index, key)}>
                  <input value={profile[key]} placeholder={placeholder} onChange={(e) => update(index, { [key]: e.target.value })} />
                </Field>
              ))}
              <Field label="默认模板" error={errorOf(index, 'officeTemplateId')}>
                <select
                  value={profile.officeTemplateId ?? ''}
                  onChange={(e) => update(index, { officeTemplateId: e.target.value || null })}
                >
                  <option value="">按文种选用的模板</option>
                  {templates.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                  {known ? null : <option value={profile.officeTemplateId ?? ''}>（模板已删除）</option>}
                </select>
              </Field>
            </div>
            <div className="form-actions">
              <button
                type="button"
                className="danger"
                onClick={() =>
                  window.confirm(`删除发文身份“${name}”？已有草稿保留原来的署名和标志，但不再套用这个身份的模板。`) &&
                  onChange(profiles.filter((_, i) => i !== index))
                }
              >
                删除这个身份
              </button>
            </div>
          </fieldset>
        );
      })}
      {templates.length === 0 && profiles.length > 0 ? (
        <p className="muted">
          还没有红头模板。可在<a href={href(['templates'])}>模板</a>页面添加本机关的 .docx 模板，再为身份选用。
        </p>
      ) : null}
      <button type="button" onClick={() => onChange([...profiles, blankProfile(profiles)])}>
        添加发文身份
      </button>
    </div>
  );
}
