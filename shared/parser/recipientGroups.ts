import { withoutPinyin } from '../domain/pinyinRuns';
import { withTraditional } from './traditionalForms';
import { isCompleteOrgName, splitTopLevel } from './unitNames';

/**
 * 主送 groups that share a head: "省政府各部门、各直属机构", "各街道党工委、办事处", "各县市区委、人民政府" name one
 * addressee group each, so the part after 、 that has no head of its own stays with the part before it.
 * A 管委会 stands alone: "各县(区)人民政府、管委会" addresses the development zones' committees too; a court is the
 * head's own ("各县(区)人民政府、法院").
 */
const HEADLESS = withTraditional(
  /^(各|有关)?(直属(有关|各)?(机构|单位|事业单位)|派出机构|事业单位|单位|办事处|部门|人民团体|(人民)?政府|(人民)?法院|(人民)?检察院|党委|党组|党工委)(办公室|办公厅)?$/,
);
/**
 * An organ named without its place, with its own office after it ("人民政府教育督导室", "政府人力资源社会保障厅(局)"):
 * the place before it is its head.
 */
const HEADLESS_ORGANS_OFFICE = withTraditional(/^(人民政府|政府|党委)[\u4e00-\u9fff]{2,10}(室|办|处|科|局|委|厅)$/);
/**
 * 各 and divisions alone, the department after them naming what of each is addressed: "各市(州)、甲管委会教育局"
 * addresses each city's 教育局 and the zone's, "各省辖市、省直管县(市)住房和城乡建设主管局" each city's and county's.
 */
const BARE_DIVISIONS = withTraditional(/^各[省市县区州盟旗乡镇辖（()、）]+$/);
const DEPARTMENT_END = withTraditional(/(局|委|厅|办|办公室|委员会)$/);
/**
 * A department or body named without its place ("财政局" in "甲旗农牧局、财政局", "绿化委员会" in "各市防火指挥部、
 * 绿化委员会"): the place of the department or body before it is its head too, as a place's departments are
 * addressed together. (Its name holds no place's character but in 农村: "农业农村局".)
 */
const PLACELESS_DEPARTMENT = withTraditional(
  /^(?!各|有关|.*(管委会|政府))(?:农村|[^省市县区州旗镇乡村]){2,12}(局|委|办|办公室|厅|委员会|指挥部|领导小组|协会|联合会)$/,
);
/** A note on who is left out, closing an addressee: "农业开发办公室（甲市不发）". */
const TRAILING_NOTE = /[（(][^（）()]{1,12}[）)]$/;
/** …after a department or body that names its place, or its 各 ("各国有林业局、森林经营局"). */
const PLACED_DEPARTMENT = withTraditional(/^(各|[\u4e00-\u9fff]{0,6}?[省市县区州旗]|.{6,}).*(局|委|办|厅|部|委员会|管委会|领导小组)$/);
/**
 * Members of the bodies before it: "省防火指挥部、省绿化委员会成员单位" names the members of both ("省指挥部各成员单位"
 * names its own body's).
 */
const MEMBERS = withTraditional(/(?<!各)成员单位$/);
const BODY = withTraditional(/(指挥部|委员会|领导小组|联席会议)$/);
/**
 * Cities or counties named before the one that gives their head: "甲市、乙市人民政府防火指挥部" addresses both
 * cities' 指挥部, and a city's name alone is no addressee.
 */
const NAMED_PLACE = withTraditional(/^[\u4e00-\u9fff]{2,6}[市县旗]$/);
const PLACE_LED = withTraditional(/^[\u4e00-\u9fff]{2,6}[市县旗](人民政府|政府|党委|委)/);
/**
 * Zones named before the one that gives their committee: "甲经济技术开发区、乙旅游经济特区管委会", "甲经济开发区、乙风景区
 * 管委会" address both zones' 管委会, and a zone's name alone is no addressee.
 */
const ZONE = '[\\u4e00-\\u9fff]{2,14}(?:开发区|特区|新区|园区|高新区|试验区|示范区|合作区|风景区|景区|旅游区|度假区)';
const NAMED_ZONE = withTraditional(new RegExp(`^${ZONE}$`));
const ZONE_COMMITTEE = withTraditional(new RegExp(`^${ZONE}(管委会|管理委员会)`));

/** Whether a zone's name stands before the committee that governs it and another zone (a 主送's or a 署名's). */
export function isZoneBeforeItsCommittee(zone: string, committee: string): boolean {
  return NAMED_ZONE.test(zone) && ZONE_COMMITTEE.test(committee);
}

/**
 * Kinds of institution a 各 group goes on listing ("各高校、科研院所、企业", "各企事业单位、行政村", "各医院、社区卫生服务
 * 中心"): no addressee of their own.
 */
const CATEGORY = withTraditional(
  /^(高校|高等院校|科研院所|院所|企业|学校|事业单位|中小学校?|中学|小学|幼儿园|中职学校|职业院校|行政村|村|社区|村\(居\)委会|村（居）委会|村委会|居委会|医院|卫生院|社区卫生服务中心|医疗机构)$/,
);

/** Schools named by the place they stand in: "乡镇中小学", "城区小学". */
const PLACED_SCHOOLS = withTraditional(/^[\u4e00-\u9fff]{1,6}(中小学校?|中学|小学)$/);

