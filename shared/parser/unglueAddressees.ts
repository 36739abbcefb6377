/**
 * The 主送 of a glued document: whether a run of text is a list of addressees, and where a list that lost its
 * colon, or a forwarded document's own list, starts and ends.
 */
import { withTraditional } from './traditionalForms';
import { isPlainOrgName } from './unglueNames';
import { CHROME_REACH, TITLE_END, TITLE_WORD } from './unglueWords';
import { isCompleteOrgName, splitOrgList } from './unitNames';

/**
 * How a notice's body opens right after its 主送 ("经…批准", "根据…", "现将…"); not "对" nor "由", which may go on
 * from organs that are the sentence's subject ("市委、市政府对…高度重视").
 */
const NOTICE_OPENING = withTraditional(
  /经|根据|按照|为(?:了|进一步|贯彻|落实|深入|加快|切实|做好|推动|全面|推进|加强|规范)|现将|近日|近期|日前/g,
);

/**
 * A 主送 printed without its colon, run into the body after it ("省直有关部门,各设区市人社局经…批准,现将…"): a list
 * of two or more names, each an addressee, from a start up to where the body's opening word follows its last
 * complete name.
 */
export function colonlessBeforeBodyCuts(head: string, starts: readonly number[]): number[] {
  // (The list stands near the top, and holds two names apart.)
  const top = head.slice(0, CHROME_REACH + MAX_ADDRESSEES_LENGTH);
  if (!/[,，、]/.test(top)) return [];
  for (const body of top.matchAll(NOTICE_OPENING)) {
    const k = body.index;
    // (Tested first: most such words stand inside a sentence, after no organ's name.)
    if (!isCompleteOrgName(head.slice(Math.max(0, k - 8), k))) continue;
    for (const start of starts) {
      if (start >= k - 3) break;
      if (k - start > MAX_ADDRESSEES_LENGTH || !/^[\u4e00-\u9fff]/.test(head.slice(start, start + 1))) continue;
      const list = head.slice(start, k);
      if (!/[,，、]/.test(list)) continue;
      const names = splitOrgList(list);
      const last = names[names.length - 1] ?? '';
      if (names.length < 2 || !isCompleteOrgName(last) || isCompleteOrgName(last + head[k])) continue;
      // (The first name holds no verb: "为贯彻落实自治区党委、自治区政府对…" is a sentence.)
      if ((names[0].startsWith('各') || isPlainOrgName(names[0])) && isAddresseeList(list) && names.every(isAddressee)) return [start, k];
    }
  }
  return [];
}

/** How long the name of a document may be that stands between a colonless 主送 and its 》. */
const LOST_QUOTE_NAME = 60;

/** How such a name ends: a 文种, a plan's or a rule's name. */
const LOST_QUOTE_NAME_END = new RegExp(`(${TITLE_WORD.source}|制度|规则|条例|规划|标准|指南|清单)$`);

/**
 * A 主送 that lost its colon, glued to a body that opens with a document's name whose 《 was lost too
 * ("…,各市级责任单位甲市巡查制度》《…》已经…"): the first 》 without its opener closes that name, and the list of
 * addressees before it (from a start opening with 各) ends after its last complete organ's name.
 */
export function colonlessAddresseeCuts(head: string, starts: readonly number[]): number[] {
  let depth = 0;
  let close = head.indexOf('》');
  for (let i = 0; close >= 0 && i < close; i++) if (head[i] === '《') depth++;
  // Each 《 before a 》 pairs with it; the first 》 left over lost its opener.
  while (close >= 0 && depth > 0) {
    const next = head.indexOf('》', close + 1);
    for (let i = close + 1; next >= 0 && i < next; i++) if (head[i] === '《') depth++;
    depth--;
    close = next;
  }
  if (close < 0) return [];
  const from = starts
    .filter((at) => at < close && close - at <= ADDRESSEE_REACH + LOST_QUOTE_NAME)
    .map((at) => at + head.slice(at, close).search(/[\u4e00-\u9fff]|$/));
  for (const start of from) {
    if (head[start] !== '各') continue;
    const lastSeparator = Math.max(start, ...[...head.slice(start, close).matchAll(/[，,、；;\s]/g)].map((m) => start + m.index + 1));
    for (let k = lastSeparator + 2; k <= close - 4 && close - k <= LOST_QUOTE_NAME; k++) {
      const list = head.slice(start, k);
      // The first place a name ends where no longer one does ("…部" is not the end of "…部门", "…委" of "…委员会").
      const name = head.slice(lastSeparator, k);
      if (!isCompleteOrgName(name) || isCompleteOrgName(name + head[k]) || head.startsWith('员会', k)) continue;
      if (isAddresseeList(list) && LOST_QUOTE_NAME_END.test(head.slice(k, close))) return [start, k];
    }
  }
  return [];
}

