/**
 * A document-sharing site prints its own lead above the notice ("时间:… 下载本文", "简介:…小编为你整理了…",
 * "第一篇:…"): sentences that stop the header before it reaches the notice. The notice then starts again at
 * its 版头 ("××人民政府办公厅文件") when its 文号, title and 主送 follow it.
 */
import type { SourceLine } from './lines';
import { parseDocNumber } from '../domain/docNumber';
import { isDateLine, isOrgNameLine } from './lineKinds';
import { matchClauseMarker } from './clauseMarkers';
import { ABOUT, TITLE_END } from './unglueWords';

/** How far down the page the notice's own 版头 may stand. */
const SCAN_LINES = 30;
/** Lines from the 版头 to the 主送 (文号, a title over up to four lines, a rule line). */
const HEADER_SPAN = 8;

function isMarkLine(text: string): boolean {
  return text.endsWith('文件') && text.length <= 40 && !/[。，,：:]/.test(text);
}

function isAddressLine(text: string): boolean {
  return /[：:]$/.test(text) && !text.includes('。') && text.length <= 200;
}

/** A title line of its own: "…关于印发《…》的通知", no sentence. */
export function isTitleLine(text: string): boolean {
  return (
    ABOUT.test(text) &&
    /(通知|意见|意見|决定|決定|通报|通報|批复|批復|公告|通告|公示|报告|報告|函)$/.test(text) &&
    text.length <= 100 &&
    !/[。，,：:]/.test(text)
  );
}

/** The texts of `count` lines from `from` run together: a title wrapped over them. */
const joined = (lines: readonly SourceLine[], from: number, count: number) =>
  lines
    .slice(from, from + count)
    .map((l) => l.text)
    .join('');

/** Whether a 主送 stands at `at`, or right under a 文号 there. */
const addressFollows = (lines: readonly SourceLine[], at: number) =>
  isAddressLine(lines[at]?.text ?? '') || (parseDocNumber(lines[at]?.text ?? '') !== null && isAddressLine(lines[at + 1]?.text ?? ''));

/** A 公告, 通告 or 公示 has no 主送: its body opens right under the title ("根据…", "为…"). */
const bodyOfUnaddressed = (title: string, next: SourceLine | undefined) =>
  /(公告|通告|公示)$/.test(title) && /^(根据|根據|按照|依据|依據|为|為)/.test(next?.text ?? '');

/** A line that is nothing but a 文号. */
const isDocNumberLine = (text: string) => parseDocNumber(text) !== null;

/** Where a title at `at` starts: at the issuer printed on the line above it, when it opens with 关于. */
const titleStart = (lines: readonly SourceLine[], at: number) =>
  at > 0 && /^(关于|關於|關于)/.test(lines[at].text) && isOrgNameLine(lines[at - 1].text) ? at - 1 : at;

/**
 * Index of the title where the notice starts after an encyclopedia-style lead that names it ("…以甲委办〔2006〕47号
 * 印发《…》。" and an infobox): a title line of its own, its 文号 right under it, then the 主送. The page's own
 * heading, if any, is the name the title prints (`pageTitle`), so a forwarded notice's header is never taken.
 */
export function documentStartAfterNamingLead(lines: readonly SourceLine[], pageTitle: string | null): number {
  const limit = Math.min(lines.length, SCAN_LINES);
  for (let i = 1; i < limit; i++) {
    const title = lines[i].text;
    if (!isTitleLine(title) || (pageTitle !== null && !title.includes(pageTitle))) continue;
    const numbered = [1, 2].find((k) => parseDocNumber(lines[i + k]?.text ?? '') !== null);
    if (numbered === undefined || !isAddressLine(lines[i + numbered + 1]?.text ?? '')) continue;
    const start = i > 1 ? titleStart(lines, i) : i;
    return lines.slice(0, start).some((l) => l.text.includes('。')) ? start : 0;
  }
  return 0;
}

