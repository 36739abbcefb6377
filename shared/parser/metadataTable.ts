/**
 * Reads the 政府信息公开 metadata table that web pages put around a notice's title, as pasted text:
 * "索 引 号: | 012187001/2025-00032 | 主题分类: | 安全生产监管 |", "发文字号：并政发〔2025〕1号 成文日期：2025-04-03",
 * or the page's "发布时间：2025-06-20 来源：市政府办公室" line under the title.
 */
import type { SourceLine } from './lines';
import { isRecipientsLine } from './lineKinds';
import { matchClauseMarker } from './clauseMarkers';
import { isChromeLine } from './webChrome';
import { isCompleteOrgName } from './unitNames';
import { bothForms, simplified } from './traditionalForms';
import { PINYIN_RUN_SOURCE, withoutPinyin } from '../domain/pinyinRuns';

const KNOWN_LABELS = [
  '索引号',
  '主题分类',
  '发文机关',
  '成文日期',
  '标题',
  '名称',
  '信息名称',
  '文件名称',
  '文件标题',
  '发文字号',
  '文号',
  '文件编号',
  '发文序号',
  '发布日期',
  '是否有效',
  '有效性',
  '主题词',
  '公文种类',
  '发布机构',
  '生成日期',
  '信息来源',
  '体裁分类',
  '组配分类',
  '服务对象',
  '发布时间',
  '文章来源',
  '来源',
  '作者',
  '作者单位',
  '更新时间',
  '浏览数',
  '浏览次数',
  '访问次数',
  '点击次数',
  '发文机构',
  '发文单位',
  '发文日期',
  '生效日期',
  '生效时间',
  '废止时间',
  '时效性',
  '效力状况',
  '信息分类',
  '关键词',
  '公开日期',
  '公开方式',
  '公开形式',
  '公开范围',
  '内容概述',
  '内容概况',
  '法宝引证码',
  '效力级别',
  '发布部门',
  '实施日期',
  '文件下载',
  '所属机构',
  '文件分类',
  '中文名',
  '颁布时间',
  '颁布日期',
  '颁布部门',
  '颁布单位',
  '颁布机关',
  '发布机关',
  '制定机关',
  '公布日期',
  '施行日期',
  '失效日期',
  '法律效力',
  '应用分类',
  '发布单位',
  '公开责任部门',
  '统一登记号',
  '统一编号',
  '信息时效期',
  '签署日期',
  '登记日期',
  '所属主题',
];
/** The labels of a 文号's row. */
export const DOC_NUMBER_LABELS = ['发文字号', '文号', '文件编号', '发文序号'];
/**
 * Labels whose value on the next line is left to the text: the page's summary, and the title, which the
 * header reads from the lines themselves.
 */
const TEXT_VALUE_LABELS = new Set(['内容概述', '内容概况', '标题', '名称', '信息名称', '文件名称', '文件标题']);
/** Labels of the page's summary of the notice. */
const SUMMARY_LABELS = new Set(['内容概述', '内容概况']);
/** What a date field's value opens with: 2023-05-08, 2023年, 二〇二三年. */
const DATE_VALUE = /^\s*((19|20)\d{2}\s*[-年./]|[〇○零OＯ一二三四五六七八九]{4}\s*年)/;
/** A clock's time in a date's value ("16:25", "16:25:00"). */
const CLOCK = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/g;
/** A bullet a page's list puts before each label: "• 索引号:", "- 发文字号:", "* 名称:". */
const BULLET = /^[•·●▪◆■\-*＊－–]\s*/;
/** One regex for every label, its characters possibly spaced out ("索 引 号"), built once. */
const LABEL_SOURCE = bothForms(`(${KNOWN_LABELS.map((l) => l.split('').join('\\s*')).join('|')})\\s*[：:]`);
/** (A mirror's pronunciation may follow any of a label's characters in the table's own rows: "發(fā)文單位:".) */
const PINYIN_AFTER = `(?:${PINYIN_RUN_SOURCE})?`;
const ROW_LABEL_SOURCE = bothForms(
  `(${KNOWN_LABELS.map((l) => l.split('').join(`${PINYIN_AFTER}\\s*`)).join('|')})${PINYIN_AFTER}\\s*[：:]`,
);
const LABELLED = new RegExp(ROW_LABEL_SOURCE, 'g');
/** Where the table's labels stand in a text, glued to the value before them or not ("…00044组配分类:"). */
export const PAGE_LABELS = new RegExp(LABEL_SOURCE, 'g');
/** One of the table's labels without its colon, a space and its value after it: a cell of a row copied with tabs. */
export const BARE_LABEL_START = new RegExp(bothForms(`^(?:${KNOWN_LABELS.join('|')})\\s+[^\\s:：]`));
/** A text that ends in one of the table's labels: its value follows. */
export const ENDS_WITH_PAGE_LABEL = new RegExp(`${LABEL_SOURCE}\\s*$`);
/** A line of the table starts with a label: tested first, so a long paragraph is not searched through. */
const STARTS_LABELLED = new RegExp(`^${ROW_LABEL_SOURCE}`);

