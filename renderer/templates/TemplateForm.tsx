/**
 * Edits any template by walking its fields: text, lists (one per line), switches, numbers, choices
 * and groups. The shapes come from the template schemas; this form only needs their values.
 */
import { Fragment, useId } from 'react';
import { placeholderNames } from '../../shared/drafting/placeholders';
import { FIELD_CHOICES, FIELD_LABELS, LONG_FIELDS } from './fieldLabels';

type Value = string | number | boolean | string[] | { [key: string]: Value };

interface TemplateFormProps {
  value: Record<string, Value>;
  readOnly: boolean;
  onChange(value: Record<string, Value>): void;
}

const HIDDEN = new Set(['id', 'kind']);

function FieldEditor({ name, value, readOnly, onChange }: { name: string; value: Value; readOnly: boolean; onChange(v: Value): void }) {
  const label = FIELD_LABELS[name] ?? name;
  const id = useId();
  if (typeof value === 'boolean') {
    return (
      <label className="check">
        <input type="checkbox" checked={value} disabled={readOnly} onChange={(e) => onChange(e.target.checked)} /> {label}
      </label>
    );
  }
  if (typeof value === 'number') {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="number" value={value} disabled={readOnly} onChange={(e) => onChange(Number(e.target.value))} />
      </div>
    );
  }
  if (Array.isArray(value)) {
    return (
      <div className="field wide">
        <label htmlFor={id}>{label}</label>
        <textarea id={id} rows={3} value={value.join('\n')} disabled={readOnly} onChange={(e) => onChange(e.target.value.split('\n'))} />
      </div>
    );
  }
  if (typeof value === 'object') {
    return (
      <fieldset className="field wide template-group">
        <legend>{label}</legend>
        <div className="form-grid">
          {Object.entries(value).map(([key, inner]) => (
            <FieldEditor key={key} name={key} value={inner} readOnly={readOnly} onChange={(v) => onChange({ ...value, [key]: v })} />
          ))}
        </div>
      </fieldset>
    );
  }
  const choices = FIELD_CHOICES[name];
  if (choices) {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value)}>
          {Object.entries(choices).map(([key, text]) => (
            <option key={key} value={key}>
              {text}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const placeholders = placeholderNames(value);
  return (
    <div className={`field${LONG_FIELDS.has(name) ? ' wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {LONG_FIELDS.has(name) ? (
        <textarea id={id} rows={3} value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value)} />
      )}
      {placeholders.length > 0 ? <span className="muted small">占位符：{placeholders.map((p) => `{${p}}`).join(' ')}</span> : null}
    </div>
  );
}

export function TemplateForm({ value, readOnly, onChange }: TemplateFormProps) {
  return (
    <div className="form-grid">
      {Object.entries(value)
        .filter(([key]) => !HIDDEN.has(key))
        .map(([key, inner]) => (
          <Fragment key={key}>
            <FieldEditor name={key} value={inner} readOnly={readOnly} onChange={(v) => onChange({ ...value, [key]: v })} />
          </Fragment>
        ))}
    </div>
  );
}
