/**
 * 其他发文身份 as the settings form edits them: a new, blank profile with an id of its own, and the
 * clashes the schema cannot see (two profiles of one 名称, or sharing a 机关代字 the 发文登记 numbers
 * separately), as field errors keyed like the schema's ("profiles.1.agencyCode"); and all of a card's
 * errors at once, so the form can show them as the clerk types.
 */
import { validate } from '../../shared/api/validation';
import { issuingProfileSchema, type IssuingProfile } from '../../shared/drafting/organization';

/** A blank profile; its id is the first "pN" no other profile has, so drafts keep finding theirs. */
export function blankProfile(existing: IssuingProfile[]): IssuingProfile {
  const used = new Set(existing.map((p) => p.id));
  let n = existing.length + 1;
  while (used.has(`p${n}`)) n++;
  return { id: `p${n}`, label: '', signature: '', issuerMark: '', agencyCode: '', printer: '', officeTemplateId: null };
}

/** Field errors for repeated 名称 and 机关代字 (the organization's own 代字 included). */
export function profileClashes(profiles: IssuingProfile[], ownAgencyCode: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const labels = new Map<string, number>();
  const codes = new Map<string, string>([[ownAgencyCode.trim(), '本机关']]);
  profiles.forEach((profile, i) => {
    const label = profile.label.trim();
    const code = profile.agencyCode.trim();
    const sameLabel = labels.get(label);
    if (label && sameLabel !== undefined) errors[`profiles.${i}.label`] = `与第${sameLabel + 1}个发文身份同名`;
    else if (label) labels.set(label, i);
    const sameCode = codes.get(code);
    if (code && sameCode !== undefined) errors[`profiles.${i}.agencyCode`] = `与“${sameCode}”的机关代字相同，发文登记会混号`;
    else if (code) codes.set(code, label || `第${i + 1}个发文身份`);
  });
  return errors;
}

/** Every field error of the cards: the schema's own (empty, too long, a 代字 with a year) first, then the clashes. */
export function profileErrors(profiles: IssuingProfile[], ownAgencyCode: string): Record<string, string> {
  const errors: Record<string, string> = {};
  profiles.forEach((profile, i) => {
    const checked = validate(issuingProfileSchema, profile);
    if (checked.ok) return;
    for (const [field, message] of Object.entries(checked.fields)) errors[`profiles.${i}.${field}`] = message;
  });
  return { ...profileClashes(profiles, ownAgencyCode), ...errors };
}
