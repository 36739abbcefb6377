import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from a fourth held-out set. */

const cited = (sentence: string) =>
  parseNotice(['青石县人民政府关于做好防汛工作的通知', '各乡镇人民政府:', sentence, '一、压实责任'].join('\n')).citations.map(
    (c) => c.docNumber,
  );

describe('citations written loosely', () => {
  it('leaves a traditional verb before the 文号 out of its agency code', () => {
    expect(cited('根據青發〔2019〕3號和青辦文〔2019〕12號文件的規定,現通知如下。')).toEqual(['青發〔2019〕3號', '青辦文〔2019〕12號']);
    expect(cited('參照白政發〔2018〕7號執行。')).toEqual(['白政發〔2018〕7號']);
  });

  it('reads past a stray bracket before 号 and keeps a bracketed word inside the code', () => {
    expect(cited('按照《换届工作方案》(青村(居)换届办〔2021〕2)号)要求,现通知如下。')).toEqual(['青村(居)换届办〔2021〕2号']);
    expect(cited('按照《防汛预案》(试行)青政发〔2020〕5号要求执行。')).toEqual(['青政发〔2020〕5号']);
  });
});