/** Whether a line is a row of a page's field table: it opens with a label and its colon ("索引号 : | …"). */
export function isPageTableRow(text: string): boolean {
  return STARTS_LABELLED.test(text);
}
/** Lines above the body that may hold the table (the title and 文号 stand among them). */
const SCAN_LINES = 24;
const LABEL_SET = new Set(KNOWN_LABELS);
/**
 * A two-cell row copied with a tab (now a space) and no colon: "标题 东观镇人民政府关于…", "分   类 政务公开"
 * (a bare 分类 is a label only there: "垃圾分类:" opens a clause).
 */
const SPACED_LABEL = new RegExp(`^(${[...KNOWN_LABELS, '分类'].map((l) => l.split('').join(' *')).join('|')}) +(\\S.*)$`);

/** A 发文字号 cell anywhere in a page's line ("…html发文字号 鄠政发〔2021〕1号 发布日期 …"). */
const DOC_NUMBER_FIELD =
  /(?:发文字号|發文字號|文\s*[号號])\s*[：:|]?\s*([^\s|]{2,20}[〔[［【(（﹝][0-9]{4}[〕\]］】)）﹞]\s*[0-9]{1,5}\s*[号號])/;

const SENTENCE_MARK = /[，,。；;]/;

/** A value that opens with a 文号 ("甲政发〔2020〕1号…"). */
const DOC_NUMBER_VALUE = /^([^\s|]{2,20}[〔[［【(（﹝][0-9]{4}[〕\]］】)）﹞]\s*[0-9]{1,5}\s*[号號])/;

/** A row of the table's labels without colons ("索  引  号 文  号 发布机构 发布日期"), its spaces taken out. */
const LABEL_ROW = new RegExp(`^(?:${[...KNOWN_LABELS].sort((a, b) => b.length - a.length).join('|')}){2,}$`);
/** A 文号 standing as one cell of a row of values ("N001-2011-000627 甲政〔2011〕7号"). */
const DOC_NUMBER_CELL = /(?:^|\s)([^\s|]{2,20}[〔[［【(（﹝][0-9]{4}[〕\]］】)）﹞]\s*[0-9]{1,5}\s*[号號])(?=\s|$)/;

/**
 * The 文号 of a table printed as columns: a row of labels naming a 文号 and its values on the line under it
 * (pages put it under the notice as well as above it).
 */
export function docNumberUnderLabelRow(lines: SourceLine[]): string | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const text = lines[i].text;
    if (text.length > 60 || !/[号號]/.test(text)) continue;
    const compact = simplified(text.replace(/\s+/g, ''));
    if (!/文号|发文字号/.test(compact) || !LABEL_ROW.test(compact)) continue;
    const cell = DOC_NUMBER_CELL.exec(lines[i + 1].rawText);
    if (cell) return cell[1];
  }
  return null;
}

/** Whether a text is one of the labels of such a table ("发布机构", "索 引 号"). */
export function isPageLabel(text: string): boolean {
  return labelOf(text) !== null;
}

/**
 * A label of the table opening a line, its value glued on without a colon ("效力级别国务院规范性文件"); not the
 * title's own labels, whose row the header reads as the title.
 */
const LABEL_OPENING = new RegExp(`^(?:${KNOWN_LABELS.filter((l) => !TEXT_VALUE_LABELS.has(l)).join('|')})`);

export function opensWithPageLabel(text: string): boolean {
  return LABEL_OPENING.test(simplified(withoutPinyin(text)));
}

function labelOf(cell: string): string | null {
  const label = simplified(withoutPinyin(cell.replace(/\s+/g, '')).replace(/[：:]$/, ''));
  return LABEL_SET.has(label) ? label : null;
}

/** A numbered row of a page's field list, its label in brackets: "7. [发文字号] 甲政发〔2024〕2号". */
const NUMBERED_ROW = /^\d{1,2}\s*[.．、]\s*[[［【]([^\]］】]{2,8})[\]］】]\s*(.*)$/;

