/** The 页数 field of the catalogue as the clerk types it, and the note saying where a 页数 comes from. */
import { cataloguePagesSchema, type CatalogueEntry } from '../../shared/api/registrationContract';
import { validate } from '../../shared/api/validation';

/** Empty is "no figure" (the file's count is used); full-width digits are read as digits. */
export function pagesFromText(text: string): { ok: true; pages: number | null } | { ok: false; error: string } {
  const trimmed = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (trimmed === '') return { ok: true, pages: null };
  const checked = validate(cataloguePagesSchema, /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed);
  return checked.ok ? { ok: true, pages: checked.value } : { ok: false, error: checked.fields[''] ?? '页数应为数字' };
}

export function pagesNote(entry: CatalogueEntry): string {
  if (entry.pagesFrom === 'file') return '按来文文件计';
  if (entry.pagesFrom === null) return '无法从文件得知，请填写';
  return entry.counted !== null && entry.counted !== entry.pages ? `来文文件为${entry.counted}页` : '';
}
