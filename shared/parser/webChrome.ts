/**
 * Site chrome of a web page copied with a notice: banners, breadcrumbs, toolbars, page stamps, share and
 * download prompts. Such lines stand above the notice (and sometimes after it); they are never its title,
 * issuer or date. The original text keeps them: only the parser's working copy of the lines drops them.
 */
import { isCompleteOrgName } from './unitNames';
import { ABOUT } from './unglueWords';
import { isTitleLine } from './documentStart';

/**
 * Words that only a page's furniture uses (无障碍 as a button, not 无障碍建设 in a title; a writing guide's
 * label 〔范例2〕 before the sample it shows; an encyclopedia's box heading 基本介绍 and its "复函全文" above the text; a menu's "分类导航";
 * the links to the articles or forum threads beside it, "上一篇：…", "上一主题 下一主题"; a banner's links to the
 * governments above, "中国政府网 甲省政府 乙市政府").
 */
const CHROME_WORDS =
  /(当前|现在|所在)的?位置|您的位置|^(欢迎|歡迎)(访问|訪問|进入|進入|光临|光臨|来到|來到)|当前栏目|长者模式|关怀模式|网站首页|^首页|设为首页|加入收藏|收藏本站|网站地图|无障碍(?:阅读|浏览|模式|版)?(?=$|[\s|｜])|长辈版|^(简体|繁体)|(简体|繁体)(中文|版)?$|[【[]\s*(打印|关闭)|(打印|关闭)(本页|此页|窗口)|字\s*[体體號号]\s*(大小)?[:：[【]|浏览(次数|量)?[:：]|阅读[:：]?\s*\d|访问量|点击[数量率][:：]?|下载地址|点击此处下载|继续(免费)?阅读|下载文档$|(当前)?文档共\s*\d+\s*页|还剩\s*\d+\s*页|扫一扫|二维码|分享到|qq\s*空间|^(微信|微博)\s|网易新闻|查看更多|责任编辑|来源[:：]|作者[:：]|发布时间|发布日期|更新时间|归档时间|时间[:：]\s*\d|星期[一二三四五六日天]|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2}|用手机看|热门站点|视力保护色|护眼模式|^The\s*Beginning$|^(返回顶部|回到顶部|回顶部|返回顶端|返回首页)$|^THE\s*END$|^[•·](?![^•·]{4,40}文件[•·])|^[〔【[［]\s*(范例|范文|例文|样文|示例|模板)|https?:\/\/|^[大中小\s【】[\]]*(打印本[页頁]|打印|朗[读讀]|关闭|關閉)$|^大\s*中\s*小$|^[大中小]$|^分享[:：]?$|^分享成功$|^[（(](资料|资料图|配图|图片)[^（）()]{0,10}[）)]$|^本文(已经|已)?收录(在|于|到)?专题|^(合集|全文|文档|文檔|免费)下[载載]$|^[【[［(（]?\s*(点击|點擊)?下[载載](附件|文件)?\s*[】\]］)）]?$|^(主动|主動|依申请|依申請|不予)公[开開]$|^(基本(介绍|介紹|信息|資料|资料)|[\u4e00-\u9fff]{0,4}全文[,，:：]?|[\u4e00-\u9fff]{0,4}导航)$|^(上一|下一)(主题|篇|条)|只看楼主|^中国政府网/i;

/** Brackets, colons and bars only: what is left of a toolbar once its words are stripped. */
const TOOLBAR_LEFTOVER = /^[\s【】[\]［］()（）:：|｜/／]+$/;

/** A labelled field of the page ("文件标题: …", "信息来源：…"): a short label, a colon, its value. */
const LABEL_FIELD = /^[\u4e00-\u9fff]{1,6}\s*[:：]\s*\S/;

/**
 * A breadcrumb's separator between two labels: a bar or an arrow, or a dash or slash between characters (a
 * 文号's year range "2021-2025" or a date has digits there). A pair <…> is a quotation inside a title
 * ("《关于印发<…方案>的通知》"), not two arrows.
 */
const CRUMB_ARROW = /[|>»›＞]/;
const QUOTED_PAIR = /<[^<>]*>/g;
const CRUMB_DASHES = /[\u4e00-\u9fff)）]\s*[-–—/／]\s*(?=[\u4e00-\u9fff])/g;

/**
 * Three labels joined by dashes or slashes: "甲市政府网 - 信息公开 - 甲区政府", "首页/政务公开/通知公告" (a title's
 * sub-title dash is doubled, "——").
 */
function isDashedBreadcrumb(text: string): boolean {
  return text.length <= 120 && (text.replace(BOOK_TITLE_PART, '').match(CRUMB_DASHES)?.length ?? 0) >= 2;
}
/** A book title's text, or the part of one a wrapped line holds: its dashes join names ("北干山-辰山"). */
const BOOK_TITLE_PART = /《[^》]*(?:》|$)|^[^《]*》/g;

/** A line that belongs to the web page, not to the notice. */
export function isChromeLine(text: string): boolean {
  if (COUNTER_OR_TAGS.test(text)) return true;
  if (!/[。；]/.test(text)) {
    if (CRUMB_ARROW.test(text) && (!text.includes('<') || CRUMB_ARROW.test(text.replace(QUOTED_PAIR, '')))) return true;
    if (
      (text.includes('-') || text.includes('/') || text.includes('／') || text.includes('–') || text.includes('—')) &&
      isDashedBreadcrumb(text)
    )
      return true;
  }
  if (CHROME_WORDS.test(text) && !/[。；]/.test(text)) return true;
  return LABEL_FIELD.test(text) && !/[。；]/.test(text) && text.length <= 120;
}

/**
 * A page's banner of short words, ending in 。 like a sentence: "社会主义核心价值观: 富强、民主、文明、和谐, …".
 * Eight or more words of at most four characters, nothing else.
 */
const SLOGAN = /^(?:[\u4e00-\u9fff]{2,12}\s*[:：])?\s*(?:[\u4e00-\u9fff]{1,4}\s*[、,，]\s*){7,}[\u4e00-\u9fff]{1,4}\s*[。!！]?$/;

/**
 * A site's motto over its pages, short phrases set apart by spaces and marks: "宣传甲乙制度 交流甲乙经验；推进丙丁
 * 建设 构建和谐甲地。". A notice's sentence has longer clauses and no spaces between them.
 */
const MOTTO = /^\s*(?:[\u4e00-\u9fff]{4,10}(?:\s*[；;。，,！!]\s*|\s+)){3,}[\u4e00-\u9fff]{4,10}\s*[。！!]?\s*$/;
const SPACED_PHRASES = /[\u4e00-\u9fff]\s+[\u4e00-\u9fff]/;

function isMotto(rawText: string): boolean {
  return MOTTO.test(rawText) && SPACED_PHRASES.test(rawText);
}

/** A page's counter or tag line under a title: "166人看過", "通知,意見,". */
const COUNTER_OR_TAGS =
  /^(?:\d+\s*人(看过|看過|阅读|閱讀|浏览|瀏覽)|((通知|意见|意見|决定|決定|办法|辦法|方案|规定|規定|公告|通告|批复|批復|报告|報告|通报|通報|函)\s*[,，、]\s*)+$)/;

/** A view counter on its own line: "166人看過". */
const COUNTER_LINE = /^\d+\s*人/;
/** A page's topic tags, one or a few short words a line without sentence marks: "學校", "农村 教师". */
const TAG_LINE = /^[\u4e00-\u9fff]{1,4}(?:[\s,，、]+[\u4e00-\u9fff]{1,4})*[,，、]?$/;

/**
 * A news site's lead above a reposted notice: "日前，潮州印发《…》。全文如下：", "本报讯 …", "以下为文件原文：", and
 * the editor's summary labelled as such ("导读：…", "编者按：…").
 */
const NEWS_LEAD =
  /^(日前|近日|近期|记者|据悉|本报讯|本网讯)|^(导读|导语|摘要|内容摘要|编者按)\s*[:：]|^以下[为是].{0,8}[:：]$|(全文|原文|详情)如下[:：]?$|[，,]?(内容|全文)(指出|如下)/;

export function isNewsLead(text: string): boolean {
  return NEWS_LEAD.test(text);
}

/** How far after a lead the notice's title is looked for. */
const LEAD_REACH = 6;

/**
 * A news lead above the notice it reprints: once the notice's title stands above, a paragraph opening so ("近期，全县…")
 * is the body of a notice without 主送 (a 通告), unless the title stands again below it (the page's heading, the lead,
 * then the notice).
 */
function isLeadBeforeTitle(text: string, above: readonly { text: string }[], lines: readonly { text: string }[], at: number): boolean {
  if (!isNewsLead(text)) return false;
  return !above.some((l) => isTitleLine(l.text)) || lines.slice(at + 1, at + 1 + LEAD_REACH).some((l) => isTitleLine(l.text));
}

/**
 * Toolbar text glued to the front of the title: "字体:[ ]", "【字体:大 中 小】", a leading "|"; a document-sharing
 * site's stamp and caption ("精选优质文档-倾情为你奉上", "文档简介").
 */
const GLUED_TOOLBAR =
  /^(\s*(\|+|字\s*[体號号体][:：]?\s*(\[[^\]]*\]|［[^］]*］|【[^】]*】|[大中小\s]+)?|打开网易新闻查看更多图片|用手机看|精选优质文档\s*[-—－]*\s*倾情为你奉上|文[档檔](简介|簡介)))+/;

