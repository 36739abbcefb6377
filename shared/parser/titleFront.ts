/**
 * What a page glues before a title that opens with its issuer's name ("【信息公开】甲县人民政府关于…", "—甲市某委员会
 * 关于…", "甲市政务服务平台甲县人民政府关于…"): no organ's name holds such marks or ends with a site's word, so
 * the title starts where its issuer's name does. A place or another organ before the name is the title's own.
 */
import { withoutPinyin } from '../domain/pinyinRuns';
import { withTraditional } from './traditionalForms';
import { LOCALITY, isCompleteOrgName, splitGluedNames } from './unitNames';
import { TITLE_VERB } from './unglueWords';

/** An issuer's name: characters only (a note in brackets at most), opening with its place or a national organ. */
const NAME_TEXT = /^[\u4e00-\u9fff()（）]+$/;
const NATIONAL = withTraditional(/^(?:国务院|国家|中共中央|中央|全国|最高)/);
/** What only a page writes: marks, letters and digits, a placeholder "?" (a name holds 、 and brackets at most). */
const PAGE_MARK = /[^\u4e00-\u9fff()（）、\s]/;
/** The last word of a site's banner, button or column ("重要通知", "通知公告"). */
const SITE_WORD = withTraditional(
  /(平台|网|网站|门户|下载|公开|分享|简介|专栏|首页|正文|详情|文库|检索|搜索|归档|图片|反馈|版|文件|广告|重要通知|通知公告|公示公告|通知通告)$/,
);
/** A site ends so, though 站 ends organs' names too (工作站, 水文站). */
const WEBSITE = withTraditional(/网站$/);
/** A company before a government's title is the site reposting it, not a joint issuer. */
const ENTERPRISE = withTraditional(/(公司|集团)$/);
/** A place alone ("甲省", "甲市乙区"): part of the name after it. */
const BARE_PLACE = /^[\u4e00-\u9fff]{1,12}(省|自治区|市|县|区|州|盟|旗)$/;

function namesIssuer(name: string): boolean {
  if (!NAME_TEXT.test(name) || !(LOCALITY.test(name) || NATIONAL.test(name))) return false;
  return isCompleteOrgName(name) && splitGluedNames(name).every(isCompleteOrgName);
}

function isPageMatter(cut: string): boolean {
  const words = cut.replace(/[\s、]/g, '');
  if (ENTERPRISE.test(words) || WEBSITE.test(words)) return true;
  if (isCompleteOrgName(words) || BARE_PLACE.test(words)) return false;
  return PAGE_MARK.test(cut) || SITE_WORD.test(words);
}

/** Where a site's word or a date ends. */
const PAGE_PART_END = new RegExp(`${SITE_WORD.source}|\\d日$`);
/** A date a page prints by its heading: "2020年5月8日", "2020-05-08". */
const PAGE_DATE = /^\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?$/;

/**
 * A prefix that is page matter through and through: a code ("1133…/2024-00144"), a date ("2020年5月8日") or a site's
 * name ("人民网").
 */
function isPageMatterOnly(prefix: string): boolean {
  const words = prefix.replace(/[\s、]/g, '');
  if (PAGE_DATE.test(words)) return true;
  if (!/[\u4e00-\u9fff]/.test(words)) return /\d/.test(words);
  return !isCompleteOrgName(words) && !BARE_PLACE.test(words) && SITE_WORD.test(words) && !/[()（）]/.test(words);
}

export function withoutFrontMatter(title: string): string {
  const plain = withoutPinyin(title);
  if (plain === title) return withoutFront(title);
  // A mirror's pronunciations ("新華社北京1月22日電中央精神文明建設(shè)…") are read past; the cut keeps them.
  const cut = withoutFront(plain);
  if (cut === plain) return title;
  // (A title cut out of the 《》 a site put it in ends before the closing mark.)
  const quoted = !plain.endsWith(cut);
  const tail = quoted ? `${cut}》` : cut;
  for (let at = 1; at < title.length; at++) {
    if (title[at] === tail[0] && withoutPinyin(title.slice(at)) === tail) return quoted ? title.slice(at, -1) : title.slice(at);
  }
  return title;
}

function withoutFront(title: string): string {
  const verb = title.search(TITLE_VERB);
  if (verb < 4) return title;
  const prefix = title.slice(0, verb);
  // A site's name before the whole title in 《》 ("某文库-标准下载网站《甲市人民政府关于…的通知》"): the title inside.
  const open = prefix.indexOf('《');
  if (open > 0 && title.endsWith('》') && isPageMatter(prefix.slice(0, open)) && !prefix.slice(open + 1).includes('《')) {
    return title.slice(open + 1, -1);
  }
  if (prefix.includes('《')) return title;
  if (isPageMatterOnly(prefix)) return title.slice(verb);
  const cutAt = (k: number) => k <= prefix.length - 3 && namesIssuer(prefix.slice(k)) && isPageMatter(prefix.slice(0, k));
  const cuts = Array.from({ length: Math.max(0, prefix.length - 3) }, (_, i) => i + 1).filter(cutAt);
  if (cuts.length === 0) return title;
  // A site's word or a date is cut whole ("…門戶網" + "站黃梅縣人民政府", "…5月8" + "日甲市…", "法搜网--中国法" +
  // "律信息搜索网重庆市林业局"): the page's part goes on to the last of its ends that a name still follows.
  const ends = cuts.filter((k) => PAGE_PART_END.test(prefix.slice(0, k)));
  return title.slice(ends.length > 0 ? ends[ends.length - 1] : cuts[0]);
}
