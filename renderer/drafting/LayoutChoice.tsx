/**
 * The GB/T 9704 format (版式) of the generated .docx — 文件, 信函, 纪要 or 命令 — and what the chosen
 * format needs besides the draft: a 纪要's 出席/请假/列席 lists, a 令's 签发人 (职务 and 姓名).
 */
import type { NoticeAttendance, NoticeLayout, NoticeLayoutOptions } from '../../shared/drafting/noticeDocument';

const LAYOUT_NAMES: [NoticeLayout, string][] = [
  ['file', '文件'],
  ['letter', '信函'],
  ['minutes', '纪要'],
  ['order', '命令'],
];

export interface LayoutState {
  layout: NoticeLayout;
  /** Names as typed, separated by 、 or commas. */
  present: string;
  absent: string;
  attending: string;
  /** "县长 张三". */
  signer: string;
}

export const INITIAL_LAYOUT: LayoutState = { layout: 'file', present: '', absent: '', attending: '', signer: '' };

const names = (text: string) =>
  text
    .split(/[,，、]/)
    .map((name) => name.trim())
    .filter(Boolean);

/** The generate call's layout fields for the state. */
export function layoutRequest(state: LayoutState): NoticeLayoutOptions & { signer?: string } {
  if (state.layout === 'minutes') {
    const attendance: NoticeAttendance = { present: names(state.present), absent: names(state.absent), attending: names(state.attending) };
    return { layout: 'minutes', attendance };
  }
  if (state.layout === 'order') return { layout: 'order', signer: state.signer.trim() || undefined };
  return { layout: state.layout };
}

export function LayoutChoice({ value, onChange }: { value: LayoutState; onChange: (next: LayoutState) => void }) {
  const field = (key: 'present' | 'absent' | 'attending' | 'signer', label: string, placeholder: string) => (
    <label>
      {label}：
      <input
        aria-label={label}
        value={value[key]}
        placeholder={placeholder}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <>
      <label>
        版式：
        <select aria-label="版式" value={value.layout} onChange={(e) => onChange({ ...value, layout: e.target.value as NoticeLayout })}>
          {LAYOUT_NAMES.map(([layout, name]) => (
            <option key={layout} value={layout}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {value.layout === 'minutes' ? (
        <>
          {field('present', '出席', '姓名用顿号分开')}
          {field('absent', '请假', '')}
          {field('attending', '列席', '')}
        </>
      ) : null}
      {value.layout === 'order' ? field('signer', '签发人', '职务 姓名，如：县长 张三') : null}
    </>
  );
}
