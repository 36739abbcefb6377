import { PINYIN_RUN_SOURCE, withoutPinyin } from '../domain/pinyinRuns';
import { bothForms, simplified } from './traditionalForms';

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

/** The 主送 as read, with page matter run into an addressee taken off and entries that address no one left out. */
export function tidyAddressees(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const kept = addressee(name);
    if (kept !== null) out.push(kept);
  }
  return out;
}
