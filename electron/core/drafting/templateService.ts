/**
 * Templates: the built-in defaults (read-only) and the clerk's own, stored in the archive. A clerk
 * copies a template and edits the copy; a built-in one cannot be changed or deleted.
 */
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { validate } from '../../../shared/api/validation';
import { defaultTemplateId, templateSchema, type Template, type TemplateKind, type TemplateOf } from '../../../shared/drafting/templates';
import { timestamp } from '../archive/clock';
import type { DraftingContext } from './draftingContext';
import { BUILT_IN_TEMPLATES } from './templateDefaults';

const BUILT_IN_IDS = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));

export function templateService({ db, repos, clock }: DraftingContext) {
  function stored(): Template[] {
    return repos.templates.list().flatMap((row) => {
      const parsed = templateSchema.safeParse(JSON.parse(row.template));
      return parsed.success ? [parsed.data] : [];
    });
  }

  function find(id: string): Template | null {
    return BUILT_IN_TEMPLATES.find((t) => t.id === id) ?? stored().find((t) => t.id === id) ?? null;
  }

  return {
    list: (kind?: TemplateKind): Template[] => [...BUILT_IN_TEMPLATES, ...stored()].filter((t) => !kind || t.kind === kind),

    /** The template of a kind by id, or the kind's built-in default when no id is given. */
    forKind<K extends TemplateKind>(kind: K, id?: string | null): ApiResult<TemplateOf<K>> {
      const template = find(id ?? defaultTemplateId(kind));
      if (!template) return fail(`找不到模板“${id}”，它可能已被删除。`);
      if (template.kind !== kind) return fail(`模板“${template.name}”不是用于这类文件的模板。`);
      return ok(template as TemplateOf<K>);
    },

    save(input: unknown): ApiResult<Template> {
      const checked = validate(templateSchema, input);
      if (!checked.ok) return fail(checked.error);
      const template = checked.value;
      if (BUILT_IN_IDS.has(template.id)) return fail('内置模板不能修改，请先复制一份再修改副本。');
      const existing = repos.templates.get(template.id);
      if (existing && existing.kind !== template.kind) return fail('不能改变模板的用途，请新建模板。');
      repos.templates.upsert({ id: template.id, kind: template.kind, name: template.name, template: JSON.stringify(template) }, timestamp(clock));
      return ok(template);
    },

    copy(id: string, name: string): ApiResult<Template> {
      const source = find(id);
      if (!source) return fail(`找不到模板“${id}”。`);
      return db.transaction((): ApiResult<Template> => {
        const taken = new Set([...BUILT_IN_IDS, ...repos.templates.ids()]);
        let n = 1;
        while (taken.has(`${source.kind}-${n}`)) n++;
        const copy = { ...structuredClone(source), id: `${source.kind}-${n}`, name: name.trim() };
        repos.templates.upsert({ id: copy.id, kind: copy.kind, name: copy.name, template: JSON.stringify(copy) }, timestamp(clock));
        return ok(copy);
      }).immediate();
    },

    delete(id: string): ApiResult<{ id: string }> {
      if (BUILT_IN_IDS.has(id)) return fail('内置模板不能删除。');
      return repos.templates.delete(id) ? ok({ id }) : fail(`找不到模板“${id}”。`);
    },
  };
}

export type TemplateService = ReturnType<typeof templateService>;
