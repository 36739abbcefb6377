/**
 * 其他发文身份 as the settings form edits them: one per line, "名称｜署名｜发文机关标志｜机关代字｜印发机关".
 * A line keeps the id (and the .docx template) of the profile with the same 名称, so drafts made under
 * it still find it after an edit.
 */
import type { IssuingProfile } from '../../shared/drafting/organization';

const FIELDS = ['label', 'signature', 'issuerMark', 'agencyCode', 'printer'] as const;

export function profilesToLines(profiles: IssuingProfile[]): string {
  return profiles.map((p) => FIELDS.map((f) => p[f]).join('｜')).join('\n');
}

/** Profiles from the text; a line without five fields is named in the error. */
export function linesToProfiles(text: string, before: IssuingProfile[]): { profiles: IssuingProfile[] } | { error: string } {
  const profiles: IssuingProfile[] = [];
  const lines = text.split('\n').filter((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    const parts = line.split(/[|｜]/).map((s) => s.trim());
    if (parts.length !== FIELDS.length || parts.some((p) => !p)) {
      return { error: `其他发文身份第${i + 1}行应有5项，用“｜”分开：名称｜署名｜发文机关标志｜机关代字｜印发机关。` };
    }
    const [label, signature, issuerMark, agencyCode, printer] = parts;
    const kept = before.find((p) => p.label === label);
    const used = new Set([...before.map((p) => p.id), ...profiles.map((p) => p.id)]);
    let id = kept?.id ?? `p${i + 1}`;
    for (let n = i + 1; !kept && used.has(id); n++) id = `p${n}`;
    profiles.push({ id, label, signature, issuerMark, agencyCode, printer, officeTemplateId: kept?.officeTemplateId ?? null });
  }
  return { profiles };
}
