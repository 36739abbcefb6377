import { describe, expect, it } from 'vitest';
import { unglueLine } from '../../../shared/parser/unglue';

/** Glued shapes of a page's header and a notice's body, each cut where the printed text had its line break. */

describe('a quoted title glued to a page label', () => {
  it('ends at its closing 》 before an empty label', () => {
    expect(unglueLine('乙政办〔2021〕5号《乙市人民政府办公室关于加强冬季防火工作的通知》浏览量:时间:2021-11-02', true)).toEqual([
      '乙政办〔2021〕5号《乙市人民政府办公室关于加强冬季防火工作的通知》',
      '浏览量:时间:2021-11-02',
    ]);
  });

  it('ends there when the page is written in traditional forms', () => {
    expect(unglueLine('《乙市人民政府辦公室關於加強冬季防火工作的通知》瀏覽量:', true)).toEqual([
      '《乙市人民政府辦公室關於加強冬季防火工作的通知》',
      '瀏覽量:',
    ]);
  });
});
