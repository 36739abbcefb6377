/**
 * 归档 of one notice (DA/T 22-2015): 年度, 保管期限 and 机构（问题）; the archive gives the 件号 and
 * composes the 档号 (全宗号-WS·年度-保管期限代码-机构代码-件号). Below it, the year's 归档文件目录 to check
 * (页数, warnings) and generate.
 */
import { useState } from 'react';
import type { Filing } from '../../shared/api/archiveContract';
import { RETENTION_NAMES, RETENTIONS, type Retention } from '../../shared/api/vocabulary';
import { filingFieldsSchema } from '../../shared/api/registrationContract';
import { validate } from '../../shared/api/validation';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { Field } from '../components/Field';
import { SaveForm } from '../components/SaveForm';
import { toast } from '../components/Toasts';
import { CataloguePanel } from './CataloguePanel';

interface FilingFormProps {
  noticeId: number;
  filing: Filing | null;
  /** The year to propose for a notice not yet filed (its 成文日期's year). */
  defaultYear: number;
}

export function FilingForm({ noticeId, filing, defaultYear }: FilingFormProps) {
  const [year, setYear] = useState(String(filing?.year ?? defaultYear));
  const [retention, setRetention] = useState<Retention>(filing?.retention ?? '10y');
  const [department, setDepartment] = useState(filing?.department ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [showCatalogue, setShowCatalogue] = useState(false);
  const typedYear = Number(year);
  // The catalogue of the year typed, once it is a year the archive can have.
  const catalogueYear = Number.isInteger(typedYear) && typedYear >= 1949 && typedYear <= 2100 ? typedYear : defaultYear;

  async function save() {
    const checked = validate(filingFieldsSchema, { year: Number(year), retention, department });
    if (!checked.ok) {
      setErrors(checked.fields);
      return;
    }
    setErrors({});
    setSaving(true);
    const result = await api.call('filing.file', { id: noticeId, fields: checked.value });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    archiveChanged();
    toast(`已归档，档号 ${result.value.archivalCode}`);
  }

  return (
    <>
      <SaveForm data-testid="filing-form" onSave={save}>
        <ErrorBox error={error} />
        {filing ? (
          <div className="note-box">
            档号：<strong data-testid="archival-code">{filing.archivalCode}</strong>　件号 {String(filing.itemNumber).padStart(4, '0')}
          </div>
        ) : (
          <p className="muted">尚未归档。填写年度和保管期限后点“归档”，系统会按年度和保管期限分配件号并生成档号。</p>
        )}
        <div className="form-grid">
          <Field label="年度" error={errors.year}>
            <input type="number" value={year} onChange={(event) => setYear(event.target.value)} />
          </Field>
          <Field label="保管期限" error={errors.retention}>
            <select value={retention} onChange={(event) => setRetention(event.target.value as Retention)}>
              {RETENTIONS.map((r) => (
                <option key={r} value={r}>
                  {RETENTION_NAMES[r]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="机构（问题）代码" error={errors.department}>
            <input value={department} onChange={(event) => setDepartment(event.target.value)} placeholder="如 BGS，可不填" />
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {filing ? '更新归档' : '归档'}
          </button>
          <button type="button" aria-expanded={showCatalogue} onClick={() => setShowCatalogue((shown) => !shown)}>
            {showCatalogue ? '收起归档文件目录' : `核对并生成${catalogueYear}年度归档文件目录`}
          </button>
        </div>
      </SaveForm>
      {/* Outside the filing form: Enter in a 页数 field must not file the notice again. */}
      {showCatalogue ? <CataloguePanel year={catalogueYear} /> : null}
    </>
  );
}
