/**
 * A live paper preview of the draft as it will print, in its GB/T 9704 format (as the .docx writer
 * lays it out, from the same asLaidOut): red 版头 and rule of a 文件 (with its 签发人 when upward), the 信函's organ name over a red
 * double line with the 文号 at the right, the 纪要's 标志 and 出席/请假/列席 lists, the 令's 标志, 令号
 * and 签发人; 小标宋 title, 黑体 and 楷体 headings, the 署名 and date as sealed or unsealed, 版记 —
 * continuous, without page breaks; the .docx is the exact layout.
 */
import type { NoticeDocument } from '../../shared/drafting/noticeDocument';
import { asLaidOut, ATTENDANCE_LABELS, organName } from '../../shared/drafting/noticeLayouts';

function Head({ doc }: { doc: NoticeDocument }) {
  const flags = [doc.copyNumber, doc.secrecy, doc.urgency].filter(Boolean).join('　');
  switch (doc.layout ?? 'file') {
    case 'letter':
      return (
        <>
          {doc.issuerMark ? <div className="paper-mark">{organName(doc.issuerMark)}</div> : null}
          <hr className="paper-double-rule" />
          {flags || doc.docNumber ? (
            <div className="paper-letter-line">
              <span className="paper-flags">{flags}</span>
              <span>{doc.docNumber}</span>
            </div>
          ) : null}
        </>
      );
    case 'order':
      return (
        <>
          {doc.issuerMark ? <div className="paper-mark paper-order-mark">{doc.issuerMark}</div> : null}
          {doc.docNumber ? <div className="paper-number">{doc.docNumber}</div> : null}
        </>
      );
    default:
      return (
        <>
          {flags ? <div className="paper-flags">{flags}</div> : null}
          {doc.issuerMark ? <div className="paper-mark">{doc.issuerMark}</div> : null}
          {doc.docNumber && doc.signer ? (
            // 上行文 (§7.2.4): the 文号 1 字 in from the left, "签发人：" and the name (楷体) 1 字 in from the right.
            <div className="paper-number paper-upward" data-testid="preview-signer-line">
              <span>{doc.docNumber}</span>
              <span>
                签发人：<span className="paper-signer">{doc.signer}</span>
              </span>
            </div>
          ) : doc.docNumber ? (
            <div className="paper-number">{doc.docNumber}</div>
          ) : null}
          {doc.redRule ? <hr className="paper-red-rule" /> : null}
        </>
      );
  }
}

/** 署名 and 成文日期 (§7.3.5): sealed, the date 4 字 from the right and the 署名 centred over it; else the 署名 2 字 from the right and the date 2 字 further in. A 令 closes with its 签发人. */
function Close({ doc }: { doc: NoticeDocument }) {
  if (doc.layout === 'order') {
    const words = (doc.signer ?? '').split(/\s+/).filter(Boolean);
    const name = words.pop();
    return (
      <div className="paper-close sealed" data-testid="preview-close">
        {name ? (
          <p>
            {words.join('')}
            {words.length > 0 ? '　　' : ''}
            <span className="paper-signer">{name}</span>
          </p>
        ) : null}
        {doc.signedDate ? <p>{doc.signedDate}</p> : null}
      </div>
    );
  }
  if (!doc.signature && !doc.signedDate) return null;
  return (
    <div className={`paper-close${doc.sealed ? ' sealed' : ''}`} data-testid="preview-close">
      {doc.signature ? <p>{doc.signature}</p> : null}
      {doc.signedDate ? <p className="paper-date">{doc.signedDate}</p> : null}
    </div>
  );
}

export function NoticePreview({ doc: given }: { doc: NoticeDocument }) {
  const doc = asLaidOut(given);
  const layout = doc.layout ?? 'file';
  const attendance = layout === 'minutes' && doc.attendance ? ATTENDANCE_LABELS.filter(([key]) => doc.attendance![key].length > 0) : [];
  return (
    <article className={`paper paper-${layout}`} aria-label="草稿预览" data-testid="draft-preview">
      <Head doc={doc} />
      {doc.title ? <h2 className="paper-title">{doc.title}</h2> : null}
      {doc.recipients.length > 0 ? <p className="paper-flush">{doc.recipients.join('，')}：</p> : null}
      {doc.body.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>{block.text}</p>
        ) : (
          <p key={index} className={`paper-clause level-${block.level}`}>
            <span className="paper-heading">
              {block.marker}
              {block.heading}
            </span>
            {block.rest}
            {block.unitsNote}
          </p>
        ),
      )}
      {doc.attachments.length > 0 ? (
        <p className="paper-attachments">
          附件：{doc.attachments.map((a, i) => (doc.attachments.length > 1 ? `${i + 1}. ${a}` : a)).join('　')}
        </p>
      ) : null}
      {attendance.length > 0 ? (
        <div className="paper-attendance">
          {attendance.map(([key, label]) => (
            <p key={key}>
              <span className="paper-heading">{label}：</span>
              {doc.attendance![key].join('、')}
            </p>
          ))}
        </div>
      ) : null}
      <Close doc={doc} />
      {doc.remark ? <p>{doc.remark}</p> : null}
      {doc.cc.length > 0 || doc.printer ? (
        <footer className="paper-imprint">
          {doc.cc.length > 0 ? <p>抄送：{doc.cc.join('，')}。</p> : null}
          {doc.printer ? (
            <p className="paper-printer">
              <span>{doc.printer}</span>
              <span>{doc.printedDate ? `${doc.printedDate}印发` : ''}</span>
            </p>
          ) : null}
        </footer>
      ) : null}
      {layout === 'letter' ? <hr className="paper-double-rule foot" /> : null}
    </article>
  );
}
