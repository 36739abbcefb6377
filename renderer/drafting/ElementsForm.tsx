/** The draft's elements: 标题, 主送, 开头语, 结尾语, 附件, 署名, 成文日期, 附注, 抄送, 印发机关 and 日期, 份号, 密级, 紧急程度. */
import { SECRECY_LEVELS, URGENCY_LEVELS, type Draft } from '../../shared/drafting/draft';
import { Field } from '../components/Field';

interface ElementsFormProps {
  draft: Draft;
  onChange(change: Partial<Draft>): void;
}

const perLine = (list: string[]) => list.join('\n');
const fromLines = (text: string) => text.split('\n');

export function ElementsForm({ draft, onChange }: ElementsFormProps) {
  return (
    <div className="form-grid" data-testid="draft-elements">
      <Field label="标题" wide>
        <input value={draft.title} onChange={(e) => onChange({ title: e.target.value })} />
      </Field>
      <Field label="主送机关（每行一个）">
        <textarea rows={3} value={perLine(draft.recipients)} onChange={(e) => onChange({ recipients: fromLines(e.target.value) })} />
      </Field>
      <Field label="抄送机关（每行一个）">
        <textarea rows={3} value={perLine(draft.cc)} onChange={(e) => onChange({ cc: fromLines(e.target.value) })} />
      </Field>
      <Field label="开头语" wide>
        <textarea rows={4} value={draft.opening} onChange={(e) => onChange({ opening: e.target.value })} />
      </Field>
      <Field label="结尾段落（每行一段）" wide>
        <textarea rows={3} value={perLine(draft.closing)} onChange={(e) => onChange({ closing: fromLines(e.target.value) })} />
      </Field>
      <Field label="附件（每行一个）" wide>
        <textarea rows={2} value={perLine(draft.attachments)} onChange={(e) => onChange({ attachments: fromLines(e.target.value) })} />
      </Field>
      <Field label="发文机关署名">
        <input value={draft.signature} onChange={(e) => onChange({ signature: e.target.value })} />
      </Field>
      <Field label="成文日期">
        <input type="date" value={draft.signedDate ?? ''} onChange={(e) => onChange({ signedDate: e.target.value || null })} />
      </Field>
      <Field label="附注">
        <input value={draft.remark} onChange={(e) => onChange({ remark: e.target.value })} placeholder="（此件公开发布）" />
      </Field>
      <Field label="印发机关">
        <input value={draft.printer} onChange={(e) => onChange({ printer: e.target.value })} />
      </Field>
      <Field label="印发日期">
        <input type="date" value={draft.printedDate ?? ''} onChange={(e) => onChange({ printedDate: e.target.value || null })} />
      </Field>
      <Field label="份号（6位数字，可不填）">
        <input value={draft.copyNumber ?? ''} maxLength={6} onChange={(e) => onChange({ copyNumber: e.target.value.trim() || null })} />
      </Field>
      <Field label="密级">
        <select value={draft.secrecy ?? ''} onChange={(e) => onChange({ secrecy: (e.target.value || null) as Draft['secrecy'] })}>
          <option value="">无</option>
          {SECRECY_LEVELS.map((level) => (
            <option key={level}>{level}</option>
          ))}
        </select>
      </Field>
      <Field label="保密期限">
        <input
          value={draft.secrecyTerm ?? ''}
          disabled={!draft.secrecy}
          placeholder="如：1年"
          onChange={(e) => onChange({ secrecyTerm: e.target.value.trim() || null })}
        />
      </Field>
      <Field label="紧急程度">
        <select value={draft.urgency ?? ''} onChange={(e) => onChange({ urgency: (e.target.value || null) as Draft['urgency'] })}>
          <option value="">无</option>
          {URGENCY_LEVELS.map((level) => (
            <option key={level}>{level}</option>
          ))}
        </select>
      </Field>
      <Field label="二级序号">
        <select value={draft.numbering} onChange={(e) => onChange({ numbering: e.target.value as Draft['numbering'] })}>
          <option value="continuous">全文连续编号</option>
          <option value="perSection">每个一级标题下重新编号</option>
        </select>
      </Field>
    </div>
  );
}
