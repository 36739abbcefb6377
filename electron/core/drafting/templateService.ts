/**
 * Templates: the built-in defaults (read-only) and the clerk's own, stored in the archive. A clerk
 * copies a template and edits the copy; a built-in one cannot be changed or deleted.
 */
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { defaultTemplateId, type Template, type TemplateKind, type TemplateOf } from '../../../shared/drafting/templates';
import { timestamp } from '../archive/clock';
import type { DraftingContext } from './draftingContext';
import { BUILT_IN_TEMPLATES } from './templateDefaults';

const BUILT_IN_IDS = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));

export function templateService({ store, clock }: DraftingContext) {
  async function find(id: string): Promise<Template | null> {
    return BUILT_IN_TEMPLATES.find((t) => t.id === id) ?? (await store.read((tx) => tx.templates.get(id)));
  }

  return {
    async list(kind?: TemplateKind): Promise<Template[]> {
      const stored = await store.read((tx) => tx.templates.list());
      return [...BUILT_IN_TEMPLATES, ...stored].filter((t) => !kind || t.kind === kind);
    },

    /** The template of a kind by id, or the kind's built-in default when no id is given. */
    async forKind<K extends TemplateKind>(kind: K, id?: string | null): Promise<ApiResult<TemplateOf<K>>> {
      const template = await find(id ?? defaultTemplateId(kind));
      if (!template) return fail(`找不到模板“${id}”，它可能已被删除。`);
      if (template.kind !== kind) return fail(`模板“${template.name}”不是用于这类文件的模板。`);
      return ok(template as TemplateOf<K>);
    },

    save(template: Template): Promise<ApiResult<Template>> {
      if (BUILT_IN_IDS.has(template.id)) return Promise.resolve(fail('内置模板不能修改，请先复制一份再修改副本。'));
      return store.write(async (tx) => {
        const existing = await tx.templates.get(template.id);
        if (existing && existing.kind !== template.kind) return fail('不能改变模板的用途，请新建模板。');
        await tx.templates.save(template, timestamp(clock));
        return ok(template);
      });
    },

    copy(id: string, name: string): Promise<ApiResult<Template>> {
      return store.write(async (tx) => {
        const source = await find(id);
        if (!source) return fail(`找不到模板“${id}”。`);
        const taken = new Set([...BUILT_IN_IDS, ...(await tx.templates.ids())]);
        let n = 1;
        while (taken.has(`${source.kind}-${n}`)) n++;
        const copy = { ...structuredClone(source), id: `${source.kind}-${n}`, name: name.trim() };
        await tx.templates.save(copy, timestamp(clock));
        return ok(copy);
      });
    },

    async delete(id: string): Promise<ApiResult<{ id: string }>> {
      if (BUILT_IN_IDS.has(id)) return fail('内置模板不能删除。');
      const deleted = await store.write((tx) => tx.templates.delete(id));
      return deleted ? ok({ id }) : fail(`找不到模板“${id}”。`);
    },
  };
}

export type TemplateService = ReturnType<typeof templateService>;
