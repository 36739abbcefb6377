/**
 * 办理流程 of a received notice: 登记 → 拟办 → 批办 → 承办/传阅 → 办结, each step with who, when and what,
 * and a form to record the next one (the leader's 批示 is recorded by the clerk).
 */
import { useState } from 'react';
import type { FlowStep } from '../../shared/api/supervisionContract';
import { FLOW_STEPS, STAGE_NAMES, STEP_NAMES, type FlowStepKind, type Stage } from '../../shared/api/supervisionVocabulary';
import { api } from '../api/client';
import { archiveChanged, useApi } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { Field } from '../components/Field';
import { SaveForm } from '../components/SaveForm';
import { toast } from '../components/Toasts';
import { useLeaveGuard } from '../hooks/useLeaveGuard';
import { today } from '../register/overdue';

const LABELS: Record<FlowStepKind, { actor: string; text: string }> = {
  propose: { actor: '拟办人', text: '拟办意见' },
  instruct: { actor: '批示领导', text: '批示内容' },
  undertake: { actor: '承办单位或人员', text: '承办要求' },
  circulate: { actor: '传阅人', text: '阅文意见' },
  close: { actor: '办结人', text: '办理结果' },
};

/** The step a clerk records next at each stage. */
const NEXT: Record<Stage, FlowStepKind> = {
  registered: 'propose',
  proposed: 'instruct',
  instructed: 'undertake',
  undertaking: 'close',
  closed: 'circulate',
};

function StepLine({ step }: { step: FlowStep }) {
  return (
    <li>
      <strong>{STEP_NAMES[step.step]}</strong> <span className="nowrap">{step.date}</span>
      {step.actor ? ` · ${step.actor}` : ''}
      {step.text ? <div className="muted">{step.text}</div> : null}
    </li>
  );
}

export function FlowPanel({ noticeId }: { noticeId: number }) {
  const flow = useApi('flow.get', { noticeId });
  const stage = flow.value?.stage ?? 'registered';
  const [chosen, setChosen] = useState<FlowStepKind | null>(null);
  const step = chosen ?? NEXT[stage];
  const [actor, setActor] = useState('');
  const [text, setText] = useState('');
  const [date, setDate] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useLeaveGuard(actor.trim() !== '' || text.trim() !== '');

  async function record() {
    setSaving(true);
    const result = await api.call('flow.record', { noticeId, step, actor: actor || null, date, text: text || null });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setActor('');
    setText('');
    setChosen(null);
    archiveChanged();
    toast(`已记录${STEP_NAMES[step]}。`);
  }

  return (
    <div data-testid="flow-panel">
      <ErrorBox error={flow.error} />
      {flow.value ? (
        <>
          <p>
            当前：<span className="badge status-in_progress">{STAGE_NAMES[flow.value.stage]}</span>
          </p>
          <ol className="flow-steps">
            {flow.value.steps.map((s, index) => (
              <StepLine key={s.id ?? `register-${index}`} step={s} />
            ))}
          </ol>
          <SaveForm onSave={record} data-testid="flow-form">
            <ErrorBox error={error} />
            <div className="form-grid">
              <Field label="办理步骤">
                <select value={step} onChange={(e) => setChosen(e.target.value as FlowStepKind)}>
                  {FLOW_STEPS.map((kind) => (
                    <option key={kind} value={kind}>
                      {STEP_NAMES[kind]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="日期">
                <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
              </Field>
              <Field label={LABELS[step].actor}>
                <input value={actor} onChange={(e) => setActor(e.target.value)} maxLength={100} />
              </Field>
              <Field label={LABELS[step].text} wide>
                <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} />
              </Field>
            </div>
            <div className="form-actions">
              <button type="submit" className="primary" disabled={saving}>
                记录{STEP_NAMES[step]}
              </button>
            </div>
          </SaveForm>
        </>
      ) : null}
    </div>
  );
}
