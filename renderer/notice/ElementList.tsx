/** The notice's elements (要素) as the parser read them, in the order of GB/T 9704. */
import type { NoticeDetail } from '../../shared/api/archiveContract';

export function ElementList({ detail }: { detail: NoticeDetail }) {
  const n = detail.notice;
  const list = (items: string[]) => (items.length > 0 ? items.join('、') : null);
  const rows: [string, string | null][] = [
    ['份号', n.copyNumber],
    ['密级', n.secrecy ? `${n.secrecy}${n.secrecyTerm ? `★${n.secrecyTerm}` : ''}` : null],
    ['紧急程度', n.urgency],
    ['发文机关', list(n.issuers)],
    ['发文机关标志', n.issuerMark],
    ['发文字号', n.docNumber?.text ?? n.docNumberRaw],
    ['签发人', list(n.signers)],
    ['标题', n.title],
    ['文种', n.docKind],
    ['主送机关', list(n.recipients)],
    ['附件', list(n.attachments)],
    ['发文机关署名', n.signature],
    ['成文日期', n.signedDate],
    ['附注', n.remark],
    ['抄送机关', list(n.cc)],
    ['印发机关', n.printer],
    ['印发日期', n.printedDate],
    ['引用法规', list(n.laws)],
  ];
  return (
    <dl className="elements" data-testid="elements">
      {rows.map(([label, value]) => (
        <div key={label} className="element-row">
          <dt>{label}</dt>
          <dd>{value ?? <span className="muted">—</span>}</dd>
        </div>
      ))}
      {n.unplaced.length > 0 ? (
        <div className="element-row">
          <dt>未归位文字</dt>
          <dd>
            {n.unplaced.map((text, i) => (
              <p key={i} className="muted">
                {text}
              </p>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
