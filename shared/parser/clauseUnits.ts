/**
 * Finds a clause's 责任单位 in its text: the parentheticals that assign work — （责任单位：A、B）,
 * (A、B等部门分工负责), 〔A负责。以下事项均需县级政府负责，不再一一列明〕, （A牵头，B分工负责）,
 * （A指导督促落实）, （A、B，以下简称C） — and labelled lines such as 牵头单位：A；配合单位：B (or the two
 * labels on one line), 责任单位：A（牵头）、B.
 */
import type { ResponsibleUnit, UnitRole } from '../domain/notice';
import { withTraditional } from './traditionalForms';
import { isCompleteOrgName, splitOrgList, splitTopLevel, splitUnitList } from './unitNames';

export interface ClauseUnits {
  units: ResponsibleUnit[];
  /** A standing default declared here ("以下均需…负责"): applies to every later clause. */
  standingDefault: ResponsibleUnit[];
}

export interface BracketedSpan {
  content: string;
  start: number;
  end: number;
  /** False for the text after the last opening bracket that is never closed (a typo, a cut ending). */
  closed: boolean;
}

// （ ( 〔 【 [ ［.
const isOpener = (code: number) =>
  code === 0xff08 || code === 0x28 || code === 0x3014 || code === 0x3010 || code === 0x5b || code === 0xff3b;
/** Any of the brackets: the scan visits these alone (the regular expression engine skips the text between faster). */
const BRACKET = /[（(〔【[［）)〕】\]］]/g;

/**
 * Top-level bracketed spans of a text, nested brackets included in their content. An opening bracket
 * never closed (a typo or a lost page) does not hide the spans after it; the text after the last such
 * bracket is given as an unclosed span. One pass, whatever the nesting.
 */
export function bracketedSpans(text: string): BracketedSpan[] {
  const pairs: [number, number][] = [];
  const open: number[] = [];
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const i = m.index;
    if (isOpener(text.charCodeAt(i))) open.push(i);
    else if (open.length > 0) {
      const start = open.pop()!;
      // Pairs close inside out: an enclosing pair replaces the pairs it contains.
      while (pairs.length > 0 && pairs[pairs.length - 1][0] > start) pairs.pop();
      pairs.push([start, i]);
    }
  }
  const lastUnmatched = open.length > 0 ? open[open.length - 1] : -1;
  const spans: BracketedSpan[] = pairs.map(([start, end]) => ({ content: text.slice(start + 1, end), start, end: end + 1, closed: true }));
  if (lastUnmatched >= 0) {
    spans.push({ content: text.slice(lastUnmatched + 1), start: lastUnmatched, end: text.length, closed: false });
  }
  return spans;
}

// A department's own plan assigns its divisions: 责任科室, 牵头处室.
/** Longer than any label LABEL matches, its colon included. */
const MAX_LABEL = 10;
const LABEL = withTraditional(/^((主要责任|责任|牵头|配合|协办|参与)(单位|部门|科室|处室|股室)|协同单位|主责单位|责任主体)[：:]/);
/** Cheap test for any label in a text, before looking line by line. */
const LABEL_WORD = withTraditional(/(单位|部门|主体|科室|处室|股室)[：:]/);
/** A second label inside one line ("牵头单位：A  配合单位：B", the gap closed up): where to split it. */
const INNER_LABEL = withTraditional(/(?<=[^；;，,要])(?=(牵头|配合|协办|参与|协同|责任|主责|主要责任)(单位|部门|科室|处室|股室)[：:])/g);
/** A role written after one name: 县应急局（牵头）, 县公安局(配合). */
const NAME_ROLE = withTraditional(/[（(](牵头|牵头单位|主责|主办|配合|协办|参与)[）)]$/);
// 卖力 is how synonym-spinning mirror sites rewrite 负责.
const ROLE_TAIL = withTraditional(
  /(等(有关|相关)?(部门|单位)?)?(按职责|按照职责|按照各自职责|根据职责|依职责|依据职责)?(分工|分别)?(共同|具体)?(牵头)?(负责|卖力|牵头|主办|协办|配合|参与|协助|协同|落实|督促落实|指导督促落实|督促企业落实|指导督促企业落实|督导检查|督导|督促指导|指导督促|组织实施)[。.]?$/,
);
/** A deadline written inside an assignment: 完成时限：2025年6月底前, 2025年底前完成, 6月15日前完成, 长期坚持. */
const DEADLINE = withTraditional(
  /^((完成)?(时限|时间|期限)|时间节点)[：:]|^(\d{4}年|\d{1,2}月).*(前|底|完成|结束)$|^(长期坚持|持续推进|持续开展|长期|全年|年底前|年内)/,
);

