/**
 * .docx generation speed: a notice of 30 clauses (太原市's notice drafted for 大宁县) and a 任务分工方案
 * of 1000 rows, each the median of several runs after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDraft } from '../../../shared/drafting/createDraft';
import { draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import { defaultRuleSet } from '../../../shared/drafting/localizationRules';
import { organizationSchema } from '../../../shared/drafting/organization';
import { taskTableFromDraft, type TaskTableDocument } from '../../../shared/drafting/taskTable';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { noticeDocx } from '../../core/docx/noticeDocx';
import { taskTableDocx } from '../../core/docx/taskTableDocx';
import { BUILT_IN_TEMPLATES } from '../../core/drafting/templateDefaults';
import type { BenchSection } from './benchSection';

async function median(runs: number, warmUps: number, task: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < warmUps; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const docxBench: BenchSection = async ({ say, corpusDir }) => {
  const upstream = parseNotice(readFileSync(join(corpusDir, 'taiyuan-city-2025.txt'), 'utf8'));
  const organization = organizationSchema.parse({
    name: '大宁县人民政府',
    issuerMark: '大宁县人民政府文件',
    agencyCode: '大政发',
    adminLevel: 'county',
    recipients: ['各乡镇', '县直各部门'],
    cc: ['县委办', '县人大办', '县政协办'],
    printer: '大宁县人民政府办公室',
  });
  const noticeTemplate = BUILT_IN_TEMPLATES.find((t) => t.kind === 'notice')!;
  const taskTemplate = BUILT_IN_TEMPLATES.find((t) => t.kind === 'task-table')!;
  if (noticeTemplate.kind !== 'notice' || taskTemplate.kind !== 'task-table') throw new Error('built-in templates missing');
  const draft = createDraft({
    upstream: { noticeId: null, notice: upstream },
    organization,
    ruleSet: defaultRuleSet({ level: 'city' }, { level: 'county' }),
    template: noticeTemplate,
    signedDate: '2025-04-20',
  });
  const clauses = draft.clauses.length;
  const noticeMs = await median(15, 3, () => noticeDocx(draftToNoticeDocument(draft, noticeTemplate)));
  say(`公文 .docx（${clauses} 个条款）：${noticeMs.toFixed(1)} ms（中位数）`);
  say(`docx_notice_ms = ${noticeMs.toFixed(1)}（目标 ≤ 100）`);

  const tasks = taskTableFromDraft(draft, taskTemplate);
  const rows = Array.from({ length: 1000 }, (_, i) => ({ ...tasks.rows[i % tasks.rows.length], serial: i + 1 }));
  const table: TaskTableDocument = { ...tasks, rows };
  const tableMs = await median(3, 1, () => taskTableDocx(table));
  say(`任务分工方案 .docx（1000 行）：${tableMs.toFixed(0)} ms（中位数）`);
  say(`docx_task_table_1000_ms = ${tableMs.toFixed(0)}（目标 ≤ 1000）`);
  return { docx_notice_ms: Number(noticeMs.toFixed(1)), docx_task_table_1000_ms: Math.round(tableMs) };
};
