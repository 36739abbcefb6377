/** The command registry: one lazily loaded module per command, so start-up stays quick. */
import type { CliCommand } from './cliIo';

export interface CommandEntry {
  summary: string;
  load: () => Promise<CliCommand>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  parse: {
    summary: 'parse FILE [--json]    解析一份公文并校对',
    load: async () => (await import('./commands/parse')).parseCommand,
  },
  import: {
    summary: 'import PATH... [--db FILE] [--json]    导入公文文件或文件夹（.txt .docx .doc .wps .pdf .ofd）',
    load: async () => (await import('./commands/import')).importCommand,
  },
  search: {
    summary:
      'search QUERY [--db FILE] [--json] [--limit N] [--year Y] [--issuer X] [--kind 文种] [--unit X] [--status S] [--retention R]\n                         全文检索',
    load: async () => (await import('./commands/search')).searchCommand,
  },
  unit: {
    summary: 'unit NAME [--db FILE] [--json]    列出一个责任单位在各份公文中的任务',
    load: async () => (await import('./commands/unit')).unitCommand,
  },
  show: {
    summary: 'show ID|文号 [--db FILE] [--json]    查看一份存档公文（登记、归档、引用关系）',
    load: async () => (await import('./commands/show')).showCommand,
  },
  backup: {
    summary: 'backup --out FILE [--db FILE]    在线备份档案库',
    load: async () => (await import('./commands/backup')).backupCommand,
  },
  generate: {
    summary:
      'generate KIND --from 文号 [--issuer X] --db FILE --out OUT.docx [--org ORG.json] [--year Y] [--unit X]\n                         生成公文 .docx（notice task-table routing-slip catalogue unit-tasks）',
    load: async () => (await import('./commands/generate')).generateCommand,
  },
  coverage: {
    summary: 'coverage --local 文号 --upstream 文号 [--db FILE] [--json]    对照落实：两份公文的条款对照',
    load: async () => (await import('./commands/coverage')).coverageCommand,
  },
  tasks: {
    summary:
      'tasks [--db FILE] [--unit U] [--notice 文号] [--overdue] [--due-within DAYS] [--offset N] [--limit N] [--json]\n                         督办台账：各单位任务的期限、状态和反馈（--json 输出 {today, total, offset, tasks}，total 为符合条件的任务总数）',
    load: async () => (await import('./commands/tasks')).tasksCommand,
  },
  task: {
    summary:
      'task update ID --status done|in_progress|pending [--feedback TEXT] [--due YYYY-MM-DD] [--db FILE]\n                         更新一项督办任务',
    load: async () => (await import('./commands/tasks')).taskCommand,
  },
  restore: {
    summary: 'restore --from FILE [--db FILE]    检查备份后用它恢复档案库',
    load: async () => (await import('./commands/restore')).restoreCommand,
  },
};
