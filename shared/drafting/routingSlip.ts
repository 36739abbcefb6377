/**
 * 收文处理笺: the slip clipped to an incoming notice — 来文机关, 文号, 标题, 收文编号, 收文日期, 密级,
 * 紧急程度, 份数, 承办单位, 办理期限, and room for 拟办意见, 领导批示, 传阅 and 办理结果 (printed if already recorded).
 */
import { formatDate } from '../domain/dates';
import { fillPlaceholders } from './placeholders';
import type { RoutingSlipTemplate } from './templates';

export interface RoutingSlipInput {
  organization: string;
  sender: string | null;
  docNumber: string | null;
  title: string | null;
  registrationNumber: string | null;
  receivedDate: string | null;
  secrecy: string | null;
  urgency: string | null;
  dueDate: string | null;
  copies: number | null;
  /** 承办单位 (the registration's 承办科室). */
  handler: string | null;
  proposal: string | null;
  /** 领导批示 as recorded in 收文办理 (who, when, what). */
  instruction: string | null;
  /** 传阅: who read it, when, as recorded in 收文办理. */
  circulation: string | null;
  outcome: string | null;
}

/** The slip's fields that 收文办理 fills: 领导批示 from the 批办 steps, 传阅 from who read it, 办理结果 with who undertook it. */
export function slipFromFlow(
  steps: { step: string; actor: string | null; date: string; text: string | null }[],
  outcome: string | null,
): { instruction: string | null; circulation: string | null; outcome: string | null } {
  const signed = (s: { actor: string | null; date: string; text: string | null }) =>
    `${s.text ?? ''}${s.actor || s.date ? `（${[s.actor, formatDate(s.date)].filter(Boolean).join(' ')}）` : ''}`;
  const of = (kind: string) => steps.filter((s) => s.step === kind);
  const instruction = of('instruct').map(signed).join('\n');
  const undertakers = of('undertake').map((s) => s.actor ?? s.text);
  const readers = of('circulate').map((s) => `${s.actor ?? ''}（${formatDate(s.date)}）`);
  const lines = [undertakers.length > 0 ? `承办：${undertakers.join('、')}` : null, outcome].filter((line): line is string =>
    Boolean(line),
  );
  return {
    instruction: instruction || null,
    circulation: readers.length > 0 ? readers.join('、') : null,
    outcome: lines.length > 0 ? lines.join('\n') : null,
  };
}

export interface RoutingSlipField {
  label: string;
  value: string;
}

export interface RoutingSlipDocument {
  title: string;
  /** Short fields, laid out two to a row. */
  pairs: [RoutingSlipField, RoutingSlipField][];
  /** Fields taking a whole row. */
  wide: RoutingSlipField[];
  /** Fields with room to write by hand. */
  writing: RoutingSlipField[];
  writingLines: number;
}

const dateText = (iso: string | null) => (iso ? formatDate(iso) : '');

export function routingSlipDocument(input: RoutingSlipInput, template: RoutingSlipTemplate): RoutingSlipDocument {
  const l = template.labels;
  const field = (label: string, value: string | null): RoutingSlipField => ({ label, value: value ?? '' });
  return {
    title: fillPlaceholders(template.title, { organization: input.organization }),
    pairs: [
      [field(l.sender, input.sender), field(l.docNumber, input.docNumber)],
      [field(l.registrationNumber, input.registrationNumber), field(l.receivedDate, dateText(input.receivedDate))],
      [field(l.secrecy, input.secrecy ?? '无'), field(l.urgency, input.urgency ?? '无')],
      [field(l.copies, input.copies === null ? null : `${input.copies}份`), field(l.handler, input.handler)],
    ],
    wide: [field(l.title, input.title), field(l.dueDate, dateText(input.dueDate))],
    // 拟办 → 批办 → 传阅 → 办理结果, the order the slip travels.
    writing: [
      field(l.proposal, input.proposal),
      field(l.instruction, input.instruction),
      field(l.circulation, input.circulation),
      field(l.result, input.outcome),
    ],
    writingLines: template.writingLines,
  };
}
