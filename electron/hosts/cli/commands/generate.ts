/**
 * `generate KIND --db FILE --out OUT.docx [--org ORG.json] …`: writes a document as a GB/T 9704 .docx.
 *   notice        --from 文号 [--issuer 发文机关] [--date YYYY-MM-DD] [--profile 发文身份编号]
 *                 [--sealed] [--signer 姓名]   the local notice carrying out that upstream notice; --sealed lays
 *                 [--layout file|letter|minutes|order]  out the 署名 for a seal (日期右空四字), --signer adds the 签发人
 *                                              (in 命令格式 "职务 姓名"), --layout picks the GB/T 9704 format
 *                                              (文件, 信函, 纪要, 命令; 文件 by default)
 *                 [--present 甲,乙] [--absent …] [--attending …]  a 纪要's 出席, 请假 and 列席 lists
 *   task-table    --from 文号 [--issuer …]      任务分工方案 (of our own notice, or of the draft carrying out an upstream one)
 *   routing-slip  --from 文号 [--issuer …]      收文处理笺 of an incoming notice
 *   catalogue     --year YYYY [--pages ID=N,…]  归档文件目录 of a year, one list per 保管期限; --pages gives 页数
 *                                               the received file does not tell (notice id = pages)
 *   unit-tasks    --unit 单位 [--from 文号 …]    one unit's tasks (across all notices, or the ones named)
 * --template names a stored template by id, or an office's own .docx template file (套红, tags such as
 * {{文号}} {{标题}} {{正文}}) for a notice; such a file is a 文件 版头, so it is refused with --layout letter,
 * minutes or order (those formats have the built-in heads of GB/T 9704 §10).
 * Without --org the 本机关 settings stored in the archive are used. A notice is checked (公文校对) first;
 * its findings go to stderr and the file is written all the same; --findings-json FILE also writes them
 * as [{rule, severity, message, clause}] (clause: the path 二/七, or null).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { GeneratedFile } from '../../../../shared/api/localContract';
import { NOTICE_LAYOUTS, type NoticeAttendance, type NoticeLayout } from '../../../../shared/drafting/noticeDocument';
import type { OrganizationInput } from '../../../../shared/drafting/organization';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../../shared/drafting/templates';
import { CliError, type CliCommand, type CliIo } from '../cliIo';
import { DB_OPTION, intOption, openArchive, type ArchiveClient } from './archiveCore';
import { resolveNotice } from './resolveNotice';

const SEVERITY_WORDS = { error: '错误', warning: '提醒', info: '提示' } as const;

/** The --org file as JSON; the contract checks its fields and names the first wrong one. */
function readOrganization(path: string): OrganizationInput {
  try {
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as OrganizationInput;
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ENOENT';
    throw new CliError(missing ? `找不到本机关设置文件“${path}”。` : `本机关设置文件“${path}”不是有效的 JSON。`);
  }
}

/** --pages 12=8,15=3: 页数 by notice id. */
function pagesOption(value: string | undefined): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  const pages: Record<string, number> = {};
  for (const item of value.split(/[,，]/).filter((x) => x.trim())) {
    const m = /^\s*(\d+)\s*[=＝]\s*(\d+)\s*$/.exec(item);
    if (!m || Number(m[2]) < 1)
      throw new CliError(`--pages 应写成“公文编号=页数”，多个用逗号分开，例如 --pages 12=8,15=3；收到“${item}”。`, 2);
    pages[m[1]] = Number(m[2]);
  }
  return pages;
}

const LAYOUT_NAMES: Record<NoticeLayout, string> = { file: '文件', letter: '信函', minutes: '纪要', order: '命令' };

/** --layout: one of the GB/T 9704 formats, by its English name. */
function layoutOption(value: string | undefined): NoticeLayout | undefined {
  if (value === undefined) return undefined;
  if (!(NOTICE_LAYOUTS as readonly string[]).includes(value))
    throw new CliError(`--layout 应为 file（文件格式）、letter（信函格式）、minutes（纪要格式）或 order（命令格式），收到“${value}”。`, 2);
  return value as NoticeLayout;
}

/** --present/--absent/--attending: a 纪要's lists, names separated by commas or 、. */
function attendanceOption(values: Record<string, unknown>): NoticeAttendance | undefined {
  const list = (key: string) =>
    String(values[key] ?? '')
      .split(/[,，、]/)
      .map((name) => name.trim())
      .filter(Boolean);
  const attendance = { present: list('present'), absent: list('absent'), attending: list('attending') };
  return Object.values(attendance).some((names) => names.length > 0) ? attendance : undefined;
}