/**
 * A note after a unit list, about the list: "下同", "列第一位的为牵头部门", "以下各项任务均涉及各市政府，不再列出"
 * (a standing assignment, 以下各项工作均由…负责, is read as one).
 */
const LIST_NOTE = withTraditional(
  /^(下同|以下同|((列|排)(在)?(第一|首)位的?(为|是)牵头(单位|部门))|以下(?!简称).*|不再(一一)?(列明|列出|注明|标注))$/,
);
const NOTE_WORD = withTraditional(/下同|第一位|首位|以下|不再/);

/** The list without its notes (each with the mark before it), and whether one of them made its first unit the lead. */
function withoutListNotes(text: string): { text: string; firstLeads: boolean } {
  if (!NOTE_WORD.test(text)) return { text, firstLeads: false };
  let firstLeads = false;
  const kept = text.replace(NOTE_SEGMENT, (whole, _mark: string, segment: string) => {
    if (!LIST_NOTE.test(segment) || STANDING.test(segment)) return whole;
    firstLeads ||= /^(列|排)/.test(segment);
    return '';
  });
  return { text: kept, firstLeads };
}
/** A segment of a list with the mark before it. */
const NOTE_SEGMENT = /(^|[，,；;。])([^，,；;。]*)/g;

/** A person named beside the units: 牵头领导：张三, 责任人：李四, 分管领导：王五. */
const PERSON = withTraditional(/^((牵头|责任|分管|包保|联系|包联)领导|责任人|联系人)[：:]/);
const PERSON_WORD = withTraditional(/领导|责任人|联系人/);

/** The assignment without the deadline and person segments a task list often puts in the same bracket. */
function withoutDeadlines(text: string): string {
  if (!/[0-9年月时长持全]/.test(text) && !PERSON_WORD.test(text)) return text;
  const kept = splitTopLevel(text, '，,；;').filter((segment) => !DEADLINE.test(segment) && !PERSON.test(segment));
  return kept.join('；');
}
/** A role word with the task it names after it: 县教育局配合做好学生防溺水教育. */
const ROLE_THEN_TASK = withTraditional(/(负责|配合|协助|牵头)(做好|开展|抓好|落实|推进|加强|组织)/);

/** The assignment with the task after a role word cut off, leaving "县教育局配合". */
function withoutTaskAfterRole(text: string): string {
  if (!ROLE_THEN_TASK.test(text)) return text;
  return splitTopLevel(text, '，,；;')
    .map((segment) => {
      const m = ROLE_THEN_TASK.exec(segment);
      if (!m || m.index < 2) return segment;
      // (The task ends at its sentence's end: a standing note may follow, "…负责落实。以下各项工作均需…".)
      const roleEnd = m.index + m[1].length;
      const sentenceEnd = segment.indexOf('。', roleEnd);
      return segment.slice(0, roleEnd) + (sentenceEnd >= 0 ? segment.slice(sentenceEnd) : '');
    })
    .join('；');
}
const LEAD = withTraditional(/^(.*?)(牵头|牵头负责|牵头卖力|牵头督导|为牵头单位|主办)$/);
const STANDING = withTraditional(
  /以下(各项)?(事项|工作|任务)?均(需|由|要)?(?<units>.+?)(负责|落实|牵头)[，,]?(不再(一一)?(列明|列出|注明|标注))?[。.]?$/,
);
const ALIAS = withTraditional(/[，,]?以下简称.*$/);
/** "等部门", "等重点行业领域监管部门", "等部門" (a traditional form seen in pasted text). */
const OTHERS_TAIL = withTraditional(/等([^、，,；;]{0,14}(部门|单位))?$/);
/** Longer than any match of ROLE_TAIL or OTHERS_TAIL: they are run on a text's last characters only. */
const TAIL_WINDOW = 24;

/** The text without the match of an end-anchored `tail` pattern (a regex would try every start of a long text). */
function withoutTail(text: string, tail: RegExp): string {
  const m = tail.exec(text.length > TAIL_WINDOW ? text.slice(-TAIL_WINDOW) : text);
  return m ? text.slice(0, text.length - m[0].length) : text;
}

/** The last character of every role word ROLE_TAIL ends with. */
const ROLE_WORD_END = withTraditional(/[责力头办合与助同实查导促施]/);

