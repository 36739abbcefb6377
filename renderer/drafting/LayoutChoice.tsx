/**
 * The GB/T 9704 format (版式) the draft is written in — 文件, 信函, 纪要 or 命令 — whether its 署名 is
 * laid out for a seal, and what the chosen format needs besides: a 纪要's 出席/请假/列席 lists, a 令's
 * 签发人 (职务 and 姓名), an upward 文件's 签发人 (上行文, §7.2.4). All of it is part of the draft: saved with it, shown in the preview, used
 * when the .docx is generated.
 */
import { useEffect, useState } from 'react';
import type { Draft } from '../../shared/drafting/draft';
import type { NoticeLayout } from '../../shared/drafting/noticeDocument';

const LAYOUT_NAMES: [NoticeLayout, string][] = [
  ['file', '文件'],
  ['letter', '信函'],
  ['minutes', '纪要'],
  ['order', '命令'],
];

const SIGNER_HINT = '请示、报告等上行文在文号右侧标注签发人姓名（GB/T 9704 §7.2.4）；下行文留空';

type LayoutFields = Pick<Draft, 'layout' | 'sealed' | 'attendance' | 'signer'>;

/** A list as typed: names (or 单位 and 姓名) separated by 、, commas or semicolons. */
export const splitNames = (text: string) =>
  text
    .split(/[,，、;；]+/)
    .map((name) => name.trim())
    .filter(Boolean);

/** Names typed freely (separators and all) and handed over on leaving the field or Enter. */
function NamesInput({ label, value, onCommit }: { label: string; value: string[]; onCommit(names: string[]): void }) {
  const joined = value.join('、');
  const [text, setText] = useState(joined);
  useEffect(() => setText(joined), [joined]);
  const commit = () => {
    if (splitNames(text).join('、') !== joined) onCommit(splitNames(text));
  };
  return (
    <label>
      {label}：
      <input
        aria-label={label}
        value={text}
        placeholder="姓名用顿号分开"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}

export function LayoutChoice({ draft, onChange }: { draft: LayoutFields; onChange: (change: Partial<LayoutFields>) => void }) {
  const list = (key: keyof Draft['attendance'], label: string) => (
    <NamesInput
      label={label}
      value={draft.attendance[key]}
      onCommit={(next) => onChange({ attendance: { ...draft.attendance, [key]: next } })}
    />
  );
  return (
    <div className="layout-choice" role="group" aria-label="公文格式">
      <label>
        版式：
        <select aria-label="版式" value={draft.layout} onChange={(e) => onChange({ layout: e.target.value as NoticeLayout })}>
          {LAYOUT_NAMES.map(([layout, name]) => (
            <option key={layout} value={layout}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {draft.layout === 'file' || draft.layout === 'letter' ? (
        <label className="check" title="盖印章的公文：成文日期右空四字，署名居中于日期之上，留出用印位置">
          <input type="checkbox" checked={draft.sealed} onChange={(e) => onChange({ sealed: e.target.checked })} />
          加盖印章
        </label>
      ) : null}
      {draft.layout === 'minutes' ? (
        <>
          {list('present', '出席')}
          {list('absent', '请假')}
          {list('attending', '列席')}
        </>
      ) : null}
      {draft.layout === 'order' || draft.layout === 'file' ? (
        <label title={draft.layout === 'file' ? SIGNER_HINT : undefined}>
          签发人：
          <input
            aria-label="签发人"
            value={draft.signer}
            maxLength={20}
            placeholder={draft.layout === 'order' ? '职务 姓名，如：县长 张三' : '上行文填写，如：张三'}
            onChange={(e) => onChange({ signer: e.target.value })}
          />
        </label>
      ) : null}
    </div>
  );
}
