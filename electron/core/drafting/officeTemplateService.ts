/**
 * Office .docx templates kept as files under the app's data folder (office-templates/), with an index
 * naming each and the one chosen per document kind. Files, not database rows: a template is a
 * document the clerk may also want to find and copy by hand. A template is checked when it is added
 * (filled once with a sample notice), so a broken tag is named then rather than at printing time.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import PizZip from 'pizzip';
import { MIME, type FilePayload } from '../../../shared/api/binary';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import type { OfficeTemplate, OfficeTemplateList } from '../../../shared/api/officeTemplateContract';
import type { TemplateKind } from '../../../shared/drafting/templates';
import { timestamp, type Clock } from '../archive/clock';
import { pdfPageImage } from '../docx/pdfPageImage';
import { fillUserTemplate } from '../docx/userTemplate';
import { SAMPLE_NOTICE, SAMPLE_TASKS } from './sampleNotice';

interface Index {
  templates: OfficeTemplate[];
  chosen: OfficeTemplateList['chosen'];
}

/** The kinds written into an office template: the notice, and the task table through its {{#任务}} rows. */
const FILLABLE: readonly TemplateKind[] = ['notice', 'task-table'];

const SOFFICE_PATHS = [
  process.env.SOFFICE,
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

export function findSoffice(): string | null {
  return SOFFICE_PATHS.find((p): p is string => Boolean(p) && existsSync(p!)) ?? null;
}

/** The tags a template holds, in order of first use (Word may split one over runs: text is joined first). */
export function templateTags(bytes: Uint8Array): string[] {
  const zip = new PizZip(bytes);
  const text = zip
    .file(/^word\/(document|header\d*|footer\d*)\.xml$/)
    .map((f) => f.asText().replace(/<[^>]+>/g, ''))
    .join('');
  return [...new Set(Array.from(text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g), (m) => m[1]))];
}

export function officeTemplateService(options: { dir: string; clock: Clock }) {
  const { dir, clock } = options;
  const indexPath = join(dir, 'index.json');
  const fileOf = (id: string) => join(dir, `${id}.docx`);

  async function readIndex(): Promise<Index> {
    try {
      const index = JSON.parse(await readFile(indexPath, 'utf8')) as Index;
      return { templates: index.templates ?? [], chosen: index.chosen ?? {} };
    } catch {
      // No index yet, or a damaged one: the template files themselves are kept and listed again.
      const files = existsSync(dir) ? (await readdir(dir)).filter((f) => /^[\w-]+\.docx$/.test(f)) : [];
      const templates: OfficeTemplate[] = [];
      for (const file of files) {
        const bytes = await readFile(join(dir, file));
        const id = file.replace(/\.docx$/, '');
        templates.push({ id, name: id, fileName: file, size: bytes.length, addedAt: '', tags: safeTags(bytes) });
      }
      return { templates, chosen: {} };
    }
  }

  async function writeIndex(index: Index): Promise<void> {
    await mkdir(dir, { recursive: true });
    const partial = `${indexPath}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(index, null, 2));
    await rename(partial, indexPath);
  }

  const listOf = (index: Index): OfficeTemplateList => ({ ...index, canPreview: findSoffice() !== null });

  return {
    list: async (): Promise<OfficeTemplateList> => listOf(await readIndex()),

    async add(fileName: string, bytes: Uint8Array): Promise<ApiResult<OfficeTemplate>> {
      const checked = fillUserTemplate(bytes, { notice: SAMPLE_NOTICE, tasks: SAMPLE_TASKS });
      if (!checked.ok) return fail(`“${fileName}”不能用作模板：${checked.error}`);
      const id = `t${randomBytes(6).toString('hex')}`;
      const template: OfficeTemplate = {
        id,
        name: fileName.replace(/\.(docx|dotx)$/i, ''),
        fileName,
        size: bytes.length,
        addedAt: timestamp(clock),
        tags: safeTags(bytes),
      };
      await mkdir(dir, { recursive: true });
      await writeFile(fileOf(id), bytes);
      const index = await readIndex();
      await writeIndex({ ...index, templates: [...index.templates.filter((t) => t.id !== id), template] });
      return ok(template);
    },

    async remove(id: string): Promise<ApiResult<{ id: string }>> {
      const index = await readIndex();
      if (!index.templates.some((t) => t.id === id)) return fail('没有这个模板，可能已被删除。');
      const chosen = Object.fromEntries(Object.entries(index.chosen).filter(([, v]) => v !== id));
      await writeIndex({ templates: index.templates.filter((t) => t.id !== id), chosen });
      await rm(fileOf(id), { force: true });
      return ok({ id });
    },

    async choose(kind: TemplateKind, id: string | null): Promise<ApiResult<OfficeTemplateList>> {
      const index = await readIndex();
      if (id !== null && !FILLABLE.includes(kind)) return fail('目前只能为通知和任务分工方案选择 .docx 模板。');
      if (id !== null && !index.templates.some((t) => t.id === id)) return fail('没有这个模板，可能已被删除。');
      const chosen = { ...index.chosen };
      if (id === null) delete chosen[kind];
      else chosen[kind] = id;
      const next = { ...index, chosen };
      await writeIndex(next);
      return ok(listOf(next));
    },

    /** A template's bytes by id, or null when it is gone. */
    async templateFile(id: string): Promise<Uint8Array | null> {
      if (!/^[\w-]{1,60}$/.test(id)) return null;
      try {
        return await readFile(fileOf(id));
      } catch {
        return null;
      }
    },

    /** The bytes of the template chosen for a kind, or null (the built-in layout). */
    async chosenFor(kind: TemplateKind): Promise<Uint8Array | null> {
      const id = (await readIndex()).chosen[kind];
      if (!id) return null;
      try {
        return await readFile(fileOf(id));
      } catch {
        return null;
      }
    },

    async preview(id: string): Promise<ApiResult<FilePayload>> {
      const soffice = findSoffice();
      if (!soffice) return fail('这台电脑上没有找到 LibreOffice，无法显示版面预览；模板中的标记见列表，可下载模板在 Word 或 WPS 中查看。');
      let bytes: Buffer;
      try {
        bytes = await readFile(fileOf(id));
      } catch {
        return fail('没有这个模板，可能已被删除。');
      }
      const filled = fillUserTemplate(bytes, { notice: SAMPLE_NOTICE, tasks: SAMPLE_TASKS });
      if (!filled.ok) return filled;
      const work = await mkdtemp(join(tmpdir(), 'gongwen-preview-'));
      try {
        const input = join(work, 'preview.docx');
        await writeFile(input, filled.value);
        const profile = pathToFileURL(join(work, 'profile')).href;
        // Writer exports only PDF reliably headless; the page is drawn from the PDF.
        await new Promise<void>((resolve, reject) =>
          execFile(
            soffice,
            [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, input],
            { timeout: 120_000 },
            (error) => (error ? reject(error) : resolve()),
          ),
        );
        const png = await pdfPageImage(await readFile(join(work, 'preview.pdf')));
        return ok({ fileName: `${id}.png`, mime: MIME.png, bytes: new Uint8Array(png) });
      } catch {
        return fail('LibreOffice 未能生成预览，请稍后再试，或在 Word、WPS 中打开模板查看。');
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    },
  };
}

function safeTags(bytes: Uint8Array): string[] {
  try {
    return templateTags(bytes);
  } catch {
    return [];
  }
}

export type OfficeTemplateService = ReturnType<typeof officeTemplateService>;
