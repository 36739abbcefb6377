/**
 * Splits a written list of organizations (责任单位, 主送, 抄送) into names: on 、 ， , ； and on 和 / 及 only
 * between two complete names, never inside brackets, and keeping names whose parts share one head whole
 * (各县(市、区)政府, 各乡镇党委及政府, 综改示范区、中北高新区、西山示范区管委会, 市直各委、局、办).
 */
import { withoutPinyin } from '../domain/pinyinRuns';
import { withTraditional } from './traditionalForms';
import { collapseCjkSpaces } from '../domain/textNormalize';

/** Endings that make a string a complete organization name. */
const ORG_SUFFIX = withTraditional(
  /(局|委|办|会|院|府|部门|单位|队|站|所|中心|公司|集团|组|厅|部|处|科|室|署|社|协|联|团|庭|行|台|馆|校|园区|开发区|党委|党组|支局|分局|支队|大队|机构|镇|乡|街道|村|社区|企业|人大|政协|法院|检察院|监委|大学|海关|军区|军分区|警备区)$/,
);

/** A name that is only a head, so it cannot stand alone after 和/及. */
const BARE_HEAD = withTraditional(/^(政府|人民政府|党委|党委政府|管委会|委员会|部门|单位|有关部门|有关单位)$/);

/** A bracketed note closing a name: 县应急局（牵头）. */
const TRAILING_NOTE = /[（(][^（()）]*[）)]$/;

/** A division word, and a bracketed note after it that may hold one more bracket (縣(市、區(qū))). */
const DIVISION_WORD = '(?:自治区|直辖市|计划单列市|自治州|自治县|县级市|[省市州县区乡镇村旗])';
const DIVISION_NOTE = '(?:[（(](?:[^（()）]|[（(][^（()）]*[）)])*[）)])?';

/** Divisions waiting for a head, with notes: 各区, 自治区, 县(市), 各市(州), 各设区市, 各有关县(市、区). */
const NOTED_DIVISION = withTraditional(
  new RegExp(`^各?(?:有关|设区的?)?${DIVISION_WORD}{1,3}${DIVISION_NOTE}(?:[及和]${DIVISION_WORD}{1,3}${DIVISION_NOTE})?$`),
);
/** A province-level division: a national notice addresses their departments with the 兵团's after them. */
const PROVINCE_LEVEL = withTraditional(/^各?(省|自治区|直辖市|计划单列市)/);
/** A name a province-level run shares its head with ("新疆生产建设兵团发展改革委"): no 各, no division's own offices. */
const RUN_HEAD_NAME = withTraditional(new RegExp(`^(?!${DIVISION_WORD}[直级属])[^各]+$`));

/**
 * A name that opens with a division and gives the run before it its head: 县(市)卫生局, 直辖市人民政府. A name
 * of the division's own offices (市直各部门, 市级机关, 市政府各部门) is a separate addressee.
 */
const DIVISION_LED = withTraditional(new RegExp(`^${DIVISION_WORD}${DIVISION_NOTE}(?![直级属])[^各]+$`));

/** A 管委会 that several development zones share: 甲高新区、乙新区、丙开发区管委会(推进办公室), 甲工业园区、乙港口管委会. */
const ZONE_COMMITTEE = withTraditional(/(区|港|港口|园)(管委会?|管理委员会)$/);
const ZONE = withTraditional(/(区|港|港口|园)$/);

/** An organization word a short 各 addressee ends with (各村, 各处室); 各镇街卫生 names no addressee. */
const ADDRESSEE_END = withTraditional(
  /(局|委|办|会|院|府|部门|单位|队|站|所|中心|公司|集团|组|厅|部|处|科|室|署|社|校|园区|开发区|党委|机构|镇|乡|街道|村|社区|企业|区|县|市|州|旗|省)$/,
);

/** The last word of a unit's name, at the end of a text ("…排名交通局", "信用社", "县委办"). */
export const UNIT_NAME_END = withTraditional(/(局|委|办|院|社|厅|所|站|队|会|中心|室|处|组|公司|政府)$/);

/** A web platform's name ends like a station's (甲市政策服务平台, cf. 电视台) but names no organ: a site's banner. */
const PLATFORM = withTraditional(/平台$/);

export function isCompleteOrgName(text: string): boolean {
  // (A mirror's pronunciation after the last character, "委員會(huì)", is no part of the name.)
  const name = text.endsWith(')') ? withoutPinyin(text) : text;
  return name.length >= 3 && ORG_SUFFIX.test(name) && !BARE_HEAD.test(name) && !PLATFORM.test(name) && !isHonorific(name);
}

