/**
 * Reads the 政府信息公开 metadata table that web pages put above a notice, as pasted text:
 * "索 引 号: | 012187001/2025-00032 | 主题分类: | 安全生产监管 |" or "发文字号：并政发〔2025〕1号 成文日期：2025-04-03".
 */
import type { SourceLine } from './lines';

const KNOWN_LABELS = [
  '索引号', '主题分类', '发文机关', '成文日期', '标题', '发文字号', '文号', '发布日期', '是否有效', '有效性',
  '主题词', '公文种类', '发布机构', '生成日期', '信息来源', '体裁分类', '组配分类', '服务对象',
];
const LABEL_SET = new Set(KNOWN_LABELS);

function labelOf(cell: string): string | null {
  const label = cell.replace(/\s+/g, '').replace(/[：:]$/, '');
  return LABEL_SET.has(label) ? label : null;
}

/** Fields of one line, or null when the line is not part of such a table. */
function fieldsOfLine(text: string): Record<string, string> | null {
  if (text.includes('|')) {
    const cells = text.split('|').map((c) => c.trim());
    const fields: Record<string, string> = {};
    let found = false;
    for (let i = 0; i < cells.length; i++) {
      const label = labelOf(cells[i]);
      if (!label) continue;
      found = true;
      const value = cells[i + 1] ?? '';
      if (value && !labelOf(value)) fields[label] = value;
    }
    return found ? fields : null;
  }
  const labelled = new RegExp(`(${KNOWN_LABELS.map((l) => l.split('').join('\\s*')).join('|')})\\s*[：:]`, 'g');
  const hits = [...text.matchAll(labelled)];
  if (hits.length === 0 || hits[0].index !== 0) return null;
  const fields: Record<string, string> = {};
  hits.forEach((hit, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].index : text.length;
    const value = text.slice(hit.index + hit[0].length, end).trim();
    if (value) fields[hit[1].replace(/\s+/g, '')] = value;
  });
  return fields;
}

export interface MetadataTable {
  fields: Record<string, string>;
  /** How many leading lines the table took. */
  lineCount: number;
}

/** Reads the table from the first lines; stops at the first line that is not part of it. */
export function readMetadataTable(lines: SourceLine[]): MetadataTable {
  const fields: Record<string, string> = {};
  let lineCount = 0;
  for (const line of lines) {
    const lineFields = fieldsOfLine(line.text);
    if (!lineFields) break;
    Object.assign(fields, lineFields);
    lineCount++;
  }
  return { fields, lineCount };
}