/** A table cell's bar after a title ("…的通知 |"), and a site column's name before it ("政务服务丨…"). */
const TRAILING_BAR = /[|｜]+$/;
/** A view counter glued after the title: "…的通知 166人看過". */
const COUNTER_END = /(看过|看過|阅读|閱讀|浏览|瀏覽)$/;
const GLUED_COUNTER = /(?<=[\u4e00-\u9fff])\s*\d+\s*人(看过|看過|阅读|閱讀|浏览|瀏覽)$/;
const COLUMN_PREFIX = /^[\u4e00-\u9fff]{2,8}\s*丨\s*(?=[\u4e00-\u9fff])/;

export function stripGluedChrome(text: string): string {
  let out = text.replace(GLUED_TOOLBAR, '').trim();
  if (out.endsWith('|') || out.endsWith('｜')) out = out.replace(TRAILING_BAR, '').trimEnd();
  if (out.includes('丨')) out = out.replace(COLUMN_PREFIX, '');
  if (COUNTER_END.test(out)) out = out.replace(GLUED_COUNTER, '');
  return out;
}

/**
 * The site's banner: the names of the organs running the portal ("中共甲市委 甲市人大 甲市政协") right
 * above a breadcrumb or toolbar. A 版头 is followed by the 文号 or the title, never by the page's chrome.
 */
