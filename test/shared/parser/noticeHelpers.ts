/** Helpers shared by the parser tests grouped by notice shape: small notices, fixture notices and outlines. */
import type { ParsedNotice } from '../../../shared/domain/notice';
import { analyzeNotice } from '../../../shared/parser/analyzeNotice';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { fixtureText } from '../../corpus';

/** A notice given one line an element. */
export const noticeOfLines = (lines: string[]) => parseNotice(lines.join('\n'));

/** The head and the signature of a small invented county notice, to print one form between them. */
export const SMALL_NOTICE_HEADER = '甲县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府,县直各单位:\n现将有关事项通知如下。\n';
export const SMALL_NOTICE_SIGNATURE = '\n甲县人民政府办公室\n2024年5月6日';

/** A notice of test/fixtures/notices/ read as a clerk would register it. */
export const analyzeFixture = (name: string) => analyzeNotice(fixtureText(`notices/${name}.txt`));
export const ruleIds = (notice: ParsedNotice) => notice.findings.map((f) => f.rule);

/** Each clause as "level path heading | units", the lead marked with *. */
export const clauseTree = (notice: ParsedNotice) =>
  notice.clauses.map(
    (c) => `${c.level} ${c.path} ${c.heading} | ${c.units.map((u) => (u.role === 'lead' ? `${u.name}*` : u.name)).join('、')}`,
  );

/** The units of the clause at a path, the lead marked with *. */
export const unitsAt = (notice: ParsedNotice, path: string) =>
  notice.clauses.find((c) => c.path === path)!.units.map((u) => (u.role === 'lead' ? `${u.name}*` : u.name));

/** Each clause as "level:path heading". */
export const outlineByPath = (notice: ParsedNotice) => notice.clauses.map((c) => `${c.level}:${c.path} ${c.heading}`);

/** Each clause as "level:number heading". */
export const outlineByNumber = (notice: ParsedNotice) => notice.clauses.map((c) => `${c.level}:${c.number} ${c.heading}`);

/** Each clause as "level:number heading [units]", the lead marked with *. */
export const outlineWithUnits = (notice: ParsedNotice) =>
  notice.clauses.map(
    (c) => `${c.level}:${c.number} ${c.heading} [${c.units.map((u) => (u.role === 'lead' ? `${u.name}*` : u.name)).join('、')}]`,
  );