/** A place's honorific on a site's banner ("中国长寿之乡", "历史文化名镇"): no organ, though it ends like one. */
const HONORIFIC = withTraditional(/(之乡|之镇|之村|名镇|名村)$/);
/** (Tested only on names ending as a town's or a village's: most organs' names end otherwise.) */
const isHonorific = (name: string) => /[乡鄉镇鎮村]$/.test(name) && HONORIFIC.test(name);

interface Split {
  parts: string[];
  /** The separator that followed each part but the last. */
  separators: string[];
}

/** By character code: +1 for （ ( 〔 [ 【 ［, -1 for their closers, 0 otherwise (one look-up a character, no string made). */
const BRACKET_STEP = new Int8Array(0x10000);
for (const code of [0xff08, 0x28, 0x3014, 0x5b, 0x3010, 0xff3b]) BRACKET_STEP[code] = 1;
for (const code of [0xff09, 0x29, 0x3015, 0x5d, 0x3011, 0xff3d]) BRACKET_STEP[code] = -1;

/** Splits on the (at most four) separator characters found at bracket depth 0, remembering which stood where. */
function splitWithSeparators(text: string, separators: string): Split {
  const parts: string[] = [];
  const seps: string[] = [];
  // Up to four separators, compared by code (charCodeAt past the end is NaN, equal to nothing).
  const s0 = separators.charCodeAt(0);
  const s1 = separators.charCodeAt(1);
  const s2 = separators.charCodeAt(2);
  const s3 = separators.charCodeAt(3);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const step = BRACKET_STEP[code];
    if (step !== 0) depth = Math.max(0, depth + step);
    else if (depth === 0 && (code === s0 || code === s1 || code === s2 || code === s3)) {
      parts.push(text.slice(start, i));
      seps.push(text[i]);
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return { parts, separators: seps };
}

/** Splits on the separator characters (e.g. "，,；;") found at bracket depth 0; empty pieces are dropped. */
export function splitTopLevel(text: string, separators: string): string[] {
  const pieces: string[] = [];
  for (const part of splitWithSeparators(text, separators).parts) {
    const trimmed = part.trim();
    if (trimmed) pieces.push(trimmed);
  }
  return pieces;
}

const OWN_PARTS = withTraditional(/^\s*(其|所属|下属)/);

/**
 * Splits "A和B" / "A及B" when both sides are complete names; "市规划和自然资源局" stays whole. Addressees joined so
 * are one entry of the 主送 ("各街道办事处及各有关单位", "省市驻县机构及县属企事业单位"), as labelers of real
 * notices read them.
 */
function splitConjunction(name: string, addressees: boolean): string[] {
  const { parts, separators } = splitWithSeparators(name, '和及与');
  const out: string[] = [];
  let current = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const next = parts[i].trim();
    // "A及其办公室" and "A及所属部门" name A's own offices: one unit.
    if (isCompleteOrgName(current.trim()) && isCompleteOrgName(next) && !OWN_PARTS.test(next) && !addressees) {
      out.push(current);
      current = parts[i];
    } else {
      current = `${current}${separators[i - 1]}${parts[i]}`;
    }
  }
  out.push(current);
  return out;
}

/** Whether a piece of an enumeration names a unit of its own; `zones` when the last piece is zones' 管委会. */
/** The public a 公告 or 倡议书 greets: "居民朋友们", "广大市民". */
const PUBLIC = withTraditional(/(朋友|市民|居民|群众|家长|村民|同志)们?$/);

function standsAlone(piece: string, zones: boolean): boolean {
  const name = piece.replace(TRAILING_NOTE, '');
  if (zones && ZONE.test(name)) return false;
  return isCompleteOrgName(name) || (/^各./.test(piece) && ADDRESSEE_END.test(name)) || PUBLIC.test(name);
}

/** 、-separated pieces stay one name when they share the last piece's head (A区、B区、C区管委会) or are fragments (委、局、办). */
function splitEnumeration(segment: string, divisionRuns: boolean): string[] {
  const pieces = splitTopLevel(segment, '、');
  if (pieces.length < 2) return pieces;
  const fragments = pieces.some((p) => withoutPinyin(p).length <= 1);
  const lastName = pieces[pieces.length - 1].replace(TRAILING_NOTE, '');
  // "各村" is a complete addressee although short: a piece starting with 各 and ending in an organization or
  // division word stands alone. A note after a name (县应急局（牵头）) does not make it part of a shared head,
  // and zones before a 管委会 share it.
  const zones = ZONE_COMMITTEE.test(lastName);
  const sharedHead = isCompleteOrgName(lastName) && pieces.slice(0, -1).every((p) => !standsAlone(p, zones));
  if (fragments || sharedHead) return [segment];
  return divisionRuns ? joinDivisionRuns(pieces) : pieces;
}

