import { withTraditional } from './traditionalForms';

/**
 * 主送 groups that share a head: "省政府各部门、各直属机构", "各街道党工委、办事处", "各县市区委、人民政府" name one
 * addressee group each, so the part after 、 that has no head of its own stays with the part before it.
 * A 管委会 stands alone: "各县(区)人民政府、管委会" addresses the development zones' committees too, and so does
 * a 街道办事处; a court is the head's own ("各县(区)人民政府、法院").
 */
const HEADLESS = withTraditional(
  /^各?(直属机构|直属单位|直属事业单位|事业单位|单位|办事处|部门|人民团体|人民政府|(人民)?法院|(人民)?检察院)$/,
);
/**
 * A department named without its place ("财政局" in "甲旗农牧局、财政局"): the place of the department before it is
 * its head too, as a town's or county's departments are addressed together.
 */
const PLACELESS_DEPARTMENT = withTraditional(/^(?!各|有关)[^省市县区州旗镇乡村]{2,8}(局|委|办|厅)$/);
const PLACED_DEPARTMENT = withTraditional(/^各?[\u4e00-\u9fff]{0,6}?[省市县区州旗].*(局|委|办|厅)$/);
/** Kinds of institution a 各 group goes on listing ("各高校、科研院所、企业"): no addressee of their own. */
const CATEGORY = withTraditional(/^(高校|高等院校|科研院所|院所|企业|学校|事业单位)$/);
/** The pinyin a mirror site injects after a character ("機(jī)構(gòu)"): no part of the name's words. */
const PINYIN_RUNS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,8}[)）]/g;

function sharesHead(previous: string, name: string): boolean {
  if (HEADLESS.test(name)) return true;
  if (PLACELESS_DEPARTMENT.test(name) && PLACED_DEPARTMENT.test(previous)) return true;
  return /^各/.test(previous) && CATEGORY.test(name);
}

export function joinHeadlessRecipients(names: string[], written: string): string[] {
  const text = written.replace(/\s+/g, '');
  const out: string[] = [];
  for (const name of names) {
    const previous = out[out.length - 1];
    const bare = name.replace(PINYIN_RUNS, '');
    const prior = previous?.replace(PINYIN_RUNS, '') ?? '';
    if (previous !== undefined && sharesHead(prior, bare) && text.includes(`${previous}、${name}`)) {
      out[out.length - 1] = `${previous}、${name}`;
    } else out.push(name);
  }
  return out;
}
