import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { tidyTitle } from '../../../shared/parser/titleTidy';

const BODY = ['各乡镇人民政府，县直各单位：', '为做好防汛工作，现将有关事项通知如下。', '一、提高认识。各单位要高度重视。'];

describe('what a page glues before a title that opens with its issuer', () => {
  it('is cut, and the issuer is the name after it', () => {
    for (const front of [
      '资料下载',
      '【信息公开】',
      '—',
      '乙市政务服务平台',
      '“政务公开”',
      '丙矿业有限公司',
      '长者版',
      '已归档',
      '图片',
      '广告',
      '重要通知',
    ]) {
      const notice = parseNotice([`${front}甲县人民政府关于做好防汛工作的通知`, ...BODY].join('\n'));
      expect(notice.title).toBe('甲县人民政府关于做好防汛工作的通知');
      expect(notice.issuer).toBe('甲县人民政府');
    }
  });

  it('is cut when it is all the title holds before 关于: a page’s code, a date or a site’s name', () => {
    for (const front of ['11330700MB10327095/2024-00144', '人民网人民网', '甲市政府网', '2020年5月8日', '2020-05-08']) {
      expect(parseNotice([`${front}关于做好防汛工作的通知`, ...BODY].join('\n')).title).toBe('关于做好防汛工作的通知');
    }
  });

  it('keeps a place, another issuer and a national organ before the name', () => {
    for (const title of [
      '甲省乙市人民政府办公室关于做好防汛工作的通知',
      '中共甲县委办公室甲县人民政府办公室关于做好防汛工作的通知',
      '甲县公安局、甲县交通运输局关于整治道路交通秩序的通告',
      '国务院关于同意甲省撤销乙地区设立地级乙市的批复',
      '甲市燃气有限公司关于暂停供气的公告',
      '保定乙镇人民政府关于取消庙会的通告',
    ])
      expect(tidyTitle(title)).toBe(title);
  });

  it('is cut whole when it ends with a site’s name, and past a mirror’s pronunciations', () => {
    expect(tidyTitle('乙市政府門戶網站甲縣人民政府關於印發《甲縣防汛應急預案》的通知')).toBe(
      '甲縣人民政府關於印發《甲縣防汛應急預案》的通知',
    );
    expect(tidyTitle('乙市政府门户网站2020年5月8日甲市乙县人民政府关于做好防汛工作的通知')).toBe('甲市乙县人民政府关于做好防汛工作的通知');
    expect(tidyTitle('新華社北京1月22日電中央某某委員會(huì)關(guān)于表彰先進(jìn)集體的決定')).toBe(
      '中央某某委員會(huì)關(guān)于表彰先進(jìn)集體的決定',
    );
  });

  it('takes the title out of the 《》 a download site printed it in after its own name', () => {
    expect(tidyTitle('某文库-一个优质的标准下载网站《甲市人民政府关于印发某方案的通知》')).toBe('甲市人民政府关于印发某方案的通知');
    expect(tidyTitle('某文庫-標準下載網(wǎng)站《甲市人民政府關(guān)于印發(fā)某方案的通知》')).toBe(
      '甲市人民政府關(guān)于印發(fā)某方案的通知',
    );
  });
});

describe("a law site's two names glued before the title", () => {
  it('cuts them at the last site word an issuer follows', () => {
    expect(tidyTitle('法搜网--中国法律信息搜索网甲市林业局关于报送森林城市建设信息的通知')).toBe(
      '甲市林业局关于报送森林城市建设信息的通知',
    );
  });
});