/**
 * "各市、县人民政府" names 各市人民政府 and 各县人民政府, and "各区、县(市)卫生局、各直属医院" two addressees: a run of
 * bare divisions takes the head of the division-led name after it.
 */
function joinDivisionRuns(pieces: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const piece of pieces) {
    const led = DIVISION_LED.test(piece) || (run.some((d) => PROVINCE_LEVEL.test(d)) && RUN_HEAD_NAME.test(piece));
    if (run.length > 0 && led && isCompleteOrgName(piece.replace(TRAILING_NOTE, ''))) {
      out.push([...run, piece].join('、'));
      run = [];
    } else if (NOTED_DIVISION.test(piece)) run.push(piece);
    else {
      out.push(...run, piece);
      run = [];
    }
  }
  out.push(...run);
  return out;
}

export function splitOrgList(text: string): string[] {
  return splitNames(text, false, true);
}

/**
 * Splits a clause's 责任单位 list: as splitOrgList, but a run of divisions is not joined to the name after it
 * ("各区、市政府" names 各区 and 市政府): a task list names each division's bodies on their own.
 */
export function splitUnitList(text: string): string[] {
  return splitNames(text, false, false);
}

/** Splits a 主送 or 抄送 list: as splitOrgList, but a 和/及 joins two groups only before a 各 (splitConjunction). */
export function splitAddressees(text: string): string[] {
  return splitNames(text, true, true).map(collapseCjkSpaces);
}

/**
 * A 主送 whose commas a page lost keeps spaces between its addressees ("各县人民政府  市政府各部门"): split there
 * where both sides are complete names, so a name spaced apart by extraction ("甲县 人民政府") stays one.
 */
function splitSpacedAddressees(segment: string): string[] {
  const { parts } = splitWithSeparators(segment, ' \u3000\t');
  const out: string[] = [];
  let current = '';
  for (const part of parts) {
    if (!part) continue;
    if (current && isCompleteOrgName(current) && isCompleteOrgName(part) && part.length >= 4) {
      out.push(current);
      current = part;
    } else current = current ? `${current} ${part}` : part;
  }
  if (current) out.push(current);
  return out;
}

function splitNames(text: string, addressees: boolean, divisionRuns: boolean): string[] {
  const cleaned = text.replace(/[。．.]+$/, '').trim();
  const names: string[] = [];
  const segments = splitTopLevel(cleaned, '，,；;');
  for (const segment of addressees ? segments.flatMap(splitSpacedAddressees) : segments) {
    for (const piece of splitEnumeration(segment, divisionRuns)) {
      for (const name of splitConjunction(piece, addressees)) {
        const trimmed = name.replace(/^[：:\s]+|[：:\s]+$/g, '');
        if (trimmed) names.push(trimmed);
      }
    }
  }
  return names;
}

/** The locality a name opens with ("岳阳市", "河北雄安新区"), after a party prefix 中共. */
export const LOCALITY = withTraditional(/^(?:中共)?([\u4e00-\u9fff]{1,8}?(?:省|自治区|市|新区|自治州|州|盟|县|区|旗|镇|乡))/);

/** The place a name opens with, two characters or more before its division word ("萍乡" of 萍乡市人民政府). */
const PLACE = withTraditional(/^(?:中共)?([\u4e00-\u9fff]{2,8}?)(?:省|自治区|市|新区|自治州|州|盟|县|区|旗|镇|乡)(?![市县区旗镇乡])/);

export function placeOf(name: string): string | null {
  return PLACE.exec(name)?.[1] ?? null;
}

/**
 * Joint issuers printed with nothing between them ("中共岳阳市委办公室岳阳市人民政府办公室"): split where a
 * complete name ends and the next opens with 中共 or with the locality the first one named. A single name
 * comes back alone.
 */
export function splitGluedNames(text: string): string[] {
  const locality = LOCALITY.exec(text)?.[1];
  if (!locality || text.length < 8) return [text];
  const names: string[] = [];
  let from = 0;
  for (let k = 3; k <= text.length - 3; k++) {
    const rest = text.slice(k);
    if (!(rest.startsWith('中共') || rest.startsWith(locality))) continue;
    const name = text.slice(from, k);
    if (!isCompleteOrgName(name) || !isCompleteOrgName(rest)) continue;
    names.push(name);
    from = k;
  }
  names.push(text.slice(from));
  return names.every(isCompleteOrgName) ? names : [text];
}

/** The rest of a name wrapped mid-name: no place of its own ("工作领导小组"). */
export function isPlacelessTail(text: string): boolean {
  return placeOf(text) === null && !/[省市县区州盟旗镇乡]/.test(text);
}
