/**
 * Classifiers for single lines of a notice: the closing elements (署名, 成文日期, 附注, 抄送, 印发),
 * attachment headings, and organization names.
 */
import { findDate, parseDate } from '../domain/dates';
import { isCompleteOrgName } from './unitNames';

export function isDateLine(text: string): boolean {
  return text.length <= 24 && parseDate(text) !== null;
}

/** 附注 such as （此件公开发布）, (此件依申请公开), （联系人：张三，电话：1234567）. */
export function isRemarkLine(text: string): boolean {
  return /^[（(](此件|本件|联系人|联系电话|此页无正文)[^）)]*[）)]$/.test(text);
}

export function isCcLine(text: string): boolean {
  return /^抄\s*送\s*[：:]/.test(text);
}

export interface PrintLine {
  printer: string | null;
  printedDate: string;
}

/** "阳泉市人民政府办公室 2025年3月31日印发" or "2024年4月12日印发". */
export function parsePrintLine(text: string): PrintLine | null {
  if (!/印\s*发\s*$/.test(text) || text.length > 60) return null;
  const date = findDate(text);
  if (!date) return null;
  const printer = text.slice(0, date.index).trim();
  return { printer: printer || null, printedDate: date.iso };
}

/** A line that is only an organization's name: 阳城县人民政府, 中共大宁县委办公室. */
export function isOrgNameLine(text: string): boolean {
  return text.length <= 40 && !/[，。,；：:、“”《》]/.test(text) && isCompleteOrgName(text) && !/关于/.test(text);
}

/** "附件", "附件1", "附件：1. 名称", "附件:名称". */
export function isAttachmentHeading(text: string): boolean {
  return /^附\s*件\s*[0-9０-９]*\s*$/.test(text) || /^附\s*件\s*[0-9０-９]*\s*[：:]/.test(text);
}