/**
 * A forwarded or attached document's title glued to its own 主送 further down ("…申报工作的通知各市农业局、各市财政局:"):
 * the list after the title's last 文种 is a line of its own (the title may wrap from the line before).
 */
export function forwardedAddresseeCuts(text: string): number[] {
  if (!/[：:]$/.test(text)) return [];
  const last = [...text.matchAll(TITLE_WORD)].pop();
  if (!last || last.index < 2) return [];
  const end = last.index + last[0].length;
  if (end >= text.length - 1 || text[last.index - 1] !== '的' || /[，,。；;]|根据|按照|依据|依照/.test(text.slice(0, end))) return [];
  // Every addressee a whole organ's name: "的通知各乡镇要做好以下工作:" is a sentence.
  const list = text.slice(end, -1);
  return isAddresseeList(list) && splitOrgList(list).every((n) => isCompleteOrgName(n.replace(/[（(][^（）()]*[）)]$/, ''))) ? [end] : [];
}

/** How long a 主送 may be; its start is looked for only this far (and some skipped punctuation) before its colon. */
const MAX_ADDRESSEES_LENGTH = 200;

export const ADDRESSEE_REACH = MAX_ADDRESSEES_LENGTH + 40;

/** A title's end inside a list: the list starts after it ("…分工的通知各苏木乡镇人民政府"). */
const TITLE_INSIDE = new RegExp(`的(${TITLE_WORD.source})`);

/** A clause's unit label ("责任单位:") is followed by units, not by the notice's text. */
const UNIT_LABEL = /^(责任|牵头|配合|协办|主办|参与|承办|督办)(单位|部门)$/;

export function isAddresseeLine(text: string): boolean {
  return /[：:]$/.test(text) && isAddresseeList(text.slice(0, -1));
}

/** A division sharing the head of the names after it ("各省、自治区、直辖市财政厅"). */
const SHARED_HEAD_DIVISION = withTraditional(/^(自治区|直辖市|计划单列市|自治州|自治县|[省市州盟县区旗])$/);

export function isAddresseeList(spaced: string): boolean {
  // (A page may set a bracket apart from the name it closes: "各县 (市、区)人民政府".)
  const text = spaced.includes(' (') || spaced.includes(' （') ? spaced.replace(/\s+(?=[（(])/g, '') : spaced;
  if (
    text === '' ||
    text.length > MAX_ADDRESSEES_LENGTH ||
    /[：:]/.test(text) ||
    UNIT_LABEL.test(text) ||
    TITLE_INSIDE.test(text) ||
    /[。“”《\s【】〔〕]|关于|關於|關于|\d\s*[号號]/.test(text) ||
    TITLE_END.test(text) ||
    // A bracket closed without its opener: the list would start inside a bracket ("…旅游局)甲县人民政府").
    /^[^（(]*[）)]/.test(text)
  )
    return false;
  const names = splitOrgList(text);
  // A headless last part ("市政府各部门、直属机构") need not be a complete name itself.
  return names.length > 0 && isAddressee(names[0]) && names.filter(isAddressee).length * 3 >= names.length * 2 && !/^[的之]/.test(text);
}

/** A person or the public a reply or a 公告 addresses ("张三代表", "李四等代表", "王五委员", "居民朋友"). */
const PERSON_ADDRESSEE = withTraditional(
  /^([\u4e00-\u9fff]{2,4}等?(代表|委员|同志|先生|女士)|(广大)?(市民|居民|村民|群众|家长)(朋友)?)们?$/,
);

/** A bracketed note closing an addressee's name ("各镇人民政府(办事处)", "区级相关部门(单位)"). */
const CLOSING_NOTE = /[（(][^（()）]{1,8}[）)]$/;

/** One name of a list of addressees; zones are addressed by their names alone ("甲湖新区、乙管理区"). */
function isAddressee(text: string): boolean {
  const name = text.endsWith(')') || text.endsWith('）') ? text.replace(CLOSING_NOTE, '') : text;
  return (
    /^各./.test(name) ||
    PERSON_ADDRESSEE.test(name) ||
    isCompleteOrgName(name) ||
    /..(新区|管理区|示范区|试验区|合作区|开发区|经开区|高新区)$/.test(name) ||
    // An autonomous prefecture or county is addressed by its name alone ("甲乙自治州,各州、市人民政府:").
    /..自治[州县]$/.test(name) ||
    SHARED_HEAD_DIVISION.test(name)
  );
}