/** Index of the 版头 where the notice starts after a site's lead, or 0 when none does. */
export function documentStartAfterLead(lines: readonly SourceLine[]): number {
  const limit = Math.min(lines.length, SCAN_LINES);
  for (let i = limit - 1; i > 0; i--) {
    if (!isMarkLine(lines[i].text)) continue;
    const span = lines.slice(i + 1, i + 1 + HEADER_SPAN);
    const address = span.findIndex((l) => isAddressLine(l.text));
    if (address > 0 && span.slice(0, address).every((l) => !l.text.includes('。'))) {
      return lines.slice(0, i).some((l) => l.text.includes('。')) ? i : 0;
    }
  }
  return 0;
}

/** How many lines a news site's lead may run before the notice it reprints. */
const LEAD_LINES = 8;

/**
 * Index of the title where a reprinted notice starts after a news site's lead ("日前，甲区政府印发…。文件指出，…。
 * 详情如下："): a title on lines of its own (up to three) with its 主送 right under it, after sentences that hold no clause and no
 * date line (a 署名's date above would make the title a forwarded document's), or 0.
 */
export function documentStartAfterNewsLead(lines: readonly SourceLine[]): number {
  const limit = Math.min(lines.length - 1, LEAD_LINES + 1);
  for (let i = 1; i < limit; i++) {
    const text = lines[i].text;
    if (matchClauseMarker(text) || isDateLine(text)) return 0;
    // (The title may wrap after its 关于: "甲市人民政府印发关于落实国务院" / "《政府工作报告》重点工作任务分工的通知".)
    // (Its 文号 may stand between the title and the 主送.)
    const opens = ABOUT.test(text);
    const wrapped = (opens ? [1, 2, 3] : [1]).find(
      (n) => isTitleLine(joined(lines, i, n)) && (addressFollows(lines, i + n) || bodyOfUnaddressed(joined(lines, i, n), lines[i + n])),
    );
    if (wrapped === undefined) continue;
    // (The notice's 文号 may stand above its title: "哈汛发〔2023〕13号" / "甲市防汛抗旱指挥部" / "关于…的通知".)
    const titled = titleStart(lines, i);
    const start = titled > 0 && isDocNumberLine(lines[titled - 1].text) ? titled - 1 : titled;
    return lines.slice(0, start).some((l) => l.text.includes('。')) ? start : 0;
  }
  return 0;
}

/** A 公告's or 通告's 文种 printed alone under its issuer's name (spaces between its characters already removed). */
const BARE_ANNOUNCEMENT = /^(公告|通告)$/;

/**
 * Index of an organ's name line where its 公告 or 通告 starts after a news report on the same page ("…会议决定…。" /
 * "甲县人民代表大会常务委员会" / "公 告" / "〔2021〕第2号"): the name, then the 文种 alone on the next line, or 0.
 */
export function documentStartAfterReport(lines: readonly SourceLine[]): number {
  const limit = Math.min(lines.length - 1, SCAN_LINES);
  for (let i = 1; i < limit; i++) {
    if (!BARE_ANNOUNCEMENT.test(lines[i + 1].text) || !isOrgNameLine(lines[i].text)) continue;
    return lines.slice(0, i).some((l) => l.text.includes('。')) ? i : 0;
  }
  return 0;
}

/** A page's breadcrumb: "您当前的位置 : 东北网 > 黑河新闻网 > 黑河时政". */
const BREADCRUMB = /((当前|现在|所在)的?位置|您的位置).*[>»＞]/;

/**
 * Index of the title right under a page's breadcrumb, where the sentences of a site's banner above it stopped the
 * header: a line of its own ending with its 文种 ("甲市人民政府2018年森林防火命令"), or 0.
 */
export function documentStartAfterBreadcrumb(lines: readonly SourceLine[]): number {
  const limit = Math.min(lines.length - 1, SCAN_LINES);
  for (let i = 1; i < limit; i++) {
    if (!BREADCRUMB.test(lines[i].text)) continue;
    const title = lines[i + 1].text;
    if (!TITLE_END.test(title) || title.length > 80 || /[。，,：:]/.test(title)) return 0;
    return lines.slice(0, i).some((l) => l.text.includes('。')) ? i + 1 : 0;
  }
  return 0;
}

