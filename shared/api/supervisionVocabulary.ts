/**
 * The words of 收文办理 and 督办: the flow's steps and stages, a task's statuses, with their Chinese names.
 * No validation library here, so the first screen (今日待办) loads without one.
 */
export const FLOW_STEPS = ['propose', 'instruct', 'undertake', 'circulate', 'close'] as const;
export type FlowStepKind = (typeof FLOW_STEPS)[number];
export const STEP_NAMES: Record<FlowStepKind | 'register', string> = {
  register: '登记',
  propose: '拟办',
  instruct: '批办',
  undertake: '承办',
  circulate: '传阅',
  close: '办结',
};

export const STAGES = ['registered', 'proposed', 'instructed', 'undertaking', 'closed'] as const;
export type Stage = (typeof STAGES)[number];
/** Where a notice stands, as the register shows it: what it waits for. */
export const STAGE_NAMES: Record<Stage, string> = {
  registered: '待拟办',
  proposed: '待批办',
  instructed: '待承办',
  undertaking: '承办中',
  closed: '已办结',
};

export const TASK_STATUSES = ['pending', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_NAMES: Record<TaskStatus | 'overdue', string> = {
  pending: '未开始',
  in_progress: '办理中',
  done: '已完成',
  overdue: '逾期',
};
