import { describe, expect, it } from 'vitest';
import { matchClauseMarker } from '../../../shared/parser/clauseMarkers';
import { parseNotice } from '../../../shared/parser/parseNotice';

/**
 * Glued notices whose clause markers or header lines were broken apart by what the paste left in them: a mirror's
 * pinyin inside a marker, a year opening an item, words a line break split, a label with nothing after it.
 */

const clauses = (text: string) => parseNotice(text).clauses.map((c) => `${c.level}:${c.number} ${c.marker} ${c.heading}`);

describe('a mirror’s pinyin inside a clause marker', () => {
  const PINYIN_NOTICE = [
    '甲縣人民政府關于加強農(nóng)村道路管理的意見',
    '各鄉鎮人民政府,縣政府各部門:',
    '爲加強農(nóng)村道路管理,現提出如下(xià)意見:',
    '一(yī)、明確管理責任',
    '(一(yī))落實鄉鎮職責。各鄉鎮負責轄區内道路的日常養護。',
    '(二)落實部門職責。縣交通運輸局負責業務指導。',
    '二、加大(dà)資金投入',
    '(三)2024-2026年,縣財政每年安排專項資金用于道路養護。',
    '(四)鼓勵社會資本參與道路建設。',
    '甲縣人民政府',
    '2024年3月8日',
  ];
  const EXPECTED = [
    '1:一 一(yī)、 明確管理責任',
    '2:一 (一(yī)) 落實鄉鎮職責',
    '2:二 (二) 落實部門職責',
    '1:二 二、 加大(dà)資金投入',
    '2:三 (三) 2024-2026年,縣財政每年安排專項資金用于道路養護',
    '2:四 (四) 鼓勵社會資本參與道路建設',
  ];

  it('reads the marker without its pinyin and keeps it as written', () => {
    expect(matchClauseMarker('(十(shí)二(èr))落實')).toEqual({ level: 2, number: '十二', marker: '(十(shí)二(èr))', rest: '落實' });
    expect(matchClauseMarker('十(shí)一(yī)、落實')?.number).toBe('十一');
    expect(clauses(PINYIN_NOTICE.join('\n'))).toEqual(EXPECTED);
  });

  it('cuts the one-line paste before such markers and before an item that opens with its years', () => {
    expect(clauses(PINYIN_NOTICE.join(' '))).toEqual(EXPECTED);
  });
});