function isSiteBanner(rawText: string, next: string | undefined): boolean {
  if (next === undefined || !isChromeLine(next) || /文\s*件$/.test(rawText)) return false;
  const names = rawText.trim().split(/\s+/);
  return names.every((name) => name.length <= 30 && isCompleteOrgName(name));
}

/**
 * Above the notice, a document-sharing site's furniture: lines in Latin letters only ("9 years ago", "Views:",
 * "Transcription"), a bare field name ("标题"), and a list's short bulleted entry (the uploader, "- 张三").
 */
const SHARING_SITE_LINE = /^(?:[^\u4e00-\u9fff]*[A-Za-z]{2}[^\u4e00-\u9fff]*|标题|正文|全文|[-•·*]\s+[^\s：:]{1,6})$/;
/** …its bulleted fields ("- 文档编号:4375544", "- 格式:DOCX"), its prompt ("《….docx》由会员分享,…请在某网上搜索。") and banner ("某文库 - …,下载即用。"). */
const SHARING_SITE_FIELD = /^[-•·*]\s*[\u4e00-\u9fff]{1,6}\s*[:：]/;
const SHARING_SITE_PROMPT = /由会员分享|请在[\u4e00-\u9fff]{1,10}上搜索|^\S{0,12}文库\s*[-–—|｜]|下载即用/;
/** The shared file's name, the document's title with its extension: "甲市某办法.docx". */
const FILE_EXTENSION = /\.(docx?|wps|pdf|txt|rtf)$/i;

const BULLET_BEFORE = /^[•·●▪]\s*/;

/**
 * "•   甲市人民政府" over "关于…", "•   甲市人民政府关于印发" (a title's first line) or "•   甲市人民政府令" (a 令's
 * heading): the notice's line without its bullet, or null.
 */
function bulletedIssuer(text: string, next: string | undefined): string | null {
  const name = text.replace(BULLET_BEFORE, '');
  if (/\s/.test(name)) return null;
  if (next !== undefined && /^(关于|關於|關于)/.test(next) && isCompleteOrgName(name)) return name;
  const opening = TITLE_OPENING.exec(name);
  return opening && isCompleteOrgName(opening[1]) ? name : null;
}
const TITLE_OPENING = /^([\u4e00-\u9fff]{3,40}?)(?:(?:关于|關於|關于)(?:印发|转发|印發|轉發)?|令)$/;