/**
 * A government named by its division alone after a 各 group of another kind of division ("各盟行政公署、市人民政府"):
 * the 各 covers both, as in "各省、自治区、直辖市人民政府".
 */
const DIVISION_GOVERNMENT = withTraditional(/^[市县区旗州盟镇乡](人民政府|政府|行政公署)$/);
/**
 * The 街道办事处 after a 各 group of governments or of zones' committees ("各乡镇人民政府、街道办事处", "各管委会、
 * 街道办事处"): the 各 covers both, as most labelers of real notices read it (a 管委会 there still stands alone, web_02).
 */
const GOVERNMENTS_GROUP = withTraditional(/^各.*(人民政府|政府|管委会|管理委员会)$/);
const SUBDISTRICT_OFFICE = withTraditional(/^街道办事处$/);

function sharesHead(previous: string, name: string): boolean {
  // "其他…" names the rest of the group before it: "全区广大退役军人、其他优抚对象".
  if (name.startsWith('其他')) return true;
  // Two 各 groups with no head before them address apart: "各学院、各部门" (but "市政府各部门、各直属机构").
  if (HEADLESS.test(name.replace(TRAILING_NOTE, ''))) return !(previous.startsWith('各') && name.startsWith('各'));
  if (HEADLESS_ORGANS_OFFICE.test(name.replace(TRAILING_NOTE, ''))) return true;
  if (BARE_DIVISIONS.test(previous) && DEPARTMENT_END.test(name.replace(TRAILING_NOTE, ''))) return true;
  if (previous.startsWith('各') && DIVISION_GOVERNMENT.test(name)) return true;
  if (GOVERNMENTS_GROUP.test(previous) && SUBDISTRICT_OFFICE.test(name)) return true;
  if (
    PLACELESS_DEPARTMENT.test(name.replace(TRAILING_NOTE, '')) &&
    PLACED_DEPARTMENT.test(previous.replace(TRAILING_NOTE, '')) &&
    !PLACELESS_DEPARTMENT.test(previous)
  )
    return true;
  if (MEMBERS.test(name) && BODY.test(previous)) return true;
  if (NAMED_PLACE.test(previous) && PLACE_LED.test(name)) return true;
  if (isZoneBeforeItsCommittee(previous, name)) return true;
  // The 各 may follow the place the list covers: "全县各中小学校、幼儿园"; a place's schools go on so without it:
  // "乡镇中小学、幼儿园".
  return (/^(各|全[省市县区镇乡]各)/.test(previous) || PLACED_SCHOOLS.test(previous)) && CATEGORY.test(name);
}

/**
 * Persons addressed as one group by 等 ("张明、李华等代表", "王芳等委员"), or by the title after the last name alone
 * ("张明、李华、王芳代表"): the names before it are that group's, a reply to a joint 建议 or 提案 is one letter to
 * all of them.
 */
const PERSONS_GROUP = withTraditional(
  /^(?:[\u4e00-\u9fff·]{2,5}等(\d+名|[一二三四五六七八九十]+[名位])?(人大代表|政协委员|代表|委员|同志)|[\u4e00-\u9fff·]{2,4}(人大代表|政协委员|代表|委员))$/,
);
const PERSON_NAME = /^[\u4e00-\u9fff·]{2,4}$/;
const ORG_END = /(局|委|办|厅|部|院|所|校|会|处|科|室|站|队|中心|政府|单位|门|司|街道|镇|乡|村|区|县|市|省|州|旗)$/;

function isPersonName(name: string): boolean {
  return PERSON_NAME.test(name) && !ORG_END.test(name);
}

export function joinHeadlessRecipients(names: string[], written: string): string[] {
  const text = written.replace(/\s+/g, '');
  const out: string[] = [];
  for (const name of names) {
    if (PERSONS_GROUP.test(withoutPinyin(name))) {
      let k = out.length;
      while (k > 0 && isPersonName(withoutPinyin(out[k - 1]))) k--;
      const group = [...out.slice(k), name].join('、');
      if (k < out.length && text.includes(group)) {
        out.splice(k, out.length - k, group);
        continue;
      }
    }
    const previous = out[out.length - 1];
    const bare = withoutPinyin(name);
    const prior = withoutPinyin(previous ?? '');
    if (previous !== undefined && sharesHead(prior, bare) && text.includes(`${previous}、${name}`)) {
      out[out.length - 1] = `${previous}、${name}`;
    } else out.push(name);
  }
  return out;
}

const NAME_SEPARATORS = '，,、；; ';

/**
 * The lines of one 主送 as one text. A line that ends a complete addressee without its separator, the next line
 * opening another (a page that lost the comma, a line cut at the space between them), gets the separator back; a
 * line cut inside a name ("…人民政府" / "办公室") joins the next as it is.
 */
export function joinAddresseeLines(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    const last = splitTopLevel(out, NAME_SEPARATORS).pop() ?? '';
    const first = splitTopLevel(line.replace(/[：:]$/, ''), NAME_SEPARATORS)[0] ?? '';
    if (last && !/[，,、；;]\s*$/.test(out) && first.length >= 4 && isCompleteOrgName(last) && isCompleteOrgName(first)) out += '，';
    out += line;
  }
  return out;
}
