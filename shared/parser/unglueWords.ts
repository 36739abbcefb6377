/**
 * The words a glued document's parts are told by, shared by its header and its closing: a title's verb and 文种,
 * a page's toolbar button and field label.
 */
import { DOC_KINDS } from '../domain/notice';
import { PINYIN_RUN_SOURCE } from '../domain/pinyinRuns';
import { withTraditional } from './traditionalForms';

/** 关于 as pages print it: simplified, traditional, or the two mixed. */
export const ABOUT = /关于|關於|關于/;

/** 关于/转发/印发 in either script, a mirror's pronunciation after a character or not ("關(guān)于"). */
export const TITLE_VERB = new RegExp(
  [
    ['关關', '于於'],
    ['转轉', '发發'],
    ['印', '发發'],
  ]
    .map(([a, b]) => `[${a}](?:${PINYIN_RUN_SOURCE})?[${b}]`)
    .join('|'),
);
export const TITLE_WORD = withTraditional(
  new RegExp(`(${[...DOC_KINDS, '方案', '办法', '规定', '细则', '要点', '计划'].join('|')})([（(][^）)]{1,12}[）)])?`, 'g'),
);
export const TITLE_END = new RegExp(`(${TITLE_WORD.source})$`);
/** A two-character 文种 closing a title, letter-spaced as a 版头 prints it ("…项目的通 告"). */
const SPACED_KIND = withTraditional(
  new RegExp(
    `的\\s*(${DOC_KINDS.filter((k) => k.length === 2)
      .map((k) => `${k[0]}\\s+${k[1]}`)
      .join('|')})`,
    'g',
  ),
);
/** A text with such a 文种 written close, so a glued title ends where its 文种 does. */
export function withSpacedKindsClosed(text: string): string {
  return text.includes('的') ? text.replace(SPACED_KIND, (m) => m.replace(/\s+/g, '')) : text;
}
/** A page's toolbar button glued before the 文号 or the 主送 ("打印长绿府议〔2019〕1号", "朗读县水务局:"). */
export const TOOLBAR_BEFORE = /^(打印本[页頁]|打印|朗[读讀]|关闭|關閉|分享|收藏)(?=[\u4e00-\u9fff])/;
/** A page's field label ("发布机构:", "文 号:") opening the text after a space, or ending the text before it. */
/** Its characters are written together or each apart ("文 号:"), never as two words ("通知 名称:" is a value and a label). */
export const LABEL_WORD = '(?:[\\u4e00-\\u9fff]{2,6}|[\\u4e00-\\u9fff](?:\\s[\\u4e00-\\u9fff]){1,5})\\s*[:：]';
export const PAGE_LABEL = new RegExp(`^${LABEL_WORD}`);
export const PAGE_LABEL_END = new RegExp(`(?:^|\\s)${LABEL_WORD}$`);

/** How far into a document page chrome and a repeated title may stand before the title. */
export const CHROME_REACH = 600;
