/**
 * Office .docx templates (套红): the office's own Word/WPS documents with Chinese tags ({{文号}},
 * {{正文}} …). The clerk adds them, previews them filled with a sample notice, and chooses one per
 * document kind; a chosen template is what that kind is then written into.
 */
import { z } from 'zod';
import { TEMPLATE_KINDS, type TemplateKind } from '../drafting/templates';
import type { FilePayload } from './binary';
import { bytesSchema } from './fields';
import { method } from './method';

export interface OfficeTemplate {
  id: string;
  /** The name the clerk sees: the file's name without .docx. */
  name: string;
  fileName: string;
  size: number;
  addedAt: string;
  /** The tags it holds, e.g. ["文号", "标题", "正文"]. */
  tags: string[];
}

export interface OfficeTemplateList {
  templates: OfficeTemplate[];
  /** The template chosen for each document kind, or none (the built-in layout). */
  chosen: Partial<Record<TemplateKind, string>>;
  /** Whether rendered previews can be made here (LibreOffice found by the core). */
  canPreview: boolean;
}

const officeTemplateId = z.string().regex(/^[\w-]{1,60}$/, '模板编号不正确');

export const officeTemplateContract = {
  'officeTemplates.list': method(z.object({}))<OfficeTemplateList>(),
  'officeTemplates.add': method(
    z.object({
      fileName: z
        .string()
        .trim()
        .min(1)
        .max(255)
        .regex(/\.(docx|dotx)$/i, '请选择 .docx 模板（.doc、.wps 请先在 Word 或 WPS 中另存为 .docx）'),
      bytes: bytesSchema,
    }),
  )<OfficeTemplate>(),
  'officeTemplates.remove': method(z.object({ id: officeTemplateId }))<{ id: string }>(),
  'officeTemplates.choose': method(z.object({ kind: z.enum(TEMPLATE_KINDS), id: officeTemplateId.nullable() }))<OfficeTemplateList>(),
  /** The template's first page filled with a sample notice, as a PNG image. */
  'officeTemplates.preview': method(z.object({ id: officeTemplateId }))<FilePayload>(),
};
