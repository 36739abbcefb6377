import { PINYIN_RUN_SOURCE, withoutPinyin } from '../domain/pinyinRuns';
import { bothForms, simplified, withTraditional } from './traditionalForms';

/**
 * What a page prints before a 主送 line it ran into it: a 文号's number, a date, "2000年第28号" of a 公报 issue,
 * possibly with the step it dates (印发, 发布). No addressee holds any of them, whatever shape the page had; the
 * addressee is what follows the last one.
 */
const PAGE_MATTER = new RegExp(
  bothForms(
    `(?:${[
      `[〔\\[［(（﹝【]\\s*\\d{4}\\s*[〕\\]］)）﹞】]\\s*第?\\s*\\d+\\s*号(?:${PINYIN_RUN_SOURCE})?`,
      '\\d{4}\\s*[年./-]\\s*\\d{1,2}\\s*[月./-]\\s*(?:\\d{1,2}\\s*日?)?',
      '[〇○零一二三四五六七八九]{4}\\s*年[〇○零一二三四五六七八九十]{1,2}月(?:[〇○零一二三四五六七八九十]{1,3}日)?',
      '\\d{4}\\s*年\\s*第\\s*\\d+\\s*[号期]',
    ].join('|')})(?:\\s*(?:印发|发布|公布))?`,
  ),
  'g',
);

/** The labels of a page's metadata rows: such a label read as the 主送 addresses no one. */
const PAGE_LABEL =
  /^(发文单位|发文机关|发布机构|发布单位|成文日期|发布日期|发文日期|施行日期|文号|发文字号|索引号|主题分类|主题词|来源|标题)$/;

const CJK_NAME = /[\u4e00-\u9fff]{2,}/;

function addressee(name: string): string | null {
  let from = 0;
  for (const m of name.matchAll(PAGE_MATTER)) from = m.index + m[0].length;
  // The closing bracket or colon of the page's row is no part of the name after it.
  const rest = name.slice(from).replace(/^[\s〕\]］)）﹞】:：,，、.。]+/, '');
  if (!CJK_NAME.test(rest)) return null;
  return PAGE_LABEL.test(simplified(withoutPinyin(rest))) ? null : rest;
}

/**
 * A page's buttons and prompts run into a 主送's first 各 group ("主动公开朗读各乡镇人民政府", "分享到: 空间各盟市
 * 农牧局", "取消收藏成功!相关办事指南各盟行政公署"): the 主送 starts at its 各. What a real group names before its 各
 * ends as a place or an organ does (县直各单位, 市政府各部门, 中央驻甲各单位) and holds no such words.
 */
const PAGE_WORDS = withTraditional(/成功|指南|朗读|公开|空间|分享|打印|收藏|字体|关闭|微信|微博|浏览|阅读|[!！?？\d]/);
const GROUP_HEAD_END = withTraditional(/(省|市|县|区|州|盟|旗|镇|乡|村|政府|委|厅|局|办|部|组|会|直|级|属|驻.)$/);

export function withoutPageWordsBeforeGroup(text: string): string {
  const at = text.indexOf('各');
  if (at <= 0) return text;
  const head = text.slice(0, at);
  return PAGE_WORDS.test(head) && !GROUP_HEAD_END.test(head) && !/[，,、；;]/.test(head) ? text.slice(at) : text;
}

/** The 主送 as read, with page matter run into an addressee taken off and entries that address no one left out. */
export function tidyAddressees(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const kept = addressee(name);
    if (kept !== null) out.push(kept);
  }
  return out;
}
