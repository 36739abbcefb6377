/** A made-up notice to fill an office template for its preview and to check its tags when it is added. */
import type { NoticeDocument } from '../../../shared/drafting/noticeDocument';

export const SAMPLE_NOTICE: NoticeDocument = {
  copyNumber: '000001',
  secrecy: null,
  urgency: '加急',
  issuerMark: '××县人民政府文件',
  docNumber: '×政发〔2025〕1号',
  redRule: true,
  title: '××县人民政府关于做好示例工作的通知',
  recipients: ['各乡镇人民政府', '县直各有关部门'],
  body: [
    { kind: 'paragraph', text: '为做好示例工作，现将有关事项通知如下。' },
    { kind: 'clause', level: 1, marker: '一、', number: '一', path: '一', heading: '提高思想认识', rest: '', unitsNote: '' },
    {
      kind: 'clause',
      level: 2,
      marker: '（一）',
      number: '一',
      path: '一/一',
      heading: '压实工作责任。',
      rest: '各单位要明确分管领导和具体责任人，按时完成各项任务。',
      unitsNote: '（责任单位：县示例局）',
    },
  ],
  attachments: ['示例工作任务分工表'],
  signature: '××县人民政府',
  signedDate: '2025年4月3日',
  remark: '（此件公开发布）',
  cc: ['县委办', '县人大办', '县政协办'],
  printer: '××县人民政府办公室',
  printedDate: '2025年4月3日',
  pageNumbers: true,
};

export const SAMPLE_TASKS = [
  { serial: 1, clause: '一/一', task: '压实工作责任', lead: ['县示例局'], co: ['各乡镇人民政府'], deadline: '2025年12月底前' },
];
