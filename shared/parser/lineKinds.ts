/**
 * Classifiers for single lines of a notice: the closing elements (署名, 成文日期, 附注, 主送 and 抄送 in the
 * 版记, 印发, a 纪要's attendance), attachment headings, table rows, labelled list lines and organization names.
 */
import { withoutPinyin } from '../domain/pinyinRuns';
import { findDate, lostMarksReadings, parseDate } from '../domain/dates';
import { isCompleteOrgName } from './unitNames';
import { withTraditional } from './traditionalForms';

export function isDateLine(text: string): boolean {
  return text.length <= 24 && parseDate(text) !== null;
}

/** 附注 such as （此件公开发布）, (此件依申请公开), （联系人：张三，电话：1234567）, （信息公开选项：主动公开）. */
export function isRemarkLine(text: string): boolean {
  return /^[（(](此件|本件|联系人|联系电话|联系方式|此页无正文|信息公开选项|公开方式)[^）)]*[）)]$/.test(text);
}

/** 抄送, and 抄报 (copies sent upward, a separate line before 2012). */
export function isCcLine(text: string): boolean {
  return /^抄\s*[送报]\s*[：:]/.test(text);
}

/** 主送 written in the 版记 (决定, 公告 and 纪要 may put it there instead of under the title). */
export function isRecipientsLine(text: string): boolean {
  return /^主\s*送\s*(机\s*关\s*)?[：:]/.test(text);
}

/** A 纪要's attendance lines: 出席：…, 列席：…, 请假：…, 缺席：…, 记录：…. */
export function isAttendanceLine(text: string): boolean {
  return /^(出\s*席|列\s*席|请\s*假|缺\s*席|参\s*加|记\s*录)(人\s*员|单\s*位|领\s*导)?\s*[：:]/.test(text);
}

/** A row of a table pasted as text: cells between "|" (at least three cells). */
export function isTableRow(text: string): boolean {
  let bars = 0;
  for (let i = text.indexOf('|'); i >= 0 && bars < 2; i = text.indexOf('|', i + 1)) bars++;
  return bars >= 2;
}

/** The cells of a table row, outer bars dropped: "| 1 | 任务 |" → ["1", "任务"]. */
export function tableCells(text: string): string[] {
  return text
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** A line of a list of labelled entries: "总 指 挥：王建国", "会议时间：7月3日", "出席：…". */
export function isLabelLine(text: string): boolean {
  return /^[\u4e00-\u9fff][\u4e00-\u9fff ]{0,9}[：:]/.test(text);
}

export interface PrintLine {
  printer: string | null;
  printedDate: string;
}

/** A 印发 line whose date lost its 月 (and 日): "2017年1215日印发". */
const LOST_MARKS_PRINT = /^(.*?)((?:19|20)\d\d年?\d{2,4}日?)\s*印\s*发\s*$/;

/** "阳泉市人民政府办公室 2025年3月31日印发" or "2024年4月12日印发", or one whose date can be read one way only. */
export function parsePrintLine(text: string): PrintLine | null {
  if (text.length > 60 || !/印\s*发\s*$/.test(text)) return null;
  const date = findDate(text);
  if (!date) {
    const lost = LOST_MARKS_PRINT.exec(text);
    const readings = lost ? lostMarksReadings(lost[2]) : [];
    return readings.length === 1 ? { printer: lost![1].trim() || null, printedDate: readings[0] } : null;
  }
  const printer = text.slice(0, date.index).trim();
  return { printer: printer || null, printedDate: date.iso };
}

/** A line that is only an organization's name: 阳城县人民政府, 中共大宁县委办公室. */
/** A short quoted word inside an organ's name: 甲县“抗疫保卫战”指挥部. */
const QUOTED_WORD = /“[\u4e00-\u9fff]{2,10}”(?=[\u4e00-\u9fff])/g;

/** Words of a page's field labels, which no organ's name holds. */
const FIELD_WORDS = withTraditional(/主题分类|发布机构|索引号|发文字号|成文日期|文号/);

export function isOrgNameLine(text: string): boolean {
  // A table row or a numbered item can end in a unit's name; a signature line is never either.
  // (A mirror's pronunciations make no name longer: "甲(jiǎ)省农业农村厅"; a page's field words glued into a line
  // make it no name: "主题分类教育发布机构甲厅文号甲政办".)
  const plain = withoutPinyin(text);
  return (
    plain.length <= 40 &&
    !FIELD_WORDS.test(plain) &&
    !/[，。,；：:、“”《》|｜]/.test(text.includes('“') ? text.replace(QUOTED_WORD, '') : text) &&
    !/^[0-9０-９]/.test(text) &&
    isCompleteOrgName(text) &&
    !text.includes('关于')
  );
}

/** "附件", "附件1", "附件：1. 名称", "附件:名称", a web page's "附件下载：" or "相关附件：". */
export function isAttachmentHeading(text: string): boolean {
  return /^(相关)?附\s*件(下载)?\s*[0-9０-９]*\s*([：:]|$)/.test(text);
}

/** A bare attachment heading on its own line ("附件", "附件2"): the attachment's title follows. */
export function isBareAttachmentHeading(text: string): boolean {
  return /^附\s*件\s*[0-9０-９]*$/.test(text);
}