/** Whether a text may end in ROLE_TAIL, by its last character before an optional 。: most texts do not, and are passed over. */
function mayEndInRole(text: string): boolean {
  const last = text.length - (text.endsWith('。') || text.endsWith('.') ? 2 : 1);
  return last >= 0 && ROLE_WORD_END.test(text[last]);
}

const hasRoleTail = (text: string) => mayEndInRole(text) && ROLE_TAIL.test(text.length > TAIL_WINDOW ? text.slice(-TAIL_WINDOW) : text);
const withoutRoleTail = (text: string) => (mayEndInRole(text) ? withoutTail(text, ROLE_TAIL) : text);
const withoutOthersTail = (text: string) => (text.includes('等') ? withoutTail(text, OTHERS_TAIL) : text);

/**
 * Words that make a bracketed span something other than a unit list. 以上 only as a quantity or a
 * reference (30人以上, 以上事项): 地级以上市人民政府 is a unit.
 */
const NOT_UNITS =
  /[〔［[]\d{4}[〕］\]]|此件|公开发布|^\d|^[一二三四五六七八九十]+$|预案|年底前|^以上|[0-9０-９十百千万][人户家个项元吨亩岁]?以上/;

function cleanName(name: string): string {
  const bare = withoutOthersTail(withoutRoleTail(name.replace(LABEL, '').replace(/^(由|请|均由)/, '')));
  return bare.replace(/^[、，,：:\s]+|[、，,：:\s。]+$/g, '').trim();
}

const MAX_UNIT_NAME = 60;

function unitsOfList(list: string, role: UnitRole): ResponsibleUnit[] {
  const stripped = withoutOthersTail(withoutRoleTail(list));
  const units: ResponsibleUnit[] = [];
  for (const written of splitUnitList(stripped)) {
    const own = NAME_ROLE.exec(written);
    const name = cleanName(own ? written.slice(0, own.index) : written);
    // Longer than any organ's name: a list whose stray bracket kept it from being split, not one unit.
    if (name.length < 2 || name.length > MAX_UNIT_NAME) continue;
    units.push({ name, role: own ? (/^(牵头|主)/.test(own[1]) ? 'lead' : 'co') : role });
  }
  return units;
}

/** Where a line may list units: inside a bracket, or after a unit label to the line's end. */
const UNIT_LIST_PLACE = withTraditional(/[（(〔【[［]([^（()）〔〕【】[\]［］]+)[）)〕】\]］]|(?:单位|部门|主体)[：:]([^（()）]+)$/g);

/**
 * The line with the spaces that separate whole units' names in a list read as 、: "（责任单位：县发改局 县财政局
 * 县住建局）" names three units, whose spaces the line's text lost. A space inside a name ("县 发改局") separates
 * no names and stays lost.
 */