/** A label in brackets, spaced or not: "【时效性】", "[ 发布机构 ]". */
const BRACKET_LABEL = /[[［【]\s*([^\]］】[［【]{2,8}?)\s*[\]］】]/g;
const BRACKET_LABEL_START = /^[[［【]\s*[^\]］】[［【]{2,8}?\s*[\]］】]/;

/** Fields of one line, or null when the line is not part of such a table. */
function fieldsOfLine(text: string): Record<string, string> | null {
  // A law database's header: "【时效性】尚未施行", "【法宝引证码】CLI.1.304262".
  // Or a numbered list of such rows: "7. [发文字号] 甲政发〔2024〕2号".
  // Or a row of them: "[ 索引号 ] 1150…/2020-00160 [ 发文字号 ] 甲府办发〔2017〕132号".
  const bracketed = NUMBERED_ROW.exec(text);
  if (bracketed && labelOf(bracketed[1])) return bracketed[2] ? { [labelOf(bracketed[1])!]: bracketed[2] } : {};
  if (BRACKET_LABEL_START.test(text)) {
    const hits = [...text.matchAll(BRACKET_LABEL)].filter((hit) => labelOf(hit[1]));
    if (hits.length > 0 && hits[0].index === 0) {
      const fields: Record<string, string> = {};
      hits.forEach((hit, i) => {
        const value = text.slice(hit.index + hit[0].length, hits[i + 1]?.index ?? text.length).trim();
        if (value) fields[labelOf(hit[1])!] = value;
      });
      return fields;
    }
  }
  if (text.includes('|')) {
    const cells = text.split('|').map((c) => c.trim());
    const fields: Record<string, string> = {};
    let found = false;
    for (let i = 0; i < cells.length; i++) {
      // A cell may hold its label and value both ("作者: | 信息来源: | 发布日期:2019-02-06").
      if (STARTS_LABELLED.test(cells[i]) && !labelOf(cells[i])) {
        Object.assign(fields, labelledFields(cells[i]));
        found = true;
        continue;
      }
      const label = labelOf(cells[i]);
      if (!label) continue;
      found = true;
      const value = cells[i + 1] ?? '';
      if (value && !labelOf(value) && !STARTS_LABELLED.test(value)) fields[label] = value;
    }
    return found ? fields : null;
  }
  return STARTS_LABELLED.test(text) ? labelledFields(text) : null;
}

/** The fields of a text of labels each followed by its value: "发文字号：并政发〔2025〕1号 成文日期：2025-04-03". */
function labelledFields(text: string): Record<string, string> {
  const hits = [...text.matchAll(LABELLED)];
  const fields: Record<string, string> = {};
  hits.forEach((hit, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].index : text.length;
    const value = text.slice(hit.index + hit[0].length, end).trim();
    if (value) fields[simplified(withoutPinyin(hit[1].replace(/\s+/g, '')))] = value;
  });
  return fields;
}

/** A cell that is a short label with its colon ("栏目:"), between bars or at the row's end. */
const LABEL_CELL = /(?:^|\|)\s*([\u4e00-\u9fff]{2,6})\s*[：:]\s*(?=\||$)/g;

/** A row of cells with a label no addressee could be ("各村:" and "县水务局:" are a 主送's). */
function isUnknownLabelRow(text: string): boolean {
  if (!text.includes('|')) return false;
  for (const m of text.matchAll(LABEL_CELL)) if (!m[1].startsWith('各') && !isCompleteOrgName(m[1])) return true;
  return false;
}

export interface MetadataTable {
  fields: Record<string, string>;
  /** Indices of the lines the table took. */
  tableLines: Set<number>;
}

/**
 * Reads the table's lines among the lines above the body, wherever the page put them (above the title,
 * or a 发布时间 line under it); stops at the 主送, the first clause or the first sentence.
 */
