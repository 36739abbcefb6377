/**
 * The issuer named by a title when neither a 版头 nor a 署名 names it: the prefix before 关于/转发/印发
 * ("东莞市人民政府关于…"), a government's name opening a 公告 title ("邓州市人民政府土地征收启动公告"), or an
 * organ's name that is all a 公告's or 通告's title says before its 文种, or the organ that opens a reply's title
 * ("甲县交通运输局对…建议的答复").
 * A joint title prints its issuers side by side, separated by spaces on its line, or glued together.
 */
import type { SourceLine } from './lines';
import { isCompleteOrgName, splitGluedNames } from './unitNames';
import { TITLE_VERB } from './unglueWords';
import { PLACELESS_GOVERNMENT, placedGovernment } from './issuerNames';

/** A government (or its office) opening a title that has no 关于. */
const GOVERNMENT_PREFIX = /^(.{2,20}?人民政府(?:办公室|办公厅|辦公室|辦公廳)?)(?!办|辦)/;
const MAX_PREFIX = 80;
const ANNOUNCEMENT = /^(.{4,40})(公告|通告)$/;
/** A 街道 (its 办事处) opening a title without 关于: a short place name before it. */
const STREET_PREFIX = /^([\u4e00-\u9fff]{2,5}街道(?:办事处)?)(?![办辦])/;
/** A reply's title: its organ, 对 and what it answers (a deputy's suggestion, a proposal), 的答复. */
const REPLY = /^(.{3,40}?)对.{2,60}的(答复|回复)$/;

/** What opens a signature's date line ("2018年2月10日", a date that lost its marks: "2018年210"). */
const DATE_LINE_START = /^((19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年/;

/**
 * The full name of a government a title names without its place, from the last line that prints it whole
 * over a date line (the signature, wherever the rest of the closing put it).
 */
function signedGovernment(prefix: string, lines: readonly SourceLine[]): string | null {
  const placeless = PLACELESS_GOVERNMENT.exec(prefix);
  if (!placeless) return null;
  const full = placedGovernment(placeless);
  for (let i = lines.length - 2; i >= 0; i--) {
    if (full.test(lines[i].text) && DATE_LINE_START.test(lines[i + 1].text)) return lines[i].text;
  }
  return null;
}

function spacedIssuers(prefix: string, lines: readonly SourceLine[]): string[] | null {
  for (const line of lines) {
    const at = line.rawText.search(TITLE_VERB);
    if (at <= 0) continue;
    const parts = line.rawText.slice(0, at).trim().split(/\s+/);
    if (parts.length > 1 && parts.join('') === prefix && parts.every(isCompleteOrgName)) return parts;
  }
  return null;
}

/** Joint issuers listed with 、 ("甲区人民政府办公室、甲区人大常委会办公室关于…"), each a complete name. */
function listedIssuers(prefix: string): string[] | null {
  const parts = prefix.split('、');
  return parts.length > 1 && parts.every(isCompleteOrgName) ? parts : null;
}

/** A verb by which an issuer carries out another organ's 关于… document ("甲省人民政府贯彻国务院关于…的实施意见"). */
const CARRYING = /贯彻落实|贯彻|貫徹|落实|落實|执行|執行/;

/** The organ before such a verb: the other organ after it is the one the title's 关于 belongs to. */
function issuerBeforeCarrying(prefix: string): string {
  const at = prefix.search(CARRYING);
  return at >= 3 && isCompleteOrgName(prefix.slice(0, at)) ? prefix.slice(0, at) : prefix;
}

export function issuersOfTitle(title: string | null, lines: readonly SourceLine[]): string[] {
  if (!title) return [];
  const verb = title.search(TITLE_VERB);
  if (verb >= 3 && verb <= MAX_PREFIX) {
    const prefix = issuerBeforeCarrying(title.slice(0, verb));
    if (!isCompleteOrgName(prefix)) return [];
    const placed = signedGovernment(prefix, lines);
    if (placed) return [placed];
    // A government or its office named without its place ("区人民政府办公室关于…") is a short form: no issuer.
    if (PLACELESS_GOVERNMENT.test(prefix)) return [];
    return spacedIssuers(prefix, lines) ?? listedIssuers(prefix) ?? splitGluedNames(prefix);
  }
  if (verb >= 0) return [];
  const government = GOVERNMENT_PREFIX.exec(title);
  if (government && title.length - government[1].length >= 4) return [government[1]];
  // A 街道 opening its 公告 or 通知 ("甲街道领导干部联系群众活动公告").
  const street = STREET_PREFIX.exec(title);
  if (street && /(公告|通告|通知)$/.test(title)) return [street[1]];
  // An organ's reply titled with its name ("甲县交通运输局对县人大第23号建议的答复").
  const replying = REPLY.exec(title);
  if (replying && isCompleteOrgName(replying[1])) return [replying[1]];
  // An organ's 公告 or 通告 titled with its name alone ("甲县疫情防控指挥部通告").
  const announcing = ANNOUNCEMENT.exec(title);
  return announcing && isCompleteOrgName(announcing[1]) ? [announcing[1]] : [];
}