/** How long a place name a site's heading may put before the notice's own title ("保定" + "甲镇人民政府关于…"). */
const HEADING_PREFIX = 8;

/**
 * Index of the notice's own title under a site's heading that printed it with a place name in front ("乙市甲镇
 * 人民政府关于…的通告", a lead, then "甲镇人民政府关于…的通告"): the title names its issuer as printed, the heading
 * does not. 0 when there is no such line.
 */
export function documentStartAfterLongerHeading(lines: readonly SourceLine[], pageTitle: string): number {
  const limit = Math.min(lines.length, SCAN_LINES);
  for (let i = 1; i < limit; i++) {
    const title = lines[i].text;
    if (title.length >= pageTitle.length || !pageTitle.endsWith(title) || !isTitleLine(title)) continue;
    const about = title.search(/关于|關於/);
    const prefix = pageTitle.slice(0, pageTitle.length - title.length);
    if (about <= 0 || prefix.length > HEADING_PREFIX || !isOrgNameLine(title.slice(0, about)) || isOrgNameLine(prefix)) continue;
    return lines.slice(0, i).some((l) => l.text.includes('。')) ? i : 0;
  }
  return 0;
}

/** How far down the page a site's numbered side menu may push the notice. */
const MENU_SCAN = 150;
/** How many times a menu's numbering starts again at 1 before it is taken for one. */
const MENU_RESTARTS = 3;
/** Lines between the title and its 主送 (the page's date and sharing lines). */
const TITLE_TO_ADDRESS = 5;

/**
 * Index of the title under a site's numbered side menu ("1. 目录" / "2. 旗人民政府" / "1. 专项规划" …): short
 * numbered lines without a sentence whose numbering keeps starting again at 1, then a title line of its own with
 * its 主送 a few lines under it. 0 when the page has no such menu.
 */
export function documentStartAfterMenu(lines: readonly SourceLine[]): number {
  let restarts = 0;
  const limit = Math.min(lines.length, MENU_SCAN);
  for (let i = 0; i < limit; i++) {
    const text = lines[i].text;
    if (isTitleLine(text)) {
      if (restarts < MENU_RESTARTS) return 0;
      const address = lines.slice(i + 1, i + 1 + TITLE_TO_ADDRESS).findIndex((l) => isAddressLine(l.text));
      return address >= 0 ? i : 0;
    }
    if (text.includes('。')) return 0;
    const marker = matchClauseMarker(text);
    if (marker?.number === '1') restarts++;
  }
  return 0;
}

/**
 * Index of a title block standing below a page's long masthead of short lines (a gazette's 主管主办, 刊号 and
 * address lines, no sentence), too far down for the header to reach: the title on up to three lines, its issuer's
 * line above it or not, then its 主送 (a 文号 may stand between). 0 when there is no such block.
 */
export function documentStartAfterMasthead(lines: readonly SourceLine[]): number {
  const limit = Math.min(lines.length, MENU_SCAN);
  for (let i = 0; i < limit; i++) {
    // (A sentence or a 署名's date above makes any later title a forwarded or quoted document's.)
    if (lines[i].text.includes('。') || isDateLine(lines[i].text)) return 0;
    if (i === 0 || !ABOUT.test(lines[i].text)) continue;
    const n = [1, 2, 3].find((k) => isTitleLine(joined(lines, i, k)) && addressFollows(lines, i + k));
    if (n === undefined) continue;
    // (Its issuer's line above it, or the first of joint issuers above a title that names the second; and the
    // document's 文号 printed right above that.)
    const block = isOrgNameLine(lines[i - 1].text) ? i - 1 : i;
    return block > 0 && isDocNumberLine(lines[block - 1].text) ? block - 1 : block;
  }
  return 0;
}
