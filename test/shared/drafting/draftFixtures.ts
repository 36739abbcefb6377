/** The organization, rules and template the drafting tests share: 大宁县 carrying out 太原市's notice. */
import noticeTemplateJson from '../../../resources/templates/notice.json';
import { createDraft } from '../../../shared/drafting/createDraft';
import { defaultRuleSet } from '../../../shared/drafting/localizationRules';
import { organizationSchema, type Organization } from '../../../shared/drafting/organization';
import { noticeTemplateSchema } from '../../../shared/drafting/templates';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { corpusText } from '../../corpus';

export const DANING: Organization = organizationSchema.parse({
  name: '大宁县人民政府',
  issuerMark: '大宁县人民政府文件',
  agencyCode: '大政发',
  adminLevel: 'county',
  recipients: ['各乡镇', '县直各部门'],
  cc: ['县委办', '县人大办', '县政协办'],
  printer: '大宁县人民政府办公室',
});

export const CITY_TO_COUNTY = defaultRuleSet({ level: 'city' }, { level: 'county', char: '县' });

export const NOTICE_TEMPLATE = noticeTemplateSchema.parse(noticeTemplateJson);

export const TAIYUAN = parseNotice(corpusText('taiyuan-city-2025'));

export function daningDraft(organization: Organization = DANING) {
  return createDraft({
    upstream: { noticeId: 7, notice: TAIYUAN },
    organization,
    ruleSet: CITY_TO_COUNTY,
    template: NOTICE_TEMPLATE,
    signedDate: '2025-04-20',
  });
}
