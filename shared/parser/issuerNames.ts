/**
 * The last look at the issuers read from a 版头, a 署名 or a byline, against the names the title gives: a name
 * holds no page marks or seal note before it ("【】甲市人民政府", "（盖章）甲市人民政府"), and a short form of the title's own organ ("乙区人民政府办公室",
 * "工作领导小组", "市政府" for 甲市乙区人民政府办公室, 甲省某工作领导小组, 甲市人民政府) stands for the title's full name.
 */
import { withTraditional } from './traditionalForms';
import { LOCALITY, isCompleteOrgName } from './unitNames';

/** What a page leaves before a name: marks, letters, digits, placeholders (a bracket opens a note). */
const MARKS_BEFORE = /^[^\u4e00-\u9fff(（]+(?=[\u4e00-\u9fff])/;
/** The seal's place a transcription notes before the signed name. */
const SEAL_BEFORE = /^[（(](?:代章|盖章|印章|公章|印)[）)]\s*/;
/** A place alone: all that may stand before a name that opens with its own place ("甲市" before "乙区…"). */
const PLACE = withTraditional(/^[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|州|盟|县|区|旗)$/);
/** A government written without its place: its level, and its office (the same in traditional script below). */
export const PLACELESS_GOVERNMENT = /^([省市县区州旗盟])(?:人民)?政府(办公室|办公厅)?$/;
const PLACELESS_GOVERNMENT_EITHER = withTraditional(PLACELESS_GOVERNMENT);

/** The whole name a placeless government's level and office stand for: a place before them. */
export function placedGovernment(placeless: RegExpExecArray): RegExp {
  return new RegExp(`^[\u4e00-\u9fff]{1,10}${placeless[1]}人民政府${placeless[2] ?? ''}$`);
}

/** A province before a name, and the county or city (not a district: many cities have one so named) it opens with. */
const PROVINCE = withTraditional(/^[\u4e00-\u9fff]{1,8}?(?:省|自治区)$/);
const COUNTY_OR_CITY = withTraditional(/(?:市|县|自治州|州|盟|旗)$/);

/**
 * Whether a name is whole though a title prints its province before it ("永嘉县人民政府" signed under "浙江省永嘉县
 * 人民政府关于…"): a county's or a city's name says where it is, and the signed name is the issuer.
 */
export function isWholeUnderProvince(written: string, head: string): boolean {
  return PROVINCE.test(head) && COUNTY_OR_CITY.test(LOCALITY.exec(written)?.[1] ?? '');
}

function fullName(written: string, named: readonly string[]): string {
  for (const full of named) {
    if (full.length <= written.length) continue;
    // (The part before must be a place or a name's head, not another organ: 办公室 alone is no 甲县人民政府办公室.)
    const head = full.slice(0, -written.length);
    if (full.endsWith(written) && isWholeUnderProvince(written, head)) continue;
    if (full.endsWith(written) && (LOCALITY.test(written) ? PLACE.test(head) : !isCompleteOrgName(head))) return full;
    const level = PLACELESS_GOVERNMENT_EITHER.exec(written);
    if (level && placedGovernment(level).test(full)) return full;
  }
  return written;
}

/**
 * Two organs a title joins with 和, 与 or 及 ("甲县财政局和甲县教育局关于…") are two issuers; a name that holds the
 * word inside it (甲县人力资源和社会保障局) stays whole, its part before the word being no organ.
 */
function jointNames(issuer: string): string[] {
  for (const m of issuer.matchAll(/[和与及]/g)) {
    const [first, second] = [issuer.slice(0, m.index), issuer.slice(m.index + 1)];
    if (isCompleteOrgName(first) && isCompleteOrgName(second)) return [first, second];
  }
  return [issuer];
}

export function checkedIssuers(issuers: readonly string[], named: readonly string[]): string[] {
  return issuers.flatMap(jointNames).map((issuer) => fullName(issuer.replace(MARKS_BEFORE, '').replace(SEAL_BEFORE, ''), named));
}