export function readMetadataTable(lines: SourceLine[]): MetadataTable {
  const fields: Record<string, string> = {};
  const tableLines = new Set<number>();
  const limit = Math.min(lines.length, SCAN_LINES);
  for (let i = 0; i < limit; i++) {
    const text = lines[i].text.replace(BULLET, '');
    // A label alone on its line ("• 发文字号:") with its value on the next line, or with none. (Without its colon
    // under another row, where a row copied with tabs was cut between its cells: "文号" over "甲政发〔2025〕3号".)
    // (Or a table copied a cell a line opens with a label without its colon: "索引号" / "0110…" / "主题分类" / ….)
    const stacked = labelOf(lines[i + 2]?.text.replace(BULLET, '') ?? '') !== null;
    const alone = /[：:]$/.test(text) || tableLines.has(i - 1) || stacked ? labelOf(text) : null;
    if (alone) {
      tableLines.add(i);
      const next = lines[i + 1]?.text ?? '';
      // A page's summary is sentences, printed above the notice: none of them opens its body. (An empty one stands
      // over the title.)
      if (SUMMARY_LABELS.has(alone) && next.includes('。') && !labelOf(next) && !isPageTableRow(next)) {
        fields[alone] = next;
        tableLines.add(++i);
        continue;
      }
      const nextIsValue = next && !labelOf(next.replace(BULLET, '')) && !STARTS_LABELLED.test(next.replace(BULLET, ''));
      const titleLike = /关于|印发|转发/.test(next);
      // A date label's value is a date: an empty 成文日期 over a 文号 leaves the 文号 to the header, as does any
      // other label left empty ("来源:" over "甘政办发〔2016〕46号") where no row gave the 文号 yet.
      const numbered = DOC_NUMBER_LABELS.includes(alone) || DOC_NUMBER_LABELS.some((l) => fields[l]);
      const fits = (!/(日期|时间)$/.test(alone) || DATE_VALUE.test(next)) && (numbered || !DOC_NUMBER_VALUE.test(next));
      // (A value holds no colon but a clock's: "2023年09月03日 16:25:00".)
      const colon = /[。：:]/.test(next.replace(CLOCK, ''));
      if (nextIsValue && fits && !titleLike && !TEXT_VALUE_LABELS.has(alone) && next.length <= 60 && !colon) {
        fields[alone] = next;
        tableLines.add(++i);
      }
      continue;
    }
    const spaced = SPACED_LABEL.exec(lines[i].rawText);
    const lineFields = fieldsOfLine(text) ?? (spaced ? { [spaced[1].replace(/ /g, '')]: spaced[2].trim() } : null);
    // A 文号 cell inside a row read under another label ("发布机构 区政府办公室 文    号 蔡政办〔2023〕1号").
    // (A spaced row's value runs on into the next cells: "文  号 甲政发〔2019〕9号 主 题 词 …".)
    // (A sentence before the label makes it the sentence's: "…新增道路名称,批准文号:甲政函〔2023〕67号。".)
    const numbered = DOC_NUMBER_FIELD.exec(lines[i].rawText);
    if (numbered && !fields['发文字号'] && !SENTENCE_MARK.test(lines[i].rawText.slice(0, numbered.index))) fields['发文字号'] = numbered[1];
    if (lineFields) {
      // An empty 主题词 glued to the 文号 line under it ("主题词: |甲政发〔2020〕1号"): subject words are no 文号.
      for (const label of ['主题词', '关键词']) {
        const glued = DOC_NUMBER_VALUE.exec(lineFields[label] ?? '');
        if (glued) {
          delete lineFields[label];
          fields['发文字号'] ??= glued[1];
        }
      }
      // A spaced row's 文号 runs on into the row's next cells ("发文字号 甲规〔2022〕5号 主题分类 城乡建设").
      for (const label of DOC_NUMBER_LABELS) {
        const opening = DOC_NUMBER_VALUE.exec(lineFields[label] ?? '');
        if (opening) lineFields[label] = opening[1];
      }
      Object.assign(fields, lineFields);
      tableLines.add(i);
      continue;
    }
    // A further row of the same table under a label the list does not know ("部门: | 甲镇 |---|栏目:"), or the
    // rest of a row cut after its label (" | 部门文件").
    const rowRest = /^\|/.test(text) && !/[：:。]/.test(text);
    const numberedRow = NUMBERED_ROW.test(text) && !/[。；;]/.test(text);
    if (tableLines.has(i - 1) && (rowRest || numberedRow || isUnknownLabelRow(text))) {
      tableLines.add(i);
      continue;
    }
    // A breadcrumb's "您现在所在的位置:" ends in a colon too, and so does a toolbar cut at its colon
    // ("【字体:"): both are the page's, no 主送.
    const toolbar = /^[【[［]/.test(text);
    if (
      text.includes('。') ||
      (/[：:]$/.test(text) && !toolbar && !isChromeLine(text)) ||
      isRecipientsLine(text) ||
      matchClauseMarker(text)
    )
      break;
  }
  return { fields, tableLines };
}
