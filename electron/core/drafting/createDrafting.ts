/**
 * Builds the drafting services over the store: 本机关 settings, localization rules, templates, the 发文
 * register, drafts and generated documents. createCore calls this once.
 */
import { documentService } from './documentService';
import type { DraftingContext } from './draftingContext';
import type { OfficeTemplateService } from './officeTemplateService';
import { draftService } from './draftService';
import { issuanceService } from './issuanceService';
import { organizationService } from './organizationService';
import { rulesService } from './rulesService';
import { templateService } from './templateService';

export function createDrafting(ctx: DraftingContext, officeTemplates: Pick<OfficeTemplateService, 'chosenFor' | 'templateFile'>) {
  const organization = organizationService(ctx);
  const rules = rulesService(ctx, organization.get);
  const templates = templateService(ctx);
  const issuance = issuanceService(ctx);
  const drafts = draftService(ctx, { organization, rules, templates, issuance });
  const documents = documentService(ctx, { organization, templates, drafts, officeTemplates });
  return {
    /** 本机关 settings and the responsible-unit mapping. */
    organization,
    /** Drafts of local notices and the localization rules they use. */
    drafting: { ...drafts, rules },
    /** 发文登记: 文号 handed out, issued, 作废. */
    issuance,
    /** Built-in and the clerk's templates. */
    templates,
    /** .docx documents of every kind. */
    documents,
  };
}

export type Drafting = ReturnType<typeof createDrafting>;