async function generateKind(
  kind: TemplateKind,
  values: Record<string, string | string[] | boolean | undefined>,
  archive: ArchiveClient,
  io: CliIo,
): Promise<GeneratedFile> {
  const from = (values.from as string[] | undefined) ?? [];
  const issuer = values.issuer as string | undefined;
  const template = values.template as string | undefined;
  const isFile = template !== undefined && /\.(docx|dotx)$/i.test(template);
  const templateId = isFile ? undefined : template;
  if (isFile && kind !== 'notice') throw new CliError(`.docx 模板目前只用于 generate notice，${kind} 请用模板编号。`, 2);
  const organization = values.org ? readOrganization(values.org as string) : undefined;
  const one = () => {
    if (from.length !== 1) throw new CliError(`generate ${kind} 需要且只需要一个 --from 文号。`, 2);
    return resolveNotice(archive, from[0], issuer, '--from');
  };
  switch (kind) {
    case 'notice': {
      const date = values.date as string | undefined;
      if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new CliError(`--date 应写成 2025-04-03 的格式，收到“${date}”。`, 2);
      const layout = layoutOption(values.layout as string | undefined);
      if (isFile && layout && layout !== 'file') {
        // An office template is a 文件 版头 of its own; the other formats' heads (§10) are the built-in ones.
        throw new CliError(
          `--template 给出的 .docx 模板自带本机关的文件格式版头，不能再排成${LAYOUT_NAMES[layout]}格式。` +
            `要用${LAYOUT_NAMES[layout]}格式请去掉 --template（使用内置版式）；要用这个模板请去掉 --layout ${layout}。`,
          2,
        );
      }
      const upstream = await one();
      const document = await archive.call('documents.generateWith', {
        kind,
        upstreamId: upstream.id,
        organization,
        templateId,
        signedDate: date,
        templateFile: isFile ? resolve(template) : undefined,
        profileId: values.profile as string | undefined,
        sealed: values.sealed === true ? true : undefined,
        signer: values.signer as string | undefined,
        layout,
        attendance: attendanceOption(values),
      });
      if (document.drafted)
        io.log(`起草：${document.drafted.title}（贯彻落实 ${upstream.docNumber ?? ''}，${document.drafted.clauses} 个条款）`);
      return document;
    }
    case 'task-table':
    case 'routing-slip':
      return archive.call('documents.generateWith', { kind, noticeId: (await one()).id, organization, templateId });
    case 'catalogue': {
      const year = intOption(values.year as string | undefined, '--year');
      if (year === undefined) throw new CliError('generate catalogue 需要 --year 年度，例如 --year 2025。', 2);
      return archive.call('documents.generateWith', { kind, year, templateId, pages: pagesOption(values.pages as string | undefined) });
    }
    case 'unit-tasks': {
      const unit = values.unit as string | undefined;
      if (!unit?.trim()) throw new CliError('generate unit-tasks 需要 --unit 责任单位名称。', 2);
      const noticeIds =
        from.length > 0 ? await Promise.all(from.map(async (f) => (await resolveNotice(archive, f, issuer, '--from')).id)) : undefined;
      return archive.call('documents.generateWith', { kind, unit: unit.trim(), noticeIds, templateId });
    }
  }
}

export const generateCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...DB_OPTION,
      from: { type: 'string', multiple: true },
      issuer: { type: 'string' },
      out: { type: 'string' },
      org: { type: 'string' },
      year: { type: 'string' },
      unit: { type: 'string' },
      date: { type: 'string' },
      template: { type: 'string' },
      pages: { type: 'string' },
      'findings-json': { type: 'string' },
      profile: { type: 'string' },
      sealed: { type: 'boolean' },
      signer: { type: 'string' },
      layout: { type: 'string' },
      present: { type: 'string' },
      absent: { type: 'string' },
      attending: { type: 'string' },
    },
    allowPositionals: true,
  });
  const kind = positionals[0];
  if (!kind || !(TEMPLATE_KINDS as readonly string[]).includes(kind)) {
    throw new CliError(
      `请指明要生成的文件种类：${TEMPLATE_KINDS.join('、')}。例如：npm run cli -- generate notice --from 并政发〔2025〕1号 --db 档案.db --out 通知.docx`,
      2,
    );
  }
  if (!values.out) throw new CliError('请用 --out 指定输出文件，例如 --out 通知.docx。', 2);
  const archive = openArchive(values.db, io);
  try {
    const document = await generateKind(kind as TemplateKind, values, archive, io).catch((error: unknown) => {
      // The other arguments are checked above, so a refusal of the call's arguments is about the --org file.
      if (values.org && error instanceof CliError && error.message.startsWith('参数不正确')) {
        throw new CliError(`本机关设置文件“${values.org}”有误：${error.message}`);
      }
      throw error;
    });
    for (const f of document.findings) io.log(`校对${SEVERITY_WORDS[f.severity]}：[${f.rule}] ${f.message}`);
    const findingsFile = values['findings-json'];
    if (findingsFile) {
      const rows = document.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        clause: f.at?.clausePath ?? null,
      }));
      try {
        writeFileSync(findingsFile, `${JSON.stringify(rows, null, 2)}\n`);
      } catch {
        throw new CliError(`无法写入校对结果文件“${findingsFile}”（请检查文件夹是否存在、是否有写入权限）。`);
      }
    }
    try {
      writeFileSync(values.out, document.bytes);
    } catch {
      throw new CliError(`无法写入“${values.out}”（请检查文件夹是否存在、是否有写入权限、文件是否正被打开）。`);
    }
    io.out(`已生成：${values.out}`);
    return 0;
  } finally {
    archive.close();
  }
};