export function withSpacedUnitsListed<T extends { text: string; rawText: string }>(line: T): T {
  if (!line.rawText.includes(' ') || !/\S\s+\S/.test(line.rawText) || !/[（(〔【[［：:]/.test(line.rawText)) return line;
  let text = line.text;
  let from = 0;
  UNIT_LIST_PLACE.lastIndex = 0;
  for (let m = UNIT_LIST_PLACE.exec(line.rawText); m; m = UNIT_LIST_PLACE.exec(line.rawText)) {
    for (const piece of (m[1] ?? m[2]).split(/[、，,；;]/)) {
      // Only the names after a label's colon: the words before it end with the label ("县应急局 配合单位：").
      const labelled = piece.split(/[：:]/);
      const names = labelled[labelled.length - 1].trim().split(/\s+/);
      if (names.length < 2 || !names.every((n) => isCompleteOrgName(cleanName(n)))) continue;
      for (let k = 1; k < names.length; k++) {
        const at = text.indexOf(names[k - 1] + names[k], from);
        if (at < 0) continue;
        const cut = at + names[k - 1].length;
        text = `${text.slice(0, cut)}、${text.slice(cut)}`;
        from = cut;
      }
    }
  }
  return text === line.text ? line : { ...line, text };
}

/** A line that names units by label: 责任单位：A、B / 牵头单位：A；配合单位：B. */
export function isUnitLabelLine(text: string): boolean {
  return LABEL.test(text);
}

const LEAD_LABEL = withTraditional(/^牵头(单位|部门|科室|处室|股室)[：:]/);
const CO_LABEL = withTraditional(/^(配合|协办|参与|协同)(单位|部门|科室|处室|股室)[：:]/);

/** Units of one assignment phrase, e.g. "县应急局牵头，县有关部门分工负责" or "牵头单位：A；配合单位：B". */
export function parseAssignment(content: string): ClauseUnits | null {
  const listed = withoutListNotes(withoutDeadlines(content.replace(/\s+/g, '').replace(ALIAS, '')));
  let text = withoutTaskAfterRole(listed.text);
  const standingDefault: ResponsibleUnit[] = [];
  const sentences = splitTopLevel(text, '。');
  const own: string[] = [];
  for (const sentence of sentences) {
    const standing = STANDING.exec(sentence);
    if (standing) standingDefault.push(...unitsOfList(standing.groups?.units ?? '', 'lead'));
    else own.push(sentence);
  }
  text = own.join('；');
  // (A label holds a colon: most assignments hold none, and are not searched through.)
  if (/[：:]/.test(text)) text = text.replace(INNER_LABEL, '；');
  if (!text) return standingDefault.length ? { units: [], standingDefault } : null;

  const units: ResponsibleUnit[] = [];
  for (const segment of splitTopLevel(text, '，,；;')) {
    const labelled = LEAD_LABEL.test(segment) ? 'lead' : CO_LABEL.test(segment) ? 'co' : null;
    const body = segment.replace(LABEL, '');
    const lead = LEAD.exec(body);
    if (labelled === 'lead' || lead) units.push(...unitsOfList(lead ? lead[1] : body, 'lead'));
    else units.push(...unitsOfList(body, labelled ?? 'co'));
  }
  if (listed.firstLeads && units.length > 0) units[0].role = 'lead';
  return { units, standingDefault: dedupe(standingDefault) };
}

function dedupe(units: ResponsibleUnit[]): ResponsibleUnit[] {
  // Most clauses name no unit.
  if (units.length === 0) return [];
  const seen = new Map<string, ResponsibleUnit>();
  for (const u of units) {
    const existing = seen.get(u.name);
    if (!existing) seen.set(u.name, u);
    else if (u.role === 'lead' && existing.role !== 'lead') seen.set(u.name, u);
  }
  const list = [...seen.values()];
  return [...list.filter((u) => u.role === 'lead'), ...list.filter((u) => u.role !== 'lead')];
}

/** What an aliased name (A、B，以下简称C) must hold to be a unit. */
const ALIAS_OF_ORG = withTraditional(/[局委办会府门位队]/);
const GROUP_WORD = withTraditional(/(部门|单位|政府|党委)/);

/**
 * Whether a bracketed span assigns work (rather than explaining a term). A span closing its paragraph
 * may also be a bare list of organizations: （县安委办、各安全生产专业委员会及其办公室）.
 */
export function isAssignment(content: string, closesParagraph = false): boolean {
  const text = withoutTaskAfterRole(withoutListNotes(withoutDeadlines(content.replace(/\s+/g, ''))).text);
  if (text.length < 3 || text.length > 600) return false;
  // Only the first sentence assigns: "A负责。以下各项工作均需…，不再列出" names A.
  const firstSentence = splitTopLevel(text, '。')[0] ?? '';
  if (closesParagraph && !LABEL.test(text) && !hasRoleTail(firstSentence) && !STANDING.test(text)) {
    const names = splitOrgList(text);
    return names.length > 0 && names.every(isCompleteOrgName) && !NOT_UNITS.test(text);
  }
  if (LABEL.test(text)) return true;
  if (ALIAS.test(text)) return ALIAS_OF_ORG.test(text.replace(ALIAS, ''));
  if (NOT_UNITS.test(text.replace(STANDING, ''))) return false;
  if (STANDING.test(text)) return true;
  if (!hasRoleTail(firstSentence)) return false;
  const names = splitOrgList(withoutRoleTail(firstSentence.replace(LABEL, ''))).map(cleanName);
  return names.some((name) => isCompleteOrgName(name) || GROUP_WORD.test(name));
}

/** Whether only an optional 。/；/; stands between `at` and the end of its paragraph. */
function endsParagraphAt(text: string, at: number): boolean {
  let i = at;
  if (i < text.length && '。；;'.includes(text[i])) i++;
  return i === text.length || text[i] === '\n';
}

/**
 * What one notice's parentheticals were found to assign, by their text: a notice repeats the same
 * （市安委会成员单位负责） clause after clause, and each is read once.
 */
export interface AssignmentMemo {
  /** Spans closing their paragraph, which may also be a bare list of organizations. */
  closing: Map<string, ClauseUnits | null>;
  inner: Map<string, ClauseUnits | null>;
}

export const newAssignmentMemo = (): AssignmentMemo => ({ closing: new Map(), inner: new Map() });

/** Copies of a parsed assignment's units: a remembered result serves several clauses, each of which owns its units. */
function takeUnits(parsed: ClauseUnits | null, units: ResponsibleUnit[], standingDefault: ResponsibleUnit[]): void {
  if (!parsed) return;
  for (const u of parsed.units) units.push({ name: u.name, role: u.role });
  for (const u of parsed.standingDefault) standingDefault.push({ name: u.name, role: u.role });
}

/** Whether a text closes more brackets than it opens: "配合单位：B）" under "（牵头单位：A". */
function closesOuterBracket(text: string): boolean {
  let depth = 0;
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    depth += isOpener(text.charCodeAt(m.index)) ? 1 : -1;
    if (depth < 0) return true;
  }
  return false;
}

/** An organ's name ending a text, a bracket after it. */
const ORGAN_BEFORE = withTraditional(/(局|委|办|院|厅|所|站|队|会|中心|室|处|公司|政府|学校|小学|中学|幼儿园|医院)$/);
const ORGAN_REACH = 4;

/** A telephone number ending a text: seven digits or more, an area code's dash perhaps among them. */
const PHONE_END = /\d{3,}[-—－]?\d{4,}\s*$/;
const PHONE_REACH = 16;

/** All units of a clause's text (every assignment parenthetical and labelled line), lead first. */
export function findClauseUnits(text: string, memo: AssignmentMemo = newAssignmentMemo()): ClauseUnits {
  const units: ResponsibleUnit[] = [];
  const standingDefault: ResponsibleUnit[] = [];
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (const span of bracketedSpans(text)) {
    // A bracket on a labelled line ("配合单位：甲县应急局、各镇政府(街道办事处)") is read with its line, below.
    // (The spans come in order: the line starts are found in one pass.)
    while (nextBreak >= 0 && nextBreak < span.start) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    if (LABEL.test(text.slice(lineStart, Math.min(span.start, lineStart + MAX_LABEL)))) continue;
    // A bracket after a telephone number names whose it is ("举报电话:0731-84010796(县森林防火专项组)").
    if (PHONE_END.test(text.slice(Math.max(0, span.start - PHONE_REACH), span.start))) continue;
    const closesParagraph = span.closed && endsParagraphAt(text, span.end);
    // A bare name right after an organ's gives its other name ("通知相关中心小学(中心学校)。"): no assignment.
    if (closesParagraph && ORGAN_BEFORE.test(text.slice(Math.max(0, span.start - ORGAN_REACH), span.start)) && !isAssignment(span.content))
      continue;
    const known = closesParagraph ? memo.closing : memo.inner;
    let parsed = known.get(span.content);
    if (parsed === undefined) {
      parsed = isAssignment(span.content, closesParagraph) ? parseAssignment(span.content) : null;
      known.set(span.content, parsed);
    }
    // A note inside a paragraph that sets the standing assignment of the items after it ("〔A牵头，B负责落实。以下
    // 各项工作均需B落实，不再列出。〕…") is the section's: its units are those items', not this one's.
    const sectionNote =
      !closesParagraph && parsed && parsed.standingDefault.length > 0 ? { units: [], standingDefault: parsed.standingDefault } : null;
    takeUnits(sectionNote ?? parsed, units, standingDefault);
  }
  if (LABEL_WORD.test(text)) {
    // A labelled line, or a labelled sentence after the task itself ("…逐一检查。牵头单位：A；配合单位：B。").
    for (const paragraph of text.split('\n')) {
      for (const sentence of LABEL_WORD.test(paragraph) ? splitTopLevel(paragraph, '。') : []) {
        // A labelled line that closes a bracket opened on a line above lies inside that span, read already.
        if (LABEL.test(sentence) && !closesOuterBracket(sentence)) takeUnits(parseAssignment(sentence), units, standingDefault);
      }
    }
  }
  // Without an explicit 牵头, the first unit named leads (the convention of 任务分工).
  if (units.length > 0 && !units.some((u) => u.role === 'lead')) units[0] = { ...units[0], role: 'lead' };
  return { units: dedupe(units), standingDefault: dedupe(standingDefault) };
}
