/**
 * A live paper preview of the draft as it will print (GB/T 9704 order and emphasis: red 版头 and
 * rule, 小标宋 title, 黑体 level-1 and 楷体 level-2 headings, 署名 and date on the right, 版记) —
 * continuous, without page breaks; the .docx is the exact layout.
 */
import type { NoticeDocument } from '../../shared/drafting/noticeDocument';

export function NoticePreview({ doc }: { doc: NoticeDocument }) {
  return (
    <article className="paper" aria-label="草稿预览" data-testid="draft-preview">
      {doc.copyNumber || doc.secrecy || doc.urgency ? (
        <div className="paper-flags">{[doc.copyNumber, doc.secrecy, doc.urgency].filter(Boolean).join('　')}</div>
      ) : null}
      {doc.issuerMark ? <div className="paper-mark">{doc.issuerMark}</div> : null}
      {doc.docNumber ? <div className="paper-number">{doc.docNumber}</div> : null}
      {doc.redRule ? <hr className="paper-red-rule" /> : null}
      <h2 className="paper-title">{doc.title}</h2>
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
      {doc.signature ? <p className="paper-right">{doc.signature}</p> : null}
      {doc.signedDate ? <p className="paper-right">{doc.signedDate}</p> : null}
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
    </article>
  );
}
