/**
 * An office's own .docx template (its 版头, fonts, logo — the 套红 document made in Word or WPS) filled
 * with a notice through docxtemplater. Tags are Chinese, in double braces: {{文号}}, {{标题}} … (see
 * TEMPLATE_TAGS); {{正文}} alone in its paragraph becomes the body's paragraphs, and
 * {{#任务}}…{{/任务}} repeats a table row per task. A tag Word split across runs is still one tag.
 * A broken or unknown tag is refused with a Chinese message naming it.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import type { NoticeDocument } from '../../../shared/drafting/noticeDocument';
import type { TaskRow } from '../../../shared/drafting/taskTable';
import { bodyXml } from './templateBody';
import { levelStyles } from './templateStyles';

/** The tags a template may hold, outside the 任务 loop. */
export const TEMPLATE_TAGS = [
  '份号',
  '密级',
  '紧急程度',
  '发文机关标志',
  '文号',
  '签发人',
  '标题',
  '主送',
  '正文',
  '附件说明',
  '署名',
  '成文日期',
  '附注',
  '抄送',
  '印发机关',
  '印发日期',
] as const;
/** The tags of one row inside {{#任务}}…{{/任务}}. */
export const TASK_TAGS = ['序号', '任务', '牵头单位', '配合单位', '完成时限'] as const;
const TASK_LOOP = '任务';

/** Tags whose value is WordprocessingML, not text: the body is paragraphs, not a line. */
const RAW_TAGS = /^\s*(正文)\s*$/;

export interface TemplateValues {
  notice: NoticeDocument;
  /** 签发人, for an upward document. */
  signer?: string | null;
  tasks?: TaskRow[];
}

function attachmentText(attachments: string[]): string {
  if (attachments.length === 0) return '';
  if (attachments.length === 1) return `附件：${attachments[0]}`;
  // Names after the first line up under the first one: 附件： is three 字 wide.
  return attachments.map((name, i) => `${i === 0 ? '附件：' : '\u3000\u3000\u3000'}${i + 1}．${name}`).join('\n');
}

function data(values: TemplateValues, body: string): Record<string, unknown> {
  const n = values.notice;
  return {
    份号: n.copyNumber ?? '',
    密级: n.secrecy ?? '',
    紧急程度: n.urgency ?? '',
    发文机关标志: n.issuerMark ?? '',
    文号: n.docNumber ?? '',
    签发人: values.signer ?? '',
    标题: n.title,
    主送: n.recipients.join('，'),
    正文: body,
    附件说明: attachmentText(n.attachments),
    署名: n.signature ?? '',
    成文日期: n.signedDate ?? '',
    附注: n.remark ?? '',
    抄送: n.cc.join('，'),
    印发机关: n.printer ?? '',
    印发日期: n.printedDate ?? '',
    [TASK_LOOP]: (values.tasks ?? []).map((t) => ({
      序号: String(t.serial),
      任务: t.task,
      牵头单位: t.lead.join('、'),
      配合单位: t.co.join('、'),
      完成时限: t.deadline,
    })),
  };
}

/** docxtemplater's {{正文}} as raw XML: a module (one per fill) that only declares which tag names are raw. */
const rawBodyModule = (): Docxtemplater.DXT.Module => ({
  name: 'GongwenRawBody',
  // docxtemplater accepts a RegExp as a matcher's prefix; its typings only name a string.
  matchers: () => [[RAW_TAGS as unknown as string, 'rawxml', {}]],
});

interface TemplateErrorPart {
  properties?: { id?: string; xtag?: string; openingtag?: string; closingtag?: string; explanation?: string; errors?: unknown[] };
  message?: string;
}

function describeError(error: TemplateErrorPart): string {
  const p = error.properties ?? {};
  const tag = (p.xtag ?? '').trim();
  switch (p.id) {
    case 'unclosed_tag':
      return `标记“{{${tag}”缺少结尾的“}}”。`;
    case 'unopened_tag':
      return `标记“${tag}}}”缺少开头的“{{”。`;
    case 'duplicate_open_tag':
      return `标记“${tag}”前有重复的“{{”。`;
    case 'duplicate_close_tag':
      return `标记“${tag}”后有重复的“}}”。`;
    case 'unclosed_loop':
      return `循环“{{#${tag}}}”没有对应的结束标记“{{/${tag}}}”。`;
    case 'unopened_loop':
      return `结束标记“{{/${tag}}}”前没有对应的“{{#${tag}}}”。`;
    case 'closing_tag_does_not_match_opening_tag':
      return `循环“{{#${p.openingtag ?? ''}}}”与结束标记“{{/${p.closingtag ?? ''}}}”不配对。`;
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
    case 'raw_tag_outerxml_invalid':
      return `标记“{{${tag || '正文'}}}”必须单独占一个段落（同一段中不能有其他文字）。`;
    default:
      return `模板标记有误：${tag ? `“${tag}”` : (p.explanation ?? error.message ?? '')}`;
  }
}

function templateErrors(error: unknown): string[] {
  const e = error as TemplateErrorPart;
  const parts = (e.properties?.errors as TemplateErrorPart[] | undefined) ?? [e];
  return [...new Set(parts.map(describeError))];
}

const KNOWN = new Set<string>([...TEMPLATE_TAGS, ...TASK_TAGS, TASK_LOOP]);

/** Fills the template; a template that is not a .docx, or has broken or unknown tags, is refused with the reason. */
export function fillUserTemplate(template: Uint8Array, values: TemplateValues): ApiResult<Buffer> {
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch {
    return fail('模板不是有效的 .docx 文件（.doc、.wps 请先在 Word 或 WPS 中另存为 .docx）。');
  }
  if (!zip.file('word/document.xml')) return fail('模板不是 Word 文档（缺少 word/document.xml），请另存为 .docx 后再试。');
  const styles = levelStyles(zip.file('word/styles.xml')?.asText() ?? null);
  const unknown = new Set<string>();
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      delimiters: { start: '{{', end: '}}' },
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      modules: [rawBodyModule()],
      nullGetter: (part) => {
        if (!part.module) unknown.add(String(part.value).trim());
        return '';
      },
    });
  } catch (error) {
    return fail(`模板无法使用：${templateErrors(error).join('')}`);
  }
  try {
    doc.render(data(values, bodyXml(values.notice.body, styles)));
  } catch (error) {
    return fail(`模板无法使用：${templateErrors(error).join('')}`);
  }
  const unrecognised = [...unknown].filter((t) => !KNOWN.has(t));
  if (unrecognised.length > 0) {
    return fail(
      `模板中有无法识别的标记：${unrecognised.map((t) => `{{${t}}}`).join('、')}。可用的标记：${TEMPLATE_TAGS.map((t) => `{{${t}}}`).join(' ')}，任务表用 {{#任务}}…{{/任务}}。`,
    );
  }
  return ok(doc.toBuffer({ compression: 'DEFLATE' }) as Buffer);
}
