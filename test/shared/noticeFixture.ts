/** Builds ParsedNotice and Clause objects for tests: every field defaulted to a well-formed notice. */
import type { Clause, ClauseLevel, ParsedNotice, ResponsibleUnit } from '../../shared/domain/notice';

export function notice(overrides: Partial<ParsedNotice> = {}): ParsedNotice {
  return {
    issuer: '大宁县人民政府',
    issuers: ['大宁县人民政府'],
    issuerMark: '大宁县人民政府文件',
    docNumber: { text: '大政发〔2025〕1号', agencyCode: '大政发', year: 2025, serial: 1 },
    docNumberRaw: '大政发〔2025〕1号',
    title: '大宁县人民政府关于做好2025年全县安全生产工作的通知',
    docKind: '通知',
    recipients: ['各乡镇', '县直各部门'],
    signers: [],
    urgency: null,
    secrecy: null,
    secrecyTerm: null,
    copyNumber: null,
    attachments: [],
    signature: '大宁县人民政府',
    signedDate: '2025-04-03',
    signedDateRaw: '2025年4月3日',
    remark: '（此件公开发布）',
    cc: [],
    printer: null,
    printedDate: null,
    body: '',
    clauses: [],
    citations: [],
    laws: [],
    unplaced: [],
    metadata: {},
    findings: [],
    ...overrides,
  };
}

export const lead = (name: string): ResponsibleUnit => ({ name, role: 'lead' });

/**
 * A clause tree from a compact outline: each entry is [marker, heading] or [marker, heading, units];
 * the level and bare number are read from the marker, the parent is the nearest shallower clause.
 */
export function clauses(outline: [string, string, string[]?][]): Clause[] {
  const built: Clause[] = [];
  outline.forEach(([marker, heading, units], i) => {
    const level = levelOf(marker);
    const number = marker.replace(/[、.．（）()\s]/g, '');
    let parentIndex: number | null = null;
    for (let p = built.length - 1; p >= 0; p--) {
      if (built[p].level < level) {
        parentIndex = p;
        break;
      }
    }
    const parent = parentIndex === null ? null : built[parentIndex];
    built.push({
      level,
      number,
      marker,
      path: parent ? `${parent.path}/${number}` : number,
      heading,
      text: heading,
      units: (units ?? []).map(lead),
      inheritedUnits: [],
      parentIndex,
      line: 10 + i * 2,
    });
  });
  return built;
}

function levelOf(marker: string): ClauseLevel {
  if (/^[一二三四五六七八九十]+、$/.test(marker)) return 1;
  if (/^[（(][一二三四五六七八九十]+[)）]$/.test(marker)) return 2;
  if (/^[\d０-９]+[.．]$/.test(marker)) return 3;
  return 4;
}
