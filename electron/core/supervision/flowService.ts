/**
 * 收文办理: a registered notice goes 登记 → 拟办 → 批办 → 承办/传阅 → 办结. Each step is kept with who, when and
 * what, moves the notice's stage on (never back) and its 办理状态 with it, fills the registration's 拟办意见,
 * 承办科室 and 办理结果, and goes to the notice's history.
 */
import type { Registration } from '../../../shared/api/archiveContract';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import type { FlowStep, NoticeFlow } from '../../../shared/api/supervisionContract';
import { STAGES, STEP_NAMES, type FlowStepKind, type Stage } from '../../../shared/api/supervisionVocabulary';
import type { ArchiveContext } from '../archive/archiveContext';
import { timestamp } from '../archive/clock';
import type { CoreRepositories } from '../store/coreRepositories';

const STAGE_AFTER: Record<FlowStepKind, Stage | null> = {
  propose: 'proposed',
  instruct: 'instructed',
  undertake: 'undertaking',
  circulate: null,
  close: 'closed',
};

const later = (a: Stage, b: Stage | null): Stage => (b !== null && STAGES.indexOf(b) > STAGES.indexOf(a) ? b : a);

/** What the step writes into the registration form. */
function registrationAfter(before: Registration, step: FlowStepKind, actor: string | null, text: string | null): Registration {
  switch (step) {
    case 'propose':
      return { ...before, proposal: text ?? before.proposal };
    case 'undertake':
      return { ...before, handler: actor ?? before.handler, status: before.status === 'done' ? 'done' : 'in_progress' };
    case 'close':
      return { ...before, outcome: text ?? before.outcome, status: 'done' };
    default:
      return before;
  }
}

export function flowService({ store, clock }: ArchiveContext) {
  async function flowOf(tx: CoreRepositories, noticeId: number): Promise<NoticeFlow | null> {
    const notice = await tx.notices.get(noticeId);
    const registration = await tx.registrations.get(noticeId);
    const stage = await tx.supervision.stage(noticeId);
    if (!notice || notice.deletedAt || !registration || !stage) return null;
    const registered: FlowStep = {
      id: null,
      step: 'register',
      actor: null,
      date: registration.receivedDate ?? notice.importedAt.slice(0, 10),
      text: registration.registrationNumber,
    };
    return { noticeId, stage, steps: [registered, ...(await tx.supervision.steps(noticeId))] };
  }

  const GONE = '找不到这份收文（它可能在回收站中，或是本机关的发文）。';

  return {
    get: (noticeId: number): Promise<ApiResult<NoticeFlow>> =>
      store.read(async (tx) => {
        const flow = await flowOf(tx, noticeId);
        return flow ? ok(flow) : fail(GONE);
      }),

    record: (
      noticeId: number,
      step: { step: FlowStepKind; actor: string | null; date: string; text: string | null },
    ): Promise<ApiResult<NoticeFlow>> =>
      store.write(async (tx): Promise<ApiResult<NoticeFlow>> => {
        const flow = await flowOf(tx, noticeId);
        const before = await tx.registrations.get(noticeId);
        if (!flow || !before) return fail(GONE);
        if (flow.stage === 'closed' && step.step !== 'circulate')
          return fail(`这份公文已办结，不能再${STEP_NAMES[step.step]}；传阅仍可登记。`);
        const actor = step.actor || null;
        const text = step.text || null;
        if (step.step !== 'close' && actor === null && text === null) return fail(`请填写${STEP_NAMES[step.step]}的人员或内容。`);
        const at = timestamp(clock);
        await tx.supervision.addStep(noticeId, { ...step, actor, text }, at);
        await tx.supervision.setStage(noticeId, later(flow.stage, STAGE_AFTER[step.step]));
        const after = registrationAfter(before, step.step, actor, text);
        if (after !== before) await tx.registrations.update(noticeId, after, at);
        await tx.audit.record({
          at,
          noticeId,
          action: 'flow',
          field: `flow.${step.step}`,
          before: null,
          after: [step.date, actor, text].filter((part) => part !== null).join(' '),
        });
        return ok((await flowOf(tx, noticeId)) as NoticeFlow);
      }),
  };
}

export type FlowService = ReturnType<typeof flowService>;