/** Lines the page put before the notice's own lines: 主送, 签发人 and 附件 lines are the notice's. */
function isNoticeLabel(text: string): boolean {
  return /^(主\s*送|签\s*发\s*人|附\s*件|抄\s*送|印\s*发)/.test(text) || (/[：:]$/.test(text) && !CHROME_WORDS.test(text));
}

/**
 * A news site's place or label before a reposted notice's title ("北京:关于印发《…》的通知", "当前滚动:甲省教育厅
 * 关于…的公示"): the title after it is the notice's. (A page's own label keeps its field: "文件标题: 关于…的通知" is
 * the page's, the title stands below.)
 */
const PLACE_BEFORE_TITLE =
  /^([\u4e00-\u9fff]{2,6})\s*[:：]\s*(?=[\u4e00-\u9fff]{0,30}?(关于|關於|關于)[^。；;：:]{4,}(通知|通报|意见|决定|公告|通告|批复|办法|方案|规定|细则|公示)$)/;

function titleAfterPlace(text: string): string | null {
  const m = PLACE_BEFORE_TITLE.exec(text);
  if (!m || /题|称|名/.test(m[1])) return null;
  // (What stands before 关于 is its issuer's name, or nothing.)
  const title = text.slice(m[0].length);
  const issuer = title.slice(0, title.search(ABOUT));
  return issuer === '' || isCompleteOrgName(issuer) ? title : null;
}

/**
 * The lines without the page's chrome above the notice: from the start up to the 主送, the first clause or
 * the first sentence that is not a news lead.
 */
/** A site column's quoted name before a title, a space apart from it ("“政务公开” 甲市人民政府关于印发…"). */
const QUOTED_COLUMN = /^\s*([“"「][\u4e00-\u9fff]{2,12}[”"」])\s+(?=[^“”"「」]*(关于|關於|關于|印发|印發|转发|轉發))/;

function withoutQuotedColumn<T extends { text: string; rawText: string }>(line: T): T {
  const column = QUOTED_COLUMN.exec(line.rawText);
  if (!column || !line.text.startsWith(column[1])) return line;
  return { ...line, text: line.text.slice(column[1].length), rawText: line.rawText.slice(column[0].length) };
}

export function dropLeadingChrome<T extends { text: string; rawText: string }>(lines: T[], isBodyStart: (text: string) => boolean): T[] {
  const kept: T[] = [];
  let inHeader = true;
  // The tags a page lists under its view counter, before the notice's own lines resume.
  let inTags = false;
  for (const [i, pasted] of lines.entries()) {
    const line = inHeader ? withoutQuotedColumn(pasted) : pasted;
    const stripped = inHeader ? stripGluedChrome(line.text).replace(FILE_EXTENSION, '') : line.text;
    const text = (inHeader && titleAfterPlace(stripped)) || stripped;
    if (inHeader && inTags && TAG_LINE.test(line.rawText.trim()) && !isCompleteOrgName(text)) continue;
    inTags = inHeader && COUNTER_OR_TAGS.test(text) && COUNTER_LINE.test(text);
    // The last entry of a bulleted metadata list may be the notice's issuer line, its title right under it.
    const issuerLine = inHeader && BULLET_BEFORE.test(text) ? bulletedIssuer(text, lines[i + 1]?.text) : null;
    if (issuerLine) {
      kept.push({ ...line, text: issuerLine, rawText: issuerLine });
      continue;
    }
    if (
      inHeader &&
      (isLeadBeforeTitle(text, kept, lines, i) ||
        SLOGAN.test(text) ||
        isMotto(line.rawText) ||
        SHARING_SITE_LINE.test(text) ||
        (!isNoticeLabel(text) && isChromeLine(text)))
    )
      continue;
    // (A field holding the 文号 was read by the metadata table before.)
    if (inHeader && (SHARING_SITE_FIELD.test(text) || SHARING_SITE_PROMPT.test(text))) continue;
    if (inHeader && isSiteBanner(line.rawText, lines[i + 1]?.text)) continue;
    if (inHeader && (isNoticeLabel(text) || isBodyStart(text))) inHeader = false;
    // What a toolbar leaves once stripped ("字号:【" → "【") is no line of the notice; a rule drawn with
    // dashes is (the 版头's red rule).
    if (!text || (inHeader && TOOLBAR_LEFTOVER.test(text))) continue;
    const rawText = text === stripped ? stripGluedChrome(line.rawText).replace(FILE_EXTENSION, '') : text;
    kept.push(text === line.text ? line : { ...line, text, rawText });
  }
  return kept;
}
