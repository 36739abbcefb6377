/**
 * The live preview beside pasted text: what the parser reads out of it right now (elements, clauses,
 * units) and what 公文校对 finds, so the clerk sees a bad paste before importing it.
 */
import { Fragment, useDeferredValue, useMemo } from 'react';
import type { ParsedNotice } from '../../shared/domain/notice';
import { lintNotice } from '../../shared/lint/lint';
import { parseNotice } from '../../shared/parser/parseNotice';
import { FindingList } from '../notice/FindingList';

function unitCount(notice: ParsedNotice): number {
  return new Set(notice.clauses.flatMap((c) => c.units.map((u) => u.name))).size;
}

export function ParsePreview({ text }: { text: string }) {
  const deferred = useDeferredValue(text);
  const parsed = useMemo(() => {
    if (deferred.trim() === '') return null;
    const notice = parseNotice(deferred);
    return { notice, findings: [...notice.findings, ...lintNotice(notice)] };
  }, [deferred]);

  if (!parsed) {
    return (
      <div className="panel preview">
        <h2>解析预览</h2>
        <p className="muted">在左侧粘贴公文全文后，这里会立即显示识别出的文号、标题、条款和责任单位。</p>
      </div>
    );
  }
  const { notice, findings } = parsed;
  const rows: [string, string][] = [
    ['发文机关', notice.issuers.join('、') || '—'],
    ['文号', notice.docNumber?.text ?? '—'],
    ['标题', notice.title ?? '—'],
    ['文种', notice.docKind ?? '—'],
    ['主送机关', notice.recipients.join('、') || '—'],
    ['成文日期', notice.signedDate ?? '—'],
    ['抄送', notice.cc.join('、') || '—'],
    ['条款', `${notice.clauses.length} 条，涉及责任单位 ${unitCount(notice)} 个`],
    ['引用文件', notice.citations.map((c) => c.docNumber).join('、') || '—'],
  ];
  return (
    <div className="panel preview" data-testid="parse-preview">
      <h2>解析预览</h2>
      <dl>
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <h3>校对结果（{findings.length}）</h3>
      <FindingList findings={findings.slice(0, 30)} />
      {findings.length > 30 ? <p className="muted small">另有 {findings.length - 30} 条，导入后在公文详情中查看。</p> : null}
    </div>
  );
}
